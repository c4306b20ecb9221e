/* kp-gantt-edit.h: what an edit of the timeline changes, worked out before anything is
 * written: the tasks a move takes along, the outline positions after a drag, an indent or
 * an outdent, and durations in working days. The view then writes the result as one undo
 * step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kp-gantt-data.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 id;
  gint64 parent_id;            /* 0 for the top level */
  gint64 position;
  gboolean make_phase;         /* the task becomes a phase (it gets children) */
} KpGanttPlacement;

/* The tasks that move with @task, as task indexes with @task first: everything inside it
 * and, with @with_dependents, every task that depends on one of those, directly or
 * through others (and everything inside those).
 */
void      kp_gantt_collect_moved     (const KpGanttData *data,
                                      int                task,
                                      gboolean           with_dependents,
                                      GArray            *out_tasks);

/* Puts @task among the children of @parent (-1 for the top level) before the child
 * @before (-1 for last). Fills @out with the placements that change, renumbering the new
 * siblings 0, 1, 2 …. FALSE, with @out empty, when @parent is @task or inside it.
 */
gboolean  kp_gantt_plan_place        (const KpGanttData *data,
                                      int                task,
                                      int                parent,
                                      int                before,
                                      GArray            *out);
/* Reordering by drag: @task goes just before (or after) @target, among @target's siblings. */
gboolean  kp_gantt_plan_drop         (const KpGanttData *data,
                                      int                task,
                                      int                target,
                                      gboolean           after,
                                      GArray            *out);
/* Tab: @task becomes the last child of the sibling above it, which becomes a phase.
 * FALSE when there is no sibling above.
 */
gboolean  kp_gantt_plan_indent       (const KpGanttData *data,
                                      int                task,
                                      GArray            *out);
/* Shift+Tab: @task leaves its phase and follows it. FALSE at the top level. */
gboolean  kp_gantt_plan_outdent      (const KpGanttData *data,
                                      int                task,
                                      GArray            *out);
/* Room for a new task right after @task (-1: at the end of the top level): the placements
 * that move the later siblings down, and the new task's parent and position.
 */
void      kp_gantt_plan_insert_after (const KpGanttData *data,
                                      int                task,
                                      GArray            *out,
                                      gint64            *parent_id,
                                      gint64            *position);

/* The end of a span of @working_days working days that starts on @start (the first of
 * them is @start itself when it is a working day). Returns @start for fewer than one day,
 * and KP_DATE_NONE when the end would fall outside the calendar.
 */
KpDate    kp_gantt_end_for_working_days (KpDate         start,
                                         int            working_days);

G_END_DECLS
