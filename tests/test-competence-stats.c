/* test-competence-stats.c: every figure of the competence plan, with exact values. */
#include "config.h"

#include <math.h>

#include "fixtures/kp-test-util.h"
#include "kp-competence-stats.h"
#include "kp-examples.h"

#define EPS 1e-9

static void
assert_near (double a,
             double b)
{
  if (fabs (a - b) > EPS)
    g_error ("%.12g is not %.12g", a, b);
}

static GArray *
forecast (double persons,
          double retirements,
          double turnover,
          double demand,
          double growth,
          int    base,
          int    target,
          int    last)
{
  KpForecastInput in = { persons, retirements, turnover, demand, growth, base, target };
  GArray *out = g_array_new (FALSE, FALSE, sizeof (KpForecastYear));

  kp_forecast_compute (&in, last, out);
  return out;
}

#define YEAR(a, i) (&g_array_index ((a), KpForecastYear, (i)))

static void
assert_year (const KpForecastYear *f,
             int                   year,
             double                demand,
             double                staff,
             double                gap,
             double                need,
             double                need_total)
{
  g_assert_cmpint (f->year, ==, year);
  assert_near (f->demand, demand);
  assert_near (f->staff, staff);
  assert_near (f->gap, gap);
  assert_near (f->need, need);
  assert_near (f->need_total, need_total);
}

static void
test_forecast_basic (void)
{
  /* 10 persons, 1 retirement and 10 % turnover a year, 12 needed from 2024 to 2026. */
  g_autoptr(GArray) a = forecast (10, 1, 10, 12, 0, 2024, 2026, 2026);

  g_assert_cmpuint (a->len, ==, 3);
  assert_year (YEAR (a, 0), 2024, 12, 10, 2, 2, 2);
  /* Without recruitment: 10 − (1 + 1) = 8, then 8 − (1 + 0.8) = 6.2. */
  assert_year (YEAR (a, 1), 2025, 12, 8, 4, 2.2, 4.2);
  assert_year (YEAR (a, 2), 2026, 12, 6.2, 5.8, 2.2, 6.4);
  /* Staffed at 12, 1 + 1.2 leave each year. */
  assert_near (YEAR (a, 0)->leavers, 0);
  assert_near (YEAR (a, 1)->leavers, 2.2);
  assert_near (YEAR (a, 2)->leavers, 2.2);
}

static void
test_forecast_growth (void)
{
  /* 121 needed in 2026 after 10 % growth a year: 100 in 2024, 110 in 2025. */
  g_autoptr(GArray) a = forecast (100, 0, 0, 121, 10, 2024, 2026, 2027);
  g_autoptr(GArray) down = forecast (100, 0, 0, 81, -10, 2024, 2026, 2026);

  g_assert_cmpuint (a->len, ==, 4);
  assert_year (YEAR (a, 0), 2024, 100, 100, 0, 0, 0);
  assert_year (YEAR (a, 1), 2025, 110, 100, 10, 10, 10);
  assert_year (YEAR (a, 2), 2026, 121, 100, 21, 11, 21);
  /* Past the target year the demand keeps its growth. */
  assert_year (YEAR (a, 3), 2027, 133.1, 100, 33.1, 12.1, 33.1);
  /* Shrinking demand: nobody is dismissed, so nothing is needed. */
  assert_year (YEAR (down, 0), 2024, 100, 100, 0, 0, 0);
  assert_year (YEAR (down, 1), 2025, 90, 100, -10, 0, 0);
  assert_year (YEAR (down, 2), 2026, 81, 100, -19, 0, 0);
  {
    KpForecastInput in = { 0, 0, 0, 81, -10, 2024, 2026 };

    assert_near (kp_forecast_demand (&in, 2026), 81);
    assert_near (kp_forecast_demand (&in, 2024), 100);
  }
}

