/* bench-timeline.c: how fast the Timeline page is with 10,000 activities.
 *
 * Builds a project of 10,000 activities in 200 phases with chains of dependencies, opens
 * the Timeline page at 1600×1000 (run it under Xvfb with GSK_RENDERER=cairo) and prints the
 * median and 99th percentile of:
 *   - the time to the first frame (target under 500 ms on the 2-core machine);
 *   - the frame time while scrolling through every row at week zoom: the whole frame
 *     (layout, snapshot, render), its snapshot plus render (target p99 under 5 ms) and
 *     the chart's own snapshot plus render;
 *   - the time to change the zoom level, frame included (target under 30 ms);
 *   - the time from a bar drag to the redrawn frame, database commit included (target
 *     under 10 ms).
 * Then the same for a generated GNOME Planner file of 5,000 tasks, imported first.
 *
 * Usage: xvfb-run -a -s "-screen 0 1700x1100x24" env GSK_RENDERER=cairo bench-timeline
 * KP_BENCH_PARTS=scroll,drag (any of first, scroll, zoom, drag, planner) runs only those.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "kp-date.h"
#include "kp-document.h"
#include "kp-gantt-chart.h"
#include "kp-import.h"
#include "kp-timeline-view-private.h"

#define N_PHASES   200
#define PER_PHASE  49     /* activities per phase: 200 × (1 + 49) = 10,000 tasks */

/* A frame's phases, timed by the frame clock's signals: "update" comes before GTK lays the
 * window out; our "layout" handler, connected after GTK's (which is connected when the window
 * is realized), runs once the layout is done, just before the snapshot and the render. */
typedef struct
{
  gint64 start;           /* µs, when the frame began (the update phase) */
  gint64 start_cpu;       /* µs of the main thread's CPU time then */
  gint64 laid_out_cpu;    /* µs of CPU time when the layout was done */
  gint64 painted;         /* µs, when the frame had been painted */
  gint64 painted_cpu;
  double last_frame_ms;   /* layout, snapshot and render of the last frame */
  double last_frame_cpu_ms;
  double last_paint_cpu_ms; /* its snapshot and render */
  guint frames;
} Clock;

static Clock clock_state;

static gboolean
wanted (const char *part)
{
  const char *parts = g_getenv ("KP_BENCH_PARTS");
  g_auto(GStrv) list = NULL;

  if (parts == NULL || *parts == '\0')
    return TRUE;
  list = g_strsplit (parts, ",", -1);
  return g_strv_contains ((const char *const *) list, part);
}

/* The main thread's CPU time: on a busy machine it says what the code costs, where the
 * wall clock also counts the time other processes had the CPU. */
static gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_GINT64_CONSTANT (1000000) + ts.tv_nsec / 1000;
}

static void
update_cb (GdkFrameClock *clock)
{
  clock_state.start = g_get_monotonic_time ();
  clock_state.start_cpu = cpu_now ();
}

static void
layout_cb (GdkFrameClock *clock)
{
  clock_state.laid_out_cpu = cpu_now ();
}

static void
after_paint_cb (GdkFrameClock *clock)
{
  clock_state.painted = g_get_monotonic_time ();
  clock_state.painted_cpu = cpu_now ();
  if (clock_state.start > 0)
    {
      clock_state.last_frame_ms = (clock_state.painted - clock_state.start) / 1000.0;
      clock_state.last_frame_cpu_ms = (clock_state.painted_cpu - clock_state.start_cpu) / 1000.0;
      clock_state.last_paint_cpu_ms = (clock_state.painted_cpu - clock_state.laid_out_cpu) / 1000.0;
    }
  clock_state.frames++;
}

/* Runs the main loop until a frame has been painted. */
static void
wait_frame (GtkWidget *widget)
{
  guint seen = clock_state.frames;

  gtk_widget_queue_draw (widget);
  /* The frame clock emits its update and layout signals only in frames that ask for them:
   * ask, so that every frame is timed from its start. */
  gdk_frame_clock_request_phase (gtk_widget_get_frame_clock (widget),
                                 GDK_FRAME_CLOCK_PHASE_UPDATE | GDK_FRAME_CLOCK_PHASE_LAYOUT);
  while (clock_state.frames == seen)
    g_main_context_iteration (NULL, TRUE);
}

