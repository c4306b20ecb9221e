/* test-csv-import.c: CSV files as Swedish Excel and HR systems write them, broken files,
 * all-or-nothing, one undo step, the command line, the samples in data/samples, and a
 * bounded loop of mutated files that must never crash the reader. */
#include "config.h"

#include <sys/resource.h>
#include <sys/wait.h>

#include "kp-csv-import.h"
#include "kp-stats.h"
#include "fixtures/kp-followup-fixture.h"

typedef struct
{
  char *dir;
  KpDocument *doc;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = kpt_tmp_dir ();
  f->doc = kpf_new_doc (f->dir, "p.kplan");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->doc);
  kpt_rm_rf (f->dir);
  g_free (f->dir);
}

static KpCsvImport *
parse_bytes (KpDocument   *doc,
             const char   *bytes,
             gssize        length,
             KpImportKind  kind)
{
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (
    g_memdup2 (bytes, length < 0 ? strlen (bytes) : (gsize) length), length < 0 ? (gssize) strlen (bytes) : length, g_free);

  return kp_csv_import_parse_stream (doc, in, kind, NULL);
}

/* Text in UTF-8, written as Windows-1252. */
static char *
cp1252 (const char *utf8,
        gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *out = g_convert (utf8, -1, "WINDOWS-1252", "UTF-8", NULL, length, &error);

  g_assert_no_error (error);
  return out;
}

static void
assert_no_issues (KpCsvImport *import)
{
  guint n;
  const KpImportIssue *issues = kp_csv_import_get_issues (import, &n);

  if (n > 0)
    g_error ("unexpected: line %u, column %u: %s", issues[0].line, issues[0].column, issues[0].message);
}

/* The one issue there is: its line, column and a part of its message. */
static void
assert_issue (KpCsvImport *import,
              guint        line,
              guint        column,
              const char  *part)
{
  guint n;
  const KpImportIssue *issues = kp_csv_import_get_issues (import, &n);

  for (guint i = 0; i < n; i++)
    if (issues[i].line == line && issues[i].column == column && strstr (issues[i].message, part) != NULL)
      return;
  for (guint i = 0; i < n; i++)
    g_printerr ("issue %u:%u: %s\n", issues[i].line, issues[i].column, issues[i].message);
  g_error ("no issue at %u:%u containing “%s”", line, column, part);
}

static guint
rows_of (KpDocument         *doc,
         const KpEntityDesc *desc)
{
  return g_list_model_get_n_items (kp_document_get_list (doc, desc));
}

static void
apply_or_die (KpCsvImport *import,
              KpDocument  *doc)
{
  g_autoptr(GError) error = NULL;

  if (!kp_csv_import_apply (import, doc, &error))
    g_error ("apply: %s", error->message);
}

/* ---- dialects ------------------------------------------------------------------------ */

