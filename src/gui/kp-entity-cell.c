/* kp-entity-cell.c: a table cell that shows a field and edits it through the document,
 * so that every edit is validated, saved and undoable. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kp-date.h"
#include "kp-entity-cell.h"
#include "kp-format.h"
#include "kp-validate.h"
#include "kp-window.h"

struct _KpEntityCell
{
  GtkWidget parent_instance;

  const KpEntityDesc *desc;
  guint field;
  GtkWidget *child;
  GListModel *choices;     /* CHOICE and REF */
  KpDocument *document;
  KpEntity *entity;
  gulong notify_id;
  gboolean updating;
  char *error;             /* a draft's text that is not a value: why */
};

G_DEFINE_FINAL_TYPE (KpEntityCell, kp_entity_cell, GTK_TYPE_WIDGET)

/* ---- formatting and parsing, shared with the form --------------------------------- */

static int
decimals_for (const KpField *field)
{
  return field->kind == KP_FIELD_INT ? 0 : 2;
}

char *
kp_field_format (KpDocument    *document,
                 const KpField *field,
                 const KpValue *value)
{
  switch (field->kind)
    {
    case KP_FIELD_TEXT:
    case KP_FIELD_PERIOD:
      return g_strdup (value->s);
    case KP_FIELD_CHOICE:
      return g_strdup (*value->s ? kp_catalog_label (field->catalog, value->s) : "");
    case KP_FIELD_REAL:
      return kp_format_number (value->d, decimals_for (field));
    case KP_FIELD_INT:
      /* A value bounded to four digits, such as a target year, is a year, not a quantity:
       * "2025", never "2 025". */
      if ((field->flags & KP_FIELD_RANGE) && field->min >= 1000 && field->max <= 9999)
        return g_strdup_printf ("%" G_GINT64_FORMAT, value->i);
      return kp_format_number ((double) value->i, 0);
    case KP_FIELD_BOOL:
      return g_strdup (value->i ? _("Yes") : _("No"));
    case KP_FIELD_DATE:
      {
        char buf[KP_DATE_ISO_SIZE];

        return g_strdup (kp_date_format_iso ((KpDate) value->i, buf));
      }
    case KP_FIELD_REF:
    default:
      {
        KpEntity *target = value->i != 0 && document != NULL
                           ? kp_document_lookup (document, field->target, value->i) : NULL;

        return target != NULL ? kp_entity_dup_display_name (target) : g_strdup ("");
      }
    }
}

char *
kp_entity_format_shown (KpDocument *document,
                        KpEntity   *entity,
                        guint       field)
{
  const KpEntityDesc *desc = kp_entity_get_desc (entity);
  int key = kp_entity_desc_field_index (desc, "key");

  if (key >= 0 && g_str_equal (desc->fields[field].name, "name") && *kp_entity_peek (entity, key)->s)
    return kp_entity_dup_display_name (entity);
  return kp_field_format (document, &desc->fields[field], kp_entity_peek (entity, field));
}

gboolean
kp_field_parse (const KpField  *field,
                const char     *text,
                GValue         *out,
                GError        **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  switch (field->kind)
    {
    case KP_FIELD_TEXT:
      g_value_init (out, G_TYPE_STRING);
      g_value_set_string (out, text);
      return TRUE;
    case KP_FIELD_PERIOD:
      g_value_init (out, G_TYPE_STRING);
      g_value_set_string (out, stripped);
      return TRUE;
    case KP_FIELD_DATE:
      {
        KpDate date = KP_DATE_NONE;

        if (*stripped && !kp_date_parse_iso (stripped, &date))
          {
            g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_DATE_RANGE,
                         _("“%s” must be a date written as yyyy-mm-dd, for example 2025-03-31."),
                         _(field->label));
            return FALSE;
          }
        g_value_init (out, G_TYPE_INT);
        g_value_set_int (out, date);
        return TRUE;
      }
    case KP_FIELD_INT:
    case KP_FIELD_REAL:
      {
        double v;

        if (!kp_parse_number (stripped, &v) ||
            (isnan (v) && !(field->flags & KP_FIELD_NULLABLE)) ||
            (field->kind == KP_FIELD_INT && !isnan (v) && v != floor (v)))
          {
            g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_NOT_A_NUMBER,
                         field->kind == KP_FIELD_INT ? _("“%s” must be a whole number.")
                                                     : _("“%s” must be a number."),
                         _(field->label));
            return FALSE;
          }
        if (field->kind == KP_FIELD_INT)
          {
            if (fabs (v) > 1e15)
              {
                g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_OUT_OF_RANGE,
                             _("“%s” is too large."), _(field->label));
                return FALSE;
              }
            g_value_init (out, G_TYPE_INT64);
            g_value_set_int64 (out, (gint64) v);
          }
        else
          {
            g_value_init (out, G_TYPE_DOUBLE);
            g_value_set_double (out, v);
          }
        return TRUE;
      }
    case KP_FIELD_BOOL:
    case KP_FIELD_CHOICE:
    case KP_FIELD_REF:
    default:
      g_assert_not_reached ();
    }
}

