/* kp-import-dialog.c: CSV import with a preview. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-entity-cell.h"
#include "kp-import-dialog.h"
#include "kp-window.h"

struct _KpImportDialog
{
  AdwWindow parent_instance;

  KpDocument *document;
  GFile *file;
  GBytes *contents;          /* the file as read, parsed again when the kind changes */
  GCancellable *loading;
  GtkNativeDialog *chooser;
  KpCsvImport *import;
  GListStore *rows;          /* the import's rows, for the preview */

  AdwWindowTitle *window_title;
  AdwActionRow *file_row;
  AdwComboRow *kind_row;
  GtkSpinner *spinner;
  GtkLabel *summary_label;
  GtkLabel *error_label;
  GtkWidget *problems_group;
  GtkListBox *problems_list;
  GtkWidget *created_group;
  AdwActionRow *new_orgs_row;
  AdwActionRow *new_roles_row;
  GtkWidget *preview_group;
  GtkColumnView *preview;
};

G_DEFINE_FINAL_TYPE (KpImportDialog, kp_import_dialog, ADW_TYPE_WINDOW)

static void
update_actions (KpImportDialog *self)
{
  gboolean ready = self->import != NULL && kp_csv_import_count_issues (self->import) == 0 &&
                   kp_csv_import_get_n_rows (self->import) > 0 && !kp_document_get_read_only (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", ready && self->loading == NULL);
}

static void
show_error (KpImportDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* ---- the preview ------------------------------------------------------------------- */

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Long text shortens; dates, numbers and choices show whole. */
  if (g_object_get_data (G_OBJECT (factory), "kp-text") != NULL)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 14);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              KpImportDialog           *self)
{
  int field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "kp-field"));
  KpEntity *row = gtk_list_item_get_item (item);
  guint index = gtk_list_item_get_position (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;

  if (self->import == NULL || index >= kp_csv_import_get_n_rows (self->import))
    return;
  if (field < 0)
    text = g_strdup_printf ("%u", kp_csv_import_get_row_line (self->import, index));
  else
    {
      const KpField *f = &kp_entity_get_desc (row)->fields[field];
      const char *new_name = f->kind == KP_FIELD_REF ? kp_csv_import_get_row_new_name (self->import, index, f->name) : NULL;

      /* Translators: a name in the preview that the import will create, "Hjo kommun (new)" */
      text = new_name != NULL ? g_strdup_printf (_("%s (new)"), new_name) : kp_entity_format_shown (self->document, row, (guint) field);
    }
  gtk_label_set_text (label, text);
}

static void
add_preview_column (KpImportDialog     *self,
                    const char         *title,
                    const KpEntityDesc *desc,
                    int                 field)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "kp-field", GINT_TO_POINTER (field));
  if (field >= 0 && (desc->fields[field].kind == KP_FIELD_TEXT || desc->fields[field].kind == KP_FIELD_REF))
    g_object_set_data (G_OBJECT (factory), "kp-text", GINT_TO_POINTER (TRUE));
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->preview, column);
}

static void
clear_preview (KpImportDialog *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview);

  g_list_store_remove_all (self->rows);
  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->preview, column);
    }
}

static char *
join_names (const char *const *names)
{
  return g_strjoinv (", ", (char **) names);
}

static const char *
separator_name (char separator)
{
  switch (separator)
    {
    case ';':
      return _("semicolon");
    case ',':
      return _("comma");
    case '\t':
      return _("tab");
    default:
      return "?";
    }
}