static void
test_forecast_zero_headcount (void)
{
  g_autoptr(GArray) a = forecast (0, 0, 10, 10, 0, 2024, 2026, 2026);
  g_autoptr(GArray) none = forecast (0, 0, 0, 0, 0, 2024, 2026, 2026);

  assert_year (YEAR (a, 0), 2024, 10, 0, 10, 10, 10);
  /* Those hired in 2024 leave at 10 %: one to replace each year. */
  assert_year (YEAR (a, 1), 2025, 10, 0, 10, 1, 11);
  assert_year (YEAR (a, 2), 2026, 10, 0, 10, 1, 12);
  for (guint i = 0; i < none->len; i++)
    assert_year (YEAR (none, i), 2024 + (int) i, 0, 0, 0, 0, 0);
}

static void
test_forecast_target_is_base_year (void)
{
  g_autoptr(GArray) short_of = forecast (5, 1, 50, 8, 25, 2026, 2026, 2026);
  g_autoptr(GArray) surplus = forecast (9, 1, 50, 8, 25, 2026, 2026, 2026);
  /* A last year before the base year still gives the base year. */
  g_autoptr(GArray) early = forecast (9, 1, 50, 8, 25, 2026, 2026, 2020);

  g_assert_cmpuint (short_of->len, ==, 1);
  assert_year (YEAR (short_of, 0), 2026, 8, 5, 3, 3, 3);
  assert_year (YEAR (surplus, 0), 2026, 8, 9, -1, 0, 0);
  g_assert_cmpuint (early->len, ==, 1);
}

static void
test_forecast_full_turnover (void)
{
  g_autoptr(GArray) a = forecast (10, 0, 100, 10, 0, 2024, 2026, 2026);
  /* Retirements and turnover together above the staff: no more leave than there are. */
  g_autoptr(GArray) b = forecast (3, 2, 50, 0, 0, 2024, 2026, 2026);

  assert_year (YEAR (a, 0), 2024, 10, 10, 0, 0, 0);
  assert_year (YEAR (a, 1), 2025, 10, 0, 10, 10, 10);
  assert_year (YEAR (a, 2), 2026, 10, 0, 10, 10, 20);
  assert_near (YEAR (a, 2)->leavers, 10);
  assert_year (YEAR (b, 1), 2025, 0, 0, 0, 0, 0);
  assert_near (YEAR (b, 1)->leavers, 3);
  assert_year (YEAR (b, 2), 2026, 0, 0, 0, 0, 0);
}

/* ---- a small document -------------------------------------------------------------- */

typedef struct
{
  char *dir;
  KpDocument *doc;
  gint64 org1, org2, unit1, unit2, unit3;
  gint64 nurse, assistant, custom_role;
  gint64 comp[3];
} Fixture;

static gint64
add (KpDocument         *doc,
     const KpEntityDesc *desc,
     const char         *first,
     ...) G_GNUC_NULL_TERMINATED;

static gint64
add (KpDocument         *doc,
     const KpEntityDesc *desc,
     const char         *first,
     ...)
{
  g_autoptr(GError) error = NULL;
  KpEntity *e;
  va_list args;

  va_start (args, first);
  e = KP_ENTITY (g_object_new_valist (kp_entity_type_for (desc), first, args));
  va_end (args);
  if (!kp_document_add (doc, e, &error))
    g_error ("adding %s: %s", desc->table, error->message);
  g_object_unref (e);
  return kp_entity_get_id (e);
}

