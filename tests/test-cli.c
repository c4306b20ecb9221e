/* test-cli.c: the headless command line, run as a user would run it. */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "kp-store.h"

typedef struct
{
  char *dir;
} Fixture;

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
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("kp-cli-XXXXXX", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_chmod (path, 0600);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_version_and_list (void)
{
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

  g_assert_cmpint (run (&out, &err, "--version", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "kompetensplan " PACKAGE_VERSION));
  g_assert_cmpint (run (&out2, &err2, "--list-examples", NULL), ==, 0);
  for (const char *const *n = (const char *const[]) { "vardens-medarbetare", "vis-kristianstad",
                                                      "skuggning-linkoping", "innoversum-vasteras",
                                                      "ktc-fou-nu", NULL }; *n; n++)
    g_assert_nonnull (strstr (out2, *n));
}

static void
test_help_lists_every_option (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (&out, &err, "--help", NULL), ==, 0);
  for (const char *const *o = (const char *const[]) { "--version", "--example", "--list-examples",
                                                      "--write-example", "--output", "--check", NULL }; *o; o++)
    g_assert_nonnull (strstr (out, *o));
}

static void
test_bad_usage (void)
{
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL, *out3 = NULL, *err3 = NULL;

  g_assert_cmpint (run (&out, &err, "--no-such-option", NULL), ==, 2);
  g_assert_cmpstr (err, !=, "");
  g_assert_cmpint (run (&out2, &err2, "--write-example=nonexistent", "--output=/tmp/never.kplan", NULL), ==, 2);
  g_assert_nonnull (strstr (err2, "nonexistent"));
  g_assert_false (g_file_test ("/tmp/never.kplan", G_FILE_TEST_EXISTS));
  g_assert_cmpint (run (&out3, &err3, "--write-example=vardens-medarbetare", NULL), ==, 2);
  g_assert_nonnull (strstr (err3, "--output"));
}

static void
test_write_and_check (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "ex.kplan", NULL);
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL, *out3 = NULL, *err3 = NULL;
  g_autofree char *opt = g_strdup_printf ("--output=%s", path);
  g_autofree char *version = g_strdup_printf ("%d (", KP_SCHEMA_VERSION);
  GStatBuf st;

  g_assert_cmpint (run (&out, &err, "--write-example=vardens-medarbetare", opt, NULL), ==, 0);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (run (&out2, &err2, "--check", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out2, "ok"));
  g_assert_nonnull (strstr (out2, version));
  /* An existing file is never overwritten. */
  g_assert_cmpint (run (&out3, &err3, "--write-example=vardens-medarbetare", opt, NULL), ==, 1);
  g_assert_nonnull (strstr (err3, "ex.kplan"));
}

static void
test_check_refuses (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *text = g_build_filename (f->dir, "notes.kplan", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.kplan", NULL);
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

  g_assert_true (g_file_set_contents (text, "datum;timmar\n2024-01-01;3\n", -1, NULL));
  g_assert_cmpint (run (&out, &err, "--check", text, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "notes.kplan"));
  g_assert_cmpint (g_strv_length (g_strsplit (g_strstrip (err), "\n", -1)), ==, 1);
  g_assert_cmpint (run (&out2, &err2, "--check", missing, NULL), ==, 1);
  g_assert_nonnull (strstr (err2, "missing.kplan"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_add_func ("/cli/version-and-list", test_version_and_list);
  g_test_add_func ("/cli/help", test_help_lists_every_option);
  g_test_add_func ("/cli/bad-usage", test_bad_usage);
  g_test_add ("/cli/write-and-check", Fixture, NULL, fixture_set_up, test_write_and_check, fixture_tear_down);
  g_test_add ("/cli/check-refuses", Fixture, NULL, fixture_set_up, test_check_refuses, fixture_tear_down);
  return g_test_run ();
}
