/* kp-export-timeline.c: phases and activities with their dates, ISO weeks, progress and
 * baseline slip, beside a Gantt chart drawn in cells: one column per ISO week, filled
 * cells for the weeks a row runs, a mark for a milestone, and today's week highlighted. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kp-calendar.h"
#include "kp-date.h"
#include "kp-export-private.h"

/* More weeks than this (ten years) are cut from the drawing, not from the table. */
#define MAX_WEEKS 520
#define FIRST_WEEK_COL 12

static KpDate
monday_of (KpDate date)
{
  return date - (kp_date_weekday (date) - 1);
}

gboolean
kp_sheet_timeline_write (KpWorkbook  *wb,
                         GError     **error)
{
  static const char *const header[] = {
    N_("Phase or activity"), N_("Kind"), N_("Start date"), N_("Start week"), N_("End date"),
    N_("End week"), N_("Progress"), N_("Status"), N_("Milestone"), N_("Baseline start"),
    N_("Baseline end"), N_("Slip (days)"), NULL
  };
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "timeline", error);
  KpDocument *doc = kp_workbook_document (wb);
  const KpStatsTimeline *timeline = kp_workbook_report (wb)->timeline;
  const KpExportOptions *options = kp_workbook_options (wb);
  KpDate today = kp_workbook_today (wb);
  KpDate first, last, week0 = KP_DATE_NONE;
  guint n_weeks = 0;
  int today_col = -1;

  if (sheet == NULL)
    return FALSE;

  /* The drawing covers the report period, or the rows' own span. */
  first = options->range.from != KP_DATE_NONE ? options->range.from : timeline->first;
  last = options->range.to != KP_DATE_NONE ? options->range.to : timeline->last;
  if (first != KP_DATE_NONE && last != KP_DATE_NONE && last >= first)
    {
      week0 = monday_of (first);
      n_weeks = MIN ((guint) ((monday_of (last) - week0) / 7 + 1), MAX_WEEKS);
    }

  kp_sheet_header (sheet, 0, 0, header);
  for (guint w = 0; w < n_weeks; w++)
    {
      KpDate monday = week0 + (KpDate) (7 * w);
      g_autofree char *label = kp_export_iso_week (monday);
      gboolean is_today = today >= monday && today < monday + 7;

      kp_sheet_text (sheet, 0, FIRST_WEEK_COL + w, label,
                     is_today ? KP_FMT_GANTT_TODAY : KP_FMT_GANTT_HEADER);
      kp_sheet_set_width (sheet, FIRST_WEEK_COL + w, 3.0);
      if (is_today)
        today_col = (int) (FIRST_WEEK_COL + w);
    }
  if (today_col >= 0)
    kp_sheet_set_column_format (sheet, (lxw_col_t) today_col,
                                kp_workbook_format (wb, KP_FMT_GANTT_TODAY_COLUMN));
  worksheet_set_row (sheet->ws, 0, 62, NULL);
  kp_sheet_freeze (sheet, 1, 1);

  for (guint i = 0; i < timeline->n_rows; i++)
    {
      const KpStatsTimelineRow *r = &timeline->rows[i];
      KpEntity *task = kp_document_lookup (doc, &kp_desc_task, r->task_id);
      lxw_row_t row = i + 1;
      g_autofree char *indent = g_strnfill (MIN (r->depth, 10) * 3, ' ');
      g_autofree char *name = g_strconcat (indent, kp_entity_get_text (task, "name"), NULL);
      g_autofree char *start_week = kp_export_iso_week (r->start);
      g_autofree char *end_week = kp_export_iso_week (r->end);
      gboolean milestone = kp_entity_get_int (task, "is-milestone") != 0;
      gboolean phase = g_str_equal (kp_entity_get_text (task, "kind"), "phase");

      kp_sheet_text (sheet, row, 0, name, r->depth == 0 ? KP_FMT_LABEL : KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 1, kp_workbook_choice (wb, &kp_catalog_task_kind, kp_entity_get_text (task, "kind")), KP_FMT_TEXT);
      kp_sheet_date (sheet, row, 2, r->start, KP_FMT_DATE);
      kp_sheet_text (sheet, row, 3, start_week, KP_FMT_TEXT);
      kp_sheet_date (sheet, row, 4, r->end, KP_FMT_DATE);
      kp_sheet_text (sheet, row, 5, end_week, KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 6, r->progress / 100.0, KP_FMT_PERCENT);
      kp_sheet_text (sheet, row, 7, kp_workbook_choice (wb, &kp_catalog_task_status, kp_entity_get_text (task, "status")), KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 8, KP_TR (wb, milestone ? N_("Yes") : N_("No")), KP_FMT_TEXT);
      if (r->has_baseline)
        {
          kp_sheet_date (sheet, row, 9, r->baseline_start, KP_FMT_DATE);
          kp_sheet_date (sheet, row, 10, r->baseline_end, KP_FMT_DATE);
          if (r->end != KP_DATE_NONE && r->baseline_end != KP_DATE_NONE)
            kp_sheet_number (sheet, row, 11, r->slip_days, KP_FMT_INT);
        }

      /* The drawing: the weeks the row runs, or the milestone's week. */
      if (n_weeks > 0 && r->start != KP_DATE_NONE && r->end != KP_DATE_NONE)
        {
          KpDate s = MAX (r->start, week0), e = MIN (r->end, week0 + (KpDate) (7 * n_weeks) - 1);

          for (KpDate monday = monday_of (s); s <= e && monday <= e; monday += 7)
            {
              lxw_col_t col = FIRST_WEEK_COL + (lxw_col_t) ((monday - week0) / 7);

              if (milestone)
                kp_sheet_text (sheet, row, col, "◆", KP_FMT_GANTT_MILESTONE);
              else
                kp_sheet_blank (sheet, row, col, phase ? KP_FMT_GANTT_PHASE : KP_FMT_GANTT);
            }
        }
      if (i % 256 == 0 && !kp_workbook_progress (wb, i, timeline->n_rows, error))
        return FALSE;
    }
  kp_sheet_set_width (sheet, 0, 44);
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}
