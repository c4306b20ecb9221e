/* kp-sheet-competence.c: the workbook's Competence plan sheet: the roles of every unit with
 * gap and recruitment need, totals per role, staff against demand year by year with a
 * native chart, the required levels and a heat map of each unit's gaps, the protected
 * title, the competence staircase and the training activities. Every figure comes from
 * src/stats/kp-competence-stats.h, as in the app.
 *
 * The sheet is streamed (constant memory), so it is written strictly top to bottom. */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "kp-competence-stats.h"
#include "kp-export-private.h"

/* Heat colours of the gap maps: none, one level, three or more (Excel's own scale). */
#define HEAT_LOW  0x63BE7B
#define HEAT_MID  0xFFEB84
#define HEAT_HIGH 0xF8696B
#define FLAG_FILL 0xF8CBAD

static const char *
competence_name (KpWorkbook *wb,
                 KpEntity   *competence)
{
  const char *key = kp_entity_get_text (competence, "key");
  const char *name = kp_entity_get_text (competence, "name");
  const KpChoice *choice = *key ? kp_catalog_find (&kp_catalog_default_competence, key) : NULL;

  /* As for roles: a shipped entry keeps its key and English name until renamed. */
  if (choice != NULL && g_strcmp0 (choice->label, name) == 0)
    return kp_tr (kp_workbook_translator (wb), choice->label);
  return name;
}

static const char *
role_name (KpWorkbook *wb,
           KpEntity   *role)
{
  return role != NULL ? kp_workbook_role_name (wb, kp_entity_get_text (role, "key"), kp_entity_get_text (role, "name"))
                      : "";
}

static const char *
name_of (KpDocument         *doc,
         const KpEntityDesc *desc,
         gint64              id)
{
  KpEntity *e = kp_document_lookup (doc, desc, id);

  return e != NULL ? kp_entity_get_text (e, "name") : "";
}

static void
summary_cells (KpSheet                  *sheet,
               lxw_row_t                 row,
               lxw_col_t                 col,
               const KpHeadcountSummary *s,
               guint                     flags)
{
  kp_sheet_number (sheet, row, col, s->persons, KP_FMT_INT | flags);
  kp_sheet_number (sheet, row, col + 1, s->fte, KP_FMT_HOURS | flags);
  kp_sheet_number (sheet, row, col + 2, s->retirements, KP_FMT_INT | flags);
  kp_sheet_number (sheet, row, col + 3, s->demand, KP_FMT_HOURS | flags);
  kp_sheet_number (sheet, row, col + 4, s->n_rows > 1 ? MAX (0.0, s->gap) : s->gap, KP_FMT_HOURS | flags);
  kp_sheet_number (sheet, row, col + 5, s->need, KP_FMT_HOURS | flags);
}

/* The roles of every unit. */
static lxw_row_t
write_headcount (KpWorkbook *wb,
                 KpSheet    *sheet,
                 lxw_row_t   row)
{
  static const char *const header[] = {
    N_("Organisation"), N_("Unit"), N_("Target year"), N_("Role"), N_("Staff turnover"),
    N_("Demand growth per year"), N_("Persons"), N_("Full-time equivalents"), N_("Retirements per year"),
    N_("Demand in the target year"), N_("Gap"), N_("Recruitment need"), NULL
  };
  KpDocument *doc = kp_workbook_document (wb);
  GListModel *units = kp_document_get_list (doc, &kp_desc_unit);
  GListModel *rows = kp_document_get_list (doc, &kp_desc_headcount);
  KpCompetenceScope all = { 0 };
  KpHeadcountSummary total;

  kp_sheet_header (sheet, row++, 0, header);
  for (guint u = 0, nu = g_list_model_get_n_items (units); u < nu; u++)
    {
      g_autoptr(KpEntity) unit = g_list_model_get_item (units, u);

      for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
        {
          g_autoptr(KpEntity) h = g_list_model_get_item (rows, i);
          KpHeadcountSummary s = { 0 };
          KpForecastInput in;

          if (kp_entity_get_int (h, "unit-id") != kp_entity_get_id (unit))
            continue;
          kp_forecast_input_for (doc, h, &in);
          kp_headcount_summary_add (doc, h, &s);
          kp_sheet_text (sheet, row, 0, name_of (doc, &kp_desc_organisation, kp_entity_get_int (unit, "organisation-id")),
                         KP_FMT_TEXT);
          kp_sheet_text (sheet, row, 1, kp_entity_get_text (unit, "name"), KP_FMT_TEXT);
          kp_sheet_number (sheet, row, 2, in.target_year, KP_FMT_TEXT);
          kp_sheet_text (sheet, row, 3, role_name (wb, kp_document_lookup (doc, &kp_desc_role, kp_entity_get_int (h, "role-id"))),
                         KP_FMT_TEXT);
          kp_sheet_number (sheet, row, 4, in.turnover / 100.0, KP_FMT_PERCENT);
          kp_sheet_number (sheet, row, 5, in.growth / 100.0, KP_FMT_PERCENT);
          summary_cells (sheet, row, 6, &s, 0);
          row++;
        }
    }
  kp_competence_summary (doc, &all, &total);
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("All organisations")), KP_FMT_LABEL);
  summary_cells (sheet, row++, 6, &total, KP_FMT_TOTAL);
  return row + 1;
}

