/* kp-goal-target.h: a goal's target as users write it: a value ("15") or a range ("8–16").
 * It is stored as two numbers, target-low and target-high (NAN when absent). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parses "", "15", "8–16", "8-16", "8 – 16", "1 234,5–2 000" (the user's locale or the C
 * locale, hyphen, en dash or em dash). A single value gives high = NAN; an empty text gives
 * both NAN. A range whose low end is above its high end, or text that is no number, is
 * refused with a KP_VALIDATE_ERROR that names “Target”. */
gboolean  kp_goal_target_parse  (const char  *text,
                                 double      *low,
                                 double      *high,
                                 GError     **error);
/* "15", "8–16" (en dash) in the user's locale, "" when there is no target. A range with
 * equal ends reads as the single value. */
char     *kp_goal_target_format (double       low,
                                 double       high);

G_END_DECLS
