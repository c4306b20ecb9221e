/* kp-competence-stats.c: the figures of the competence plan. The model is described in
 * kp-competence-stats.h. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kp-competence-stats.h"
#include "kp-date.h"

/* ---- forecast ------------------------------------------------------------------------ */

double
kp_forecast_demand (const KpForecastInput *input,
                    int                    year)
{
  if (year == input->target_year || input->growth == 0)
    return input->demand;
  return input->demand * pow (1.0 + input->growth / 100.0, year - input->target_year);
}

static double
leavers_of (const KpForecastInput *input,
            double                 staff)
{
  return MIN (staff, input->retirements + input->turnover / 100.0 * staff);
}

void
kp_forecast_compute (const KpForecastInput *input,
                     int                    last_year,
                     GArray                *out)
{
  double staff = input->persons;     /* without recruitment */
  double staffed = input->persons;   /* recruiting as needed */
  double total = 0;

  for (int year = input->base_year; year <= MAX (last_year, input->base_year); year++)
    {
      KpForecastYear f = { .year = year, .demand = kp_forecast_demand (input, year) };

      if (year > input->base_year)
        {
          staff -= leavers_of (input, staff);
          f.leavers = leavers_of (input, staffed);
          staffed -= f.leavers;
        }
      f.staff = staff;
      f.gap = f.demand - staff;
      f.need = MAX (0.0, f.demand - staffed);
      staffed += f.need;
      total += f.need;
      f.need_total = total;
      g_array_append_val (out, f);
    }
}

int
kp_competence_base_year (KpDocument *document)
{
  KpDate start = kp_entity_get_date (kp_document_get_project (document), "start-date");

  return start != KP_DATE_NONE ? kp_date_year (start) : kp_date_year (kp_date_today ());
}

void
kp_forecast_input_for (KpDocument      *document,
                       KpEntity        *headcount,
                       KpForecastInput *out)
{
  KpEntity *unit = kp_document_lookup (document, &kp_desc_unit, kp_entity_get_int (headcount, "unit-id"));
  int base = kp_competence_base_year (document);

  out->persons = (double) kp_entity_get_int (headcount, "persons");
  out->retirements = (double) kp_entity_get_int (headcount, "retirements");
  out->turnover = kp_entity_get_real (headcount, "turnover");
  out->demand = (double) kp_entity_get_int (headcount, "demand");
  out->growth = kp_entity_get_real (headcount, "growth");
  out->base_year = base;
  /* The rules keep the target year from coming before the start; a file without a start
   * date may still hold one, and then the forecast is the base year alone. */
  out->target_year = unit != NULL ? MAX (base, (int) kp_entity_get_int (unit, "target-year")) : base;
}

gboolean
kp_competence_scope_matches (KpDocument              *document,
                             const KpCompetenceScope *scope,
                             KpEntity                *headcount)
{
  gint64 unit_id = kp_entity_get_int (headcount, "unit-id");

  if (scope == NULL)
    return TRUE;
  if (scope->unit_id != 0 && unit_id != scope->unit_id)
    return FALSE;
  if (scope->role_id != 0 && kp_entity_get_int (headcount, "role-id") != scope->role_id)
    return FALSE;
  if (scope->organisation_id != 0)
    {
      KpEntity *unit = kp_document_lookup (document, &kp_desc_unit, unit_id);

      if (unit == NULL || kp_entity_get_int (unit, "organisation-id") != scope->organisation_id)
        return FALSE;
    }
  return TRUE;
}

