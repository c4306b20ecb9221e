/* kp-stats-summary.c: the timeline with its baseline slip, the key figures, and the whole
 * report at once. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kp-date.h"
#include "kp-goal-status.h"
#include "kp-stats.h"
#include "kp-stats-private.h"

/* ---- the timeline -------------------------------------------------------------------- */

typedef struct
{
  GHashTable *children;   /* parent id → GPtrArray of tasks, in list order */
  GHashTable *baseline;   /* task id → KpEntity baseline_task */
  GHashTable *seen;
  GArray *rows;
  const KpStatsRange *range;
} Walk;

static gboolean
overlaps (const KpStatsRange *range,
          KpDate              start,
          KpDate              end)
{
  if (range == NULL || start == KP_DATE_NONE || end == KP_DATE_NONE)
    return TRUE;
  return !((range->from != KP_DATE_NONE && end < range->from) ||
           (range->to != KP_DATE_NONE && start > range->to));
}

static void
walk (Walk   *w,
      gint64  parent,
      guint   depth)
{
  GPtrArray *kids = g_hash_table_lookup (w->children, GSIZE_TO_POINTER ((gsize) parent));

  for (guint i = 0; kids != NULL && i < kids->len; i++)
    {
      KpEntity *task = kids->pdata[i];
      gint64 id = kp_entity_get_id (task);
      KpEntity *base = g_hash_table_lookup (w->baseline, GSIZE_TO_POINTER ((gsize) id));
      KpStatsTimelineRow row = { 0 };

      if (!g_hash_table_add (w->seen, GSIZE_TO_POINTER ((gsize) id)))
        continue;
      row.task_id = id;
      row.depth = depth;
      row.start = kp_entity_get_date (task, "start-date");
      row.end = kp_entity_get_date (task, "end-date");
      row.progress = kp_entity_get_real (task, "progress");
      if (base != NULL)
        {
          row.has_baseline = TRUE;
          row.baseline_start = kp_entity_get_date (base, "start-date");
          row.baseline_end = kp_entity_get_date (base, "end-date");
          if (row.end != KP_DATE_NONE && row.baseline_end != KP_DATE_NONE)
            row.slip_days = row.end - row.baseline_end;
        }
      if (overlaps (w->range, row.start, row.end))
        g_array_append_val (w->rows, row);
      walk (w, id, depth + 1);
    }
}

KpStatsTimeline *
kp_stats_timeline_new (KpDocument         *document,
                       const KpStatsRange *range)
{
  GListModel *tasks = kp_document_get_list (document, &kp_desc_task);
  GListModel *baselines = kp_document_get_list (document, &kp_desc_baseline);
  GListModel *spans = kp_document_get_list (document, &kp_desc_baseline_task);
  KpStatsTimeline *t = g_new0 (KpStatsTimeline, 1);
  KpDate latest = KP_DATE_NONE;
  Walk w = { 0 };

  w.children = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  w.baseline = g_hash_table_new (NULL, NULL);
  w.seen = g_hash_table_new (NULL, NULL);
  w.rows = g_array_new (FALSE, TRUE, sizeof (KpStatsTimelineRow));
  w.range = range;

  for (guint i = 0, n = g_list_model_get_n_items (baselines); i < n; i++)
    {
      g_autoptr(KpEntity) b = g_list_model_get_item (baselines, i);
      KpDate created = kp_entity_get_date (b, "created");

      if (t->baseline_id == 0 || created > latest ||
          (created == latest && kp_entity_get_id (b) > t->baseline_id))
        {
          t->baseline_id = kp_entity_get_id (b);
          latest = created;
        }
    }
  for (guint i = 0, n = g_list_model_get_n_items (spans); i < n; i++)
    {
      g_autoptr(KpEntity) s = g_list_model_get_item (spans, i);

      if (kp_entity_get_int (s, "baseline-id") == t->baseline_id)
        g_hash_table_insert (w.baseline, GSIZE_TO_POINTER ((gsize) kp_entity_get_int (s, "task-id")), s);
    }
  for (guint i = 0, n = g_list_model_get_n_items (tasks); i < n; i++)
    {
      g_autoptr(KpEntity) task = g_list_model_get_item (tasks, i);
      gint64 parent = kp_entity_get_int (task, "parent-id");
      GPtrArray *kids;

      /* A task whose parent is gone is shown at the top. */
      if (parent != 0 && kp_document_lookup (document, &kp_desc_task, parent) == NULL)
        parent = 0;
      kids = g_hash_table_lookup (w.children, GSIZE_TO_POINTER ((gsize) parent));
      if (kids == NULL)
        {
          kids = g_ptr_array_new ();
          g_hash_table_insert (w.children, GSIZE_TO_POINTER ((gsize) parent), kids);
        }
      g_ptr_array_add (kids, task);
    }
  walk (&w, 0, 0);

  for (guint i = 0; i < w.rows->len; i++)
    {
      const KpStatsTimelineRow *row = &g_array_index (w.rows, KpStatsTimelineRow, i);

      if (row->start != KP_DATE_NONE && (t->first == KP_DATE_NONE || row->start < t->first))
        t->first = row->start;
      if (row->end != KP_DATE_NONE && row->end > t->last)
        t->last = row->end;
    }
  t->n_rows = w.rows->len;
  t->rows = (KpStatsTimelineRow *) (void *) g_array_free (w.rows, FALSE);
  g_hash_table_unref (w.children);
  g_hash_table_unref (w.baseline);
  g_hash_table_unref (w.seen);
  return t;
}

void
kp_stats_timeline_free (KpStatsTimeline *timeline)
{
  if (timeline == NULL)
    return;
  g_free (timeline->rows);
  g_free (timeline);
}

