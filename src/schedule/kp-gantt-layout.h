/* kp-gantt-layout.h: which task is on which row of the timeline, with folded phases and
 * the filter applied, and where a row is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kp-gantt-data.h"

G_BEGIN_DECLS

typedef struct
{
  GArray *rows;           /* int: the task index on each row, in outline order */
  int *row_of_task;       /* task index → row, or -1 when hidden */
  guint n_tasks;
  double row_height;
} KpGanttLayout;

KpGanttLayout *kp_gantt_layout_new        (double               row_height);
void           kp_gantt_layout_free       (KpGanttLayout       *layout);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpGanttLayout, kp_gantt_layout_free)

/* One row per visible task (see kp_gantt_filter_apply()), in outline order, leaving out
 * the children of every phase whose id is in @folded (a set of gint64 ids; may be NULL).
 */
void           kp_gantt_layout_build      (KpGanttLayout       *layout,
                                           const KpGanttData   *data,
                                           GHashTable          *folded);
guint          kp_gantt_layout_n_rows     (const KpGanttLayout *layout);
int            kp_gantt_layout_task_at    (const KpGanttLayout *layout,
                                           int                  row);
int            kp_gantt_layout_row_of     (const KpGanttLayout *layout,
                                           int                  task);
double         kp_gantt_layout_row_y      (const KpGanttLayout *layout,
                                           int                  row);
/* The row at @y (0 is the top of the first row), or -1 outside every row. */
int            kp_gantt_layout_row_at_y   (const KpGanttLayout *layout,
                                           double               y);
double         kp_gantt_layout_height     (const KpGanttLayout *layout);
/* The rows that meet [@y, @y + @height): first and last included; FALSE when none do. */
gboolean       kp_gantt_layout_rows_in    (const KpGanttLayout *layout,
                                           double               y,
                                           double               height,
                                           int                 *first,
                                           int                 *last);

G_END_DECLS
