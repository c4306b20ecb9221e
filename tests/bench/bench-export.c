/* bench-export.c: the follow-up workbook of a big project, against the same cells written
 * with bare libxlsxwriter; and a CSV import of 200,000 time entries.
 *
 *   bench-export [DIR]
 *
 * Makes a project with 200,000 time entries, 20,000 staffing rows and 2,000 activities,
 * exports it and prints the wall time, the CPU time and the peak RSS of the export; writes
 * the big sheets' cells with libxlsxwriter alone and prints the ratio; then imports a
 * 200,000-row CSV file of time entries into an ESF+ project (the hour caps checked for
 * every row). Targets: at most 1.3 x the bare writer, under 100 MB, import under 1 s.
 * The command line export runs in a process of its own, so that its peak RSS is its own.
 * Figures on a shared or slow machine vary: run it a few times.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <xlsxwriter.h>

#include "kp-calendar.h"
#include "kp-csv-import.h"
#include "kp-date.h"
#include "kp-document.h"
#include "kp-export.h"

#define N_TIME 200000
#define N_ORGS 40
#define N_PERIODS 50
#define N_ROLES 10
#define N_PHASES 100
#define N_PER_PHASE 19
#define N_PEOPLE 1000

typedef struct
{
  gint64 wall;
  double cpu;
} Clock;

static Clock
clock_now (void)
{
  struct rusage usage;
  Clock c;

  getrusage (RUSAGE_SELF, &usage);
  c.wall = g_get_monotonic_time ();
  c.cpu = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  return c;
}

static double
wall_since (Clock c)
{
  return (g_get_monotonic_time () - c.wall) / 1e6;
}

static double
cpu_since (Clock c)
{
  return clock_now ().cpu - c.cpu;
}

/* Linux: writing 5 to clear_refs resets the peak RSS, so that each step can be measured. */
static void
reset_peak (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");

  if (f != NULL)
    {
      fputs ("5", f);
      fclose (f);
    }
}

static long
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *at;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (at = strstr (status, field)) == NULL)
    return -1;
  return atol (at + strlen (field) + 1);
}

static void
add_all (KpDocument *doc,
         GPtrArray  *rows)
{
  g_autoptr(GError) error = NULL;

  if (!kp_document_add_many (doc, rows, NULL, NULL, &error))
    g_error ("%s", error->message);
}

static KpEntity *
new_entity (const KpEntityDesc *desc)
{
  KpEntity *e = kp_entity_new (desc);

  for (guint i = 0; i < desc->n_fields; i++)
    if (desc->fields[i].kind == KP_FIELD_CHOICE && (desc->fields[i].flags & KP_FIELD_REQUIRED))
      kp_entity_set_text (e, desc->fields[i].name, desc->fields[i].catalog->choices[0].key);
  return e;
}

