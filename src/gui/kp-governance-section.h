/* kp-governance-section.h: the project organisation: its groups and their members (name,
 * role, organisation and contact; nothing more personal). */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-entity-table.h"

G_BEGIN_DECLS

#define KP_TYPE_GOVERNANCE_SECTION (kp_governance_section_get_type ())
G_DECLARE_FINAL_TYPE (KpGovernanceSection, kp_governance_section, KP, GOVERNANCE_SECTION, AdwBin)

void           kp_governance_section_set_document (KpGovernanceSection *self,
                                                   KpDocument          *document);
KpEntityTable *kp_governance_section_get_bodies   (KpGovernanceSection *self);
/* The members of the selected group, or of every group when none is selected. */
KpEntityTable *kp_governance_section_get_members  (KpGovernanceSection *self);

G_END_DECLS