/* ---- key figures --------------------------------------------------------------------- */

/* Progress of the work: the leaf activities (not milestones, not cancelled), each weighed
 * by its length in days (1 without dates). Milestones count only when there is nothing
 * else. */
static double
work_progress (KpDocument *document)
{
  GListModel *tasks = kp_document_get_list (document, &kp_desc_task);
  g_autoptr(GHashTable) parents = g_hash_table_new (NULL, NULL);
  guint n = g_list_model_get_n_items (tasks);
  double sum[2] = { 0, 0 }, weight[2] = { 0, 0 };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) task = g_list_model_get_item (tasks, i);

      g_hash_table_add (parents, GSIZE_TO_POINTER ((gsize) kp_entity_get_int (task, "parent-id")));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) task = g_list_model_get_item (tasks, i);
      KpDate start = kp_entity_get_date (task, "start-date");
      KpDate end = kp_entity_get_date (task, "end-date");
      double w = (start != KP_DATE_NONE && end != KP_DATE_NONE) ? (double) (end - start + 1) : 1.0;
      int kind = kp_entity_get_int (task, "is-milestone") ? 1 : 0;

      if (g_hash_table_contains (parents, GSIZE_TO_POINTER ((gsize) kp_entity_get_id (task))) ||
          g_str_equal (kp_entity_get_text (task, "status"), "cancelled"))
        continue;
      sum[kind] += w * kp_entity_get_real (task, "progress") / 100.0;
      weight[kind] += w;
    }
  if (weight[0] > 0)
    return sum[0] / weight[0];
  if (weight[1] > 0)
    return sum[1] / weight[1];
  return NAN;
}

static double
share (double part,
       double whole)
{
  return whole > 0 ? part / whole : NAN;
}

static void
fill_key_figures (KpDocument                *document,
                  KpDate                     today,
                  const KpStatsHours        *hours,
                  const KpStatsParticipants *participants,
                  const KpStatsBudget       *budget,
                  const KpStatsMeetings     *meetings,
                  KpStatsKeyFigures         *k)
{
  KpEntity *project = kp_document_get_project (document);
  GListModel *goals = kp_document_get_list (document, &kp_desc_goal);

  memset (k, 0, sizeof *k);
  k->today = today != KP_DATE_NONE ? today : kp_date_today ();
  k->start = kp_entity_get_date (project, "start-date");
  k->end = kp_entity_get_date (project, "end-date");
  k->time_elapsed = NAN;
  if (k->start != KP_DATE_NONE && k->end != KP_DATE_NONE && k->end >= k->start)
    {
      k->days_total = k->end - k->start + 1;
      k->days_elapsed = CLAMP (k->today - k->start + 1, 0, k->days_total);
      k->days_left = CLAMP (k->end - k->today, 0, k->days_total);
      k->time_elapsed = (double) k->days_elapsed / k->days_total;
    }
  k->progress = work_progress (document);

  for (guint i = 0, n = g_list_model_get_n_items (goals); i < n; i++)
    {
      g_autoptr(KpEntity) goal = g_list_model_get_item (goals, i);

      k->goals_by_status[kp_goal_status_of (goal)]++;
      k->goals_total++;
    }

  k->hours = hours->total.total;
  k->hours_planned = kp_entity_get_real (project, "planned-hours");
  k->hours_share = share (k->hours, k->hours_planned);
  k->participants = participants->total;
  k->participants_target = (guint) kp_entity_get_int (project, "participant-target");
  k->participants_share = share (k->participants, k->participants_target);
  k->budget = budget->total.budget > 0 ? budget->total.budget : kp_entity_get_real (project, "budget");
  k->outcome = budget->total.outcome;
  k->budget_used = share (k->outcome, k->budget);
  k->funder_contribution = budget->total.funder_outcome;
  k->meetings_held = meetings->held;
}

void
kp_stats_key_figures (KpDocument         *document,
                      const KpStatsRange *range,
                      KpDate              today,
                      KpStatsKeyFigures  *figures)
{
  g_autoptr(KpStatsHours) hours = kp_stats_hours_new (document, range);
  g_autoptr(KpStatsParticipants) participants = kp_stats_participants_new (document, range);
  g_autoptr(KpStatsBudget) budget = kp_stats_budget_new (document);
  g_autoptr(KpStatsMeetings) meetings = kp_stats_meetings_new (document, range);

  fill_key_figures (document, today, hours, participants, budget, meetings, figures);
}

/* ---- the report ---------------------------------------------------------------------- */

KpStatsReport *
kp_stats_report_new (KpDocument         *document,
                     const KpStatsRange *range,
                     KpDate              today)
{
  KpStatsReport *r = g_new0 (KpStatsReport, 1);

  if (range != NULL)
    r->range = *range;
  r->hours = kp_stats_hours_new (document, range);
  r->person_hours = kp_stats_person_hours_new (document, range);
  r->meetings = kp_stats_meetings_new (document, range);
  r->participants = kp_stats_participants_new (document, range);
  r->staffing = kp_stats_staffing_new (document, range);
  r->budget = kp_stats_budget_new (document);
  r->timeline = kp_stats_timeline_new (document, range);
  fill_key_figures (document, today, r->hours, r->participants, r->budget, r->meetings, &r->key);
  return r;
}

void
kp_stats_report_free (KpStatsReport *report)
{
  if (report == NULL)
    return;
  kp_stats_hours_free (report->hours);
  kp_stats_person_hours_free (report->person_hours);
  kp_stats_meetings_free (report->meetings);
  kp_stats_participants_free (report->participants);
  kp_stats_staffing_free (report->staffing);
  kp_stats_budget_free (report->budget);
  kp_stats_timeline_free (report->timeline);
  g_free (report);
}
