/* kp-export-dialog.c: the follow-up workbook's export, with progress and Cancel. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kp-date.h"
#include "kp-export-dialog.h"
#include "kp-export-lang.h"
#include "kp-export.h"
#include "kp-followup-util.h"
#include "kp-window.h"

static const char *const languages[] = { "sv", "en" };

struct _KpExportDialog
{
  AdwWindow parent_instance;

  KpDocument *document;
  GSettings *settings;
  GFile *file;
  GCancellable *running;     /* the export under way, or NULL */
  GtkNativeDialog *chooser;
  gboolean disposed;

  GtkWidget *fields_group;
  AdwComboRow *language_row;
  AdwEntryRow *from_row;
  AdwEntryRow *to_row;
  AdwActionRow *file_row;
  GtkLabel *message_label;
  GtkWidget *progress_box;
  GtkProgressBar *progress_bar;
};

G_DEFINE_FINAL_TYPE (KpExportDialog, kp_export_dialog, ADW_TYPE_WINDOW)

static void
update_state (KpExportDialog *self)
{
  gboolean busy = self->running != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.start", !busy && self->file != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.cancel", busy);
  gtk_widget_set_sensitive (self->fields_group, !busy);
  gtk_widget_set_visible (self->progress_box, busy);
}

/* An error in red; a plain note (a cancelled export) without. */
static void
show_message (KpExportDialog *self,
              const char     *message,
              gboolean        error)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

void
kp_export_dialog_set_file (KpExportDialog *self,
                           GFile          *file)
{
  g_autofree char *path = g_file_get_parse_name (file);

  g_set_object (&self->file, file);
  adw_action_row_set_subtitle (self->file_row, path);
  update_state (self);
}

GFile *
kp_export_dialog_get_file (KpExportDialog *self)
{
  return self->file;
}

void
kp_export_dialog_set_language (KpExportDialog *self,
                               const char     *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (languages[i], language) == 0)
      adw_combo_row_set_selected (self->language_row, i);
}

const char *
kp_export_dialog_get_language (KpExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->language_row);

  return i < G_N_ELEMENTS (languages) ? languages[i] : languages[0];
}

void
kp_export_dialog_set_range (KpExportDialog *self,
                            const char     *from,
                            const char     *to)
{
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
}

gboolean
kp_export_dialog_get_busy (KpExportDialog *self)
{
  return self->running != NULL;
}

const char *
kp_export_dialog_get_message (KpExportDialog *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->message_label)) ? gtk_label_get_text (self->message_label) : NULL;
}

/* ---- choosing the file ------------------------------------------------------------- */