static gint64
role_by_key (KpDocument *doc,
             const char *key)
{
  GListModel *roles = kp_document_get_list (doc, &kp_desc_role);

  for (guint i = 0, n = g_list_model_get_n_items (roles); i < n; i++)
    {
      g_autoptr(KpEntity) r = g_list_model_get_item (roles, i);

      if (g_strcmp0 (kp_entity_get_text (r, "key"), key) == 0)
        return kp_entity_get_id (r);
    }
  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fx->dir = kpt_tmp_dir ();
  path = g_build_filename (fx->dir, "stats.kplan", NULL);
  fx->doc = kpt_create (path);
  g_assert_true (kp_document_set_date (fx->doc, kp_document_get_project (fx->doc), "start-date",
                                       kpt_date (2024, 3, 1), &error));
  g_assert_no_error (error);
  fx->org1 = add (fx->doc, &kp_desc_organisation, "name", "Skövde kommun", "kind", "municipality",
                  "project-role", "partner", NULL);
  fx->org2 = add (fx->doc, &kp_desc_organisation, "name", "Hjo kommun", "kind", "municipality",
                  "project-role", "partner", NULL);
  fx->unit1 = add (fx->doc, &kp_desc_unit, "organisation-id", fx->org1, "name", "Hemtjänst",
                   "target-year", (gint64) 2026, NULL);
  fx->unit2 = add (fx->doc, &kp_desc_unit, "organisation-id", fx->org1, "name", "Boende",
                   "target-year", (gint64) 2025, NULL);
  fx->unit3 = add (fx->doc, &kp_desc_unit, "organisation-id", fx->org2, "name", "Vård och omsorg Hjo",
                   "target-year", (gint64) 2024, NULL);
  fx->nurse = role_by_key (fx->doc, "sjukskoterska");
  fx->assistant = role_by_key (fx->doc, "underskoterska");
  fx->custom_role = add (fx->doc, &kp_desc_role, "name", "Rehabassistent", "position", (gint64) 20, NULL);
  fx->comp[0] = add (fx->doc, &kp_desc_competence, "name", "Diabetesvård", "position", (gint64) 20, NULL);
  fx->comp[1] = add (fx->doc, &kp_desc_competence, "name", "KOL", "position", (gint64) 21, NULL);
  fx->comp[2] = add (fx->doc, &kp_desc_competence, "name", "Sårvård", "position", (gint64) 22, NULL);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_clear_object (&fx->doc);
  kpt_rm_rf (fx->dir);
  g_free (fx->dir);
}

static KpEntity *
entity (KpDocument         *doc,
        const KpEntityDesc *desc,
        gint64              id)
{
  KpEntity *e = kp_document_lookup (doc, desc, id);

  g_assert_nonnull (e);
  return e;
}

