/* bench-open.c: how long opening a big project takes, and how much memory it needs.
 *
 * Builds a project with 10,000 activities in 100 phases, 5,000 dependencies, 200,000 time
 * entries and 20,000 staffing rows, then times kp_document_open() (checking the file and
 * loading every list) in fresh processes, as when the app starts on the file, with the peak
 * RSS of such a process; and, for information, opening it again in one process right after
 * closing it.
 * Targets on the 2-core reference machine: under 300 ms and under 150 MB.
 *
 * Usage: bench-open [--keep DIR]       (--open-once PATH is how it calls itself)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <sqlite3.h>

#include "kp-date.h"
#include "kp-document.h"
#include "kp-store.h"

#define N_PHASES           100
#define N_ACTIVITIES       10000   /* phases included */
#define N_TIME_ENTRIES     200000
#define N_ORGANISATIONS    25
#define N_ROLES            10      /* of the 11 shipped roles */
#define N_PERIODS          80      /* months: 25 × 10 × 80 = 20,000 staffing rows */
#define RUNS               7

#define TARGET_MS 300.0
#define TARGET_MB 150.0

static void
check (sqlite3 *db,
       int      rc,
       int      expected)
{
  if (rc != expected)
    {
      g_printerr ("bench-open: SQLite: %s\n", sqlite3_errmsg (db));
      exit (1);
    }
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  check (db, sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), SQLITE_OK);
  return stmt;
}

