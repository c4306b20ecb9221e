/* kp-meetings-section.h: the meeting log, recurring series that generate their meetings,
 * and the counts per forum ("steering group 11, MAS network 7 …"). */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-entity-table.h"

G_BEGIN_DECLS

#define KP_TYPE_MEETINGS_SECTION (kp_meetings_section_get_type ())
G_DECLARE_FINAL_TYPE (KpMeetingsSection, kp_meetings_section, KP, MEETINGS_SECTION, AdwBin)

void           kp_meetings_section_set_document (KpMeetingsSection *self,
                                                 KpDocument        *document);
KpEntityTable *kp_meetings_section_get_log      (KpMeetingsSection *self);
KpEntityTable *kp_meetings_section_get_series   (KpMeetingsSection *self);
/* "Steering group 11 · MAS network 7 …" as shown. */
const char    *kp_meetings_section_get_counts   (KpMeetingsSection *self);

G_END_DECLS
