/* kp-gantt-critical.h: the critical path: the activities that determine the end date.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kp-gantt-data.h"

G_BEGIN_DECLS

/* A backward pass over the finish-to-start network in working days, with the dates as
 * planned: a task's float is how many working days it could end later before it moves a
 * successor, the end of its phase's successors' start, or the project's end. A dependency
 * of a phase binds everything inside it. Sets critical on every dated task with no float
 * and returns how many there are. Tasks on a cycle, which the project file never holds,
 * get no float and are not marked.
 */
guint  kp_gantt_critical_path   (KpGanttData *data);
/* The float of each task in working days, -1 where it has none (no dates, or a cycle).
 * @out_float holds kp_gantt_data_n_tasks() ints.
 */
void   kp_gantt_float           (const KpGanttData *data,
                                 int               *out_float);

G_END_DECLS