static KpDocument *
make_project (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "big.kplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KpDocument *doc = kp_document_create (file, &error);
  KpEntity *project = kp_document_get_project (doc);
  GListModel *roles = kp_document_get_list (doc, &kp_desc_role);
  g_autoptr(GPtrArray) orgs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) rows = NULL;
  gint64 role_ids[N_ROLES];
  KpDate start = kp_date_from_ymd (2020, 1, 1);

  g_assert_no_error (error);
  kp_document_set_text (doc, project, "title", "Stort projekt", NULL);
  kp_document_set_date (doc, project, "start-date", start, NULL);
  kp_document_set_date (doc, project, "end-date", kp_date_from_ymd (2024, 12, 31), NULL);
  for (guint i = 0; i < N_ROLES; i++)
    {
      g_autoptr(KpEntity) r = g_list_model_get_item (roles, i);

      role_ids[i] = kp_entity_get_id (r);
    }
  kp_document_begin (doc, "Bench");
  for (guint i = 0; i < N_ORGS; i++)
    {
      KpEntity *org = new_entity (&kp_desc_organisation);
      g_autofree char *name = g_strdup_printf ("Kommun %02u", i + 1);

      kp_entity_set_text (org, "name", name);
      kp_entity_set_int (org, "position", i);
      g_ptr_array_add (orgs, org);
    }
  add_all (doc, orgs);

  rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < N_TIME; i++)
    {
      KpEntity *e = new_entity (&kp_desc_time_entry);
      char person[32];

      g_snprintf (person, sizeof person, "Person %u", i % N_PEOPLE);
      kp_entity_set_date (e, "date", start + (KpDate) ((i / N_PEOPLE) * 7 % 1400));
      kp_entity_set_int (e, "organisation-id", kp_entity_get_id (orgs->pdata[i % 20]));
      kp_entity_set_text (e, "person", person);
      kp_entity_set_real (e, "hours", 1 + i % 6);
      kp_entity_set_text (e, "activity", i % 3 ? "Workshop om kompetensbehov" : "Handledning");
      kp_entity_set_text (e, "funding", i % 4 ? "funded" : "cofinancing");
      g_ptr_array_add (rows, e);
    }
  add_all (doc, rows);

  g_ptr_array_set_size (rows, 0);
  for (guint o = 0; o < N_ORGS; o++)
    for (guint p = 0; p < N_PERIODS; p++)
      for (guint r = 0; r < N_ROLES; r++)
        {
          KpEntity *e = new_entity (&kp_desc_staffing_stat);
          g_autofree char *period = g_strdup_printf ("%04u-%02u", 2020 + p / 12, p % 12 + 1);

          kp_entity_set_int (e, "organisation-id", kp_entity_get_id (orgs->pdata[o]));
          kp_entity_set_text (e, "period", period);
          kp_entity_set_int (e, "role-id", role_ids[r]);
          kp_entity_set_int (e, "employees", 100 + (o * 7 + p + r) % 50);
          kp_entity_set_real (e, "fte", 80.5);
          kp_entity_set_int (e, "vacancies", (o + p) % 5);
          kp_entity_set_real (e, "turnover", 12.5);
          kp_entity_set_real (e, "sick-leave", 7.25);
          g_ptr_array_add (rows, e);
        }
  add_all (doc, rows);

  g_ptr_array_set_size (rows, 0);
  for (guint p = 0; p < N_PHASES; p++)
    {
      KpEntity *e = new_entity (&kp_desc_task);
      g_autofree char *name = g_strdup_printf ("Fas %u", p + 1);

      kp_entity_set_text (e, "kind", "phase");
      kp_entity_set_text (e, "name", name);
      kp_entity_set_int (e, "position", p);
      kp_entity_set_date (e, "start-date", start + (KpDate) (p * 14));
      kp_entity_set_date (e, "end-date", start + (KpDate) (p * 14 + 120));
      g_ptr_array_add (rows, e);
    }
  add_all (doc, rows);
  {
    g_autoptr(GPtrArray) phases = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint p = 0; p < N_PHASES; p++)
      g_ptr_array_add (phases, g_object_ref (rows->pdata[p]));
    g_ptr_array_set_size (rows, 0);
    for (guint p = 0; p < N_PHASES; p++)
      for (guint a = 0; a < N_PER_PHASE; a++)
        {
          KpEntity *e = new_entity (&kp_desc_task);
          g_autofree char *name = g_strdup_printf ("Aktivitet %u.%u", p + 1, a + 1);
          KpDate s = start + (KpDate) (p * 14 + a * 5);

          kp_entity_set_text (e, "kind", "activity");
          kp_entity_set_text (e, "name", name);
          kp_entity_set_int (e, "parent-id", kp_entity_get_id (phases->pdata[p]));
          kp_entity_set_int (e, "position", a);
          kp_entity_set_date (e, "start-date", s);
          kp_entity_set_date (e, "end-date", s + 20);
          kp_entity_set_real (e, "progress", (a * 10) % 101);
          g_ptr_array_add (rows, e);
        }
    add_all (doc, rows);
  }
  if (!kp_document_end (doc, &error))
    g_error ("%s", error->message);
  return doc;
}

/* The big sheets' cells, written straight from the document with libxlsxwriter alone:
 * time entries, staffing rows, and the timeline with its week cells. */
