/* kp-subprojects-section.h: sub-projects, their phases on the timeline, and the actions
 * that remain in operation after the project, each with its owner. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-entity-table.h"

G_BEGIN_DECLS

#define KP_TYPE_SUBPROJECTS_SECTION (kp_subprojects_section_get_type ())
G_DECLARE_FINAL_TYPE (KpSubprojectsSection, kp_subprojects_section, KP, SUBPROJECTS_SECTION, AdwBin)

void           kp_subprojects_section_set_document (KpSubprojectsSection *self,
                                                    KpDocument           *document);
KpEntityTable *kp_subprojects_section_get_table    (KpSubprojectsSection *self);
/* The remaining actions of the selected sub-project. */
KpEntityTable *kp_subprojects_section_get_actions  (KpSubprojectsSection *self);

G_END_DECLS
