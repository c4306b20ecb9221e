/* kp-entity-table.c: an editable table of one entity kind. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kp-entity-form.h"
#include "kp-entity-table-private.h"
#include "kp-export.h"
#include "kp-export-lang.h"
#include "kp-window.h"

struct _KpEntityTable
{
  GtkWidget parent_instance;

  const KpEntityDesc *desc;
  GArray *fields;                 /* guint field indexes, one per column */
  KpDocument *document;
  GtkFilter *filter;              /* the caller's, or NULL */
  GtkCustomFilter *search;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GHashTable *presets;            /* field name → GValue */
  KpEntityForm *form;
  KpEntity *draft;
  KpEntityTableAddFunc add_func;
  gpointer add_data;
  GListModel *sorted;             /* the rows shown, without the new row */
  KpTableEntry *entry;            /* the new row, or NULL */

  GtkWidget *toolbar;
  GtkSearchEntry *search_entry;
  GtkMenuButton *add_button;
  GtkPopover *add_popover;
  AdwBin *form_bin;
  GtkLabel *add_error;
  GtkWidget *remove_button;
  GtkColumnView *column_view;
  GtkLabel *entry_error;
};

/* The column view gets its rows when the table is shown: making every table's cells
 * (drop-downs, check buttons, entries) when a project opens kept its window blank for
 * seconds, for pages nobody had looked at yet. The rows themselves, the selection included,
 * are there from the start. New rows for a table out of sight take the old ones out of its
 * view at once. */
static void
show_rows (KpEntityTable *self)
{
  GtkSelectionModel *rows = self->selection != NULL && gtk_widget_get_mapped (GTK_WIDGET (self))
                            ? GTK_SELECTION_MODEL (self->selection) : NULL;

  if (gtk_column_view_get_model (self->column_view) != rows)
    gtk_column_view_set_model (self->column_view, rows);
}

G_DEFINE_FINAL_TYPE (KpEntityTable, kp_entity_table, GTK_TYPE_WIDGET)

/* ---- columns ---------------------------------------------------------------------- */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          KpEntityTable            *self)
{
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "kp-field"));

  gtk_list_item_set_child (item, GTK_WIDGET (kp_entity_cell_new (self->desc, field)));
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         KpEntityTable            *self)
{
  kp_entity_cell_bind (KP_ENTITY_CELL (gtk_list_item_get_child (item)), self->document,
                       KP_ENTITY (gtk_list_item_get_item (item)));
  if (self->entry != NULL)
    kp_table_entry_cell_bound (self->entry, KP_ENTITY_CELL (gtk_list_item_get_child (item)));
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           KpEntityTable            *self)
{
  if (self->entry != NULL)
    kp_table_entry_cell_unbound (self->entry, KP_ENTITY_CELL (gtk_list_item_get_child (item)));
  kp_entity_cell_unbind (KP_ENTITY_CELL (gtk_list_item_get_child (item)));
}

static int
compare_values (KpEntityTable *self,
                const KpField *field,
                const KpValue *a,
                const KpValue *b)
{
  switch (field->kind)
    {
    case KP_FIELD_TEXT:
    case KP_FIELD_PERIOD:
      return g_utf8_collate (a->s, b->s);
    case KP_FIELD_CHOICE:
      /* In the catalogue's order, which is the natural one: planned, ongoing, done. */
      return kp_catalog_index (field->catalog, a->s) - kp_catalog_index (field->catalog, b->s);
    case KP_FIELD_REAL:
      return (isnan (a->d) ? -INFINITY : a->d) < (isnan (b->d) ? -INFINITY : b->d) ? -1 :
             (isnan (a->d) ? -INFINITY : a->d) > (isnan (b->d) ? -INFINITY : b->d) ? 1 : 0;
    case KP_FIELD_REF:
      {
        g_autofree char *na = kp_field_format (self->document, field, a);
        g_autofree char *nb = kp_field_format (self->document, field, b);

        return g_utf8_collate (na, nb);
      }
    case KP_FIELD_INT:
    case KP_FIELD_BOOL:
    case KP_FIELD_DATE:
    default:
      return a->i < b->i ? -1 : a->i > b->i ? 1 : 0;
    }
}