static GFile *
default_folder (KpExportDialog *self)
{
  g_autofree char *last = self->settings != NULL ? g_settings_get_string (self->settings, "last-export-folder") : NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (last);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

static char *
default_name (KpExportDialog *self)
{
  g_autofree char *title = kp_document_dup_title (self->document);
  char today[KP_DATE_ISO_SIZE];
  /* Translators: the workbook's file name: the project's title and the day, "Vårdens medarbetare – follow-up 2025-03-31.xlsx" */
  char *name = g_strdup_printf (_("%s – follow-up %s.xlsx"), title, kp_date_format_iso (kp_date_today (), today));

  g_strdelimit (name, "/\\:", '-');
  return name;
}

static void
choose_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    KpExportDialog  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      kp_export_dialog_set_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KpExportDialog *self = KP_EXPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = self->file != NULL ? g_file_get_parent (self->file) : default_folder (self);
  g_autofree char *name = self->file != NULL ? g_file_get_basename (self->file) : default_name (self);

  if (self->chooser != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Follow-up Workbook"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (choose_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- exporting --------------------------------------------------------------------- */

static void
progress_cb (double   fraction,
             gpointer data)
{
  KpExportDialog *self = data;

  if (self->disposed)
    return;
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
remember (KpExportDialog *self)
{
  g_autoptr(GFile) folder = g_file_get_parent (self->file);
  g_autofree char *path = folder != NULL ? g_file_get_path (folder) : NULL;

  if (self->settings == NULL)
    return;
  if (path != NULL)
    g_settings_set_string (self->settings, "last-export-folder", path);
  g_settings_set_string (self->settings, "export-language", kp_export_dialog_get_language (self));
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(KpExportDialog) self = data;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;

  if (!kp_export_workbook_finish (result, &error))
    {
      g_autofree char *path = NULL;
      g_autofree char *message = NULL;

      if (self->disposed)
        return;
      g_clear_object (&self->running);
      update_state (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          show_message (self, _("The export was cancelled; no file was written."), FALSE);
          return;
        }
      path = g_file_get_parse_name (self->file);
      /* The export's own messages name the file; a message that does not gets it here. */
      {
        g_autofree char *name = g_file_get_basename (self->file);

        message = strstr (error->message, name) != NULL ? g_strdup (error->message)
          /* Translators: the first %s is the file, the second why it could not be written */
          : g_strdup_printf (_("Could not export to “%s”: %s"), path, error->message);
      }
      show_message (self, message, TRUE);
      return;
    }
  if (self->disposed)
    return;
  g_clear_object (&self->running);
  remember (self);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (KP_IS_WINDOW (parent))
    {
      g_autofree char *name = g_file_get_basename (self->file);
      g_autofree char *uri = g_file_get_uri (self->file);
      /* Translators: a toast, e.g. "Exported “Vårdens medarbetare – follow-up 2025-03-31.xlsx”" */
      g_autofree char *text = g_strdup_printf (_("Exported “%s”"), name);
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-file");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_set_timeout (toast, 10);
      kp_window_add_toast (KP_WINDOW (parent), toast);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  KpExportDialog *self = KP_EXPORT_DIALOG (widget);
  KpExportOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean bad_from = FALSE, bad_to = FALSE;

  if (self->running != NULL || self->file == NULL)
    return;
  if (!kp_followup_parse_range (gtk_editable_get_text (GTK_EDITABLE (self->from_row)),
                                gtk_editable_get_text (GTK_EDITABLE (self->to_row)),
                                &options.range, &bad_from, &bad_to, &error))
    {
      if (bad_from)
        gtk_widget_add_css_class (GTK_WIDGET (self->from_row), "error");
      if (bad_to)
        gtk_widget_add_css_class (GTK_WIDGET (self->to_row), "error");
      show_message (self, error->message, TRUE);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->from_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->to_row), "error");
  show_message (self, NULL, FALSE);
  options.language = kp_export_dialog_get_language (self);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  self->running = g_cancellable_new ();
  update_state (self);
  kp_export_workbook_async (self->document, self->file, &options, progress_cb, g_object_ref (self), g_object_unref,
                            self->running, exported_cb, g_object_ref (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KpExportDialog *self = KP_EXPORT_DIALOG (widget);

  if (self->running != NULL)
    g_cancellable_cancel (self->running);
}

/* A dialog closed (or destroyed with its window) stops its export: nothing is left behind. */
static void
kp_export_dialog_unrealize (GtkWidget *widget)
{
  KpExportDialog *self = KP_EXPORT_DIALOG (widget);

  if (self->running != NULL)
    g_cancellable_cancel (self->running);
  GTK_WIDGET_CLASS (kp_export_dialog_parent_class)->unrealize (widget);
}

static void
kp_export_dialog_dispose (GObject *object)
{
  KpExportDialog *self = KP_EXPORT_DIALOG (object);

  self->disposed = TRUE;
  if (self->running != NULL)
    g_cancellable_cancel (self->running);
  g_clear_object (&self->running);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_export_dialog_parent_class)->dispose (object);
}

static void
kp_export_dialog_class_init (KpExportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_export_dialog_dispose;
  widget_class->unrealize = kp_export_dialog_unrealize;
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KpExportDialog, fields_group);
  gtk_widget_class_bind_template_child (widget_class, KpExportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, KpExportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, KpExportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, KpExportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, KpExportDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, KpExportDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, KpExportDialog, progress_bar);
  gtk_widget_class_install_action (widget_class, "export.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "export.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kp_export_dialog_init (KpExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KpExportDialog *
kp_export_dialog_new (GtkWindow  *parent,
                      KpDocument *document,
                      GSettings  *settings)
{
  KpExportDialog *self = g_object_new (KP_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  g_autofree char *language = settings != NULL ? g_settings_get_string (settings, "export-language") : NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) file = NULL;

  self->document = g_object_ref (document);
  g_set_object (&self->settings, settings);
  kp_export_dialog_set_language (self, language != NULL && kp_translator_is_supported (language)
                                       ? language : kp_translator_default_language ());
  folder = default_folder (self);
  name = default_name (self);
  file = g_file_get_child (folder, name);
  kp_export_dialog_set_file (self, file);
  update_state (self);
  return self;
}