void
kp_headcount_summary_add (KpDocument         *document,
                          KpEntity           *headcount,
                          KpHeadcountSummary *sum)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (KpForecastYear));
  KpForecastInput input;
  const KpForecastYear *last;

  kp_forecast_input_for (document, headcount, &input);
  kp_forecast_compute (&input, input.target_year, years);
  last = &g_array_index (years, KpForecastYear, years->len - 1);
  /* A single row keeps its sign; a sum adds shortages only. */
  sum->gap = sum->n_rows == 0 ? last->gap : MAX (0.0, sum->gap) + MAX (0.0, last->gap);
  sum->n_rows++;
  sum->persons += input.persons;
  sum->fte += kp_entity_get_real (headcount, "fte");
  sum->retirements += input.retirements;
  sum->demand += last->demand;
  sum->staff += last->staff;
  sum->need += last->need_total;
}

void
kp_competence_summary (KpDocument              *document,
                       const KpCompetenceScope *scope,
                       KpHeadcountSummary      *out)
{
  GListModel *rows = kp_document_get_list (document, &kp_desc_headcount);

  memset (out, 0, sizeof *out);
  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
    {
      g_autoptr(KpEntity) row = g_list_model_get_item (rows, i);

      if (kp_competence_scope_matches (document, scope, row))
        kp_headcount_summary_add (document, row, out);
    }
  if (out->n_rows > 1)
    out->gap = MAX (0.0, out->gap);
}

int
kp_competence_last_year (KpDocument              *document,
                         const KpCompetenceScope *scope)
{
  GListModel *rows = kp_document_get_list (document, &kp_desc_headcount);
  int last = kp_competence_base_year (document);

  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
    {
      g_autoptr(KpEntity) row = g_list_model_get_item (rows, i);
      KpForecastInput input;

      if (!kp_competence_scope_matches (document, scope, row))
        continue;
      kp_forecast_input_for (document, row, &input);
      last = MAX (last, input.target_year);
    }
  return last;
}

GArray *
kp_competence_forecast (KpDocument              *document,
                        const KpCompetenceScope *scope)
{
  GListModel *rows = kp_document_get_list (document, &kp_desc_headcount);
  int base = kp_competence_base_year (document);
  int last = kp_competence_last_year (document, scope);
  GArray *sum = g_array_new (FALSE, TRUE, sizeof (KpForecastYear));
  g_autoptr(GArray) one = g_array_new (FALSE, FALSE, sizeof (KpForecastYear));

  g_array_set_size (sum, last - base + 1);
  for (int y = base; y <= last; y++)
    g_array_index (sum, KpForecastYear, y - base).year = y;
  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
    {
      g_autoptr(KpEntity) row = g_list_model_get_item (rows, i);
      KpForecastInput input;

      if (!kp_competence_scope_matches (document, scope, row))
        continue;
      kp_forecast_input_for (document, row, &input);
      g_array_set_size (one, 0);
      kp_forecast_compute (&input, last, one);
      for (guint k = 0; k < one->len; k++)
        {
          const KpForecastYear *f = &g_array_index (one, KpForecastYear, k);
          KpForecastYear *s = &g_array_index (sum, KpForecastYear, k);

          s->demand += f->demand;
          s->staff += f->staff;
          s->gap += MAX (0.0, f->gap);
          s->leavers += f->leavers;
          s->need += f->need;
          s->need_total += f->need_total;
        }
    }
  return sum;
}

GPtrArray *
kp_competence_roles (KpDocument              *document,
                     const KpCompetenceScope *scope)
{
  GListModel *roles = kp_document_get_list (document, &kp_desc_role);
  GListModel *rows = kp_document_get_list (document, &kp_desc_headcount);
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
    {
      g_autoptr(KpEntity) row = g_list_model_get_item (rows, i);

      if (kp_competence_scope_matches (document, scope, row))
        g_hash_table_add (used, GSIZE_TO_POINTER ((gsize) kp_entity_get_int (row, "role-id")));
    }
  for (guint i = 0, n = g_list_model_get_n_items (roles); i < n; i++)
    {
      g_autoptr(KpEntity) role = g_list_model_get_item (roles, i);

      if (g_hash_table_contains (used, GSIZE_TO_POINTER ((gsize) kp_entity_get_id (role))))
        g_ptr_array_add (out, role);
    }
  return out;
}

