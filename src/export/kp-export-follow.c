/* kp-export-follow.c: the Meetings, Participants, Staffing and Budget sheets. */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "kp-export-private.h"

/* ---- meetings ------------------------------------------------------------------------ */

gboolean
kp_sheet_meetings_write (KpWorkbook  *wb,
                         GError     **error)
{
  static const char *const count_header[] = {
    N_("Forum"), N_("Meetings"), N_("Presentations"), N_("Held"), N_("Cancelled"), NULL
  };
  static const char *const log_header[] = {
    N_("Date"), N_("Week"), N_("Forum"), N_("Type"), N_("Title"), N_("Decisions"), N_("Cancelled"), NULL
  };
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "meetings", error);
  KpDocument *doc = kp_workbook_document (wb);
  const KpStatsMeetings *m = kp_workbook_report (wb)->meetings;
  const KpStatsRange *range = &kp_workbook_options (wb)->range;
  GListModel *meetings = kp_document_get_list (doc, &kp_desc_meeting);
  lxw_row_t row = 0, first;
  lxw_chart *chart;

  if (sheet == NULL)
    return FALSE;
  kp_sheet_header (sheet, row++, 0, count_header);
  first = row;
  for (guint i = 0; i < m->n_forums; i++, row++)
    {
      const KpStatsForum *f = &m->forums[i];

      kp_sheet_text (sheet, row, 0, kp_workbook_choice (wb, &kp_catalog_forum, f->forum), KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 1, f->meetings, KP_FMT_INT);
      kp_sheet_number (sheet, row, 2, f->presentations, KP_FMT_INT);
      kp_sheet_number (sheet, row, 3, f->held, KP_FMT_INT | KP_FMT_TOTAL);
      kp_sheet_number (sheet, row, 4, f->cancelled, KP_FMT_INT);
    }
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Total")), KP_FMT_LABEL);
  kp_sheet_number (sheet, row, 3, m->held, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 4, m->cancelled, KP_FMT_INT | KP_FMT_TOTAL);
  chart = kp_workbook_chart (wb, LXW_CHART_BAR, KP_TR (wb, N_("Meetings held per forum")));
  kp_chart_add_series (chart, sheet->name, first, 0, row - 1, 0, first, 3, row - 1, 3, first - 1, 3);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  kp_sheet_insert_chart (sheet, 0, 7, chart, 560, 300);
  row = MAX (row + 2, 17);

  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Meeting log")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, log_header);
  for (guint i = 0, n = g_list_model_get_n_items (meetings); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (meetings, i);
      KpDate date = kp_entity_get_date (e, "date");
      g_autofree char *week = kp_export_iso_week (date);

      if (!kp_stats_range_contains (range, date))
        continue;
      kp_sheet_date (sheet, row, 0, date, KP_FMT_DATE);
      kp_sheet_text (sheet, row, 1, week, KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 2, kp_workbook_choice (wb, &kp_catalog_forum, kp_entity_get_text (e, "forum")), KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 3, kp_workbook_choice (wb, &kp_catalog_meeting_kind, kp_entity_get_text (e, "kind")), KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 4, kp_entity_get_text (e, "title"), KP_FMT_WRAP);
      kp_sheet_text (sheet, row, 5, kp_entity_get_text (e, "decisions"), KP_FMT_WRAP);
      kp_sheet_text (sheet, row, 6, KP_TR (wb, kp_entity_get_int (e, "cancelled") ? N_("Yes") : N_("No")), KP_FMT_TEXT);
      row++;
    }
  kp_sheet_set_width (sheet, 0, 34);
  kp_sheet_set_width (sheet, 4, 36);
  kp_sheet_set_width (sheet, 5, 50);
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}

/* ---- participants -------------------------------------------------------------------- */

/* A block: one row per choice of `rows`, one column per gender, and totals. Returns the
 * row after it. */
