/* test-import.c: GNOME Planner and GanttProject files into new projects: hierarchy,
 * milestones, dependencies, notes and resources; 5,000 tasks; and malformed or hostile
 * files, which are refused with their line and leave no file behind. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kp-date.h"
#include "kp-import.h"

typedef struct
{
  char *dir;
  char *out;
  GFile *file;
  GPtrArray *report;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("kp-import-XXXXXX", NULL);
  f->out = g_build_filename (f->dir, "new.kplan", NULL);
  f->file = g_file_new_for_path (f->out);
  f->report = g_ptr_array_new_with_free_func (g_free);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);

      g_remove (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->out);
  g_object_unref (f->file);
  g_ptr_array_unref (f->report);
}

static const char planner[] =
  "<?xml version=\"1.0\"?>\n"
  "<project name=\"Förstudie Skaraborg\" company=\"\" manager=\"\" phase=\"\" project-start=\"20200901T000000Z\" mrproject-version=\"2\" calendar=\"1\">\n"
  "  <tasks>\n"
  "    <task id=\"1\" name=\"Uppstartsfas\" note=\"\" start=\"20200901T000000Z\" end=\"20201031T170000Z\" percent-complete=\"50\" type=\"normal\" scheduling=\"fixed-work\">\n"
  "      <task id=\"2\" name=\"Förankring\" note=\"Hos socialchefer och MAS\" start=\"20200901T000000Z\" end=\"20201031T000000Z\" percent-complete=\"100\" type=\"normal\"/>\n"
  "      <task id=\"3\" name=\"Kontaktpersoner\" start=\"20200907T080000Z\" end=\"20201016T170000Z\" percent-complete=\"20\" type=\"normal\">\n"
  "        <predecessors>\n"
  "          <predecessor id=\"1\" predecessor-id=\"2\" type=\"SS\" lag=\"0\"/>\n"
  "        </predecessors>\n"
  "      </task>\n"
  "    </task>\n"
  "    <task id=\"4\" name=\"Beslut om förstudie\" start=\"20201102T000000Z\" end=\"20201102T000000Z\" percent-complete=\"0\" type=\"milestone\">\n"
  "      <predecessors>\n"
  "        <predecessor id=\"2\" predecessor-id=\"3\" type=\"FS\"/>\n"
  "      </predecessors>\n"
  "    </task>\n"
  "  </tasks>\n"
  "  <resource-groups/>\n"
  "  <resources>\n"
  "    <resource id=\"1\" name=\"Karin Skarin\" short-name=\"KS\" type=\"1\" units=\"0\"/>\n"
  "    <resource id=\"2\" name=\"Styrgruppen\" type=\"1\" units=\"0\"/>\n"
  "  </resources>\n"
  "  <allocations>\n"
  "    <allocation task-id=\"3\" resource-id=\"1\" units=\"100\"/>\n"
  "  </allocations>\n"
  "</project>\n";

static const char gan[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<project name=\"VIS Kristianstad\" company=\"\" view-date=\"2023-01-02\" version=\"3.2\" locale=\"sv_SE\">\n"
  "  <description/>\n"
  "  <tasks empty-milestones=\"true\">\n"
  "    <taskproperties><taskproperty id=\"tpd0\" name=\"type\" type=\"default\" valuetype=\"icon\"/></taskproperties>\n"
  "    <task id=\"0\" name=\"Förstudie\" color=\"#8cb6ce\" meeting=\"false\" start=\"2023-01-02\" duration=\"20\" complete=\"30\" expand=\"true\">\n"
  "      <notes><![CDATA[Designtänkande i fyra steg]]></notes>\n"
  "      <task id=\"1\" name=\"Workshop 1\" meeting=\"false\" start=\"2023-01-02\" duration=\"5\" complete=\"100\">\n"
  "        <depend id=\"2\" type=\"2\" difference=\"0\" hardness=\"Strong\"/>\n"
  "        <depend id=\"3\" type=\"3\" difference=\"0\" hardness=\"Strong\"/>\n"
  "      </task>\n"
  "      <task id=\"2\" name=\"Workshop 2\" meeting=\"false\" start=\"2023-01-09\" duration=\"5\" complete=\"0\"/>\n"
  "      <task id=\"3\" name=\"Beslut\" meeting=\"true\" start=\"2023-01-20\" duration=\"0\" complete=\"0\"/>\n"
  "    </task>\n"
  "  </tasks>\n"
  "  <resources>\n"
  "    <resource id=\"0\" name=\"Anna\" function=\"Default:0\" contacts=\"\" phone=\"\"/>\n"
  "    <resource id=\"1\" name=\"Bo\" function=\"Default:0\" contacts=\"\" phone=\"\"/>\n"
  "  </resources>\n"
  "  <allocations>\n"
  "    <allocation task-id=\"1\" resource-id=\"0\" function=\"Default:0\" responsible=\"false\" load=\"100.0\"/>\n"
  "    <allocation task-id=\"1\" resource-id=\"1\" function=\"Default:0\" responsible=\"true\" load=\"100.0\"/>\n"
  "  </allocations>\n"
  "</project>\n";

static KpEntity *
task_named (KpDocument *doc,
            const char *name)
{
  GListModel *list = kp_document_get_list (doc, &kp_desc_task);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      if (g_str_equal (kp_entity_get_text (e, "name"), name))
        return e;
    }
  g_assert_not_reached ();
}

static gboolean
reported (Fixture    *f,
          const char *part)
{
  for (guint i = 0; i < f->report->len; i++)
    if (strstr (f->report->pdata[i], part) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_planner (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = kp_import_data (planner, strlen (planner), KP_IMPORT_PLANNER, "plan.planner", f->file, f->report, &error);
  KpEntity *phase, *a, *b, *m;
  char buf[KP_DATE_ISO_SIZE];

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_cmpstr (kp_entity_get_text (kp_document_get_project (doc), "title"), ==, "Förstudie Skaraborg");
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (doc, &kp_desc_task)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (doc, &kp_desc_dependency)), ==, 2);
  phase = task_named (doc, "Uppstartsfas");
  a = task_named (doc, "Förankring");
  b = task_named (doc, "Kontaktpersoner");
  m = task_named (doc, "Beslut om förstudie");
  g_assert_cmpstr (kp_entity_get_text (phase, "kind"), ==, "phase");
  g_assert_cmpint (kp_entity_get_int (a, "parent-id"), ==, kp_entity_get_id (phase));
  g_assert_cmpint (kp_entity_get_int (b, "position"), ==, 1);
  /* Ending at midnight belongs to the day before. */
  g_assert_cmpstr (kp_date_format_iso (kp_entity_get_date (a, "end-date"), buf), ==, "2020-10-30");
  g_assert_cmpstr (kp_date_format_iso (kp_entity_get_date (b, "end-date"), buf), ==, "2020-10-16");
  g_assert_cmpstr (kp_entity_get_text (a, "notes"), ==, "Hos socialchefer och MAS");
  g_assert_cmpstr (kp_entity_get_text (a, "status"), ==, "done");
  g_assert_cmpfloat (kp_entity_get_real (b, "progress"), ==, 20);
  g_assert_cmpstr (kp_entity_get_text (b, "responsible"), ==, "Karin Skarin");
  g_assert_true (kp_entity_get_int (m, "is-milestone"));
  g_assert_cmpint (kp_entity_get_date (m, "end-date"), ==, kp_entity_get_date (m, "start-date"));
  g_assert_true (reported (f, "Karin Skarin"));
  g_assert_true (reported (f, "Styrgruppen"));
  g_assert_true (reported (f, "start-to-start"));
  /* The project's span is the plan's. */
  g_assert_cmpstr (kp_date_format_iso (kp_entity_get_date (kp_document_get_project (doc), "start-date"), buf), ==, "2020-09-01");
  /* The output is never overwritten. */
  {
    g_autoptr(GError) again = NULL;

    g_assert_null (kp_import_data (planner, strlen (planner), KP_IMPORT_PLANNER, "plan.planner", f->file, NULL, &again));
    g_assert_error (again, KP_IMPORT_ERROR, KP_IMPORT_ERROR_EXISTS);
  }
}