/* ---- competence matrix --------------------------------------------------------------- */

struct _KpCompetenceMatrix
{
  GPtrArray *roles;         /* KpEntity, owned by the document */
  GPtrArray *competences;
  int *required;            /* [competence × n_roles + role], -1 = none */
  int *level;               /* [competence], -1 = not assessed */
  gint64 *holders;          /* [competence], -1 = not assessed */
};

static int
index_of_id (GPtrArray *entities,
             gint64     id)
{
  for (guint i = 0; i < entities->len; i++)
    if (kp_entity_get_id (entities->pdata[i]) == id)
      return (int) i;
  return -1;
}

static GPtrArray *
all_of (KpDocument         *document,
        const KpEntityDesc *desc)
{
  GListModel *list = kp_document_get_list (document, desc);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      g_ptr_array_add (out, e);
    }
  return out;
}

KpCompetenceMatrix *
kp_competence_matrix_new (KpDocument *document,
                          gint64      unit_id)
{
  KpCompetenceMatrix *self = g_new0 (KpCompetenceMatrix, 1);
  KpCompetenceScope scope = { .unit_id = unit_id };
  GListModel *required = kp_document_get_list (document, &kp_desc_required_level);
  GListModel *levels = kp_document_get_list (document, &kp_desc_unit_level);
  guint n_req = g_list_model_get_n_items (required);
  guint nc, nr;

  self->competences = all_of (document, &kp_desc_competence);
  self->roles = unit_id != 0 ? kp_competence_roles (document, &scope) : g_ptr_array_new ();
  if (self->roles->len == 0)
    {
      g_autoptr(GHashTable) wanted = g_hash_table_new (NULL, NULL);
      g_autoptr(GPtrArray) roles = all_of (document, &kp_desc_role);

      for (guint i = 0; i < n_req; i++)
        {
          g_autoptr(KpEntity) r = g_list_model_get_item (required, i);

          g_hash_table_add (wanted, GSIZE_TO_POINTER ((gsize) kp_entity_get_int (r, "role-id")));
        }
      for (guint i = 0; i < roles->len; i++)
        if (g_hash_table_contains (wanted, GSIZE_TO_POINTER ((gsize) kp_entity_get_id (roles->pdata[i]))))
          g_ptr_array_add (self->roles, roles->pdata[i]);
    }
  nc = self->competences->len;
  nr = self->roles->len;
  self->required = g_new (int, MAX (1, nc * nr));
  self->level = g_new (int, MAX (1, nc));
  self->holders = g_new (gint64, MAX (1, nc));
  for (guint i = 0; i < nc * nr; i++)
    self->required[i] = -1;
  for (guint i = 0; i < nc; i++)
    {
      self->level[i] = -1;
      self->holders[i] = -1;
    }
  for (guint i = 0; i < n_req; i++)
    {
      g_autoptr(KpEntity) r = g_list_model_get_item (required, i);
      int c = index_of_id (self->competences, kp_entity_get_int (r, "competence-id"));
      int ro = index_of_id (self->roles, kp_entity_get_int (r, "role-id"));

      if (c >= 0 && ro >= 0)
        self->required[c * nr + ro] = (int) kp_entity_get_int (r, "level");
    }
  for (guint i = 0, n = g_list_model_get_n_items (levels); unit_id != 0 && i < n; i++)
    {
      g_autoptr(KpEntity) l = g_list_model_get_item (levels, i);
      int c;

      if (kp_entity_get_int (l, "unit-id") != unit_id)
        continue;
      c = index_of_id (self->competences, kp_entity_get_int (l, "competence-id"));
      if (c < 0)
        continue;
      self->level[c] = (int) kp_entity_get_int (l, "level");
      self->holders[c] = kp_entity_get_int (l, "holders");
    }
  return self;
}