static void
test_time_swedish_cp1252 (Fixture       *f,
                          gconstpointer  data)
{
  gsize length;
  g_autofree char *bytes = cp1252 ("datum;organisation;person;timmar;aktivitet;finansiering\r\n"
                                   "2024-03-01;Skövde kommun;Åsa Öberg;7,5;Möte;stöd\r\n"
                                   "2024-03-02;\"Lidköping; centrum\";\"Per \"\"P\"\" Ek\";2;\"Rad ett\r\nrad två\";Medfinansiering\r\n"
                                   "\r\n"
                                   ";;;;;\r\n"
                                   "2024-03-03 00:00:00;skövde KOMMUN ;Åsa Öberg;12,25;;STÖD\r\n", &length);
  g_autoptr(KpCsvImport) import = parse_bytes (f->doc, bytes, (gssize) length, KP_IMPORT_TIME);
  const char *const *orgs;
  KpEntity *second;

  assert_no_issues (import);
  g_assert_cmpstr (kp_csv_import_get_encoding (import), ==, "Windows-1252");
  g_assert_cmpint (kp_csv_import_get_separator (import), ==, ';');
  g_assert_cmpint (kp_csv_import_get_decimal (import), ==, ',');
  g_assert_cmpuint (kp_csv_import_get_n_rows (import), ==, 3);
  /* Empty lines and lines of empty fields are skipped; a quoted line break counts. */
  g_assert_cmpuint (kp_csv_import_get_row_line (import, 2), ==, 7);
  orgs = kp_csv_import_get_new_organisations (import);
  g_assert_cmpstr (orgs[0], ==, "Skövde kommun");
  g_assert_cmpstr (orgs[1], ==, "Lidköping; centrum");
  g_assert_null (orgs[2]);
  second = kp_csv_import_get_row (import, 1);
  g_assert_cmpstr (kp_entity_get_text (second, "person"), ==, "Per \"P\" Ek");
  g_assert_cmpstr (kp_entity_get_text (second, "activity"), ==, "Rad ett\r\nrad två");
  g_assert_cmpstr (kp_entity_get_text (second, "funding"), ==, "cofinancing");
  g_assert_cmpfloat (kp_entity_get_real (kp_csv_import_get_row (import, 2), "hours"), ==, 12.25);

  apply_or_die (import, f->doc);
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_time_entry), ==, 3);
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_organisation), ==, 2);
  {
    g_autoptr(KpStatsHours) h = kp_stats_hours_new (f->doc, NULL);

    g_assert_cmpfloat_with_epsilon (h->total.total, 7.5 + 2 + 12.25, 1e-9);
    g_assert_cmpfloat_with_epsilon (h->total.cofinancing, 2, 1e-9);
    g_assert_cmpstr (h->rows[0].name, ==, "Skövde kommun");
  }
  /* One undo step takes everything back, organisations too; redo brings it again. */
  g_assert_cmpstr (kp_document_get_undo_label (f->doc), ==, "Import time entries");
  g_assert_true (kp_document_undo (f->doc, NULL));
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_time_entry), ==, 0);
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_organisation), ==, 0);
  g_assert_false (kp_document_can_undo (f->doc));
  g_assert_true (kp_document_redo (f->doc, NULL));
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_time_entry), ==, 3);
}

static void
test_time_english_bom (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(KpCsvImport) import = NULL;
  g_autoptr(KpCsvImport) mixed = NULL;
  g_autoptr(KpCsvImport) any_order = NULL;

  kpf_add (f->doc, &kp_desc_organisation, "name", "Skövde kommun", NULL);
  import = parse_bytes (f->doc, "\xEF\xBB\xBF" "date,organisation,person,hours,activity,funding\n"
                                "2024-03-01,Skövde kommun,Anna,1.5,,funded\n"
                                "2024-03-02,\"Skövde kommun\",Bo,\"2\",\"a, b\",co-financing\n", -1, KP_IMPORT_TIME);
  assert_no_issues (import);
  g_assert_cmpstr (kp_csv_import_get_encoding (import), ==, "UTF-8 with BOM");
  g_assert_cmpint (kp_csv_import_get_separator (import), ==, ',');
  g_assert_cmpint (kp_csv_import_get_decimal (import), ==, '.');
  /* The organisation exists: nothing to create. */
  g_assert_null (kp_csv_import_get_new_organisations (import)[0]);
  g_assert_cmpstr (kp_entity_get_text (kp_csv_import_get_row (import, 1), "activity"), ==, "a, b");

  /* One file, one decimal mark. */
  mixed = parse_bytes (f->doc, "date,organisation,person,hours,activity,funding\n"
                               "2024-03-01,Skövde kommun,Anna,1.5,,funded\n"
                               "2024-03-02,Skövde kommun,Bo,\"2,5\",,funded\n", -1, KP_IMPORT_TIME);
  assert_issue (mixed, 3, 4, "decimal comma");
  g_assert_cmpuint (kp_csv_import_get_n_rows (mixed), ==, 1);

  /* Headers in either language, in any order. */
  any_order = parse_bytes (f->doc, "Timmar;Datum;Organisation;Person;Activity;Funding\n"
                                   "3;2024-04-01;Skövde kommun;;;stöd\n", -1, KP_IMPORT_TIME);
  assert_no_issues (any_order);
  g_assert_cmpfloat (kp_entity_get_real (kp_csv_import_get_row (any_order, 0), "hours"), ==, 3);
  g_assert_cmpstr (kp_csv_import_get_encoding (any_order), ==, "UTF-8");
}

