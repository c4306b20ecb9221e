/* kp-entity-form.c: an entity's fields as libadwaita rows. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-entity-cell.h"
#include "kp-entity-form.h"

typedef struct
{
  KpEntityForm *form;
  guint field;
  GtkWidget *row;
  GtkWidget *editor;       /* the switch of a BOOL row */
  GListModel *choices;
  char *bad_text;          /* a draft row's text that did not parse, or NULL */
} FieldRow;

struct _KpEntityForm
{
  AdwBin parent_instance;

  const KpEntityDesc *desc;
  AdwPreferencesGroup *group;
  GPtrArray *rows;         /* FieldRow */
  KpDocument *document;
  KpEntity *entity;
  gulong notify_id;
  gboolean draft;
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (KpEntityForm, kp_entity_form, ADW_TYPE_BIN)

static void
field_row_free (FieldRow *row)
{
  g_clear_object (&row->choices);
  g_free (row->bad_text);
  g_free (row);
}

static void
show_row (FieldRow *row)
{
  KpEntityForm *self = row->form;
  const KpField *field = &self->desc->fields[row->field];
  const KpValue *value = kp_entity_peek (self->entity, row->field);

  self->updating = TRUE;
  switch (field->kind)
    {
    case KP_FIELD_BOOL:
      gtk_switch_set_active (GTK_SWITCH (row->editor), value->i != 0);
      break;
    case KP_FIELD_CHOICE:
    case KP_FIELD_REF:
      if (row->choices == NULL)
        {
          row->choices = kp_field_choices (self->document, field);
          adw_combo_row_set_model (ADW_COMBO_ROW (row->row), row->choices);
        }
      adw_combo_row_set_selected (ADW_COMBO_ROW (row->row), kp_field_choice_position (field, row->choices, value));
      break;
    case KP_FIELD_TEXT:
    case KP_FIELD_INT:
    case KP_FIELD_REAL:
    case KP_FIELD_DATE:
    case KP_FIELD_PERIOD:
    default:
      {
        g_autofree char *text = kp_field_format (self->document, field, value);

        gtk_editable_set_text (GTK_EDITABLE (row->row), text);
        gtk_widget_remove_css_class (row->row, "error");
      }
      break;
    }
  self->updating = FALSE;
}

/* Writes a value to the draft, or as an edit of the document. */
static void
store (FieldRow *row,
       GValue   *value)
{
  KpEntityForm *self = row->form;
  const KpField *field = &self->desc->fields[row->field];
  g_autoptr(GError) error = NULL;

  if (self->draft)
    {
      g_object_set_property (G_OBJECT (self->entity), field->name, value);
      return;
    }
  if (!kp_document_set_value (self->document, self->entity, field->name, value, &error))
    {
      kp_report_error (GTK_WIDGET (self), error);
      show_row (row);
      gtk_widget_add_css_class (row->row, "error");
    }
}

static void
text_committed (FieldRow *row)
{
  KpEntityForm *self = row->form;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row->row));

  if (self->updating || self->entity == NULL)
    return;
  g_clear_pointer (&row->bad_text, g_free);
  gtk_widget_remove_css_class (row->row, "error");
  if (!kp_field_parse (&self->desc->fields[row->field], text, &value, &error))
    {
      gtk_widget_add_css_class (row->row, "error");
      if (self->draft)
        row->bad_text = g_strdup (error->message);
      else
        kp_report_error (GTK_WIDGET (self), error);
      return;
    }
  store (row, &value);
}

static void
changed_cb (GtkEditable *editable,
            FieldRow    *row)
{
  /* A draft follows every keystroke; a bound entity waits for Apply or Enter. */
  if (row->form->draft)
    text_committed (row);
}

static void
apply_cb (AdwEntryRow *entry,
          FieldRow    *row)
{
  text_committed (row);
}

static void
switch_cb (GtkSwitch  *sw,
           GParamSpec *pspec,
           FieldRow   *row)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (row->form->updating || row->form->entity == NULL)
    return;
  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, gtk_switch_get_active (sw));
  store (row, &value);
}

static void
selected_cb (AdwComboRow *combo,
             GParamSpec  *pspec,
             FieldRow    *row)
{
  g_auto(GValue) value = G_VALUE_INIT;
  guint position = adw_combo_row_get_selected (combo);

  if (row->form->updating || row->form->entity == NULL || position == GTK_INVALID_LIST_POSITION)
    return;
  kp_field_choice_value (&row->form->desc->fields[row->field], row->choices, position, &value);
  store (row, &value);
}

static char *
combo_label_cb (GObject *item)
{
  if (item == NULL)
    return g_strdup ("");
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  return kp_entity_dup_display_name (KP_ENTITY (item));
}

