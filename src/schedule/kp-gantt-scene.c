/* kp-gantt-scene.c: the timeline as shapes with colour roles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "kp-calendar.h"
#include "kp-gantt-scene.h"

#define LABEL_GAP    6.0
#define LABEL_REACH  400.0   /* how far a label may stick out to the right of its bar */
#define CAP          4.0     /* the summary bar's end caps */

KpGanttScene *
kp_gantt_scene_new (void)
{
  KpGanttScene *scene = g_new0 (KpGanttScene, 1);

  scene->prims = g_array_sized_new (FALSE, FALSE, sizeof (KpPrim), 512);
  scene->strings = g_string_chunk_new (1024);
  return scene;
}

void
kp_gantt_scene_free (KpGanttScene *scene)
{
  if (scene == NULL)
    return;
  g_array_unref (scene->prims);
  g_string_chunk_free (scene->strings);
  g_free (scene);
}

void
kp_gantt_scene_clear (KpGanttScene *scene)
{
  g_array_set_size (scene->prims, 0);
  g_string_chunk_clear (scene->strings);
}

void
kp_gantt_scene_options_init (KpGanttSceneOptions *opts)
{
  *opts = (KpGanttSceneOptions) { 0 };
  opts->today = KP_DATE_NONE;
  opts->selected_task = -1;
  opts->selected_link = -1;
  opts->drag_task = -1;
  opts->drag_progress = -1;
  opts->link_from = -1;
}

static void
prim (KpGanttScene *scene,
      KpPrimKind    kind,
      KpRole        role,
      int           task,
      double        x,
      double        y,
      double        w,
      double        h)
{
  KpPrim p = { kind, role, KP_ALIGN_START, task, (float) x, (float) y, (float) w, (float) h, NULL };

  g_array_append_val (scene->prims, p);
}

static void
text (KpGanttScene *scene,
      KpRole        role,
      KpAlign       align,
      int           task,
      double        x,
      double        y,
      double        w,
      double        h,
      const char   *str)
{
  KpPrim p = { KP_PRIM_TEXT, role, align, task, (float) x, (float) y, (float) w, (float) h, str };

  if (str != NULL && *str != '\0')
    g_array_append_val (scene->prims, p);
}

static const char *
keep (KpGanttScene *scene,
      const char   *str)
{
  return g_string_chunk_insert (scene->strings, str);
}

/* ---- header -------------------------------------------------------------------------- */

static void
tick_row (KpGanttScene      *scene,
          const KpTimescale *ts,
          KpTickUnit         unit,
          double             x,
          double             width,
          double             top,
          double             height)
{
  g_autoptr(GArray) ticks = g_array_new (FALSE, FALSE, sizeof (KpTick));
  KpDate from = kp_timescale_x_to_date (ts, x), to = kp_timescale_x_to_date (ts, x + width);

  kp_timescale_ticks (ts, unit, from, to, ticks);
  for (guint i = 0; i < ticks->len; i++)
    {
      const KpTick *t = &g_array_index (ticks, KpTick, i);
      /* A label that starts off-screen slides in, so that every visible period is named. */
      double lx = MAX (t->x, x);
      double lw = t->x + t->width - lx;

      prim (scene, KP_PRIM_RECT, KP_ROLE_HEADER_LINE, -1, t->x, top, 1, height);
      if (lw > 8)
        text (scene, KP_ROLE_HEADER_TEXT, KP_ALIGN_START, -1, lx + 4, top, lw - 6, height, keep (scene, t->label));
    }
  prim (scene, KP_PRIM_RECT, KP_ROLE_HEADER_LINE, -1, x, top + height - 1, width, 1);
}

