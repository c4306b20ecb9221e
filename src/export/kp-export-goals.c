/* kp-export-goals.c: the Goals sheet and the Proposals and decisions sheet. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kp-goal-status.h"
#include "kp-export-private.h"

#define LONG_TEXT_WIDTH 50.0

gboolean
kp_sheet_goals_write (KpWorkbook  *wb,
                      GError     **error)
{
  static const char *const header[] = {
    N_("Kind"), N_("Number"), N_("Goal"), N_("Indicator"), N_("Unit"), N_("Baseline"), N_("Target"),
    N_("Target, upper end"), N_("Outcome"), N_("Status"), N_("Status set by hand"),
    N_("Reason for the status"), N_("Outcome, described"), N_("Comment"), NULL
  };
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "goals", error);
  GListModel *goals = kp_document_get_list (kp_workbook_document (wb), &kp_desc_goal);

  if (sheet == NULL)
    return FALSE;
  kp_sheet_header (sheet, 0, 0, header);
  for (guint i = 0, n = g_list_model_get_n_items (goals); i < n; i++)
    {
      g_autoptr(KpEntity) g = g_list_model_get_item (goals, i);
      lxw_row_t row = i + 1;
      KpGoalStatus status = kp_goal_status_of (g);

      kp_sheet_text (sheet, row, 0, kp_workbook_choice (wb, &kp_catalog_goal_kind, kp_entity_get_text (g, "kind")), KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 1, kp_entity_get_int (g, "number"), KP_FMT_INT);
      kp_sheet_text (sheet, row, 2, kp_entity_get_text (g, "text"), KP_FMT_WRAP);
      kp_sheet_text (sheet, row, 3, kp_entity_get_text (g, "indicator"), KP_FMT_WRAP);
      kp_sheet_text (sheet, row, 4, kp_entity_get_text (g, "unit"), KP_FMT_TEXT);
      kp_sheet_number (sheet, row, 5, kp_entity_get_real (g, "baseline"), KP_FMT_DECIMAL);
      kp_sheet_number (sheet, row, 6, kp_entity_get_real (g, "target-low"), KP_FMT_DECIMAL);
      kp_sheet_number (sheet, row, 7, kp_entity_get_real (g, "target-high"), KP_FMT_DECIMAL);
      kp_sheet_number (sheet, row, 8, kp_entity_get_real (g, "outcome"), KP_FMT_DECIMAL);
      kp_sheet_text (sheet, row, 9, kp_workbook_choice (wb, &kp_catalog_goal_status, kp_goal_status_key (status)), KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 10, KP_TR (wb, kp_goal_status_is_manual (g) ? N_("Yes") : N_("No")), KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 11, kp_entity_get_text (g, "override-reason"), KP_FMT_WRAP);
      kp_sheet_text (sheet, row, 12, kp_entity_get_text (g, "outcome-text"), KP_FMT_WRAP);
      kp_sheet_text (sheet, row, 13, kp_entity_get_text (g, "comment"), KP_FMT_WRAP);
    }
  for (lxw_col_t c = 2; c <= 13; c++)
    if (c == 2 || c == 3 || c >= 11)
      kp_sheet_set_width (sheet, c, c == 3 ? 30 : LONG_TEXT_WIDTH);
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}

/* "• text (owner)" per remaining action of a sub-project. */
static char *
remaining_actions (KpDocument *doc,
                   gint64      subproject)
{
  GListModel *actions = kp_document_get_list (doc, &kp_desc_remaining_action);
  GString *out = g_string_new (NULL);

  for (guint i = 0, n = g_list_model_get_n_items (actions); i < n; i++)
    {
      g_autoptr(KpEntity) a = g_list_model_get_item (actions, i);
      const char *owner = kp_entity_get_text (a, "owner");

      if (kp_entity_get_int (a, "subproject-id") != subproject)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "• %s", kp_entity_get_text (a, "text"));
      if (*owner)
        g_string_append_printf (out, " (%s)", owner);
    }
  return g_string_free (out, FALSE);
}

