/* kp-export-hours.c: the Hours sheet (organisation × month, funded and co-financed, per
 * organisation, per month with a stacked chart, and per person for the ESF+ caps) and the
 * raw Time entries sheet for the auditor. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kp-calendar.h"
#include "kp-export-private.h"

static void
split_cells (KpSheet            *sheet,
             lxw_row_t           row,
             lxw_col_t           col,
             const KpStatsSplit *split,
             guint               flags)
{
  kp_sheet_number (sheet, row, col, split->funded, KP_FMT_HOURS | flags);
  kp_sheet_number (sheet, row, col + 1, split->cofinancing, KP_FMT_HOURS | flags);
  kp_sheet_number (sheet, row, col + 2, split->total, KP_FMT_HOURS | flags);
  kp_sheet_number (sheet, row, col + 3, kp_stats_weeks (split->total), KP_FMT_DECIMAL | flags);
}

static double
part (const KpStatsSplit *split,
      guint               which)
{
  return which == 0 ? split->funded : which == 1 ? split->cofinancing : split->total;
}

gboolean
kp_sheet_hours_write (KpWorkbook  *wb,
                      GError     **error)
{
  static const char *const funding_labels[] = { N_("Funded"), N_("Co-financing"), N_("Total") };
  static const char *const org_header[] = { N_("Organisation"), N_("Funded"), N_("Co-financing"), N_("Total hours"), N_("Working weeks"), NULL };
  static const char *const month_header[] = { N_("Month"), N_("Funded"), N_("Co-financing"), N_("Total hours"), N_("Working weeks"), NULL };
  static const char *const person_header[] = {
    N_("Person or role"), N_("Year"), N_("Hours"), N_("Days with hours"), N_("Most hours on one day"),
    N_("On"), N_("Days over 13 h"), N_("Over 1,720 h a year"), NULL
  };
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "hours", error);
  KpStatsReport *report = kp_workbook_report (wb);
  const KpStatsHours *h = report->hours;
  const KpStatsPersonHours *ph = report->person_hours;
  lxw_row_t row = 0, first;
  lxw_col_t total_col = 2 + h->n_months;

  if (sheet == NULL)
    return FALSE;

  /* Organisation × funding × month. */
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Organisation")), KP_FMT_HEADER);
  kp_sheet_text (sheet, row, 1, KP_TR (wb, N_("Funding")), KP_FMT_HEADER);
  for (guint m = 0; m < h->n_months; m++)
    kp_sheet_date (sheet, row, 2 + m, h->months[m], KP_FMT_MONTH | KP_FMT_TOTAL);
  kp_sheet_text (sheet, row, total_col, KP_TR (wb, N_("Total hours")), KP_FMT_HEADER);
  kp_sheet_text (sheet, row, total_col + 1, KP_TR (wb, N_("Working weeks")), KP_FMT_HEADER);
  sheet->has_header = TRUE;
  sheet->header_row = row;
  kp_sheet_freeze (sheet, 1, 2);
  row++;
  for (guint r = 0; r <= h->n_rows; r++)
    {
      const KpStatsHoursRow *org = r < h->n_rows ? &h->rows[r] : NULL;
      const KpStatsSplit *months = org != NULL ? org->months : h->month_totals;
      const KpStatsSplit *total = org != NULL ? &org->total : &h->total;
      guint flags = org != NULL ? 0 : KP_FMT_TOTAL;

      if (h->n_entries == 0)
        break;
      for (guint which = 0; which < 3; which++, row++)
        {
          guint f = which == 2 ? KP_FMT_TOTAL : flags;

          kp_sheet_text (sheet, row, 0, org != NULL ? org->name : KP_TR (wb, N_("All organisations")),
                         org != NULL ? KP_FMT_TEXT : KP_FMT_LABEL);
          kp_sheet_text (sheet, row, 1, KP_TR (wb, funding_labels[which]), which == 2 ? KP_FMT_LABEL : KP_FMT_TEXT);
          for (guint m = 0; m < h->n_months; m++)
            kp_sheet_number (sheet, row, 2 + m, part (&months[m], which), KP_FMT_HOURS | f);
          kp_sheet_number (sheet, row, total_col, part (total, which), KP_FMT_HOURS | KP_FMT_TOTAL);
          kp_sheet_number (sheet, row, total_col + 1, kp_stats_weeks (part (total, which)), KP_FMT_DECIMAL | f);
        }
    }
  row++;

  /* Per organisation. */
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Hours per organisation")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, org_header);
  for (guint r = 0; r < h->n_rows; r++, row++)
    {
      kp_sheet_text (sheet, row, 0, h->rows[r].name, KP_FMT_TEXT);
      split_cells (sheet, row, 1, &h->rows[r].total, 0);
    }
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Total")), KP_FMT_LABEL);
  split_cells (sheet, row++, 1, &h->total, KP_FMT_TOTAL);
  row++;

  /* Per month, with the stacked chart beside. */
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Hours per month")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, month_header);
  first = row;
  for (guint m = 0; m < h->n_months; m++, row++)
    {
      kp_sheet_date (sheet, row, 0, h->months[m], KP_FMT_MONTH);
      split_cells (sheet, row, 1, &h->month_totals[m], 0);
    }
  if (h->n_months > 0)
    {
      lxw_chart *chart = kp_workbook_chart (wb, LXW_CHART_COLUMN_STACKED, KP_TR (wb, N_("Hours per month")));

      for (lxw_col_t c = 1; c <= 2; c++)
        kp_chart_add_series (chart, sheet->name, first, 0, row - 1, 0, first, c, row - 1, c, first - 1, c);
      chart_axis_set_num_format (chart->x_axis, "yyyy-mm");
      kp_sheet_insert_chart (sheet, first - 1, 6, chart, 720, 320);
    }
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Total")), KP_FMT_LABEL);
  split_cells (sheet, row++, 1, &h->total, KP_FMT_TOTAL);
  /* Room for the chart before the next block. */
  row = MAX (row, first + 16) + 1;

  /* Per person and year, for the ESF+ caps. */
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Hours per person and year (ESF+ allows at most 13 h a day and 1,720 h a year)")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, person_header);
  for (guint i = 0; i < ph->n_rows; i++, row++)
    {
      const KpStatsPersonYear *p = &ph->rows[i];

      kp_sheet_text (sheet, row, 0, p->person, KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 1, p->year, KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 2, p->hours, KP_FMT_HOURS);
      kp_sheet_number (sheet, row, 3, p->days, KP_FMT_INT);
      kp_sheet_number (sheet, row, 4, p->max_day_hours, KP_FMT_HOURS);
      kp_sheet_date (sheet, row, 5, p->max_day, KP_FMT_DATE);
      kp_sheet_number (sheet, row, 6, p->days_over_cap, KP_FMT_INT);
      kp_sheet_text (sheet, row, 7, KP_TR (wb, p->over_year_cap ? N_("Yes") : N_("No")), KP_FMT_TEXT);
      if (i % 1024 == 0 && !kp_workbook_progress (wb, i, ph->n_rows, error))
        return FALSE;
    }
  kp_sheet_set_width (sheet, 0, 36);
  kp_sheet_set_width (sheet, 1, 14);
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}