static void
test_staffing (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(KpCsvImport) sv = parse_bytes (f->doc,
    "period;organisation;yrkesroll;anställda;årsarbetare;vakanser;personalomsättning;sjukfrånvaro\n"
    "2024-Q1;Skövde kommun;Undersköterska;412;356,3;14;16,5 %;9,8\n"
    "2024-q1;Skövde kommun;Kurator;3;2,5;0;0;1,5\n"
    "2024-Q1;Skövde kommun;SJUKSKÖTERSKA;40;38;1;5;4\n", -1, KP_IMPORT_STAFFING);
  g_autoptr(KpCsvImport) dup = NULL;
  KpEntity *first;

  assert_no_issues (sv);
  g_assert_cmpstr (kp_csv_import_get_new_roles (sv)[0], ==, "Kurator");
  g_assert_null (kp_csv_import_get_new_roles (sv)[1]);
  first = kp_csv_import_get_row (sv, 0);
  g_assert_cmpint (kp_entity_get_int (first, "role-id"), ==, kpf_role (f->doc, "underskoterska"));
  g_assert_cmpint (kp_entity_get_int (kp_csv_import_get_row (sv, 2), "role-id"), ==, kpf_role (f->doc, "sjukskoterska"));
  g_assert_cmpfloat (kp_entity_get_real (first, "turnover"), ==, 16.5);
  g_assert_cmpfloat (kp_entity_get_real (first, "fte"), ==, 356.3);
  g_assert_cmpstr (kp_entity_get_text (kp_csv_import_get_row (sv, 1), "period"), ==, "2024-Q1");
  apply_or_die (sv, f->doc);
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_staffing_stat), ==, 3);
  {
    g_autoptr(KpStatsStaffing) s = kp_stats_staffing_new (f->doc, NULL);

    g_assert_cmpuint (s->n_roles, ==, 3);
    g_assert_cmpstr (s->role_names[2], ==, "Kurator");
  }

  /* The same row twice, in the file or against the project, and fte above employees. */
  dup = parse_bytes (f->doc,
    "period,organisation,role,employees,fte,vacancies,turnover,sick_leave,hires_from_project\n"
    "2024-02,Ny,Assistant nurse,10,8,0,1,1,2\n"
    "2024-02,ny,assistant nurse,10,8,0,1,1,\n"
    "2024-Q1,Skövde kommun,Kurator,3,2.5,0,0,1.5,0\n"
    "2024-03,Ny,Assistant nurse,10,12,0,1,1,0\n", -1, KP_IMPORT_STAFFING);
  assert_issue (dup, 3, 0, "line 2");
  assert_issue (dup, 4, 0, "already");
  assert_issue (dup, 5, 0, "Full-time equivalents");
  g_assert_cmpuint (kp_csv_import_get_n_rows (dup), ==, 1);
}

static void
test_participants_and_budget (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(KpCsvImport) counts = parse_bytes (f->doc,
    "period;kön;åldersgrupp;status vid start;antal\n"
    "2024-Q1;Kvinna;18–29;Arbetslös;3\n"
    "2024-Q1;män;55+;Långtidsarbetslös;1\n"
    "2024-Q2;non-binary;30-54;employed;2\n", -1, KP_IMPORT_PARTICIPANTS);
  g_autoptr(KpCsvImport) results = parse_bytes (f->doc,
    "period,gender,result,count\n2024-Q3,woman,in work,2\n2024-Q3,man,In work 6 months after exit,1\n", -1,
    KP_IMPORT_PARTICIPANTS);
  g_autoptr(KpCsvImport) budget = parse_bytes (f->doc,
    "kategori;beskrivning;budget;utfall;finansiärens andel\n"
    "Personal;Projektledare;780 000;771 400,50;40\n"
    "Övriga kostnader;\"Tryck; porto\";10 000;0;40 %\n", -1, KP_IMPORT_BUDGET);
  g_autoptr(KpCsvImport) bad = parse_bytes (f->doc,
    "period;kön;åldersgrupp;status vid start;antal\n"
    "2024-Q5;kvinna;18-29;arbetslös;3\n"
    "2024-Q1;okänt;18-29;arbetslös;3\n"
    "2024-Q1;kvinna;18-29;arbetslös;2,5\n"
    "2024-Q1;kvinna;18-29;arbetslös;-1\n", -1, KP_IMPORT_PARTICIPANTS);

  assert_no_issues (counts);
  g_assert_true (kp_csv_import_get_desc (counts) == &kp_desc_participant_count);
  g_assert_cmpstr (kp_entity_get_text (kp_csv_import_get_row (counts, 1), "gender"), ==, "man");
  g_assert_cmpstr (kp_entity_get_text (kp_csv_import_get_row (counts, 1), "age-band"), ==, "55_plus");
  g_assert_cmpstr (kp_entity_get_text (kp_csv_import_get_row (counts, 2), "start-status"), ==, "employed");
  assert_no_issues (results);
  g_assert_true (kp_csv_import_get_desc (results) == &kp_desc_participant_result);
  g_assert_cmpstr (kp_entity_get_text (kp_csv_import_get_row (results, 1), "result"), ==, "in_work_6m");
  assert_no_issues (budget);
  g_assert_cmpfloat (kp_entity_get_real (kp_csv_import_get_row (budget, 0), "outcome"), ==, 771400.5);
  g_assert_cmpstr (kp_entity_get_text (kp_csv_import_get_row (budget, 1), "category"), ==, "other");
  g_assert_cmpfloat (kp_entity_get_real (kp_csv_import_get_row (budget, 1), "funder-share"), ==, 40);
  apply_or_die (counts, f->doc);
  apply_or_die (results, f->doc);
  apply_or_die (budget, f->doc);
  {
    g_autoptr(KpStatsReport) r = kp_stats_report_new (f->doc, NULL, KP_DATE_NONE);

    g_assert_cmpuint (r->participants->total, ==, 6);
    g_assert_cmpuint (r->participants->total_results, ==, 3);
    g_assert_cmpfloat_with_epsilon (r->budget->total.budget, 790000, 1e-9);
  }
  assert_issue (bad, 2, 1, "Period");
  assert_issue (bad, 3, 2, "okänt");
  assert_issue (bad, 4, 5, "whole number");
  assert_issue (bad, 5, 5, "negative");
  g_assert_cmpuint (kp_csv_import_get_n_rows (bad), ==, 0);
}

