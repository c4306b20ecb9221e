/* kp-gantt-layout.c: rows of the timeline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "kp-gantt-layout.h"

KpGanttLayout *
kp_gantt_layout_new (double row_height)
{
  KpGanttLayout *layout = g_new0 (KpGanttLayout, 1);

  g_return_val_if_fail (row_height > 0, NULL);
  layout->rows = g_array_new (FALSE, FALSE, sizeof (int));
  layout->row_height = row_height;
  return layout;
}

void
kp_gantt_layout_free (KpGanttLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->rows);
  g_free (layout->row_of_task);
  g_free (layout);
}

void
kp_gantt_layout_build (KpGanttLayout     *layout,
                       const KpGanttData *data,
                       GHashTable        *folded)
{
  guint n = kp_gantt_data_n_tasks (data);

  g_return_if_fail (data->finished);
  g_array_set_size (layout->rows, 0);
  g_free (layout->row_of_task);
  layout->row_of_task = g_new (int, MAX (n, 1));
  layout->n_tasks = n;
  /* The tasks are in outline order, so one pass suffices: skip a task when it is hidden
   * by the filter, or when an ancestor is folded or skipped. */
  for (guint k = 0; k < n; k++)
    {
      const KpGanttTask *t = kp_gantt_data_task (data, (int) k);
      gboolean shown = t->visible;

      if (shown && t->parent >= 0)
        {
          const KpGanttTask *p = kp_gantt_data_task (data, t->parent);

          shown = layout->row_of_task[t->parent] >= 0 &&
                  (folded == NULL || !g_hash_table_contains (folded, &p->id));
        }
      layout->row_of_task[k] = shown ? (int) layout->rows->len : -1;
      if (shown)
        {
          int index = (int) k;

          g_array_append_val (layout->rows, index);
        }
    }
}

guint
kp_gantt_layout_n_rows (const KpGanttLayout *layout)
{
  return layout->rows->len;
}

int
kp_gantt_layout_task_at (const KpGanttLayout *layout,
                         int                  row)
{
  if (row < 0 || (guint) row >= layout->rows->len)
    return -1;
  return g_array_index (layout->rows, int, row);
}

int
kp_gantt_layout_row_of (const KpGanttLayout *layout,
                        int                  task)
{
  if (task < 0 || (guint) task >= layout->n_tasks || layout->row_of_task == NULL)
    return -1;
  return layout->row_of_task[task];
}

double
kp_gantt_layout_row_y (const KpGanttLayout *layout,
                       int                  row)
{
  return row * layout->row_height;
}

int
kp_gantt_layout_row_at_y (const KpGanttLayout *layout,
                          double               y)
{
  double row;

  if (isnan (y) || y < 0)
    return -1;
  row = floor (y / layout->row_height);
  if (row >= layout->rows->len)
    return -1;
  return (int) row;
}

double
kp_gantt_layout_height (const KpGanttLayout *layout)
{
  return layout->rows->len * layout->row_height;
}

gboolean
kp_gantt_layout_rows_in (const KpGanttLayout *layout,
                         double               y,
                         double               height,
                         int                 *first,
                         int                 *last)
{
  double a = floor (MAX (y, 0) / layout->row_height);
  double b = ceil ((y + height) / layout->row_height) - 1;

  if (layout->rows->len == 0 || height <= 0 || y + height <= 0 || a >= layout->rows->len)
    return FALSE;
  *first = (int) a;
  *last = (int) MIN (b, (double) layout->rows->len - 1);
  return *first <= *last;
}