void
kp_gantt_scene_header (KpGanttScene              *scene,
                       const KpGanttData         *data,
                       const KpTimescale         *ts,
                       const KpGanttSceneOptions *opts,
                       double                     x,
                       double                     width)
{
  KpTickUnit upper, lower;
  double mtop = KP_GANTT_HEADER_UPPER + KP_GANTT_HEADER_LOWER;
  KpDate from = kp_timescale_x_to_date (ts, x), to = kp_timescale_x_to_date (ts, x + width);

  kp_timescale_header_units (ts->zoom, &upper, &lower);
  prim (scene, KP_PRIM_RECT, KP_ROLE_HEADER_BG, -1, x, 0, width, KP_GANTT_HEADER_HEIGHT);
  tick_row (scene, ts, upper, x, width, 0, KP_GANTT_HEADER_UPPER);
  tick_row (scene, ts, lower, x, width, KP_GANTT_HEADER_UPPER, KP_GANTT_HEADER_LOWER);

  /* Meetings: a small diamond each, the steering group's in its own colour. */
  for (guint i = 0; i < data->meetings->len; i++)
    {
      const KpGanttMeeting *m = &g_array_index (data->meetings, KpGanttMeeting, i);
      double s = KP_GANTT_HEADER_MEETINGS - 4, cx;
      KpRole role;

      if (m->date < from - 1 || m->date > to + 1)
        continue;
      cx = kp_timescale_date_to_x (ts, m->date) + ts->px_per_day / 2;
      role = m->cancelled ? KP_ROLE_MEETING_CANCELLED
             : g_str_equal (m->forum, "steering_group") ? KP_ROLE_MEETING_STEERING : KP_ROLE_MEETING;
      prim (scene, KP_PRIM_DIAMOND, role, -1, cx - s / 2, mtop + 2, s, s);
    }
  prim (scene, KP_PRIM_RECT, KP_ROLE_HEADER_LINE, -1, x, KP_GANTT_HEADER_HEIGHT - 1, width, 1);
  if (opts->today != KP_DATE_NONE && opts->today >= from && opts->today <= to)
    prim (scene, KP_PRIM_RECT, KP_ROLE_TODAY, -1,
          kp_timescale_date_to_x (ts, opts->today) + ts->px_per_day / 2 - 1, mtop, 2, KP_GANTT_HEADER_MEETINGS);
}

/* ---- rows ---------------------------------------------------------------------------- */

static void
shade_days (KpGanttScene      *scene,
            const KpTimescale *ts,
            double             x,
            double             width,
            double             y,
            double             height)
{
  KpDate from = kp_timescale_x_to_date (ts, x), to = kp_timescale_x_to_date (ts, x + width);

  if (ts->px_per_day < KP_GANTT_MIN_SHADE_PX)
    return;
  for (KpDate d = from; d <= to; d++)
    {
      KpDate run = d;
      gboolean holiday = kp_holiday_for_date (d) != KP_HOLIDAY_NONE;

      if (!holiday && !kp_date_is_weekend (d))
        continue;
      /* A weekend is one rectangle; a holiday is its own, in a warmer colour. */
      while (!holiday && run + 1 <= to && kp_date_is_weekend (run + 1) &&
             kp_holiday_for_date (run + 1) == KP_HOLIDAY_NONE)
        run++;
      prim (scene, KP_PRIM_RECT, holiday ? KP_ROLE_HOLIDAY : KP_ROLE_WEEKEND, -1,
            kp_timescale_date_to_x (ts, d), y, (run - d + 1) * ts->px_per_day, height);
      d = run;
    }
}

static void
grid (KpGanttScene      *scene,
      const KpTimescale *ts,
      double             x,
      double             width,
      double             y,
      double             height)
{
  g_autoptr(GArray) ticks = g_array_new (FALSE, FALSE, sizeof (KpTick));
  KpTickUnit upper, lower;

  kp_timescale_header_units (ts->zoom, &upper, &lower);
  kp_timescale_ticks (ts, lower, kp_timescale_x_to_date (ts, x), kp_timescale_x_to_date (ts, x + width), ticks);
  for (guint i = 0; i < ticks->len; i++)
    prim (scene, KP_PRIM_RECT, KP_ROLE_GRID, -1, g_array_index (ticks, KpTick, i).x, y, 1, height);
}