void
kp_competence_matrix_free (KpCompetenceMatrix *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->roles);
  g_ptr_array_unref (self->competences);
  g_free (self->required);
  g_free (self->level);
  g_free (self->holders);
  g_free (self);
}

guint
kp_competence_matrix_n_roles (KpCompetenceMatrix *self)
{
  return self->roles->len;
}

guint
kp_competence_matrix_n_competences (KpCompetenceMatrix *self)
{
  return self->competences->len;
}

KpEntity *
kp_competence_matrix_role (KpCompetenceMatrix *self,
                           guint               role)
{
  g_return_val_if_fail (role < self->roles->len, NULL);
  return self->roles->pdata[role];
}

KpEntity *
kp_competence_matrix_competence (KpCompetenceMatrix *self,
                                 guint               competence)
{
  g_return_val_if_fail (competence < self->competences->len, NULL);
  return self->competences->pdata[competence];
}

int
kp_competence_matrix_required (KpCompetenceMatrix *self,
                               guint               competence,
                               guint               role)
{
  g_return_val_if_fail (competence < self->competences->len && role < self->roles->len, -1);
  return self->required[competence * self->roles->len + role];
}

int
kp_competence_matrix_level (KpCompetenceMatrix *self,
                            guint               competence)
{
  g_return_val_if_fail (competence < self->competences->len, -1);
  return self->level[competence];
}

gint64
kp_competence_matrix_holders (KpCompetenceMatrix *self,
                              guint               competence)
{
  g_return_val_if_fail (competence < self->competences->len, -1);
  return self->holders[competence];
}

int
kp_competence_matrix_gap (KpCompetenceMatrix *self,
                          guint               competence,
                          guint               role)
{
  int required = kp_competence_matrix_required (self, competence, role);
  int level = kp_competence_matrix_level (self, competence);

  if (required < 0 || level < 0)
    return -1;
  return MAX (0, required - level);
}

gboolean
kp_competence_matrix_single_holder (KpCompetenceMatrix *self,
                                    guint               competence)
{
  return kp_competence_matrix_holders (self, competence) == 1;
}

guint
kp_competence_matrix_n_gaps (KpCompetenceMatrix *self)
{
  guint n = 0;

  for (guint c = 0; c < self->competences->len; c++)
    for (guint r = 0; r < self->roles->len; r++)
      n += kp_competence_matrix_gap (self, c, r) > 0;
  return n;
}

int
kp_competence_matrix_max_gap (KpCompetenceMatrix *self)
{
  int max = 0;

  for (guint c = 0; c < self->competences->len; c++)
    for (guint r = 0; r < self->roles->len; r++)
      max = MAX (max, kp_competence_matrix_gap (self, c, r));
  return max;
}

guint
kp_competence_matrix_n_single_holders (KpCompetenceMatrix *self)
{
  guint n = 0;

  for (guint c = 0; c < self->competences->len; c++)
    n += kp_competence_matrix_single_holder (self, c);
  return n;
}

/* ---- protected title ----------------------------------------------------------------- */

void
kp_title_figures (KpEntity       *certification,
                  KpTitleFigures *out)
{
  out->certified = kp_entity_get_int (certification, "certified");
  out->applied = kp_entity_get_int (certification, "applied");
  out->transition = kp_entity_get_int (certification, "transition");
  out->no_path = kp_entity_get_int (certification, "no-path");
  out->without_certificate = out->applied + out->transition + out->no_path;
  out->total = out->certified + out->without_certificate;
  out->coverage = out->total > 0 ? 100.0 * (double) out->certified / (double) out->total : NAN;
}

