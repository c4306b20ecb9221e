/* kp-gantt-edit.c: planning moves, reorders and indents of the timeline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kp-calendar.h"
#include "kp-gantt-edit.h"

static void
add_subtree (const KpGanttData *data,
             int                task,
             guint8            *seen,
             GArray            *out)
{
  /* The outline order puts a task's descendants right after it. */
  int depth = kp_gantt_data_task (data, task)->depth;

  for (guint k = (guint) task; k < kp_gantt_data_n_tasks (data); k++)
    {
      if (k > (guint) task && kp_gantt_data_task (data, (int) k)->depth <= depth)
        break;
      if (!seen[k])
        {
          int index = (int) k;

          seen[k] = 1;
          g_array_append_val (out, index);
        }
    }
}

void
kp_gantt_collect_moved (const KpGanttData *data,
                        int                task,
                        gboolean           with_dependents,
                        GArray            *out_tasks)
{
  guint n = kp_gantt_data_n_tasks (data), n_links = data->links->len;
  g_autofree guint8 *seen = g_new0 (guint8, MAX (n, 1));
  g_autofree int *first_out = NULL, *next_out = NULL;

  g_return_if_fail (task >= 0 && (guint) task < n);
  g_array_set_size (out_tasks, 0);
  add_subtree (data, task, seen, out_tasks);
  if (!with_dependents)
    return;
  first_out = g_new (int, n);
  next_out = g_new (int, MAX (n_links, 1));
  for (guint k = 0; k < n; k++)
    first_out[k] = -1;
  for (guint i = 0; i < n_links; i++)
    {
      const KpGanttLink *l = &g_array_index (data->links, KpGanttLink, i);

      next_out[i] = first_out[l->pred];
      first_out[l->pred] = (int) i;
    }
  /* out_tasks doubles as the queue: everything in it has its successors followed. */
  for (guint q = 0; q < out_tasks->len; q++)
    {
      int at = g_array_index (out_tasks, int, q);

      for (int i = first_out[at]; i >= 0; i = next_out[i])
        {
          int s = g_array_index (data->links, KpGanttLink, i).succ;

          if (!seen[s])
            add_subtree (data, s, seen, out_tasks);
        }
    }
}

static void
emit (GArray            *out,
      const KpGanttTask *t,
      gint64             parent_id,
      gint64             position,
      gboolean           make_phase)
{
  KpGanttPlacement p = { t->id, parent_id, position, make_phase };

  if (t->parent_id != parent_id || t->position != position || make_phase)
    g_array_append_val (out, p);
}

static int
first_child_of (const KpGanttData *data,
                int                parent)
{
  if (parent >= 0)
    return kp_gantt_data_task (data, parent)->first_child;
  return data->first_root;
}

gboolean
kp_gantt_plan_place (const KpGanttData *data,
                     int                task,
                     int                parent,
                     int                before,
                     GArray            *out)
{
  const KpGanttTask *moved = kp_gantt_data_task (data, task);
  gint64 parent_id = parent >= 0 ? kp_gantt_data_task (data, parent)->id : 0;
  gint64 pos = 0;
  gboolean placed = FALSE;

  g_array_set_size (out, 0);
  if (parent >= 0 && kp_gantt_data_is_within (data, parent, task))
    return FALSE;
  for (int c = first_child_of (data, parent); c >= 0; c = kp_gantt_data_task (data, c)->next_sibling)
    {
      if (c == task)
        continue;
      if (c == before)
        {
          emit (out, moved, parent_id, pos++, FALSE);
          placed = TRUE;
        }
      emit (out, kp_gantt_data_task (data, c), parent_id, pos++, FALSE);
    }
  if (!placed)
    emit (out, moved, parent_id, pos, FALSE);
  return TRUE;
}

gboolean
kp_gantt_plan_drop (const KpGanttData *data,
                    int                task,
                    int                target,
                    gboolean           after,
                    GArray            *out)
{
  const KpGanttTask *t = kp_gantt_data_task (data, target);

  g_array_set_size (out, 0);
  if (target == task)
    return FALSE;
  return kp_gantt_plan_place (data, task, t->parent, after ? t->next_sibling : target, out);
}

gboolean
kp_gantt_plan_indent (const KpGanttData *data,
                      int                task,
                      GArray            *out)
{
  const KpGanttTask *t = kp_gantt_data_task (data, task);
  int above = -1;

  g_array_set_size (out, 0);
  for (int c = first_child_of (data, t->parent); c >= 0 && c != task; c = kp_gantt_data_task (data, c)->next_sibling)
    above = c;
  if (above < 0 || !kp_gantt_plan_place (data, task, above, -1, out))
    return FALSE;
  if (!kp_gantt_data_task (data, above)->is_phase)
    {
      const KpGanttTask *a = kp_gantt_data_task (data, above);
      KpGanttPlacement p = { a->id, a->parent_id, a->position, TRUE };

      g_array_append_val (out, p);
    }
  return TRUE;
}

gboolean
kp_gantt_plan_outdent (const KpGanttData *data,
                       int                task,
                       GArray            *out)
{
  const KpGanttTask *t = kp_gantt_data_task (data, task);
  const KpGanttTask *p;

  g_array_set_size (out, 0);
  if (t->parent < 0)
    return FALSE;
  p = kp_gantt_data_task (data, t->parent);
  return kp_gantt_plan_place (data, task, p->parent, p->next_sibling, out);
}

void
kp_gantt_plan_insert_after (const KpGanttData *data,
                            int                task,
                            GArray            *out,
                            gint64            *parent_id,
                            gint64            *position)
{
  int parent = task >= 0 ? kp_gantt_data_task (data, task)->parent : -1;
  gint64 pid = parent >= 0 ? kp_gantt_data_task (data, parent)->id : 0;
  gint64 pos = 0;

  g_array_set_size (out, 0);
  *position = -1;
  for (int c = first_child_of (data, parent); c >= 0; c = kp_gantt_data_task (data, c)->next_sibling)
    {
      emit (out, kp_gantt_data_task (data, c), pid, pos++, FALSE);
      if (c == task)
        *position = pos++;
    }
  if (*position < 0)
    *position = pos;
  *parent_id = pid;
}

KpDate
kp_gantt_end_for_working_days (KpDate start,
                               int    working_days)
{
  if (working_days < 1)
    return start;
  if (kp_date_is_working_day (start))
    return working_days == 1 ? start : kp_date_add_working_days (start, working_days - 1);
  return kp_date_add_working_days (start, working_days);
}
