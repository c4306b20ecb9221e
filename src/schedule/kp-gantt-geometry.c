/* kp-gantt-geometry.c: bars, routes and hit testing of the timeline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "kp-gantt-geometry.h"

/* Fractions of the row height. */
#define BAR_TOP        0.22
#define BAR_HEIGHT     0.52
#define BAR_TOP_BL     0.14
#define BAR_HEIGHT_BL  0.46
#define BASE_TOP       0.68
#define BASE_HEIGHT    0.16
#define SUMMARY_TOP    0.30
#define SUMMARY_HEIGHT 0.26
#define DIAMOND        0.56

gboolean
kp_gantt_geometry_bar (const KpGanttGeometry *geom,
                       int                    task,
                       KpDate                 start,
                       KpDate                 end,
                       KpRect                *out)
{
  const KpGanttTask *t;
  int row = kp_gantt_layout_row_of (geom->layout, task);
  double h = geom->layout->row_height, y;

  if (row < 0)
    return FALSE;
  t = kp_gantt_data_task (geom->data, task);
  if (start == KP_DATE_NONE)
    start = t->span_start;
  if (end == KP_DATE_NONE)
    end = t->span_end;
  if (start == KP_DATE_NONE || end == KP_DATE_NONE)
    return FALSE;
  if (end < start)
    end = start;
  y = kp_gantt_layout_row_y (geom->layout, row);
  if (t->is_milestone && t->n_children == 0)
    {
      double size = h * DIAMOND;
      double cx = kp_timescale_date_to_x (geom->ts, end) + geom->ts->px_per_day / 2;

      *out = (KpRect) { cx - size / 2, y + (h - size) / 2, size, size };
      return TRUE;
    }
  out->x = kp_timescale_date_to_x (geom->ts, start);
  out->width = MAX (kp_timescale_date_to_x (geom->ts, end + 1) - out->x, 2.0);
  if (t->is_phase)
    {
      out->y = y + h * SUMMARY_TOP;
      out->height = h * SUMMARY_HEIGHT;
    }
  else if (geom->show_baseline)
    {
      out->y = y + h * BAR_TOP_BL;
      out->height = h * BAR_HEIGHT_BL;
    }
  else
    {
      out->y = y + h * BAR_TOP;
      out->height = h * BAR_HEIGHT;
    }
  return TRUE;
}

gboolean
kp_gantt_geometry_baseline (const KpGanttGeometry *geom,
                            int                    task,
                            KpRect                *out)
{
  const KpGanttTask *t;
  int row = kp_gantt_layout_row_of (geom->layout, task);
  double h = geom->layout->row_height;

  if (row < 0 || !geom->show_baseline)
    return FALSE;
  t = kp_gantt_data_task (geom->data, task);
  if (t->base_start == KP_DATE_NONE)
    return FALSE;
  out->x = kp_timescale_date_to_x (geom->ts, t->base_start);
  out->width = MAX (kp_timescale_date_to_x (geom->ts, t->base_end + 1) - out->x, 2.0);
  out->y = kp_gantt_layout_row_y (geom->layout, row) + h * BASE_TOP;
  out->height = MAX (h * BASE_HEIGHT, 2.0);
  return TRUE;
}

double
kp_gantt_geometry_progress_x (const KpRect *bar,
                              double        progress)
{
  return bar->x + bar->width * CLAMP (progress, 0, 100) / 100.0;
}

void
kp_gantt_geometry_link_handle (const KpRect *bar,
                               KpRect       *out)
{
  double s = KP_GANTT_HANDLE_SIZE;

  *out = (KpRect) { bar->x + bar->width + 3, bar->y + bar->height / 2 - s / 2, s, s };
}

int
kp_gantt_route (double   from_x,
                double   from_y,
                double   to_x,
                double   to_y,
                double   row_height,
                KpPoint *out)
{
  double g = KP_GANTT_LINK_GAP;
  int n = 0;

  out[n++] = (KpPoint) { from_x, from_y };
  if (to_x - from_x >= 2 * g && to_y != from_y)
    {
      /* Room enough: across, down (or up) and in. */
      out[n++] = (KpPoint) { from_x + g, from_y };
      out[n++] = (KpPoint) { from_x + g, to_y };
    }
  else if (to_x - from_x < 2 * g)
    {
      /* The successor starts before there is room: turn back along the row boundary. */
      double mid = to_y >= from_y ? from_y + row_height / 2 : from_y - row_height / 2;

      out[n++] = (KpPoint) { from_x + g, from_y };
      out[n++] = (KpPoint) { from_x + g, mid };
      out[n++] = (KpPoint) { to_x - g, mid };
      out[n++] = (KpPoint) { to_x - g, to_y };
    }
  out[n++] = (KpPoint) { to_x, to_y };
  return n;
}

