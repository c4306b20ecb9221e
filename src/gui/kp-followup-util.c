/* kp-followup-util.c: the dashboard's charts from the follow-up figures, and periods. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kp-date.h"
#include "kp-followup-util.h"

static const char *const measure_labels[KP_N_STAFFING_MEASURES] = {
  N_("Employees"),
  N_("Full-time equivalents"),
  N_("Vacancies"),
  N_("Staff turnover"),
  N_("Sick leave"),
};

const char *
kp_staffing_measure_label (KpStaffingMeasure measure)
{
  g_return_val_if_fail (measure < KP_N_STAFFING_MEASURES, "");
  return _(measure_labels[measure]);
}

KpChart *
kp_followup_chart_hours (const KpStatsHours *hours)
{
  g_autoptr(GArray) funded = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cofinanced = g_array_new (FALSE, FALSE, sizeof (double));
  KpChart *chart;

  if (hours->n_rows == 0)
    return NULL;
  chart = kp_chart_new (KP_CHART_STACKED_BAR);
  kp_chart_set_title (chart, _("Hours per organisation"));
  for (guint i = 0; i < hours->n_rows; i++)
    {
      kp_chart_add_category (chart, hours->rows[i].name);
      g_array_append_val (funded, hours->rows[i].total.funded);
      g_array_append_val (cofinanced, hours->rows[i].total.cofinancing);
    }
  kp_chart_append_series (chart, kp_catalog_label (&kp_catalog_funding, "funded"), (double *) funded->data, funded->len);
  kp_chart_append_series (chart, kp_catalog_label (&kp_catalog_funding, "cofinancing"), (double *) cofinanced->data,
                          cofinanced->len);
  kp_chart_set_axis_titles (chart, NULL, _("Hours"));
  /* Translators: the unit of hours in charts */
  kp_chart_set_number_format (chart, 0, C_("unit", "h"));
  return chart;
}

KpChart *
kp_followup_chart_meetings (const KpStatsMeetings *meetings)
{
  g_autoptr(GArray) held = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) presented = g_array_new (FALSE, FALSE, sizeof (double));
  KpChart *chart;

  if (meetings->held == 0)
    return NULL;
  chart = kp_chart_new (KP_CHART_STACKED_BAR);
  kp_chart_set_title (chart, _("Meetings per forum"));
  for (guint i = 0; i < meetings->n_forums; i++)
    {
      const KpStatsForum *f = &meetings->forums[i];
      double m = f->meetings, p = f->presentations;

      if (f->held == 0)
        continue;
      kp_chart_add_category (chart, kp_catalog_label (&kp_catalog_forum, f->forum));
      g_array_append_val (held, m);
      g_array_append_val (presented, p);
    }
  kp_chart_append_series (chart, _("Meetings"), (double *) held->data, held->len);
  kp_chart_append_series (chart, _("Presentations"), (double *) presented->data, presented->len);
  kp_chart_set_axis_titles (chart, NULL, _("Held"));
  return chart;
}

KpChart *
kp_followup_chart_participants (const KpStatsParticipants *p)
{
  g_autofree double *values = NULL;
  KpChart *chart;

  if (p->total == 0 && p->total_results == 0)
    return NULL;
  chart = kp_chart_new (KP_CHART_BAR);
  kp_chart_set_title (chart, _("Participants by gender and result"));
  values = g_new0 (double, p->n_genders);
  for (guint g = 0; g < p->n_genders; g++)
    kp_chart_add_category (chart, _(kp_catalog_gender.choices[g].label));
  for (guint g = 0; g < p->n_genders; g++)
    values[g] = p->by_gender[g];
  kp_chart_append_series (chart, _("Started"), values, p->n_genders);
  for (guint r = 0; r < p->n_results; r++)
    {
      for (guint g = 0; g < p->n_genders; g++)
        values[g] = p->by_gender_result[g * p->n_results + r];
      kp_chart_append_series (chart, _(kp_catalog_result.choices[r].label), values, p->n_genders);
    }
  kp_chart_set_axis_titles (chart, NULL, _("Participants"));
  return chart;
}

static double
measure_of (const KpStatsStaffingCell *cell,
            KpStaffingMeasure          measure)
{
  if (cell->n_rows == 0)
    return NAN;
  switch (measure)
    {
    case KP_STAFFING_EMPLOYEES:
      return (double) cell->employees;
    case KP_STAFFING_FTE:
      return cell->fte;
    case KP_STAFFING_VACANCIES:
      return (double) cell->vacancies;
    case KP_STAFFING_TURNOVER:
      return cell->turnover;
    case KP_STAFFING_SICK_LEAVE:
      return cell->sick_leave;
    case KP_N_STAFFING_MEASURES:
    default:
      g_return_val_if_reached (NAN);
    }
}