gboolean
kp_sheet_proposals_write (KpWorkbook  *wb,
                          GError     **error)
{
  static const char *const header[] = {
    N_("Number"), N_("Title"), N_("Priority"), N_("Decision"), N_("Decision date"), N_("Decided by"),
    N_("Responsible"), N_("Description"), NULL
  };
  static const char *const sub_header[] = {
    N_("Number"), N_("Sub-project"), N_("Proposal"), N_("Priority"), N_("Responsible"),
    N_("Remains in operation after the project (owner)"), NULL
  };
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "proposals", error);
  KpDocument *doc = kp_workbook_document (wb);
  GListModel *proposals = kp_document_get_list (doc, &kp_desc_proposal);
  GListModel *subprojects = kp_document_get_list (doc, &kp_desc_subproject);
  lxw_row_t row = 0;

  if (sheet == NULL)
    return FALSE;
  kp_sheet_header (sheet, row++, 0, header);
  for (guint i = 0, n = g_list_model_get_n_items (proposals); i < n; i++, row++)
    {
      g_autoptr(KpEntity) p = g_list_model_get_item (proposals, i);

      kp_sheet_number (sheet, row, 0, kp_entity_get_int (p, "number"), KP_FMT_INT);
      kp_sheet_text (sheet, row, 1, kp_entity_get_text (p, "title"), KP_FMT_WRAP);
      kp_sheet_text (sheet, row, 2, kp_workbook_choice (wb, &kp_catalog_priority, kp_entity_get_text (p, "priority")), KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 3, kp_workbook_choice (wb, &kp_catalog_decision, kp_entity_get_text (p, "decision")), KP_FMT_TEXT);
      kp_sheet_date (sheet, row, 4, kp_entity_get_date (p, "decision-date"), KP_FMT_DATE);
      kp_sheet_text (sheet, row, 5, kp_entity_get_text (p, "decision-body"), KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 6, kp_entity_get_text (p, "responsible"), KP_FMT_TEXT);
      kp_sheet_text (sheet, row, 7, kp_entity_get_text (p, "description"), KP_FMT_WRAP);
    }

  if (g_list_model_get_n_items (subprojects) > 0)
    {
      row++;
      kp_sheet_text (sheet, row++, 0, KP_TR (wb, N_("Sub-projects")), KP_FMT_SUBTITLE);
      kp_sheet_header (sheet, row++, 0, sub_header);
      for (guint i = 0, n = g_list_model_get_n_items (subprojects); i < n; i++, row++)
        {
          g_autoptr(KpEntity) s = g_list_model_get_item (subprojects, i);
          KpEntity *proposal = kp_document_lookup (doc, &kp_desc_proposal, kp_entity_get_int (s, "proposal-id"));
          g_autofree char *actions = remaining_actions (doc, kp_entity_get_id (s));

          kp_sheet_number (sheet, row, 0, kp_entity_get_int (s, "number"), KP_FMT_INT);
          kp_sheet_text (sheet, row, 1, kp_entity_get_text (s, "title"), KP_FMT_WRAP);
          if (proposal != NULL)
            kp_sheet_number (sheet, row, 2, kp_entity_get_int (proposal, "number"), KP_FMT_INT);
          kp_sheet_text (sheet, row, 3, kp_workbook_choice (wb, &kp_catalog_priority, kp_entity_get_text (s, "priority")), KP_FMT_TEXT);
          kp_sheet_text (sheet, row, 4, kp_entity_get_text (s, "responsible"), KP_FMT_TEXT);
          kp_sheet_text (sheet, row, 5, actions, KP_FMT_WRAP);
        }
    }
  kp_sheet_set_width (sheet, 1, 40);
  kp_sheet_set_width (sheet, 5, 30);
  kp_sheet_set_width (sheet, 7, LONG_TEXT_WIDTH);
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}