/* The first item of an optional field's choices stands for "none". */
#define NONE_LABEL "—"

GListModel *
kp_field_choices (KpDocument    *document,
                  const KpField *field)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  GListStore *parts;

  if (!(field->flags & KP_FIELD_REQUIRED))
    gtk_string_list_append (labels, NONE_LABEL);
  if (field->kind == KP_FIELD_CHOICE)
    {
      for (guint i = 0; i < field->catalog->n_choices; i++)
        gtk_string_list_append (labels, _(field->catalog->choices[i].label));
      return G_LIST_MODEL (labels);
    }
  /* References follow the target list as it changes: "none", then the rows. */
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (parts, labels);
  g_list_store_append (parts, kp_document_get_list (document, field->target));
  g_object_unref (labels);
  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
}

static guint
n_none (const KpField *field)
{
  return (field->flags & KP_FIELD_REQUIRED) ? 0 : 1;
}

void
kp_field_choice_value (const KpField *field,
                       GListModel    *choices,
                       guint          position,
                       GValue        *out)
{
  guint none = n_none (field);

  if (field->kind == KP_FIELD_CHOICE)
    {
      g_value_init (out, G_TYPE_STRING);
      g_value_set_string (out, position < none ? "" : field->catalog->choices[position - none].key);
    }
  else
    {
      g_autoptr(GObject) item = position < none ? NULL : g_list_model_get_item (choices, position);

      g_value_init (out, G_TYPE_INT64);
      g_value_set_int64 (out, item != NULL && KP_IS_ENTITY (item) ? kp_entity_get_id (KP_ENTITY (item)) : 0);
    }
}

guint
kp_field_choice_position (const KpField *field,
                          GListModel    *choices,
                          const KpValue *value)
{
  guint none = n_none (field);

  if (field->kind == KP_FIELD_CHOICE)
    {
      int i = kp_catalog_index (field->catalog, value->s);

      return i < 0 ? (none ? 0 : GTK_INVALID_LIST_POSITION) : (guint) i + none;
    }
  for (guint i = none, n = g_list_model_get_n_items (choices); i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (choices, i);

      if (KP_IS_ENTITY (item) && kp_entity_get_id (KP_ENTITY (item)) == value->i)
        return i;
    }
  return none ? 0 : GTK_INVALID_LIST_POSITION;
}

static char *
choice_label_cb (GObject *item)
{
  if (item == NULL)
    return g_strdup ("");
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  return kp_entity_dup_display_name (KP_ENTITY (item));
}

/* A name shortened with an ellipsis shows whole as the label's tooltip. Asked for when the
 * pointer rests on it: setting a tooltip's text asks the display where the pointer is, two
 * round trips to the X server for every row a table binds (a second of opening a project). */
static gboolean
whole_name_tooltip_cb (GtkWidget  *label,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (label)));
  return TRUE;
}

/* The chosen item, as the drop-down's button shows it: a long name (an organisation with a
 * list of municipalities) is shortened there, and stays whole in the list. */
static void
button_item_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 14);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (whole_name_tooltip_cb), NULL);
  gtk_list_item_set_child (item, label);
}