/* Shows what the import found: the rows, the problems and what will be created. */
static void
show_import (KpImportDialog *self)
{
  const KpEntityDesc *desc = kp_csv_import_get_desc (self->import);
  guint n_rows = kp_csv_import_get_n_rows (self->import);
  guint n_issues, total_issues = kp_csv_import_count_issues (self->import);
  const KpImportIssue *issues = kp_csv_import_get_issues (self->import, &n_issues);
  const char *const *orgs = kp_csv_import_get_new_organisations (self->import);
  const char *const *roles = kp_csv_import_get_new_roles (self->import);
  GtkWidget *child;
  g_autofree char *summary = NULL;

  clear_preview (self);
  /* Translators: what the import found in the file, e.g. "UTF-8, separator: semicolon, decimal comma, 31 rows" */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, separator: %s, decimal mark “%c”, %u row to import",
                                          "%s, separator: %s, decimal mark “%c”, %u rows to import", n_rows),
                             kp_csv_import_get_encoding (self->import) != NULL ? kp_csv_import_get_encoding (self->import) : "?",
                             separator_name (kp_csv_import_get_separator (self->import)),
                             kp_csv_import_get_decimal (self->import), n_rows);
  gtk_label_set_text (self->summary_label, summary);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))) != NULL)
    gtk_list_box_remove (self->problems_list, child);
  for (guint i = 0; i < n_issues; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
      g_autofree char *where = NULL;

      if (issues[i].line == 0)
        where = g_strdup (_("The file"));
      else if (issues[i].column == 0)
        /* Translators: where a problem is in the file */
        where = g_strdup_printf (_("Line %u"), issues[i].line);
      else
        where = g_strdup_printf (_("Line %u, column %u"), issues[i].line, issues[i].column);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), where);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), issues[i].message);
      gtk_widget_add_css_class (icon, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problem"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->problems_list, row);
    }
  if (total_issues > n_issues)
    {
      GtkWidget *row = adw_action_row_new ();
      /* Translators: problems beyond those listed */
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "…and %u more problem", "…and %u more problems",
                                                            total_issues - n_issues), total_issues - n_issues);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (self->problems_list, row);
    }
  gtk_widget_set_visible (self->problems_group, total_issues > 0);

  {
    g_autofree char *org_names = join_names (orgs);
    g_autofree char *role_names = join_names (roles);

    adw_action_row_set_subtitle (self->new_orgs_row, org_names);
    adw_action_row_set_subtitle (self->new_roles_row, role_names);
    gtk_widget_set_visible (GTK_WIDGET (self->new_orgs_row), orgs[0] != NULL);
    gtk_widget_set_visible (GTK_WIDGET (self->new_roles_row), roles[0] != NULL);
    gtk_widget_set_visible (self->created_group, orgs[0] != NULL || roles[0] != NULL);
  }

  gtk_widget_set_visible (self->preview_group, desc != NULL && n_rows > 0);
  if (desc != NULL)
    {
      add_preview_column (self, _("Line"), desc, -1);
      for (guint i = 0; i < desc->n_fields; i++)
        if (!(desc->fields[i].flags & KP_FIELD_HIDDEN))
          add_preview_column (self, _(desc->fields[i].label), desc, (int) i);
      for (guint i = 0; i < n_rows; i++)
        g_list_store_append (self->rows, kp_csv_import_get_row (self->import, i));
    }
  update_actions (self);
}

static void
parse (KpImportDialog *self)
{
  g_autoptr(GInputStream) stream = NULL;
  guint kind = adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row));

  g_clear_pointer (&self->import, kp_csv_import_free);
  show_error (self, NULL);
  if (self->contents == NULL)
    {
      update_actions (self);
      return;
    }
  stream = g_memory_input_stream_new_from_bytes (self->contents);
  self->import = kp_csv_import_parse_stream (self->document, stream, (KpImportKind) kind, NULL);
  show_import (self);
}

/* ---- reading the file -------------------------------------------------------------- */

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(KpImportDialog) self = data;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_clear_object (&self->loading);
      gtk_spinner_stop (self->spinner);
      gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
      {
        g_autofree char *path = g_file_get_parse_name (G_FILE (source));
        /* Translators: the first %s is a file, the second why it could not be read */
        g_autofree char *message = g_strdup_printf (_("Could not read “%s”: %s"), path, error->message);

        gtk_label_set_text (self->summary_label, "");
        show_error (self, message);
      }
      update_actions (self);
      return;
    }
  g_clear_object (&self->loading);
  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  g_clear_pointer (&self->contents, g_bytes_unref);
  self->contents = g_bytes_new_take (contents, length);
  parse (self);
}

