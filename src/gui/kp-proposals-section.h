/* kp-proposals-section.h: the numbered proposals and their decisions. A decision date
 * outside the project's dates gets a warning; the action "proposals.make-subproject" makes
 * the selected proposal a sub-project with a phase on the timeline, as one undo step. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-entity-form.h"
#include "kp-entity-table.h"

G_BEGIN_DECLS

#define KP_TYPE_PROPOSALS_SECTION (kp_proposals_section_get_type ())
G_DECLARE_FINAL_TYPE (KpProposalsSection, kp_proposals_section, KP, PROPOSALS_SECTION, AdwBin)

void           kp_proposals_section_set_document (KpProposalsSection *self,
                                                  KpDocument         *document);
KpEntityTable *kp_proposals_section_get_table    (KpProposalsSection *self);
KpEntityForm  *kp_proposals_section_get_form     (KpProposalsSection *self);
/* The warnings about decision dates, or NULL. */
const char    *kp_proposals_section_get_warnings (KpProposalsSection *self);

G_END_DECLS
