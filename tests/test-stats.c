/* test-stats.c: the follow-up figures, exactly, on small projects built here and on the
 * Skaraborg example. */
#include "config.h"

#include "kp-goal-status.h"
#include "kp-stats.h"
#include "fixtures/kp-followup-fixture.h"

typedef struct
{
  char *dir;
  KpDocument *doc;
  KpEntity *alfa, *beta, *gamma;
} Fixture;

#define EPS 1e-9

static void
add_time (Fixture    *f,
          KpEntity   *org,
          const char *date,
          const char *person,
          const char *hours,
          const char *funding)
{
  g_autofree char *id = kpf_id (org);

  kpf_add (f->doc, &kp_desc_time_entry, "date", date, "organisation-id", id, "person", person,
           "hours", hours, "activity", "Arbete", "funding", funding, NULL);
}

static KpEntity *
add_task (Fixture    *f,
          KpEntity   *parent,
          const char *kind,
          const char *position,
          const char *name,
          const char *start,
          const char *end,
          const char *progress,
          const char *status,
          const char *milestone)
{
  g_autofree char *parent_id = parent != NULL ? kpf_id (parent) : g_strdup ("0");

  return kpf_add (f->doc, &kp_desc_task, "parent-id", parent_id, "kind", kind, "position", position,
                  "name", name, "start-date", start, "end-date", end, "progress", progress,
                  "status", status, "is-milestone", milestone, NULL);
}

