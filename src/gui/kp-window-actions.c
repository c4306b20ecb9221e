/* kp-window-actions.c: the window's actions and its primary menu. */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kp-examples.h"
#include "kp-timeline-view.h"
#include "kp-window-private.h"

static KpApplication *
app_of (KpWindow *self)
{
  return KP_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static GtkFileFilter *
project_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Kompetensplan projects"));
  gtk_file_filter_add_mime_type (filter, "application/x-kompetensplan");
  gtk_file_filter_add_suffix (filter, "kplan");
  return filter;
}

static GtkFileChooserNative *
new_chooser (KpWindow             *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = project_filter ();

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  return chooser;
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  KpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      kp_application_open_file (app_of (self), file, GTK_WINDOW (self));
    }
  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KpWindow *self = KP_WINDOW (widget);
  GtkFileChooserNative *chooser = new_chooser (self, _("Open Project"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));

  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The file chooser has already asked before replacing an existing file. */
static void
remove_replaced (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

static void
new_project_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         KpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      g_autoptr(KpDocument) document = NULL;

      remove_replaced (file);
      document = kp_document_create (file, &error);
      if (document == NULL)
        kp_window_show_error (self, error->message);
      else
        kp_application_show_document (app_of (self), document, GTK_WINDOW (self));
    }
  g_object_unref (chooser);
}

static void
new_project_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  KpWindow *self = KP_WINDOW (widget);
  GtkFileChooserNative *chooser = new_chooser (self, _("New Project"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"));
  /* Translators: the file name a new project gets */
  g_autofree char *name = g_strdup_printf ("%s.kplan", _("New project"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (new_project_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_copy_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       KpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (!kp_document_save_copy (self->document, file, &error))
        kp_window_show_error (self, error->message);
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *text = g_strdup_printf (_("Saved a copy as “%s”"), name);

          kp_window_show_toast (self, text);
        }
    }
  g_object_unref (chooser);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KpWindow *self = KP_WINDOW (widget);
  GtkFileChooserNative *chooser = new_chooser (self, _("Save a Copy"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  g_autofree char *title = kp_document_dup_title (self->document);
  /* Translators: the file name of a copy, e.g. "Vårdens medarbetare (copy).kplan" */
  g_autofree char *name = g_strdup_printf (_("%s (copy).kplan"), title);

  g_strdelimit (name, "/", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (save_copy_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  KpWindow *self = KP_WINDOW (widget);
  const KpExample *example = kp_example_find (g_variant_get_string (param, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) document = NULL;

  if (example == NULL)
    return;
  document = kp_example_open_copy (example, &error);
  if (document == NULL)
    kp_window_show_error (self, error->message);
  else
    kp_application_show_document (app_of (self), document, GTK_WINDOW (self));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  kp_application_open_file (app_of (KP_WINDOW (widget)), file, GTK_WINDOW (widget));
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  KpWindow *self = KP_WINDOW (widget);
  gboolean undo = g_str_equal (action_name, "win.undo");
  g_autofree char *label = g_strdup (undo ? kp_document_get_undo_label (self->document)
                                          : kp_document_get_redo_label (self->document));
  g_autoptr(GError) error = NULL;

  if (self->document == NULL)
    return;
  if (!(undo ? kp_document_undo (self->document, &error) : kp_document_redo (self->document, &error)))
    kp_window_show_error (self, error->message);
  else if (label != NULL)
    {
      /* Translators: a toast, e.g. "Undone: Change Start date" */
      g_autofree char *text = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), label);

      kp_window_show_toast (self, text);
    }
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KpWindow *self = KP_WINDOW (widget);

  if (self->document != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (param, NULL));
}

/* The goals' activity arrows: show the activity on the timeline. */
static void
show_task_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KpWindow *self = KP_WINDOW (widget);

  if (self->document == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  kp_timeline_view_show_task (self->timeline_view, g_variant_get_int64 (param));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

void
kp_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-project", NULL, new_project_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", "s", open_example_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-task", "x", show_task_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  kp_window_class_install_import_actions (widget_class);
}

GMenuModel *
kp_window_build_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) files = g_menu_new ();
  g_autoptr(GMenu) examples = g_menu_new ();
  g_autoptr(GMenu) help = g_menu_new ();
  guint n;
  const KpExample *list = kp_examples (&n);

  g_menu_append (files, _("_New Project…"), "win.new-project");
  g_menu_append (files, _("_Open…"), "win.open");
  g_menu_append (files, _("Save a _Copy…"), "win.save-copy");
  g_menu_append (files, _("New _Window"), "app.new-window");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (files));
  {
    g_autoptr(GMenu) followup = g_menu_new ();

    g_menu_append (followup, _("_Import CSV…"), "win.import-csv");
    g_menu_append (followup, _("Export Follow-up _Workbook…"), "win.export-workbook");
    g_menu_append_section (menu, NULL, G_MENU_MODEL (followup));
  }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (list[i].title, NULL);

      g_menu_item_set_action_and_target (item, "win.open-example", "s", list[i].name);
      g_menu_append_item (examples, item);
    }
  g_menu_append_submenu (menu, _("Open _Example"), G_MENU_MODEL (examples));

  g_menu_append (help, _("_Keyboard Shortcuts"), "win.show-help-overlay");
  g_menu_append (help, _("_About Kompetensplan"), "app.about");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (help));
  return G_MENU_MODEL (menu);
}