void
kp_title_totals (KpDocument     *document,
                 KpTitleFigures *out)
{
  GListModel *rows = kp_document_get_list (document, &kp_desc_certification);

  memset (out, 0, sizeof *out);
  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
    {
      g_autoptr(KpEntity) row = g_list_model_get_item (rows, i);
      KpTitleFigures f;

      kp_title_figures (row, &f);
      out->certified += f.certified;
      out->applied += f.applied;
      out->transition += f.transition;
      out->no_path += f.no_path;
    }
  out->without_certificate = out->applied + out->transition + out->no_path;
  out->total = out->certified + out->without_certificate;
  out->coverage = out->total > 0 ? 100.0 * (double) out->certified / (double) out->total : NAN;
}

KpDate
kp_title_transition_end (void)
{
  KpDate end = KP_DATE_NONE;

  kp_date_parse_iso (KP_TITLE_TRANSITION_END, &end);
  return end;
}

KpTitleAlert
kp_title_alert (const KpTitleFigures *figures,
                KpDate                today)
{
  if (figures->without_certificate == 0)
    return KP_TITLE_ALERT_NONE;
  if (today > kp_title_transition_end ())
    return KP_TITLE_ALERT_PASSED;
  if (kp_date_year (today) >= KP_TITLE_WARN_FROM_YEAR)
    return KP_TITLE_ALERT_APPROACHING;
  return KP_TITLE_ALERT_NONE;
}

gint64
kp_title_headcount (KpDocument *document,
                    gint64      unit_id)
{
  GListModel *rows = kp_document_get_list (document, &kp_desc_headcount);
  gint64 persons = 0;

  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
    {
      g_autoptr(KpEntity) row = g_list_model_get_item (rows, i);
      KpEntity *role;

      if (kp_entity_get_int (row, "unit-id") != unit_id)
        continue;
      role = kp_document_lookup (document, &kp_desc_role, kp_entity_get_int (row, "role-id"));
      if (role != NULL && g_strcmp0 (kp_entity_get_text (role, "key"), KP_TITLE_ROLE_KEY) == 0)
        persons += kp_entity_get_int (row, "persons");
    }
  return persons;
}

/* ---- competence staircase ------------------------------------------------------------ */

static int
compare_steps (gconstpointer a,
               gconstpointer b)
{
  KpEntity *sa = ((const KpStairFigures *) a)->step, *sb = ((const KpStairFigures *) b)->step;
  gint64 pa = kp_entity_get_int (sa, "position"), pb = kp_entity_get_int (sb, "position");

  if (pa != pb)
    return pa < pb ? -1 : 1;
  return kp_entity_get_id (sa) < kp_entity_get_id (sb) ? -1 : kp_entity_get_id (sa) > kp_entity_get_id (sb);
}

GArray *
kp_staircase_figures (KpDocument     *document,
                      KpStairFigures *totals)
{
  GListModel *steps = kp_document_get_list (document, &kp_desc_stair_step);
  GListModel *rows = kp_document_get_list (document, &kp_desc_headcount);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (KpStairFigures));
  KpStairFigures sum = { NULL, 0, 0, 0, -1 };

  for (guint i = 0, n = g_list_model_get_n_items (steps); i < n; i++)
    {
      g_autoptr(KpEntity) step = g_list_model_get_item (steps, i);
      gint64 role = kp_entity_get_int (step, "role-id");
      KpStairFigures f = { step, kp_entity_get_int (step, "people-now"),
                           kp_entity_get_int (step, "people-planned"), 0, -1 };

      f.change = f.planned - f.now;
      if (role != 0)
        {
          f.headcount = 0;
          for (guint k = 0, m = g_list_model_get_n_items (rows); k < m; k++)
            {
              g_autoptr(KpEntity) row = g_list_model_get_item (rows, k);

              if (kp_entity_get_int (row, "role-id") == role)
                f.headcount += kp_entity_get_int (row, "persons");
            }
        }
      sum.now += f.now;
      sum.planned += f.planned;
      g_array_append_val (out, f);
    }
  g_array_sort (out, compare_steps);
  sum.change = sum.planned - sum.now;
  if (totals != NULL)
    *totals = sum;
  return out;
}

