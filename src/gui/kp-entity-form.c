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
  GtkWidget *editor;       /* the switch of a BOOL row, the text view of a multi-line row */
  GtkWidget *apply;        /* the apply button of a multi-line row */
  GtkWidget *message_row;  /* an inline message under the row, hidden without one */
  GtkLabel *message;
  char *error;             /* why the last edit was refused, shown before the warning */
  char *warning;           /* the caller's, see kp_entity_form_set_message() */
  GListModel *choices;
  char *bad_text;          /* a draft row's text that did not parse, or NULL */
  gboolean multiline;
} FieldRow;

struct _KpEntityForm
{
  AdwBin parent_instance;

  const KpEntityDesc *desc;
  AdwPreferencesGroup *group;
  GPtrArray *rows;         /* FieldRow */
  GPtrArray *extra_rows;   /* rows the caller added, after the fields */
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
  g_free (row->error);
  g_free (row->warning);
  g_free (row);
}

/* The row's inline message: the refusal of the last edit, else the caller's warning. */
static void
update_message (FieldRow *row)
{
  const char *text = row->error != NULL ? row->error : row->warning;

  gtk_widget_set_visible (row->message_row, text != NULL);
  gtk_label_set_text (row->message, text != NULL ? text : "");
  if (row->error != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row->message), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (row->message), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row->message), "error");
      gtk_widget_add_css_class (GTK_WIDGET (row->message), "warning");
    }
}

static void
set_error (FieldRow   *row,
           const char *message)
{
  g_free (row->error);
  row->error = g_strdup (message);
  update_message (row);
}

static char *
buffer_text (FieldRow *row)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->editor));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
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

        if (row->multiline)
          {
            g_autofree char *shown = buffer_text (row);

            if (!g_str_equal (shown, text))
              gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->editor)), text, -1);
            gtk_widget_set_visible (row->apply, FALSE);
          }
        else
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
      set_error (row, error->message);
      return;
    }
  set_error (row, NULL);
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
      set_error (row, error->message);
      return;
    }
  store (row, &value);
}

/* ---- multi-line text ------------------------------------------------------------------ */

static void
multiline_commit (FieldRow *row)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  if (row->form->updating || row->form->entity == NULL)
    return;
  text = buffer_text (row);
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  store (row, &value);
  if (!row->form->draft)
    {
      g_autofree char *stored = kp_field_format (row->form->document, &row->form->desc->fields[row->field],
                                                 kp_entity_peek (row->form->entity, row->field));

      gtk_widget_set_visible (row->apply, !g_str_equal (stored, text));
    }
}

static void
multiline_changed_cb (GtkTextBuffer *buffer,
                      FieldRow      *row)
{
  KpEntityForm *self = row->form;
  g_autofree char *text = NULL;
  g_autofree char *stored = NULL;

  if (self->updating || self->entity == NULL)
    return;
  /* A draft follows every keystroke; a bound entity waits for Apply, Ctrl+Enter or focus
   * leaving the text. */
  if (self->draft)
    {
      multiline_commit (row);
      return;
    }
  text = buffer_text (row);
  stored = kp_field_format (self->document, &self->desc->fields[row->field], kp_entity_peek (self->entity, row->field));
  gtk_widget_set_visible (row->apply, !g_str_equal (text, stored));
}

static gboolean
multiline_key_cb (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  FieldRow              *row)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_CONTROL_MASK))
    {
      multiline_commit (row);
      return TRUE;
    }
  return FALSE;
}

static void
multiline_leave_cb (GtkEventControllerFocus *controller,
                    FieldRow                *row)
{
  /* Text typed and left is kept, as everything else is saved at once. */
  if (gtk_widget_get_visible (row->apply) && gtk_widget_get_mapped (row->editor))
    multiline_commit (row);
}

static void
apply_text_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  KpEntityForm *self = KP_ENTITY_FORM (widget);
  const char *name = g_variant_get_string (param, NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (row->multiline && g_str_equal (self->desc->fields[row->field].name, name))
        multiline_commit (row);
    }
}