/* ---- broken files -------------------------------------------------------------------- */

static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  static const char header[] = "datum;organisation;person;timmar;aktivitet;finansiering\n";
  static const char nul[] = "2024-03-01;Org;P\0Q;2;A;stöd\n";
  static const struct { const char *body; gssize length; guint line, column; const char *part; } cases[] = {
    { "2024-03-01;Org;P;2;A\n", -1, 2, 0, "5 fields" },                       /* ragged */
    { "2024-03-01;Org;P;2;A;stöd;extra\n", -1, 2, 0, "7 fields" },
    { "2024-02-30;Org;P;2;A;stöd\n", -1, 2, 1, "yyyy-mm-dd" },                   /* no such day */
    { "15/3/2024;Org;P;2;A;stöd\n", -1, 2, 1, "yyyy-mm-dd" },
    { "2024-03-01;Org;P;två;A;stöd\n", -1, 2, 4, "not a number" },
    { "2024-03-01;Org;P;1.234,5;A;stöd\n", -1, 2, 4, "thousands" },
    { "2024-03-01;Org;P;25;A;stöd\n", -1, 2, 4, "between" },                    /* over 24 h */
    { "2024-03-01;Org;P;2;A;gratis\n", -1, 2, 6, "gratis" },
    { "2024-03-01;;P;2;A;stöd\n", -1, 2, 2, "empty" },
    { "2024-03-01;Org;811218-9876;2;A;stöd\n", -1, 2, 3, "personal identity number" },
    { "2024-03-01;Org;\"P;2;A;stöd\n", -1, 2, 0, "never ends" },
    { nul, sizeof nul - 1, 2, 0, "binary" },
  };
  g_autoptr(KpCsvImport) unknown = parse_bytes (f->doc, "datum;org;person\n2024-03-01;a;b\n", -1, KP_IMPORT_TIME);
  g_autoptr(KpCsvImport) empty = parse_bytes (f->doc, "", 0, KP_IMPORT_TIME);
  g_autoptr(KpCsvImport) bom_only = parse_bytes (f->doc, "\xEF\xBB\xBF", 3, KP_IMPORT_TIME);
  g_autoptr(KpCsvImport) header_only = parse_bytes (f->doc, header, -1, KP_IMPORT_TIME);
  g_autoptr(KpCsvImport) bad_utf8 = parse_bytes (f->doc, "\xEF\xBB\xBF" "datum;organisation;person;timmar;aktivitet;finansiering\n"
                                                         "2024-03-01;Org;P\xC3;2;A;stöd\n", -1, KP_IMPORT_TIME);
  g_autoptr(KpCsvImport) bad_1252 = parse_bytes (f->doc, "datum;organisation;person;timmar;aktivitet;finansiering\n"
                                                         "2024-03-01;\xC5rebro;P\x81;2;A;st\xF6" "d\n", -1, KP_IMPORT_TIME);
  g_autoptr(KpCsvImport) utf16 = parse_bytes (f->doc, "\xFF\xFE" "d\0a\0", 6, KP_IMPORT_TIME);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize body = cases[i].length < 0 ? strlen (cases[i].body) : (gsize) cases[i].length;
      g_autofree char *bytes = g_malloc (sizeof header - 1 + body);
      g_autoptr(KpCsvImport) import = NULL;

      memcpy (bytes, header, sizeof header - 1);
      memcpy (bytes + sizeof header - 1, cases[i].body, body);
      import = parse_bytes (f->doc, bytes, (gssize) (sizeof header - 1 + body), KP_IMPORT_TIME);
      assert_issue (import, cases[i].line, cases[i].column, cases[i].part);
      g_assert_cmpuint (kp_csv_import_get_n_rows (import), ==, 0);
      /* A file with problems imports nothing. */
      g_assert_false (kp_csv_import_apply (import, f->doc, &error));
      g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_INVALID);
      g_clear_error (&error);
    }
  assert_issue (unknown, 1, 0, "datum;organisation;person;timmar;aktivitet;finansiering");
  assert_issue (empty, 0, 0, "empty");
  assert_issue (bom_only, 0, 0, "empty");
  assert_issue (header_only, 0, 0, "no rows");
  assert_issue (bad_utf8, 2, 0, "Line 2");
  assert_issue (bad_1252, 2, 0, "Line 2");
  assert_issue (utf16, 0, 0, "UTF-16");
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_time_entry), ==, 0);
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_organisation), ==, 0);
  g_assert_false (kp_document_can_undo (f->doc));
}