/* The project every test here starts from; its figures are worked out by hand in the
 * comments of the tests. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  KpEntity *project;
  g_autofree char *usk = NULL, *ssk = NULL, *a = NULL, *b = NULL;
  KpEntity *phase, *a2, *b1, *b2;
  g_autofree char *a1_id = NULL, *a2_id = NULL, *b1_id = NULL, *b2_id = NULL;
  KpEntity *a1;

  f->dir = kpt_tmp_dir ();
  f->doc = kpf_new_doc (f->dir, "p.kplan");
  project = kp_document_get_project (f->doc);
  kpf_set (f->doc, project, "start-date", "2024-01-01");
  kpf_set (f->doc, project, "end-date", "2024-12-31");
  kpf_set (f->doc, project, "planned-hours", "100");
  kpf_set (f->doc, project, "participant-target", "20");
  kpf_set (f->doc, project, "budget", "1000");

  f->alfa = kpf_add (f->doc, &kp_desc_organisation, "name", "Alfa kommun", "position", "0", NULL);
  f->beta = kpf_add (f->doc, &kp_desc_organisation, "name", "Beta kommun", "position", "1", NULL);
  f->gamma = kpf_add (f->doc, &kp_desc_organisation, "name", "Gamma", "position", "2", NULL);

  /* Hours: January 9.5 (Anna twice, spelled two ways), nothing in February, March 10.5,
   * April 14 on one day (over the ESF+ day cap; the project is not ESF+). */
  add_time (f, f->alfa, "2024-01-15", "Anna", "7.5", "funded");
  add_time (f, f->alfa, "2024-01-20", "anna ", "2", "cofinancing");
  add_time (f, f->beta, "2024-03-02", "Bo", "4", "funded");
  add_time (f, f->beta, "2024-03-31", "Bo", "6.5", "cofinancing");
  add_time (f, f->alfa, "2024-04-01", "Cap", "14", "funded");

  kpf_add (f->doc, &kp_desc_meeting, "date", "2024-02-01", "forum", "steering_group", "kind", "presentation", NULL);
  kpf_add (f->doc, &kp_desc_meeting, "date", "2024-03-01", "forum", "steering_group", "kind", "meeting", NULL);
  kpf_add (f->doc, &kp_desc_meeting, "date", "2024-04-01", "forum", "steering_group", "kind", "meeting", "cancelled", "1", NULL);
  kpf_add (f->doc, &kp_desc_meeting, "date", "2024-05-01", "forum", "mas_network", "kind", "presentation", NULL);

  kpf_add (f->doc, &kp_desc_participant_count, "period", "2024-01", "gender", "woman", "age-band", "18_29", "start-status", "unemployed", "count", "3", NULL);
  kpf_add (f->doc, &kp_desc_participant_count, "period", "2024-01", "gender", "man", "age-band", "30_54", "start-status", "employed", "count", "2", NULL);
  kpf_add (f->doc, &kp_desc_participant_count, "period", "2024-Q2", "gender", "woman", "age-band", "30_54", "start-status", "inactive", "count", "4", NULL);
  kpf_add (f->doc, &kp_desc_participant_count, "period", "2024-Q2", "gender", "non_binary", "age-band", "55_plus", "start-status", "long_term_unemployed", "count", "1", NULL);
  kpf_add (f->doc, &kp_desc_participant_result, "period", "2024-Q3", "gender", "woman", "result", "in_work", "count", "2", NULL);
  kpf_add (f->doc, &kp_desc_participant_result, "period", "2024-Q3", "gender", "man", "result", "job_seeking", "count", "1", NULL);

  usk = g_strdup_printf ("%" G_GINT64_FORMAT, kpf_role (f->doc, "underskoterska"));
  ssk = g_strdup_printf ("%" G_GINT64_FORMAT, kpf_role (f->doc, "sjukskoterska"));
  a = kpf_id (f->alfa);
  b = kpf_id (f->beta);
  kpf_add (f->doc, &kp_desc_staffing_stat, "organisation-id", a, "period", "2024-Q1", "role-id", usk, "employees", "10", "fte", "8", "vacancies", "1", "turnover", "10", "sick-leave", "5", "hires-from-project", "1", NULL);
  kpf_add (f->doc, &kp_desc_staffing_stat, "organisation-id", b, "period", "2024-Q1", "role-id", usk, "employees", "30", "fte", "27", "vacancies", "2", "turnover", "20", "sick-leave", "7", NULL);
  kpf_add (f->doc, &kp_desc_staffing_stat, "organisation-id", a, "period", "2024-01", "role-id", ssk, "employees", "5", "fte", "5", "sick-leave", "2", NULL);
  kpf_add (f->doc, &kp_desc_staffing_stat, "organisation-id", a, "period", "2024-Q2", "role-id", usk, "employees", "12", "fte", "10", "turnover", "8", "sick-leave", "4", "hires-from-project", "2", NULL);

  kpf_add (f->doc, &kp_desc_budget_line, "category", "personnel", "budget", "600", "outcome", "500", "funder-share", "50", NULL);
  kpf_add (f->doc, &kp_desc_budget_line, "category", "travel", "budget", "100", "outcome", "120", "funder-share", "40", NULL);
  kpf_add (f->doc, &kp_desc_budget_line, "category", "indirect", "budget", "300", "outcome", "0", "funder-share", "0", NULL);
  kpf_add (f->doc, &kp_desc_budget_line, "category", "other", "budget", "100", "outcome", "100", "funder-share", "33.333", NULL);

  kpf_add (f->doc, &kp_desc_goal, "text", "Tio", "number", "1", "baseline", "0", "target-low", "10", "outcome", "12", NULL);
  kpf_add (f->doc, &kp_desc_goal, "text", "Intervall", "number", "2", "baseline", "0", "target-low", "8", "target-high", "16", "outcome", "8", NULL);
  kpf_add (f->doc, &kp_desc_goal, "text", "Delvis", "number", "3", "baseline", "2", "target-low", "10", "outcome", "5", NULL);
  kpf_add (f->doc, &kp_desc_goal, "text", "Ej bedömt", "number", "4", "target-low", "10", NULL);
  kpf_add (f->doc, &kp_desc_goal, "text", "För hand", "number", "5", "baseline", "0", "target-low", "1", "outcome", "1",
           "status-override", "not_met", "override-reason", "Ingen effekt", NULL);

  /* The timeline: a phase with two activities and a milestone, and a cancelled activity. */
  phase = add_task (f, NULL, "phase", "0", "Fas", "2024-01-01", "2024-06-30", "50", "in_progress", "0");
  a1 = add_task (f, phase, "activity", "0", "A1", "2024-01-01", "2024-01-31", "100", "done", "0");
  a2 = add_task (f, phase, "activity", "1", "A2", "2024-02-01", "2024-03-31", "50", "in_progress", "0");
  add_task (f, phase, "activity", "2", "M", "2024-03-31", "2024-03-31", "0", "not_started", "1");
  add_task (f, NULL, "activity", "1", "X", "2024-07-01", "2024-07-10", "0", "cancelled", "0");
  b1 = kpf_add (f->doc, &kp_desc_baseline, "name", "B1", "created", "2024-01-01", NULL);
  b2 = kpf_add (f->doc, &kp_desc_baseline, "name", "B2", "created", "2024-02-01", NULL);
  a1_id = kpf_id (a1);
  a2_id = kpf_id (a2);
  b1_id = kpf_id (b1);
  b2_id = kpf_id (b2);
  kpf_add (f->doc, &kp_desc_baseline_task, "baseline-id", b1_id, "task-id", a2_id, "start-date", "2024-02-01", "end-date", "2024-03-15", NULL);
  kpf_add (f->doc, &kp_desc_baseline_task, "baseline-id", b2_id, "task-id", a2_id, "start-date", "2024-02-01", "end-date", "2024-03-21", NULL);
  kpf_add (f->doc, &kp_desc_baseline_task, "baseline-id", b2_id, "task-id", a1_id, "start-date", "2024-01-01", "end-date", "2024-01-31", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->doc);
  kpt_rm_rf (f->dir);
  g_free (f->dir);
}

static void
assert_split (const KpStatsSplit *s,
              double              funded,
              double              cofinancing)
{
  g_assert_cmpfloat_with_epsilon (s->funded, funded, EPS);
  g_assert_cmpfloat_with_epsilon (s->cofinancing, cofinancing, EPS);
  g_assert_cmpfloat_with_epsilon (s->total, funded + cofinancing, EPS);
}

