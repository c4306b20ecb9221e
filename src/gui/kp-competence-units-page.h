/* kp-competence-units-page.h: the page "Units and roles" of the competence view: the units,
 * the roles of the chosen unit or organisation with their computed gap and recruitment need,
 * a form for the selected role, the figures year by year and totals across organisations. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-entity-form.h"
#include "kp-entity-table.h"
#include "kp-figure-table.h"

G_BEGIN_DECLS

#define KP_TYPE_COMPETENCE_UNITS_PAGE (kp_competence_units_page_get_type ())
G_DECLARE_FINAL_TYPE (KpCompetenceUnitsPage, kp_competence_units_page, KP, COMPETENCE_UNITS_PAGE, AdwBin)

void           kp_competence_units_page_set_document (KpCompetenceUnitsPage *self,
                                                      KpDocument            *document);
/* The parts, for keyboard shortcuts of the view and for tests. */
KpEntityTable *kp_competence_units_page_get_units     (KpCompetenceUnitsPage *self);
KpEntityTable *kp_competence_units_page_get_headcount (KpCompetenceUnitsPage *self);
KpEntityForm  *kp_competence_units_page_get_form      (KpCompetenceUnitsPage *self);
KpFigureTable *kp_competence_units_page_get_years     (KpCompetenceUnitsPage *self);
KpFigureTable *kp_competence_units_page_get_totals    (KpCompetenceUnitsPage *self);
/* NULL: all organisations. */
void           kp_competence_units_page_select_organisation (KpCompetenceUnitsPage *self,
                                                             KpEntity              *organisation);

G_END_DECLS
