/* kp-gantt-source.c: reading the timeline from a project.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kp-gantt-source.h"

/* Field indexes, looked up once: reading 10,000 tasks by field name would cost more than
 * drawing them. */
typedef struct
{
  int parent, position, kind, name, start, end, progress, responsible, milestone;
  int pred, succ;
  int m_date, m_forum, m_title, m_cancelled;
  int t_name, t_start, t_end;
  int b_baseline, b_task, b_start, b_end;
} Fields;

static const Fields *
fields (void)
{
  static Fields f;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      f.parent = kp_entity_desc_field_index (&kp_desc_task, "parent-id");
      f.position = kp_entity_desc_field_index (&kp_desc_task, "position");
      f.kind = kp_entity_desc_field_index (&kp_desc_task, "kind");
      f.name = kp_entity_desc_field_index (&kp_desc_task, "name");
      f.start = kp_entity_desc_field_index (&kp_desc_task, "start-date");
      f.end = kp_entity_desc_field_index (&kp_desc_task, "end-date");
      f.progress = kp_entity_desc_field_index (&kp_desc_task, "progress");
      f.responsible = kp_entity_desc_field_index (&kp_desc_task, "responsible");
      f.milestone = kp_entity_desc_field_index (&kp_desc_task, "is-milestone");
      f.pred = kp_entity_desc_field_index (&kp_desc_dependency, "predecessor-id");
      f.succ = kp_entity_desc_field_index (&kp_desc_dependency, "successor-id");
      f.m_date = kp_entity_desc_field_index (&kp_desc_meeting, "date");
      f.m_forum = kp_entity_desc_field_index (&kp_desc_meeting, "forum");
      f.m_title = kp_entity_desc_field_index (&kp_desc_meeting, "title");
      f.m_cancelled = kp_entity_desc_field_index (&kp_desc_meeting, "cancelled");
      f.t_name = kp_entity_desc_field_index (&kp_desc_training, "name");
      f.t_start = kp_entity_desc_field_index (&kp_desc_training, "start-date");
      f.t_end = kp_entity_desc_field_index (&kp_desc_training, "end-date");
      f.b_baseline = kp_entity_desc_field_index (&kp_desc_baseline_task, "baseline-id");
      f.b_task = kp_entity_desc_field_index (&kp_desc_baseline_task, "task-id");
      f.b_start = kp_entity_desc_field_index (&kp_desc_baseline_task, "start-date");
      f.b_end = kp_entity_desc_field_index (&kp_desc_baseline_task, "end-date");
      g_once_init_leave (&once, 1);
    }
  return &f;
}

#define PEEK(e, i) kp_entity_peek ((e), (guint) (i))

static guint64
mix (guint64 sum,
     guint64 value)
{
  return (sum ^ value) * G_GUINT64_CONSTANT (1099511628211);
}

/* A checksum of everything but the tasks: the number of dependencies, the meetings, the
 * training activities and the number of the baseline's rows. */
static guint64
source_sum (KpDocument *document,
            gint64      baseline_id)
{
  const Fields *f = fields ();
  guint64 sum = G_GUINT64_CONSTANT (14695981039346656037);
  GListModel *list;

  /* Dependencies are only ever added or removed, never changed: their number will do. */
  sum = mix (sum, g_list_model_get_n_items (kp_document_get_list (document, &kp_desc_dependency)));
  list = kp_document_get_list (document, &kp_desc_meeting);
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      sum = mix (mix (mix (sum, (guint64) kp_entity_get_id (e)), (guint64) PEEK (e, f->m_date)->i),
                 g_str_hash (PEEK (e, f->m_title)->s) + (guint64) PEEK (e, f->m_cancelled)->i + g_str_hash (PEEK (e, f->m_forum)->s));
    }
  list = kp_document_get_list (document, &kp_desc_training);
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      sum = mix (mix (mix (sum, (guint64) PEEK (e, f->t_start)->i), (guint64) PEEK (e, f->t_end)->i),
                 g_str_hash (PEEK (e, f->t_name)->s));
    }
  if (baseline_id != 0)
    sum = mix (sum, g_list_model_get_n_items (kp_document_get_list (document, &kp_desc_baseline_task)));
  return mix (sum, (guint64) baseline_id);
}

static void
read_baseline (KpGanttData *data,
               KpDocument  *document,
               gint64       baseline_id)
{
  const Fields *f = fields ();
  GListModel *list = kp_document_get_list (document, &kp_desc_baseline_task);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      if (PEEK (e, f->b_baseline)->i == baseline_id)
        kp_gantt_data_set_baseline (data, PEEK (e, f->b_task)->i, (KpDate) PEEK (e, f->b_start)->i,
                                    (KpDate) PEEK (e, f->b_end)->i);
    }
}