static void
test_hours (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(KpStatsHours) h = kp_stats_hours_new (f->doc, NULL);

  g_assert_cmpuint (h->n_entries, ==, 5);
  g_assert_cmpuint (h->n_months, ==, 4);
  g_assert_cmpint (h->months[0], ==, kpf_date ("2024-01-01"));
  g_assert_cmpint (h->months[1], ==, kpf_date ("2024-02-01"));
  g_assert_cmpint (h->months[3], ==, kpf_date ("2024-04-01"));
  /* Organisations with hours only, in the list's order: Gamma has none. */
  g_assert_cmpuint (h->n_rows, ==, 2);
  g_assert_cmpstr (h->rows[0].name, ==, "Alfa kommun");
  g_assert_cmpint (h->rows[0].organisation_id, ==, kp_entity_get_id (f->alfa));
  g_assert_cmpstr (h->rows[1].name, ==, "Beta kommun");
  assert_split (&h->rows[0].months[0], 7.5, 2);
  assert_split (&h->rows[0].months[1], 0, 0);
  assert_split (&h->rows[0].months[2], 0, 0);
  assert_split (&h->rows[0].months[3], 14, 0);
  assert_split (&h->rows[0].total, 21.5, 2);
  assert_split (&h->rows[1].months[2], 4, 6.5);
  assert_split (&h->rows[1].total, 4, 6.5);
  assert_split (&h->month_totals[0], 7.5, 2);
  assert_split (&h->month_totals[1], 0, 0);
  assert_split (&h->month_totals[2], 4, 6.5);
  assert_split (&h->month_totals[3], 14, 0);
  assert_split (&h->total, 25.5, 8.5);
  g_assert_cmpfloat_with_epsilon (kp_stats_weeks (h->total.total), 0.85, EPS);
}

static void
test_hours_range (Fixture       *f,
                  gconstpointer  data)
{
  KpStatsRange r = { kpf_date ("2024-01-16"), kpf_date ("2024-03-31") };
  KpStatsRange feb = { kpf_date ("2024-02-01"), kpf_date ("2024-02-29") };
  KpStatsRange open_end = { kpf_date ("2024-03-31"), KP_DATE_NONE };
  g_autoptr(KpStatsHours) h = kp_stats_hours_new (f->doc, &r);
  g_autoptr(KpStatsHours) none = kp_stats_hours_new (f->doc, &feb);
  g_autoptr(KpStatsHours) tail = kp_stats_hours_new (f->doc, &open_end);

  /* From the 16th: Anna's 7.5 h on the 15th is out; the month columns follow the entries. */
  g_assert_cmpuint (h->n_entries, ==, 3);
  g_assert_cmpuint (h->n_months, ==, 3);
  assert_split (&h->rows[0].total, 0, 2);
  assert_split (&h->total, 4, 8.5);
  g_assert_cmpuint (none->n_entries, ==, 0);
  g_assert_cmpuint (none->n_months, ==, 0);
  g_assert_cmpuint (none->n_rows, ==, 0);
  assert_split (&none->total, 0, 0);
  /* Both ends count: 2024-03-31 is in. */
  g_assert_cmpuint (tail->n_entries, ==, 2);
  assert_split (&tail->total, 14, 6.5);
}

static void
test_person_hours (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(KpStatsPersonHours) p = kp_stats_person_hours_new (f->doc, NULL);

  /* "Anna" and "anna " are one person; people in alphabetical order. */
  g_assert_cmpuint (p->n_rows, ==, 3);
  g_assert_cmpstr (p->rows[0].person, ==, "Anna");
  g_assert_cmpint (p->rows[0].year, ==, 2024);
  g_assert_cmpfloat_with_epsilon (p->rows[0].hours, 9.5, EPS);
  g_assert_cmpuint (p->rows[0].days, ==, 2);
  g_assert_cmpfloat_with_epsilon (p->rows[0].max_day_hours, 7.5, EPS);
  g_assert_cmpint (p->rows[0].max_day, ==, kpf_date ("2024-01-15"));
  g_assert_cmpuint (p->rows[0].days_over_cap, ==, 0);
  g_assert_cmpstr (p->rows[1].person, ==, "Bo");
  g_assert_cmpfloat_with_epsilon (p->rows[1].hours, 10.5, EPS);
  g_assert_cmpint (p->rows[1].max_day, ==, kpf_date ("2024-03-31"));
  g_assert_cmpstr (p->rows[2].person, ==, "Cap");
  g_assert_cmpuint (p->rows[2].days_over_cap, ==, 1);
  g_assert_false (p->rows[2].over_year_cap);
}