static void
test_esf_rules (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KpCsvImport) import = NULL;
  KpEntity *org;
  g_autofree char *org_id = NULL;

  kpf_set (f->doc, kp_document_get_project (f->doc), "funder", "esf_plus");
  org = kpf_add (f->doc, &kp_desc_organisation, "name", "Org", NULL);
  org_id = kpf_id (org);
  /* Anna has 5 h on 1 March in the project already. */
  kpf_add (f->doc, &kp_desc_time_entry, "date", "2024-03-01", "organisation-id", org_id, "person", "Anna",
           "hours", "5", NULL);
  import = parse_bytes (f->doc, "datum;organisation;person;timmar;aktivitet;finansiering\n"
                                "2024-03-01;Org;anna;6;;stöd\n"       /* 11 h: fine */
                                "2024-03-01;Org; Anna ;3;;stöd\n"     /* 14 h: over */
                                "2024-03-02;Org;Bo;7,5;;stöd\n", -1, KP_IMPORT_TIME);
  assert_issue (import, 3, 4, "13");
  assert_issue (import, 4, 4, "whole hours");
  g_assert_cmpuint (kp_csv_import_get_n_rows (import), ==, 1);
}

/* The rows are checked again as they go in: a row the project refuses at that point takes
 * every other row with it, and the organisations the import would have created. */
static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(KpCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  KpEntity *org = kpf_add (f->doc, &kp_desc_organisation, "name", "Skövde kommun", NULL);
  g_autofree char *org_id = kpf_id (org);
  g_autofree char *usk = g_strdup_printf ("%" G_GINT64_FORMAT, kpf_role (f->doc, "underskoterska"));
  const char *label = kp_document_get_undo_label (f->doc);
  guint n;
  const KpImportIssue *issues;

  import = parse_bytes (f->doc, "period;organisation;yrkesroll;anställda;årsarbetare;vakanser;personalomsättning;sjukfrånvaro\n"
                                "2024-Q1;Ny kommun;Undersköterska;10;9;0;1;1\n"
                                "2024-Q1;Skövde kommun;Undersköterska;10;9;0;1;1\n"
                                "2024-Q2;Skövde kommun;Undersköterska;10;9;0;1;1\n", -1, KP_IMPORT_STAFFING);
  assert_no_issues (import);
  /* Meanwhile someone enters the second row by hand. */
  kpf_add (f->doc, &kp_desc_staffing_stat, "organisation-id", org_id, "period", "2024-Q1", "role-id", usk,
           "employees", "1", "fte", "1", NULL);
  label = kp_document_get_undo_label (f->doc);
  g_assert_false (kp_csv_import_apply (import, f->doc, &error));
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_INVALID);
  g_clear_error (&error);
  issues = kp_csv_import_get_issues (import, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (issues[0].line, ==, 3);
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_staffing_stat), ==, 1);
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_organisation), ==, 1);
  g_assert_cmpstr (kp_document_get_undo_label (f->doc), ==, label);
  {
    g_autofree char *path = g_strdup (g_file_peek_path (kp_document_get_file (f->doc)));
    g_autoptr(GFile) file = g_file_new_for_path (path);

    /* The file agrees: a second look sees no trace of the import. */
    g_clear_object (&f->doc);
    f->doc = kp_document_open (file, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (rows_of (f->doc, &kp_desc_staffing_stat), ==, 1);
    g_assert_cmpuint (rows_of (f->doc, &kp_desc_organisation), ==, 1);
  }
}