KpGanttData *
kp_gantt_data_new_from_document (KpDocument *document,
                                 gint64      baseline_id)
{
  const Fields *f = fields ();
  g_autofree char *title = kp_document_dup_title (document);
  KpGanttData *data = kp_gantt_data_new (title);
  GListModel *list;

  list = kp_document_get_list (document, &kp_desc_task);
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      kp_gantt_data_add_task (data, kp_entity_get_id (e), PEEK (e, f->parent)->i, PEEK (e, f->position)->i,
                              g_str_equal (PEEK (e, f->kind)->s, "phase"), PEEK (e, f->milestone)->i != 0,
                              (KpDate) PEEK (e, f->start)->i, (KpDate) PEEK (e, f->end)->i,
                              PEEK (e, f->progress)->d, PEEK (e, f->name)->s, PEEK (e, f->responsible)->s);
    }
  list = kp_document_get_list (document, &kp_desc_dependency);
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      kp_gantt_data_add_link (data, kp_entity_get_id (e), PEEK (e, f->pred)->i, PEEK (e, f->succ)->i);
    }
  list = kp_document_get_list (document, &kp_desc_meeting);
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      kp_gantt_data_add_meeting (data, kp_entity_get_id (e), (KpDate) PEEK (e, f->m_date)->i,
                                 PEEK (e, f->m_forum)->s, PEEK (e, f->m_title)->s, PEEK (e, f->m_cancelled)->i != 0);
    }
  list = kp_document_get_list (document, &kp_desc_training);
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      kp_gantt_data_add_training (data, kp_entity_get_id (e), (KpDate) PEEK (e, f->t_start)->i,
                                  (KpDate) PEEK (e, f->t_end)->i, PEEK (e, f->t_name)->s);
    }
  kp_gantt_data_finish (data);
  if (baseline_id != 0)
    read_baseline (data, document, baseline_id);
  data->source_sum = source_sum (document, baseline_id);
  return data;
}

gboolean
kp_gantt_data_update_from_document (KpGanttData  *data,
                                    KpDocument   *document,
                                    gint64        baseline_id,
                                    const GArray *task_ids)
{
  const Fields *f = fields ();
  guint n = task_ids != NULL ? task_ids->len : kp_gantt_data_n_tasks (data);
  g_autofree KpEntity **entities = NULL;
  g_autofree int *indexes = NULL;

  /* With @task_ids, the document has said nothing but those tasks' fields changed: the
   * other rows need no second look. */
  if (g_list_model_get_n_items (kp_document_get_list (document, &kp_desc_task)) != kp_gantt_data_n_tasks (data) ||
      (task_ids == NULL && source_sum (document, baseline_id) != data->source_sum))
    return FALSE;
  /* Check every task first, so that a refusal leaves the data as it was; the entities found
   * on the way are kept for the second pass. */
  entities = g_new (KpEntity *, MAX (n, 1));
  indexes = g_new (int, MAX (n, 1));
  for (guint j = 0; j < n; j++)
    {
      int k = task_ids != NULL ? kp_gantt_data_find (data, g_array_index (task_ids, gint64, j)) : (int) j;
      const KpGanttTask *t = k >= 0 ? kp_gantt_data_task (data, k) : NULL;
      KpEntity *e = t != NULL ? kp_document_lookup (document, &kp_desc_task, t->id) : NULL;
      gboolean phase;

      if (e == NULL)
        return FALSE;
      phase = g_str_equal (PEEK (e, f->kind)->s, "phase");
      if (PEEK (e, f->parent)->i != t->parent_id || PEEK (e, f->position)->i != t->position ||
          (PEEK (e, f->milestone)->i != 0) != t->is_milestone || (phase && !t->is_phase) ||
          (!phase && t->n_children == 0 && t->is_phase))
        return FALSE;
      entities[j] = e;
      indexes[j] = k;
    }
  for (guint j = 0; j < n; j++)
    {
      KpEntity *e = entities[j];

      kp_gantt_data_set_task_values (data, indexes[j], (KpDate) PEEK (e, f->start)->i, (KpDate) PEEK (e, f->end)->i,
                                     PEEK (e, f->progress)->d, PEEK (e, f->name)->s, PEEK (e, f->responsible)->s);
    }
  kp_gantt_data_update_spans (data);
  return TRUE;
}