static int
sort_cb (gconstpointer a,
         gconstpointer b,
         gpointer      data)
{
  KpEntityTable *self = g_object_get_data (G_OBJECT (data), "kp-table");
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (data), "kp-field"));

  /* Names sort as they read: a shipped role by its translated name. */
  if (self->desc->fields[field].kind == KP_FIELD_TEXT)
    {
      g_autofree char *ta = kp_entity_format_shown (self->document, (KpEntity *) a, field);
      g_autofree char *tb = kp_entity_format_shown (self->document, (KpEntity *) b, field);

      return g_utf8_collate (ta, tb);
    }
  return compare_values (self, &self->desc->fields[field],
                         kp_entity_peek ((KpEntity *) a, field), kp_entity_peek ((KpEntity *) b, field));
}

static void
add_column (KpEntityTable *self,
            guint          field)
{
  const KpField *f = &self->desc->fields[field];
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkCustomSorter *sorter;

  g_object_set_data (G_OBJECT (factory), "kp-field", GUINT_TO_POINTER (field));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  column = gtk_column_view_column_new (_(f->label), factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, f->kind == KP_FIELD_TEXT);
  /* The sorter finds its table and field through data on a small object it owns. */
  {
    GObject *key = g_object_new (G_TYPE_OBJECT, NULL);

    g_object_set_data (key, "kp-table", self);
    g_object_set_data (key, "kp-field", GUINT_TO_POINTER (field));
    sorter = gtk_custom_sorter_new (sort_cb, key, g_object_unref);
  }
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
  g_object_unref (sorter);
  gtk_column_view_append_column (self->column_view, column);
}

/* ---- search ----------------------------------------------------------------------- */