static lxw_row_t
write_role_totals (KpWorkbook *wb,
                   KpSheet    *sheet,
                   lxw_row_t   row)
{
  static const char *const header[] = {
    N_("Role"), N_("Persons"), N_("Full-time equivalents"), N_("Retirements per year"),
    N_("Demand in the target year"), N_("Gap"), N_("Recruitment need"), NULL
  };
  KpDocument *doc = kp_workbook_document (wb);
  KpCompetenceScope all = { 0 };
  g_autoptr(GPtrArray) roles = kp_competence_roles (doc, &all);
  KpHeadcountSummary s;

  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Totals per role across all organisations")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, header);
  for (guint i = 0; i < roles->len; i++)
    {
      KpCompetenceScope scope = { 0, 0, kp_entity_get_id (roles->pdata[i]) };

      kp_competence_summary (doc, &scope, &s);
      kp_sheet_text (sheet, row, 0, role_name (wb, roles->pdata[i]), KP_FMT_TEXT);
      summary_cells (sheet, row++, 1, &s, 0);
    }
  kp_competence_summary (doc, &all, &s);
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("All roles")), KP_FMT_LABEL);
  summary_cells (sheet, row++, 1, &s, KP_FMT_TOTAL);
  return row + 1;
}

/* Year by year over all organisations, with a chart of staff against demand beside. */
static lxw_row_t
write_years (KpWorkbook *wb,
             KpSheet    *sheet,
             lxw_row_t   row)
{
  static const char *const header[] = {
    N_("Year"), N_("Demand"), N_("Staff without recruitment"), N_("Gap"), N_("Leavers"), N_("Recruitment need"),
    N_("Recruitment need so far"), NULL
  };
  KpDocument *doc = kp_workbook_document (wb);
  KpCompetenceScope all = { 0 };
  g_autoptr(GArray) years = kp_competence_forecast (doc, &all);
  lxw_row_t first;

  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Staff and demand year by year, all organisations")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, header);
  first = row;
  for (guint i = 0; i < years->len; i++, row++)
    {
      const KpForecastYear *f = &g_array_index (years, KpForecastYear, i);

      kp_sheet_number (sheet, row, 0, f->year, KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 1, f->demand, KP_FMT_HOURS);
      kp_sheet_number (sheet, row, 2, f->staff, KP_FMT_HOURS);
      kp_sheet_number (sheet, row, 3, f->gap, KP_FMT_HOURS);
      kp_sheet_number (sheet, row, 4, f->leavers, KP_FMT_HOURS);
      kp_sheet_number (sheet, row, 5, f->need, KP_FMT_HOURS);
      kp_sheet_number (sheet, row, 6, f->need_total, KP_FMT_HOURS);
    }
  if (years->len > 0 && g_list_model_get_n_items (kp_document_get_list (doc, &kp_desc_headcount)) > 0)
    {
      lxw_chart *chart = kp_workbook_chart (wb, LXW_CHART_LINE, KP_TR (wb, N_("Staff without recruitment and demand")));

      /* Staff, then demand: the same order and meaning as the app's charts. */
      kp_chart_add_series (chart, sheet->name, first, 0, row - 1, 0, first, 2, row - 1, 2, first - 1, 2);
      kp_chart_add_series (chart, sheet->name, first, 0, row - 1, 0, first, 1, row - 1, 1, first - 1, 1);
      kp_sheet_insert_chart (sheet, first - 1, 8, chart, 560, 300);
      /* Room for the chart before the next block. */
      row = MAX (row, first + 16);
    }
  return row + 1;
}

