/* kp-competence-title-page.h: the page "Protected title" of the competence view: how many
 * assistant nurses in each unit hold Socialstyrelsen's certificate, have applied, are
 * covered by the transition rule or have no path yet, with a warning as 2033-06-30 nears. */
#pragma once

#include <adwaita.h>

#include "kp-chart-view.h"
#include "kp-document.h"
#include "kp-entity-table.h"

G_BEGIN_DECLS

#define KP_TYPE_COMPETENCE_TITLE_PAGE (kp_competence_title_page_get_type ())
G_DECLARE_FINAL_TYPE (KpCompetenceTitlePage, kp_competence_title_page, KP, COMPETENCE_TITLE_PAGE, AdwBin)

void           kp_competence_title_page_set_document (KpCompetenceTitlePage *self,
                                                      KpDocument            *document);
/* The day the warning is measured from; KP_DATE_NONE: today. */
void           kp_competence_title_page_set_today    (KpCompetenceTitlePage *self,
                                                      KpDate                 today);
/* The warning shown, or NULL. */
const char    *kp_competence_title_page_get_alert    (KpCompetenceTitlePage *self);
KpEntityTable *kp_competence_title_page_get_table    (KpCompetenceTitlePage *self);
KpChartView   *kp_competence_title_page_get_chart    (KpCompetenceTitlePage *self);

G_END_DECLS
