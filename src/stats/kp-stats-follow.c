/* kp-stats-follow.c: meetings per forum, participants, staffing and budget. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kp-funding.h"
#include "kp-stats.h"
#include "kp-stats-private.h"

/* ---- meetings ------------------------------------------------------------------------ */

KpStatsMeetings *
kp_stats_meetings_new (KpDocument         *document,
                       const KpStatsRange *range)
{
  GListModel *list = kp_document_get_list (document, &kp_desc_meeting);
  guint f_date = kp_stats_field (&kp_desc_meeting, "date");
  guint f_forum = kp_stats_field (&kp_desc_meeting, "forum");
  guint f_kind = kp_stats_field (&kp_desc_meeting, "kind");
  guint f_cancelled = kp_stats_field (&kp_desc_meeting, "cancelled");
  KpStatsMeetings *m = g_new0 (KpStatsMeetings, 1);

  m->n_forums = kp_catalog_forum.n_choices;
  m->forums = g_new0 (KpStatsForum, m->n_forums);
  for (guint i = 0; i < m->n_forums; i++)
    m->forums[i].forum = kp_catalog_forum.choices[i].key;
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);
      int forum = kp_catalog_index (&kp_catalog_forum, kp_entity_peek (e, f_forum)->s);
      KpStatsForum *f;

      if (forum < 0 || !kp_stats_range_contains (range, (KpDate) kp_entity_peek (e, f_date)->i))
        continue;
      f = &m->forums[forum];
      if (kp_entity_peek (e, f_cancelled)->i)
        {
          f->cancelled++;
          m->cancelled++;
          continue;
        }
      if (g_str_equal (kp_entity_peek (e, f_kind)->s, "presentation"))
        f->presentations++;
      else
        f->meetings++;
      f->held++;
      m->held++;
    }
  return m;
}

void
kp_stats_meetings_free (KpStatsMeetings *meetings)
{
  if (meetings == NULL)
    return;
  g_free (meetings->forums);
  g_free (meetings);
}

guint
kp_stats_meetings_held (const KpStatsMeetings *meetings,
                        const char            *forum)
{
  for (guint i = 0; i < meetings->n_forums; i++)
    if (g_str_equal (meetings->forums[i].forum, forum))
      return meetings->forums[i].held;
  return 0;
}

/* ---- participants -------------------------------------------------------------------- */

static KpStatsParticipantPeriod *
period_slot (GArray     *periods,
             const char *period)
{
  KpStatsParticipantPeriod fresh = { 0 };

  for (guint i = 0; i < periods->len; i++)
    if (g_str_equal (g_array_index (periods, KpStatsParticipantPeriod, i).period, period))
      return &g_array_index (periods, KpStatsParticipantPeriod, i);
  fresh.period = g_strdup (period);
  g_array_append_val (periods, fresh);
  return &g_array_index (periods, KpStatsParticipantPeriod, periods->len - 1);
}

static int
participant_period_compare (gconstpointer a,
                            gconstpointer b)
{
  return kp_stats_period_compare (((const KpStatsParticipantPeriod *) a)->period,
                                  ((const KpStatsParticipantPeriod *) b)->period);
}