static void
bare_write (KpDocument *doc,
            const char *path)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *wb = workbook_new_opt (path, &options);
  lxw_format *date = workbook_add_format (wb), *num = workbook_add_format (wb), *bar = workbook_add_format (wb);
  lxw_worksheet *ws;
  GListModel *list;
  guint n;

  format_set_num_format (date, "yyyy-mm-dd");
  format_set_num_format (num, "#,##0.0");
  format_set_bg_color (bar, 0x5B9BD5);
  ws = workbook_add_worksheet (wb, "Tidrapporter");
  list = kp_document_get_list (doc, &kp_desc_time_entry);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);
      KpEntity *org = kp_document_lookup (doc, &kp_desc_organisation, kp_entity_get_int (e, "organisation-id"));
      KpDate d = kp_entity_get_date (e, "date");
      int y, w;
      char week[16];

      kp_date_iso_week (d, &y, &w);
      g_snprintf (week, sizeof week, "%04d-W%02d", y, w);
      worksheet_write_number (ws, i + 1, 0, d - kp_date_from_ymd (1899, 12, 30), date);
      worksheet_write_string (ws, i + 1, 1, week, NULL);
      worksheet_write_string (ws, i + 1, 2, kp_entity_get_text (org, "name"), NULL);
      worksheet_write_string (ws, i + 1, 3, kp_entity_get_text (e, "person"), NULL);
      worksheet_write_number (ws, i + 1, 4, kp_entity_get_real (e, "hours"), num);
      worksheet_write_string (ws, i + 1, 5, kp_entity_get_text (e, "activity"), NULL);
      worksheet_write_string (ws, i + 1, 6, kp_entity_get_text (e, "funding"), NULL);
    }
  ws = workbook_add_worksheet (wb, "Bemanning");
  list = kp_document_get_list (doc, &kp_desc_staffing_stat);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);
      KpEntity *org = kp_document_lookup (doc, &kp_desc_organisation, kp_entity_get_int (e, "organisation-id"));
      KpEntity *role = kp_document_lookup (doc, &kp_desc_role, kp_entity_get_int (e, "role-id"));

      worksheet_write_string (ws, i + 1, 0, kp_entity_get_text (e, "period"), NULL);
      worksheet_write_string (ws, i + 1, 1, kp_entity_get_text (org, "name"), NULL);
      worksheet_write_string (ws, i + 1, 2, kp_entity_get_text (role, "name"), NULL);
      worksheet_write_number (ws, i + 1, 3, kp_entity_get_int (e, "employees"), NULL);
      worksheet_write_number (ws, i + 1, 4, kp_entity_get_real (e, "fte"), num);
      worksheet_write_number (ws, i + 1, 5, kp_entity_get_int (e, "vacancies"), NULL);
      worksheet_write_number (ws, i + 1, 6, kp_entity_get_real (e, "turnover") / 100, NULL);
      worksheet_write_number (ws, i + 1, 7, kp_entity_get_real (e, "sick-leave") / 100, NULL);
      worksheet_write_number (ws, i + 1, 8, kp_entity_get_int (e, "hires-from-project"), NULL);
    }
  ws = workbook_add_worksheet (wb, "Tidplan");
  list = kp_document_get_list (doc, &kp_desc_task);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);
      KpDate s = kp_entity_get_date (e, "start-date"), t = kp_entity_get_date (e, "end-date");
      KpDate first = kp_date_from_ymd (2019, 12, 30);

      worksheet_write_string (ws, i + 1, 0, kp_entity_get_text (e, "name"), NULL);
      worksheet_write_number (ws, i + 1, 2, s - kp_date_from_ymd (1899, 12, 30), date);
      worksheet_write_number (ws, i + 1, 4, t - kp_date_from_ymd (1899, 12, 30), date);
      worksheet_write_number (ws, i + 1, 6, kp_entity_get_real (e, "progress") / 100, NULL);
      for (KpDate m = s - (kp_date_weekday (s) - 1); m <= t; m += 7)
        worksheet_write_blank (ws, i + 1, 12 + (m - first) / 7, bar);
    }
  if (workbook_close (wb) != LXW_NO_ERROR)
    g_error ("bare libxlsxwriter failed");
}

