/* kp-goal-report.h: "Goal fulfilment" (Måluppfyllelse): every goal with its target, outcome
 * and status, as plain text and as an HTML table with the status colours, ready to paste
 * into a final report. In the user's language (gettext). */
#pragma once

#include "kp-document.h"
#include "kp-goal-status.h"

G_BEGIN_DECLS

/* A value with its unit, "15 intervjuer", or a range, "8–16 deltagare"; "" without one. */
char       *kp_goal_format_value    (double        low,
                                     double        high,
                                     const char   *unit);
/* The translated label of a status ("Partly met"). */
const char *kp_goal_status_label    (KpGoalStatus  status);
/* The colour of a status as "#rrggbb": strong for a dot, light for a cell's background. */
const char *kp_goal_status_color    (KpGoalStatus  status,
                                     gboolean      light);
/* "8 met, 3 partly met, 0 not met and 2 not assessed, of 13 goals." */
char       *kp_goal_report_tally    (KpDocument   *document);

char       *kp_goal_report_text     (KpDocument   *document);
/* A fragment: a heading and one table, styled inline so that word processors keep it. */
char       *kp_goal_report_html     (KpDocument   *document);

G_END_DECLS
