/* kp-gantt-data.c: the timeline's copy of a project, sorted into outline order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "kp-calendar.h"
#include "kp-gantt-data.h"

typedef struct
{
  gint64 id, pred_id, succ_id;
} PendingLink;

KpGanttData *
kp_gantt_data_new (const char *title)
{
  KpGanttData *data = g_new0 (KpGanttData, 1);

  data->tasks = g_array_new (FALSE, TRUE, sizeof (KpGanttTask));
  data->links = g_array_new (FALSE, TRUE, sizeof (PendingLink));
  data->meetings = g_array_new (FALSE, TRUE, sizeof (KpGanttMeeting));
  data->trainings = g_array_new (FALSE, TRUE, sizeof (KpGanttTraining));
  data->index_of_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  data->strings = g_string_chunk_new (4096);
  data->title = g_strdup (title != NULL ? title : "");
  data->first_root = -1;
  return data;
}

void
kp_gantt_data_free (KpGanttData *data)
{
  if (data == NULL)
    return;
  g_array_unref (data->tasks);
  g_array_unref (data->links);
  g_array_unref (data->meetings);
  g_array_unref (data->trainings);
  g_hash_table_unref (data->index_of_id);
  g_string_chunk_free (data->strings);
  g_free (data->title);
  g_free (data);
}

static const char *
intern (KpGanttData *data,
        const char  *text)
{
  return g_string_chunk_insert_const (data->strings, text != NULL ? text : "");
}

void
kp_gantt_data_add_task (KpGanttData *data,
                        gint64       id,
                        gint64       parent_id,
                        gint64       position,
                        gboolean     is_phase,
                        gboolean     is_milestone,
                        KpDate       start,
                        KpDate       end,
                        double       progress,
                        const char  *name,
                        const char  *responsible)
{
  KpGanttTask t = { 0 };

  g_return_if_fail (!data->finished);
  t.id = id;
  t.parent_id = parent_id;
  t.position = position;
  t.is_phase = is_phase;
  t.is_milestone = is_milestone;
  /* A date-less end takes the start, and the other way round. */
  t.start = start != KP_DATE_NONE ? start : end;
  t.end = end != KP_DATE_NONE ? end : start;
  if (t.end < t.start)
    t.end = t.start;
  t.progress = CLAMP (progress, 0.0, 100.0);
  t.name = g_string_chunk_insert (data->strings, name != NULL ? name : "");
  t.responsible = intern (data, responsible);
  t.parent = t.first_child = t.next_sibling = -1;
  t.visible = TRUE;
  g_array_append_val (data->tasks, t);
}

void
kp_gantt_data_add_link (KpGanttData *data,
                        gint64       id,
                        gint64       pred_id,
                        gint64       succ_id)
{
  PendingLink l = { id, pred_id, succ_id };

  g_return_if_fail (!data->finished);
  g_array_append_val (data->links, l);
}

void
kp_gantt_data_add_meeting (KpGanttData *data,
                           gint64       id,
                           KpDate       date,
                           const char  *forum,
                           const char  *title,
                           gboolean     cancelled)
{
  KpGanttMeeting m = { id, date, intern (data, forum), g_string_chunk_insert (data->strings, title ? title : ""), cancelled };

  g_return_if_fail (!data->finished);
  if (date != KP_DATE_NONE)
    g_array_append_val (data->meetings, m);
}

void
kp_gantt_data_add_training (KpGanttData *data,
                            gint64       id,
                            KpDate       start,
                            KpDate       end,
                            const char  *name)
{
  KpGanttTraining t = { id, start != KP_DATE_NONE ? start : end, end != KP_DATE_NONE ? end : start,
                        g_string_chunk_insert (data->strings, name ? name : ""), 0 };

  g_return_if_fail (!data->finished);
  if (t.start == KP_DATE_NONE)
    return;
  if (t.end < t.start)
    t.end = t.start;
  g_array_append_val (data->trainings, t);
}

