/* kp-competence-view.h: the Competence view of a project: the joint competence plan in
 * seven parts, chosen in a sidebar that folds away on narrow windows: units and roles,
 * forecast, competence matrix, protected title, competence staircase, training and the
 * role and competence catalogues. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-sectioned-page.h"

G_BEGIN_DECLS

#define KP_TYPE_COMPETENCE_VIEW (kp_competence_view_get_type ())
G_DECLARE_FINAL_TYPE (KpCompetenceView, kp_competence_view, KP, COMPETENCE_VIEW, KpSectionedPage)

void        kp_competence_view_set_document (KpCompetenceView *self,
                                             KpDocument       *document);
/* "units", "forecast", "matrix", "title", "staircase", "training" or "catalogues"; the same
 * as the action "competence.show-page". */
void        kp_competence_view_show_page    (KpCompetenceView *self,
                                             const char       *name);
const char *kp_competence_view_get_page     (KpCompetenceView *self);
/* The page's widget (a KpCompetence…Page), e.g. for tests. */
GtkWidget  *kp_competence_view_get_page_widget (KpCompetenceView *self,
                                                const char       *name);

G_END_DECLS
