/* test-export.c: the steering group's workbook, read back with openpyxl (check-workbook.py)
 * for every bundled example in Swedish and English, under the Swedish and the C locale;
 * its figures must equal src/stats. Also: text and formula injection, failures that leave
 * no file, the async call, the command line, and CSV export. */
#include "config.h"

#include <locale.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kp-export.h"
#include "kp-export-lang.h"
#include "kp-export-private.h"
#include "kp-goal-status.h"
#include "fixtures/kp-followup-fixture.h"

static char *locale_dir;   /* sv with this branch's strings, built by build_locale_dir() */

/* The names of this branch's sheets; other files may add sheets (see kp_sheet_writers). */
static const struct { const char *id, *sv, *en; } known_sheets[] = {
  { "summary", "Sammanfattning", "Summary" }, { "timeline", "Tidplan", "Timeline" },
  { "goals", "Mål", "Goals" }, { "proposals", "Förslag och beslut", "Proposals and decisions" },
  { "hours", "Timmar", "Hours" }, { "time-entries", "Tidrapporter", "Time entries" },
  { "meetings", "Möten", "Meetings" }, { "participants", "Deltagare", "Participants" },
  { "staffing", "Bemanning", "Staffing" }, { "budget", "Budget", "Budget" },
  { "about", "Om rapporten", "About this report" },
};

/* A sheet's name in a language, as the workbook names it. */
static const char *
sheet (KpTranslator *tr,
       const char   *id)
{
  for (guint i = 0; i < kp_n_sheet_writers; i++)
    if (g_str_equal (kp_sheet_writers[i].id, id))
      return kp_tr (tr, kp_sheet_writers[i].title);
  g_error ("no sheet %s", id);
  return NULL;
}

/* A Swedish catalogue from po/sv.po and the strings still waiting in po/pending. */
static void
build_locale_dir (void)
{
  g_autofree char *po = g_test_build_filename (G_TEST_DIST, "..", "po", "sv.po", NULL);
  g_autofree char *pending = g_test_build_filename (G_TEST_DIST, "..", "po", "pending", "followup.po", NULL);
  g_autofree char *merged = NULL, *mo_dir = NULL, *mo = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  locale_dir = kpt_tmp_dir ();
  merged = g_build_filename (locale_dir, "sv.po", NULL);
  mo_dir = g_build_filename (locale_dir, "sv", "LC_MESSAGES", NULL);
  mo = g_build_filename (mo_dir, "kompetensplan.mo", NULL);
  g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0700), ==, 0);
  g_ptr_array_add (argv, "msgcat");
  g_ptr_array_add (argv, "--use-first");
  g_ptr_array_add (argv, "-o");
  g_ptr_array_add (argv, merged);
  g_ptr_array_add (argv, po);
  if (g_file_test (pending, G_FILE_TEST_EXISTS))
    g_ptr_array_add (argv, pending);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  {
    const char *fmt[] = { "msgfmt", "-o", mo, merged, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) fmt, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 NULL, NULL, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
}

/* ---- expectations, as JSON for check-workbook.py --------------------------------------- */