static void
test_gan (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = kp_import_data (gan, strlen (gan), KP_IMPORT_GANTTPROJECT, "vis.gan", f->file, f->report, &error);
  KpEntity *w1, *w2, *beslut, *phase;
  char buf[KP_DATE_ISO_SIZE];

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  phase = task_named (doc, "Förstudie");
  w1 = task_named (doc, "Workshop 1");
  w2 = task_named (doc, "Workshop 2");
  beslut = task_named (doc, "Beslut");
  g_assert_cmpstr (kp_entity_get_text (phase, "notes"), ==, "Designtänkande i fyra steg");
  g_assert_cmpint (kp_entity_get_int (w2, "parent-id"), ==, kp_entity_get_id (phase));
  /* Five working days from Monday 2 January end on Friday 6 January. */
  g_assert_cmpstr (kp_date_format_iso (kp_entity_get_date (w1, "end-date"), buf), ==, "2023-01-06");
  g_assert_true (kp_entity_get_int (beslut, "is-milestone"));
  g_assert_cmpstr (kp_entity_get_text (w1, "responsible"), ==, "Bo");
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (doc, &kp_desc_dependency)), ==, 2);
  g_assert_true (reported (f, "finish-to-finish"));
  g_assert_true (reported (f, "Anna, Bo"));
}