static void
test_document_forecast (Fixture       *fx,
                        gconstpointer  data)
{
  KpCompetenceScope all = { 0 }, org1 = { .organisation_id = 0 }, unit1 = { .unit_id = 0 };
  KpCompetenceScope nurses = { .role_id = 0 };
  KpHeadcountSummary s;
  g_autoptr(GArray) years = NULL;
  g_autoptr(GPtrArray) roles = NULL;
  gint64 h1, h2, h3;
  KpForecastInput in;
  g_autoptr(GError) error = NULL;

  org1.organisation_id = fx->org1;
  unit1.unit_id = fx->unit1;
  nurses.role_id = fx->nurse;
  g_assert_cmpint (kp_competence_base_year (fx->doc), ==, 2024);
  /* Unit 1 (2024–2026): the basic case, and 4 nurses more than the 10 needed. */
  h1 = add (fx->doc, &kp_desc_headcount, "unit-id", fx->unit1, "role-id", fx->assistant,
            "persons", (gint64) 10, "fte", 9.5, "retirements", (gint64) 1, "turnover", 10.0,
            "demand", (gint64) 12, NULL);
  h2 = add (fx->doc, &kp_desc_headcount, "unit-id", fx->unit1, "role-id", fx->nurse,
            "persons", (gint64) 14, "fte", 13.0, "demand", (gint64) 10, NULL);
  /* Unit 2 (2024–2025): growth 10 %, 110 needed in 2025, 100 in 2024. */
  h3 = add (fx->doc, &kp_desc_headcount, "unit-id", fx->unit2, "role-id", fx->nurse,
            "persons", (gint64) 100, "fte", 90.0, "demand", (gint64) 110, "growth", 10.0, NULL);
  /* Unit 3 in the other organisation: target year = base year, no staff. */
  add (fx->doc, &kp_desc_headcount, "unit-id", fx->unit3, "role-id", fx->custom_role,
       "persons", (gint64) 0, "fte", 0.0, "demand", (gint64) 3, NULL);

  kp_forecast_input_for (fx->doc, entity (fx->doc, &kp_desc_headcount, h1), &in);
  g_assert_cmpint (in.base_year, ==, 2024);
  g_assert_cmpint (in.target_year, ==, 2026);
  assert_near (in.turnover, 10);

  memset (&s, 0, sizeof s);
  kp_headcount_summary_add (fx->doc, entity (fx->doc, &kp_desc_headcount, h2), &s);
  /* One row keeps its sign: a surplus of 4. */
  assert_near (s.gap, -4);
  assert_near (s.need, 0);

  kp_competence_summary (fx->doc, &unit1, &s);
  g_assert_cmpuint (s.n_rows, ==, 2);
  assert_near (s.persons, 24);
  assert_near (s.fte, 22.5);
  assert_near (s.retirements, 1);
  assert_near (s.demand, 22);
  assert_near (s.staff, 6.2 + 14);
  /* The nurses' surplus does not fill the assistant nurses' shortage of 5.8. */
  assert_near (s.gap, 5.8);
  assert_near (s.need, 6.4);

  kp_competence_summary (fx->doc, &org1, &s);
  g_assert_cmpuint (s.n_rows, ==, 3);
  assert_near (s.gap, 5.8 + 10);
  assert_near (s.need, 6.4 + 10);

  kp_competence_summary (fx->doc, &all, &s);
  g_assert_cmpuint (s.n_rows, ==, 4);
  assert_near (s.persons, 124);
  assert_near (s.gap, 5.8 + 10 + 3);
  assert_near (s.need, 6.4 + 10 + 3);

  kp_competence_summary (fx->doc, &nurses, &s);
  g_assert_cmpuint (s.n_rows, ==, 2);
  assert_near (s.gap, 10);

  /* Year by year over everything, 2024–2026: rows before 2026 carry on with their growth. */
  g_assert_cmpint (kp_competence_last_year (fx->doc, &all), ==, 2026);
  g_assert_cmpint (kp_competence_last_year (fx->doc, &unit1), ==, 2026);
  years = kp_competence_forecast (fx->doc, &all);
  g_assert_cmpuint (years->len, ==, 3);
  assert_near (YEAR (years, 0)->demand, 12 + 10 + 100 + 3);
  assert_near (YEAR (years, 0)->staff, 10 + 14 + 100 + 0);
  assert_near (YEAR (years, 0)->gap, 2 + 0 + 0 + 3);
  assert_near (YEAR (years, 0)->need, 2 + 0 + 0 + 3);
  assert_near (YEAR (years, 2)->demand, 12 + 10 + 121 + 3);
  assert_near (YEAR (years, 2)->gap, 5.8 + 0 + 21 + 3);
  assert_near (YEAR (years, 2)->need_total, 6.4 + 0 + 21 + 3);

  /* The roles in scope, in catalogue order. */
  roles = kp_competence_roles (fx->doc, &org1);
  g_assert_cmpuint (roles->len, ==, 2);
  g_assert_cmpint (kp_entity_get_id (roles->pdata[0]), ==, fx->assistant);
  g_assert_cmpint (kp_entity_get_id (roles->pdata[1]), ==, fx->nurse);

  /* Without a start date, the base year is this year. */
  g_assert_true (kp_document_set_date (fx->doc, kp_document_get_project (fx->doc), "start-date",
                                       KP_DATE_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kp_competence_base_year (fx->doc), ==, kp_date_year (kp_date_today ()));
  kp_forecast_input_for (fx->doc, entity (fx->doc, &kp_desc_headcount, h3), &in);
  g_assert_cmpint (in.target_year, ==, MAX (2025, kp_date_year (kp_date_today ())));
}

static guint
index_in (KpCompetenceMatrix *m,
          gboolean            role,
          gint64              id)
{
  guint n = role ? kp_competence_matrix_n_roles (m) : kp_competence_matrix_n_competences (m);

  for (guint i = 0; i < n; i++)
    if (kp_entity_get_id (role ? kp_competence_matrix_role (m, i) : kp_competence_matrix_competence (m, i)) == id)
      return i;
  g_error ("%" G_GINT64_FORMAT " is not in the matrix", id);
}

static void
test_matrix (Fixture       *fx,
             gconstpointer  data)
{
  g_autoptr(KpCompetenceMatrix) m = NULL;
  g_autoptr(KpCompetenceMatrix) empty_unit = NULL;
  guint a, n, c0, c1, c2;

  add (fx->doc, &kp_desc_headcount, "unit-id", fx->unit1, "role-id", fx->nurse, "persons", (gint64) 5,
       "fte", 5.0, NULL);
  add (fx->doc, &kp_desc_headcount, "unit-id", fx->unit1, "role-id", fx->assistant, "persons", (gint64) 5,
       "fte", 5.0, NULL);
  add (fx->doc, &kp_desc_required_level, "role-id", fx->assistant, "competence-id", fx->comp[0], "level", (gint64) 3, NULL);
  add (fx->doc, &kp_desc_required_level, "role-id", fx->assistant, "competence-id", fx->comp[1], "level", (gint64) 2, NULL);
  add (fx->doc, &kp_desc_required_level, "role-id", fx->nurse, "competence-id", fx->comp[0], "level", (gint64) 1, NULL);
  add (fx->doc, &kp_desc_required_level, "role-id", fx->custom_role, "competence-id", fx->comp[2], "level", (gint64) 4, NULL);
  add (fx->doc, &kp_desc_unit_level, "unit-id", fx->unit1, "competence-id", fx->comp[0], "level", (gint64) 2,
       "holders", (gint64) 5, NULL);
  add (fx->doc, &kp_desc_unit_level, "unit-id", fx->unit1, "competence-id", fx->comp[1], "level", (gint64) 2,
       "holders", (gint64) 1, NULL);
  /* Another unit's levels do not count. */
  add (fx->doc, &kp_desc_unit_level, "unit-id", fx->unit2, "competence-id", fx->comp[2], "level", (gint64) 0,
       "holders", (gint64) 1, NULL);

  m = kp_competence_matrix_new (fx->doc, fx->unit1);
  /* The unit's roles only, every competence (8 shipped and 3 of ours). */
  g_assert_cmpuint (kp_competence_matrix_n_roles (m), ==, 2);
  g_assert_cmpuint (kp_competence_matrix_n_competences (m), ==, 11);
  a = index_in (m, TRUE, fx->assistant);
  n = index_in (m, TRUE, fx->nurse);
  c0 = index_in (m, FALSE, fx->comp[0]);
  c1 = index_in (m, FALSE, fx->comp[1]);
  c2 = index_in (m, FALSE, fx->comp[2]);
  g_assert_cmpuint (a, <, n);
  g_assert_cmpint (kp_competence_matrix_required (m, c0, a), ==, 3);
  g_assert_cmpint (kp_competence_matrix_required (m, c0, n), ==, 1);
  g_assert_cmpint (kp_competence_matrix_required (m, c1, n), ==, -1);
  g_assert_cmpint (kp_competence_matrix_level (m, c0), ==, 2);
  g_assert_cmpint (kp_competence_matrix_level (m, c2), ==, -1);
  g_assert_cmpint (kp_competence_matrix_holders (m, c1), ==, 1);
  g_assert_cmpint (kp_competence_matrix_holders (m, c2), ==, -1);
  /* Required 3, held at 2: a gap of 1. Required 1, held at 2: none. */
  g_assert_cmpint (kp_competence_matrix_gap (m, c0, a), ==, 1);
  g_assert_cmpint (kp_competence_matrix_gap (m, c0, n), ==, 0);
  g_assert_cmpint (kp_competence_matrix_gap (m, c1, a), ==, 0);
  g_assert_cmpint (kp_competence_matrix_gap (m, c1, n), ==, -1);
  g_assert_cmpint (kp_competence_matrix_gap (m, c2, a), ==, -1);
  g_assert_false (kp_competence_matrix_single_holder (m, c0));
  g_assert_true (kp_competence_matrix_single_holder (m, c1));
  g_assert_false (kp_competence_matrix_single_holder (m, c2));
  g_assert_cmpuint (kp_competence_matrix_n_gaps (m), ==, 1);
  g_assert_cmpint (kp_competence_matrix_max_gap (m), ==, 1);
  g_assert_cmpuint (kp_competence_matrix_n_single_holders (m), ==, 1);

  /* A unit without headcount: every role with a requirement, no levels. */
  empty_unit = kp_competence_matrix_new (fx->doc, fx->unit3);
  g_assert_cmpuint (kp_competence_matrix_n_roles (empty_unit), ==, 3);
  g_assert_cmpint (kp_competence_matrix_level (empty_unit, c0), ==, -1);
  g_assert_cmpuint (kp_competence_matrix_n_gaps (empty_unit), ==, 0);
  g_assert_cmpint (kp_competence_matrix_max_gap (empty_unit), ==, 0);
}

static void
test_title (Fixture       *fx,
            gconstpointer  data)
{
  gint64 c1 = add (fx->doc, &kp_desc_certification, "unit-id", fx->unit1, "certified", (gint64) 12,
                   "applied", (gint64) 3, "transition", (gint64) 6, "no-path", (gint64) 1, NULL);
  gint64 c2 = add (fx->doc, &kp_desc_certification, "unit-id", fx->unit2, NULL);
  KpTitleFigures f, empty, total;

  kp_title_figures (entity (fx->doc, &kp_desc_certification, c1), &f);
  g_assert_cmpint (f.total, ==, 22);
  g_assert_cmpint (f.without_certificate, ==, 10);
  assert_near (f.coverage, 1200.0 / 22.0);
  kp_title_figures (entity (fx->doc, &kp_desc_certification, c2), &empty);
  g_assert_cmpint (empty.total, ==, 0);
  g_assert_true (isnan (empty.coverage));
  kp_title_totals (fx->doc, &total);
  g_assert_cmpint (total.certified, ==, 12);
  g_assert_cmpint (total.total, ==, 22);
  assert_near (total.coverage, f.coverage);

  /* Warn from 2031 while someone lacks the certificate; after 2033-06-30 the rule has ended. */
  g_assert_cmpint (kp_title_transition_end (), ==, kpt_date (2033, 6, 30));
  g_assert_cmpint (kp_title_alert (&f, kpt_date (2030, 12, 31)), ==, KP_TITLE_ALERT_NONE);
  g_assert_cmpint (kp_title_alert (&f, kpt_date (2031, 1, 1)), ==, KP_TITLE_ALERT_APPROACHING);
  g_assert_cmpint (kp_title_alert (&f, kpt_date (2033, 6, 30)), ==, KP_TITLE_ALERT_APPROACHING);
  g_assert_cmpint (kp_title_alert (&f, kpt_date (2033, 7, 1)), ==, KP_TITLE_ALERT_PASSED);
  g_assert_cmpint (kp_title_alert (&empty, kpt_date (2032, 1, 1)), ==, KP_TITLE_ALERT_NONE);
  f.applied = f.transition = f.no_path = f.without_certificate = 0;
  g_assert_cmpint (kp_title_alert (&f, kpt_date (2034, 1, 1)), ==, KP_TITLE_ALERT_NONE);

  /* The unit's assistant nurses, to compare with the counts. */
  add (fx->doc, &kp_desc_headcount, "unit-id", fx->unit1, "role-id", fx->assistant, "persons", (gint64) 21,
       "fte", 20.0, NULL);
  add (fx->doc, &kp_desc_headcount, "unit-id", fx->unit1, "role-id", fx->nurse, "persons", (gint64) 7,
       "fte", 7.0, NULL);
  g_assert_cmpint (kp_title_headcount (fx->doc, fx->unit1), ==, 21);
  g_assert_cmpint (kp_title_headcount (fx->doc, fx->unit2), ==, 0);
}

static void
test_staircase (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GArray) steps = NULL;
  KpStairFigures totals;

  add (fx->doc, &kp_desc_headcount, "unit-id", fx->unit1, "role-id", fx->assistant, "persons", (gint64) 21,
       "fte", 20.0, NULL);
  add (fx->doc, &kp_desc_headcount, "unit-id", fx->unit2, "role-id", fx->assistant, "persons", (gint64) 9,
       "fte", 9.0, NULL);
  add (fx->doc, &kp_desc_stair_step, "position", (gint64) 2, "name", "Undersköterska", "role-id", fx->assistant,
       "people-now", (gint64) 30, "people-planned", (gint64) 34, NULL);
  add (fx->doc, &kp_desc_stair_step, "position", (gint64) 0, "name", "Arbetsmarknadsanställning",
       "people-now", (gint64) 6, "people-planned", (gint64) 2, NULL);
  add (fx->doc, &kp_desc_stair_step, "position", (gint64) 1, "name", "Serviceassistent",
       "people-now", (gint64) 0, "people-planned", (gint64) 8, NULL);

  steps = kp_staircase_figures (fx->doc, &totals);
  g_assert_cmpuint (steps->len, ==, 3);
  g_assert_cmpstr (kp_entity_get_text (g_array_index (steps, KpStairFigures, 0).step, "name"), ==,
                   "Arbetsmarknadsanställning");
  g_assert_cmpint (g_array_index (steps, KpStairFigures, 0).change, ==, -4);
  g_assert_cmpint (g_array_index (steps, KpStairFigures, 0).headcount, ==, -1);
  g_assert_cmpint (g_array_index (steps, KpStairFigures, 1).change, ==, 8);
  g_assert_cmpint (g_array_index (steps, KpStairFigures, 2).headcount, ==, 30);
  g_assert_null (totals.step);
  g_assert_cmpint (totals.now, ==, 36);
  g_assert_cmpint (totals.planned, ==, 44);
  g_assert_cmpint (totals.change, ==, 8);
}

