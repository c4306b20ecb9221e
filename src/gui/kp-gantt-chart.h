/* kp-gantt-chart.h: the Gantt chart: one drawn widget for the time header, the rows of
 * bars, milestones and arrows, and the training lane, with mouse and keyboard editing.
 *
 * It draws from a KpGanttData and KpGanttLayout that its owner (the timeline view) keeps
 * up to date, and writes every edit to the KpDocument as one undo step.
 */
#pragma once

#include <gtk/gtk.h>

#include "kp-document.h"
#include "kp-gantt-data.h"
#include "kp-gantt-layout.h"
#include "kp-timescale.h"

G_BEGIN_DECLS

#define KP_TYPE_GANTT_CHART (kp_gantt_chart_get_type ())
G_DECLARE_FINAL_TYPE (KpGanttChart, kp_gantt_chart, KP, GANTT_CHART, GtkWidget)

GtkWidget     *kp_gantt_chart_new              (void);
void           kp_gantt_chart_set_document     (KpGanttChart  *self,
                                                KpDocument    *document);
/* Borrowed; call kp_gantt_chart_model_changed() whenever either changes. */
void           kp_gantt_chart_set_model        (KpGanttChart  *self,
                                                KpGanttData   *data,
                                                KpGanttLayout *layout);
void           kp_gantt_chart_model_changed    (KpGanttChart  *self);
/* The vertical position is shared with the outline: the chart reads @adjustment and never
 * configures it. The horizontal one is the chart's own.
 */
void           kp_gantt_chart_set_vadjustment  (KpGanttChart  *self,
                                                GtkAdjustment *adjustment);
GtkAdjustment *kp_gantt_chart_get_hadjustment  (KpGanttChart  *self);

KpZoom         kp_gantt_chart_get_zoom         (KpGanttChart  *self);
void           kp_gantt_chart_set_zoom         (KpGanttChart  *self,
                                                KpZoom         zoom);
void           kp_gantt_chart_zoom_step        (KpGanttChart  *self,
                                                int            direction);
/* Makes the whole project fit the width. */
void           kp_gantt_chart_zoom_fit         (KpGanttChart  *self);
void           kp_gantt_chart_scroll_to_date   (KpGanttChart  *self,
                                                KpDate         date);
const KpTimescale *kp_gantt_chart_get_timescale (KpGanttChart *self);

/* The selected task's id, or 0. */
gint64         kp_gantt_chart_get_selected     (KpGanttChart  *self);
void           kp_gantt_chart_set_selected     (KpGanttChart  *self,
                                                gint64         task_id);
/* The id of the selected dependency, or 0. */
gint64         kp_gantt_chart_get_selected_link (KpGanttChart *self);

/* The height of the training lane, which the outline mirrors below its rows. */
int            kp_gantt_chart_get_lane_height  (KpGanttChart  *self);

/* Edits, also used by the keyboard and by tests. Each is one undo step. */
gboolean       kp_gantt_chart_move_task        (KpGanttChart  *self,
                                                int            task,
                                                int            days,
                                                GError       **error);
gboolean       kp_gantt_chart_set_span         (KpGanttChart  *self,
                                                int            task,
                                                KpDate         start,
                                                KpDate         end,
                                                GError       **error);
gboolean       kp_gantt_chart_set_progress     (KpGanttChart  *self,
                                                int            task,
                                                double         progress,
                                                GError       **error);
gboolean       kp_gantt_chart_link             (KpGanttChart  *self,
                                                int            pred,
                                                int            succ,
                                                GError       **error);
gboolean       kp_gantt_chart_unlink           (KpGanttChart  *self,
                                                gint64         link_id,
                                                GError       **error);
/* What the chart tells assistive technology about a task. */
char          *kp_gantt_chart_describe_task    (KpGanttChart  *self,
                                                int            task);

G_END_DECLS