static GString *
generated_planner (int n)
{
  GString *s = g_string_new ("<?xml version=\"1.0\"?>\n<project name=\"Stort program\">\n<tasks>\n");

  for (int p = 0; p < n / 50; p++)
    {
      g_string_append_printf (s, "<task id=\"p%d\" name=\"Fas %d\" start=\"20220103T000000Z\" end=\"20241231T170000Z\" percent-complete=\"0\" type=\"normal\">\n", p, p + 1);
      for (int i = 0; i < 49; i++)
        {
          int day = 3 + (i % 20);

          g_string_append_printf (s, "  <task id=\"t%d_%d\" name=\"Aktivitet %d.%d\" start=\"202201%02dT080000Z\" end=\"202202%02dT170000Z\" percent-complete=\"%d\" type=\"%s\">\n",
                                  p, i, p + 1, i + 1, day, day, i % 101, i % 10 == 9 ? "milestone" : "normal");
          if (i > 0)
            g_string_append_printf (s, "    <predecessors><predecessor id=\"1\" predecessor-id=\"t%d_%d\" type=\"FS\"/></predecessors>\n", p, i - 1);
          g_string_append (s, "  </task>\n");
        }
      g_string_append (s, "</task>\n");
    }
  g_string_append (s, "</tasks>\n</project>\n");
  return s;
}

static void
test_large (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GString) text = generated_planner (5000);
  g_autoptr(GError) error = NULL;
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr(KpDocument) doc = kp_import_data (text->str, text->len, KP_IMPORT_PLANNER, "big.planner", f->file, f->report, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (doc, &kp_desc_task)), ==, 5000);
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (doc, &kp_desc_dependency)), ==, 100 * 48);
  g_test_message ("5,000 tasks imported in %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);
}

typedef struct
{
  const char *name;
  const char *text;
  KpImportFormat format;
  KpImportError code;
  int line;
} Bad;