static const KpTrainingRoleFigures *
for_role (GArray *rows,
          gint64  role)
{
  for (guint i = 0; i < rows->len; i++)
    if (kp_entity_get_id (g_array_index (rows, KpTrainingRoleFigures, i).role) == role)
      return &g_array_index (rows, KpTrainingRoleFigures, i);
  return NULL;
}

static void
test_training (Fixture       *fx,
               gconstpointer  data)
{
  gint64 t1 = add (fx->doc, &kp_desc_training, "type", "ktc", "name", "KTC", "cost", 1000.0,
                   "hours-per-participant", 10.0, NULL);
  gint64 t2 = add (fx->doc, &kp_desc_training, "type", "web_course", "name", "Demens ABC", "free-of-charge", TRUE,
                   "hours-per-participant", 2.0, NULL);
  gint64 t3 = add (fx->doc, &kp_desc_training, "type", "supervision", "name", "Handledning", "cost", 500.0,
                   "hours-per-participant", 8.0, NULL);
  gint64 t4 = add (fx->doc, &kp_desc_training, "type", "shadowing", "name", "Skuggning", NULL);
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) free_only = NULL;
  KpTrainingFigures f, total;
  double unassigned;

  add (fx->doc, &kp_desc_training_role, "training-id", t1, "role-id", fx->assistant, "planned", (gint64) 3,
       "completed", (gint64) 2, NULL);
  add (fx->doc, &kp_desc_training_role, "training-id", t1, "role-id", fx->nurse, "planned", (gint64) 1,
       "completed", (gint64) 1, NULL);
  add (fx->doc, &kp_desc_training_role, "training-id", t2, "role-id", fx->assistant, "planned", (gint64) 5,
       "completed", (gint64) 5, NULL);

  g_assert_false (kp_training_is_free (entity (fx->doc, &kp_desc_training, t1)));
  g_assert_true (kp_training_is_free (entity (fx->doc, &kp_desc_training, t2)));
  g_assert_false (kp_training_is_free (entity (fx->doc, &kp_desc_training, t3)));
  /* Not marked, but it costs nothing. */
  g_assert_true (kp_training_is_free (entity (fx->doc, &kp_desc_training, t4)));

  kp_training_figures (fx->doc, entity (fx->doc, &kp_desc_training, t1), &f);
  g_assert_cmpint (f.planned, ==, 4);
  g_assert_cmpint (f.completed, ==, 3);
  assert_near (f.hours_planned, 40);
  assert_near (f.hours_completed, 30);
  assert_near (f.cost, 1000);

  all = kp_training_by_role (fx->doc, FALSE, &total, &unassigned);
  g_assert_cmpuint (all->len, ==, 2);
  /* Catalogue order: assistant nurse comes first. */
  g_assert_cmpint (kp_entity_get_id (g_array_index (all, KpTrainingRoleFigures, 0).role), ==, fx->assistant);
  f = for_role (all, fx->assistant)->figures;
  g_assert_cmpint (f.planned, ==, 8);
  g_assert_cmpint (f.completed, ==, 7);
  assert_near (f.hours_planned, 30 + 10);
  assert_near (f.hours_completed, 20 + 10);
  /* Three of four planned participants: three quarters of 1,000. */
  assert_near (f.cost, 750);
  f = for_role (all, fx->nurse)->figures;
  assert_near (f.cost, 250);
  assert_near (f.hours_planned, 10);
  g_assert_cmpint (total.planned, ==, 9);
  assert_near (total.cost, 1500);
  assert_near (total.hours_planned, 50);
  assert_near (unassigned, 500);

  free_only = kp_training_by_role (fx->doc, TRUE, &total, &unassigned);
  g_assert_cmpuint (free_only->len, ==, 1);
  f = for_role (free_only, fx->assistant)->figures;
  g_assert_cmpint (f.planned, ==, 5);
  assert_near (f.hours_planned, 10);
  assert_near (f.cost, 0);
  assert_near (total.cost, 0);
  assert_near (unassigned, 0);
  g_assert_null (for_role (free_only, fx->nurse));
}