static void
list_item_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
button_item_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  g_autofree char *text = choice_label_cb (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

void
kp_report_error (GtkWidget    *widget,
                 const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (KP_IS_WINDOW (root))
    kp_window_show_error (KP_WINDOW (root), error->message);
  else
    g_message ("%s", error->message);
}

/* ---- the cell ---------------------------------------------------------------------- */

static const KpField *
field_of (KpEntityCell *self)
{
  return &self->desc->fields[self->field];
}

static void
show_value (KpEntityCell *self)
{
  const KpField *field = field_of (self);
  const KpValue *value;

  if (self->entity == NULL)
    return;
  value = kp_entity_peek (self->entity, self->field);
  self->updating = TRUE;
  switch (field->kind)
    {
    case KP_FIELD_BOOL:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->child), value->i != 0);
      break;
    case KP_FIELD_CHOICE:
    case KP_FIELD_REF:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->child),
                                  kp_field_choice_position (field, self->choices, value));
      break;
    case KP_FIELD_TEXT:
    case KP_FIELD_INT:
    case KP_FIELD_REAL:
    case KP_FIELD_DATE:
    case KP_FIELD_PERIOD:
    default:
      {
        g_autofree char *text = kp_entity_format_shown (self->document, self->entity, self->field);

        gtk_editable_set_text (GTK_EDITABLE (self->child), text);
        gtk_widget_remove_css_class (self->child, "error");
        g_clear_pointer (&self->error, g_free);
      }
      break;
    }
  self->updating = FALSE;
}

/* A row not yet added (a table's new row): edits go to it, not to the document. */
static gboolean
is_draft (KpEntityCell *self)
{
  return self->entity != NULL && kp_entity_get_id (self->entity) == 0;
}

static void
commit (KpEntityCell *self,
        GValue       *value)
{
  g_autoptr(GError) error = NULL;

  if (self->entity == NULL || self->updating)
    return;
  if (is_draft (self))
    {
      g_object_set_property (G_OBJECT (self->entity), field_of (self)->name, value);
      return;
    }
  if (!kp_document_set_value (self->document, self->entity, field_of (self)->name, value, &error))
    {
      kp_report_error (GTK_WIDGET (self), error);
      show_value (self);
    }
}

/* Short dates, for typing a month of rows: "14" is the 14th of the month the cell shows (or
 * of this month), "3-14" the 14th of March of its year. */
static gboolean
parse_short_date (const char *text,
                  KpDate      current,
                  KpDate     *out)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);
  guint n = g_strv_length (parts);
  int year, month, day;
  guint64 a, b = 0;

  if (n < 1 || n > 2 || !g_ascii_string_to_unsigned (parts[0], 10, 1, 31, &a, NULL) ||
      (n == 2 && !g_ascii_string_to_unsigned (parts[1], 10, 1, 31, &b, NULL)) ||
      strlen (parts[0]) > 2 || (n == 2 && strlen (parts[1]) > 2))
    return FALSE;
  if (!kp_date_to_ymd (current != KP_DATE_NONE ? current : kp_date_today (), &year, &month, &day))
    return FALSE;
  if (n == 2)
    {
      month = (int) a;
      day = (int) b;
    }
  else
    day = (int) a;
  if (month > 12 || day > kp_date_days_in_month (year, month))
    return FALSE;
  *out = kp_date_from_ymd (year, month, day);
  return *out != KP_DATE_NONE;
}

static void
editing_changed_cb (KpEntityCell *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  const KpField *field = field_of (self);
  const char *text;
  KpDate date;

  if (self->entity == NULL || self->updating || gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (self->child)))
    return;
  text = gtk_editable_get_text (GTK_EDITABLE (self->child));
  /* Unchanged text is no edit: a shipped name shows translated, but is kept as it is. */
  {
    g_autofree char *shown = kp_entity_format_shown (self->document, self->entity, self->field);

    if (g_str_equal (shown, text))
      {
        gtk_widget_remove_css_class (self->child, "error");
        g_clear_pointer (&self->error, g_free);
        return;
      }
  }
  if (field->kind == KP_FIELD_DATE &&
      parse_short_date (text, (KpDate) kp_entity_peek (self->entity, self->field)->i, &date))
    {
      g_value_init (&value, G_TYPE_INT);
      g_value_set_int (&value, date);
    }
  else if (!kp_field_parse (field, text, &value, &error))
    {
      kp_report_error (GTK_WIDGET (self), error);
      if (is_draft (self))
        {
          /* The text stays, marked, until it is put right: the row cannot be added so. */
          g_free (self->error);
          self->error = g_strdup (error->message);
          gtk_widget_add_css_class (self->child, "error");
        }
      else
        show_value (self);
      return;
    }
  gtk_widget_remove_css_class (self->child, "error");
  g_clear_pointer (&self->error, g_free);
  commit (self, &value);
}