static lxw_row_t
gender_block (KpSheet         *sheet,
              lxw_row_t        row,
              const char      *title,
              const char      *first_header,
              const KpCatalog *rows,
              const guint     *matrix,   /* [gender * rows->n_choices + choice] */
              const guint     *row_totals,
              const guint     *gender_totals,
              guint            total)
{
  KpWorkbook *wb = sheet->wb;
  guint n_genders = kp_catalog_gender.n_choices;

  kp_sheet_text (sheet, row++, 0, KP_TR (wb, title), KP_FMT_SUBTITLE);
  kp_sheet_text (sheet, row, 0, KP_TR (wb, first_header), KP_FMT_HEADER);
  for (guint g = 0; g < n_genders; g++)
    kp_sheet_text (sheet, row, 1 + g, kp_workbook_choice (wb, &kp_catalog_gender, kp_catalog_gender.choices[g].key), KP_FMT_HEADER);
  kp_sheet_text (sheet, row, 1 + n_genders, KP_TR (wb, N_("Total")), KP_FMT_HEADER);
  if (!sheet->has_header)
    {
      sheet->has_header = TRUE;
      sheet->header_row = row;
    }
  row++;
  for (guint c = 0; c < rows->n_choices; c++, row++)
    {
      kp_sheet_text (sheet, row, 0, kp_workbook_choice (wb, rows, rows->choices[c].key), KP_FMT_TEXT);
      for (guint g = 0; g < n_genders; g++)
        kp_sheet_number (sheet, row, 1 + g, matrix[g * rows->n_choices + c], KP_FMT_INT);
      kp_sheet_number (sheet, row, 1 + n_genders, row_totals[c], KP_FMT_INT | KP_FMT_TOTAL);
    }
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Total")), KP_FMT_LABEL);
  for (guint g = 0; g < n_genders; g++)
    kp_sheet_number (sheet, row, 1 + g, gender_totals[g], KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 1 + n_genders, total, KP_FMT_INT | KP_FMT_TOTAL);
  return row + 2;
}

gboolean
kp_sheet_participants_write (KpWorkbook  *wb,
                             GError     **error)
{
  static const char *const period_header[] = { N_("Period"), N_("Participants who started"), N_("Results reported"), NULL };
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "participants", error);
  const KpStatsParticipants *p = kp_workbook_report (wb)->participants;
  const KpStatsKeyFigures *k = &kp_workbook_report (wb)->key;
  g_autofree guint *result_genders = g_new0 (guint, p->n_genders);
  lxw_row_t row = 0, age_first;
  lxw_chart *chart;

  if (sheet == NULL)
    return FALSE;
  for (guint g = 0; g < p->n_genders; g++)
    for (guint r = 0; r < p->n_results; r++)
      result_genders[g] += p->by_gender_result[g * p->n_results + r];

  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Participants: counts only, never persons")), KP_FMT_TITLE);
  kp_sheet_freeze (sheet, row, 0);
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Participants who started")), KP_FMT_LABEL);
  kp_sheet_number (sheet, row++, 1, p->total, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Participant target")), KP_FMT_LABEL);
  kp_sheet_number (sheet, row++, 1, k->participants_target > 0 ? k->participants_target : NAN, KP_FMT_INT);
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Share of target")), KP_FMT_LABEL);
  kp_sheet_number (sheet, row++, 1, k->participants_share, KP_FMT_PERCENT);
  row++;

  age_first = row + 2;
  row = gender_block (sheet, row, N_("By age and gender"), N_("Age"), &kp_catalog_age_band,
                      p->by_gender_age, p->by_age, p->by_gender, p->total);
  chart = kp_workbook_chart (wb, LXW_CHART_COLUMN, KP_TR (wb, N_("Participants by age and gender")));
  for (guint g = 0; g < p->n_genders; g++)
    kp_chart_add_series (chart, sheet->name, age_first, 0, age_first + p->n_ages - 1, 0,
                         age_first, 1 + g, age_first + p->n_ages - 1, 1 + g, age_first - 1, 1 + g);
  kp_sheet_insert_chart (sheet, age_first - 2, 6, chart, 560, 300);
  row = MAX (row, age_first + 14);
  row = gender_block (sheet, row, N_("By status at start and gender"), N_("Status at start"),
                      &kp_catalog_start_status, p->by_gender_status, p->by_status, p->by_gender, p->total);
  row = gender_block (sheet, row, N_("Results by gender"), N_("Result"), &kp_catalog_result,
                      p->by_gender_result, p->by_result, result_genders, p->total_results);

  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Per period")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, period_header);
  for (guint i = 0; i < p->n_periods; i++, row++)
    {
      kp_sheet_text (sheet, row, 0, p->periods[i].period, KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 1, p->periods[i].started, KP_FMT_INT);
      kp_sheet_number (sheet, row, 2, p->periods[i].results, KP_FMT_INT);
    }
  kp_sheet_set_width (sheet, 0, 32);
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}