KpStatsParticipants *
kp_stats_participants_new (KpDocument         *document,
                           const KpStatsRange *range)
{
  GListModel *counts = kp_document_get_list (document, &kp_desc_participant_count);
  GListModel *results = kp_document_get_list (document, &kp_desc_participant_result);
  guint fc_period = kp_stats_field (&kp_desc_participant_count, "period");
  guint fc_gender = kp_stats_field (&kp_desc_participant_count, "gender");
  guint fc_age = kp_stats_field (&kp_desc_participant_count, "age-band");
  guint fc_status = kp_stats_field (&kp_desc_participant_count, "start-status");
  guint fc_count = kp_stats_field (&kp_desc_participant_count, "count");
  guint fr_period = kp_stats_field (&kp_desc_participant_result, "period");
  guint fr_gender = kp_stats_field (&kp_desc_participant_result, "gender");
  guint fr_result = kp_stats_field (&kp_desc_participant_result, "result");
  guint fr_count = kp_stats_field (&kp_desc_participant_result, "count");
  GArray *periods = g_array_new (FALSE, TRUE, sizeof (KpStatsParticipantPeriod));
  KpStatsParticipants *p = g_new0 (KpStatsParticipants, 1);

  p->n_genders = kp_catalog_gender.n_choices;
  p->n_ages = kp_catalog_age_band.n_choices;
  p->n_statuses = kp_catalog_start_status.n_choices;
  p->n_results = kp_catalog_result.n_choices;
  p->by_gender_age = g_new0 (guint, p->n_genders * p->n_ages);
  p->by_gender_status = g_new0 (guint, p->n_genders * p->n_statuses);
  p->by_gender_result = g_new0 (guint, p->n_genders * p->n_results);
  p->by_gender = g_new0 (guint, p->n_genders);
  p->by_age = g_new0 (guint, p->n_ages);
  p->by_status = g_new0 (guint, p->n_statuses);
  p->by_result = g_new0 (guint, p->n_results);

  for (guint i = 0, n = g_list_model_get_n_items (counts); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (counts, i);
      const char *period = kp_entity_peek (e, fc_period)->s;
      int g = kp_catalog_index (&kp_catalog_gender, kp_entity_peek (e, fc_gender)->s);
      int a = kp_catalog_index (&kp_catalog_age_band, kp_entity_peek (e, fc_age)->s);
      int s = kp_catalog_index (&kp_catalog_start_status, kp_entity_peek (e, fc_status)->s);
      guint count = (guint) kp_entity_peek (e, fc_count)->i;

      if (g < 0 || a < 0 || s < 0 || !kp_stats_range_has_period (range, period))
        continue;
      p->by_gender_age[g * p->n_ages + a] += count;
      p->by_gender_status[g * p->n_statuses + s] += count;
      p->by_gender[g] += count;
      p->by_age[a] += count;
      p->by_status[s] += count;
      p->total += count;
      period_slot (periods, period)->started += count;
    }
  for (guint i = 0, n = g_list_model_get_n_items (results); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (results, i);
      const char *period = kp_entity_peek (e, fr_period)->s;
      int g = kp_catalog_index (&kp_catalog_gender, kp_entity_peek (e, fr_gender)->s);
      int r = kp_catalog_index (&kp_catalog_result, kp_entity_peek (e, fr_result)->s);
      guint count = (guint) kp_entity_peek (e, fr_count)->i;

      if (g < 0 || r < 0 || !kp_stats_range_has_period (range, period))
        continue;
      p->by_gender_result[g * p->n_results + r] += count;
      p->by_result[r] += count;
      p->total_results += count;
      period_slot (periods, period)->results += count;
    }
  g_array_sort (periods, participant_period_compare);
  p->n_periods = periods->len;
  p->periods = (KpStatsParticipantPeriod *) (void *) g_array_free (periods, FALSE);
  return p;
}

void
kp_stats_participants_free (KpStatsParticipants *p)
{
  if (p == NULL)
    return;
  for (guint i = 0; i < p->n_periods; i++)
    g_free (p->periods[i].period);
  g_free (p->periods);
  g_free (p->by_gender_age);
  g_free (p->by_gender_status);
  g_free (p->by_gender_result);
  g_free (p->by_gender);
  g_free (p->by_age);
  g_free (p->by_status);
  g_free (p->by_result);
  g_free (p);
}

/* ---- staffing ------------------------------------------------------------------------ */

typedef struct
{
  KpStatsStaffingRow row;
  guint org_pos;
  guint role_pos;
} SortRow;

static int
staffing_row_compare (gconstpointer a,
                      gconstpointer b)
{
  const SortRow *x = a, *y = b;
  int c = kp_stats_period_compare (x->row.period, y->row.period);

  if (c != 0)
    return c;
  if (x->org_pos != y->org_pos)
    return x->org_pos < y->org_pos ? -1 : 1;
  return x->role_pos < y->role_pos ? -1 : x->role_pos > y->role_pos;
}

static int
string_period_compare (gconstpointer a,
                       gconstpointer b)
{
  return kp_stats_period_compare (*(char *const *) a, *(char *const *) b);
}

/* Position in the list → index, and the entity by id. */
static GHashTable *
positions (GListModel *list)
{
  GHashTable *pos = g_hash_table_new (NULL, NULL);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      g_hash_table_insert (pos, GSIZE_TO_POINTER ((gsize) kp_entity_get_id (e)), GUINT_TO_POINTER (i));
    }
  return pos;
}