static void
toggled_cb (KpEntityCell *self)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, gtk_check_button_get_active (GTK_CHECK_BUTTON (self->child)));
  commit (self, &value);
}

static void
selected_cb (KpEntityCell *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  guint position = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->child));

  if (position == GTK_INVALID_LIST_POSITION || self->updating || self->entity == NULL)
    return;
  kp_field_choice_value (field_of (self), self->choices, position, &value);
  commit (self, &value);
}

void
kp_entity_cell_bind (KpEntityCell *self,
                     KpDocument   *document,
                     KpEntity     *entity)
{
  const KpField *field = field_of (self);
  g_autofree char *signal = g_strconcat ("notify::", field->name, NULL);

  kp_entity_cell_unbind (self);
  self->document = g_object_ref (document);
  self->entity = g_object_ref (entity);
  if ((field->kind == KP_FIELD_CHOICE || field->kind == KP_FIELD_REF) && self->choices == NULL)
    {
      self->choices = kp_field_choices (document, field);
      /* Setting the model selects its first item: that is not the user's choice. */
      self->updating = TRUE;
      gtk_drop_down_set_model (GTK_DROP_DOWN (self->child), self->choices);
      self->updating = FALSE;
    }
  self->notify_id = g_signal_connect_swapped (entity, signal, G_CALLBACK (show_value), self);
  gtk_widget_set_sensitive (self->child, !kp_document_get_read_only (document));
  if (is_draft (self))
    gtk_widget_add_css_class (GTK_WIDGET (self), "draft");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "draft");
  g_clear_pointer (&self->error, g_free);
  show_value (self);
}

void
kp_entity_cell_unbind (KpEntityCell *self)
{
  if (self->entity != NULL)
    g_clear_signal_handler (&self->notify_id, self->entity);
  g_clear_object (&self->entity);
  g_clear_object (&self->document);
}

KpEntity *
kp_entity_cell_get_entity (KpEntityCell *self)
{
  g_return_val_if_fail (KP_IS_ENTITY_CELL (self), NULL);
  return self->entity;
}

guint
kp_entity_cell_get_field (KpEntityCell *self)
{
  return self->field;
}

const char *
kp_entity_cell_get_error (KpEntityCell *self)
{
  return self->error;
}

gboolean
kp_entity_cell_start_editing (KpEntityCell *self)
{
  g_return_val_if_fail (KP_IS_ENTITY_CELL (self), FALSE);
  if (!gtk_widget_get_sensitive (self->child) || !gtk_widget_get_mapped (self->child))
    return FALSE;
  if (GTK_IS_EDITABLE_LABEL (self->child))
    {
      /* The text comes selected: typing replaces it, Tab or Enter keeps it. */
      gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (self->child));
      gtk_editable_select_region (GTK_EDITABLE (self->child), 0, -1);
      return TRUE;
    }
  return gtk_widget_grab_focus (self->child);
}

void
kp_entity_cell_stop_editing (KpEntityCell *self)
{
  if (GTK_IS_EDITABLE_LABEL (self->child) && gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (self->child)))
    gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (self->child), TRUE);
}