static const Bad bad[] = {
  { "truncated", "<?xml version=\"1.0\"?>\n<project name=\"x\">\n<tasks>\n<task id=\"1\" name=\"a\" start=\"20200101T000000Z\"",
    KP_IMPORT_PLANNER, KP_IMPORT_ERROR_MALFORMED, 4 },
  { "latin-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<project name=\"F\xf6rstudie\"/>\n",
    KP_IMPORT_PLANNER, KP_IMPORT_ERROR_ENCODING, 1 },
  { "bad bytes", "<?xml version=\"1.0\"?>\n<project name=\"x\">\n<tasks>\n<task id=\"1\" name=\"F\xf6r\"/>\n</tasks></project>\n",
    KP_IMPORT_PLANNER, KP_IMPORT_ERROR_ENCODING, 4 },
  { "entity bomb", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n<project name=\"&lol2;\"/>\n",
    KP_IMPORT_PLANNER, KP_IMPORT_ERROR_MALFORMED, 0 },
  { "date out of range", "<?xml version=\"1.0\"?>\n<project name=\"x\">\n<tasks>\n<task id=\"1\" name=\"a\" start=\"18500101T000000Z\" end=\"18500102T000000Z\"/>\n</tasks></project>\n",
    KP_IMPORT_PLANNER, KP_IMPORT_ERROR_DATE, 4 },
  { "not a date", "<project name=\"x\"><tasks><task id=\"0\" name=\"a\" start=\"someday\" duration=\"3\"/></tasks></project>",
    KP_IMPORT_GANTTPROJECT, KP_IMPORT_ERROR_DATE, 1 },
  { "huge duration", "<project name=\"x\">\n<tasks>\n<task id=\"0\" name=\"a\" start=\"2020-01-01\" duration=\"99999999\"/>\n</tasks></project>",
    KP_IMPORT_GANTTPROJECT, KP_IMPORT_ERROR_DATE, 3 },
  { "cycle", "<project name=\"x\">\n<tasks>\n"
             "<task id=\"0\" name=\"a\" start=\"2020-01-01\" duration=\"1\"><depend id=\"1\" type=\"2\"/></task>\n"
             "<task id=\"1\" name=\"b\" start=\"2020-01-02\" duration=\"1\"><depend id=\"2\" type=\"2\"/></task>\n"
             "<task id=\"2\" name=\"c\" start=\"2020-01-03\" duration=\"1\"><depend id=\"0\" type=\"2\"/></task>\n"
             "</tasks></project>",
    KP_IMPORT_GANTTPROJECT, KP_IMPORT_ERROR_CYCLE, 3 },
  { "self link", "<project name=\"x\">\n<tasks>\n<task id=\"0\" name=\"a\" start=\"2020-01-01\" duration=\"1\">\n<depend id=\"0\" type=\"2\"/></task>\n</tasks></project>",
    KP_IMPORT_GANTTPROJECT, KP_IMPORT_ERROR_CYCLE, 4 },
  { "duplicate id", "<project name=\"x\">\n<tasks>\n<task id=\"1\" name=\"a\"/>\n<task id=\"1\" name=\"b\"/>\n</tasks></project>",
    KP_IMPORT_PLANNER, KP_IMPORT_ERROR_MALFORMED, 4 },
  { "no id", "<project name=\"x\">\n<tasks>\n<task name=\"a\"/>\n</tasks></project>",
    KP_IMPORT_PLANNER, KP_IMPORT_ERROR_MALFORMED, 3 },
  { "not a plan", "<html><body>hello</body></html>", KP_IMPORT_PLANNER, KP_IMPORT_ERROR_FORMAT, 0 },
  { "not a gan", "<html><body>hello</body></html>", KP_IMPORT_GANTTPROJECT, KP_IMPORT_ERROR_FORMAT, 0 },
  { "depend outside a task", "<project name=\"x\">\n<tasks>\n<depend id=\"1\" type=\"2\"/>\n</tasks></project>",
    KP_IMPORT_GANTTPROJECT, KP_IMPORT_ERROR_MALFORMED, 3 },
  { "predecessor naming no task", "<project name=\"x\">\n<tasks>\n<task id=\"1\" name=\"a\">\n<predecessor type=\"FS\"/></task>\n</tasks></project>",
    KP_IMPORT_PLANNER, KP_IMPORT_ERROR_MALFORMED, 4 },
  { "personal number", "<project name=\"x\">\n<tasks>\n<task id=\"1\" name=\"Ring 19121212-1212\"/>\n</tasks></project>",
    KP_IMPORT_PLANNER, KP_IMPORT_ERROR_INVALID, 3 },
  { "empty", "", KP_IMPORT_PLANNER, KP_IMPORT_ERROR_MALFORMED, 0 },
};

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KpDocument) doc = kp_import_data (bad[i].text, strlen (bad[i].text), bad[i].format, "plan", f->file, NULL, &error);

      g_test_message ("%s: %s", bad[i].name, error != NULL ? error->message : "(accepted)");
      g_assert_null (doc);
      g_assert_error (error, KP_IMPORT_ERROR, (int) bad[i].code);
      if (bad[i].line > 0)
        {
          g_autofree char *where = g_strdup_printf ("line %d", bad[i].line);

          g_assert_nonnull (strstr (error->message, where));
        }
      g_assert_false (g_file_test (f->out, G_FILE_TEST_EXISTS));
    }
  /* Deeply nested tasks are refused, not followed down. */
  {
    g_autoptr(GString) deep = g_string_new ("<project name=\"x\"><tasks>");
    g_autoptr(GError) error = NULL;

    for (int i = 0; i < 200; i++)
      g_string_append_printf (deep, "<task id=\"%d\" name=\"t\">", i);
    g_assert_null (kp_import_data (deep->str, deep->len, KP_IMPORT_PLANNER, "deep", f->file, NULL, &error));
    g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_TOO_LARGE);
    g_assert_false (g_file_test (f->out, G_FILE_TEST_EXISTS));
  }
}

static void
test_files (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "plan.gan", NULL);
  g_autofree char *wrong = g_build_filename (f->dir, "plan.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = NULL;

  g_assert_true (g_file_set_contents (path, gan, -1, NULL));
  doc = kp_import_file (path, f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_null (kp_import_file (wrong, f->file, NULL, &error) );
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/import/planner", Fixture, NULL, setup, test_planner, teardown);
  g_test_add ("/import/ganttproject", Fixture, NULL, setup, test_gan, teardown);
  g_test_add ("/import/5000-tasks", Fixture, NULL, setup, test_large, teardown);
  g_test_add ("/import/refused", Fixture, NULL, setup, test_refused, teardown);
  g_test_add ("/import/files", Fixture, NULL, setup, test_files, teardown);
  return g_test_run ();
}