static FieldRow *
build_row (KpEntityForm *self,
           guint         field)
{
  const KpField *f = &self->desc->fields[field];
  FieldRow *row = g_new0 (FieldRow, 1);

  row->form = self;
  row->field = field;
  switch (f->kind)
    {
    case KP_FIELD_BOOL:
      row->row = adw_action_row_new ();
      row->editor = gtk_switch_new ();
      gtk_widget_set_valign (row->editor, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->editor);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row->row), row->editor);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->editor), GTK_ACCESSIBLE_PROPERTY_LABEL, _(f->label), -1);
      g_signal_connect (row->editor, "notify::active", G_CALLBACK (switch_cb), row);
      break;
    case KP_FIELD_CHOICE:
    case KP_FIELD_REF:
      row->row = adw_combo_row_new ();
      adw_combo_row_set_expression (ADW_COMBO_ROW (row->row),
                                    gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                 G_CALLBACK (combo_label_cb), NULL, NULL));
      g_signal_connect (row->row, "notify::selected", G_CALLBACK (selected_cb), row);
      break;
    case KP_FIELD_TEXT:
    case KP_FIELD_INT:
    case KP_FIELD_REAL:
    case KP_FIELD_DATE:
    case KP_FIELD_PERIOD:
    default:
      row->row = adw_entry_row_new ();
      g_signal_connect (row->row, "changed", G_CALLBACK (changed_cb), row);
      g_signal_connect (row->row, "apply", G_CALLBACK (apply_cb), row);
      g_signal_connect (row->row, "entry-activated", G_CALLBACK (apply_cb), row);
      break;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), _(f->label));
  if (f->kind == KP_FIELD_DATE)
    gtk_widget_set_tooltip_text (row->row, _("A date as yyyy-mm-dd"));
  else if (f->kind == KP_FIELD_PERIOD)
    gtk_widget_set_tooltip_text (row->row, _("A month as yyyy-mm or a quarter as yyyy-Qn"));
  adw_preferences_group_add (self->group, row->row);
  return row;
}

/* Undo, redo and edits elsewhere show here as they happen. */
static void
entity_notify_cb (KpEntityForm *self,
                  GParamSpec   *pspec)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (g_str_equal (self->desc->fields[row->field].name, pspec->name))
        show_row (row);
    }
}

void
kp_entity_form_set_title (KpEntityForm *self,
                          const char   *title)
{
  adw_preferences_group_set_title (self->group, title);
}

void
kp_entity_form_bind (KpEntityForm *self,
                     KpDocument   *document,
                     KpEntity     *entity)
{
  g_return_if_fail (KP_IS_ENTITY_FORM (self));

  if (self->entity != NULL)
    g_clear_signal_handler (&self->notify_id, self->entity);
  g_set_object (&self->document, document);
  g_set_object (&self->entity, entity);
  self->draft = kp_entity_get_id (entity) == 0;
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      g_clear_pointer (&row->bad_text, g_free);
      if (!self->draft)
        {
          gboolean entry = ADW_IS_ENTRY_ROW (row->row);

          if (entry)
            adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row->row), TRUE);
        }
      gtk_widget_set_sensitive (row->row, self->draft || !kp_document_get_read_only (document));
      show_row (row);
    }
  if (!self->draft)
    self->notify_id = g_signal_connect_swapped (entity, "notify", G_CALLBACK (entity_notify_cb), self);
}

KpEntity *
kp_entity_form_new_draft (KpEntityForm *self,
                          KpDocument   *document)
{
  KpEntity *draft = kp_entity_new (self->desc);

  for (guint i = 0; i < self->desc->n_fields; i++)
    {
      const KpField *f = &self->desc->fields[i];

      if (!(f->flags & KP_FIELD_REQUIRED))
        continue;
      if (f->kind == KP_FIELD_CHOICE)
        kp_entity_set_text (draft, f->name, f->catalog->choices[0].key);
      else if (f->kind == KP_FIELD_REF)
        {
          g_autoptr(KpEntity) first = g_list_model_get_item (kp_document_get_list (document, f->target), 0);

          if (first != NULL)
            kp_entity_set_int (draft, f->name, kp_entity_get_id (first));
        }
    }
  for (guint i = 0; i < self->desc->n_fields; i++)
    {
      const KpField *f = &self->desc->fields[i];

      if ((f->flags & KP_FIELD_RANGE) && f->min > 0)
        {
          if (f->kind == KP_FIELD_INT)
            kp_entity_set_int (draft, f->name, (gint64) f->min);
          else
            kp_entity_set_real (draft, f->name, f->min);
        }
    }
  return draft;
}

GtkWidget *
kp_entity_form_get_row (KpEntityForm *self,
                        const char   *field)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (g_str_equal (self->desc->fields[row->field].name, field))
        return row->row;
    }
  return NULL;
}

gboolean
kp_entity_form_check_draft (KpEntityForm  *self,
                            GError       **error)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (row->bad_text != NULL)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, row->bad_text);
          return FALSE;
        }
    }
  return TRUE;
}

static void
kp_entity_form_dispose (GObject *object)
{
  KpEntityForm *self = KP_ENTITY_FORM (object);

  if (self->entity != NULL)
    g_clear_signal_handler (&self->notify_id, self->entity);
  g_clear_object (&self->entity);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (kp_entity_form_parent_class)->dispose (object);
}

static void
kp_entity_form_class_init (KpEntityFormClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_entity_form_dispose;
}

static void
kp_entity_form_init (KpEntityForm *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) field_row_free);
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->group));
}

KpEntityForm *
kp_entity_form_new (const KpEntityDesc *desc,
                    const char *const  *fields)
{
  KpEntityForm *self = g_object_new (KP_TYPE_ENTITY_FORM, NULL);

  self->desc = desc;
  for (guint i = 0; fields[i] != NULL; i++)
    {
      int field = kp_entity_desc_field_index (desc, fields[i]);

      g_return_val_if_fail (field >= 0, self);
      g_ptr_array_add (self->rows, build_row (self, (guint) field));
    }
  return self;
}