gboolean
kp_sheet_time_entries_write (KpWorkbook  *wb,
                             GError     **error)
{
  static const char *const header[] = {
    N_("Date"), N_("Week"), N_("Organisation"), N_("Person or role"), N_("Hours"), N_("Activity"),
    N_("Funding"), NULL
  };
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "time-entries", error);
  KpDocument *doc = kp_workbook_document (wb);
  const KpStatsRange *range = &kp_workbook_options (wb)->range;
  GListModel *entries = kp_document_get_list (doc, &kp_desc_time_entry);
  guint n = g_list_model_get_n_items (entries);
  const KpEntityDesc *d = &kp_desc_time_entry;
  int f_date = kp_entity_desc_field_index (d, "date"), f_org = kp_entity_desc_field_index (d, "organisation-id");
  int f_person = kp_entity_desc_field_index (d, "person"), f_hours = kp_entity_desc_field_index (d, "hours");
  int f_activity = kp_entity_desc_field_index (d, "activity"), f_funding = kp_entity_desc_field_index (d, "funding");
  const char *funded = KP_TR (wb, N_("Funded")), *cofinanced = KP_TR (wb, N_("Co-financing"));
  g_autoptr(GHashTable) org_names = g_hash_table_new (NULL, NULL);
  lxw_row_t row = 0;

  if (sheet == NULL)
    return FALSE;
  kp_sheet_header (sheet, row++, 0, header);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (entries, i);
      KpDate date = (KpDate) kp_entity_peek (e, f_date)->i;
      gint64 org_id = kp_entity_peek (e, f_org)->i;
      const char *org_name = g_hash_table_lookup (org_names, GSIZE_TO_POINTER ((gsize) org_id));
      int year, week;
      char week_text[16];

      if (!kp_stats_range_contains (range, date))
        continue;
      if (org_name == NULL)
        {
          KpEntity *org = kp_document_lookup (doc, &kp_desc_organisation, org_id);

          org_name = org != NULL ? kp_entity_get_text (org, "name") : "";
          g_hash_table_insert (org_names, GSIZE_TO_POINTER ((gsize) org_id), (gpointer) org_name);
        }
      kp_date_iso_week (date, &year, &week);
      g_snprintf (week_text, sizeof week_text, "%04d-W%02d", year, week);
      kp_sheet_date (sheet, row, 0, date, KP_FMT_DATE);
      kp_sheet_text (sheet, row, 1, week_text, KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 2, org_name, KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 3, kp_entity_peek (e, f_person)->s, KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 4, kp_entity_peek (e, f_hours)->d, KP_FMT_HOURS);
      kp_sheet_text (sheet, row, 5, kp_entity_peek (e, f_activity)->s, KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 6, g_str_equal (kp_entity_peek (e, f_funding)->s, "cofinancing") ? cofinanced : funded,
                     KP_FMT_TEXT);
      row++;
      if (i % 4096 == 0 && !kp_workbook_progress (wb, i, n, error))
        return FALSE;
    }
  worksheet_autofilter (sheet->ws, 0, 0, MAX (row, 1) - 1, 6);
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}