static void
json_string (GString    *out,
             const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
json_number (GString *out,
             double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    g_string_append (out, "null");
  else
    g_string_append (out, g_ascii_dtostr (buf, sizeof buf, value));
}

typedef struct
{
  GString *values;
  KpTranslator *tr;
} Expect;

static void
expect_cell (Expect            *x,
             const char        *sheet,
             const char *const *row,
             const char        *col,
             double             value,
             const char        *text,
             const char        *format)
{
  g_string_append (x->values, x->values->len > 1 ? ",\n" : "\n");
  g_string_append (x->values, "{\"sheet\": ");
  json_string (x->values, sheet);
  g_string_append (x->values, ", \"row\": [");
  for (guint i = 0; row[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (x->values, ", ");
      json_string (x->values, row[i]);
    }
  g_string_append (x->values, "], \"col\": ");
  json_string (x->values, col);
  g_string_append (x->values, ", \"value\": ");
  if (text != NULL)
    json_string (x->values, text);
  else
    json_number (x->values, value);
  if (format != NULL)
    {
      g_string_append (x->values, ", \"format\": ");
      json_string (x->values, format);
    }
  g_string_append_c (x->values, '}');
}

#define ROW(...) ((const char *const[]) { __VA_ARGS__, NULL })
#define T(msgid) kp_tr (x->tr, (msgid))

static const char *
label (Expect          *x,
       const KpCatalog *catalog,
       const char      *key)
{
  return kp_tr (x->tr, kp_catalog_find (catalog, key)->label);
}

static char *
expectations (KpDocument         *doc,
              const KpStatsReport *r,
              KpTranslator       *tr,
              const char         *extra)
{
  GString *out = g_string_new ("{\"sheets\": [");
  Expect ex = { g_string_new ("["), tr }, *x = &ex;
  const KpStatsKeyFigures *k = &r->key;
  gboolean eur = g_str_equal (kp_entity_get_text (kp_document_get_project (doc), "currency"), "EUR");
  const char *money = eur ? "#,##0.00" : "#,##0";
  GListModel *goals = kp_document_get_list (doc, &kp_desc_goal);
  guint dated = 0;

  for (guint i = 0; i < kp_n_sheet_writers; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      json_string (out, kp_tr (tr, kp_sheet_writers[i].title));
    }

  /* Summary: key figures against targets. */
  expect_cell (x, sheet (tr, "summary"), ROW (T ("Hours reported")), T ("Outcome"), k->hours, NULL, "#,##0.0");
  expect_cell (x, sheet (tr, "summary"), ROW (T ("Hours reported")), T ("Target"), k->hours_planned > 0 ? k->hours_planned : NAN, NULL, NULL);
  expect_cell (x, sheet (tr, "summary"), ROW (T ("Working weeks (40 h)")), T ("Outcome"), k->hours / 40, NULL, "#,##0.00");
  expect_cell (x, sheet (tr, "summary"), ROW (T ("Participants")), T ("Outcome"), k->participants, NULL, "#,##0");
  expect_cell (x, sheet (tr, "summary"), ROW (T ("Budget used")), T ("Outcome"), k->outcome, NULL, money);
  expect_cell (x, sheet (tr, "summary"), ROW (T ("Budget used")), T ("Target"), k->budget > 0 ? k->budget : NAN, NULL, NULL);
  expect_cell (x, sheet (tr, "summary"), ROW (T ("Budget used")), T ("Share of target"), k->budget_used, NULL, isnan (k->budget_used) ? NULL : "0.0%");
  expect_cell (x, sheet (tr, "summary"), ROW (T ("Goals met")), T ("Outcome"), k->goals_by_status[KP_GOAL_MET], NULL, NULL);
  expect_cell (x, sheet (tr, "summary"), ROW (T ("Goals met")), T ("Target"), k->goals_total, NULL, NULL);
  expect_cell (x, sheet (tr, "summary"), ROW (T ("Meetings held")), T ("Outcome"), k->meetings_held, NULL, NULL);
  expect_cell (x, sheet (tr, "summary"), ROW (T ("Days left")), T ("Outcome"), k->days_total > 0 ? k->days_left : NAN, NULL, NULL);
  for (guint s = 0; s < KP_N_GOAL_STATUSES; s++)
    expect_cell (x, sheet (tr, "summary"), ROW (label (x, &kp_catalog_goal_status, kp_goal_status_key (s))), T ("Goals"),
                 k->goals_by_status[s], NULL, NULL);

  /* Hours: organisation × funding, with the totals. */
  for (guint i = 0; i < r->hours->n_rows; i++)
    {
      const KpStatsHoursRow *h = &r->hours->rows[i];

      expect_cell (x, sheet (tr, "hours"), ROW (h->name, T ("Funded")), T ("Total hours"), h->total.funded, NULL, "#,##0.0");
      expect_cell (x, sheet (tr, "hours"), ROW (h->name, T ("Co-financing")), T ("Total hours"), h->total.cofinancing, NULL, NULL);
      expect_cell (x, sheet (tr, "hours"), ROW (h->name, T ("Total")), T ("Total hours"), h->total.total, NULL, NULL);
      expect_cell (x, sheet (tr, "hours"), ROW (h->name, T ("Total")), T ("Working weeks"), h->total.total / 40, NULL, "#,##0.00");
    }
  if (r->hours->n_entries > 0)
    {
      expect_cell (x, sheet (tr, "hours"), ROW (T ("All organisations"), T ("Total")), T ("Total hours"), r->hours->total.total, NULL, NULL);
      expect_cell (x, sheet (tr, "hours"), ROW (T ("All organisations"), T ("Total")), T ("Working weeks"), r->hours->total.total / 40, NULL, NULL);
    }

  /* Meetings per forum. */
  for (guint i = 0; i < r->meetings->n_forums; i++)
    expect_cell (x, sheet (tr, "meetings"), ROW (label (x, &kp_catalog_forum, r->meetings->forums[i].forum)), T ("Held"),
                 r->meetings->forums[i].held, NULL, "#,##0");

  /* Participants by age and gender. */
  for (guint a = 0; a < r->participants->n_ages; a++)
    for (guint g = 0; g < r->participants->n_genders; g++)
      expect_cell (x, sheet (tr, "participants"), ROW (label (x, &kp_catalog_age_band, kp_catalog_age_band.choices[a].key)),
                   label (x, &kp_catalog_gender, kp_catalog_gender.choices[g].key),
                   r->participants->by_gender_age[g * r->participants->n_ages + a], NULL, NULL);
  expect_cell (x, sheet (tr, "participants"), ROW (T ("Total")), T ("Total"), r->participants->total, NULL, NULL);

  /* The staffing trend: employees per role and period. */
  for (guint p = 0; p < r->staffing->n_periods; p++)
    for (guint o = 0; o < r->staffing->n_roles; o++)
      {
        const KpStatsStaffingCell *c = &r->staffing->trend[p * r->staffing->n_roles + o];
        const KpChoice *shipped = kp_catalog_find (&kp_catalog_default_role, r->staffing->role_keys[o]);
        const char *role = shipped != NULL && g_str_equal (shipped->label, r->staffing->role_names[o])
                           ? kp_tr (tr, shipped->label) : r->staffing->role_names[o];

        expect_cell (x, sheet (tr, "staffing"), ROW (r->staffing->periods[p]), role, c->n_rows > 0 ? (double) c->employees : NAN, NULL, NULL);
      }

  /* Budget per category. */
  for (guint i = 0; i < r->budget->n_categories; i++)
    {
      const KpStatsBudgetCategory *c = &r->budget->categories[i];
      const char *cat = label (x, &kp_catalog_budget_category, c->category);

      expect_cell (x, sheet (tr, "budget"), ROW (cat), T ("Budget"), c->budget, NULL, money);
      expect_cell (x, sheet (tr, "budget"), ROW (cat), T ("Funder's contribution, outcome"), c->funder_outcome, NULL, NULL);
    }
  expect_cell (x, sheet (tr, "budget"), ROW (T ("Total")), T ("Outcome"), r->budget->total.outcome, NULL, money);

  /* Goals: the status of each, by the rule of kp-goal-status.c. */
  for (guint i = 0, n = g_list_model_get_n_items (goals); i < n; i++)
    {
      g_autoptr(KpEntity) goal = g_list_model_get_item (goals, i);
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, kp_entity_get_int (goal, "number"));

      expect_cell (x, sheet (tr, "goals"), ROW (label (x, &kp_catalog_goal_kind, kp_entity_get_text (goal, "kind")), number),
                   T ("Status"), 0, label (x, &kp_catalog_goal_status, kp_goal_status_key (kp_goal_status_of (goal))), NULL);
    }
  g_string_append (ex.values, "]");

  for (guint i = 0; i < r->timeline->n_rows; i++)
    dated += r->timeline->rows[i].start != KP_DATE_NONE;
  g_string_append_printf (out, "],\n\"values\": %s,\n", ex.values->str);
  g_string_append (out, "\"columns\": [");
  g_string_append_printf (out, "{\"sheet\": \"%s\", \"header_row\": 1, \"col\": \"%s\", \"type\": \"date\", \"format\": \"yyyy-mm-dd\", \"count\": %u},",
                          sheet (tr, "time-entries"), T ("Date"), r->hours->n_entries);
  g_string_append_printf (out, "{\"sheet\": \"%s\", \"header_row\": 1, \"col\": \"%s\", \"type\": \"number\", \"format\": \"#,##0.0\", \"count\": %u},",
                          sheet (tr, "time-entries"), T ("Hours"), r->hours->n_entries);
  g_string_append_printf (out, "{\"sheet\": \"%s\", \"header_row\": 1, \"col\": \"%s\", \"type\": \"text\", \"count\": %u},",
                          sheet (tr, "time-entries"), T ("Funding"), r->hours->n_entries);
  g_string_append_printf (out, "{\"sheet\": \"%s\", \"header_row\": 1, \"col\": \"%s\", \"type\": \"date\", \"format\": \"yyyy-mm-dd\", \"count\": %u, \"rows\": %u},",
                          sheet (tr, "timeline"), T ("Start date"), dated, r->timeline->n_rows);
  g_string_append_printf (out, "{\"sheet\": \"%s\", \"header_row\": 1, \"col\": \"%s\", \"type\": \"number\", \"format\": \"0.0%%\", \"count\": %u, \"rows\": %u}",
                          sheet (tr, "timeline"), T ("Progress"), r->timeline->n_rows, r->timeline->n_rows);
  g_string_append (out, "],\n");
  g_string_append_printf (out, "\"charts\": {\"%s\": %d, \"%s\": %d, \"%s\": 1, \"%s\": 1, \"%s\": %d, \"%s\": %d, \"%s\": 0, \"%s\": 0},\n",
                          sheet (tr, "summary"), (r->hours->n_rows > 0) + (k->goals_total > 0),
                          sheet (tr, "hours"), r->hours->n_months > 0, sheet (tr, "meetings"), sheet (tr, "participants"),
                          sheet (tr, "staffing"), r->staffing->n_periods > 0 && r->staffing->n_roles > 0,
                          sheet (tr, "budget"), r->budget->total.n_lines > 0, sheet (tr, "time-entries"), sheet (tr, "about"));
  g_string_append_printf (out, "\"autofilter\": {\"%s\": \"A1:G%u\"},\n", sheet (tr, "time-entries"), r->hours->n_entries + 1);
  g_string_append_printf (out, "\"frozen\": {\"%s\": \"A3\", \"%s\": \"B2\", \"%s\": \"A2\", \"%s\": \"C2\", \"%s\": \"A2\"}",
                          sheet (tr, "summary"), sheet (tr, "timeline"), sheet (tr, "goals"), sheet (tr, "hours"), sheet (tr, "time-entries"));
  if (r->timeline->first != KP_DATE_NONE && r->key.today >= r->timeline->first && r->key.today <= r->timeline->last)
    {
      g_autofree char *week = kp_export_iso_week (r->key.today);

      g_string_append_printf (out, ",\n\"today\": {\"sheet\": \"%s\", \"week\": \"%s\"}", sheet (tr, "timeline"), week);
    }
  if (extra != NULL)
    g_string_append_printf (out, ",\n%s", extra);
  g_string_append (out, "}\n");
  g_string_free (ex.values, TRUE);
  return g_string_free (out, FALSE);
}

#undef T

/* ---- running the checker ------------------------------------------------------------- */

static void
run_checker (const char *first,
             const char *second,
             gboolean    same)
{
  const char *python = kpf_python ();
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-workbook.py", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  const char *argv[] = { python, script, same ? "--same" : first, same ? first : second,
                         same ? second : NULL, NULL };

  if (python == NULL)
    g_error ("No python3 with openpyxl: install python3-openpyxl (build-aux/dev.sh does).");
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("check-workbook.py %s %s:\n%s%s", first, second, out, err);
}

