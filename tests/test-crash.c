/* test-crash.c: nothing committed is ever lost. A child process edits the project in a loop
 * and reports each edit once kp_document_add() or kp_document_end() has returned; it is
 * killed with SIGKILL at random moments. Each time the file must pass integrity_check and
 * hold every edit the child reported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fixtures/kp-test-util.h"

#define ITERATIONS 60

/* ---- the child --------------------------------------------------------------------- */

static KpEntity *
new_entry (gint64      org,
           guint       i,
           const char *activity)
{
  KpEntity *e = kp_entity_new (&kp_desc_time_entry);

  kp_entity_set_date (e, "date", kpt_date (2024, 1, 1) + (KpDate) (i % 700));
  kp_entity_set_int (e, "organisation-id", org);
  kp_entity_set_text (e, "person", i % 3 ? "Anna Berg" : "Bo Ek");
  kp_entity_set_real (e, "hours", 1 + i % 8);
  kp_entity_set_text (e, "activity", activity);
  kp_entity_set_text (e, "funding", i % 2 ? "funded" : "cofinancing");
  return e;
}

/* Edits until killed. Prints "a ID" for an added entry, "g ID ID" for a group of two and
 * "s N" for a value set, each only after the edit has been committed. */
static int
crash_child (const char *path,
             gint64      org,
             guint       start)
{
  g_autoptr(KpDocument) doc = kpt_open (path);
  KpEntity *project = kp_document_get_project (doc);
  gint64 target = kp_entity_get_int (project, "participant-target");

  if (kp_document_get_read_only (doc))
    {
      g_printerr ("crash child: the file is read-only: %s\n", kp_document_get_read_only_reason (doc));
      return 3;
    }
  setvbuf (stdout, NULL, _IOLBF, 0);
  printf ("ready\n");
  /* Each run starts at another kind of edit, so that every kind gets cut short. */
  for (guint i = start;; i++)
    {
      g_autoptr(GError) error = NULL;

      switch (i % 4)
        {
        case 0:
        case 1:
          {
            g_autoptr(KpEntity) e = new_entry (org, i, "edit");

            if (!kp_document_add (doc, e, &error))
              g_error ("crash child: %s", error->message);
            printf ("a %" G_GINT64_FORMAT "\n", kp_entity_get_id (e));
          }
          break;
        case 2:
          if (!kp_document_set_int (doc, project, "participant-target", ++target, &error))
            g_error ("crash child: %s", error->message);
          printf ("s %" G_GINT64_FORMAT "\n", target);
          break;
        case 3:
        default:
          {
            g_autofree char *tag = g_strdup_printf ("group %d %u", (int) getpid (), i);
            g_autoptr(KpEntity) first = new_entry (org, i, tag);
            g_autoptr(KpEntity) second = new_entry (org, i + 1, tag);

            kp_document_begin (doc, "Two entries");
            if (!kp_document_add (doc, first, &error) || !kp_document_add (doc, second, &error) ||
                !kp_document_end (doc, &error))
              g_error ("crash child: %s", error->message);
            printf ("g %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", kp_entity_get_id (first),
                    kp_entity_get_id (second));
          }
          break;
        }
    }
  return 0;
}

/* ---- the parent -------------------------------------------------------------------- */

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
    n++;
  return n;
}

/* Reads from fd until the buffer holds `lines` whole lines: "ready", then reports. */
static void
read_lines (int      fd,
            GString *buffer,
            guint    lines)
{
  while (count_lines (buffer->str) < lines)
    {
      char chunk[256];
      gssize got = read (fd, chunk, sizeof chunk);

      if (got < 0 && errno == EINTR)
        continue;
      if (got <= 0)
        g_error ("the crash child ended before it had edited");
      g_string_append_len (buffer, chunk, got);
    }
}

static void
read_to_end (int      fd,
             GString *buffer)
{
  for (;;)
    {
      char chunk[4096];
      gssize got = read (fd, chunk, sizeof chunk);

      if (got < 0 && errno == EINTR)
        continue;
      if (got <= 0)
        return;
      g_string_append_len (buffer, chunk, got);
    }
}

typedef struct
{
  GArray *added;       /* every id the children reported, over all runs */
  gint64 target;       /* the last value of participant-target reported */
  guint reported;      /* entries reported in this run */
  guint groups;
  guint sets;
} Reported;