static void
draw_task (KpGanttScene              *scene,
           const KpGanttGeometry     *geom,
           const KpGanttSceneOptions *opts,
           int                        task,
           double                     x,
           double                     width)
{
  const KpGanttTask *t = kp_gantt_data_task (geom->data, task);
  int row = kp_gantt_layout_row_of (geom->layout, task);
  double row_y = kp_gantt_layout_row_y (geom->layout, row), h = geom->layout->row_height;
  gboolean dragged = task == opts->drag_task;
  gboolean critical = opts->critical && t->critical;
  gboolean selected = task == opts->selected_task;
  double progress = dragged && opts->drag_progress >= 0 ? opts->drag_progress : t->progress;
  KpRect bar, base;
  double label_x;

  if (kp_gantt_geometry_baseline (geom, task, &base) && base.x < x + width && base.x + base.width > x)
    prim (scene, KP_PRIM_RECT, KP_ROLE_BASELINE, task, base.x, base.y, base.width, base.height);
  if (!kp_gantt_geometry_bar (geom, task, dragged ? opts->drag_start : KP_DATE_NONE,
                              dragged ? opts->drag_end : KP_DATE_NONE, &bar))
    return;
  label_x = bar.x + bar.width + LABEL_GAP + (selected && opts->show_handles ? KP_GANTT_HANDLE_SIZE + 4 : 0);
  if (bar.x > x + width || label_x + LABEL_REACH < x)
    return;

  if (t->is_milestone && !t->is_phase)
    prim (scene, KP_PRIM_DIAMOND, critical ? KP_ROLE_MILESTONE_CRITICAL : KP_ROLE_MILESTONE, task,
          bar.x, bar.y, bar.width, bar.height);
  else if (t->is_phase)
    {
      prim (scene, KP_PRIM_RECT, critical ? KP_ROLE_BAR_CRITICAL : KP_ROLE_SUMMARY, task, bar.x, bar.y, bar.width, bar.height);
      prim (scene, KP_PRIM_RECT, KP_ROLE_SUMMARY, task, bar.x, bar.y, MIN (CAP, bar.width), bar.height + CAP);
      prim (scene, KP_PRIM_RECT, KP_ROLE_SUMMARY, task, bar.x + bar.width - MIN (CAP, bar.width), bar.y,
            MIN (CAP, bar.width), bar.height + CAP);
    }
  else
    {
      double px = kp_gantt_geometry_progress_x (&bar, progress);

      prim (scene, KP_PRIM_RECT, critical ? KP_ROLE_BAR_CRITICAL : KP_ROLE_BAR, task, bar.x, bar.y, bar.width, bar.height);
      if (px > bar.x)
        prim (scene, KP_PRIM_RECT, critical ? KP_ROLE_BAR_CRITICAL_DONE : KP_ROLE_BAR_DONE, task,
              bar.x, bar.y, px - bar.x, bar.height);
    }
  if (selected)
    {
      prim (scene, KP_PRIM_FRAME, KP_ROLE_FOCUS, task, bar.x - 3, bar.y - 3, bar.width + 6, bar.height + 6);
      if (opts->show_handles)
        {
          KpRect handle;

          kp_gantt_geometry_link_handle (&bar, &handle);
          prim (scene, KP_PRIM_DIAMOND, KP_ROLE_HANDLE, task, handle.x, handle.y, handle.width, handle.height);
          if (!t->is_phase && !t->is_milestone)
            prim (scene, KP_PRIM_RECT, KP_ROLE_HANDLE, task,
                  kp_gantt_geometry_progress_x (&bar, progress) - 2, bar.y + bar.height - 4, 4, 6);
        }
    }
  text (scene, t->is_phase ? KP_ROLE_TEXT_PHASE : KP_ROLE_TEXT, KP_ALIGN_START, task,
        label_x, row_y, 0, h, t->name);
}

static void
draw_link (KpGanttScene              *scene,
           const KpGanttGeometry     *geom,
           const KpGanttSceneOptions *opts,
           int                        link)
{
  const KpGanttLink *l = &g_array_index (geom->data->links, KpGanttLink, link);
  KpPoint pts[KP_GANTT_ROUTE_MAX];
  int n = kp_gantt_geometry_link_route (geom, link, pts);
  gboolean selected = link == opts->selected_link;
  KpRole role = selected ? KP_ROLE_LINK_SELECTED
                : opts->critical && kp_gantt_data_task (geom->data, l->pred)->critical &&
                  kp_gantt_data_task (geom->data, l->succ)->critical ? KP_ROLE_LINK_CRITICAL : KP_ROLE_LINK;
  double w = selected ? 2 : 1, head = 5;

  for (int i = 0; i + 1 < n; i++)
    {
      KpPoint a = pts[i], b = pts[i + 1];
      /* The last segment stops where the arrow head begins. */
      double bx = i + 2 == n ? b.x - head : b.x;

      if (a.y == b.y)
        prim (scene, KP_PRIM_RECT, role, -1, MIN (a.x, bx), a.y - w / 2, fabs (bx - a.x) + w / 2, w);
      else
        prim (scene, KP_PRIM_RECT, role, -1, a.x - w / 2, MIN (a.y, b.y) - w / 2, w, fabs (b.y - a.y) + w);
    }
  if (n > 0)
    prim (scene, KP_PRIM_ARROW, role, -1, pts[n - 1].x - head - 1, pts[n - 1].y - head, head + 1, 2 * head);
}