static gboolean
search_cb (gpointer item,
           gpointer data)
{
  KpEntityTable *self = data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;

  if (*query == '\0')
    return TRUE;
  needle = g_utf8_casefold (query, -1);
  for (guint i = 0; i < self->fields->len; i++)
    {
      guint field = g_array_index (self->fields, guint, i);
      g_autofree char *text = kp_entity_format_shown (self->document, item, field);
      g_autofree char *folded = g_utf8_casefold (text, -1);

      if (strstr (folded, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
search_changed_cb (KpEntityTable *self)
{
  gtk_filter_changed (GTK_FILTER (self->search), GTK_FILTER_CHANGE_DIFFERENT);
}

/* ---- adding ----------------------------------------------------------------------- */

static void
preset_draft (gpointer key,
              gpointer value,
              gpointer draft)
{
  g_object_set_property (draft, key, value);
}

KpEntity *
kp_entity_table_new_draft (KpEntityTable *self)
{
  KpEntity *draft = kp_entity_form_new_draft (self->form, self->document);

  g_hash_table_foreach (self->presets, preset_draft, draft);
  return draft;
}

KpDocument *
kp_entity_table_get_document (KpEntityTable *self)
{
  return self->document;
}

static void
add_popover_show_cb (KpEntityTable *self)
{
  if (self->document == NULL)
    return;
  g_clear_object (&self->draft);
  self->draft = kp_entity_table_new_draft (self);
  kp_entity_form_bind (self->form, self->document, self->draft);
  gtk_widget_set_visible (GTK_WIDGET (self->add_error), FALSE);
}

gboolean
kp_entity_table_add (KpEntityTable  *self,
                     KpEntity       *draft,
                     GError        **error)
{
  g_return_val_if_fail (self->document != NULL, FALSE);
  g_hash_table_foreach (self->presets, preset_draft, draft);
  if (self->add_func != NULL)
    return self->add_func (self->document, draft, self->add_data, error);
  return kp_document_add (self->document, draft, error);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  KpEntityTable *self = KP_ENTITY_TABLE (widget);
  g_autoptr(GError) error = NULL;

  if (self->draft == NULL)
    return;
  if (!kp_entity_form_check_draft (self->form, &error) || !kp_entity_table_add (self, self->draft, &error))
    {
      gtk_label_set_text (self->add_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->add_error), TRUE);
      return;
    }
  g_clear_object (&self->draft);
  gtk_popover_popdown (self->add_popover);
}

/* ---- removing --------------------------------------------------------------------- */

static void
remove_now (KpEntityTable *self,
            KpEntity      *entity)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = kp_entity_dup_display_name (entity);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!kp_document_remove (self->document, entity, &error))
    {
      kp_report_error (GTK_WIDGET (self), error);
      return;
    }
  if (KP_IS_WINDOW (root))
    {
      /* Translators: a toast after deleting, e.g. "Deleted “Skövde”" */
      g_autofree char *text = g_strdup_printf (_("Deleted “%s”"), name);
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      kp_window_add_toast (KP_WINDOW (root), toast);
    }
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     KpEntityTable    *self)
{
  KpEntity *entity = g_object_get_data (G_OBJECT (dialog), "kp-entity");

  if (g_str_equal (response, "delete"))
    remove_now (self, entity);
}

/* "3 headcount rows, 12 time entries": what goes with a removal, counted per kind. */
static char *
describe_dependents (GPtrArray *dependents)
{
  guint counts[KP_N_ENTITIES] = { 0 };
  g_autoptr(GString) text = g_string_new (NULL);
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);

  for (guint i = 0; i < dependents->len; i++)
    counts[kp_entity_get_desc (dependents->pdata[i])->index]++;
  for (guint d = 0; d < n; d++)
    if (counts[d] > 0)
      g_string_append_printf (text, "\n• %s: %u", _(descs[d]->plural), counts[d]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KpEntityTable *self = KP_ENTITY_TABLE (widget);
  KpEntity *entity = kp_entity_table_get_selected (self);
  g_autoptr(GPtrArray) dependents = NULL;

  if (entity == NULL)
    return;
  dependents = kp_document_dependents (self->document, entity);
  if (dependents->len == 0)
    remove_now (self, entity);
  else
    {
      g_autofree char *name = kp_entity_dup_display_name (entity);
      g_autofree char *list = describe_dependents (dependents);
      /* Translators: the first %s is a name, the second a list of kinds with counts */
      g_autofree char *body = g_strdup_printf (_("These belong to “%s” and are deleted with it:%s"), name, list);
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                  _("Delete and Everything That Belongs to It?"), body);

      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                        "delete", _("_Delete"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_object_set_data_full (G_OBJECT (dialog), "kp-entity", g_object_ref (entity), g_object_unref);
      g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), self);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
update_actions (KpEntityTable *self)
{
  gboolean writable = self->document != NULL && !kp_document_get_read_only (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.remove",
                                 writable && kp_entity_table_get_selected (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.export-csv", self->document != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), writable);
}

/* ---- the new row ------------------------------------------------------------------ */

void
kp_entity_table_set_entry_row (KpEntityTable     *self,
                               const char *const *keep)
{
  static const char *const none[] = { NULL };

  g_return_if_fail (KP_IS_ENTITY_TABLE (self));
  g_return_if_fail (self->entry == NULL);
  self->entry = kp_table_entry_new (self, self->column_view, self->desc, self->fields, keep != NULL ? keep : none);
  if (self->document != NULL)
    kp_entity_table_set_document (self, self->document);
}

KpEntity *
kp_entity_table_get_draft (KpEntityTable *self)
{
  g_return_val_if_fail (KP_IS_ENTITY_TABLE (self), NULL);
  return self->entry != NULL ? kp_table_entry_get_draft (self->entry) : NULL;
}

gboolean
kp_entity_table_focus_entry_row (KpEntityTable *self)
{
  g_return_val_if_fail (KP_IS_ENTITY_TABLE (self), FALSE);
  return self->entry != NULL && kp_table_entry_focus (self->entry);
}

gboolean
kp_entity_table_add_entry_row (KpEntityTable  *self,
                               GError        **error)
{
  g_return_val_if_fail (self->entry != NULL, FALSE);
  return kp_table_entry_commit (self->entry, error);
}

void
kp_entity_table_show_entry_error (KpEntityTable *self,
                                  const char    *message)
{
  gtk_label_set_text (self->entry_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->entry_error), message != NULL);
}

const char *
kp_entity_table_get_entry_error (KpEntityTable *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->entry_error)) ? gtk_label_get_text (self->entry_error) : NULL;
}

void
kp_entity_table_sort_by (KpEntityTable *self,
                         const char    *field,
                         GtkSortType    direction)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  int index = kp_entity_desc_field_index (self->desc, field);

  for (guint i = 0; index >= 0 && i < self->fields->len; i++)
    if (g_array_index (self->fields, guint, i) == (guint) index)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

        gtk_column_view_sort_by_column (self->column_view, column, direction);
        return;
      }
  g_return_if_reached ();
}

/* ---- CSV -------------------------------------------------------------------------- */

static GSettings *
settings_of (KpEntityTable *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  return KP_IS_APPLICATION (app) ? kp_application_get_settings (KP_APPLICATION (app)) : NULL;
}

