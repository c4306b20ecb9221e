/* kp-competence-staircase-page.h: the page "Staircase" of the competence view: the steps
 * from labour-market placement to specialist, drawn and as an editable table. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-entity-table.h"
#include "kp-staircase-view.h"

G_BEGIN_DECLS

#define KP_TYPE_COMPETENCE_STAIRCASE_PAGE (kp_competence_staircase_page_get_type ())
G_DECLARE_FINAL_TYPE (KpCompetenceStaircasePage, kp_competence_staircase_page, KP, COMPETENCE_STAIRCASE_PAGE, AdwBin)

void             kp_competence_staircase_page_set_document (KpCompetenceStaircasePage *self,
                                                            KpDocument                *document);
KpEntityTable   *kp_competence_staircase_page_get_table    (KpCompetenceStaircasePage *self);
KpStaircaseView *kp_competence_staircase_page_get_view     (KpCompetenceStaircasePage *self);
const char      *kp_competence_staircase_page_get_summary  (KpCompetenceStaircasePage *self);

G_END_DECLS