/* Competences down, roles across: the level each role requires. */
static lxw_row_t
write_required (KpWorkbook *wb,
                KpSheet    *sheet,
                lxw_row_t   row)
{
  g_autoptr(KpCompetenceMatrix) m = kp_competence_matrix_new (kp_workbook_document (wb), 0);
  guint nr = kp_competence_matrix_n_roles (m);

  if (nr == 0)
    return row;
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Required level per role (0 none, 1 basic, 2 with support, "
                                                "3 independent, 4 can train others)")), KP_FMT_SUBTITLE);
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Competence")), KP_FMT_HEADER);
  for (guint r = 0; r < nr; r++)
    kp_sheet_text (sheet, row, 1 + r, role_name (wb, kp_competence_matrix_role (m, r)), KP_FMT_HEADER);
  row++;
  for (guint c = 0; c < kp_competence_matrix_n_competences (m); c++, row++)
    {
      kp_sheet_text (sheet, row, 0, competence_name (wb, kp_competence_matrix_competence (m, c)), KP_FMT_TEXT);
      for (guint r = 0; r < nr; r++)
        {
          int level = kp_competence_matrix_required (m, c, r);

          kp_sheet_number (sheet, row, 1 + r, level >= 0 ? level : NAN, KP_FMT_INT);
        }
    }
  return row + 1;
}

/* Each unit's gaps as a heat map, its own level and the competences one person holds. */
static lxw_row_t
write_gaps (KpWorkbook *wb,
            KpSheet    *sheet,
            lxw_row_t   row)
{
  static const char *const header[] = { N_("Competence"), N_("The unit's level"), N_("Holders"), NULL };
  KpDocument *doc = kp_workbook_document (wb);
  GListModel *units = kp_document_get_list (doc, &kp_desc_unit);
  lxw_format *flag = workbook_add_format (kp_workbook_lxw (wb));

  format_set_bg_color (flag, FLAG_FILL);
  format_set_bold (flag);
  for (guint u = 0, nu = g_list_model_get_n_items (units); u < nu; u++)
    {
      g_autoptr(KpEntity) unit = g_list_model_get_item (units, u);
      g_autoptr(KpCompetenceMatrix) m = kp_competence_matrix_new (doc, kp_entity_get_id (unit));
      guint nr = kp_competence_matrix_n_roles (m), nc = kp_competence_matrix_n_competences (m);
      lxw_conditional_format heat = { 0 }, single = { 0 };
      g_autofree char *title = NULL;
      lxw_row_t first;

      /* Translators: a block of the Competence plan sheet; %s is a unit */
      title = g_strdup_printf (KP_TR (wb, N_("Gaps in %s: required level minus the unit's level, per role")),
                               kp_entity_get_text (unit, "name"));
      kp_sheet_text (sheet, row++, 0, title, KP_FMT_SUBTITLE);
      kp_sheet_header (sheet, row, 0, header);
      for (guint r = 0; r < nr; r++)
        kp_sheet_text (sheet, row, 3 + r, role_name (wb, kp_competence_matrix_role (m, r)), KP_FMT_HEADER);
      first = ++row;
      for (guint c = 0; c < nc; c++, row++)
        {
          int level = kp_competence_matrix_level (m, c);
          gint64 holders = kp_competence_matrix_holders (m, c);

          kp_sheet_text (sheet, row, 0, competence_name (wb, kp_competence_matrix_competence (m, c)), KP_FMT_TEXT);
          kp_sheet_number (sheet, row, 1, level >= 0 ? level : NAN, KP_FMT_INT);
          kp_sheet_number (sheet, row, 2, holders >= 0 ? (double) holders : NAN, KP_FMT_INT);
          for (guint r = 0; r < nr; r++)
            {
              int gap = kp_competence_matrix_gap (m, c, r);

              kp_sheet_number (sheet, row, 3 + r, gap >= 0 ? gap : NAN, KP_FMT_INT);
            }
        }
      if (nc > 0 && nr > 0)
        {
          heat.type = LXW_CONDITIONAL_3_COLOR_SCALE;
          heat.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
          heat.min_value = 0;
          heat.min_color = HEAT_LOW;
          heat.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
          heat.mid_value = 1;
          heat.mid_color = HEAT_MID;
          heat.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
          heat.max_value = 3;
          heat.max_color = HEAT_HIGH;
          worksheet_conditional_format_range (sheet->ws, first, 3, row - 1, 3 + nr - 1, &heat);
        }
      if (nc > 0)
        {
          single.type = LXW_CONDITIONAL_TYPE_CELL;
          single.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
          single.value = 1;
          single.format = flag;
          worksheet_conditional_format_range (sheet->ws, first, 2, row - 1, 2, &single);
        }
      row++;
    }
  return row;
}