static GtkWidget *
build_multiline (FieldRow *row)
{
  const KpField *f = &row->form->desc->fields[row->field];
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (_(f->label));
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkWidget *widget = adw_preferences_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (widget), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_add_css_class (title, "caption");
  gtk_box_append (GTK_BOX (header), title);

  row->apply = gtk_button_new_from_icon_name ("object-select-symbolic");
  gtk_widget_add_css_class (row->apply, "flat");
  gtk_widget_add_css_class (row->apply, "circular");
  gtk_widget_set_valign (row->apply, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (row->apply, _("Apply"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->apply), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Apply"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row->apply), "form.apply-text");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row->apply), "s", f->name);
  gtk_widget_set_visible (row->apply, FALSE);
  gtk_box_append (GTK_BOX (header), row->apply);
  gtk_box_append (GTK_BOX (box), header);

  row->editor = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (row->editor), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (row->editor), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (row->editor), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (row->editor), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (row->editor), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (row->editor), 6);
  gtk_widget_set_size_request (row->editor, -1, 72);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->editor), GTK_ACCESSIBLE_PROPERTY_LABEL, _(f->label), -1);
  gtk_widget_set_tooltip_text (row->editor, _("Ctrl+Enter applies the text"));
  gtk_frame_set_child (GTK_FRAME (frame), row->editor);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (widget), box);

  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->editor)), "changed",
                    G_CALLBACK (multiline_changed_cb), row);
  /* Before the text view's own handler, which would take Enter for a new line. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (multiline_key_cb), row);
  gtk_widget_add_controller (row->editor, keys);
  g_signal_connect (focus, "leave", G_CALLBACK (multiline_leave_cb), row);
  gtk_widget_add_controller (row->editor, focus);
  return widget;
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

  /* The message row follows its field's row; hidden rows take no place in a boxed list. */
  row->message_row = gtk_list_box_row_new ();
  row->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row->message_row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row->message_row), FALSE);
  gtk_label_set_wrap (row->message, TRUE);
  gtk_label_set_xalign (row->message, 0);
  gtk_widget_set_margin_start (GTK_WIDGET (row->message), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (row->message), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (row->message), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (row->message), 6);
  gtk_widget_add_css_class (GTK_WIDGET (row->message), "caption");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row->message_row), GTK_WIDGET (row->message));
  gtk_widget_set_visible (row->message_row, FALSE);
  adw_preferences_group_add (self->group, row->row);
  adw_preferences_group_add (self->group, row->message_row);
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
        {
          set_error (row, NULL);
          show_row (row);
        }
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
      set_error (row, NULL);
      if (!self->draft)
        {
          gboolean entry = ADW_IS_ENTRY_ROW (row->row);

          if (entry)
            adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row->row), TRUE);
        }
      gtk_widget_set_sensitive (row->row, self->draft || !kp_document_get_read_only (document));
      if (row->multiline)
        gtk_text_view_set_editable (GTK_TEXT_VIEW (row->editor), self->draft || !kp_document_get_read_only (document));
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

static FieldRow *
find_row (KpEntityForm *self,
          const char   *field)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (g_str_equal (self->desc->fields[row->field].name, field))
        return row;
    }
  g_return_val_if_reached (NULL);
}

void
kp_entity_form_set_message (KpEntityForm *self,
                            const char   *field,
                            const char   *warning)
{
  FieldRow *row = find_row (self, field);

  g_return_if_fail (row != NULL);
  if (g_strcmp0 (row->warning, warning) == 0)
    return;
  g_free (row->warning);
  row->warning = g_strdup (warning);
  update_message (row);
}

const char *
kp_entity_form_get_message (KpEntityForm *self,
                            const char   *field)
{
  FieldRow *row = find_row (self, field);

  g_return_val_if_fail (row != NULL, NULL);
  return gtk_widget_get_visible (row->message_row) ? gtk_label_get_text (row->message) : NULL;
}

void
kp_entity_form_set_multiline (KpEntityForm *self,
                              const char   *field)
{
  FieldRow *row = find_row (self, field);

  g_return_if_fail (row != NULL);
  g_return_if_fail (self->desc->fields[row->field].kind == KP_FIELD_TEXT);
  g_return_if_fail (self->entity == NULL);
  if (row->multiline)
    return;
  /* The group only appends, so every row is taken out and put back in order. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *r = g_ptr_array_index (self->rows, i);

      if (r != row)
        g_object_ref (r->row);
      g_object_ref (r->message_row);
      adw_preferences_group_remove (self->group, r->row);
      adw_preferences_group_remove (self->group, r->message_row);
    }
  for (guint i = 0; i < self->extra_rows->len; i++)
    {
      g_object_ref (g_ptr_array_index (self->extra_rows, i));
      adw_preferences_group_remove (self->group, g_ptr_array_index (self->extra_rows, i));
    }
  row->multiline = TRUE;
  row->row = build_multiline (row);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), _(self->desc->fields[row->field].label));
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *r = g_ptr_array_index (self->rows, i);

      adw_preferences_group_add (self->group, r->row);
      adw_preferences_group_add (self->group, r->message_row);
      if (r != row)
        g_object_unref (r->row);
      g_object_unref (r->message_row);
    }
  for (guint i = 0; i < self->extra_rows->len; i++)
    {
      adw_preferences_group_add (self->group, g_ptr_array_index (self->extra_rows, i));
      g_object_unref (g_ptr_array_index (self->extra_rows, i));
    }
}

void
kp_entity_form_add_row (KpEntityForm *self,
                        GtkWidget    *row)
{
  g_ptr_array_add (self->extra_rows, row);
  adw_preferences_group_add (self->group, row);
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
  g_clear_pointer (&self->extra_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (kp_entity_form_parent_class)->dispose (object);
}

static void
kp_entity_form_class_init (KpEntityFormClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_entity_form_dispose;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "form.apply-text", "s", apply_text_action);
}

static void
kp_entity_form_init (KpEntityForm *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) field_row_free);
  self->extra_rows = g_ptr_array_new ();
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