/* ---- finishing ----------------------------------------------------------------------- */

static int
cmp_sibling (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  const KpGanttTask *tasks = user_data;
  const KpGanttTask *x = &tasks[*(const int *) a], *y = &tasks[*(const int *) b];

  if (x->parent_id != y->parent_id)
    return x->parent_id < y->parent_id ? -1 : 1;
  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static int
cmp_meeting (gconstpointer a,
             gconstpointer b)
{
  const KpGanttMeeting *x = a, *y = b;

  return x->date != y->date ? (x->date < y->date ? -1 : 1) : (x->id < y->id ? -1 : x->id > y->id);
}

static int
cmp_training (gconstpointer a,
              gconstpointer b)
{
  const KpGanttTraining *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static void
widen (KpGanttData *data,
       KpDate       start,
       KpDate       end)
{
  if (start == KP_DATE_NONE)
    return;
  if (data->min_date == KP_DATE_NONE || start < data->min_date)
    data->min_date = start;
  if (data->max_date == KP_DATE_NONE || end > data->max_date)
    data->max_date = end;
}

/* The greedy interval packing: each training goes into the first lane free on its start. */
static void
pack_training_lanes (KpGanttData *data)
{
  g_autoptr(GArray) lane_end = g_array_new (FALSE, FALSE, sizeof (KpDate));

  g_array_sort (data->trainings, cmp_training);
  for (guint i = 0; i < data->trainings->len; i++)
    {
      KpGanttTraining *t = &g_array_index (data->trainings, KpGanttTraining, i);
      guint lane = 0;

      while (lane < lane_end->len && g_array_index (lane_end, KpDate, lane) >= t->start)
        lane++;
      if (lane == lane_end->len)
        g_array_append_val (lane_end, t->end);
      else
        g_array_index (lane_end, KpDate, lane) = t->end;
      t->lane = (int) lane;
      widen (data, t->start, t->end);
    }
  data->n_training_lanes = (int) lane_end->len;
}

void
kp_gantt_data_finish (KpGanttData *data)
{
  guint n = data->tasks->len;
  g_autoptr(GArray) links = data->links;
  g_autofree int *order = g_new (int, MAX (n, 1));
  g_autofree int *new_index = g_new (int, MAX (n, 1));
  g_autofree int *stack = g_new (int, MAX (n, 1) + 1);
  GArray *sorted;
  GHashTable *by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  KpGanttTask *t;
  int sp = 0, out = 0, n_roots = 0;

  g_return_if_fail (!data->finished);
  data->finished = TRUE;

  /* Parents by id, on the rows as added. */
  t = (KpGanttTask *) data->tasks->data;
  for (guint i = 0; i < n; i++)
    g_hash_table_insert (by_id, &t[i].id, GINT_TO_POINTER (i + 1));
  for (guint i = 0; i < n; i++)
    {
      int p = GPOINTER_TO_INT (g_hash_table_lookup (by_id, &t[i].parent_id)) - 1;

      t[i].parent = p >= 0 && p != (int) i ? p : -1;
    }
  /* Break cycles: a task that reaches itself going up moves to the top level. */
  for (guint i = 0; i < n; i++)
    {
      int p = t[i].parent;

      for (guint guard = 0; p >= 0 && guard <= n; guard++, p = t[p].parent)
        if (p == (int) i || guard == n)
          {
            t[i].parent = -1;
            break;
          }
    }
  for (guint i = 0; i < n; i++)
    if (t[i].parent < 0)
      t[i].parent_id = 0;

  /* Siblings in order, then a depth-first walk gives the outline order. */
  for (guint i = 0; i < n; i++)
    order[i] = (int) i;
  g_qsort_with_data (order, (int) n, sizeof (int), cmp_sibling, t);
  for (int k = (int) n - 1; k >= 0; k--)
    {
      KpGanttTask *c = &t[order[k]];

      if (c->parent >= 0)
        {
          c->next_sibling = t[c->parent].first_child;
          t[c->parent].first_child = order[k];
          t[c->parent].n_children++;
        }
    }
  for (int k = (int) n - 1; k >= 0; k--)
    if (t[order[k]].parent < 0)
      stack[sp++] = order[k];
  while (sp > 0)
    {
      int i = stack[--sp];
      int count = 0;

      new_index[i] = out;
      order[out++] = i;
      /* Push children in reverse so that the first is visited first. */
      for (int c = t[i].first_child; c >= 0; c = t[c].next_sibling)
        count++;
      {
        int base = sp;

        sp += count;
        for (int c = t[i].first_child, k = 0; c >= 0; c = t[c].next_sibling, k++)
          stack[base + count - 1 - k] = c;
      }
    }
  g_assert (out == (int) n);

  sorted = g_array_sized_new (FALSE, TRUE, sizeof (KpGanttTask), n);
  g_array_set_size (sorted, n);
  for (guint k = 0; k < n; k++)
    {
      KpGanttTask *dst = &g_array_index (sorted, KpGanttTask, k);

      *dst = t[order[k]];
      dst->parent = dst->parent >= 0 ? new_index[dst->parent] : -1;
      dst->first_child = dst->first_child >= 0 ? new_index[dst->first_child] : -1;
      dst->next_sibling = dst->next_sibling >= 0 ? new_index[dst->next_sibling] : -1;
    }
  g_array_unref (data->tasks);
  data->tasks = sorted;
  g_hash_table_unref (by_id);
  t = (KpGanttTask *) data->tasks->data;

  /* Depth, WBS and the index by id, top-down; spans bottom-up. */
  data->first_root = n > 0 ? 0 : -1;
  {
    int prev_root = -1;

    for (guint k = 0; k < n; k++)
      if (t[k].parent < 0)
        {
          if (prev_root >= 0)
            t[prev_root].next_sibling = (int) k;
          prev_root = (int) k;
        }
  }
  for (guint k = 0; k < n; k++)
    {
      KpGanttTask *c = &t[k];
      char buf[16];

      g_hash_table_insert (data->index_of_id, &c->id, GINT_TO_POINTER (k + 1));
      if (c->n_children > 0)
        c->is_phase = TRUE;
      c->depth = c->parent >= 0 ? t[c->parent].depth + 1 : 0;
      for (int s = c->first_child, i = 0; s >= 0; s = t[s].next_sibling, i++)
        t[s].sibling_index = i;
      if (c->parent < 0)
        {
          c->sibling_index = n_roots++;
          g_snprintf (buf, sizeof buf, "%d", c->sibling_index + 1);
          c->wbs = g_string_chunk_insert (data->strings, buf);
        }
      else
        {
          g_autofree char *w = g_strdup_printf ("%s.%d", t[c->parent].wbs, c->sibling_index + 1);

          c->wbs = g_string_chunk_insert (data->strings, w);
        }
      c->span_start = c->start;
      c->span_end = c->end;
    }
  kp_gantt_data_update_spans (data);

  data->links = g_array_new (FALSE, TRUE, sizeof (KpGanttLink));
  for (guint i = 0; i < links->len; i++)
    {
      const PendingLink *p = &g_array_index (links, PendingLink, i);
      KpGanttLink l = { p->id, kp_gantt_data_find (data, p->pred_id), kp_gantt_data_find (data, p->succ_id) };

      if (l.pred >= 0 && l.succ >= 0 && l.pred != l.succ)
        g_array_append_val (data->links, l);
    }

  g_array_sort (data->meetings, cmp_meeting);
  for (guint i = 0; i < data->meetings->len; i++)
    {
      KpDate d = g_array_index (data->meetings, KpGanttMeeting, i).date;

      widen (data, d, d);
    }
  pack_training_lanes (data);
}

void
kp_gantt_data_update_spans (KpGanttData *data)
{
  guint n = data->tasks->len;
  KpGanttTask *t = (KpGanttTask *) data->tasks->data;

  data->min_date = data->max_date = KP_DATE_NONE;
  for (guint k = 0; k < n; k++)
    {
      t[k].span_start = t[k].start;
      t[k].span_end = t[k].end;
    }
  /* Children come after their parent, so walking backwards sees each child first. */
  for (int k = (int) n - 1; k >= 0; k--)
    {
      KpGanttTask *c = &t[k];

      widen (data, c->span_start, c->span_end);
      if (c->parent >= 0 && c->span_start != KP_DATE_NONE)
        {
          KpGanttTask *p = &t[c->parent];

          if (p->span_start == KP_DATE_NONE || c->span_start < p->span_start)
            p->span_start = c->span_start;
          if (p->span_end == KP_DATE_NONE || c->span_end > p->span_end)
            p->span_end = c->span_end;
        }
    }
  for (guint i = 0; i < data->meetings->len; i++)
    {
      KpDate d = g_array_index (data->meetings, KpGanttMeeting, i).date;

      widen (data, d, d);
    }
  for (guint i = 0; i < data->trainings->len; i++)
    {
      const KpGanttTraining *tr = &g_array_index (data->trainings, KpGanttTraining, i);

      widen (data, tr->start, tr->end);
    }
}

void
kp_gantt_data_set_task_values (KpGanttData *data,
                               int          index,
                               KpDate       start,
                               KpDate       end,
                               double       progress,
                               const char  *name,
                               const char  *responsible)
{
  KpGanttTask *t = kp_gantt_data_task (data, index);

  t->start = start != KP_DATE_NONE ? start : end;
  t->end = end != KP_DATE_NONE ? end : start;
  if (t->end < t->start)
    t->end = t->start;
  t->progress = CLAMP (progress, 0.0, 100.0);
  if (g_strcmp0 (t->name, name) != 0)
    t->name = g_string_chunk_insert (data->strings, name != NULL ? name : "");
  if (g_strcmp0 (t->responsible, responsible) != 0)
    t->responsible = intern (data, responsible);
}

void
kp_gantt_data_set_baseline (KpGanttData *data,
                            gint64       task_id,
                            KpDate       start,
                            KpDate       end)
{
  int i = kp_gantt_data_find (data, task_id);
  KpGanttTask *t;

  if (i < 0)
    return;
  t = kp_gantt_data_task (data, i);
  t->base_start = start != KP_DATE_NONE ? start : end;
  t->base_end = end != KP_DATE_NONE ? end : start;
  if (t->base_end < t->base_start)
    t->base_end = t->base_start;
}

int
kp_gantt_data_find (const KpGanttData *data,
                    gint64             id)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (data->index_of_id, &id)) - 1;
}

guint
kp_gantt_data_n_tasks (const KpGanttData *data)
{
  return data->tasks->len;
}

gboolean
kp_gantt_data_is_within (const KpGanttData *data,
                         int                index,
                         int                ancestor)
{
  for (int i = index; i >= 0; i = kp_gantt_data_task (data, i)->parent)
    if (i == ancestor)
      return TRUE;
  return FALSE;
}

int
kp_gantt_task_working_days (const KpGanttTask *task)
{
  if (task->span_start == KP_DATE_NONE)
    return 0;
  return kp_working_days_between (task->span_start, task->span_end);
}

gboolean
kp_gantt_task_is_late (const KpGanttTask *task,
                       KpDate             today)
{
  return task->progress < 100.0 && task->span_end != KP_DATE_NONE && task->span_end < today;
}

int
kp_gantt_task_slip (const KpGanttTask *task)
{
  if (task->base_end == KP_DATE_NONE || task->span_end == KP_DATE_NONE)
    return 0;
  return task->span_end - task->base_end;
}