static KpExportOptions
fixed_options (const char *language)
{
  KpExportOptions options = { 0 };

  options.language = language;
  options.locale_dir = locale_dir;
  options.today = kpf_date ("2024-03-15");
  options.generated = g_date_time_new_utc (2024, 3, 15, 9, 30, 0);
  return options;
}

static void
export_or_die (KpDocument            *doc,
               const char            *path,
               const KpExportOptions *options)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!kp_export_workbook (doc, file, options, NULL, NULL, NULL, &error))
    g_error ("exporting %s: %s", path, error->message);
}

/* ---- every example, both languages, both locales ------------------------------------- */

static void
test_examples (void)
{
  guint n;
  const KpExample *examples = kp_examples (&n);
  g_autofree char *dir = kpt_tmp_dir ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpDocument) doc = kpf_example_doc (dir, examples[i].name);
      g_autofree char *sv_path = g_strdup_printf ("%s/%s-sv.xlsx", dir, examples[i].name);
      g_autofree char *c_path = g_strdup_printf ("%s/%s-sv-c.xlsx", dir, examples[i].name);
      g_autofree char *en_path = g_strdup_printf ("%s/%s-en.xlsx", dir, examples[i].name);
      g_autofree char *sv_json = g_strdup_printf ("%s/%s-sv.json", dir, examples[i].name);
      g_autofree char *en_json = g_strdup_printf ("%s/%s-en.json", dir, examples[i].name);
      KpExportOptions sv = fixed_options ("sv"), en = fixed_options ("en");
      g_autoptr(KpStatsReport) report = kp_stats_report_new (doc, NULL, sv.today);
      g_autoptr(KpTranslator) sv_tr = kp_translator_new ("sv", locale_dir, NULL);
      g_autoptr(KpTranslator) en_tr = kp_translator_new ("en", NULL, NULL);
      g_autofree char *sv_text = expectations (doc, report, sv_tr, NULL);
      g_autofree char *en_text = expectations (doc, report, en_tr, NULL);

      g_test_message ("example %s%s", examples[i].name, strstr (sv_text, "\"today\"") ? ", today's week marked" : "");
      /* The Swedish locale writes decimal commas with printf; the workbook must not. */
      g_assert_nonnull (setlocale (LC_ALL, "sv_SE.UTF-8"));
      export_or_die (doc, sv_path, &sv);
      export_or_die (doc, en_path, &en);
      setlocale (LC_ALL, "C");
      export_or_die (doc, c_path, &sv);
      setlocale (LC_ALL, "");
      g_assert_true (g_file_set_contents (sv_json, sv_text, -1, NULL));
      g_assert_true (g_file_set_contents (en_json, en_text, -1, NULL));
      run_checker (sv_path, sv_json, FALSE);
      run_checker (en_path, en_json, FALSE);
      run_checker (sv_path, c_path, TRUE);
      g_date_time_unref (sv.generated);
      g_date_time_unref (en.generated);
    }
  kpt_rm_rf (dir);
}

