/* kp-goals-page.h: the Goals view: goals and their fulfilment, proposals and decisions,
 * sub-projects, meetings and lessons, as sections beside a sidebar that folds away on a
 * narrow window. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-entity-table.h"
#include "kp-goal-fulfilment.h"
#include "kp-goals-section.h"
#include "kp-meetings-section.h"
#include "kp-proposals-section.h"
#include "kp-sectioned-page.h"
#include "kp-subprojects-section.h"

G_BEGIN_DECLS

#define KP_TYPE_GOALS_PAGE (kp_goals_page_get_type ())
G_DECLARE_FINAL_TYPE (KpGoalsPage, kp_goals_page, KP, GOALS_PAGE, KpSectionedPage)

void                  kp_goals_page_set_document     (KpGoalsPage *self,
                                                      KpDocument  *document);
/* "goals", "fulfilment", "proposals", "subprojects", "meetings" or "lessons"; the same
 * as the action "goals.show-section". */
void                  kp_goals_page_show_section     (KpGoalsPage *self,
                                                      const char  *section);
const char           *kp_goals_page_get_section      (KpGoalsPage *self);
/* Whether the window is too narrow for the sidebar beside the section, and which of the
 * two ("sidebar" or "content") shows then. */
gboolean              kp_goals_page_get_folded       (KpGoalsPage *self);
const char           *kp_goals_page_get_visible_pane (KpGoalsPage *self);
KpGoalsSection       *kp_goals_page_get_goals        (KpGoalsPage *self);
KpGoalFulfilment     *kp_goals_page_get_fulfilment   (KpGoalsPage *self);
KpProposalsSection   *kp_goals_page_get_proposals    (KpGoalsPage *self);
KpSubprojectsSection *kp_goals_page_get_subprojects  (KpGoalsPage *self);
KpMeetingsSection    *kp_goals_page_get_meetings     (KpGoalsPage *self);
KpEntityTable        *kp_goals_page_get_lessons      (KpGoalsPage *self);

G_END_DECLS
