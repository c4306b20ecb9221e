/* kp-export-summary.c: the first sheet (project facts, key figures against targets, hours
 * per organisation and goal fulfilment with their charts) and the last one (definitions,
 * sources, filters and versions). */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "kp-goal-status.h"
#include "kp-export-private.h"

static void
fact_text (KpSheet    *sheet,
           lxw_row_t  *row,
           const char *label,
           const char *value)
{
  kp_sheet_text (sheet, *row, 0, KP_TR (sheet->wb, label), KP_FMT_LABEL);
  kp_sheet_text (sheet, *row, 1, value, KP_FMT_WRAP);
  (*row)++;
}

static void
fact_number (KpSheet    *sheet,
             lxw_row_t  *row,
             const char *label,
             double      value,
             guint       format)
{
  kp_sheet_text (sheet, *row, 0, KP_TR (sheet->wb, label), KP_FMT_LABEL);
  kp_sheet_number (sheet, *row, 1, value, format);
  (*row)++;
}

static void
fact_date (KpSheet    *sheet,
           lxw_row_t  *row,
           const char *label,
           KpDate      value)
{
  kp_sheet_text (sheet, *row, 0, KP_TR (sheet->wb, label), KP_FMT_LABEL);
  kp_sheet_date (sheet, *row, 1, value, KP_FMT_DATE);
  (*row)++;
}

/* The period the figures cover: the filter, else the project's dates. */
static void
report_period (KpWorkbook *wb,
               KpDate     *from,
               KpDate     *to)
{
  const KpExportOptions *options = kp_workbook_options (wb);
  KpEntity *project = kp_document_get_project (kp_workbook_document (wb));

  *from = options->range.from != KP_DATE_NONE ? options->range.from : kp_entity_get_date (project, "start-date");
  *to = options->range.to != KP_DATE_NONE ? options->range.to : kp_entity_get_date (project, "end-date");
}

static void
key_row (KpSheet    *sheet,
         lxw_row_t   row,
         const char *label,
         double      outcome,
         double      target,
         double      share,
         guint       format)
{
  kp_sheet_text (sheet, row, 0, KP_TR (sheet->wb, label), KP_FMT_TEXT);
  kp_sheet_number (sheet, row, 1, outcome, format);
  kp_sheet_number (sheet, row, 2, target, format);
  kp_sheet_number (sheet, row, 3, share, KP_FMT_PERCENT);
}

static double
ratio (double part,
       double whole)
{
  return whole > 0 ? part / whole : NAN;
}