static void
test_person_year_cap (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autoptr(KpDocument) doc = kpf_new_doc (dir, "cap.kplan");
  KpEntity *org = kpf_add (doc, &kp_desc_organisation, "name", "Org", NULL);
  g_autofree char *id = kpf_id (org);
  g_autoptr(KpStatsPersonHours) p = NULL;
  KpDate day = kpf_date ("2023-01-02");

  /* 133 days of 13 h: 1,729 h in 2023, above 1,720; then 5 h in 2024. */
  for (int i = 0; i < 133; i++)
    {
      char iso[KP_DATE_ISO_SIZE];

      kpf_add (doc, &kp_desc_time_entry, "date", kp_date_format_iso (day + i, iso), "organisation-id", id,
               "person", "Year", "hours", "13", NULL);
    }
  kpf_add (doc, &kp_desc_time_entry, "date", "2024-01-02", "organisation-id", id, "person", "Year", "hours", "5", NULL);
  p = kp_stats_person_hours_new (doc, NULL);
  g_assert_cmpuint (p->n_rows, ==, 2);
  g_assert_cmpint (p->rows[0].year, ==, 2023);
  g_assert_cmpfloat_with_epsilon (p->rows[0].hours, 1729, EPS);
  g_assert_cmpuint (p->rows[0].days, ==, 133);
  g_assert_true (p->rows[0].over_year_cap);
  g_assert_cmpuint (p->rows[0].days_over_cap, ==, 0);
  g_assert_cmpint (p->rows[1].year, ==, 2024);
  g_assert_false (p->rows[1].over_year_cap);
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

static void
test_meetings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(KpStatsMeetings) m = kp_stats_meetings_new (f->doc, NULL);
  KpStatsRange from_march = { kpf_date ("2024-03-01"), KP_DATE_NONE };
  g_autoptr(KpStatsMeetings) later = kp_stats_meetings_new (f->doc, &from_march);

  g_assert_cmpuint (m->n_forums, ==, kp_catalog_forum.n_choices);
  g_assert_cmpstr (m->forums[0].forum, ==, "steering_group");
  g_assert_cmpuint (m->forums[0].meetings, ==, 1);
  g_assert_cmpuint (m->forums[0].presentations, ==, 1);
  g_assert_cmpuint (m->forums[0].held, ==, 2);
  g_assert_cmpuint (m->forums[0].cancelled, ==, 1);
  g_assert_cmpuint (kp_stats_meetings_held (m, "mas_network"), ==, 1);
  g_assert_cmpuint (kp_stats_meetings_held (m, "elderly_network"), ==, 0);
  g_assert_cmpuint (kp_stats_meetings_held (m, "no-such-forum"), ==, 0);
  g_assert_cmpuint (m->held, ==, 3);
  g_assert_cmpuint (m->cancelled, ==, 1);
  g_assert_cmpuint (kp_stats_meetings_held (later, "steering_group"), ==, 1);
  g_assert_cmpuint (later->cancelled, ==, 1);
  g_assert_cmpuint (later->held, ==, 2);
}

static guint
cell (const guint *matrix,
      guint        width,
      const KpCatalog *rows,
      const char  *row,
      const KpCatalog *cols,
      const char  *col)
{
  return matrix[kp_catalog_index (rows, row) * width + kp_catalog_index (cols, col)];
}

static void
test_participants (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(KpStatsParticipants) p = kp_stats_participants_new (f->doc, NULL);
  KpStatsRange later = { kpf_date ("2024-04-15"), kpf_date ("2024-12-31") };
  g_autoptr(KpStatsParticipants) q = kp_stats_participants_new (f->doc, &later);

  g_assert_cmpuint (p->total, ==, 10);
  g_assert_cmpuint (p->by_gender[kp_catalog_index (&kp_catalog_gender, "woman")], ==, 7);
  g_assert_cmpuint (p->by_gender[kp_catalog_index (&kp_catalog_gender, "man")], ==, 2);
  g_assert_cmpuint (p->by_gender[kp_catalog_index (&kp_catalog_gender, "non_binary")], ==, 1);
  g_assert_cmpuint (p->by_age[kp_catalog_index (&kp_catalog_age_band, "under_18")], ==, 0);
  g_assert_cmpuint (p->by_age[kp_catalog_index (&kp_catalog_age_band, "30_54")], ==, 6);
  g_assert_cmpuint (p->by_status[kp_catalog_index (&kp_catalog_start_status, "inactive")], ==, 4);
  g_assert_cmpuint (cell (p->by_gender_age, p->n_ages, &kp_catalog_gender, "woman", &kp_catalog_age_band, "30_54"), ==, 4);
  g_assert_cmpuint (cell (p->by_gender_age, p->n_ages, &kp_catalog_gender, "man", &kp_catalog_age_band, "30_54"), ==, 2);
  g_assert_cmpuint (cell (p->by_gender_status, p->n_statuses, &kp_catalog_gender, "woman", &kp_catalog_start_status, "unemployed"), ==, 3);
  g_assert_cmpuint (p->total_results, ==, 3);
  g_assert_cmpuint (cell (p->by_gender_result, p->n_results, &kp_catalog_gender, "man", &kp_catalog_result, "job_seeking"), ==, 1);
  g_assert_cmpuint (p->by_result[kp_catalog_index (&kp_catalog_result, "in_work")], ==, 2);
  g_assert_cmpuint (p->n_periods, ==, 3);
  g_assert_cmpstr (p->periods[0].period, ==, "2024-01");
  g_assert_cmpuint (p->periods[0].started, ==, 5);
  g_assert_cmpstr (p->periods[1].period, ==, "2024-Q2");
  g_assert_cmpuint (p->periods[1].started, ==, 5);
  g_assert_cmpstr (p->periods[2].period, ==, "2024-Q3");
  g_assert_cmpuint (p->periods[2].results, ==, 3);
  /* A quarter overlapping the range counts whole; January does not overlap. */
  g_assert_cmpuint (q->total, ==, 5);
  g_assert_cmpuint (q->total_results, ==, 3);
  g_assert_cmpuint (q->n_periods, ==, 2);
}

