/* kp-gantt-scene.h: the timeline as a list of simple shapes (rectangles, diamonds, arrow
 * heads, frames and text) with a colour role each, for one band and one viewport.
 *
 * The chart widget turns the list into GtkSnapshot nodes, the exports into cairo calls, so
 * the screen, PNG, SVG, PDF and print show the same geometry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kp-gantt-geometry.h"

G_BEGIN_DECLS

typedef enum
{
  KP_PRIM_RECT,
  KP_PRIM_DIAMOND,             /* fills the rectangle's inscribed diamond */
  KP_PRIM_ARROW,               /* a head pointing right, its tip at the right middle */
  KP_PRIM_FRAME,               /* a 2-unit outline just inside the rectangle */
  KP_PRIM_TEXT,                /* one line in the rectangle, centred vertically */
} KpPrimKind;

typedef enum
{
  KP_ROLE_BACKGROUND,
  KP_ROLE_HEADER_BG,
  KP_ROLE_HEADER_TEXT,
  KP_ROLE_HEADER_LINE,
  KP_ROLE_GRID,
  KP_ROLE_ROW_LINE,
  KP_ROLE_WEEKEND,
  KP_ROLE_HOLIDAY,
  KP_ROLE_ROW_SELECTED,
  KP_ROLE_BAR,
  KP_ROLE_BAR_DONE,
  KP_ROLE_BAR_CRITICAL,
  KP_ROLE_BAR_CRITICAL_DONE,
  KP_ROLE_SUMMARY,
  KP_ROLE_MILESTONE,
  KP_ROLE_MILESTONE_CRITICAL,
  KP_ROLE_BASELINE,
  KP_ROLE_LINK,
  KP_ROLE_LINK_CRITICAL,
  KP_ROLE_LINK_SELECTED,
  KP_ROLE_TODAY,
  KP_ROLE_MEETING,
  KP_ROLE_MEETING_STEERING,
  KP_ROLE_MEETING_CANCELLED,
  KP_ROLE_TRAINING,
  KP_ROLE_TRAINING_TEXT,
  KP_ROLE_LANE_BG,
  KP_ROLE_TEXT,
  KP_ROLE_TEXT_PHASE,
  KP_ROLE_TEXT_DIM,
  KP_ROLE_FOCUS,
  KP_ROLE_HANDLE,
  KP_N_ROLES
} KpRole;

typedef enum
{
  KP_ALIGN_START,
  KP_ALIGN_CENTER,
  KP_ALIGN_END,
} KpAlign;

typedef struct
{
  guint8 kind;                 /* KpPrimKind */
  guint8 role;                 /* KpRole */
  guint8 align;                /* KpAlign, for text */
  int task;                    /* the task it belongs to, or -1 */
  float x, y, w, h;            /* in the band's coordinates; text with w <= 0 is not cut */
  const char *text;
} KpPrim;

typedef struct
{
  GArray *prims;               /* KpPrim */
  GStringChunk *strings;       /* texts made for this scene */
} KpGanttScene;

typedef struct
{
  KpDate today;                /* KP_DATE_NONE: no today line */
  gboolean critical;           /* highlight the critical path */
  int selected_task;           /* -1 for none */
  int selected_link;           /* -1 for none */
  gboolean show_handles;       /* resize, progress and link handles on the selected bar */
  int drag_task;               /* a bar being dragged, drawn at drag_start … drag_end */
  KpDate drag_start, drag_end;
  double drag_progress;        /* < 0 unless the progress is being dragged */
  int link_from;               /* a dependency being drawn from this task to link_x/y */
  double link_x, link_y;
} KpGanttSceneOptions;

/* Heights of the header's rows: upper ticks, lower ticks, meetings. */
#define KP_GANTT_HEADER_UPPER    20.0
#define KP_GANTT_HEADER_LOWER    20.0
#define KP_GANTT_HEADER_MEETINGS 14.0
#define KP_GANTT_HEADER_HEIGHT   (KP_GANTT_HEADER_UPPER + KP_GANTT_HEADER_LOWER + KP_GANTT_HEADER_MEETINGS)
#define KP_GANTT_LANE_HEIGHT     18.0
/* Shade single days only while a day is at least this wide. */
#define KP_GANTT_MIN_SHADE_PX    2.5

KpGanttScene *kp_gantt_scene_new       (void);
void          kp_gantt_scene_free      (KpGanttScene *scene);
void          kp_gantt_scene_clear     (KpGanttScene *scene);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpGanttScene, kp_gantt_scene_free)

void          kp_gantt_scene_options_init (KpGanttSceneOptions *opts);

/* Where a redraw of the band changes it: every prim of @before without a twin in @after
 * and every prim of @after without one in @before (twins look the same: kind, role, place,
 * size and text), boxed in @n_bands bands of rows, band i from y = @top + i × @step (the
 * first and last take what lies above and below them). @boxes gets four floats a band,
 * x1, y1, x2, y2, empty where x2 < x1; texts not cut at their box reach @text_right.
 * Returns how many bands changed: 0 when the two look the same.
 */
guint         kp_gantt_scene_diff_bands  (const KpGanttScene *before,
                                          const KpGanttScene *after,
                                          float               text_right,
                                          float               top,
                                          float               step,
                                          guint               n_bands,
                                          float              *boxes);

/* The time header for x in [@x, @x + @width): the two tick rows of the zoom level and the
 * meeting markers. y runs from 0 to KP_GANTT_HEADER_HEIGHT.
 */
void          kp_gantt_scene_header    (KpGanttScene              *scene,
                                        const KpGanttData         *data,
                                        const KpTimescale         *ts,
                                        const KpGanttSceneOptions *opts,
                                        double                     x,
                                        double                     width);
/* The rows that meet the viewport [@x, @x + @width) × [@y, @y + @height) in content
 * coordinates: shading, grid, baselines, bars, milestones, labels, arrows and today.
 */
void          kp_gantt_scene_rows      (KpGanttScene              *scene,
                                        const KpGanttGeometry     *geom,
                                        const KpGanttSceneOptions *opts,
                                        double                     x,
                                        double                     y,
                                        double                     width,
                                        double                     height);
/* The training lane: data->n_training_lanes rows of KP_GANTT_LANE_HEIGHT from y = 0. */
void          kp_gantt_scene_training  (KpGanttScene              *scene,
                                        const KpGanttData         *data,
                                        const KpTimescale         *ts,
                                        const KpGanttSceneOptions *opts,
                                        double                     x,
                                        double                     width);

/* The outline for printed pages: WBS, name, start, end, working days and progress of the
 * rows that meet [@y, @y + @height), in a band @width wide; its column titles sit in a
 * header of KP_GANTT_HEADER_HEIGHT at y < 0 … 0 when @with_titles.
 */
void          kp_gantt_scene_outline   (KpGanttScene              *scene,
                                        const KpGanttData         *data,
                                        const KpGanttLayout       *layout,
                                        double                     y,
                                        double                     height,
                                        double                     width,
                                        gboolean                   with_titles);
/* The width kp_gantt_scene_outline() needs for its columns at @font_px. */
double        kp_gantt_scene_outline_width (void);

G_END_DECLS