void
kp_import_dialog_set_file (KpImportDialog *self,
                           GFile          *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *path = g_file_get_parse_name (file);

  g_return_if_fail (KP_IS_IMPORT_DIALOG (self));
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->contents, g_bytes_unref);
  g_clear_pointer (&self->import, kp_csv_import_free);
  clear_preview (self);
  show_error (self, NULL);
  adw_action_row_set_subtitle (self->file_row, path);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_label_set_text (self->summary_label, _("Reading…"));
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_start (self->spinner);
  gtk_widget_set_visible (self->problems_group, FALSE);
  gtk_widget_set_visible (self->created_group, FALSE);
  gtk_widget_set_visible (self->preview_group, FALSE);
  self->loading = g_cancellable_new ();
  update_actions (self);
  g_file_load_contents_async (file, self->loading, loaded_cb, g_object_ref (self));
}

void
kp_import_dialog_set_kind (KpImportDialog *self,
                           KpImportKind    kind)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row), kind);
}

static void
kind_changed_cb (KpImportDialog *self)
{
  if (self->loading == NULL)
    parse (self);
}

static void
choose_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    KpImportDialog  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      kp_import_dialog_set_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KpImportDialog *self = KP_IMPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Choose a CSV File"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Choose"), _("_Cancel"));
  self->chooser = GTK_NATIVE_DIALOG (chooser);

  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (choose_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- importing --------------------------------------------------------------------- */

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  KpImportDialog *self = KP_IMPORT_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  const KpEntityDesc *desc;
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->import == NULL)
    return;
  desc = kp_csv_import_get_desc (self->import);
  n = kp_csv_import_get_n_rows (self->import);
  if (!kp_csv_import_apply (self->import, self->document, &error))
    {
      /* Nothing was imported: the reasons are the import's problems now. */
      show_import (self);
      show_error (self, error->message);
      return;
    }
  /* The rows belong to the document now: the preview is done. */
  g_list_store_remove_all (self->rows);
  g_clear_pointer (&self->import, kp_csv_import_free);
  if (KP_IS_WINDOW (parent))
    {
      /* Translators: a toast after an import, e.g. "Imported 31 rows into Time entries" */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u row into %s",
                                                            "Imported %u rows into %s", n), n, _(desc->plural));
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      kp_window_add_toast (KP_WINDOW (parent), toast);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- public ------------------------------------------------------------------------ */

gboolean
kp_import_dialog_get_busy (KpImportDialog *self)
{
  return self->loading != NULL;
}

KpCsvImport *
kp_import_dialog_get_import (KpImportDialog *self)
{
  return self->import;
}

guint
kp_import_dialog_get_n_preview_rows (KpImportDialog *self)
{
  GtkSelectionModel *model = gtk_column_view_get_model (self->preview);

  return model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;
}

guint
kp_import_dialog_get_n_problems_shown (KpImportDialog *self)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

const char *
kp_import_dialog_get_summary (KpImportDialog *self)
{
  return gtk_label_get_text (self->summary_label);
}

const char *
kp_import_dialog_get_error (KpImportDialog *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}

static void
kp_import_dialog_dispose (GObject *object)
{
  KpImportDialog *self = KP_IMPORT_DIALOG (object);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->import, kp_csv_import_free);
  g_clear_pointer (&self->contents, g_bytes_unref);
  g_clear_object (&self->file);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_import_dialog_parent_class)->dispose (object);
}

static void
kp_import_dialog_class_init (KpImportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_import_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, created_group);
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, new_orgs_row);
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, new_roles_row);
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, KpImportDialog, preview);
  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kp_import_dialog_init (KpImportDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_list_store_new (KP_TYPE_ENTITY);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_column_view_set_model (self->preview, GTK_SELECTION_MODEL (selection));
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (kind_changed_cb), self);
}

KpImportDialog *
kp_import_dialog_new (GtkWindow  *parent,
                      KpDocument *document)
{
  KpImportDialog *self = g_object_new (KP_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);

  self->document = g_object_ref (document);
  update_actions (self);
  return self;
}