/* ---- samples, big files and mutations ------------------------------------------------ */

static void
test_samples (Fixture       *f,
              gconstpointer  data)
{
  static const struct { const char *name; KpImportKind kind; guint rows; } samples[] = {
    { "time-sv.csv", KP_IMPORT_TIME, 4 }, { "time-en.csv", KP_IMPORT_TIME, 3 },
    { "staffing-sv.csv", KP_IMPORT_STAFFING, 4 }, { "staffing-en.csv", KP_IMPORT_STAFFING, 3 },
    { "participants-sv.csv", KP_IMPORT_PARTICIPANTS, 4 },
    { "participant-results-en.csv", KP_IMPORT_PARTICIPANTS, 4 },
    { "budget-sv.csv", KP_IMPORT_BUDGET, 4 }, { "budget-en.csv", KP_IMPORT_BUDGET, 3 },
  };

  /* The samples of README.md import into an ESF+ project as they are. */
  kpf_set (f->doc, kp_document_get_project (f->doc), "funder", "esf_plus");
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", samples[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(KpCsvImport) import = kp_csv_import_parse (f->doc, file, samples[i].kind, NULL, &error);

      g_assert_no_error (error);
      assert_no_issues (import);
      g_assert_cmpuint (kp_csv_import_get_n_rows (import), ==, samples[i].rows);
      apply_or_die (import, f->doc);
    }
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_time_entry), ==, 7);
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_staffing_stat), ==, 7);
}

static long
peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* 100 MB of garbage, made here and never stored: refused quickly, in bounded memory. */
static void
test_garbage (Fixture       *f,
              gconstpointer  data)
{
  static const char *const kinds[] = { "random bytes", "text without a header", "rows of nonsense" };
  g_autofree char *path = g_build_filename (f->dir, "garbage.csv", NULL);
  g_autofree guint8 *block = g_malloc (1024 * 1024);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(KpCsvImport) import = NULL;
      g_autoptr(GError) error = NULL;
      FILE *out = fopen (path, "wb");
      long rss_before;
      gint64 start;
      guint n;

      g_assert_nonnull (out);
      if (k == 2)
        fputs ("datum;organisation;person;timmar;aktivitet;finansiering\n", out);
      for (guint mb = 0; mb < 100; mb++)
        {
          for (guint i = 0; i < 1024 * 1024; i++)
            {
              guint32 r = g_test_rand_int ();

              block[i] = k == 0 ? (guint8) r : (r % 23 == 0 ? '\n' : r % 7 == 0 ? ';' : (guint8) ('a' + r % 26));
            }
          g_assert_cmpuint (fwrite (block, 1, 1024 * 1024, out), ==, 1024 * 1024);
        }
      g_assert_cmpint (fclose (out), ==, 0);
      rss_before = peak_rss_kb ();
      start = g_get_monotonic_time ();
      import = kp_csv_import_parse (f->doc, file, KP_IMPORT_TIME, NULL, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %.3f s, peak RSS %+ld kB", kinds[k], (g_get_monotonic_time () - start) / 1e6,
                      peak_rss_kb () - rss_before);
      kp_csv_import_get_issues (import, &n);
      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (kp_csv_import_get_n_rows (import), ==, 0);
      /* It stops at the first problem it cannot read past, or after a few hundred. */
      g_assert_cmpuint (n, <=, KP_IMPORT_MAX_ISSUES + 1);
      g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
      g_assert_cmpint (peak_rss_kb () - rss_before, <, 64 * 1024);
    }
}

