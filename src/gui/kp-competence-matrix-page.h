/* kp-competence-matrix-page.h: the page "Matrix" of the competence view: the drawn matrix of
 * the chosen unit, its levels and the roles' required levels as tables. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-entity-table.h"
#include "kp-matrix-view.h"

G_BEGIN_DECLS

#define KP_TYPE_COMPETENCE_MATRIX_PAGE (kp_competence_matrix_page_get_type ())
G_DECLARE_FINAL_TYPE (KpCompetenceMatrixPage, kp_competence_matrix_page, KP, COMPETENCE_MATRIX_PAGE, AdwBin)

void           kp_competence_matrix_page_set_document (KpCompetenceMatrixPage *self,
                                                       KpDocument             *document);
void           kp_competence_matrix_page_select_unit  (KpCompetenceMatrixPage *self,
                                                       KpEntity               *unit);
KpMatrixView  *kp_competence_matrix_page_get_matrix   (KpCompetenceMatrixPage *self);
KpEntityTable *kp_competence_matrix_page_get_levels   (KpCompetenceMatrixPage *self);

G_END_DECLS
