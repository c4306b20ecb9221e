/* kp-subproject.h: turning a proposal into a sub-project. */
#pragma once

#include "kp-document.h"

G_BEGIN_DECLS

/* The sub-project made from the proposal, or NULL. */
KpEntity *kp_proposal_get_subproject  (KpDocument  *document,
                                       KpEntity    *proposal);
/* Creates, as one undo step, a sub-project for the proposal (the next free number, the
 * proposal's title, priority and responsible), a phase on the timeline for it (from the
 * decision date, or today, to the project's end, within the project's dates), and marks the
 * proposal "run as a sub-project". Refused when the proposal already has one. Returns the
 * new sub-project (owned by the document) or NULL. */
KpEntity *kp_proposal_make_subproject (KpDocument  *document,
                                       KpEntity    *proposal,
                                       GError     **error);

G_END_DECLS