static void
test_staffing (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(KpStatsStaffing) s = kp_stats_staffing_new (f->doc, NULL);
  const KpStatsStaffingCell *c;

  /* A month sorts before the quarter that starts with it. */
  g_assert_cmpuint (s->n_periods, ==, 3);
  g_assert_cmpstr (s->periods[0], ==, "2024-01");
  g_assert_cmpstr (s->periods[1], ==, "2024-Q1");
  g_assert_cmpstr (s->periods[2], ==, "2024-Q2");
  g_assert_cmpuint (s->n_rows, ==, 4);
  g_assert_cmpstr (s->rows[0].role_key, ==, "sjukskoterska");
  g_assert_cmpstr (s->rows[1].organisation, ==, "Alfa kommun");
  g_assert_cmpstr (s->rows[2].organisation, ==, "Beta kommun");
  g_assert_cmpstr (s->rows[3].period, ==, "2024-Q2");
  /* Roles in the role list's order: undersköterska before sjuksköterska. */
  g_assert_cmpuint (s->n_roles, ==, 2);
  g_assert_cmpstr (s->role_keys[0], ==, "underskoterska");
  g_assert_cmpstr (s->role_keys[1], ==, "sjukskoterska");
  c = &s->trend[1 * s->n_roles + 0];   /* 2024-Q1, undersköterska: Alfa and Beta */
  g_assert_cmpuint (c->n_rows, ==, 2);
  g_assert_cmpint (c->employees, ==, 40);
  g_assert_cmpfloat_with_epsilon (c->fte, 35, EPS);
  g_assert_cmpint (c->vacancies, ==, 3);
  g_assert_cmpint (c->hires_from_project, ==, 1);
  g_assert_cmpfloat_with_epsilon (c->turnover, (10 * 10 + 20 * 30) / 40.0, EPS);   /* 17.5 */
  g_assert_cmpfloat_with_epsilon (c->sick_leave, (5 * 10 + 7 * 30) / 40.0, EPS);   /* 6.5 */
  g_assert_cmpuint (s->trend[0 * s->n_roles + 0].n_rows, ==, 0);
  c = &s->trend[0 * s->n_roles + 1];
  g_assert_cmpint (c->employees, ==, 5);
  g_assert_cmpfloat_with_epsilon (c->sick_leave, 2, EPS);
}

static void
test_budget (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(KpStatsBudget) b = kp_stats_budget_new (f->doc);
  const KpStatsBudgetCategory *personnel = &b->categories[kp_catalog_index (&kp_catalog_budget_category, "personnel")];
  const KpStatsBudgetCategory *other = &b->categories[kp_catalog_index (&kp_catalog_budget_category, "other")];
  const KpStatsBudgetCategory *premises = &b->categories[kp_catalog_index (&kp_catalog_budget_category, "premises")];

  g_assert_cmpuint (b->n_categories, ==, kp_catalog_budget_category.n_choices);
  g_assert_cmpfloat_with_epsilon (personnel->budget, 600, EPS);
  g_assert_cmpfloat_with_epsilon (personnel->funder_budget, 300, EPS);
  g_assert_cmpfloat_with_epsilon (personnel->funder_outcome, 250, EPS);
  /* 33.333 % of 100 is 33.33 in whole öre. */
  g_assert_cmpfloat_with_epsilon (other->funder_budget, 33.33, EPS);
  g_assert_cmpuint (premises->n_lines, ==, 0);
  g_assert_cmpuint (b->total.n_lines, ==, 4);
  g_assert_cmpfloat_with_epsilon (b->total.budget, 1100, EPS);
  g_assert_cmpfloat_with_epsilon (b->total.outcome, 720, EPS);
  g_assert_cmpfloat_with_epsilon (b->total.funder_budget, 300 + 40 + 0 + 33.33, EPS);
  g_assert_cmpfloat_with_epsilon (b->total.funder_outcome, 250 + 48 + 0 + 33.33, EPS);
  g_assert_cmpfloat_with_epsilon (b->used, 720.0 / 1100.0, EPS);
}

static void
test_timeline (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(KpStatsTimeline) t = kp_stats_timeline_new (f->doc, NULL);
  KpStatsRange july = { kpf_date ("2024-07-01"), KP_DATE_NONE };
  g_autoptr(KpStatsTimeline) late = kp_stats_timeline_new (f->doc, &july);
  const char *names[] = { "Fas", "A1", "A2", "M", "X" };
  const guint depths[] = { 0, 1, 1, 1, 0 };

  g_assert_cmpuint (t->n_rows, ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      KpEntity *task = kp_document_lookup (f->doc, &kp_desc_task, t->rows[i].task_id);

      g_assert_cmpstr (kp_entity_get_text (task, "name"), ==, names[i]);
      g_assert_cmpuint (t->rows[i].depth, ==, depths[i]);
    }
  /* The latest baseline, B2, ends A2 on 2024-03-21: A2 ends ten days later. */
  g_assert_true (t->rows[2].has_baseline);
  g_assert_cmpint (t->rows[2].baseline_end, ==, kpf_date ("2024-03-21"));
  g_assert_cmpint (t->rows[2].slip_days, ==, 10);
  g_assert_true (t->rows[1].has_baseline);
  g_assert_cmpint (t->rows[1].slip_days, ==, 0);
  g_assert_false (t->rows[0].has_baseline);
  g_assert_cmpint (t->first, ==, kpf_date ("2024-01-01"));
  g_assert_cmpint (t->last, ==, kpf_date ("2024-07-10"));
  g_assert_cmpuint (late->n_rows, ==, 1);
  g_assert_cmpint (late->rows[0].depth, ==, 0);
}