int
kp_gantt_geometry_link_route (const KpGanttGeometry *geom,
                              int                    link,
                              KpPoint               *out)
{
  const KpGanttLink *l = &g_array_index (geom->data->links, KpGanttLink, link);
  KpRect a, b;

  if (!kp_gantt_geometry_bar (geom, l->pred, KP_DATE_NONE, KP_DATE_NONE, &a) ||
      !kp_gantt_geometry_bar (geom, l->succ, KP_DATE_NONE, KP_DATE_NONE, &b))
    return 0;
  return kp_gantt_route (a.x + a.width, a.y + a.height / 2, b.x, b.y + b.height / 2,
                         geom->layout->row_height, out);
}

static double
segment_distance (KpPoint a,
                  KpPoint b,
                  double  x,
                  double  y)
{
  double dx = b.x - a.x, dy = b.y - a.y;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((x - a.x) * dx + (y - a.y) * dy) / len2 : 0;
  double px, py;

  t = CLAMP (t, 0, 1);
  px = a.x + t * dx;
  py = a.y + t * dy;
  return hypot (x - px, y - py);
}

double
kp_gantt_route_distance (const KpPoint *points,
                         int            n_points,
                         double         x,
                         double         y)
{
  double best = INFINITY;

  for (int i = 0; i + 1 < n_points; i++)
    best = MIN (best, segment_distance (points[i], points[i + 1], x, y));
  return best;
}

static gboolean
inside (const KpRect *r,
        double        x,
        double        y,
        double        pad)
{
  return x >= r->x - pad && x <= r->x + r->width + pad && y >= r->y - pad && y <= r->y + r->height + pad;
}

KpGanttHit
kp_gantt_geometry_hit (const KpGanttGeometry *geom,
                       double                 x,
                       double                 y)
{
  KpGanttHit hit = { KP_GANTT_HIT_NONE, -1, -1, -1, KP_DATE_NONE };
  int row = kp_gantt_layout_row_at_y (geom->layout, y);
  double best = 4.0;

  hit.date = kp_timescale_x_to_date (geom->ts, x);
  if (row >= 0)
    {
      int task = kp_gantt_layout_task_at (geom->layout, row);
      const KpGanttTask *t = kp_gantt_data_task (geom->data, task);
      KpRect bar, handle;

      hit.kind = KP_GANTT_HIT_ROW;
      hit.row = row;
      hit.task = task;
      if (kp_gantt_geometry_bar (geom, task, KP_DATE_NONE, KP_DATE_NONE, &bar))
        {
          gboolean leaf = !t->is_phase;
          gboolean diamond = t->is_milestone && leaf;
          double px = kp_gantt_geometry_progress_x (&bar, t->progress);

          kp_gantt_geometry_link_handle (&bar, &handle);
          if (inside (&handle, x, y, 1))
            return (hit.kind = KP_GANTT_HIT_LINK_HANDLE, hit);
          if (inside (&bar, x, y, 2))
            {
              if (leaf && !diamond && fabs (x - px) <= KP_GANTT_EDGE_GRAB && y >= bar.y + bar.height / 2)
                hit.kind = KP_GANTT_HIT_PROGRESS;
              else if (!diamond && fabs (x - bar.x) <= KP_GANTT_EDGE_GRAB && bar.width > 3 * KP_GANTT_EDGE_GRAB)
                hit.kind = KP_GANTT_HIT_START;
              else if (!diamond && fabs (x - (bar.x + bar.width)) <= KP_GANTT_EDGE_GRAB)
                hit.kind = KP_GANTT_HIT_END;
              else
                hit.kind = KP_GANTT_HIT_BAR;
              return hit;
            }
        }
    }
  /* Arrows near the point: only those whose rows reach the point's height. */
  for (guint i = 0; i < geom->data->links->len; i++)
    {
      const KpGanttLink *l = &g_array_index (geom->data->links, KpGanttLink, i);
      int ra = kp_gantt_layout_row_of (geom->layout, l->pred);
      int rb = kp_gantt_layout_row_of (geom->layout, l->succ);
      KpPoint pts[KP_GANTT_ROUTE_MAX];
      double top, bottom, d;
      int n;

      if (ra < 0 || rb < 0)
        continue;
      top = kp_gantt_layout_row_y (geom->layout, MIN (ra, rb)) - geom->layout->row_height;
      bottom = kp_gantt_layout_row_y (geom->layout, MAX (ra, rb) + 1) + geom->layout->row_height;
      if (y < top || y > bottom)
        continue;
      n = kp_gantt_geometry_link_route (geom, (int) i, pts);
      d = kp_gantt_route_distance (pts, n, x, y);
      if (d <= best)
        {
          best = d;
          hit.kind = KP_GANTT_HIT_LINK;
          hit.link = (int) i;
        }
    }
  return hit;
}
