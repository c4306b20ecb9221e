/* kp-competence-catalogue-page.h: the page "Catalogues" of the competence view: the roles
 * and competences of the project, the shipped ones translated, extendable. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-entity-table.h"

G_BEGIN_DECLS

#define KP_TYPE_COMPETENCE_CATALOGUE_PAGE (kp_competence_catalogue_page_get_type ())
G_DECLARE_FINAL_TYPE (KpCompetenceCataloguePage, kp_competence_catalogue_page, KP, COMPETENCE_CATALOGUE_PAGE, AdwBin)

void           kp_competence_catalogue_page_set_document    (KpCompetenceCataloguePage *self,
                                                             KpDocument                *document);
KpEntityTable *kp_competence_catalogue_page_get_roles       (KpCompetenceCataloguePage *self);
KpEntityTable *kp_competence_catalogue_page_get_competences (KpCompetenceCataloguePage *self);

G_END_DECLS