static lxw_row_t
write_title (KpWorkbook *wb,
             KpSheet    *sheet,
             lxw_row_t   row)
{
  static const char *const header[] = {
    N_("Unit"), N_("Hold the certificate"), N_("Have applied"), N_("Covered by the transition rule"),
    N_("No path yet"), N_("Total"), N_("Share certified"), N_("Assistant nurses in the headcount"), NULL
  };
  KpDocument *doc = kp_workbook_document (wb);
  GListModel *rows = kp_document_get_list (doc, &kp_desc_certification);
  KpTitleFigures total;
  const char *note = NULL;

  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Protected title undersköterska: counts per unit")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, header);
  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++, row++)
    {
      g_autoptr(KpEntity) c = g_list_model_get_item (rows, i);
      KpTitleFigures f;

      kp_title_figures (c, &f);
      kp_sheet_text (sheet, row, 0, name_of (doc, &kp_desc_unit, kp_entity_get_int (c, "unit-id")), KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 1, (double) f.certified, KP_FMT_INT);
      kp_sheet_number (sheet, row, 2, (double) f.applied, KP_FMT_INT);
      kp_sheet_number (sheet, row, 3, (double) f.transition, KP_FMT_INT);
      kp_sheet_number (sheet, row, 4, (double) f.no_path, KP_FMT_INT);
      kp_sheet_number (sheet, row, 5, (double) f.total, KP_FMT_INT);
      kp_sheet_number (sheet, row, 6, f.coverage / 100.0, KP_FMT_PERCENT);
      kp_sheet_number (sheet, row, 7, (double) kp_title_headcount (doc, kp_entity_get_int (c, "unit-id")), KP_FMT_INT);
    }
  kp_title_totals (doc, &total);
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("All units")), KP_FMT_LABEL);
  kp_sheet_number (sheet, row, 1, (double) total.certified, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 2, (double) total.applied, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 3, (double) total.transition, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 4, (double) total.no_path, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 5, (double) total.total, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 6, total.coverage / 100.0, KP_FMT_PERCENT | KP_FMT_TOTAL);
  row++;
  switch (kp_title_alert (&total, kp_workbook_today (wb)))
    {
    case KP_TITLE_ALERT_APPROACHING:
      note = N_("The transition rule ends on 2033-06-30: everyone without the certificate needs one by then.");
      break;
    case KP_TITLE_ALERT_PASSED:
      note = N_("The transition rule ended on 2033-06-30: staff without the certificate may no longer use the title.");
      break;
    case KP_TITLE_ALERT_NONE:
    default:
      note = N_("The transition rule lets staff employed on 2023-07-01 keep the title until 2033-06-30.");
      break;
    }
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, note), KP_FMT_TEXT);
  return row + 1;
}