static void
test_long_line (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("datum;organisation;person;timmar;aktivitet;finansiering\n2024-01-01;");
  g_autoptr(KpCsvImport) import = NULL;
  g_autoptr(KpCsvImport) header = NULL;
  g_autofree char *no_breaks = g_strnfill (3 * 1024 * 1024, 'x');

  for (guint i = 0; i < 2 * 1024 * 1024 / 8; i++)
    g_string_append (text, "abcdefgh");
  import = parse_bytes (f->doc, text->str, (gssize) text->len, KP_IMPORT_TIME);
  assert_issue (import, 2, 0, "Line 2 is longer");
  header = parse_bytes (f->doc, no_breaks, -1, KP_IMPORT_TIME);
  assert_issue (header, 1, 0, "Line 1 is longer");
}

static char *
mutate (const char *seed,
        gsize      *length)
{
  static const char *const pieces[] = { "\"", ";", ",", "\n", "\r", "\r\n", "\"\"", "\xEF\xBB\xBF",
                                        "\x81", "\xFF", "\xC3", "ö", "\0", "1,5", "2024-13-45", "%",
                                        "-", "=1+1", "Q5", "  " };
  GString *s = g_string_new (seed);
  guint rounds = 1 + g_test_rand_int_range (0, 8);

  for (guint r = 0; r < rounds; r++)
    {
      guint pos = s->len > 0 ? (guint) g_test_rand_int_range (0, (gint32) s->len) : 0;
      gsize span = (gsize) g_test_rand_int_range (0, 40);

      switch (g_test_rand_int_range (0, 6))
        {
        case 0:   /* flip a byte */
          if (s->len > 0)
            s->str[pos] = (char) g_test_rand_int_range (0, 256);
          break;
        case 1:   /* insert a troublemaker */
          {
            const char *p = pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))];

            g_string_insert_len (s, pos, p, *p == '\0' ? 1 : (gssize) strlen (p));
          }
          break;
        case 2:   /* cut the end */
          g_string_truncate (s, pos);
          break;
        case 3:   /* delete a stretch */
          g_string_erase (s, pos, (gssize) MIN (s->len - pos, span));
          break;
        case 4:   /* repeat a stretch */
          {
            gsize n = MIN (s->len - pos, span);
            g_autofree char *copy = g_strndup (s->str + pos, n);

            g_string_insert_len (s, pos, copy, (gssize) n);
          }
          break;
        default:  /* swap separators */
          for (gsize i = 0; i < s->len; i++)
            if (s->str[i] == ';')
              s->str[i] = ',';
          break;
        }
    }
  *length = s->len;
  return g_string_free (s, FALSE);
}

/* Mutated files for a bounded time: the reader never crashes or loops, and every result is
 * either rows or problems. */
static void
test_fuzz (Fixture       *f,
           gconstpointer  data)
{
  static const struct { KpImportKind kind; const char *text; } seeds[] = {
    { KP_IMPORT_TIME, "datum;organisation;person;timmar;aktivitet;finansiering\r\n2024-03-01;Skövde;Åsa;7,5;\"a;b\nc\";stöd\r\n2024-03-02;Hjo;Bo;2;;medfinansiering\r\n" },
    { KP_IMPORT_TIME, "\xEF\xBB\xBF" "date,organisation,person,hours,activity,funding\n2024-03-01,X,\"A \"\"B\"\"\",1.5,x,funded\n" },
    { KP_IMPORT_STAFFING, "period;organisation;yrkesroll;anställda;årsarbetare;vakanser;personalomsättning;sjukfrånvaro\n2024-Q1;Org;Undersköterska;10;9,5;1;12,5 %;3\n" },
    { KP_IMPORT_PARTICIPANTS, "period;kön;åldersgrupp;status vid start;antal\n2024-Q1;kvinna;18–29;arbetslös;3\n" },
    { KP_IMPORT_BUDGET, "category,description,budget,outcome,funder_share\npersonnel,\"a, b\",1000,900.5,40\n" },
  };
  gint64 deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;
  guint runs = 0, with_rows = 0;

  while (g_get_monotonic_time () < deadline && runs < 20000)
    {
      guint s = (guint) g_test_rand_int_range (0, G_N_ELEMENTS (seeds));
      gsize length;
      g_autofree char *bytes = mutate (seeds[s].text, &length);
      g_autoptr(KpCsvImport) import = parse_bytes (f->doc, bytes, (gssize) length, seeds[s].kind);
      guint n;
      const KpImportIssue *issues = kp_csv_import_get_issues (import, &n);

      g_assert_true (n > 0 || kp_csv_import_get_n_rows (import) > 0);
      for (guint i = 0; i < n; i++)
        {
          g_assert_true (g_utf8_validate (issues[i].message, -1, NULL));
          g_assert_cmpuint (issues[i].line, <=, length + 1);
        }
      /* Now and then the rows go in, and out again. */
      if (n == 0 && runs % 16 == 0)
        {
          g_autoptr(GError) error = NULL;

          if (kp_csv_import_apply (import, f->doc, &error))
            g_assert_true (kp_document_undo (f->doc, NULL));
          with_rows++;
        }
      runs++;
    }
  g_test_message ("%u mutated files, %u applied", runs, with_rows);
  g_assert_cmpuint (rows_of (f->doc, &kp_desc_time_entry), ==, 0);
}