/* ---- staffing ------------------------------------------------------------------------ */

gboolean
kp_sheet_staffing_write (KpWorkbook  *wb,
                         GError     **error)
{
  static const char *const header[] = {
    N_("Period"), N_("Organisation"), N_("Role"), N_("Employees"), N_("Full-time equivalents"),
    N_("Vacancies"), N_("Staff turnover"), N_("Sick leave"), N_("Hires from the project"), NULL
  };
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "staffing", error);
  const KpStatsStaffing *s = kp_workbook_report (wb)->staffing;
  lxw_row_t row = 0, first;

  if (sheet == NULL)
    return FALSE;

  /* The trend first, so that its chart sits at the top: employees per role and period. */
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Employees per role and period, all organisations")), KP_FMT_SUBTITLE);
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Period")), KP_FMT_HEADER);
  for (guint r = 0; r < s->n_roles; r++)
    kp_sheet_text (sheet, row, 1 + r, kp_workbook_role_name (wb, s->role_keys[r], s->role_names[r]), KP_FMT_HEADER);
  sheet->has_header = TRUE;
  sheet->header_row = row;
  kp_sheet_freeze (sheet, row + 1, 1);
  row++;
  first = row;
  for (guint p = 0; p < s->n_periods; p++, row++)
    {
      kp_sheet_text (sheet, row, 0, s->periods[p], KP_FMT_TEXT);
      for (guint r = 0; r < s->n_roles; r++)
        {
          const KpStatsStaffingCell *c = &s->trend[p * s->n_roles + r];

          kp_sheet_number (sheet, row, 1 + r, c->n_rows > 0 ? (double) c->employees : NAN, KP_FMT_INT);
        }
    }
  if (s->n_periods > 0 && s->n_roles > 0)
    {
      lxw_chart *chart = kp_workbook_chart (wb, LXW_CHART_LINE, KP_TR (wb, N_("Employees per role")));

      for (guint r = 0; r < s->n_roles; r++)
        kp_chart_add_series (chart, sheet->name, first, 0, row - 1, 0, first, 1 + r, row - 1, 1 + r, first - 1, 1 + r);
      kp_sheet_insert_chart (sheet, row + 1, 0, chart, 720, 320);
      row += 18;
    }
  row++;

  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Staffing figures")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, header);
  for (guint i = 0; i < s->n_rows; i++, row++)
    {
      const KpStatsStaffingRow *r = &s->rows[i];

      kp_sheet_text (sheet, row, 0, r->period, KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 1, r->organisation, KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 2, kp_workbook_role_name (wb, r->role_key, r->role_name), KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 3, r->employees, KP_FMT_INT);
      kp_sheet_number (sheet, row, 4, r->fte, KP_FMT_DECIMAL);
      kp_sheet_number (sheet, row, 5, r->vacancies, KP_FMT_INT);
      kp_sheet_number (sheet, row, 6, r->turnover / 100.0, KP_FMT_PERCENT);
      kp_sheet_number (sheet, row, 7, r->sick_leave / 100.0, KP_FMT_PERCENT);
      kp_sheet_number (sheet, row, 8, r->hires_from_project, KP_FMT_INT);
      if (i % 2048 == 0 && !kp_workbook_progress (wb, i, s->n_rows, error))
        return FALSE;
    }
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}