static lxw_row_t
write_staircase (KpWorkbook *wb,
                 KpSheet    *sheet,
                 lxw_row_t   row)
{
  static const char *const header[] = {
    N_("Staircase step"), N_("Role"), N_("People now"), N_("People planned"), N_("Change"),
    N_("Headcount in the role"), N_("Requirements"), NULL
  };
  KpDocument *doc = kp_workbook_document (wb);
  KpStairFigures totals;
  g_autoptr(GArray) steps = kp_staircase_figures (doc, &totals);

  if (steps->len == 0)
    return row;
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Competence staircase")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, header);
  for (guint i = 0; i < steps->len; i++, row++)
    {
      const KpStairFigures *f = &g_array_index (steps, KpStairFigures, i);

      kp_sheet_text (sheet, row, 0, kp_entity_get_text (f->step, "name"), KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 1, role_name (wb, kp_document_lookup (doc, &kp_desc_role, kp_entity_get_int (f->step, "role-id"))),
                     KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 2, (double) f->now, KP_FMT_INT);
      kp_sheet_number (sheet, row, 3, (double) f->planned, KP_FMT_INT);
      kp_sheet_number (sheet, row, 4, (double) f->change, KP_FMT_INT);
      kp_sheet_number (sheet, row, 5, f->headcount >= 0 ? (double) f->headcount : NAN, KP_FMT_INT);
      kp_sheet_text (sheet, row, 6, kp_entity_get_text (f->step, "requirements"), KP_FMT_WRAP);
    }
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Total")), KP_FMT_LABEL);
  kp_sheet_number (sheet, row, 2, (double) totals.now, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 3, (double) totals.planned, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 4, (double) totals.change, KP_FMT_INT | KP_FMT_TOTAL);
  return row + 2;
}

static char *
competences_of (KpWorkbook *wb,
                KpEntity   *training)
{
  KpDocument *doc = kp_workbook_document (wb);
  GListModel *links = kp_document_get_list (doc, &kp_desc_training_competence);
  GString *out = g_string_new (NULL);

  for (guint i = 0, n = g_list_model_get_n_items (links); i < n; i++)
    {
      g_autoptr(KpEntity) link = g_list_model_get_item (links, i);
      KpEntity *c;

      if (kp_entity_get_int (link, "training-id") != kp_entity_get_id (training))
        continue;
      c = kp_document_lookup (doc, &kp_desc_competence, kp_entity_get_int (link, "competence-id"));
      if (c == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, competence_name (wb, c));
    }
  return g_string_free (out, FALSE);
}