/* ---- text that must stay text -------------------------------------------------------- */

static void
test_injection_and_long_text (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autoptr(KpDocument) doc = kpf_new_doc (dir, "evil.kplan");
  g_autofree char *path = g_build_filename (dir, "evil.xlsx", NULL);
  g_autofree char *json = g_build_filename (dir, "evil.json", NULL);
  g_autofree char *long_text = g_strnfill (20000, 'x');
  KpEntity *org = kpf_add (doc, &kp_desc_organisation, "name", "=HYPERLINK(\"http://evil.example\",\"x\")", NULL);
  g_autofree char *org_id = kpf_id (org);
  KpEntity *sub;
  g_autofree char *sub_id = NULL;
  KpExportOptions options = fixed_options ("en");
  g_autoptr(KpStatsReport) report = NULL;
  g_autoptr(KpTranslator) tr = kp_translator_new ("en", NULL, NULL);
  g_autofree char *extra = NULL, *text = NULL;

  kpf_add (doc, &kp_desc_time_entry, "date", "2024-01-10", "organisation-id", org_id, "person", "+46 70 123",
           "hours", "2", "activity", "-2+3", NULL);
  kpf_add (doc, &kp_desc_time_entry, "date", "2024-01-11", "organisation-id", org_id, "person", "@SUM(A1:A9)",
           "hours", "1", "activity", "Ord med _x0041_ i sig", NULL);
  kpf_add (doc, &kp_desc_meeting, "date", "2024-01-12", "title", "=1+1", NULL);
  /* Two remaining actions of 20,000 characters: 40,000 in one cell, more than Excel holds. */
  sub = kpf_add (doc, &kp_desc_subproject, "number", "1", "title", "Delprojekt", NULL);
  sub_id = kpf_id (sub);
  kpf_add (doc, &kp_desc_remaining_action, "subproject-id", sub_id, "text", long_text, NULL);
  kpf_add (doc, &kp_desc_remaining_action, "subproject-id", sub_id, "text", long_text, NULL);
  export_or_die (doc, path, &options);

  report = kp_stats_report_new (doc, NULL, options.today);
  extra = g_strdup ("\"texts\": ["
                    "{\"sheet\": \"Time entries\", \"text\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\"},"
                    "{\"sheet\": \"Time entries\", \"text\": \"+46 70 123\"},"
                    "{\"sheet\": \"Time entries\", \"text\": \"-2+3\"},"
                    "{\"sheet\": \"Time entries\", \"text\": \"@SUM(A1:A9)\"},"
                    "{\"sheet\": \"Time entries\", \"text\": \"Ord med _x0041_ i sig\"},"
                    "{\"sheet\": \"Meetings\", \"text\": \"=1+1\"}]");
  text = expectations (doc, report, tr, extra);
  g_assert_true (g_file_set_contents (json, text, -1, NULL));
  run_checker (path, json, FALSE);

  /* The long cell: cut to Excel's limit, with the mark at its end. */
  {
    const char *python = kpf_python ();
    g_autofree char *out = NULL;
    int status;
    const char *argv[] = { python, "-c",
      "import openpyxl, sys\n"
      "ws = openpyxl.load_workbook(sys.argv[1])['Proposals and decisions']\n"
      "v = [c.value for r in ws.iter_rows() for c in r if isinstance(c.value, str) and c.value.startswith('• x')][0]\n"
      "print(len(v.encode('utf-16-le')) // 2, v.endswith('characters]'))\n",
      path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_cmpstr (out, ==, "32767 True\n");
  }
  g_date_time_unref (options.generated);
  kpt_rm_rf (dir);
}

static gsize
utf16_units (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    n += g_utf8_get_char (p) >= 0x10000 ? 2 : 1;
  return n;
}

static void
test_clean_text (void)
{
  g_autofree char *bad = kp_export_clean_text ("a\xff" "b\x01" "c\td\r\ne\xef\xbf\xbe", "[cut]");
  g_autofree char *escape = kp_export_clean_text ("_x0041_ and _x00", "[cut]");
  g_autoptr(GString) many = g_string_new (NULL);
  g_autofree char *cut = NULL, *cut_escapes = NULL;

  /* Invalid bytes become U+FFFD; control characters and noncharacters go; tab and line
   * breaks stay. */
  g_assert_cmpstr (bad, ==, "a\xef\xbf\xbd" "bc\td\r\ne");
  g_assert_cmpstr (escape, ==, "_x005F_x0041_ and _x00");
  /* Emoji count twice toward Excel's limit. */
  for (guint i = 0; i < 20000; i++)
    g_string_append (many, "🙂");
  cut = kp_export_clean_text (many->str, "[cut]");
  g_assert_true (g_str_has_suffix (cut, "[cut]"));
  g_assert_cmpuint (utf16_units (cut), <=, 32767);
  g_assert_cmpuint (utf16_units (cut), >=, 32767 - 1);
  g_string_truncate (many, 0);
  for (guint i = 0; i < 6000; i++)
    g_string_append (many, "_x0041_");
  cut_escapes = kp_export_clean_text (many->str, "[cut]");
  g_assert_true (g_str_has_suffix (cut_escapes, "[cut]"));
  g_assert_false (g_str_has_suffix (cut_escapes, "_x005F[cut]"));
  g_assert_cmpuint (utf16_units (cut_escapes), <=, 32767);

  {
    g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autofree char *a = kp_export_sheet_name ("Mål: [uppföljning] * ? / \\ och mer text än som får plats", taken);
    g_autofree char *b = kp_export_sheet_name ("MÅL- -UPPFÖLJNING- - - - - OCH MER TEXT ÄN SOM FÅR PLATS", taken);
    g_autofree char *c = kp_export_sheet_name ("'citerad'", taken);
    g_autofree char *d = kp_export_sheet_name ("", taken);

    g_assert_cmpstr (a, ==, "Mål- -uppföljning- - - - - och");
    /* The same name in other case is taken: the second gets a number, still 31 long. */
    g_assert_cmpstr (b, ==, "MÅL- -UPPFÖLJNING- - - - - (2)");
    g_assert_cmpstr (c, ==, "citerad");
    g_assert_cmpstr (d, ==, "Sheet");
  }
  g_assert_cmpfloat (kp_export_serial (kpf_date ("1900-01-01")), ==, 1);
  g_assert_cmpfloat (kp_export_serial (kpf_date ("1900-03-01")), ==, 61);
  g_assert_cmpfloat (kp_export_serial (kpf_date ("2024-03-15")), ==, 45366);
  {
    g_autofree char *w53 = kp_export_iso_week (kpf_date ("2021-01-03"));
    g_autofree char *w1 = kp_export_iso_week (kpf_date ("2024-12-30"));

    g_assert_cmpstr (w53, ==, "2020-W53");
    g_assert_cmpstr (w1, ==, "2025-W01");
  }
}

/* ---- failures leave nothing behind --------------------------------------------------- */

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
assert_export_fails (KpDocument *doc,
                     const char *path,
                     int         code,
                     const char *named)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KpExportOptions options = fixed_options ("en");

  g_assert_false (kp_export_workbook (doc, file, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, KP_EXPORT_ERROR, code);
  g_assert_nonnull (strstr (error->message, named));
  g_date_time_unref (options.generated);
}

static void
test_failures (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autoptr(KpDocument) doc = kpf_example_doc (dir, "vis-kristianstad");
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.xlsx", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.txt", NULL);
  g_autofree char *under_file = g_build_filename (plain, "out.xlsx", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.xlsx", NULL);
  g_autofree char *busy = g_build_filename (dir, "busy.xlsx", NULL);
  g_autofree char *lock = g_build_filename (dir, ".~lock.busy.xlsx#", NULL);
  guint before;

  g_assert_true (g_file_set_contents (plain, "not a folder", -1, NULL));
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (busy, "the old file", -1, NULL));
  g_assert_true (g_file_set_contents (lock, "LibreOffice", -1, NULL));
  before = count_entries (dir);

  assert_export_fails (doc, missing, KP_EXPORT_ERROR_NO_FOLDER, missing);
  /* A "folder" that is a file: what a read-only folder is to root, who may write anywhere. */
  assert_export_fails (doc, under_file, KP_EXPORT_ERROR_NO_FOLDER, under_file);
  assert_export_fails (doc, folder, KP_EXPORT_ERROR_IS_FOLDER, folder);
  assert_export_fails (doc, busy, KP_EXPORT_ERROR_BUSY, busy);
  if (getuid () != 0)
    {
      g_autofree char *locked = g_build_filename (dir, "locked", NULL);
      g_autofree char *inside = g_build_filename (locked, "out.xlsx", NULL);

      g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
      assert_export_fails (doc, inside, KP_EXPORT_ERROR_PERMISSION, inside);
      g_assert_cmpuint (count_entries (locked), ==, 0);
      g_rmdir (locked);
    }
  /* Nothing was added, and the old file is untouched. */
  g_assert_cmpuint (count_entries (dir), ==, before);
  {
    g_autofree char *old = NULL;

    g_assert_true (g_file_get_contents (busy, &old, NULL, NULL));
    g_assert_cmpstr (old, ==, "the old file");
  }
  /* Once the other program lets go, the file is replaced whole. */
  g_unlink (lock);
  {
    g_autoptr(GFile) file = g_file_new_for_path (busy);
    KpExportOptions options = fixed_options ("en");
    g_autoptr(GError) error = NULL;
    g_autofree char *data = NULL;
    gsize length;

    g_assert_true (kp_export_workbook (doc, file, &options, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (busy, &data, &length, NULL));
    g_assert_true (length > 1000 && memcmp (data, "PK", 2) == 0);
    g_date_time_unref (options.generated);
  }
  g_assert_cmpuint (count_entries (dir), ==, before - 1);
  kpt_rm_rf (dir);
}

static void
test_bad_language (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autoptr(KpDocument) doc = kpf_new_doc (dir, "p.kplan");
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KpExportOptions options = { 0 };
  guint before = count_entries (dir);

  options.language = "de";
  g_assert_false (kp_export_workbook (doc, file, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_LANGUAGE);
  g_clear_error (&error);
  options.language = "sv";
  options.locale_dir = "/nonexistent";
  g_assert_false (kp_export_workbook (doc, file, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_LANGUAGE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, before);
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

/* Whatever the process's own language, the export's is the one asked for. */
static void
test_translator (void)
{
  g_autoptr(KpTranslator) sv = kp_translator_new ("sv", locale_dir, NULL);
  g_autoptr(KpTranslator) en = kp_translator_new ("en", "/nonexistent", NULL);
  g_autofree char *garbage_dir = kpt_tmp_dir ();
  g_autofree char *mo_dir = g_build_filename (garbage_dir, "sv", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (mo_dir, "kompetensplan.mo", NULL);
  g_autoptr(GError) error = NULL;
  KpTranslator *damaged;

  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en");
  for (guint i = 0; i < G_N_ELEMENTS (known_sheets); i++)
    {
      g_assert_cmpstr (sheet (sv, known_sheets[i].id), ==, known_sheets[i].sv);
      g_assert_cmpstr (sheet (en, known_sheets[i].id), ==, known_sheets[i].en);
    }
  g_assert_cmpstr (kp_tr (sv, "Summary"), ==, "Sammanfattning");
  g_assert_cmpstr (kp_tr (sv, "Funded"), ==, "Stöd");
  g_assert_cmpstr (kp_tr (sv, "no such message"), ==, "no such message");
  g_assert_cmpstr (kp_tr (en, "Summary"), ==, "Summary");
  g_assert_cmpstr (kp_trc (sv, "month abbreviation", "Jan"), ==, "jan");
  g_assert_true (kp_translator_is_supported ("sv") && kp_translator_is_supported ("en"));
  g_assert_false (kp_translator_is_supported ("sv_SE") || kp_translator_is_supported (NULL));
  /* A damaged catalogue is refused, not read past its end. */
  g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (mo, "\xde\x12\x04\x95\0\0\0\0\xff\xff\0\0\x1c\0\0\0\xff\xff\xff\x7f\0\0\0\0\0\0\0\0", 28, NULL));
  damaged = kp_translator_new ("sv", garbage_dir, &error);
  g_assert_null (damaged);
  g_assert_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_LANGUAGE);
  kpt_rm_rf (garbage_dir);
}

/* ---- the async call ------------------------------------------------------------------ */

typedef struct
{
  GMainLoop *loop;
  GCancellable *cancel;
  double last;
  guint calls;
  double cancel_at;
  gboolean ok;
  GError *error;
  GThread *main_thread;
} Async;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Async *a = user_data;

  g_assert_true (g_thread_self () == a->main_thread);
  g_assert_cmpfloat (fraction, >=, a->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  a->last = fraction;
  a->calls++;
  if (a->cancel_at > 0 && fraction >= a->cancel_at)
    g_cancellable_cancel (a->cancel);
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Async *a = user_data;

  a->ok = kp_export_workbook_finish (result, &a->error);
  g_main_loop_quit (a->loop);
}

static void
test_async (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autoptr(KpDocument) doc = kpf_example_doc (dir, "vardens-medarbetare");
  g_autofree char *path = g_build_filename (dir, "async.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KpExportOptions options = fixed_options ("sv");
  Async a = { 0 };
  guint before;

  a.loop = g_main_loop_new (NULL, FALSE);
  a.main_thread = g_thread_self ();
  a.cancel = g_cancellable_new ();
  kp_export_workbook_async (doc, file, &options, progress_cb, &a, NULL, a.cancel, done_cb, &a);
  /* The document may change while the worker writes its copy. */
  kpf_set (doc, kp_document_get_project (doc), "title", "Ändrad under exporten");
  g_main_loop_run (a.loop);
  g_assert_no_error (a.error);
  g_assert_true (a.ok);
  g_assert_cmpfloat (a.last, ==, 1.0);
  g_assert_cmpuint (a.calls, >=, 3);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_unlink (path);

  /* Cancelled halfway: an error, and no file. */
  before = count_entries (dir);
  a.last = 0;
  a.calls = 0;
  a.cancel_at = 0.2;
  kp_export_workbook_async (doc, file, &options, progress_cb, &a, NULL, a.cancel, done_cb, &a);
  g_main_loop_run (a.loop);
  g_assert_false (a.ok);
  g_assert_error (a.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, before);
  g_clear_error (&a.error);
  g_main_loop_unref (a.loop);
  g_object_unref (a.cancel);
  g_date_time_unref (options.generated);
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

/* ---- the command line ---------------------------------------------------------------- */

static int
run_cli (char       **err,
         const char  *lc_all,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *arg;
  int status;
  va_list ap;

  env = g_environ_setenv (env, "LC_ALL", lc_all, TRUE);
  env = g_environ_setenv (env, "KOMPETENSPLAN_LOCALEDIR", locale_dir, TRUE);
  g_ptr_array_add (argv, (char *) g_getenv ("KOMPETENSPLAN_BIN"));
  va_start (ap, lc_all);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autoptr(KpDocument) doc = kpf_example_doc (dir, "skuggning-linkoping");
  const char *project = g_file_peek_path (kp_document_get_file (doc));
  g_autofree char *out_sv = g_build_filename (dir, "sv.xlsx", NULL);
  g_autofree char *out_c = g_build_filename (dir, "c.xlsx", NULL);
  g_autofree char *opt_sv = g_strdup_printf ("--export=%s", out_sv);
  g_autofree char *opt_c = g_strdup_printf ("--export=%s", out_c);
  g_autofree char *missing = g_strdup_printf ("--export=%s/nowhere/x.xlsx", dir);
  g_autofree char *json = g_build_filename (dir, "sheets.json", NULL);
  g_autofree char *e1 = NULL, *e2 = NULL, *e3 = NULL, *e4 = NULL, *e5 = NULL, *e6 = NULL, *e7 = NULL;
  g_autoptr(GString) sheets = g_string_new ("{\"sheets\": [");
  g_autoptr(KpTranslator) sv_tr = kp_translator_new ("sv", locale_dir, NULL);

  g_assert_cmpint (run_cli (&e1, "sv_SE.UTF-8", opt_sv, "--language=sv", "--from=2023-10-01", "--to=2024-06-30", project, NULL), ==, 0);
  g_assert_cmpint (run_cli (&e2, "C", opt_c, project, "--language=en", NULL), ==, 0);
  for (guint i = 0; i < kp_n_sheet_writers; i++)
    {
      if (i > 0)
        g_string_append (sheets, ", ");
      json_string (sheets, kp_tr (sv_tr, kp_sheet_writers[i].title));
    }
  g_string_append (sheets, "]}");
  g_assert_true (g_file_set_contents (json, sheets->str, -1, NULL));
  run_checker (out_sv, json, FALSE);

  /* Usage: exit 2, one sentence, no file. */
  g_assert_cmpint (run_cli (&e3, "C", opt_c, NULL), ==, 2);
  g_assert_nonnull (strstr (e3, "--export"));
  g_assert_cmpint (run_cli (&e4, "C", opt_c, "--language=fi", project, NULL), ==, 2);
  g_assert_cmpint (run_cli (&e5, "C", opt_c, "--from=2024-13-01", project, NULL), ==, 2);
  g_assert_nonnull (strstr (e5, "2024-13-01"));
  /* Bad input: exit 1, the path named. */
  g_assert_cmpint (run_cli (&e6, "C", missing, project, NULL), ==, 1);
  g_assert_nonnull (strstr (e6, "nowhere"));
  g_assert_cmpint (run_cli (&e7, "C", "--kind=time", project, NULL), ==, 2);
  {
    g_autofree char *help = NULL;
    const char *argv[] = { g_getenv ("KOMPETENSPLAN_BIN"), "--help", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &help, NULL, NULL, NULL));
    for (const char *const *o = (const char *const[]) { "--export=OUT", "--language", "--from", "--to",
                                                        "--import-csv", "--kind", NULL }; *o; o++)
      g_assert_nonnull (strstr (help, *o));
  }
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

/* ---- CSV export ---------------------------------------------------------------------- */

static void
test_csv_export (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autoptr(KpDocument) doc = kpf_new_doc (dir, "csv.kplan");
  KpEntity *org = kpf_add (doc, &kp_desc_organisation, "name", "Skövde; \"centrum\"", NULL);
  g_autofree char *org_id = kpf_id (org);
  GListModel *entries = kp_document_get_list (doc, &kp_desc_time_entry);
  g_autofree char *sv = NULL, *en = NULL;
  g_autofree char *path = g_build_filename (dir, "t.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "t.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  kpf_add (doc, &kp_desc_time_entry, "date", "2024-05-02", "organisation-id", org_id, "person", "=cmd|' /C calc'!A0",
           "hours", "7.5", "activity", "Rad ett\nrad två", "funding", "cofinancing", NULL);
  kpf_add (doc, &kp_desc_time_entry, "date", "2024-05-03", "organisation-id", org_id, "person", "-Anna",
           "hours", "2", "activity", "@x", "funding", "funded", NULL);
  sv = kp_export_csv_to_string (entries, &kp_desc_time_entry, doc, "sv", locale_dir, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sv, ==,
                   "\xEF\xBB\xBF" "Datum;Organisation;Person eller roll;Timmar;Aktivitet;Finansiering\r\n"
                   "2024-05-02;\"Skövde; \"\"centrum\"\"\";\"'=cmd|' /C calc'!A0\";7,5;\"Rad ett\nrad två\";Medfinansiering\r\n"
                   "2024-05-03;\"Skövde; \"\"centrum\"\"\";\"'-Anna\";2;\"'@x\";Stöd\r\n");
  en = kp_export_csv_to_string (entries, &kp_desc_time_entry, doc, "en", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (en, ==,
                   "\xEF\xBB\xBF" "Date,Organisation,Person or role,Hours,Activity,Funding\r\n"
                   "2024-05-02,\"Skövde; \"\"centrum\"\"\",\"'=cmd|' /C calc'!A0\",7.5,\"Rad ett\nrad två\",Co-financing\r\n"
                   "2024-05-03,\"Skövde; \"\"centrum\"\"\",\"'-Anna\",2,\"'@x\",Funded\r\n");
  /* The same under a locale with a decimal comma. */
  g_assert_nonnull (setlocale (LC_ALL, "sv_SE.UTF-8"));
  g_clear_pointer (&en, g_free);
  en = kp_export_csv_to_string (entries, &kp_desc_time_entry, doc, "en", NULL, &error);
  setlocale (LC_ALL, "");
  g_assert_nonnull (strstr (en, ",7.5,"));

  g_assert_true (kp_export_csv (entries, &kp_desc_time_entry, doc, file, "sv", locale_dir, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, sv);
  g_assert_false (kp_export_csv (entries, &kp_desc_time_entry, doc, bad_file, "sv", locale_dir, &error));
  g_assert_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_NO_FOLDER);
  g_assert_cmpuint (count_entries (dir), ==, 4);   /* the project, its -wal and -shm, t.csv */
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "en", TRUE);
  build_locale_dir ();
  g_test_add_func ("/export/translator", test_translator);
  g_test_add_func ("/export/clean-text", test_clean_text);
  g_test_add_func ("/export/examples", test_examples);
  g_test_add_func ("/export/injection-and-long-text", test_injection_and_long_text);
  g_test_add_func ("/export/failures", test_failures);
  g_test_add_func ("/export/bad-language", test_bad_language);
  g_test_add_func ("/export/async", test_async);
  g_test_add_func ("/export/cli", test_cli);
  g_test_add_func ("/export/csv", test_csv_export);
  status = g_test_run ();
  kpt_rm_rf (locale_dir);
  g_free (locale_dir);
  return status;
}