/* ---- the command line ---------------------------------------------------------------- */

static int
run_cli (char **out,
         char **err,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int status;
  va_list ap;

  g_ptr_array_add (argv, (char *) g_getenv ("KOMPETENSPLAN_BIN"));
  va_start (ap, err);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *project = g_strdup (g_file_peek_path (kp_document_get_file (f->doc)));
  g_autofree char *good = g_build_filename (f->dir, "good.csv", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "bad.csv", NULL);
  g_autofree char *opt_good = g_strdup_printf ("--import-csv=%s", good);
  g_autofree char *opt_bad = g_strdup_printf ("--import-csv=%s", bad);
  g_autofree char *o1 = NULL, *e1 = NULL, *o2 = NULL, *e2 = NULL, *o3 = NULL, *e3 = NULL, *o4 = NULL, *e4 = NULL;
  g_autoptr(GError) error = NULL;

  /* The command line opens the project itself. */
  g_clear_object (&f->doc);
  g_assert_true (g_file_set_contents (good, "period;organisation;yrkesroll;anställda;årsarbetare;vakanser;personalomsättning;sjukfrånvaro\n"
                                            "2024-Q1;Ny kommun;Kurator;3;2;0;0;1\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad, "datum;organisation;person;timmar;aktivitet;finansiering\n"
                                           "2024-03-01;Org;P;x;A;stöd\n2024-02-30;Org;P;1;A;stöd\n", -1, NULL));
  g_assert_cmpint (run_cli (&o1, &e1, opt_bad, "--kind=time", project, NULL), ==, 1);
  g_assert_nonnull (strstr (e1, "bad.csv:2:4:"));
  g_assert_nonnull (strstr (e1, "bad.csv:3:1:"));
  g_assert_cmpint (run_cli (&o2, &e2, opt_good, project, NULL), ==, 2);
  g_assert_nonnull (strstr (e2, "--kind"));
  g_assert_cmpint (run_cli (&o3, &e3, opt_good, "--kind=staffing", project, NULL), ==, 0);
  g_assert_nonnull (strstr (o3, "Imported 1 rows"));
  g_assert_nonnull (strstr (o3, "Ny kommun"));
  g_assert_nonnull (strstr (o3, "Kurator"));
  g_assert_cmpint (run_cli (&o4, &e4, opt_good, "--kind=staffing", "--language=sv", project, NULL), ==, 2);

  {
    g_autoptr(GFile) file = g_file_new_for_path (project);

    f->doc = kp_document_open (file, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (rows_of (f->doc, &kp_desc_staffing_stat), ==, 1);
    g_assert_cmpuint (rows_of (f->doc, &kp_desc_time_entry), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "en", TRUE);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/csv-import/time-swedish-cp1252", test_time_swedish_cp1252);
  ADD ("/csv-import/time-english-bom", test_time_english_bom);
  ADD ("/csv-import/staffing", test_staffing);
  ADD ("/csv-import/participants-and-budget", test_participants_and_budget);
  ADD ("/csv-import/malformed", test_malformed);
  ADD ("/csv-import/esf-rules", test_esf_rules);
  ADD ("/csv-import/all-or-nothing", test_all_or_nothing);
  ADD ("/csv-import/samples", test_samples);
  ADD ("/csv-import/garbage", test_garbage);
  ADD ("/csv-import/long-line", test_long_line);
  ADD ("/csv-import/fuzz", test_fuzz);
  ADD ("/csv-import/cli", test_cli);
#undef ADD
  return g_test_run ();
}