static lxw_row_t
write_training (KpWorkbook *wb,
                KpSheet    *sheet,
                lxw_row_t   row)
{
  static const char *const header[] = {
    N_("Type"), N_("Name"), N_("Provider"), N_("Start date"), N_("End date"), N_("Free of charge"), N_("Cost"),
    N_("Hours per participant"), N_("Participants planned"), N_("Participants completed"), N_("Hours planned"),
    N_("Competences"), NULL
  };
  static const char *const role_header[] = {
    N_("Role"), N_("Participants planned"), N_("Participants completed"), N_("Hours planned"),
    N_("Hours completed"), N_("Cost"), NULL
  };
  KpDocument *doc = kp_workbook_document (wb);
  GListModel *trainings = kp_document_get_list (doc, &kp_desc_training);
  KpTrainingFigures total;
  double unassigned;
  g_autoptr(GArray) by_role = kp_training_by_role (doc, FALSE, &total, &unassigned);

  if (g_list_model_get_n_items (trainings) == 0)
    return row;
  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Training activities")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, header);
  for (guint i = 0, n = g_list_model_get_n_items (trainings); i < n; i++, row++)
    {
      g_autoptr(KpEntity) t = g_list_model_get_item (trainings, i);
      g_autofree char *competences = competences_of (wb, t);
      KpTrainingFigures f;

      kp_training_figures (doc, t, &f);
      kp_sheet_text (sheet, row, 0, kp_workbook_choice (wb, &kp_catalog_training_type, kp_entity_get_text (t, "type")),
                     KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 1, kp_entity_get_text (t, "name"), KP_FMT_WRAP);
      kp_sheet_text (sheet, row, 2, kp_entity_get_text (t, "provider"), KP_FMT_TEXT);
      kp_sheet_date (sheet, row, 3, kp_entity_get_date (t, "start-date"), KP_FMT_DATE);
      kp_sheet_date (sheet, row, 4, kp_entity_get_date (t, "end-date"), KP_FMT_DATE);
      kp_sheet_text (sheet, row, 5, KP_TR (wb, kp_training_is_free (t) ? N_("Yes") : N_("No")), KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 6, f.cost, KP_FMT_MONEY);
      kp_sheet_number (sheet, row, 7, kp_entity_get_real (t, "hours-per-participant"), KP_FMT_HOURS);
      kp_sheet_number (sheet, row, 8, (double) f.planned, KP_FMT_INT);
      kp_sheet_number (sheet, row, 9, (double) f.completed, KP_FMT_INT);
      kp_sheet_number (sheet, row, 10, f.hours_planned, KP_FMT_HOURS);
      kp_sheet_text (sheet, row, 11, competences, KP_FMT_WRAP);
    }
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("Total")), KP_FMT_LABEL);
  kp_sheet_number (sheet, row, 6, total.cost, KP_FMT_MONEY | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 8, (double) total.planned, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 9, (double) total.completed, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 10, total.hours_planned, KP_FMT_HOURS | KP_FMT_TOTAL);
  row += 2;

  kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Training hours and costs per role (the cost of an activity split "
                                                "by its participants planned)")), KP_FMT_SUBTITLE);
  kp_sheet_header (sheet, row++, 0, role_header);
  for (guint i = 0; i < by_role->len; i++, row++)
    {
      const KpTrainingRoleFigures *r = &g_array_index (by_role, KpTrainingRoleFigures, i);

      kp_sheet_text (sheet, row, 0, role_name (wb, r->role), KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 1, (double) r->figures.planned, KP_FMT_INT);
      kp_sheet_number (sheet, row, 2, (double) r->figures.completed, KP_FMT_INT);
      kp_sheet_number (sheet, row, 3, r->figures.hours_planned, KP_FMT_HOURS);
      kp_sheet_number (sheet, row, 4, r->figures.hours_completed, KP_FMT_HOURS);
      kp_sheet_number (sheet, row, 5, r->figures.cost, KP_FMT_MONEY);
    }
  if (unassigned > 0)
    {
      kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("No participants planned")), KP_FMT_TEXT);
      kp_sheet_number (sheet, row++, 5, unassigned, KP_FMT_MONEY);
    }
  kp_sheet_text (sheet, row, 0, KP_TR (wb, N_("All roles")), KP_FMT_LABEL);
  kp_sheet_number (sheet, row, 1, (double) total.planned, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 2, (double) total.completed, KP_FMT_INT | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 3, total.hours_planned, KP_FMT_HOURS | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 4, total.hours_completed, KP_FMT_HOURS | KP_FMT_TOTAL);
  kp_sheet_number (sheet, row, 5, total.cost, KP_FMT_MONEY | KP_FMT_TOTAL);
  return row + 2;
}

gboolean
kp_sheet_competence_write (KpWorkbook  *wb,
                           GError     **error)
{
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "competence", error);
  lxw_row_t row = 0;

  if (sheet == NULL)
    return FALSE;
  row = write_headcount (wb, sheet, row);
  row = write_role_totals (wb, sheet, row);
  row = write_years (wb, sheet, row);
  if (!kp_workbook_progress (wb, 1, 4, error))
    return FALSE;
  row = write_required (wb, sheet, row);
  row = write_gaps (wb, sheet, row);
  if (!kp_workbook_progress (wb, 2, 4, error))
    return FALSE;
  row = write_title (wb, sheet, row);
  row = write_staircase (wb, sheet, row);
  write_training (wb, sheet, row);
  kp_sheet_set_width (sheet, 0, 30);
  kp_sheet_set_width (sheet, 1, 30);
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}