/* ---- training activities ------------------------------------------------------------- */

gboolean
kp_training_is_free (KpEntity *training)
{
  return kp_entity_get_int (training, "free-of-charge") != 0 || kp_entity_get_real (training, "cost") == 0;
}

void
kp_training_figures (KpDocument        *document,
                     KpEntity          *training,
                     KpTrainingFigures *out)
{
  GListModel *rows = kp_document_get_list (document, &kp_desc_training_role);
  double hours = kp_entity_get_real (training, "hours-per-participant");
  gint64 id = kp_entity_get_id (training);

  memset (out, 0, sizeof *out);
  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
    {
      g_autoptr(KpEntity) row = g_list_model_get_item (rows, i);

      if (kp_entity_get_int (row, "training-id") != id)
        continue;
      out->planned += kp_entity_get_int (row, "planned");
      out->completed += kp_entity_get_int (row, "completed");
    }
  out->hours_planned = hours * (double) out->planned;
  out->hours_completed = hours * (double) out->completed;
  out->cost = kp_entity_get_real (training, "cost");
}

GArray *
kp_training_by_role (KpDocument        *document,
                     gboolean           free_only,
                     KpTrainingFigures *total,
                     double            *unassigned_cost)
{
  GListModel *roles = kp_document_get_list (document, &kp_desc_role);
  GListModel *trainings = kp_document_get_list (document, &kp_desc_training);
  GListModel *rows = kp_document_get_list (document, &kp_desc_training_role);
  g_autoptr(GHashTable) by_role = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (KpTrainingRoleFigures));
  KpTrainingFigures sum = { 0 };
  double unassigned = 0;

  for (guint t = 0, nt = g_list_model_get_n_items (trainings); t < nt; t++)
    {
      g_autoptr(KpEntity) training = g_list_model_get_item (trainings, t);
      KpTrainingFigures whole;
      double hours = kp_entity_get_real (training, "hours-per-participant");

      if (free_only && !kp_training_is_free (training))
        continue;
      kp_training_figures (document, training, &whole);
      sum.planned += whole.planned;
      sum.completed += whole.completed;
      sum.hours_planned += whole.hours_planned;
      sum.hours_completed += whole.hours_completed;
      sum.cost += whole.cost;
      if (whole.planned == 0)
        unassigned += whole.cost;
      for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
        {
          g_autoptr(KpEntity) row = g_list_model_get_item (rows, i);
          gpointer key = GSIZE_TO_POINTER ((gsize) kp_entity_get_int (row, "role-id"));
          KpTrainingFigures *f;
          gint64 planned, completed;

          if (kp_entity_get_int (row, "training-id") != kp_entity_get_id (training))
            continue;
          f = g_hash_table_lookup (by_role, key);
          if (f == NULL)
            g_hash_table_insert (by_role, key, f = g_new0 (KpTrainingFigures, 1));
          planned = kp_entity_get_int (row, "planned");
          completed = kp_entity_get_int (row, "completed");
          f->planned += planned;
          f->completed += completed;
          f->hours_planned += hours * (double) planned;
          f->hours_completed += hours * (double) completed;
          if (whole.planned > 0)
            f->cost += whole.cost * (double) planned / (double) whole.planned;
        }
    }
  for (guint i = 0, n = g_list_model_get_n_items (roles); i < n; i++)
    {
      g_autoptr(KpEntity) role = g_list_model_get_item (roles, i);
      KpTrainingFigures *f = g_hash_table_lookup (by_role, GSIZE_TO_POINTER ((gsize) kp_entity_get_id (role)));
      KpTrainingRoleFigures row;

      if (f == NULL)
        continue;
      row.role = role;
      row.figures = *f;
      g_array_append_val (out, row);
    }
  if (total != NULL)
    *total = sum;
  if (unassigned_cost != NULL)
    *unassigned_cost = unassigned;
  return out;
}