void
kp_gantt_scene_rows (KpGanttScene              *scene,
                     const KpGanttGeometry     *geom,
                     const KpGanttSceneOptions *opts,
                     double                     x,
                     double                     y,
                     double                     width,
                     double                     height)
{
  const KpGanttLayout *layout = geom->layout;
  double h = layout->row_height, bottom = MAX (kp_gantt_layout_height (layout), y + height);
  int first, last, sel_row = kp_gantt_layout_row_of (layout, opts->selected_task);
  gboolean any = kp_gantt_layout_rows_in (layout, y, height, &first, &last);

  prim (scene, KP_PRIM_RECT, KP_ROLE_BACKGROUND, -1, x, y, width, height);
  shade_days (scene, geom->ts, x, width, y, height);
  grid (scene, geom->ts, x, width, y, MIN (height, bottom - y));
  if (sel_row >= 0 && (!any || (sel_row >= first && sel_row <= last)))
    prim (scene, KP_PRIM_RECT, KP_ROLE_ROW_SELECTED, -1, x, kp_gantt_layout_row_y (layout, sel_row), width, h);
  for (int r = any ? first : 0; any && r <= last; r++)
    prim (scene, KP_PRIM_RECT, KP_ROLE_ROW_LINE, -1, x, kp_gantt_layout_row_y (layout, r) + h - 1, width, 1);

  /* Arrows under the bars, so that a bar is never hidden by a line. */
  for (guint i = 0; any && i < geom->data->links->len; i++)
    {
      const KpGanttLink *l = &g_array_index (geom->data->links, KpGanttLink, i);
      int ra = kp_gantt_layout_row_of (layout, l->pred), rb = kp_gantt_layout_row_of (layout, l->succ);

      if (ra >= 0 && rb >= 0 && MIN (ra, rb) <= last + 1 && MAX (ra, rb) >= first - 1)
        draw_link (scene, geom, opts, (int) i);
    }
  for (int r = any ? first : 0; any && r <= last; r++)
    draw_task (scene, geom, opts, kp_gantt_layout_task_at (layout, r), x, width);

  if (opts->link_from >= 0)
    {
      KpRect bar;

      if (kp_gantt_geometry_bar (geom, opts->link_from, KP_DATE_NONE, KP_DATE_NONE, &bar))
        {
          KpPoint pts[KP_GANTT_ROUTE_MAX];
          int n = kp_gantt_route (bar.x + bar.width, bar.y + bar.height / 2, opts->link_x, opts->link_y, h, pts);

          for (int i = 0; i + 1 < n; i++)
            prim (scene, KP_PRIM_RECT, KP_ROLE_LINK_SELECTED, -1, MIN (pts[i].x, pts[i + 1].x) - 1,
                  MIN (pts[i].y, pts[i + 1].y) - 1, fabs (pts[i + 1].x - pts[i].x) + 2, fabs (pts[i + 1].y - pts[i].y) + 2);
        }
    }
  if (opts->today != KP_DATE_NONE)
    {
      double tx = kp_timescale_date_to_x (geom->ts, opts->today) + geom->ts->px_per_day / 2 - 1;

      if (tx >= x - 2 && tx <= x + width)
        prim (scene, KP_PRIM_RECT, KP_ROLE_TODAY, -1, tx, y, 2, height);
    }
}

/* ---- training lane ------------------------------------------------------------------- */

void
kp_gantt_scene_training (KpGanttScene              *scene,
                         const KpGanttData         *data,
                         const KpTimescale         *ts,
                         const KpGanttSceneOptions *opts,
                         double                     x,
                         double                     width)
{
  double lane = KP_GANTT_LANE_HEIGHT;

  prim (scene, KP_PRIM_RECT, KP_ROLE_LANE_BG, -1, x, 0, width, MAX (data->n_training_lanes, 1) * lane);
  prim (scene, KP_PRIM_RECT, KP_ROLE_HEADER_LINE, -1, x, 0, width, 1);
  for (guint i = 0; i < data->trainings->len; i++)
    {
      const KpGanttTraining *t = &g_array_index (data->trainings, KpGanttTraining, i);
      double x0 = kp_timescale_date_to_x (ts, t->start);
      double x1 = MAX (kp_timescale_date_to_x (ts, t->end + 1), x0 + 2);
      double top = t->lane * lane + 3;

      if (x1 < x || x0 > x + width)
        continue;
      prim (scene, KP_PRIM_RECT, KP_ROLE_TRAINING, -1, x0, top, x1 - x0, lane - 5);
      /* The name inside the bar while it fits, cut to the bar's visible part. */
      if (MIN (x1, x + width) - MAX (x0, x) > 24)
        text (scene, KP_ROLE_TRAINING_TEXT, KP_ALIGN_START, -1, MAX (x0, x) + 3, top,
              MIN (x1, x + width) - MAX (x0, x) - 6, lane - 5, t->name);
    }
  if (opts->today != KP_DATE_NONE)
    {
      double tx = kp_timescale_date_to_x (ts, opts->today) + ts->px_per_day / 2 - 1;

      if (tx >= x - 2 && tx <= x + width)
        prim (scene, KP_PRIM_RECT, KP_ROLE_TODAY, -1, tx, 0, 2, MAX (data->n_training_lanes, 1) * lane);
    }
}