static int
cmp_double (gconstpointer a,
            gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        GArray     *ms,
        double      target)
{
  double median, p99;

  if (ms->len == 0)
    return;
  g_array_sort (ms, cmp_double);
  median = g_array_index (ms, double, ms->len / 2);
  p99 = g_array_index (ms, double, MIN (ms->len - 1, (guint) (ms->len * 0.99)));
  g_print ("  %-44s median %7.2f ms   p99 %7.2f ms   (%u samples)", what, median, p99, ms->len);
  if (target > 0)
    g_print ("   target %.0f ms: %s", target, p99 <= target ? "met" : "NOT met");
  g_print ("\n");
}

static char *
project_sql (void)
{
  GString *sql = g_string_new ("INSERT INTO task (id, parent_id, position, kind, name, start_date, end_date, progress, responsible, status, is_milestone) VALUES\n");
  KpDate base = kp_date_from_ymd (2024, 1, 8);
  int id = 0, dep = 0;
  char a[KP_DATE_ISO_SIZE], b[KP_DATE_ISO_SIZE];

  for (int p = 0; p < N_PHASES; p++)
    {
      int phase = ++id;
      KpDate start = base + (p % 40) * 14;

      g_string_append_printf (sql, "%s(%d, NULL, %d, 'phase', 'Fas %d', NULL, NULL, 0, '', 'not_started', 0)",
                              p > 0 ? ",\n" : "", phase, p, p + 1);
      for (int i = 0; i < PER_PHASE; i++)
        {
          KpDate s = start + i * 7, e = s + 4;

          g_string_append_printf (sql, ",\n(%d, %d, %d, 'activity', 'Aktivitet %d.%d', '%s', '%s', %d, 'Person %d', 'in_progress', %d)",
                                  ++id, phase, i, p + 1, i + 1, kp_date_format_iso (s, a), kp_date_format_iso (e, b),
                                  (i * 7) % 101, i % 9, i % 10 == 9);
        }
    }
  g_string_append (sql, ";\nINSERT INTO dependency (id, predecessor_id, successor_id) VALUES\n");
  for (int p = 0; p < N_PHASES; p++)
    for (int i = 1; i < PER_PHASE; i++)
      {
        int first = p * (PER_PHASE + 1) + 2;

        g_string_append_printf (sql, "%s(%d, %d, %d)", dep > 0 ? ",\n" : "", dep + 1, first + i - 1, first + i);
        dep++;
      }
  g_string_append (sql, ";\n");
  return g_string_free (sql, FALSE);
}

static GString *
planner_text (int n)
{
  GString *s = g_string_new ("<?xml version=\"1.0\"?>\n<project name=\"Planner 5000\">\n<tasks>\n");

  for (int p = 0; p < n / 50; p++)
    {
      g_string_append_printf (s, "<task id=\"p%d\" name=\"Fas %d\" start=\"20240108T000000Z\" end=\"20251231T170000Z\" percent-complete=\"0\" type=\"normal\">\n", p, p + 1);
      for (int i = 0; i < 49; i++)
        {
          g_string_append_printf (s, "  <task id=\"t%d_%d\" name=\"Aktivitet %d.%d\" start=\"2024%02d%02dT080000Z\" end=\"2024%02d%02dT170000Z\" percent-complete=\"%d\" type=\"%s\">\n",
                                  p, i, p + 1, i + 1, 1 + i % 12, 1 + i % 20, 1 + i % 12, 5 + i % 20, i % 101, i % 10 == 9 ? "milestone" : "normal");
          if (i > 0)
            g_string_append_printf (s, "    <predecessors><predecessor id=\"1\" predecessor-id=\"t%d_%d\" type=\"FS\"/></predecessors>\n", p, i - 1);
          g_string_append (s, "  </task>\n");
        }
      g_string_append (s, "</task>\n");
    }
  g_string_append (s, "</tasks>\n</project>\n");
  return s;
}