KpStatsStaffing *
kp_stats_staffing_new (KpDocument         *document,
                       const KpStatsRange *range)
{
  GListModel *list = kp_document_get_list (document, &kp_desc_staffing_stat);
  GListModel *roles = kp_document_get_list (document, &kp_desc_role);
  const KpEntityDesc *d = &kp_desc_staffing_stat;
  guint f_org = kp_stats_field (d, "organisation-id"), f_period = kp_stats_field (d, "period");
  guint f_role = kp_stats_field (d, "role-id"), f_emp = kp_stats_field (d, "employees");
  guint f_fte = kp_stats_field (d, "fte"), f_vac = kp_stats_field (d, "vacancies");
  guint f_turn = kp_stats_field (d, "turnover"), f_sick = kp_stats_field (d, "sick-leave");
  guint f_hires = kp_stats_field (d, "hires-from-project");
  g_autoptr(GHashTable) org_pos = positions (kp_document_get_list (document, &kp_desc_organisation));
  g_autoptr(GHashTable) role_pos = positions (roles);
  g_autoptr(GHashTable) period_set = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) role_set = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) sorted = g_array_new (FALSE, TRUE, sizeof (SortRow));
  g_autoptr(GPtrArray) periods = g_ptr_array_new ();
  g_autofree double *weight_turn = NULL, *weight_sick = NULL, *plain_turn = NULL, *plain_sick = NULL;
  g_autofree guint *role_col = NULL;
  KpStatsStaffing *s = g_new0 (KpStatsStaffing, 1);
  guint n_role_list = g_list_model_get_n_items (roles);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);
      const char *period = kp_entity_peek (e, f_period)->s;
      gint64 org_id = kp_entity_peek (e, f_org)->i, role_id = kp_entity_peek (e, f_role)->i;
      KpEntity *org = kp_document_lookup (document, &kp_desc_organisation, org_id);
      KpEntity *role = kp_document_lookup (document, &kp_desc_role, role_id);
      SortRow sr = { { 0 } };

      if (org == NULL || role == NULL || !kp_stats_range_has_period (range, period))
        continue;
      sr.row.period = g_strdup (period);
      sr.row.organisation_id = org_id;
      sr.row.organisation = g_strdup (kp_entity_get_text (org, "name"));
      sr.row.role_id = role_id;
      sr.row.role_key = g_strdup (kp_entity_get_text (role, "key"));
      sr.row.role_name = g_strdup (kp_entity_get_text (role, "name"));
      sr.row.employees = kp_entity_peek (e, f_emp)->i;
      sr.row.fte = kp_entity_peek (e, f_fte)->d;
      sr.row.vacancies = kp_entity_peek (e, f_vac)->i;
      sr.row.turnover = kp_entity_peek (e, f_turn)->d;
      sr.row.sick_leave = kp_entity_peek (e, f_sick)->d;
      sr.row.hires_from_project = kp_entity_peek (e, f_hires)->i;
      sr.org_pos = GPOINTER_TO_UINT (g_hash_table_lookup (org_pos, GSIZE_TO_POINTER ((gsize) org_id)));
      sr.role_pos = GPOINTER_TO_UINT (g_hash_table_lookup (role_pos, GSIZE_TO_POINTER ((gsize) role_id)));
      g_array_append_val (sorted, sr);
      if (g_hash_table_add (period_set, sr.row.period))
        g_ptr_array_add (periods, sr.row.period);
      g_hash_table_add (role_set, GUINT_TO_POINTER (sr.role_pos + 1));
    }
  g_array_sort (sorted, staffing_row_compare);
  g_ptr_array_sort (periods, string_period_compare);

  s->n_rows = sorted->len;
  s->rows = g_new0 (KpStatsStaffingRow, MAX (sorted->len, 1));
  for (guint i = 0; i < sorted->len; i++)
    s->rows[i] = g_array_index (sorted, SortRow, i).row;
  s->n_periods = periods->len;
  s->periods = g_new0 (char *, periods->len + 1);
  for (guint i = 0; i < periods->len; i++)
    s->periods[i] = g_strdup (periods->pdata[i]);

  /* Roles with figures, in the role list's order. */
  role_col = g_new0 (guint, n_role_list + 1);
  s->role_ids = g_new0 (gint64, g_hash_table_size (role_set) + 1);
  s->role_keys = g_new0 (char *, g_hash_table_size (role_set) + 1);
  s->role_names = g_new0 (char *, g_hash_table_size (role_set) + 1);
  for (guint i = 0; i < n_role_list; i++)
    {
      g_autoptr(KpEntity) role = NULL;

      if (!g_hash_table_contains (role_set, GUINT_TO_POINTER (i + 1)))
        continue;
      role = g_list_model_get_item (roles, i);
      role_col[i] = s->n_roles;
      s->role_ids[s->n_roles] = kp_entity_get_id (role);
      s->role_keys[s->n_roles] = g_strdup (kp_entity_get_text (role, "key"));
      s->role_names[s->n_roles] = g_strdup (kp_entity_get_text (role, "name"));
      s->n_roles++;
    }

  s->trend = g_new0 (KpStatsStaffingCell, MAX (s->n_periods * s->n_roles, 1));
  weight_turn = g_new0 (double, MAX (s->n_periods * s->n_roles, 1));
  weight_sick = g_new0 (double, MAX (s->n_periods * s->n_roles, 1));
  plain_turn = g_new0 (double, MAX (s->n_periods * s->n_roles, 1));
  plain_sick = g_new0 (double, MAX (s->n_periods * s->n_roles, 1));
  for (guint i = 0, p = 0; i < sorted->len; i++)
    {
      const SortRow *sr = &g_array_index (sorted, SortRow, i);
      guint cell;
      KpStatsStaffingCell *c;

      while (!g_str_equal (s->periods[p], sr->row.period))
        p++;
      cell = p * s->n_roles + role_col[sr->role_pos];
      c = &s->trend[cell];
      c->employees += sr->row.employees;
      c->fte += sr->row.fte;
      c->vacancies += sr->row.vacancies;
      c->hires_from_project += sr->row.hires_from_project;
      c->n_rows++;
      weight_turn[cell] += sr->row.turnover * (double) sr->row.employees;
      weight_sick[cell] += sr->row.sick_leave * (double) sr->row.employees;
      plain_turn[cell] += sr->row.turnover;
      plain_sick[cell] += sr->row.sick_leave;
    }
  for (guint cell = 0; cell < s->n_periods * s->n_roles; cell++)
    {
      KpStatsStaffingCell *c = &s->trend[cell];

      if (c->n_rows == 0)
        continue;
      if (c->employees > 0)
        {
          c->turnover = weight_turn[cell] / (double) c->employees;
          c->sick_leave = weight_sick[cell] / (double) c->employees;
        }
      else
        {
          c->turnover = plain_turn[cell] / c->n_rows;
          c->sick_leave = plain_sick[cell] / c->n_rows;
        }
    }
  return s;
}