KpChart *
kp_followup_chart_staffing (const KpStatsStaffing *s,
                            KpStaffingMeasure      measure)
{
  g_autofree double *values = NULL;
  KpChart *chart;

  if (s->n_periods == 0 || s->n_roles == 0)
    return NULL;
  chart = kp_chart_new (KP_CHART_LINE);
  /* Translators: a chart's title, e.g. "Employees per role" */
  {
    g_autofree char *title = g_strdup_printf (_("%s per role"), kp_staffing_measure_label (measure));

    kp_chart_set_title (chart, title);
  }
  for (guint p = 0; p < s->n_periods; p++)
    kp_chart_add_category (chart, s->periods[p]);
  values = g_new0 (double, s->n_periods);
  for (guint r = 0; r < s->n_roles; r++)
    {
      const char *name = *s->role_keys[r] != '\0' && kp_catalog_has (&kp_catalog_default_role, s->role_keys[r])
                         ? kp_catalog_label (&kp_catalog_default_role, s->role_keys[r]) : s->role_names[r];

      for (guint p = 0; p < s->n_periods; p++)
        values[p] = measure_of (&s->trend[p * s->n_roles + r], measure);
      kp_chart_append_series (chart, name, values, s->n_periods);
    }
  kp_chart_set_axis_titles (chart, _("Period"), kp_staffing_measure_label (measure));
  if (measure == KP_STAFFING_TURNOVER || measure == KP_STAFFING_SICK_LEAVE)
    kp_chart_set_number_format (chart, 1, "%");
  else if (measure == KP_STAFFING_FTE)
    kp_chart_set_number_format (chart, 1, NULL);
  return chart;
}

KpChart *
kp_followup_chart_budget (const KpStatsBudget *b,
                          const char          *currency)
{
  g_autoptr(GArray) budget = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) outcome = g_array_new (FALSE, FALSE, sizeof (double));
  KpChart *chart;

  if (b->total.n_lines == 0)
    return NULL;
  chart = kp_chart_new (KP_CHART_BAR);
  kp_chart_set_title (chart, _("Budget against outcome"));
  for (guint i = 0; i < b->n_categories; i++)
    {
      const KpStatsBudgetCategory *c = &b->categories[i];

      if (c->n_lines == 0)
        continue;
      kp_chart_add_category (chart, kp_catalog_label (&kp_catalog_budget_category, c->category));
      g_array_append_val (budget, c->budget);
      g_array_append_val (outcome, c->outcome);
    }
  kp_chart_append_series (chart, _("Budget"), (double *) budget->data, budget->len);
  kp_chart_append_series (chart, _("Outcome"), (double *) outcome->data, outcome->len);
  kp_chart_set_axis_titles (chart, NULL, currency);
  kp_chart_set_number_format (chart, 0, currency);
  return chart;
}

static gboolean
parse_end (const char  *text,
           const char  *label,
           KpDate      *date,
           GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  *date = KP_DATE_NONE;
  if (*stripped == '\0' || kp_date_parse_iso (stripped, date))
    return TRUE;
  g_set_error (error, KP_STATS_ERROR, KP_STATS_ERROR_INVALID_DATE,
               /* Translators: the first %s is what was typed, the second the field, "From" */
               _("“%s” is not a date for “%s”: write it as yyyy-mm-dd, for example 2025-03-31."),
               stripped, label);
  return FALSE;
}

gboolean
kp_followup_parse_range (const char    *from,
                         const char    *to,
                         KpStatsRange  *range,
                         gboolean      *bad_from,
                         gboolean      *bad_to,
                         GError       **error)
{
  g_autoptr(GError) first = NULL;
  g_autoptr(GError) second = NULL;
  KpStatsRange r;
  gboolean ok_from = parse_end (from, C_("period", "From"), &r.from, &first);
  gboolean ok_to = parse_end (to, C_("period", "To"), &r.to, &second);

  if (bad_from != NULL)
    *bad_from = !ok_from;
  if (bad_to != NULL)
    *bad_to = !ok_to;
  if (!ok_from || !ok_to)
    {
      if (first != NULL)
        g_propagate_error (error, g_steal_pointer (&first));
      else
        g_propagate_error (error, g_steal_pointer (&second));
      return FALSE;
    }
  if (r.from != KP_DATE_NONE && r.to != KP_DATE_NONE && r.to < r.from)
    {
      char a[KP_DATE_ISO_SIZE], b[KP_DATE_ISO_SIZE];

      if (bad_from != NULL)
        *bad_from = TRUE;
      if (bad_to != NULL)
        *bad_to = TRUE;
      g_set_error (error, KP_STATS_ERROR, KP_STATS_ERROR_INVERTED_RANGE,
                   _("The end of the period (%s) is before its start (%s)."),
                   kp_date_format_iso (r.to, b), kp_date_format_iso (r.from, a));
      return FALSE;
    }
  *range = r;
  return TRUE;
}