/* Cells in a package: <c elements of every worksheet. */
static guint64
count_cells (const char *path)
{
  g_autofree char *out = NULL;
  const char *argv[] = { "sh", "-c", "unzip -p \"$0\" 'xl/worksheets/*.xml' | grep -o '<c ' | wc -l", path, NULL };

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, NULL, NULL))
    return 0;
  return g_ascii_strtoull (out, NULL, 10);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* One import of the file into a new ESF+ project; returns the wall time of parse + apply. */
static double
import_once (const char *dir,
             guint       round,
             GFile      *csv_file,
             gsize       csv_bytes)
{
  g_autofree char *name = g_strdup_printf ("import-%u.kplan", round);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = kp_document_create (file, &error);
  g_autoptr(KpCsvImport) import = NULL;
  Clock c;
  double parse_s, apply_s, parse_cpu, apply_cpu;
  guint n_issues;

  g_assert_no_error (error);
  kp_document_set_text (doc, kp_document_get_project (doc), "funder", "esf_plus", NULL);
  c = clock_now ();
  import = kp_csv_import_parse (doc, csv_file, KP_IMPORT_TIME, NULL, &error);
  parse_s = wall_since (c);
  parse_cpu = cpu_since (c);
  g_assert_no_error (error);
  kp_csv_import_get_issues (import, &n_issues);
  g_assert_cmpuint (n_issues, ==, 0);
  c = clock_now ();
  if (!kp_csv_import_apply (import, doc, &error))
    g_error ("%s", error->message);
  apply_s = wall_since (c);
  apply_cpu = cpu_since (c);
  g_print ("CSV import, %u rows (%.1f MB, ESF+ caps checked): parse %.3f s, apply %.3f s, "
           "total %.3f s wall, %.3f s CPU\n",
           kp_csv_import_get_n_rows (import), csv_bytes / 1e6, parse_s, apply_s, parse_s + apply_s,
           parse_cpu + apply_cpu);
  return parse_s + apply_s;
}

/* The machine's speed wanders from minute to minute: the import runs five times, each into
 * a project of its own, and the median is the figure. */