/* Takes the complete lines only: the child may die in the middle of writing one. */
static void
parse_report (const char *text,
              Reported   *r)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (lines);

  r->reported = 0;
  /* The last piece follows the last newline: empty, or a line cut short. */
  for (guint i = 0; i + 1 < n; i++)
    {
      gint64 a, b;

      if (g_str_equal (lines[i], "ready"))
        continue;
      if (sscanf (lines[i], "a %" G_GINT64_FORMAT, &a) == 1)
        {
          g_array_append_val (r->added, a);
          r->reported++;
        }
      else if (sscanf (lines[i], "g %" G_GINT64_FORMAT " %" G_GINT64_FORMAT, &a, &b) == 2)
        {
          g_array_append_val (r->added, a);
          g_array_append_val (r->added, b);
          r->reported += 2;
          r->groups++;
        }
      else if (sscanf (lines[i], "s %" G_GINT64_FORMAT, &a) == 1)
        {
          g_assert_cmpint (a, >, r->target);
          r->target = a;
          r->sets++;
        }
      else
        g_error ("the crash child said “%s”", lines[i]);
    }
}

/* The file is whole, and holds everything that was reported. */
static guint
verify (const char *path,
        Reported   *r,
        guint       entries_before)
{
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = NULL;
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *entries;
  guint n;
  gint64 target;
  GHashTableIter iter;
  gpointer key, value;

  g_assert_true (kp_store_check (path, report, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (report->str, "Integrity: ok"));
  kpt_assert_sqlite_ok (path);

  doc = kpt_open (path);
  g_assert_false (kp_document_get_read_only (doc));
  for (guint i = 0; i < r->added->len; i++)
    if (kp_document_lookup (doc, &kp_desc_time_entry, g_array_index (r->added, gint64, i)) == NULL)
      g_error ("time entry %" G_GINT64_FORMAT " was reported as committed but is not in the file",
               g_array_index (r->added, gint64, i));

  /* At most the edit in flight when the child died is there unreported: one entry, or a
   * group of two, whole or not at all. */
  entries = kp_document_get_list (doc, &kp_desc_time_entry);
  n = g_list_model_get_n_items (entries);
  g_assert_cmpuint (n, >=, entries_before + r->reported);
  g_assert_cmpuint (n, <=, entries_before + r->reported + 2);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (entries, i);
      const char *activity = kp_entity_get_text (e, "activity");

      if (g_str_has_prefix (activity, "group "))
        g_hash_table_insert (groups, g_strdup (activity),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (groups, activity)) + 1));
    }
  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) != 2)
      g_error ("the group “%s” is in the file in part: %u of 2 entries", (char *) key, GPOINTER_TO_UINT (value));

  target = kp_entity_get_int (kp_document_get_project (doc), "participant-target");
  g_assert_cmpint (target, >=, r->target);
  g_assert_cmpint (target, <=, r->target + 1);
  r->target = target;
  kpt_assert_consistent (doc);
  return n;
}

static void
test_kill_while_editing (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "krasch.kplan", NULL);
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *org_arg = NULL;
  Reported r = { g_array_new (FALSE, FALSE, sizeof (gint64)), 0, 0, 0, 0 };
  guint entries = 0, killed_early = 0;
  gint64 started = g_get_monotonic_time ();

  {
    g_autoptr(KpDocument) doc = kpt_create (path);
    KpEntity *org = kpt_add (doc, &kp_desc_organisation, 0);

    org_arg = g_strdup_printf ("%" G_GINT64_FORMAT, kp_entity_get_id (org));
  }

  for (guint run = 0; run < ITERATIONS; run++)
    {
      g_autofree char *first = g_strdup_printf ("%u", run);
      const char *argv[] = { exe, "--crash-child", path, org_arg, first, NULL };
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      guint delay_us = (guint) g_test_rand_int_range (1000, 40001);
      GPid pid;
      int out_fd, status;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);
      /* Mostly once editing is under way; sometimes right after opening. */
      read_lines (out_fd, out, run % 4 == 0 ? 1 : 2);
      g_usleep (delay_us);
      g_assert_no_errno (kill (pid, SIGKILL));
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
        g_error ("the crash child ended on its own (status %d)", status);
      read_to_end (out_fd, out);
      close (out_fd);

      parse_report (out->str, &r);
      if (r.reported == 0)
        killed_early++;
      entries = verify (path, &r, entries);
    }

  g_test_message ("%d kills in %.1f s: %u entries committed (%u in groups), %u values set, "
                  "%u kills before the first report", ITERATIONS,
                  (g_get_monotonic_time () - started) / 1e6, r.added->len, r.groups * 2, r.sets, killed_early);
  /* The kills fell while edits were going on, not only before them. */
  g_assert_cmpuint (r.added->len, >, ITERATIONS);
  g_assert_cmpuint (r.groups, >, 0);
  g_assert_cmpuint (killed_early, <=, ITERATIONS / 4);
  g_array_unref (r.added);
  kpt_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  if (argc == 5 && g_str_equal (argv[1], "--crash-child"))
    return crash_child (argv[2], g_ascii_strtoll (argv[3], NULL, 10), (guint) atoi (argv[4]));
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash/kill-while-editing", test_kill_while_editing);

  return g_test_run ();
}
