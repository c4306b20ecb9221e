/* kp-gantt-geometry.h: where every bar, diamond and arrow of the timeline is, and what is
 * under a point. Coordinates are content coordinates: x from kp_timescale_date_to_x(), y
 * from the top of the first row. The screen and every export take their shapes from here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kp-gantt-data.h"
#include "kp-gantt-layout.h"
#include "kp-timescale.h"

G_BEGIN_DECLS

typedef struct
{
  double x, y;
} KpPoint;

typedef struct
{
  double x, y, width, height;
} KpRect;

typedef struct
{
  const KpGanttData *data;
  const KpGanttLayout *layout;
  const KpTimescale *ts;
  gboolean show_baseline;      /* bars make room for the thin baseline bar below them */
} KpGanttGeometry;

#define KP_GANTT_ROUTE_MAX   6
#define KP_GANTT_LINK_GAP    8.0
#define KP_GANTT_EDGE_GRAB   4.0
#define KP_GANTT_HANDLE_SIZE 10.0

typedef enum
{
  KP_GANTT_HIT_NONE,
  KP_GANTT_HIT_ROW,            /* a row, but nothing drawn on it */
  KP_GANTT_HIT_BAR,            /* the body of a bar or a diamond: move it */
  KP_GANTT_HIT_START,          /* the start edge: resize */
  KP_GANTT_HIT_END,            /* the end edge: resize */
  KP_GANTT_HIT_PROGRESS,       /* the progress handle */
  KP_GANTT_HIT_LINK_HANDLE,    /* the dot after the bar: drag to a successor */
  KP_GANTT_HIT_LINK,           /* a dependency arrow */
} KpGanttHitKind;

typedef struct
{
  KpGanttHitKind kind;
  int row;                     /* -1 when none */
  int task;                    /* -1 when none */
  int link;                    /* index into data->links, or -1 */
  KpDate date;                 /* the day under the point */
} KpGanttHit;

/* The drawn span of a task: a bar, a summary bar or a milestone's diamond (its bounding
 * square). FALSE when the task is hidden or has no dates. @start/@end override the task's
 * span when not KP_DATE_NONE (a bar being dragged).
 */
gboolean  kp_gantt_geometry_bar        (const KpGanttGeometry *geom,
                                        int                    task,
                                        KpDate                 start,
                                        KpDate                 end,
                                        KpRect                *out);
/* The thin baseline bar under a task. */
gboolean  kp_gantt_geometry_baseline   (const KpGanttGeometry *geom,
                                        int                    task,
                                        KpRect                *out);
/* The x of the progress boundary inside a bar. */
double    kp_gantt_geometry_progress_x (const KpRect          *bar,
                                        double                 progress);
/* The little square after a bar that starts a dependency drag. */
void      kp_gantt_geometry_link_handle (const KpRect         *bar,
                                         KpRect               *out);

/* An orthogonal route from (@from_x, @from_y) to (@to_x, @to_y), the end of one bar to the
 * start of another. It leaves rightwards and arrives rightwards; when the successor starts
 * too soon it turns back along the boundary between rows. Returns the number of points
 * (at most KP_GANTT_ROUTE_MAX); the last is the arrow's tip.
 */
int       kp_gantt_route               (double                 from_x,
                                        double                 from_y,
                                        double                 to_x,
                                        double                 to_y,
                                        double                 row_height,
                                        KpPoint               *out);
/* The route of a dependency; 0 when either end is hidden or undated. */
int       kp_gantt_geometry_link_route (const KpGanttGeometry *geom,
                                        int                    link,
                                        KpPoint               *out);
/* The distance from a point to a polyline. */
double    kp_gantt_route_distance      (const KpPoint         *points,
                                        int                    n_points,
                                        double                 x,
                                        double                 y);

/* What lies under (@x, @y): a handle of a bar in that row first, then a dependency
 * arrow within a few pixels, then the row itself.
 */
KpGanttHit kp_gantt_geometry_hit       (const KpGanttGeometry *geom,
                                        double                 x,
                                        double                 y);

G_END_DECLS
