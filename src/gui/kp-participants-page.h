/* kp-participants-page.h: the participants of a period as counts only, never identities:
 * gender × age band × status at start, and gender × result at exit and 6 months after. */
#pragma once

#include <adwaita.h>

#include "kp-count-grid.h"

G_BEGIN_DECLS

#define KP_TYPE_PARTICIPANTS_PAGE (kp_participants_page_get_type ())
G_DECLARE_FINAL_TYPE (KpParticipantsPage, kp_participants_page, KP, PARTICIPANTS_PAGE, AdwBin)

void         kp_participants_page_set_document (KpParticipantsPage *self,
                                                KpDocument         *document);
/* "yyyy-mm" or "yyyy-Qn"; FALSE, and the reason shown, for anything else. */
gboolean     kp_participants_page_set_period   (KpParticipantsPage *self,
                                                const char         *period);
const char  *kp_participants_page_get_period   (KpParticipantsPage *self);
KpCountGrid *kp_participants_page_get_starts   (KpParticipantsPage *self);
KpCountGrid *kp_participants_page_get_results  (KpParticipantsPage *self);

G_END_DECLS