gboolean
kp_sheet_summary_write (KpWorkbook  *wb,
                        GError     **error)
{
  static const char *const key_header[] = { N_("Key figure"), N_("Outcome"), N_("Target"), N_("Share of target"), NULL };
  static const char *const org_header[] = { N_("Organisation"), N_("Funded"), N_("Co-financing"), N_("Total hours"), N_("Working weeks"), NULL };
  static const char *const goal_header[] = { N_("Goal status"), N_("Goals"), NULL };
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "summary", error);
  KpDocument *doc = kp_workbook_document (wb);
  KpEntity *project = kp_document_get_project (doc);
  KpStatsReport *report = kp_workbook_report (wb);
  const KpStatsKeyFigures *k = &report->key;
  const KpStatsHours *hours = report->hours;
  g_autofree char *title = kp_document_dup_title (doc);
  lxw_row_t row = 0, first, chart_row;
  KpDate from, to;
  lxw_chart *chart;

  if (sheet == NULL)
    return FALSE;
  kp_sheet_text (sheet, row++, 0, title, KP_FMT_TITLE);
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Follow-up report")), KP_FMT_SUBTITLE);
  kp_sheet_freeze (sheet, row, 0);
  row++;

  report_period (wb, &from, &to);
  kp_sheet_header (sheet, row++, 0, (const char *const[]) { N_("Project facts"), N_("Value"), NULL });
  fact_text (sheet, &row, N_("Case number"), kp_entity_get_text (project, "case-number"));
  fact_text (sheet, &row, N_("Project owner"), kp_entity_get_text (project, "owner-org"));
  fact_text (sheet, &row, N_("Organisation number"), kp_entity_get_text (project, "owner-org-number"));
  fact_text (sheet, &row, N_("Funder"), kp_workbook_choice (wb, &kp_catalog_funder, kp_entity_get_text (project, "funder")));
  fact_text (sheet, &row, N_("Programme"), kp_entity_get_text (project, "programme"));
  fact_text (sheet, &row, N_("Programme area"), kp_entity_get_text (project, "programme-area"));
  fact_text (sheet, &row, N_("Specific objective"), kp_entity_get_text (project, "specific-objective"));
  fact_text (sheet, &row, N_("Region"), kp_entity_get_text (project, "region"));
  fact_date (sheet, &row, N_("Start date"), kp_entity_get_date (project, "start-date"));
  fact_date (sheet, &row, N_("End date"), kp_entity_get_date (project, "end-date"));
  fact_text (sheet, &row, N_("Status"), kp_workbook_choice (wb, &kp_catalog_project_status, kp_entity_get_text (project, "status")));
  fact_number (sheet, &row, N_("Total budget"), kp_entity_get_real (project, "budget"), KP_FMT_MONEY);
  fact_text (sheet, &row, N_("Currency"), kp_workbook_choice (wb, &kp_catalog_currency, kp_entity_get_text (project, "currency")));
  fact_number (sheet, &row, N_("Funder share"), kp_entity_get_real (project, "funder-share") / 100.0, KP_FMT_PERCENT);
  fact_date (sheet, &row, N_("Report period from"), from);
  fact_date (sheet, &row, N_("Report period to"), to);
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Generated")), KP_FMT_LABEL);
  kp_sheet_datetime (sheet, row++, 1, kp_workbook_generated (wb));
  row++;

  /* Key figures against their targets. The charts stand to the right, from here down. */
  chart_row = row;
  kp_sheet_header (sheet, row++, 0, key_header);
  key_row (sheet, row++, N_("Hours reported"), k->hours, k->hours_planned > 0 ? k->hours_planned : NAN,
           k->hours_share, KP_FMT_HOURS);
  key_row (sheet, row++, N_("Working weeks (40 h)"), kp_stats_weeks (k->hours),
           k->hours_planned > 0 ? kp_stats_weeks (k->hours_planned) : NAN, k->hours_share, KP_FMT_DECIMAL);
  key_row (sheet, row++, N_("Participants"), k->participants,
           k->participants_target > 0 ? k->participants_target : NAN, k->participants_share, KP_FMT_INT);
  key_row (sheet, row++, N_("Budget used"), k->outcome, k->budget > 0 ? k->budget : NAN, k->budget_used, KP_FMT_MONEY);
  key_row (sheet, row++, N_("Funder's contribution"), report->budget->total.funder_outcome,
           report->budget->total.funder_budget, ratio (report->budget->total.funder_outcome,
                                                        report->budget->total.funder_budget), KP_FMT_MONEY);
  key_row (sheet, row++, N_("Goals met"), k->goals_by_status[KP_GOAL_MET], k->goals_total,
           ratio (k->goals_by_status[KP_GOAL_MET], k->goals_total), KP_FMT_INT);
  key_row (sheet, row++, N_("Meetings held"), k->meetings_held, NAN, NAN, KP_FMT_INT);
  key_row (sheet, row++, N_("Days left"), k->days_total > 0 ? k->days_left : NAN,
           k->days_total > 0 ? k->days_total : NAN, NAN, KP_FMT_INT);
  key_row (sheet, row++, N_("Progress against time"), k->progress, k->time_elapsed,
           ratio (k->progress, k->time_elapsed), KP_FMT_PERCENT);
  row++;

  /* Hours per organisation, with its chart beside. */
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Hours per organisation")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, org_header);
  first = row;
  for (guint i = 0; i < hours->n_rows; i++, row++)
    {
      const KpStatsHoursRow *r = &hours->rows[i];

      kp_sheet_text (sheet, row, 0, r->name, KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 1, r->total.funded, KP_FMT_HOURS);
      kp_sheet_number (sheet, row, 2, r->total.cofinancing, KP_FMT_HOURS);
      kp_sheet_number (sheet, row, 3, r->total.total, KP_FMT_HOURS);
      kp_sheet_number (sheet, row, 4, kp_stats_weeks (r->total.total), KP_FMT_DECIMAL);
    }
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Total")), KP_FMT_LABEL);
  kp_sheet_number (sheet, row, 1, hours->total.funded, KP_FMT_HOURS | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 2, hours->total.cofinancing, KP_FMT_HOURS | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 3, hours->total.total, KP_FMT_HOURS | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 4, kp_stats_weeks (hours->total.total), KP_FMT_DECIMAL | KP_FMT_TOTAL);
  if (hours->n_rows > 0)
    {
      chart = kp_workbook_chart (wb, LXW_CHART_BAR_STACKED, KP_TR (wb, N_("Hours per organisation")));
      for (lxw_col_t c = 1; c <= 2; c++)
        kp_chart_add_series (chart, sheet->name, first, 0, row - 1, 0, first, c, row - 1, c, first - 1, c);
      {
        double height = MAX (260, 90 + 30 * hours->n_rows);

        kp_sheet_insert_chart (sheet, chart_row, 6, chart, 640, height);
        /* Rows are 20 pixels high: the next chart goes below this one. */
        chart_row += (lxw_row_t) (height / 20) + 2;
      }
    }
  row += 2;

  /* Goal fulfilment. */
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Goal fulfilment")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, goal_header);
  first = row;
  for (guint s = 0; s < KP_N_GOAL_STATUSES; s++, row++)
    {
      kp_sheet_text (sheet, row, 0, kp_workbook_choice (wb, &kp_catalog_goal_status, kp_goal_status_key (s)), KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 1, k->goals_by_status[s], KP_FMT_INT);
    }
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Total")), KP_FMT_LABEL);
  kp_sheet_number (sheet, row, 1, k->goals_total, KP_FMT_INT | KP_FMT_TOTAL);
  if (k->goals_total > 0)
    {
      chart = kp_workbook_chart (wb, LXW_CHART_COLUMN, KP_TR (wb, N_("Goal fulfilment")));
      kp_chart_add_series (chart, sheet->name, first, 0, row - 1, 0, first, 1, row - 1, 1, first - 1, 1);
      chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
      kp_sheet_insert_chart (sheet, chart_row, 6, chart, 640, 280);
    }
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}

