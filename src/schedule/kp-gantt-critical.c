/* kp-gantt-critical.c: the critical path by a backward pass in working days.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kp-calendar.h"
#include "kp-gantt-critical.h"

static gboolean
dated (const KpGanttTask *t)
{
  return t->span_start != KP_DATE_NONE;
}

/* A node's latest end is bounded by the project's end, by the latest start of each of its
 * successors and by the latest end of the phase it is in; a phase's successors so bind
 * everything inside it. Nodes are taken once all that bounds them is known. */
void
kp_gantt_float (const KpGanttData *data,
                int               *out_float)
{
  guint n = kp_gantt_data_n_tasks (data), n_links = data->links->len;
  g_autofree gint64 *ws = g_new0 (gint64, MAX (n, 1));   /* working days before start */
  g_autofree gint64 *we = g_new0 (gint64, MAX (n, 1));   /* working days up to the end */
  g_autofree gint64 *late = g_new0 (gint64, MAX (n, 1)); /* latest allowed end */
  g_autofree int *waiting = g_new0 (int, MAX (n, 1));    /* bounds not yet known */
  g_autofree int *first_in = g_new (int, MAX (n, 1));
  g_autofree int *next_in = g_new (int, MAX (n_links, 1));
  g_autofree int *queue = g_new (int, MAX (n, 1));
  KpDate origin = data->min_date;
  gint64 project_end = 0;
  guint head = 0, tail = 0;

  for (guint k = 0; k < n; k++)
    {
      const KpGanttTask *t = kp_gantt_data_task (data, (int) k);

      out_float[k] = -1;
      first_in[k] = -1;
      if (!dated (t))
        continue;
      /* Counting from the day before the earliest date keeps every figure positive. */
      ws[k] = kp_working_days_between (origin - 1, t->span_start - 1);
      we[k] = kp_working_days_between (origin - 1, t->span_end);
      project_end = MAX (project_end, we[k]);
    }
  for (guint k = 0; k < n; k++)
    {
      const KpGanttTask *t = kp_gantt_data_task (data, (int) k);

      late[k] = project_end;
      if (dated (t) && t->parent >= 0 && dated (kp_gantt_data_task (data, t->parent)))
        waiting[k]++;
    }
  for (guint i = 0; i < n_links; i++)
    {
      const KpGanttLink *l = &g_array_index (data->links, KpGanttLink, i);

      next_in[i] = -1;
      if (!dated (kp_gantt_data_task (data, l->pred)) || !dated (kp_gantt_data_task (data, l->succ)))
        continue;
      waiting[l->pred]++;
      next_in[i] = first_in[l->succ];
      first_in[l->succ] = (int) i;
    }
  for (guint k = 0; k < n; k++)
    if (dated (kp_gantt_data_task (data, (int) k)) && waiting[k] == 0)
      queue[tail++] = (int) k;
  while (head < tail)
    {
      int s = queue[head++];
      const KpGanttTask *t = kp_gantt_data_task (data, s);
      gint64 latest_start = late[s] - (we[s] - ws[s]);

      out_float[s] = (int) MAX (late[s] - we[s], 0);
      for (int i = first_in[s]; i >= 0; i = next_in[i])
        {
          int p = g_array_index (data->links, KpGanttLink, i).pred;

          late[p] = MIN (late[p], latest_start);
          if (--waiting[p] == 0)
            queue[tail++] = p;
        }
      for (int c = t->first_child; c >= 0; c = kp_gantt_data_task (data, c)->next_sibling)
        {
          if (!dated (kp_gantt_data_task (data, c)))
            continue;
          late[c] = MIN (late[c], late[s]);
          if (--waiting[c] == 0)
            queue[tail++] = c;
        }
    }
}

guint
kp_gantt_critical_path (KpGanttData *data)
{
  guint n = kp_gantt_data_n_tasks (data), count = 0;
  g_autofree int *slack = g_new (int, MAX (n, 1));

  kp_gantt_float (data, slack);
  for (guint k = 0; k < n; k++)
    {
      KpGanttTask *t = kp_gantt_data_task (data, (int) k);

      t->critical = slack[k] == 0;
      count += t->critical;
    }
  return count;
}