static void
snapshot_chart (GtkWidget   *chart,
                GskRenderer *renderer,
                GArray      *out,
                GArray      *out_cpu)
{
  gint64 t0 = g_get_monotonic_time (), c0 = cpu_now ();
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  GdkTexture *texture;

  GTK_WIDGET_GET_CLASS (chart)->snapshot (chart, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (chart), gtk_widget_get_height (chart)));
  {
    double ms = (g_get_monotonic_time () - t0) / 1000.0, cpu = (cpu_now () - c0) / 1000.0;

    g_array_append_val (out, ms);
    g_array_append_val (out_cpu, cpu);
  }
  g_object_unref (texture);
  gsk_render_node_unref (node);
}

static void
measure (const char *title,
         KpDocument *document,
         int         runs)
{
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) chart_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) chart_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) zooms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) drags = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frames_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) zooms_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) drags_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) paints_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) one_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) chain_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window = NULL;
  KpTimelineView *view = NULL;
  GdkFrameClock *clock;
  GtkAdjustment *vadj;
  GskRenderer *renderer;
  double upper;

  g_print ("%s: %u tasks, %u dependencies\n", title,
           g_list_model_get_n_items (kp_document_get_list (document, &kp_desc_task)),
           g_list_model_get_n_items (kp_document_get_list (document, &kp_desc_dependency)));

  /* First frame: a new window with the page, until it has been painted. */
  for (int r = 0; r < (wanted ("first") ? runs : 1); r++)
    {
      gint64 t0 = g_get_monotonic_time (), c0 = cpu_now ();
      double ms, cpu;

      if (window != NULL)
        gtk_window_destroy (GTK_WINDOW (window));
      window = gtk_window_new ();
      gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
      view = KP_TIMELINE_VIEW (kp_timeline_view_new ());
      gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
      kp_timeline_view_set_document (view, document);
      gtk_window_present (GTK_WINDOW (window));
      gtk_widget_realize (window);
      clock = gtk_widget_get_frame_clock (window);
      g_signal_connect (clock, "update", G_CALLBACK (update_cb), NULL);
      g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), NULL);
      g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
      wait_frame (window);
      ms = (clock_state.painted - t0) / 1000.0;
      cpu = (clock_state.painted_cpu - c0) / 1000.0;
      g_array_append_val (first, ms);
      g_array_append_val (first_cpu, cpu);
    }
  report ("first frame", first, 500);
  report ("first frame, CPU time", first_cpu, 500);

  /* Scrolling through every row at week zoom, a third of a page at a time. */
  kp_gantt_chart_set_zoom (view->chart, KP_ZOOM_WEEK);
  wait_frame (window);
  vadj = gtk_scrolled_window_get_vadjustment (view->outline_scroll);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  upper = gtk_adjustment_get_upper (vadj);
  for (double y = 0; wanted ("scroll") && y < upper; y += gtk_adjustment_get_page_size (vadj) / 3)
    {
      gtk_adjustment_set_value (vadj, y);
      wait_frame (window);
      g_array_append_val (frames, clock_state.last_frame_ms);
      g_array_append_val (frames_cpu, clock_state.last_frame_cpu_ms);
      g_array_append_val (paints_cpu, clock_state.last_paint_cpu_ms);
      snapshot_chart (GTK_WIDGET (view->chart), renderer, chart_ms, chart_cpu);
    }
  report ("scroll: frame (layout, snapshot, render)", frames, 0);
  report ("scroll: frame, CPU time", frames_cpu, 0);
  report ("scroll: snapshot + render, CPU time", paints_cpu, 5);
  report ("scroll: the chart's snapshot + render", chart_ms, 5);
  report ("scroll: the chart's, CPU time", chart_cpu, 5);

  /* Zoom changes, through every level and back. */
  for (int r = 0; r < (wanted ("zoom") ? 4 : 0); r++)
    for (int z = KP_ZOOM_FIRST; z <= KP_ZOOM_LAST; z++)
      {
        gint64 t0 = g_get_monotonic_time (), c0 = cpu_now ();
        double ms, cpu;

        kp_gantt_chart_set_zoom (view->chart, z == KP_ZOOM_WEEK && r % 2 ? KP_ZOOM_DAY : (KpZoom) z);
        ms = (g_get_monotonic_time () - t0) / 1000.0;
        cpu = (cpu_now () - c0) / 1000.0;
        wait_frame (window);
        ms += clock_state.last_frame_ms;
        cpu += clock_state.last_frame_cpu_ms;
        g_array_append_val (zooms, ms);
        g_array_append_val (zooms_cpu, cpu);
      }
  report ("zoom change (frame included)", zooms, 30);
  report ("zoom change, CPU time", zooms_cpu, 30);

  /* Drags: move an activity one day (and its chain with it), commit, redraw. The chart
   * shows the activity, as when the user drags its bar. */
  kp_gantt_chart_set_zoom (view->chart, KP_ZOOM_WEEK);
  gtk_adjustment_set_value (vadj, upper / 2);
  wait_frame (window);
  {
    int task = kp_gantt_layout_task_at (view->layout, kp_gantt_layout_row_at_y (view->layout, gtk_adjustment_get_value (vadj) + 60));

    kp_gantt_chart_scroll_to_date (view->chart, kp_gantt_data_task (view->data, MAX (task, 0))->start);
    wait_frame (window);
  }
  for (int r = 0; r < (wanted ("drag") ? 40 : 0); r++)
    {
      int row = kp_gantt_layout_row_at_y (view->layout, gtk_adjustment_get_value (vadj) + 60);
      int task = kp_gantt_layout_task_at (view->layout, row);
      g_autoptr(GError) error = NULL;
      gint64 t0 = g_get_monotonic_time (), c0 = cpu_now ();
      double ms, cpu;

      if (task < 0 || kp_gantt_data_task (view->data, task)->is_phase)
        task = task + 1;
      g_object_set (view->chart, "move-dependents", r % 2 == 0, NULL);
      if (!kp_gantt_chart_move_task (view->chart, task, r % 4 < 2 ? 1 : -1, &error))
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      cpu = (cpu_now () - c0) / 1000.0;
      wait_frame (window);
      ms += clock_state.last_frame_ms;
      cpu += clock_state.last_frame_cpu_ms;
      g_array_append_val (drags, ms);
      g_array_append_val (drags_cpu, cpu);
      g_array_append_val (r % 2 == 0 ? chain_cpu : one_cpu, cpu);
    }
  report ("drag to redrawn frame (commit included)", drags, 10);
  report ("drag to redrawn frame, CPU time", drags_cpu, 10);
  report ("  of which one activity alone, CPU time", one_cpu, 0);
  report ("  of which with its chain, CPU time", chain_cpu, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("kp-bench-timeline-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.kplan", NULL);
  g_autofree char *imported = g_build_filename (dir, "planner.kplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) file2 = g_file_new_for_path (imported);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GString) plan = NULL;
  KpDocument *document;
  gint64 t0;

  setlocale (LC_ALL, "");
  adw_init ();
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") != 0)
    g_print ("Note: set GSK_RENDERER=cairo to measure the cairo renderer.\n");

  sql = project_sql ();
  document = kp_document_create_with_sql (file, sql, &error);
  if (document == NULL)
    g_error ("%s", error->message);
  measure ("10,000 activities in 200 phases", document, 5);
  g_object_unref (document);

  if (!wanted ("planner"))
    return 0;
  plan = planner_text (5000);
  t0 = g_get_monotonic_time ();
  document = kp_import_data (plan->str, plan->len, KP_IMPORT_PLANNER, "bench.planner", file2, NULL, &error);
  if (document == NULL)
    g_error ("%s", error->message);
  g_print ("Imported a 5,000-task Planner file (%.1f MB) in %.0f ms\n", plan->len / 1e6,
           (g_get_monotonic_time () - t0) / 1000.0);
  measure ("the imported Planner file", document, 5);
  g_object_unref (document);

  g_remove (path);
  g_remove (imported);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL), *shm = g_strconcat (path, "-shm", NULL);
    g_autofree char *wal2 = g_strconcat (imported, "-wal", NULL), *shm2 = g_strconcat (imported, "-shm", NULL);

    g_remove (wal);
    g_remove (shm);
    g_remove (wal2);
    g_remove (shm2);
  }
  g_rmdir (dir);
  return 0;
}
