/* test-cli-timeline.c: --export-timeline and --import, run as a user would run them. */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib.h>
#include <glib/gstdio.h>

static int
run (char **out,
     char **err,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;
  va_list ap;
  const char *arg;

  g_ptr_array_add (argv, (char *) g_getenv ("KOMPETENSPLAN_BIN"));
  va_start (ap, err);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

typedef struct
{
  char *dir;
  char *project;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *arg = NULL;

  f->dir = g_dir_make_tmp ("kp-cli-timeline-XXXXXX", NULL);
  f->project = g_build_filename (f->dir, "vm.kplan", NULL);
  arg = g_strdup_printf ("--output=%s", f->project);
  g_assert_cmpint (run (&out, &err, "--write-example=vardens-medarbetare", arg, NULL), ==, 0);
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
  g_free (f->project);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  const char *names[] = { "t.pdf", "t.png", "t.svg" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);
      g_autofree char *arg = g_strdup_printf ("--export-timeline=%s", path);

      g_assert_cmpint (run (&out, &err, arg, "--from=2020-09-01", "--to=2021-06-30", "--zoom=month", f->project, NULL), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
  {
    g_autofree char *out = NULL, *err = NULL;
    g_autofree char *path = g_build_filename (f->dir, "a3.pdf", NULL);
    g_autofree char *arg = g_strdup_printf ("--export-timeline=%s", path);

    g_assert_cmpint (run (&out, &err, arg, "--paper=a3", "--zoom=fit", f->project, NULL), ==, 0);
    g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  }
}

static void
test_export_refusals (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "x.pdf", NULL);
  g_autofree char *arg = g_strdup_printf ("--export-timeline=%s", path);
  g_autofree char *missing = g_build_filename (f->dir, "missing.kplan", NULL);
  struct { const char *a, *b; int code; } cases[] = {
    { "--zoom=fortnight", NULL, 2 },
    { "--from=2021-13-01", NULL, 2 },
    { "--from=2021-06-01", "--to=2021-01-01", 2 },
    { "--paper=letter", NULL, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL;

      g_assert_cmpint (run (&out, &err, arg, cases[i].a, cases[i].b != NULL ? cases[i].b : f->project,
                            cases[i].b != NULL ? f->project : NULL, NULL), ==, cases[i].code);
      g_assert_cmpstr (err, !=, "");
    }
  {
    g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL, *out3 = NULL, *err3 = NULL;
    g_autofree char *doc = g_strdup_printf ("--export-timeline=%s/x.docx", f->dir);

    g_assert_cmpint (run (&out, &err, arg, missing, NULL), ==, 1);
    g_assert_cmpint (run (&out2, &err2, arg, NULL), ==, 2);
    g_assert_cmpint (run (&out3, &err3, doc, f->project, NULL), ==, 2);
    g_assert_nonnull (strstr (err3, ".pdf"));
  }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  {
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run (&out, &err, "--zoom=week", NULL), ==, 2);
  }
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *plan = g_build_filename (f->dir, "p.gan", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "bad.planner", NULL);
  g_autofree char *target = g_build_filename (f->dir, "imported.kplan", NULL);
  g_autofree char *imp = g_strdup_printf ("--import=%s", plan);
  g_autofree char *imp_bad = g_strdup_printf ("--import=%s", bad);
  g_autofree char *output = g_strdup_printf ("--output=%s", target);
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL, *out3 = NULL, *err3 = NULL;
  g_autofree char *out4 = NULL, *err4 = NULL;

  g_assert_true (g_file_set_contents (plan,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project name=\"Pilot\">\n<tasks>\n"
    "<task id=\"1\" name=\"Fas\" start=\"2022-09-05\" duration=\"10\" complete=\"0\">\n"
    "<task id=\"2\" name=\"Utbildning\" start=\"2022-09-05\" duration=\"5\" complete=\"40\"><depend id=\"3\" type=\"1\"/></task>\n"
    "<task id=\"3\" name=\"Uppföljning\" start=\"2022-09-12\" duration=\"5\" complete=\"0\"/>\n"
    "</task>\n</tasks>\n<resources><resource id=\"0\" name=\"KTC\"/></resources>\n</project>\n", -1, NULL));
  g_assert_cmpint (run (&out, &err, imp, output, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "3"));
  g_assert_nonnull (strstr (out, "KTC"));
  g_assert_true (g_file_test (target, G_FILE_TEST_IS_REGULAR));
  /* Never over an existing file. */
  g_assert_cmpint (run (&out2, &err2, imp, output, NULL), ==, 1);
  /* A broken plan: its line, and no file. */
  g_remove (target);
  g_assert_true (g_file_set_contents (bad, "<?xml version=\"1.0\"?>\n<project name=\"x\">\n<tasks>\n<task id=\"1\"", -1, NULL));
  g_assert_cmpint (run (&out3, &err3, imp_bad, output, NULL), ==, 1);
  g_assert_nonnull (strstr (err3, "4"));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run (&out4, &err4, imp, NULL), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli-timeline/export", Fixture, NULL, setup, test_export, teardown);
  g_test_add ("/cli-timeline/export-refusals", Fixture, NULL, setup, test_export_refusals, teardown);
  g_test_add ("/cli-timeline/import", Fixture, NULL, setup, test_import, teardown);
  return g_test_run ();
}
