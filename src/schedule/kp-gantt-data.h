/* kp-gantt-data.h: the timeline's own copy of a project's phases, activities, dependencies,
 * meetings and training activities, as plain arrays in outline order.
 *
 * The chart, the exports and the benchmarks all draw from a KpGanttData. It holds copies of
 * every string, so a worker thread may use one while the document changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kp-types.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 id;
  gint64 parent_id;            /* 0 at the top level */
  gint64 position;
  const char *name;
  const char *responsible;
  const char *wbs;             /* "2.3.1", from the outline order */
  KpDate start, end;           /* the task's own dates; KP_DATE_NONE when unset */
  KpDate span_start, span_end; /* what is drawn: a phase spans its own dates and its children */
  KpDate base_start, base_end; /* the span in the baseline shown, or KP_DATE_NONE */
  double progress;             /* 0–100 */
  int parent;                  /* index of the parent, or -1 */
  int first_child;             /* index, or -1 */
  int next_sibling;            /* index, or -1 */
  int n_children;
  int depth;                   /* 0 at the top level */
  int sibling_index;           /* 0-based place among its siblings */
  guint is_phase : 1;          /* kind "phase", or has children */
  guint is_milestone : 1;
  guint critical : 1;          /* set by kp_gantt_critical_path() */
  guint visible : 1;           /* set by kp_gantt_filter_apply(); all TRUE at first */
  guint matches : 1;           /* the filter matched the task itself */
} KpGanttTask;

typedef struct
{
  gint64 id;
  int pred;                    /* task indexes */
  int succ;
} KpGanttLink;

typedef struct
{
  gint64 id;
  KpDate date;
  const char *forum;           /* a key of kp_catalog_forum */
  const char *title;
  gboolean cancelled;
} KpGanttMeeting;

typedef struct
{
  gint64 id;
  KpDate start, end;
  const char *name;
  int lane;                    /* sub-row in the training lane, from 0 */
} KpGanttTraining;

typedef struct
{
  GArray *tasks;               /* KpGanttTask, in outline (pre-)order once finished */
  GArray *links;               /* KpGanttLink */
  GArray *meetings;            /* KpGanttMeeting, by date */
  GArray *trainings;           /* KpGanttTraining, by start */
  GHashTable *index_of_id;     /* task id → index + 1 */
  GStringChunk *strings;
  char *title;                 /* the project's name */
  int first_root;              /* index of the first top-level task, or -1 */
  int n_training_lanes;
  KpDate min_date, max_date;   /* over everything dated; KP_DATE_NONE when nothing is */
  gboolean finished;
  guint64 source_sum;          /* of the rows besides tasks it was read from; see kp-gantt-source.c */
} KpGanttData;

KpGanttData *kp_gantt_data_new          (const char   *title);
void         kp_gantt_data_free         (KpGanttData  *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpGanttData, kp_gantt_data_free)

/* Rows are added in any order; kp_gantt_data_finish() sorts them into outline order. */
void         kp_gantt_data_add_task     (KpGanttData  *data,
                                         gint64        id,
                                         gint64        parent_id,
                                         gint64        position,
                                         gboolean      is_phase,
                                         gboolean      is_milestone,
                                         KpDate        start,
                                         KpDate        end,
                                         double        progress,
                                         const char   *name,
                                         const char   *responsible);
void         kp_gantt_data_add_link     (KpGanttData  *data,
                                         gint64        id,
                                         gint64        pred_id,
                                         gint64        succ_id);
void         kp_gantt_data_add_meeting  (KpGanttData  *data,
                                         gint64        id,
                                         KpDate        date,
                                         const char   *forum,
                                         const char   *title,
                                         gboolean      cancelled);
void         kp_gantt_data_add_training (KpGanttData  *data,
                                         gint64        id,
                                         KpDate        start,
                                         KpDate        end,
                                         const char   *name);
/* Call once after adding: builds the tree (children by position, then id), WBS numbers,
 * depths, phase spans, the training lanes and the date range. A task whose parent is
 * missing, or that would be its own ancestor, goes to the top level; links to missing
 * tasks are dropped.
 */
void         kp_gantt_data_finish       (KpGanttData  *data);
/* Changes the values of a finished task that do not move it in the outline (the strings
 * are copied); call kp_gantt_data_update_spans() after the last one.
 */
void         kp_gantt_data_set_task_values (KpGanttData *data,
                                         int          index,
                                         KpDate       start,
                                         KpDate       end,
                                         double       progress,
                                         const char  *name,
                                         const char  *responsible);
/* Recomputes every span and the date range from the tasks' own dates. */
void         kp_gantt_data_update_spans (KpGanttData  *data);
/* Sets the baseline span of a task; call after finishing. */
void         kp_gantt_data_set_baseline (KpGanttData  *data,
                                         gint64        task_id,
                                         KpDate        start,
                                         KpDate        end);

int          kp_gantt_data_find         (const KpGanttData *data,
                                         gint64             id);
static inline KpGanttTask *
kp_gantt_data_task (const KpGanttData *data,
                    int                index)
{
  return &g_array_index (data->tasks, KpGanttTask, index);
}

guint        kp_gantt_data_n_tasks      (const KpGanttData *data);
/* Whether @index is @ancestor or lies inside it. */
gboolean     kp_gantt_data_is_within    (const KpGanttData *data,
                                         int                index,
                                         int                ancestor);
/* Working days in the task's span, 0 when it has no dates. */
int          kp_gantt_task_working_days (const KpGanttTask *task);
/* Not done, and its end is before @today. */
gboolean     kp_gantt_task_is_late      (const KpGanttTask *task,
                                         KpDate             today);
/* Days the end has moved since the baseline (positive: later), or 0 without a baseline. */
int          kp_gantt_task_slip         (const KpGanttTask *task);

G_END_DECLS