gboolean
kp_entity_cell_select_by_prefix (KpEntityCell *self,
                                 const char   *prefix)
{
  g_autofree char *needle = g_utf8_casefold (prefix, -1);
  GtkDropDown *dropdown;
  guint n, start;

  if (!GTK_IS_DROP_DOWN (self->child) || self->choices == NULL || *needle == '\0')
    return FALSE;
  dropdown = GTK_DROP_DOWN (self->child);
  n = g_list_model_get_n_items (self->choices);
  /* The same letter again goes on to the next match, as in a file list. */
  start = gtk_drop_down_get_selected (dropdown);
  start = start == GTK_INVALID_LIST_POSITION ? 0 : start + (g_utf8_strlen (prefix, -1) == 1 ? 1 : 0);
  for (guint k = 0; k < n; k++)
    {
      guint i = (start + k) % n;
      g_autoptr(GObject) item = g_list_model_get_item (self->choices, i);
      g_autofree char *label = choice_label_cb (item);
      g_autofree char *folded = g_utf8_casefold (label, -1);

      if (g_str_has_prefix (folded, needle))
        {
          gtk_drop_down_set_selected (dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
release_label_cb (gpointer label)
{
  g_object_unref (label);
  return G_SOURCE_REMOVE;
}

static void
kp_entity_cell_dispose (GObject *object)
{
  KpEntityCell *self = KP_ENTITY_CELL (object);

  kp_entity_cell_unbind (self);
  if (self->child != NULL)
    g_signal_handlers_disconnect_by_data (self->child, self);
  /* GTK 4.8's GtkEditableLabel looks at its focus controller 100 ms after losing the focus
   * and does not cancel that when destroyed (a window closed, a row gone, while a cell was
   * being typed in): it stays alive, out of the tree, until then. */
  if (GTK_IS_EDITABLE_LABEL (self->child))
    g_timeout_add_full (G_PRIORITY_DEFAULT, 250, release_label_cb, g_object_ref (self->child), NULL);
  g_clear_pointer (&self->child, gtk_widget_unparent);
  g_clear_object (&self->choices);
  g_clear_pointer (&self->error, g_free);
  G_OBJECT_CLASS (kp_entity_cell_parent_class)->dispose (object);
}

static void
kp_entity_cell_class_init (KpEntityCellClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_entity_cell_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "kp-entity-cell");
}

static void
kp_entity_cell_init (KpEntityCell *self)
{
}

KpEntityCell *
kp_entity_cell_new (const KpEntityDesc *desc,
                    guint               field)
{
  KpEntityCell *self = g_object_new (KP_TYPE_ENTITY_CELL, NULL);
  const KpField *f = &desc->fields[field];

  self->desc = desc;
  self->field = field;
  switch (f->kind)
    {
    case KP_FIELD_BOOL:
      self->child = gtk_check_button_new ();
      g_signal_connect_swapped (self->child, "toggled", G_CALLBACK (toggled_cb), self);
      break;
    case KP_FIELD_CHOICE:
    case KP_FIELD_REF:
      self->child = gtk_drop_down_new (NULL, gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                         G_CALLBACK (choice_label_cb), NULL, NULL));
      gtk_widget_add_css_class (self->child, "flat");
      {
        GtkListItemFactory *button = gtk_signal_list_item_factory_new ();
        GtkListItemFactory *list = gtk_signal_list_item_factory_new ();

        g_signal_connect (button, "setup", G_CALLBACK (button_item_setup_cb), NULL);
        g_signal_connect (button, "bind", G_CALLBACK (button_item_bind_cb), NULL);
        g_signal_connect (list, "setup", G_CALLBACK (list_item_setup_cb), NULL);
        g_signal_connect (list, "bind", G_CALLBACK (button_item_bind_cb), NULL);
        gtk_drop_down_set_factory (GTK_DROP_DOWN (self->child), button);
        gtk_drop_down_set_list_factory (GTK_DROP_DOWN (self->child), list);
        g_object_unref (button);
        g_object_unref (list);
      }
      g_signal_connect_swapped (self->child, "notify::selected", G_CALLBACK (selected_cb), self);
      break;
    case KP_FIELD_TEXT:
    case KP_FIELD_INT:
    case KP_FIELD_REAL:
    case KP_FIELD_DATE:
    case KP_FIELD_PERIOD:
    default:
      self->child = gtk_editable_label_new ("");
      if (f->kind == KP_FIELD_INT || f->kind == KP_FIELD_REAL)
        gtk_editable_set_alignment (GTK_EDITABLE (self->child), 1.0);
      g_signal_connect_swapped (self->child, "notify::editing", G_CALLBACK (editing_changed_cb), self);
      break;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->child), GTK_ACCESSIBLE_PROPERTY_LABEL, _(f->label), -1);
  gtk_widget_set_parent (self->child, GTK_WIDGET (self));
  return self;
}