void
kp_stats_staffing_free (KpStatsStaffing *s)
{
  if (s == NULL)
    return;
  for (guint i = 0; i < s->n_rows; i++)
    {
      g_free (s->rows[i].period);
      g_free (s->rows[i].organisation);
      g_free (s->rows[i].role_key);
      g_free (s->rows[i].role_name);
    }
  g_free (s->rows);
  g_strfreev (s->periods);
  g_strfreev (s->role_keys);
  g_strfreev (s->role_names);
  g_free (s->role_ids);
  g_free (s->trend);
  g_free (s);
}

/* ---- budget -------------------------------------------------------------------------- */

static void
budget_add (KpStatsBudgetCategory *c,
            double                 budget,
            double                 outcome,
            double                 share)
{
  c->n_lines++;
  c->budget += budget;
  c->outcome += outcome;
  /* What the funder pays on a line, as kp-funding.c rounds it: to whole öre (cent). */
  c->funder_budget += kp_funder_contribution (budget, share);
  c->funder_outcome += kp_funder_contribution (outcome, share);
}

KpStatsBudget *
kp_stats_budget_new (KpDocument *document)
{
  GListModel *list = kp_document_get_list (document, &kp_desc_budget_line);
  guint f_cat = kp_stats_field (&kp_desc_budget_line, "category");
  guint f_budget = kp_stats_field (&kp_desc_budget_line, "budget");
  guint f_outcome = kp_stats_field (&kp_desc_budget_line, "outcome");
  guint f_share = kp_stats_field (&kp_desc_budget_line, "funder-share");
  KpStatsBudget *b = g_new0 (KpStatsBudget, 1);

  b->n_categories = kp_catalog_budget_category.n_choices;
  b->categories = g_new0 (KpStatsBudgetCategory, b->n_categories);
  for (guint i = 0; i < b->n_categories; i++)
    b->categories[i].category = kp_catalog_budget_category.choices[i].key;
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);
      int c = kp_catalog_index (&kp_catalog_budget_category, kp_entity_peek (e, f_cat)->s);
      double budget = kp_entity_peek (e, f_budget)->d;
      double outcome = kp_entity_peek (e, f_outcome)->d;
      double share = kp_entity_peek (e, f_share)->d;

      if (c < 0)
        continue;
      budget_add (&b->categories[c], budget, outcome, share);
      budget_add (&b->total, budget, outcome, share);
    }
  b->used = b->total.budget > 0 ? b->total.outcome / b->total.budget : NAN;
  return b;
}

void
kp_stats_budget_free (KpStatsBudget *budget)
{
  if (budget == NULL)
    return;
  g_free (budget->categories);
  g_free (budget);
}
