/* kp-competence-training-page.h: the page "Training" of the competence view: the training
 * activities with a filter for the free alternatives, the roles and competences of the
 * selected activity, and hours and costs per role. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-entity-table.h"
#include "kp-figure-table.h"

G_BEGIN_DECLS

#define KP_TYPE_COMPETENCE_TRAINING_PAGE (kp_competence_training_page_get_type ())
G_DECLARE_FINAL_TYPE (KpCompetenceTrainingPage, kp_competence_training_page, KP, COMPETENCE_TRAINING_PAGE, AdwBin)

void           kp_competence_training_page_set_document (KpCompetenceTrainingPage *self,
                                                         KpDocument               *document);
KpEntityTable *kp_competence_training_page_get_trainings (KpCompetenceTrainingPage *self);
KpEntityTable *kp_competence_training_page_get_roles     (KpCompetenceTrainingPage *self);
KpFigureTable *kp_competence_training_page_get_per_role  (KpCompetenceTrainingPage *self);

G_END_DECLS