gboolean
kp_entity_table_export_csv (KpEntityTable  *self,
                            GFile          *file,
                            const char     *language,
                            GError        **error)
{
  g_autoptr(GListStore) rows = g_list_store_new (kp_entity_type_for (self->desc));

  g_return_val_if_fail (self->document != NULL, FALSE);
  /* What the table shows, in its order, without the new row. */
  for (guint i = 0, n = g_list_model_get_n_items (self->sorted); i < n; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (self->sorted, i);

      g_list_store_append (rows, row);
    }
  return kp_export_csv (G_LIST_MODEL (rows), self->desc, self->document, file, language, NULL, error);
}

static void
export_csv_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        KpEntityTable   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GSettings *settings = settings_of (self);
  g_autofree char *language = settings != NULL ? g_settings_get_string (settings, "export-language") : NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (response != GTK_RESPONSE_ACCEPT || self->document == NULL)
    {
      g_object_unref (chooser);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (language == NULL || !kp_translator_is_supported (language))
    {
      g_free (language);
      language = g_strdup (kp_translator_default_language ());
    }
  if (!kp_entity_table_export_csv (self, file, language, &error))
    {
      g_autofree char *path = g_file_get_parse_name (file);
      /* Translators: the first %s is a file, the second why it could not be written */
      g_autofree char *text = g_strdup_printf (_("Could not export “%s”: %s"), path, error->message);

      if (KP_IS_WINDOW (root))
        kp_window_show_error (KP_WINDOW (root), text);
      return;
    }
  if (settings != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (file);
      g_autofree char *path = folder != NULL ? g_file_get_path (folder) : NULL;

      if (path != NULL)
        g_settings_set_string (settings, "last-export-folder", path);
    }
  if (KP_IS_WINDOW (root))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: a toast, e.g. "Exported “Time entries.csv”" */
      g_autofree char *text = g_strdup_printf (_("Exported “%s”"), name);

      kp_window_show_toast (KP_WINDOW (root), text);
    }
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  KpEntityTable *self = KP_ENTITY_TABLE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GSettings *settings = settings_of (self);
  g_autofree char *folder = settings != NULL ? g_settings_get_string (settings, "last-export-folder") : NULL;
  /* Translators: the file name a table is exported to, e.g. "Time entries.csv" */
  g_autofree char *name = g_strdup_printf (_("%s.csv"), _(self->desc->plural));

  if (self->document == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export as CSV"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_strdelimit (name, "/", '-');
  if (folder != NULL && *folder != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_csv_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- the widget ------------------------------------------------------------------- */

void
kp_entity_table_set_document (KpEntityTable *self,
                              KpDocument    *document)
{
  g_autoptr(GtkEveryFilter) filters = gtk_every_filter_new ();
  GtkSortListModel *sorted;

  g_return_if_fail (KP_IS_ENTITY_TABLE (self));
  g_set_object (&self->document, document);
  gtk_multi_filter_append (GTK_MULTI_FILTER (filters), g_object_ref (GTK_FILTER (self->search)));
  if (self->filter != NULL)
    gtk_multi_filter_append (GTK_MULTI_FILTER (filters), g_object_ref (self->filter));
  g_clear_object (&self->filtered);
  self->filtered = gtk_filter_list_model_new (g_object_ref (kp_document_get_list (document, self->desc)),
                                              GTK_FILTER (g_steal_pointer (&filters)));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  g_clear_object (&self->selection);
  g_set_object (&self->sorted, G_LIST_MODEL (sorted));
  self->selection = gtk_single_selection_new (self->entry != NULL ? kp_table_entry_wrap (self->entry, G_LIST_MODEL (sorted))
                                                                  : g_object_ref (G_LIST_MODEL (sorted)));
  g_object_unref (sorted);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (update_actions), self);
  show_rows (self);
  update_actions (self);
}

void
kp_entity_table_set_filter (KpEntityTable *self,
                            GtkFilter     *filter)
{
  g_set_object (&self->filter, filter);
  if (self->document != NULL)
    kp_entity_table_set_document (self, self->document);
}

void
kp_entity_table_set_preset (KpEntityTable *self,
                            const char    *field,
                            const GValue  *value)
{
  GValue *copy = g_new0 (GValue, 1);

  g_value_init (copy, G_VALUE_TYPE (value));
  g_value_copy (value, copy);
  g_hash_table_replace (self->presets, g_strdup (field), copy);
}

GListModel *
kp_entity_table_get_rows (KpEntityTable *self)
{
  return G_LIST_MODEL (self->selection);
}

KpEntity *
kp_entity_table_get_selected (KpEntityTable *self)
{
  KpEntity *selected;

  g_return_val_if_fail (KP_IS_ENTITY_TABLE (self), NULL);
  selected = self->selection != NULL ? gtk_single_selection_get_selected_item (self->selection) : NULL;
  /* The new row is not a row of the document yet. */
  if (self->entry != NULL && kp_table_entry_is_draft (self->entry, selected))
    return NULL;
  return selected;
}

void
kp_entity_table_set_add_func (KpEntityTable        *self,
                              KpEntityTableAddFunc  func,
                              gpointer              user_data)
{
  self->add_func = func;
  self->add_data = user_data;
}

void
kp_entity_table_append_column (KpEntityTable       *self,
                               GtkColumnViewColumn *column)
{
  gtk_column_view_append_column (self->column_view, column);
}

void
kp_entity_table_insert_column (KpEntityTable       *self,
                               guint                position,
                               GtkColumnViewColumn *column)
{
  gtk_column_view_insert_column (self->column_view, position, column);
}

void
kp_entity_table_set_form_multiline (KpEntityTable *self,
                                    const char    *field)
{
  kp_entity_form_set_multiline (self->form, field);
}

static void
free_gvalue (gpointer data)
{
  g_value_unset (data);
  g_free (data);
}

static void
kp_entity_table_dispose (GObject *object)
{
  KpEntityTable *self = KP_ENTITY_TABLE (object);
  GtkWidget *child;

  /* Taking the view apart moves the selection: the buttons are gone by then. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_ENTITY_TABLE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->entry, kp_table_entry_free);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->search);
  g_clear_object (&self->draft);
  g_clear_object (&self->document);
  g_clear_pointer (&self->presets, g_hash_table_unref);
  g_clear_pointer (&self->fields, g_array_unref);
  G_OBJECT_CLASS (kp_entity_table_parent_class)->dispose (object);
}

static void
kp_entity_table_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kp_entity_table_parent_class)->map (widget);
  show_rows (KP_ENTITY_TABLE (widget));
}

static void
kp_entity_table_class_init (KpEntityTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_entity_table_dispose;
  widget_class->map = kp_entity_table_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-entity-table.ui");
  gtk_widget_class_bind_template_child (widget_class, KpEntityTable, toolbar);
  gtk_widget_class_bind_template_child (widget_class, KpEntityTable, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KpEntityTable, add_button);
  gtk_widget_class_bind_template_child (widget_class, KpEntityTable, add_popover);
  gtk_widget_class_bind_template_child (widget_class, KpEntityTable, form_bin);
  gtk_widget_class_bind_template_child (widget_class, KpEntityTable, add_error);
  gtk_widget_class_bind_template_child (widget_class, KpEntityTable, remove_button);
  gtk_widget_class_bind_template_child (widget_class, KpEntityTable, column_view);
  gtk_widget_class_bind_template_child (widget_class, KpEntityTable, entry_error);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_popover_show_cb);
  gtk_widget_class_install_action (widget_class, "table.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "table.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "table.export-csv", NULL, export_csv_action);
}

static void
kp_entity_table_init (KpEntityTable *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->fields = g_array_new (FALSE, FALSE, sizeof (guint));
  self->presets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_gvalue);
  self->search = gtk_custom_filter_new (search_cb, self, NULL);
}

KpEntityTable *
kp_entity_table_new (const KpEntityDesc *desc,
                     const char *const  *fields)
{
  KpEntityTable *self = g_object_new (KP_TYPE_ENTITY_TABLE, NULL);
  g_autofree char *search = g_strdup_printf (_("Search %s"), _(desc->plural));

  self->desc = desc;
  for (guint i = 0; fields[i] != NULL; i++)
    {
      int field = kp_entity_desc_field_index (desc, fields[i]);

      g_return_val_if_fail (field >= 0, self);
      g_array_append_val (self->fields, field);
      add_column (self, (guint) field);
    }
  self->form = kp_entity_form_new (desc, fields);
  kp_entity_form_set_title (self->form, _(desc->label));
  adw_bin_set_child (self->form_bin, GTK_WIDGET (self->form));
  g_object_set (self->search_entry, "placeholder-text", search, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view), GTK_ACCESSIBLE_PROPERTY_LABEL, _(desc->plural), -1);
  update_actions (self);
  return self;
}
