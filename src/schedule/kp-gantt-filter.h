/* kp-gantt-filter.h: which tasks the timeline shows: this week, this month, late, one
 * responsible, one phase, and a search by name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kp-gantt-data.h"

G_BEGIN_DECLS

typedef enum
{
  KP_GANTT_FILTER_ALL,
  KP_GANTT_FILTER_THIS_WEEK,    /* the span meets today's ISO week */
  KP_GANTT_FILTER_THIS_MONTH,   /* the span meets today's month */
  KP_GANTT_FILTER_LATE,         /* not done and due before today, or later than its baseline */
  KP_GANTT_FILTER_RESPONSIBLE,  /* responsible is @responsible, ignoring case and blanks */
  KP_GANTT_FILTER_PHASE,        /* the phase @phase_id and everything in it */
} KpGanttFilterKind;

typedef struct
{
  KpGanttFilterKind kind;
  KpDate today;
  const char *responsible;
  gint64 phase_id;
  const char *search;           /* part of the name, ignoring case; NULL or "" for any */
} KpGanttFilter;

/* Sets matches on every task that passes, and visible on those and their ancestors (so a
 * matching activity keeps its phase). Returns the number of matching tasks.
 */
guint      kp_gantt_filter_apply        (KpGanttData         *data,
                                         const KpGanttFilter *filter);
/* Whether the filter lets everything through. */
gboolean   kp_gantt_filter_is_empty     (const KpGanttFilter *filter);
/* The distinct responsibles, sorted, as a NULL-terminated array of borrowed strings. */
const char **kp_gantt_data_responsibles (const KpGanttData   *data);

G_END_DECLS