static void
test_key_figures (Fixture       *f,
                  gconstpointer  data)
{
  KpStatsKeyFigures k;
  KpStatsRange spring = { kpf_date ("2024-03-01"), kpf_date ("2024-06-30") };

  kp_stats_key_figures (f->doc, NULL, kpf_date ("2024-07-01"), &k);
  /* 2024 is a leap year: 366 days, 183 elapsed with 1 July, 183 left after it. */
  g_assert_cmpint (k.days_total, ==, 366);
  g_assert_cmpint (k.days_elapsed, ==, 183);
  g_assert_cmpint (k.days_left, ==, 183);
  g_assert_cmpfloat_with_epsilon (k.time_elapsed, 0.5, EPS);
  /* A1 (31 days, done) and A2 (60 days, half): the phase has children, M is a milestone and
   * X is cancelled. */
  g_assert_cmpfloat_with_epsilon (k.progress, (31 + 60 * 0.5) / 91.0, EPS);
  g_assert_cmpuint (k.goals_total, ==, 5);
  g_assert_cmpuint (k.goals_by_status[KP_GOAL_MET], ==, 2);
  g_assert_cmpuint (k.goals_by_status[KP_GOAL_PARTLY_MET], ==, 1);
  g_assert_cmpuint (k.goals_by_status[KP_GOAL_NOT_MET], ==, 1);
  g_assert_cmpuint (k.goals_by_status[KP_GOAL_NOT_ASSESSED], ==, 1);
  g_assert_cmpfloat_with_epsilon (k.hours, 34, EPS);
  g_assert_cmpfloat_with_epsilon (k.hours_planned, 100, EPS);
  g_assert_cmpfloat_with_epsilon (k.hours_share, 0.34, EPS);
  g_assert_cmpuint (k.participants, ==, 10);
  g_assert_cmpuint (k.participants_target, ==, 20);
  g_assert_cmpfloat_with_epsilon (k.participants_share, 0.5, EPS);
  /* The budget lines (1,100) win over the project's budget (1,000). */
  g_assert_cmpfloat_with_epsilon (k.budget, 1100, EPS);
  g_assert_cmpfloat_with_epsilon (k.budget_used, 720.0 / 1100, EPS);
  g_assert_cmpfloat_with_epsilon (k.funder_contribution, 331.33, EPS);
  g_assert_cmpuint (k.meetings_held, ==, 3);

  /* Before the start and after the end. */
  kp_stats_key_figures (f->doc, NULL, kpf_date ("2023-06-01"), &k);
  g_assert_cmpint (k.days_elapsed, ==, 0);
  g_assert_cmpint (k.days_left, ==, 366);
  kp_stats_key_figures (f->doc, NULL, kpf_date ("2025-06-01"), &k);
  g_assert_cmpint (k.days_left, ==, 0);
  g_assert_cmpfloat_with_epsilon (k.time_elapsed, 1.0, EPS);

  /* The range filters hours, participants and meetings; budget and goals stay whole. */
  kp_stats_key_figures (f->doc, &spring, kpf_date ("2024-07-01"), &k);
  g_assert_cmpfloat_with_epsilon (k.hours, 4 + 6.5 + 14, EPS);
  g_assert_cmpuint (k.participants, ==, 5);
  g_assert_cmpuint (k.meetings_held, ==, 2);
  g_assert_cmpfloat_with_epsilon (k.budget, 1100, EPS);
  g_assert_cmpuint (k.goals_total, ==, 5);
}