/* The shipped example: figures its SQL comments promise. */
static void
test_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = kp_example_open_copy (kp_example_default (), &error);
  g_autoptr(GArray) steps = NULL;
  g_autoptr(KpCompetenceMatrix) hjo = NULL;
  KpStairFigures totals;
  KpTitleFigures title;
  KpCompetenceScope all = { 0 };
  KpHeadcountSummary s;

  g_assert_no_error (error);
  g_assert_cmpint (kp_competence_base_year (doc), ==, 2020);
  steps = kp_staircase_figures (doc, &totals);
  g_assert_cmpuint (steps->len, ==, 5);
  g_assert_cmpint (totals.now, ==, 349);
  g_assert_cmpint (totals.planned, ==, 391);
  /* Each step with a role holds the headcount of that role. */
  for (guint i = 0; i < steps->len; i++)
    {
      const KpStairFigures *f = &g_array_index (steps, KpStairFigures, i);

      if (f->headcount >= 0)
        g_assert_cmpint (f->headcount, ==, f->now);
    }
  kp_title_totals (doc, &title);
  g_assert_cmpint (title.certified, ==, 131);
  g_assert_cmpint (title.total, ==, 264);
  g_assert_cmpint (kp_title_headcount (doc, 2), ==, 118);
  /* In Hjo (unit 5) only one person holds diabetes care. */
  hjo = kp_competence_matrix_new (doc, 5);
  g_assert_cmpuint (kp_competence_matrix_n_single_holders (hjo), ==, 1);
  kp_competence_summary (doc, &all, &s);
  g_assert_cmpuint (s.n_rows, ==, 33);
  g_assert_cmpfloat (s.need, >, s.gap);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/competence-stats/forecast/basic", test_forecast_basic);
  g_test_add_func ("/competence-stats/forecast/growth", test_forecast_growth);
  g_test_add_func ("/competence-stats/forecast/zero-headcount", test_forecast_zero_headcount);
  g_test_add_func ("/competence-stats/forecast/target-is-base-year", test_forecast_target_is_base_year);
  g_test_add_func ("/competence-stats/forecast/full-turnover", test_forecast_full_turnover);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/competence-stats/document-forecast", test_document_forecast);
  ADD ("/competence-stats/matrix", test_matrix);
  ADD ("/competence-stats/title", test_title);
  ADD ("/competence-stats/staircase", test_staircase);
  ADD ("/competence-stats/training", test_training);
#undef ADD
  g_test_add_func ("/competence-stats/example", test_example);
  return g_test_run ();
}
