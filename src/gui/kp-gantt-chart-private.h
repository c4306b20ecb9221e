/* kp-gantt-chart-private.h: what the chart's own files share. */
#pragma once

#include "kp-date.h"
#include "kp-gantt-chart.h"
#include "kp-gantt-geometry.h"
#include "kp-gantt-scene.h"
#include "kp-layout-cache.h"

G_BEGIN_DECLS

typedef enum
{
  DRAG_NONE,
  DRAG_MOVE,
  DRAG_START,
  DRAG_END,
  DRAG_PROGRESS,
  DRAG_LINK,
} DragMode;

/* The damage marks split the rows in view into this many bands (one more when the view
 * starts inside a band); every rectangle they add GTK counts towards its 30. */
#define MARK_BANDS 4

struct _KpGanttChart
{
  GtkWidget parent_instance;

  KpDocument *document;
  KpGanttData *data;            /* borrowed from the view */
  KpGanttLayout *layout;        /* borrowed from the view */
  KpTimescale ts;
  KpGanttGeometry geom;
  KpGanttScene *scene;
  KpGanttSceneOptions opts;
  KpDate range_start, range_end;
  KpLayoutCache *layouts;       /* "role\x1ftext" → PangoLayout */
  GHashTable *diamonds;         /* colour, size and scale → GdkTexture */
  KpGanttScene *rows_shown;     /* the rows' scene last drawn, to compare the next with */
  KpGanttScene *rows_spare;
  double rows_view[6];          /* where and how it was drawn: x0, y0, width, height, dark, scale */
  graphene_rect_t marks[MARK_BANDS + 2]; /* damage marks: the view's, then a band's each */
  guint mark_keys[MARK_BANDS + 2];
  guint redraws;                /* the last key given */

  GtkAdjustment *hadj;
  GtkAdjustment *vadj;

  gboolean critical;
  gboolean show_baseline;
  gboolean move_dependents;
  gint64 selected_id;
  gint64 selected_link_id;

  DragMode drag;
  int drag_task;
  double drag_x, drag_y;        /* where it began, in content coordinates */
  int link_pending;             /* keyboard linking: the predecessor, or -1 */
  double pointer_x;             /* where the pointer is over the chart, or -1 */
};

#define CHART_HEADER KP_GANTT_HEADER_HEIGHT

int      kp_gantt_chart_selected_index (KpGanttChart *self);
void     kp_gantt_chart_select_index   (KpGanttChart *self,
                                        int           task,
                                        gboolean      scroll);
void     kp_gantt_chart_update_accessible (KpGanttChart *self);
void     kp_gantt_chart_report         (KpGanttChart *self,
                                        GError       *error);
double   kp_gantt_chart_rows_height    (KpGanttChart *self);
/* Widget coordinates to content coordinates; FALSE outside the rows. */
gboolean kp_gantt_chart_to_content     (KpGanttChart *self,
                                        double        wx,
                                        double        wy,
                                        double       *cx,
                                        double       *cy);
/* Zooms with the day under widget x @anchor staying in place. */
void     kp_gantt_chart_zoom_step_at   (KpGanttChart *self,
                                        int           direction,
                                        double        anchor);
void     kp_gantt_chart_class_init_input (GtkWidgetClass *widget_class);
void     kp_gantt_chart_init_input     (KpGanttChart *self);

G_END_DECLS