/* ---- outline for pages --------------------------------------------------------------- */

typedef struct
{
  const char *title;   /* N_() */
  double width;
  KpAlign align;
} Column;

static const Column columns[] = {
  { N_("WBS"), 40, KP_ALIGN_START },
  { N_("Name"), 190, KP_ALIGN_START },
  { N_("Start"), 74, KP_ALIGN_START },
  { N_("End"), 74, KP_ALIGN_START },
  /* Translators: a column title: the duration in working days */
  { N_("Days"), 40, KP_ALIGN_END },
  { N_("Done"), 46, KP_ALIGN_END },
};

double
kp_gantt_scene_outline_width (void)
{
  double w = 0;

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    w += columns[c].width;
  return w;
}

void
kp_gantt_scene_outline (KpGanttScene        *scene,
                        const KpGanttData   *data,
                        const KpGanttLayout *layout,
                        double               y,
                        double               height,
                        double               width,
                        gboolean             with_titles)
{
  double h = layout->row_height;
  int first, last;

  if (with_titles)
    {
      double cx = 0;

      prim (scene, KP_PRIM_RECT, KP_ROLE_HEADER_BG, -1, 0, -KP_GANTT_HEADER_HEIGHT, width, KP_GANTT_HEADER_HEIGHT);
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          text (scene, KP_ROLE_HEADER_TEXT, columns[c].align, -1, cx + 4, -KP_GANTT_HEADER_HEIGHT / 2 - 10,
                columns[c].width - 8, 20, _(columns[c].title));
          cx += columns[c].width;
        }
      prim (scene, KP_PRIM_RECT, KP_ROLE_HEADER_LINE, -1, 0, -1, width, 1);
    }
  prim (scene, KP_PRIM_RECT, KP_ROLE_BACKGROUND, -1, 0, y, width, height);
  if (!kp_gantt_layout_rows_in (layout, y, height, &first, &last))
    return;
  for (int r = first; r <= last; r++)
    {
      int task = kp_gantt_layout_task_at (layout, r);
      const KpGanttTask *t = kp_gantt_data_task (data, task);
      double ry = kp_gantt_layout_row_y (layout, r), cx = 0, indent = MIN (t->depth, 8) * 10.0;
      char start[KP_DATE_ISO_SIZE], end[KP_DATE_ISO_SIZE];
      const char *cells[G_N_ELEMENTS (columns)];

      kp_date_format_iso (t->span_start, start);
      kp_date_format_iso (t->span_end, end);
      cells[0] = t->wbs;
      cells[1] = t->name;
      cells[2] = keep (scene, start);
      cells[3] = keep (scene, end);
      {
        g_autofree char *days = t->span_start != KP_DATE_NONE ? g_strdup_printf ("%d", kp_gantt_task_working_days (t)) : g_strdup ("");
        g_autofree char *done = g_strdup_printf ("%.0f %%", t->progress);

        cells[4] = keep (scene, days);
        cells[5] = t->is_milestone ? "" : keep (scene, done);
      }
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          double pad = c == 1 ? indent : 0;

          text (scene, c == 1 && t->is_phase ? KP_ROLE_TEXT_PHASE : KP_ROLE_TEXT, columns[c].align, task,
                cx + 4 + pad, ry, columns[c].width - 8 - pad, h, cells[c]);
          cx += columns[c].width;
        }
      prim (scene, KP_PRIM_RECT, KP_ROLE_ROW_LINE, -1, 0, ry + h - 1, width, 1);
    }
  prim (scene, KP_PRIM_RECT, KP_ROLE_HEADER_LINE, -1, width - 1, y, 1, height);
}