/* ---- budget -------------------------------------------------------------------------- */

static void
budget_cells (KpSheet                     *sheet,
              lxw_row_t                    row,
              const KpStatsBudgetCategory *c,
              guint                        flags)
{
  kp_sheet_number (sheet, row, 1, c->budget, KP_FMT_MONEY | flags);
  kp_sheet_number (sheet, row, 2, c->outcome, KP_FMT_MONEY | flags);
  kp_sheet_number (sheet, row, 3, c->budget - c->outcome, KP_FMT_MONEY | flags);
  kp_sheet_number (sheet, row, 4, c->budget > 0 ? c->outcome / c->budget : NAN, KP_FMT_PERCENT | flags);
  kp_sheet_number (sheet, row, 5, c->funder_budget, KP_FMT_MONEY | flags);
  kp_sheet_number (sheet, row, 6, c->funder_outcome, KP_FMT_MONEY | flags);
}

gboolean
kp_sheet_budget_write (KpWorkbook  *wb,
                       GError     **error)
{
  static const char *const header[] = {
    N_("Category"), N_("Budget"), N_("Outcome"), N_("Remaining"), N_("Used"),
    N_("Funder's contribution, budget"), N_("Funder's contribution, outcome"), NULL
  };
  static const char *const line_header[] = {
    N_("Category"), N_("Description"), N_("Budget"), N_("Outcome"), N_("Funder share"), NULL
  };
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "budget", error);
  KpDocument *doc = kp_workbook_document (wb);
  const KpStatsBudget *b = kp_workbook_report (wb)->budget;
  GListModel *lines = kp_document_get_list (doc, &kp_desc_budget_line);
  const char *currency = kp_entity_get_text (kp_document_get_project (doc), "currency");
  lxw_row_t row = 0, first;

  if (sheet == NULL)
    return FALSE;
  kp_sheet_header (sheet, row++, 0, header);
  first = row;
  for (guint i = 0; i < b->n_categories; i++, row++)
    {
      kp_sheet_text (sheet, row, 0, kp_workbook_choice (wb, &kp_catalog_budget_category, b->categories[i].category), KP_FMT_TEXT);
      budget_cells (sheet, row, &b->categories[i], 0);
    }
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Total")), KP_FMT_LABEL);
  budget_cells (sheet, row, &b->total, KP_FMT_TOTAL);
  kp_sheet_text (sheet, row + 1, 0, KP_TR (wb, N_("Currency")), KP_FMT_LABEL);
  kp_sheet_text (sheet, row + 1, 1, kp_workbook_choice (wb, &kp_catalog_currency, currency), KP_FMT_TEXT);
  if (b->total.n_lines > 0)
    {
      lxw_chart *chart = kp_workbook_chart (wb, LXW_CHART_COLUMN, KP_TR (wb, N_("Budget and outcome")));

      for (lxw_col_t c = 1; c <= 2; c++)
        kp_chart_add_series (chart, sheet->name, first, 0, row - 1, 0, first, c, row - 1, c, first - 1, c);
      kp_sheet_insert_chart (sheet, row + 3, 0, chart, 640, 300);
      row += 18;
    }
  row += 3;

  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Budget lines")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, line_header);
  for (guint i = 0, n = g_list_model_get_n_items (lines); i < n; i++, row++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (lines, i);

      kp_sheet_text (sheet, row, 0, kp_workbook_choice (wb, &kp_catalog_budget_category, kp_entity_get_text (e, "category")), KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 1, kp_entity_get_text (e, "description"), KP_FMT_WRAP);
      kp_sheet_number (sheet, row, 2, kp_entity_get_real (e, "budget"), KP_FMT_MONEY);
      kp_sheet_number (sheet, row, 3, kp_entity_get_real (e, "outcome"), KP_FMT_MONEY);
      kp_sheet_number (sheet, row, 4, kp_entity_get_real (e, "funder-share") / 100.0, KP_FMT_PERCENT);
    }
  kp_sheet_set_width (sheet, 1, 40);
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}