static void
test_key_figures_empty (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autoptr(KpDocument) doc = kpf_new_doc (dir, "empty.kplan");
  g_autoptr(KpStatsReport) r = kp_stats_report_new (doc, NULL, kpf_date ("2024-01-01"));

  /* A new project: no dates, no plan, no budget, nothing to divide by. */
  g_assert_cmpint (r->key.days_total, ==, 0);
  g_assert_true (isnan (r->key.time_elapsed));
  g_assert_true (isnan (r->key.progress));
  g_assert_true (isnan (r->key.hours_share));
  g_assert_true (isnan (r->key.participants_share));
  g_assert_true (isnan (r->key.budget_used));
  g_assert_true (isnan (r->budget->used));
  g_assert_cmpuint (r->hours->n_rows, ==, 0);
  g_assert_cmpuint (r->staffing->n_rows, ==, 0);
  g_assert_cmpuint (r->timeline->n_rows, ==, 0);
  g_assert_cmpuint (r->person_hours->n_rows, ==, 0);
  g_clear_pointer (&r, kp_stats_report_free);
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

static void
test_goal_rule (void)
{
  static const struct { double base, low, high, outcome; KpGoalStatus want; } cases[] = {
    { 0, 10, NAN, 12, KP_GOAL_MET },
    { 0, 10, NAN, 10, KP_GOAL_MET },
    { 0, 8, 16, 8, KP_GOAL_MET },          /* the low end of a range */
    { 0, 8, 16, 20, KP_GOAL_MET },         /* above the range */
    { 2, 10, NAN, 5, KP_GOAL_PARTLY_MET },
    { 5, 10, NAN, 5, KP_GOAL_NOT_MET },    /* no better than the baseline */
    { 5, 10, NAN, 3, KP_GOAL_NOT_MET },
    { NAN, 5, NAN, 2, KP_GOAL_PARTLY_MET },/* no baseline counts as 0 */
    { NAN, 5, NAN, 0, KP_GOAL_NOT_MET },
    { 9, 7, NAN, 6.5, KP_GOAL_MET },       /* going down */
    { 9, 7, NAN, 7, KP_GOAL_MET },
    { 9, 7, NAN, 8, KP_GOAL_PARTLY_MET },
    { 9, 7, NAN, 9, KP_GOAL_NOT_MET },
    { 9, 7, NAN, 9.5, KP_GOAL_NOT_MET },
    { 20, 10, 15, 15, KP_GOAL_MET },       /* down into a range: its high end */
    { 20, 10, 15, 16, KP_GOAL_PARTLY_MET },
    { 12, 10, 15, 11, KP_GOAL_MET },       /* baseline inside the range: going up */
    { 0, 10, NAN, NAN, KP_GOAL_NOT_ASSESSED },
    { 0, NAN, NAN, 5, KP_GOAL_NOT_ASSESSED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KpGoalStatus got = kp_goal_status_derive (cases[i].base, cases[i].low, cases[i].high, cases[i].outcome);

      if (got != cases[i].want)
        g_error ("case %u: %s, expected %s", i, kp_goal_status_key (got), kp_goal_status_key (cases[i].want));
    }
  /* The enum follows the catalogue. */
  for (guint s = 0; s < KP_N_GOAL_STATUSES; s++)
    {
      g_assert_cmpstr (kp_goal_status_key (s), ==, kp_catalog_goal_status.choices[s].key);
      g_assert_cmpint (kp_goal_status_from_key (kp_goal_status_key (s)), ==, s);
    }
  g_assert_cmpuint (kp_catalog_goal_status.n_choices, ==, KP_N_GOAL_STATUSES);
}

static void
test_goal_override (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *goals = kp_document_get_list (f->doc, &kp_desc_goal);
  g_autoptr(KpEntity) manual = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (goals) && manual == NULL; i++)
    {
      g_autoptr(KpEntity) g = g_list_model_get_item (goals, i);

      if (kp_entity_get_int (g, "number") == 5)
        manual = g_object_ref (g);
    }
  g_assert_nonnull (manual);
  /* The figures say met; the hand says not met. */
  g_assert_true (kp_goal_status_is_manual (manual));
  g_assert_cmpint (kp_goal_status_of (manual), ==, KP_GOAL_NOT_MET);
  kpf_set (f->doc, manual, "status-override", "");
  g_assert_false (kp_goal_status_is_manual (manual));
  g_assert_cmpint (kp_goal_status_of (manual), ==, KP_GOAL_MET);
}

static void
test_periods_and_ranges (void)
{
  KpStatsRange r;
  KpDate first, last;
  g_autoptr(GError) error = NULL;

  g_assert_true (kp_stats_period_span ("2024-Q4", &first, &last));
  g_assert_cmpint (first, ==, kpf_date ("2024-10-01"));
  g_assert_cmpint (last, ==, kpf_date ("2024-12-31"));
  g_assert_true (kp_stats_period_span ("2024-02", &first, &last));
  g_assert_cmpint (last, ==, kpf_date ("2024-02-29"));
  g_assert_false (kp_stats_period_span ("2024-13", NULL, NULL));
  g_assert_false (kp_stats_period_span ("2024-Q5", NULL, NULL));
  g_assert_cmpint (kp_stats_period_compare ("2024-01", "2024-Q1"), <, 0);
  g_assert_cmpint (kp_stats_period_compare ("2024-Q1", "2024-02"), <, 0);
  g_assert_cmpint (kp_stats_period_compare ("2023-12", "2024-01"), <, 0);
  g_assert_cmpint (kp_stats_period_compare ("2024-03", "2024-03"), ==, 0);

  g_assert_true (kp_stats_range_parse ("2024-01-01", "", &r, &error));
  g_assert_cmpint (r.from, ==, kpf_date ("2024-01-01"));
  g_assert_cmpint (r.to, ==, KP_DATE_NONE);
  g_assert_true (kp_stats_range_parse (NULL, NULL, &r, &error));
  g_assert_cmpint (r.from, ==, KP_DATE_NONE);
  g_assert_false (kp_stats_range_parse ("2024-02-30", NULL, &r, &error));
  g_assert_error (error, KP_STATS_ERROR, KP_STATS_ERROR_INVALID_DATE);
  g_clear_error (&error);
  g_assert_false (kp_stats_range_parse ("2024-05-01", "2024-04-30", &r, &error));
  g_assert_error (error, KP_STATS_ERROR, KP_STATS_ERROR_INVERTED_RANGE);

  r.from = kpf_date ("2024-04-01");
  r.to = kpf_date ("2024-04-30");
  g_assert_true (kp_stats_range_has_period (&r, "2024-Q2"));
  g_assert_true (kp_stats_range_has_period (&r, "2024-04"));
  g_assert_false (kp_stats_range_has_period (&r, "2024-03"));
  g_assert_false (kp_stats_range_has_period (&r, "2024-Q3"));
  g_assert_false (kp_stats_range_has_period (NULL, "garbage"));
  g_assert_true (kp_stats_range_contains (&r, r.to));
  g_assert_false (kp_stats_range_contains (&r, r.to + 1));
  g_assert_cmpfloat_with_epsilon (kp_stats_weeks (350), 8.75, EPS);
}

/* The Skaraborg example: the report's 350 hours are 8.75 working weeks, and the project
 * was presented 11 times to the steering group, 7 to the MAS network, 4 to the elderly care
 * network, 6 at other meetings in the municipalities and 10 outside them. */
static void
test_skaraborg (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autoptr(KpDocument) doc = kpf_example_doc (dir, "vardens-medarbetare");
  g_autoptr(KpStatsReport) r = kp_stats_report_new (doc, NULL, kpf_date ("2022-01-01"));

  g_assert_cmpfloat_with_epsilon (r->hours->total.total, 350, EPS);
  g_assert_cmpfloat_with_epsilon (kp_stats_weeks (r->hours->total.total), 8.75, EPS);
  g_assert_cmpfloat_with_epsilon (r->hours->total.funded + r->hours->total.cofinancing, 350, EPS);
  g_assert_cmpuint (kp_stats_meetings_held (r->meetings, "steering_group"), ==, 11);
  g_assert_cmpuint (kp_stats_meetings_held (r->meetings, "mas_network"), ==, 7);
  g_assert_cmpuint (kp_stats_meetings_held (r->meetings, "elderly_network"), ==, 4);
  g_assert_cmpuint (kp_stats_meetings_held (r->meetings, "municipal_meeting"), ==, 6);
  g_assert_cmpuint (kp_stats_meetings_held (r->meetings, "external_meeting"), ==, 10);
  /* The project ended 2021-12-31: nothing left, every activity done. */
  g_assert_cmpint (r->key.days_left, ==, 0);
  g_assert_cmpfloat_with_epsilon (r->key.time_elapsed, 1.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->key.progress, 1.0, EPS);
  g_assert_cmpuint (r->key.goals_total, ==, 13);
  g_clear_pointer (&r, kp_stats_report_free);
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

/* Every example: the pieces add up. */
static void
test_examples_consistent (void)
{
  guint n;
  const KpExample *examples = kp_examples (&n);
  g_autofree char *dir = kpt_tmp_dir ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpDocument) doc = kpf_example_doc (dir, examples[i].name);
      g_autoptr(KpStatsReport) r = kp_stats_report_new (doc, NULL, KP_DATE_NONE);
      double rows = 0, months = 0, budget = 0;
      guint ages = 0, forums = 0;

      for (guint k = 0; k < r->hours->n_rows; k++)
        rows += r->hours->rows[k].total.total;
      for (guint k = 0; k < r->hours->n_months; k++)
        months += r->hours->month_totals[k].total;
      g_assert_cmpfloat_with_epsilon (rows, r->hours->total.total, 1e-6);
      g_assert_cmpfloat_with_epsilon (months, r->hours->total.total, 1e-6);
      for (guint k = 0; k < r->participants->n_ages; k++)
        ages += r->participants->by_age[k];
      g_assert_cmpuint (ages, ==, r->participants->total);
      for (guint k = 0; k < r->meetings->n_forums; k++)
        forums += r->meetings->forums[k].held;
      g_assert_cmpuint (forums, ==, r->meetings->held);
      for (guint k = 0; k < r->budget->n_categories; k++)
        budget += r->budget->categories[k].budget;
      g_assert_cmpfloat_with_epsilon (budget, r->budget->total.budget, 1e-6);
      g_assert_cmpuint (r->timeline->n_rows, ==, g_list_model_get_n_items (kp_document_get_list (doc, &kp_desc_task)));
    }
  kpt_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "en", TRUE);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/stats/hours", test_hours);
  ADD ("/stats/hours-range", test_hours_range);
  ADD ("/stats/person-hours", test_person_hours);
  ADD ("/stats/meetings", test_meetings);
  ADD ("/stats/participants", test_participants);
  ADD ("/stats/staffing", test_staffing);
  ADD ("/stats/budget", test_budget);
  ADD ("/stats/timeline", test_timeline);
  ADD ("/stats/key-figures", test_key_figures);
  ADD ("/stats/goal-override", test_goal_override);
#undef ADD
  g_test_add_func ("/stats/person-year-cap", test_person_year_cap);
  g_test_add_func ("/stats/key-figures-empty", test_key_figures_empty);
  g_test_add_func ("/stats/goal-rule", test_goal_rule);
  g_test_add_func ("/stats/periods-and-ranges", test_periods_and_ranges);
  g_test_add_func ("/stats/skaraborg", test_skaraborg);
  g_test_add_func ("/stats/examples-consistent", test_examples_consistent);
  return g_test_run ();
}
