/* test-import-dialog.c: CSV import through the dialog's own code path: a file read in the
 * background, its preview (rows, encoding and separator, problems with line and column, the
 * organisations and roles to create), the import as one step, and its undo. */
#include "config.h"

#include <locale.h>
#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fixtures/kp-gui-test.h"
#include "kp-application.h"
#include "kp-date.h"
#include "kp-examples.h"
#include "kp-import-dialog.h"
#include "kp-window.h"

static KpApplication *app;

/* A window on a copy of the main example, and a folder for the files a test writes. */
typedef KpgWindowFixture Fixture;

/* A file in the fixture's folder, in the encoding given. */
static GFile *
write_csv (Fixture    *fx,
           const char *name,
           const char *utf8,
           const char *encoding)
{
  g_autofree char *path = g_build_filename (fx->dir, name, NULL);
  g_autofree char *bytes = NULL;
  gsize length = strlen (utf8);
  g_autoptr(GError) error = NULL;

  if (encoding != NULL)
    {
      bytes = g_convert (utf8, -1, encoding, "UTF-8", NULL, &length, &error);
      g_assert_no_error (error);
    }
  g_assert_true (g_file_set_contents (path, bytes != NULL ? bytes : utf8, (gssize) length, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static gboolean
loaded_cb (gpointer dialog)
{
  return !kp_import_dialog_get_busy (dialog);
}

static void
load (KpImportDialog *dialog,
      GFile          *file,
      KpImportKind    kind)
{
  kp_import_dialog_set_kind (dialog, kind);
  kp_import_dialog_set_file (dialog, file);
  g_assert_true (kp_import_dialog_get_busy (dialog));
  g_assert_true (kpg_wait_until (loaded_cb, dialog, 10000));
  kpg_drain ();
}

static guint
n_rows (KpDocument         *doc,
        const KpEntityDesc *desc)
{
  return g_list_model_get_n_items (kp_document_get_list (doc, desc));
}

/* A month of time entries as Swedish Excel writes them: Windows-1252, semicolons, decimal
 * commas, a quoted field with a semicolon in it; one organisation the project lacks. */
static const char month_csv[] =
  "datum;organisation;person;timmar;aktivitet;finansiering\r\n"
  "2021-09-01;Skövde kommun;Kontaktperson MAS Skövde;3,5;\"Workshop; kompetensbehov\";medfinansiering\r\n"
  "2021-09-02;Töreboda kommun;Enhetschef Töreboda;2;Förankring;medfinansiering\r\n"
  "2021-09-03;Skövde kommun;Kontaktperson MAS Skövde;4;Datainsamling;stöd\r\n"
  "2021-09-06;Töreboda kommun;Enhetschef Töreboda;1,5;;stöd\r\n"
  "2021-09-07;Skövde kommun;Kontaktperson MAS Skövde;6;Analys;stöd\r\n";

/* The hours reported 2021-09-01 to 2021-09-07. */
static double
hours_in_week (KpDocument *doc)
{
  GListModel *list = kp_document_get_list (doc, &kp_desc_time_entry);
  double hours = 0;

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      if (kp_entity_get_date (e, "date") >= kp_date_from_ymd (2021, 9, 1) &&
          kp_entity_get_date (e, "date") <= kp_date_from_ymd (2021, 9, 7))
        hours += kp_entity_get_real (e, "hours");
    }
  return hours;
}

static void
test_preview_import_undo (Fixture       *fx,
                          gconstpointer  data)
{
  g_autoptr(GFile) file = write_csv (fx, "tid-september.csv", month_csv, "WINDOWS-1252");
  KpImportDialog *dialog = kp_import_dialog_new (GTK_WINDOW (fx->window), fx->document);
  guint entries = n_rows (fx->document, &kp_desc_time_entry);
  guint orgs = n_rows (fx->document, &kp_desc_organisation);
  double hours_before = hours_in_week (fx->document);
  g_autoptr(GError) error = NULL;
  KpCsvImport *import;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (gtk_widget_is_sensitive (kpg_find_action (GTK_WIDGET (dialog), "import.apply")));
  load (dialog, file, KP_IMPORT_TIME);
  import = kp_import_dialog_get_import (dialog);
  g_assert_nonnull (import);
  g_assert_true (gtk_widget_is_sensitive (kpg_find_action (GTK_WIDGET (dialog), "import.apply")));

  /* What was found: the encoding and separator, the five rows, no problems, one new
   * organisation. */
  g_assert_cmpuint (kp_csv_import_count_issues (import), ==, 0);
  g_assert_cmpuint (kp_import_dialog_get_n_problems_shown (dialog), ==, 0);
  g_assert_cmpuint (kp_import_dialog_get_n_preview_rows (dialog), ==, 5);
  g_assert_nonnull (strstr (kp_import_dialog_get_summary (dialog), kp_csv_import_get_encoding (import)));
  g_assert_nonnull (strstr (kp_csv_import_get_encoding (import), "1252"));
  g_assert_cmpint (kp_csv_import_get_separator (import), ==, ';');
  g_assert_nonnull (strstr (kp_import_dialog_get_summary (dialog), _("semicolon")));
  g_assert_cmpstr (kp_csv_import_get_new_organisations (import)[0], ==, "Töreboda kommun");
  g_assert_null (kp_csv_import_get_new_organisations (import)[1]);
  g_assert_cmpstr (kp_csv_import_get_row_new_name (import, 1, "organisation-id"), ==, "Töreboda kommun");
  g_assert_null (kp_csv_import_get_row_new_name (import, 0, "organisation-id"));
  kpg_wait_ms (200);
  kpg_save_screenshot (GTK_WIDGET (dialog), "import-dialog-preview.png");

  /* Import: every row and the organisation, as one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  kpg_drain ();
  g_assert_null (dialog);
  g_assert_cmpuint (n_rows (fx->document, &kp_desc_time_entry), ==, entries + 5);
  g_assert_cmpuint (n_rows (fx->document, &kp_desc_organisation), ==, orgs + 1);
  g_assert_cmpfloat (hours_in_week (fx->document), ==, hours_before + 3.5 + 2 + 4 + 1.5 + 6);

  /* One undo takes it all back. */
  g_assert_true (kp_document_undo (fx->document, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows (fx->document, &kp_desc_time_entry), ==, entries);
  g_assert_cmpuint (n_rows (fx->document, &kp_desc_organisation), ==, orgs);
  g_assert_cmpfloat (hours_in_week (fx->document), ==, hours_before);
  g_assert_true (kp_document_redo (fx->document, &error));
  g_assert_cmpuint (n_rows (fx->document, &kp_desc_time_entry), ==, entries + 5);
}

/* Problems are listed with their line and column, and nothing can be imported. */
static void
test_problems (Fixture       *fx,
               gconstpointer  data)
{
  static const char bad[] =
    "date,organisation,person,hours,activity,funding\n"
    "2021-09-01,Skövde kommun,Anna,3,Workshop,funded\n"
    "2021-13-01,Skövde kommun,Anna,3,Workshop,funded\n"
    "2021-09-03,Skövde kommun,Anna,three,Workshop,funded\n"
    "2021-09-04,Skövde kommun,Anna,3,Workshop,sometimes\n";
  g_autoptr(GFile) file = write_csv (fx, "bad.csv", bad, NULL);
  KpImportDialog *dialog = kp_import_dialog_new (GTK_WINDOW (fx->window), fx->document);
  guint entries = n_rows (fx->document, &kp_desc_time_entry);
  const KpImportIssue *issues;
  guint n_issues;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, 760);
  gtk_window_present (GTK_WINDOW (dialog));
  load (dialog, file, KP_IMPORT_TIME);
  issues = kp_csv_import_get_issues (kp_import_dialog_get_import (dialog), &n_issues);
  g_assert_cmpuint (n_issues, ==, 3);
  g_assert_cmpuint (kp_import_dialog_get_n_problems_shown (dialog), ==, n_issues);
  g_assert_cmpuint (issues[0].line, ==, 3);
  g_assert_cmpuint (issues[0].column, ==, 1);
  g_assert_cmpuint (issues[1].line, ==, 4);
  g_assert_cmpuint (issues[1].column, ==, 4);
  g_assert_cmpuint (issues[2].line, ==, 5);
  g_assert_cmpuint (issues[2].column, ==, 6);
  g_assert_cmpint (kp_csv_import_get_separator (kp_import_dialog_get_import (dialog)), ==, ',');
  kpg_wait_ms (200);
  kpg_save_screenshot (GTK_WIDGET (dialog), "import-dialog-problems.png");
  /* Import is not offered; nothing changes. */
  g_assert_false (gtk_widget_is_sensitive (kpg_find_action (GTK_WIDGET (dialog), "import.apply")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  kpg_drain ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (n_rows (fx->document, &kp_desc_time_entry), ==, entries);

  /* The same file read as another kind: its header is the problem, on line 1. */
  kp_import_dialog_set_kind (dialog, KP_IMPORT_STAFFING);
  kpg_drain ();
  issues = kp_csv_import_get_issues (kp_import_dialog_get_import (dialog), &n_issues);
  g_assert_cmpuint (n_issues, >=, 1);
  g_assert_cmpuint (issues[0].line, <=, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  kpg_drain ();
  g_assert_null (dialog);
}

/* A file that cannot be read says so, naming it. */
static void
test_unreadable (Fixture       *fx,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "finns-inte.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KpImportDialog *dialog = kp_import_dialog_new (GTK_WINDOW (fx->window), fx->document);

  gtk_window_present (GTK_WINDOW (dialog));
  load (dialog, file, KP_IMPORT_TIME);
  g_assert_null (kp_import_dialog_get_import (dialog));
  g_assert_nonnull (kp_import_dialog_get_error (dialog));
  g_assert_nonnull (strstr (kp_import_dialog_get_error (dialog), "finns-inte.csv"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  kpg_drain ();
}

/* The window's action opens the dialog (its file chooser is a portal or a GTK dialog that a
 * test does not answer). */
static void
test_window_action (Fixture       *fx,
                    gconstpointer  data)
{
  GtkWindow *dialog = kpg_new_window_of_action (GTK_WIDGET (fx->window), "win.import-csv", KP_TYPE_IMPORT_DIALOG);

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
  g_test_add ("/import-dialog/preview-import-undo", Fixture, NULL, kpg_window_fixture_set_up, test_preview_import_undo, kpg_window_fixture_tear_down);
  g_test_add ("/import-dialog/problems", Fixture, NULL, kpg_window_fixture_set_up, test_problems, kpg_window_fixture_tear_down);
  g_test_add ("/import-dialog/unreadable", Fixture, NULL, kpg_window_fixture_set_up, test_unreadable, kpg_window_fixture_tear_down);
  g_test_add ("/import-dialog/window-action", Fixture, NULL, kpg_window_fixture_set_up, test_window_action, kpg_window_fixture_tear_down);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
