/* kp-followup-view.h: the Follow-up view of a project, where a project leader records what
 * happened: a dashboard of key figures and charts, time entries, participants, staffing
 * statistics and the budget, chosen in a sidebar that folds away on narrow windows. */
#pragma once

#include <adwaita.h>

#include "kp-budget-page.h"
#include "kp-document.h"
#include "kp-entity-table.h"
#include "kp-followup-dashboard.h"
#include "kp-participants-page.h"
#include "kp-sectioned-page.h"
#include "kp-time-entries-page.h"

G_BEGIN_DECLS

#define KP_TYPE_FOLLOWUP_VIEW (kp_followup_view_get_type ())
G_DECLARE_FINAL_TYPE (KpFollowupView, kp_followup_view, KP, FOLLOWUP_VIEW, KpSectionedPage)

void                 kp_followup_view_set_document     (KpFollowupView *self,
                                                        KpDocument     *document);
/* "dashboard", "time", "participants", "staffing" or "budget"; the same as the action
 * "followup.show-section". */
void                 kp_followup_view_show_section     (KpFollowupView *self,
                                                        const char     *section);
const char          *kp_followup_view_get_section      (KpFollowupView *self);
gboolean             kp_followup_view_get_folded       (KpFollowupView *self);
KpFollowupDashboard *kp_followup_view_get_dashboard    (KpFollowupView *self);
KpTimeEntriesPage   *kp_followup_view_get_time_entries (KpFollowupView *self);
KpParticipantsPage  *kp_followup_view_get_participants (KpFollowupView *self);
KpEntityTable       *kp_followup_view_get_staffing     (KpFollowupView *self);
KpBudgetPage        *kp_followup_view_get_budget       (KpFollowupView *self);

G_END_DECLS