static void
bench_import (const char *dir)
{
  g_autofree char *csv = g_build_filename (dir, "time.csv", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  g_autoptr(GString) text = g_string_new ("datum;organisation;person;timmar;aktivitet;finansiering\r\n");
  KpDate start = kp_date_from_ymd (2024, 1, 1);
  double totals[5];

  for (guint i = 0; i < N_TIME; i++)
    {
      char iso[KP_DATE_ISO_SIZE];

      /* 1,000 people, one entry of 1–3 whole hours a day each, over 200 days. */
      g_string_append_printf (text, "%s;%s;Person %u;%u;%s;%s\r\n",
                              kp_date_format_iso (start + (KpDate) (i / N_PEOPLE), iso),
                              i % 7 == 0 ? "\"Vård- och omsorgscollege; Skaraborg\"" : (i % 2 ? "Skövde kommun" : "Hjo kommun"),
                              i % N_PEOPLE, 1 + i % 3, i % 5 ? "Handledning" : "\"Workshop \"\"Nära vård\"\"\"",
                              i % 4 ? "stöd" : "medfinansiering");
    }
  g_assert_true (g_file_set_contents (csv, text->str, (gssize) text->len, NULL));
  for (guint r = 0; r < G_N_ELEMENTS (totals); r++)
    totals[r] = import_once (dir, r, csv_file, text->len);
  qsort (totals, G_N_ELEMENTS (totals), sizeof totals[0], compare_doubles);
  g_print ("CSV import: median %.3f s, best %.3f s of %u runs (target < 1 s)\n",
           totals[G_N_ELEMENTS (totals) / 2], totals[0], (guint) G_N_ELEMENTS (totals));
}

int
main (int   argc,
      char *argv[])
{
  gboolean import_only = argc > 1 && g_str_equal (argv[1], "--import-only");
  g_autofree char *dir = argc > 1 && !import_only ? g_strdup (argv[1]) : g_dir_make_tmp ("bench-export-XXXXXX", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "big.xlsx", NULL);
  g_autofree char *bare = g_build_filename (dir, "bare.xlsx", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (xlsx);
  g_autoptr(KpDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  KpExportOptions options = { 0 };
  double export_s, export_cpu, bare_s, bare_cpu;
  long rss_before, export_peak, bare_peak;
  Clock c;

  g_mkdir_with_parents (dir, 0700);
  if (import_only)
    {
      bench_import (dir);
      goto out;
    }
  c = clock_now ();
  doc = make_project (dir);
  g_print ("made the project (%u time entries, %u staffing rows, %u activities) in %.2f s\n",
           N_TIME, N_ORGS * N_PERIODS * N_ROLES, N_PHASES * (N_PER_PHASE + 1), wall_since (c));
  /* Open it again, as the command line would: without the undo history of its making. */
  {
    g_autoptr(GFile) file = g_object_ref (kp_document_get_file (doc));

    g_clear_object (&doc);
    c = clock_now ();
    doc = kp_document_open (file, &error);
    g_assert_no_error (error);
    g_print ("opened it in %.2f s; RSS with the project open: %.1f MB\n", wall_since (c),
             status_kb ("VmRSS:") / 1024.0);
  }

  options.language = "en";
  rss_before = status_kb ("VmRSS:");
  reset_peak ();
  c = clock_now ();
  if (!kp_export_workbook (doc, target, &options, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  export_s = wall_since (c);
  export_cpu = cpu_since (c);
  export_peak = status_kb ("VmHWM:");

  reset_peak ();
  c = clock_now ();
  bare_write (doc, bare);
  bare_s = wall_since (c);
  bare_cpu = cpu_since (c);
  bare_peak = status_kb ("VmHWM:");

  g_print ("export:           %.3f s wall, %.3f s CPU, peak RSS %.1f MB (%.1f MB above the open project), %" G_GUINT64_FORMAT " cells\n",
           export_s, export_cpu, export_peak / 1024.0, (export_peak - rss_before) / 1024.0, count_cells (xlsx));
  g_print ("bare libxlsxwriter: %.3f s wall, %.3f s CPU, peak RSS %.1f MB, %" G_GUINT64_FORMAT " cells\n",
           bare_s, bare_cpu, bare_peak / 1024.0, count_cells (bare));
  g_print ("ratio: %.2f x wall, %.2f x CPU (target at most 1.3 x); peak RSS target under 100 MB\n",
           export_s / bare_s, export_cpu / bare_cpu);
  g_clear_object (&doc);

  /* The command line, as a user runs it: a fresh process that opens the file and exports. */
  {
    g_autofree char *here = g_path_get_dirname (argv[0]);
    g_autofree char *bin = g_getenv ("KOMPETENSPLAN_BIN") != NULL ? g_strdup (g_getenv ("KOMPETENSPLAN_BIN"))
                           : g_build_filename (here, "..", "..", "src", "kompetensplan", NULL);
    g_autofree char *project = g_build_filename (dir, "big.kplan", NULL);
    g_autofree char *out = g_build_filename (dir, "cli.xlsx", NULL);
    g_autofree char *opt = g_strdup_printf ("--export=%s", out);
    /* A child forked from this big process would count this process's pages in its own
     * peak until it execs: GNU time measures the export from a small process instead. */
    const char *cli[] = { "/usr/bin/time", "-f", "%M", bin, opt, "--language=en", project, NULL };
    g_autofree char *err = NULL;
    int status;

    c = clock_now ();
    if (g_file_test (cli[0], G_FILE_TEST_IS_EXECUTABLE) &&
        g_spawn_sync (NULL, (char **) cli, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status, NULL) &&
        g_spawn_check_wait_status (status, NULL))
      {
        const char *last = g_strrstr (g_strchomp (err), "\n");

        g_print ("command line:     %.3f s wall (opening the file included), peak RSS %.1f MB\n",
                 wall_since (c), g_ascii_strtod (last != NULL ? last + 1 : err, NULL) / 1024.0);
      }
    else
      g_print ("command line: could not run %s under /usr/bin/time\n", bin);
  }

  bench_import (dir);
out:
  if (argc <= 1 || import_only)
    {
      const char *rm[] = { "rm", "-rf", dir, NULL };

      g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    }
  return 0;
}
