/* test-export-dialog.c: the follow-up workbook through the export dialog's own code path:
 * the language from the settings, an export to a temporary folder with its progress, a
 * cancelled export that leaves nothing behind, failures named inline, and the window's
 * action. */
#include "config.h"

#include <locale.h>
#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fixtures/kp-gui-test.h"
#include "kp-application.h"
#include "kp-examples.h"
#include "kp-export-dialog.h"
#include "kp-window.h"

static KpApplication *app;

/* A window on a copy of the main example, and a folder for the files a test writes. */
typedef KpgWindowFixture Fixture;

static GSettings *
settings (void)
{
  return kp_application_get_settings (app);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The names in the folder, sorted, separated by spaces. */
static char *
listing (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static gboolean
idle_cb (gpointer dialog)
{
  return *(gpointer *) dialog == NULL || !kp_export_dialog_get_busy (*(KpExportDialog **) dialog);
}

static void
fraction_cb (GtkProgressBar *bar,
             GParamSpec     *pspec,
             double         *seen)
{
  *seen = MAX (*seen, gtk_progress_bar_get_fraction (bar));
}

static void
test_export (Fixture       *fx,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "uppföljning.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KpExportDialog *dialog;
  g_autofree char *contents = NULL;
  gsize length = 0;
  double seen = -1;

  /* The language comes from the settings. */
  g_settings_set_string (settings (), "export-language", "en");
  dialog = kp_export_dialog_new (GTK_WINDOW (fx->window), fx->document, settings ());
  g_assert_cmpstr (kp_export_dialog_get_language (dialog), ==, "en");
  g_settings_set_string (settings (), "export-language", "sv");
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = kp_export_dialog_new (GTK_WINDOW (fx->window), fx->document, settings ());
  g_assert_cmpstr (kp_export_dialog_get_language (dialog), ==, "sv");
  g_assert_nonnull (kp_export_dialog_get_file (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  kpg_wait_ms (200);
  kpg_save_screenshot (GTK_WIDGET (dialog), "export-dialog.png");

  /* Exported in the background; the dialog closes when the file is there. */
  kp_export_dialog_set_file (dialog, file);
  kp_export_dialog_set_range (dialog, "2020-09-01", "2021-12-31");
  /* The progress shows, however soon the export is done. */
  g_signal_connect (gtk_widget_get_template_child (GTK_WIDGET (dialog), KP_TYPE_EXPORT_DIALOG, "progress_bar"),
                    "notify::fraction", G_CALLBACK (fraction_cb), &seen);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.start", NULL));
  g_assert_true (kp_export_dialog_get_busy (dialog));
  kpg_save_screenshot (GTK_WIDGET (dialog), "export-dialog-running.png");
  while (dialog != NULL && kp_export_dialog_get_busy (dialog))
    g_main_context_iteration (NULL, TRUE);
  kpg_drain ();
  g_assert_null (dialog);
  g_assert_cmpfloat (seen, >, 0);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 10000);
  g_assert_true (memcmp (contents, "PK", 2) == 0);
  /* The folder is remembered, and nothing else was left there. */
  {
    g_autofree char *folder = g_settings_get_string (settings (), "last-export-folder");
    g_autofree char *names = listing (fx->dir);

    g_assert_cmpstr (folder, ==, fx->dir);
    g_assert_cmpstr (names, ==, "uppföljning.xlsx");
  }
}

static void
test_cancel (Fixture       *fx,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "avbruten.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KpExportDialog *dialog = kp_export_dialog_new (GTK_WINDOW (fx->window), fx->document, settings ());

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  kp_export_dialog_set_file (dialog, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.start", NULL));
  g_assert_true (kp_export_dialog_get_busy (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL));
  g_assert_true (kpg_wait_until (idle_cb, &dialog, 60000));
  kpg_drain ();
  /* The dialog stays and says so; there is no file, not even a temporary one. */
  g_assert_nonnull (dialog);
  g_assert_false (kp_export_dialog_get_busy (dialog));
  g_assert_nonnull (kp_export_dialog_get_message (dialog));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  {
    g_autofree char *names = listing (fx->dir);

    g_assert_cmpstr (names, ==, "");
  }
  kpg_wait_ms (100);
  kpg_save_screenshot (GTK_WIDGET (dialog), "export-dialog-cancelled.png");

  /* Closing the dialog during an export stops it too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.start", NULL));
  gtk_window_destroy (GTK_WINDOW (dialog));
  kpg_wait_ms (500);
  g_assert_null (dialog);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  {
    g_autofree char *names = listing (fx->dir);

    g_assert_cmpstr (names, ==, "");
  }
}

static void
test_failures (Fixture       *fx,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "saknas", "uppföljning.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KpExportDialog *dialog = kp_export_dialog_new (GTK_WINDOW (fx->window), fx->document, settings ());

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  kp_export_dialog_set_file (dialog, file);

  /* A period that is not one is refused before anything starts. */
  kp_export_dialog_set_range (dialog, "2021-13-01", "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.start", NULL));
  g_assert_false (kp_export_dialog_get_busy (dialog));
  g_assert_nonnull (kp_export_dialog_get_message (dialog));
  g_assert_nonnull (strstr (kp_export_dialog_get_message (dialog), "2021-13-01"));
  kp_export_dialog_set_range (dialog, "2021-12-31", "2021-01-01");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.start", NULL));
  g_assert_false (kp_export_dialog_get_busy (dialog));
  g_assert_nonnull (strstr (kp_export_dialog_get_message (dialog), "2021-12-31"));

  /* A folder that does not exist: the message names the file and the cause. */
  kp_export_dialog_set_range (dialog, "", "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.start", NULL));
  g_assert_true (kpg_wait_until (idle_cb, &dialog, 60000));
  g_assert_nonnull (dialog);
  g_assert_nonnull (kp_export_dialog_get_message (dialog));
  g_assert_nonnull (strstr (kp_export_dialog_get_message (dialog), path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  kpg_wait_ms (100);
  kpg_save_screenshot (GTK_WIDGET (dialog), "export-dialog-failed.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
  kpg_drain ();
}

/* The window's action and the dashboard's button open the dialog. */
static void
test_window_action (Fixture       *fx,
                    gconstpointer  data)
{
  GtkWindow *dialog = kpg_new_window_of_action (GTK_WIDGET (fx->window), "win.export-workbook", KP_TYPE_EXPORT_DIALOG);

  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (fx->window));
  gtk_window_destroy (dialog);
  kpg_drain ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kpg_init_swedish_app (&argc, &argv);
  g_test_add ("/export-dialog/export", Fixture, NULL, kpg_window_fixture_set_up, test_export, kpg_window_fixture_tear_down);
  g_test_add ("/export-dialog/cancel", Fixture, NULL, kpg_window_fixture_set_up, test_cancel, kpg_window_fixture_tear_down);
  g_test_add ("/export-dialog/failures", Fixture, NULL, kpg_window_fixture_set_up, test_failures, kpg_window_fixture_tear_down);
  g_test_add ("/export-dialog/window-action", Fixture, NULL, kpg_window_fixture_set_up, test_window_action, kpg_window_fixture_tear_down);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