/* ---- About this report --------------------------------------------------------------- */

static const char *const definitions[] = {
  N_("Hours are the time entries whose date lies in the report period. Working weeks are hours divided by 40: 350 hours are 8.75 weeks."),
  N_("Funded hours are paid by the funder; co-financing (medfinansiering) is time the partners contribute themselves."),
  N_("In an ESF+ project a person may report whole hours only, at most 13 hours a day and 1,720 hours a calendar year."),
  N_("Meetings held count meetings and presentations per forum; cancelled meetings are not counted."),
  N_("Participants are counts, never persons: by gender, age and status when they started, and by result when they left. A participant or staffing figure is included when its month or quarter overlaps the report period."),
  N_("Staffing turnover and sick leave for several organisations are averages weighted by the number of employees."),
  N_("Goal status: a status set by hand applies. Otherwise a goal without outcome or target is not assessed; it is met when the outcome reaches the target (for a range, its lower end), partly met when the outcome is between the baseline and the target, and not met otherwise. For a goal to decrease (baseline above target) the comparisons are reversed."),
  N_("Progress of the work is the progress of the activities, weighted by their length in days; phases that contain activities and cancelled activities are left out. Time elapsed runs from the project's start to the day of the report."),
  N_("The funder's contribution is each budget line's amount times its funder share, rounded to whole öre (cents)."),
  N_("Baseline slip is the number of days an activity ends after (positive) or before (negative) its end in the latest baseline."),
  N_("Week numbers follow ISO 8601: weeks start on Monday, and week 1 is the week with the year's first Thursday."),
  N_("Budget lines and goals have no date and are always shown in full."),
  NULL
};

gboolean
kp_sheet_about_write (KpWorkbook  *wb,
                      GError     **error)
{
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "about", error);
  KpDocument *doc = kp_workbook_document (wb);
  const KpExportOptions *options = kp_workbook_options (wb);
  g_autofree char *file = g_file_get_basename (kp_document_get_file (doc));
  g_autofree char *title = kp_document_dup_title (doc);
  const char *language = kp_translator_get_language (kp_workbook_translator (wb));
  lxw_row_t row = 0;
  KpDate from, to;

  if (sheet == NULL)
    return FALSE;
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("About this report")), KP_FMT_TITLE);
  kp_sheet_freeze (sheet, row, 0);
  row++;
  kp_sheet_header (sheet, row++, 0, (const char *const[]) { N_("Item"), N_("Value"), NULL });
  fact_text (sheet, &row, N_("Project"), title);
  fact_text (sheet, &row, N_("Source"), file);
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Generated")), KP_FMT_LABEL);
  kp_sheet_datetime (sheet, row++, 1, kp_workbook_generated (wb));
  report_period (wb, &from, &to);
  fact_date (sheet, &row, N_("Report period from"), from);
  fact_date (sheet, &row, N_("Report period to"), to);
  fact_text (sheet, &row, N_("Filter"),
             options->range.from == KP_DATE_NONE && options->range.to == KP_DATE_NONE
             ? KP_TR (wb, N_("None: the whole project"))
             : KP_TR (wb, N_("Only figures inside the report period")));
  fact_date (sheet, &row, N_("Today (marked in the timeline)"), kp_workbook_today (wb));
  fact_text (sheet, &row, N_("Language"), g_str_equal (language, "sv") ? "svenska" : "English");
  fact_text (sheet, &row, N_("Made with"), "Kompetensplan " PACKAGE_VERSION ", libxlsxwriter " LXW_VERSION);
  row++;
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Definitions")), KP_FMT_SUBTITLE);
  for (guint i = 0; definitions[i] != NULL; i++)
    kp_sheet_text (sheet, row++, 0, KP_TR (wb, definitions[i]), KP_FMT_TEXT);
  row++;
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Sources")), KP_FMT_SUBTITLE);
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Every figure is computed from the project file when the report is generated; totals are written as values.")), KP_FMT_TEXT);
  kp_sheet_set_width (sheet, 0, 34);
  kp_sheet_set_width (sheet, 1, 70);
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}