static void
step (sqlite3      *db,
      sqlite3_stmt *stmt)
{
  check (db, sqlite3_step (stmt), SQLITE_DONE);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

static void
bind_date (sqlite3_stmt *stmt,
           int           pos,
           KpDate        date)
{
  char buf[KP_DATE_ISO_SIZE];

  sqlite3_bind_text (stmt, pos, kp_date_format_iso (date, buf), -1, SQLITE_TRANSIENT);
}

/* The rows go straight in with SQLite in one transaction: the app's own path, one validated
 * edit at a time, would take minutes and is not what is measured here. */
static void
fill (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *org, *task, *dep, *entry, *staff;
  KpDate start = kp_date_from_ymd (2022, 1, 3);
  gint64 task_id = 0;
  GRand *rand = g_rand_new_with_seed (20240101);
  guint per_phase = N_ACTIVITIES / N_PHASES - 1;

  check (db, sqlite3_open (path, &db), SQLITE_OK);
  check (db, sqlite3_exec (db, "PRAGMA foreign_keys = ON; BEGIN", NULL, NULL, NULL), SQLITE_OK);

  org = prepare (db, "INSERT INTO organisation (id, name, kind, project_role, position) "
                     "VALUES (?, ?, 'municipality', 'partner', ?)");
  for (int i = 1; i <= N_ORGANISATIONS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Kommun %02d", i);

      sqlite3_bind_int (org, 1, i);
      sqlite3_bind_text (org, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (org, 3, i);
      step (db, org);
    }

  task = prepare (db, "INSERT INTO task (id, parent_id, position, kind, name, start_date, end_date, progress, "
                      "responsible, status, is_milestone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  dep = prepare (db, "INSERT INTO dependency (predecessor_id, successor_id) VALUES (?, ?)");
  for (guint p = 0; p < N_PHASES; p++)
    {
      g_autofree char *phase_name = g_strdup_printf ("Fas %u", p + 1);
      KpDate phase_start = start + (KpDate) (p * 7);
      gint64 phase_id = ++task_id;

      sqlite3_bind_int64 (task, 1, phase_id);
      sqlite3_bind_null (task, 2);
      sqlite3_bind_int (task, 3, (int) p);
      sqlite3_bind_text (task, 4, "phase", -1, SQLITE_STATIC);
      sqlite3_bind_text (task, 5, phase_name, -1, SQLITE_TRANSIENT);
      bind_date (task, 6, phase_start);
      bind_date (task, 7, phase_start + 200);
      sqlite3_bind_double (task, 8, 0);
      sqlite3_bind_text (task, 9, "", -1, SQLITE_STATIC);
      sqlite3_bind_text (task, 10, "in_progress", -1, SQLITE_STATIC);
      sqlite3_bind_int (task, 11, 0);
      step (db, task);
      for (guint a = 0; a < per_phase; a++)
        {
          g_autofree char *name = g_strdup_printf ("Aktivitet %u.%u: workshop med enhetschefer", p + 1, a + 1);
          KpDate s = phase_start + (KpDate) (a * 2);

          sqlite3_bind_int64 (task, 1, ++task_id);
          sqlite3_bind_int64 (task, 2, phase_id);
          sqlite3_bind_int (task, 3, (int) a);
          sqlite3_bind_text (task, 4, "activity", -1, SQLITE_STATIC);
          sqlite3_bind_text (task, 5, name, -1, SQLITE_TRANSIENT);
          bind_date (task, 6, s);
          bind_date (task, 7, s + 1 + (KpDate) g_rand_int_range (rand, 0, 20));
          sqlite3_bind_double (task, 8, g_rand_int_range (rand, 0, 101));
          sqlite3_bind_text (task, 9, a % 3 ? "Projektledare" : "MAS", -1, SQLITE_STATIC);
          sqlite3_bind_text (task, 10, a % 2 ? "not_started" : "in_progress", -1, SQLITE_STATIC);
          sqlite3_bind_int (task, 11, a % 25 == 24);
          step (db, task);
          /* Half the activities wait for the one before: 5,000 dependencies. */
          if (a % 2 == 1)
            {
              sqlite3_bind_int64 (dep, 1, task_id - 1);
              sqlite3_bind_int64 (dep, 2, task_id);
              step (db, dep);
            }
        }
    }

  entry = prepare (db, "INSERT INTO time_entry (date, organisation_id, person, hours, activity, funding) "
                       "VALUES (?, ?, ?, ?, ?, ?)");
  for (guint i = 0; i < N_TIME_ENTRIES; i++)
    {
      char person[32], activity[48];

      g_snprintf (person, sizeof person, "Medarbetare %u", g_rand_int_range (rand, 1, 401));
      g_snprintf (activity, sizeof activity, "Aktivitet %u", g_rand_int_range (rand, 1, N_ACTIVITIES));
      bind_date (entry, 1, start + (KpDate) g_rand_int_range (rand, 0, 1000));
      sqlite3_bind_int (entry, 2, g_rand_int_range (rand, 1, N_ORGANISATIONS + 1));
      sqlite3_bind_text (entry, 3, person, -1, SQLITE_TRANSIENT);
      sqlite3_bind_double (entry, 4, g_rand_int_range (rand, 1, 9));
      sqlite3_bind_text (entry, 5, activity, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (entry, 6, i % 3 ? "funded" : "cofinancing", -1, SQLITE_STATIC);
      step (db, entry);
    }

  staff = prepare (db, "INSERT INTO staffing_stat (organisation_id, period, role_id, employees, fte, vacancies, "
                       "turnover, sick_leave, hires_from_project) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (int o = 1; o <= N_ORGANISATIONS; o++)
    for (int r = 1; r <= N_ROLES; r++)
      for (int m = 0; m < N_PERIODS; m++)
        {
          char period[8];
          int employees = g_rand_int_range (rand, 5, 200);

          g_snprintf (period, sizeof period, "%04d-%02d", 2018 + m / 12, 1 + m % 12);
          sqlite3_bind_int (staff, 1, o);
          sqlite3_bind_text (staff, 2, period, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (staff, 3, r);
          sqlite3_bind_int (staff, 4, employees);
          sqlite3_bind_double (staff, 5, employees * 0.85);
          sqlite3_bind_int (staff, 6, g_rand_int_range (rand, 0, 10));
          sqlite3_bind_double (staff, 7, g_rand_int_range (rand, 0, 300) / 10.0);
          sqlite3_bind_double (staff, 8, g_rand_int_range (rand, 0, 150) / 10.0);
          sqlite3_bind_int (staff, 9, g_rand_int_range (rand, 0, 3));
          step (db, staff);
        }

  sqlite3_finalize (org);
  sqlite3_finalize (task);
  sqlite3_finalize (dep);
  sqlite3_finalize (entry);
  sqlite3_finalize (staff);
  check (db, sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
  check (db, sqlite3_close (db), SQLITE_OK);
  g_rand_free (rand);
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Wall-clock milliseconds to open path; the CPU time goes to *cpu when given. */
static double
open_ms (const char  *path,
         KpDocument **out,
         double      *cpu)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  double c0 = cpu_ms ();
  gint64 t0 = g_get_monotonic_time ();
  KpDocument *doc = kp_document_open (file, &error);
  double ms = (g_get_monotonic_time () - t0) / 1000.0;

  if (cpu != NULL)
    *cpu = cpu_ms () - c0;

  if (doc == NULL)
    {
      g_printerr ("bench-open: %s\n", error->message);
      exit (1);
    }
  if (out != NULL)
    *out = doc;
  else
    g_object_unref (doc);
  return ms;
}

/* The child: open once, then say how long it took and the peak resident size. */
static int
open_once (const char *path)
{
  KpDocument *doc = NULL;
  double cpu;
  double ms = open_ms (path, &doc, &cpu);
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  printf ("%.1f %.1f %ld\n", ms, cpu, usage.ru_maxrss);
  g_object_unref (doc);
  return 0;
}

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median_of (const double *values)
{
  double sorted[RUNS];

  memcpy (sorted, values, sizeof sorted);
  qsort (sorted, RUNS, sizeof sorted[0], cmp_double);
  return sorted[RUNS / 2];
}

static guint
count (KpDocument         *doc,
       const KpEntityDesc *desc)
{
  return g_list_model_get_n_items (kp_document_get_list (doc, desc));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *exe = NULL;
  g_autoptr(GError) error = NULL;
  KpDocument *doc = NULL;
  double runs[RUNS], cpu[RUNS], reopen[RUNS], median, median_cpu;
  long child_rss_kb = 0;
  gint64 t0;
  GStatBuf st;
  gboolean keep = FALSE;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc == 3 && g_str_equal (argv[1], "--open-once"))
    return open_once (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--keep"))
    {
      dir = g_strdup (argv[2]);
      keep = TRUE;
      g_mkdir_with_parents (dir, 0700);
    }
  else if ((dir = g_dir_make_tmp ("kp-bench-XXXXXX", &error)) == NULL)
    {
      g_printerr ("bench-open: %s\n", error->message);
      return 1;
    }
  path = g_build_filename (dir, "bench.kplan", NULL);
  g_unlink (path);

  /* An empty project as the app makes it, then the rows. */
  t0 = g_get_monotonic_time ();
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    KpDocument *created = kp_document_create (file, &error);

    if (created == NULL)
      {
        g_printerr ("bench-open: %s\n", error->message);
        return 1;
      }
    g_object_unref (created);
  }
  fill (path);
  g_stat (path, &st);
  printf ("file: %.1f MB, generated in %.1f s\n", st.st_size / 1048576.0, (g_get_monotonic_time () - t0) / 1e6);

  /* Once to check what was built, then timed. */
  open_ms (path, &doc, NULL);
  printf ("bench-open: %u activities in %d phases, %u dependencies, %u time entries, %u staffing rows\n",
          count (doc, &kp_desc_task), N_PHASES, count (doc, &kp_desc_dependency),
          count (doc, &kp_desc_time_entry), count (doc, &kp_desc_staffing_stat));
  if (count (doc, &kp_desc_task) != N_ACTIVITIES || count (doc, &kp_desc_time_entry) != N_TIME_ENTRIES ||
      count (doc, &kp_desc_staffing_stat) != N_ORGANISATIONS * N_ROLES * N_PERIODS ||
      count (doc, &kp_desc_dependency) < 4900)
    {
      g_printerr ("bench-open: the project was not built as intended\n");
      return 1;
    }
  g_object_unref (doc);

  /* Opening the app on a file: each run in a fresh process, which also gives the peak RSS of
   * a process that only opens the file (this one's includes building it). */
  exe = g_file_read_link ("/proc/self/exe", NULL);
  for (guint i = 0; i < RUNS; i++)
    {
      const char *child_argv[] = { exe, "--open-once", path, NULL };
      g_autofree char *child_out = NULL;
      long rss_kb;

      if (!g_spawn_sync (NULL, (char **) child_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &child_out, NULL,
                         &status, &error) || !g_spawn_check_wait_status (status, &error) ||
          sscanf (child_out, "%lf %lf %ld", &runs[i], &cpu[i], &rss_kb) != 3)
        {
          g_printerr ("bench-open: the measuring process failed: %s\n", error != NULL ? error->message : child_out);
          return 1;
        }
      child_rss_kb = MAX (child_rss_kb, rss_kb);
    }
  median = median_of (runs);
  median_cpu = median_of (cpu);
  /* Opening again in the same process, just after closing the same project. */
  for (guint i = 0; i < RUNS; i++)
    reopen[i] = open_ms (path, NULL, NULL);

  printf ("open: %.0f ms (target < %.0f ms)   median of %d fresh processes:", median, TARGET_MS, RUNS);
  for (guint i = 0; i < RUNS; i++)
    printf (" %.0f", runs[i]);
  printf ("; CPU %.0f ms (all threads)\n", median_cpu);
  printf ("reopen in the same process after closing it: median %.0f ms\n", median_of (reopen));
  printf ("peak RSS: %.0f MB (target < %.0f MB)   a process that only opens the file\n",
          child_rss_kb / 1024.0, TARGET_MB);
  if (median >= TARGET_MS || child_rss_kb / 1024.0 >= TARGET_MB)
    printf ("bench-open: MISSED a target\n");

  if (!keep)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (wal);
      g_unlink (shm);
      g_unlink (path);
      g_rmdir (dir);
    }
  return 0;
}
