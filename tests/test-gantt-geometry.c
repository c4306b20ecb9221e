/* test-gantt-geometry.c: bars at every zoom level, dependency routing, hit testing and the
 * shapes of the scene. */
#include "config.h"

#include <math.h>

#include "kp-calendar.h"
#include "kp-gantt-geometry.h"
#include "kp-gantt-scene.h"

#define D(y, m, d) kp_date_from_ymd (y, m, d)
#define ROW 30.0

typedef struct
{
  KpGanttData *data;
  KpGanttLayout *layout;
  KpTimescale ts;
  KpGanttGeometry geom;
} Fixture;

/* row 0: phase P (1), row 1: a (2) 7–11 Sep, row 2: b (3) 14–18 Sep, row 3: m (4) milestone
 * 9 Sep, row 4: c (5) 1–4 Sep. Links a→b, a→m (m starts before a ends), c→a. */
static void
setup (Fixture       *f,
       gconstpointer  unused)
{
  f->data = kp_gantt_data_new ("G");
  kp_gantt_data_add_task (f->data, 1, 0, 0, TRUE, FALSE, 0, 0, 0, "P", NULL);
  kp_gantt_data_add_task (f->data, 2, 1, 0, FALSE, FALSE, D (2020, 9, 7), D (2020, 9, 11), 40, "a", NULL);
  kp_gantt_data_add_task (f->data, 3, 1, 1, FALSE, FALSE, D (2020, 9, 14), D (2020, 9, 18), 0, "b", NULL);
  kp_gantt_data_add_task (f->data, 4, 1, 2, FALSE, TRUE, D (2020, 9, 9), D (2020, 9, 9), 0, "m", NULL);
  kp_gantt_data_add_task (f->data, 5, 1, 3, FALSE, FALSE, D (2020, 9, 1), D (2020, 9, 4), 0, "c", NULL);
  kp_gantt_data_add_link (f->data, 1, 2, 3);
  kp_gantt_data_add_link (f->data, 2, 2, 4);
  kp_gantt_data_add_link (f->data, 3, 5, 2);
  kp_gantt_data_finish (f->data);
  f->layout = kp_gantt_layout_new (ROW);
  kp_gantt_layout_build (f->layout, f->data, NULL);
  kp_timescale_init (&f->ts, D (2020, 8, 31), KP_ZOOM_DAY);
  f->geom = (KpGanttGeometry) { f->data, f->layout, &f->ts, FALSE };
}

static void
teardown (Fixture       *f,
          gconstpointer  unused)
{
  kp_gantt_layout_free (f->layout);
  kp_gantt_data_free (f->data);
}

static void
test_bars_every_zoom (Fixture       *f,
                      gconstpointer  unused)
{
  for (int z = KP_ZOOM_FIRST; z <= KP_ZOOM_LAST; z++)
    {
      KpRect bar;
      double ppd = kp_zoom_px_per_day ((KpZoom) z);

      kp_timescale_init (&f->ts, D (2020, 8, 31), (KpZoom) z);
      g_assert_true (kp_gantt_geometry_bar (&f->geom, 1, KP_DATE_NONE, KP_DATE_NONE, &bar));
      g_assert_cmpfloat_with_epsilon (bar.x, 7 * ppd, 1e-9);
      g_assert_cmpfloat_with_epsilon (bar.width, MAX (5 * ppd, 2.0), 1e-9);
      g_assert_cmpfloat (bar.y, >, ROW);
      g_assert_cmpfloat (bar.y + bar.height, <, 2 * ROW);
      /* Round trip: the bar's edges map back to its first and the day after its last. */
      g_assert_cmpint (kp_timescale_x_to_date (&f->ts, bar.x), ==, D (2020, 9, 7));
      if (ppd * 5 > 2)
        g_assert_cmpint (kp_timescale_x_to_date (&f->ts, bar.x + bar.width), ==, D (2020, 9, 12));
      /* A dragged bar uses the given span. */
      g_assert_true (kp_gantt_geometry_bar (&f->geom, 1, D (2020, 9, 8), D (2020, 9, 8), &bar));
      g_assert_cmpfloat_with_epsilon (bar.x, 8 * ppd, 1e-9);
    }
}

static void
test_shapes (Fixture       *f,
             gconstpointer  unused)
{
  KpRect bar, sum, ms, base;

  g_assert_true (kp_gantt_geometry_bar (&f->geom, 0, KP_DATE_NONE, KP_DATE_NONE, &sum));
  g_assert_true (kp_gantt_geometry_bar (&f->geom, 1, KP_DATE_NONE, KP_DATE_NONE, &bar));
  g_assert_true (kp_gantt_geometry_bar (&f->geom, 3, KP_DATE_NONE, KP_DATE_NONE, &ms));
  /* The summary spans its children, 1–18 September, and is thinner than a bar. */
  g_assert_cmpfloat (sum.x, ==, kp_timescale_date_to_x (&f->ts, D (2020, 9, 1)));
  g_assert_cmpfloat (sum.x + sum.width, ==, kp_timescale_date_to_x (&f->ts, D (2020, 9, 19)));
  g_assert_cmpfloat (sum.height, <, bar.height);
  /* The diamond is square and centred on its day. */
  g_assert_cmpfloat (ms.width, ==, ms.height);
  g_assert_cmpfloat_with_epsilon (ms.x + ms.width / 2, kp_timescale_date_to_x (&f->ts, D (2020, 9, 9)) + 16, 1e-9);
  g_assert_cmpfloat_with_epsilon (kp_gantt_geometry_progress_x (&bar, 40), bar.x + bar.width * 0.4, 1e-9);
  /* No baseline shown, none drawn; shown, it sits below a thinner bar. */
  g_assert_false (kp_gantt_geometry_baseline (&f->geom, 1, &base));
  kp_gantt_data_set_baseline (f->data, 2, D (2020, 9, 7), D (2020, 9, 9));
  f->geom.show_baseline = TRUE;
  g_assert_true (kp_gantt_geometry_baseline (&f->geom, 1, &base));
  {
    KpRect thin;

    g_assert_true (kp_gantt_geometry_bar (&f->geom, 1, KP_DATE_NONE, KP_DATE_NONE, &thin));
    g_assert_cmpfloat (thin.height, <, bar.height);
    g_assert_cmpfloat (base.y, >=, thin.y + thin.height);
    g_assert_cmpfloat (base.y + base.height, <=, 2 * ROW);
  }
  g_assert_cmpfloat (base.width, ==, 3 * 32.0);
  /* A hidden task has no bar. */
  {
    g_autoptr(GHashTable) folded = g_hash_table_new (g_int64_hash, g_int64_equal);
    static gint64 p = 1;

    g_hash_table_add (folded, &p);
    kp_gantt_layout_build (f->layout, f->data, folded);
    g_assert_false (kp_gantt_geometry_bar (&f->geom, 1, KP_DATE_NONE, KP_DATE_NONE, &bar));
  }
}

static void
assert_orthogonal (const KpPoint *pts,
                   int            n)
{
  for (int i = 0; i + 1 < n; i++)
    g_assert_true (pts[i].x == pts[i + 1].x || pts[i].y == pts[i + 1].y);
}

static void
test_routing (void)
{
  KpPoint p[KP_GANTT_ROUTE_MAX];
  int n;

  /* Room enough: 4 points, across, down, in. */
  n = kp_gantt_route (100, 15, 200, 75, ROW, p);
  g_assert_cmpint (n, ==, 4);
  assert_orthogonal (p, n);
  g_assert_cmpfloat (p[1].x, ==, 100 + KP_GANTT_LINK_GAP);
  g_assert_cmpfloat (p[3].x, ==, 200);
  g_assert_cmpfloat (p[3].y, ==, 75);
  /* Upwards works the same way. */
  n = kp_gantt_route (100, 75, 200, 15, ROW, p);
  g_assert_cmpint (n, ==, 4);
  g_assert_cmpfloat (p[2].y, ==, 15);
  /* The successor starts before the predecessor ends: back along the row boundary. */
  n = kp_gantt_route (200, 15, 120, 75, ROW, p);
  g_assert_cmpint (n, ==, 6);
  assert_orthogonal (p, n);
  g_assert_cmpfloat (p[2].y, ==, 30);
  g_assert_cmpfloat (p[3].x, ==, 120 - KP_GANTT_LINK_GAP);
  g_assert_cmpfloat (p[5].x, ==, 120);
  g_assert_cmpfloat (p[4].x, <, p[5].x);   /* arrives rightwards */
  n = kp_gantt_route (200, 75, 120, 15, ROW, p);
  g_assert_cmpfloat (p[2].y, ==, 60);
  /* Same row, far enough: a straight line. */
  n = kp_gantt_route (100, 15, 200, 15, ROW, p);
  g_assert_cmpint (n, ==, 2);
  /* Distance to the polyline. */
  n = kp_gantt_route (100, 15, 200, 75, ROW, p);
  g_assert_cmpfloat_with_epsilon (kp_gantt_route_distance (p, n, 150, 78), 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (kp_gantt_route_distance (p, n, 100 + KP_GANTT_LINK_GAP + 2, 40), 2, 1e-9);
}

static void
test_link_routes (Fixture       *f,
                  gconstpointer  unused)
{
  KpPoint p[KP_GANTT_ROUTE_MAX];
  KpRect a, b;
  int n;

  kp_gantt_geometry_bar (&f->geom, 1, KP_DATE_NONE, KP_DATE_NONE, &a);
  kp_gantt_geometry_bar (&f->geom, 2, KP_DATE_NONE, KP_DATE_NONE, &b);
  n = kp_gantt_geometry_link_route (&f->geom, 0, p);
  g_assert_cmpint (n, ==, 4);
  g_assert_cmpfloat (p[0].x, ==, a.x + a.width);
  g_assert_cmpfloat (p[n - 1].x, ==, b.x);
  g_assert_cmpfloat (p[n - 1].y, ==, b.y + b.height / 2);
  /* a → m: the milestone is inside a's span, so the route turns back. */
  n = kp_gantt_geometry_link_route (&f->geom, 1, p);
  g_assert_cmpint (n, ==, 6);
}

static void
test_hits (Fixture       *f,
           gconstpointer  unused)
{
  KpRect a, h;
  KpGanttHit hit;
  double mid;

  kp_gantt_geometry_bar (&f->geom, 1, KP_DATE_NONE, KP_DATE_NONE, &a);
  mid = a.y + a.height / 2;
  hit = kp_gantt_geometry_hit (&f->geom, a.x + a.width * 0.7, a.y + 2);
  g_assert_cmpint (hit.kind, ==, KP_GANTT_HIT_BAR);
  g_assert_cmpint (hit.task, ==, 1);
  g_assert_cmpint (hit.row, ==, 1);
  g_assert_cmpint (hit.date, ==, D (2020, 9, 10));
  g_assert_cmpint (kp_gantt_geometry_hit (&f->geom, a.x + 1, a.y + 2).kind, ==, KP_GANTT_HIT_START);
  g_assert_cmpint (kp_gantt_geometry_hit (&f->geom, a.x + a.width - 1, mid).kind, ==, KP_GANTT_HIT_END);
  g_assert_cmpint (kp_gantt_geometry_hit (&f->geom, kp_gantt_geometry_progress_x (&a, 40), a.y + a.height - 2).kind,
                   ==, KP_GANTT_HIT_PROGRESS);
  kp_gantt_geometry_link_handle (&a, &h);
  g_assert_cmpint (kp_gantt_geometry_hit (&f->geom, h.x + h.width / 2, h.y + h.height / 2).kind, ==, KP_GANTT_HIT_LINK_HANDLE);
  /* Empty part of a row, and nothing below the last row. */
  hit = kp_gantt_geometry_hit (&f->geom, 5000, mid);
  g_assert_cmpint (hit.kind, ==, KP_GANTT_HIT_ROW);
  g_assert_cmpint (hit.task, ==, 1);
  g_assert_cmpint (kp_gantt_geometry_hit (&f->geom, 5000, 10 * ROW).kind, ==, KP_GANTT_HIT_NONE);
  /* The vertical leg of a → b, half-way between the rows. */
  hit = kp_gantt_geometry_hit (&f->geom, a.x + a.width + KP_GANTT_LINK_GAP + 1, 2 * ROW);
  g_assert_cmpint (hit.kind, ==, KP_GANTT_HIT_LINK);
  g_assert_cmpint (hit.link, ==, 0);
  /* A milestone is moved, never resized. */
  {
    KpRect m;

    kp_gantt_geometry_bar (&f->geom, 3, KP_DATE_NONE, KP_DATE_NONE, &m);
    g_assert_cmpint (kp_gantt_geometry_hit (&f->geom, m.x + 1, m.y + m.height / 2).kind, ==, KP_GANTT_HIT_BAR);
  }
}

static guint
count (KpGanttScene *scene,
       KpPrimKind    kind,
       KpRole        role)
{
  guint n = 0;

  for (guint i = 0; i < scene->prims->len; i++)
    {
      const KpPrim *p = &g_array_index (scene->prims, KpPrim, i);

      n += p->kind == kind && p->role == role;
    }
  return n;
}

static void
test_scene (Fixture       *f,
            gconstpointer  unused)
{
  g_autoptr(KpGanttScene) scene = kp_gantt_scene_new ();
  KpGanttSceneOptions opts;

  kp_gantt_scene_options_init (&opts);
  opts.today = D (2020, 9, 10);
  kp_gantt_scene_rows (scene, &f->geom, &opts, 0, 0, 800, 5 * ROW);
  g_assert_cmpuint (count (scene, KP_PRIM_RECT, KP_ROLE_SUMMARY), ==, 3);   /* bar and two caps */
  g_assert_cmpuint (count (scene, KP_PRIM_RECT, KP_ROLE_BAR), ==, 3);
  g_assert_cmpuint (count (scene, KP_PRIM_RECT, KP_ROLE_BAR_DONE), ==, 1);
  g_assert_cmpuint (count (scene, KP_PRIM_DIAMOND, KP_ROLE_MILESTONE), ==, 1);
  g_assert_cmpuint (count (scene, KP_PRIM_ARROW, KP_ROLE_LINK), ==, 3);
  g_assert_cmpuint (count (scene, KP_PRIM_RECT, KP_ROLE_TODAY), ==, 1);
  g_assert_cmpuint (count (scene, KP_PRIM_TEXT, KP_ROLE_TEXT), ==, 4);
  g_assert_cmpuint (count (scene, KP_PRIM_TEXT, KP_ROLE_TEXT_PHASE), ==, 1);
  /* 5–6 September and 12–13 September are weekends: two shaded runs in view at day zoom. */
  g_assert_cmpuint (count (scene, KP_PRIM_RECT, KP_ROLE_WEEKEND), ==, 3);

  /* Only the rows in view: rows 2 and 3 of five. */
  kp_gantt_scene_clear (scene);
  kp_gantt_scene_rows (scene, &f->geom, &opts, 0, 2 * ROW + 1, 800, ROW + 2);
  g_assert_cmpuint (count (scene, KP_PRIM_TEXT, KP_ROLE_TEXT), ==, 2);

  /* Critical highlighting and a selected bar with its handles. */
  kp_gantt_scene_clear (scene);
  kp_gantt_data_task (f->data, 1)->critical = TRUE;
  opts.critical = TRUE;
  opts.selected_task = 1;
  opts.show_handles = TRUE;
  kp_gantt_scene_rows (scene, &f->geom, &opts, 0, 0, 800, 5 * ROW);
  g_assert_cmpuint (count (scene, KP_PRIM_RECT, KP_ROLE_BAR_CRITICAL), ==, 1);
  g_assert_cmpuint (count (scene, KP_PRIM_FRAME, KP_ROLE_FOCUS), ==, 1);
  g_assert_cmpuint (count (scene, KP_PRIM_DIAMOND, KP_ROLE_HANDLE), ==, 1);
  g_assert_cmpuint (count (scene, KP_PRIM_RECT, KP_ROLE_ROW_SELECTED), ==, 1);

  /* Far to the right nothing of the tasks is drawn. */
  kp_gantt_scene_clear (scene);
  kp_gantt_scene_rows (scene, &f->geom, &opts, 100000, 0, 800, 5 * ROW);
  g_assert_cmpuint (count (scene, KP_PRIM_RECT, KP_ROLE_BAR), ==, 0);
}

/* Two redraws of the rows differ where the project or the selection changed, and only there. */
/* The one box of kp_gantt_scene_diff_bands with a single band. */
static gboolean
diff_box (const KpGanttScene *before,
          const KpGanttScene *after,
          float               box[4])
{
  return kp_gantt_scene_diff_bands (before, after, 800, 0, INFINITY, 1, box) == 1;
}

static void
test_scene_diff (Fixture       *f,
                 gconstpointer  unused)
{
  g_autoptr(KpGanttScene) before = kp_gantt_scene_new ();
  g_autoptr(KpGanttScene) after = kp_gantt_scene_new ();
  int b = kp_gantt_data_find (f->data, 3);
  KpGanttSceneOptions opts;
  float box[4], back[4], bands[4 * 5];

  kp_gantt_scene_options_init (&opts);
  kp_gantt_scene_rows (before, &f->geom, &opts, 0, 0, 800, 5 * ROW);
  kp_gantt_scene_rows (after, &f->geom, &opts, 0, 0, 800, 5 * ROW);
  g_assert_false (diff_box (before, after, box));
  g_assert_cmpfloat (box[2], <, box[0]);

  /* b moves a day later: its bar, label and incoming arrow, and the phase's end, in rows
   * 0 to 2; its old place and its new both count. Rows 3 and 4 stay as they were. */
  kp_gantt_data_set_task_values (f->data, b, D (2020, 9, 15), D (2020, 9, 19), 0, "b", NULL);
  kp_gantt_data_update_spans (f->data);
  kp_gantt_scene_clear (after);
  kp_gantt_scene_rows (after, &f->geom, &opts, 0, 0, 800, 5 * ROW);
  g_assert_true (diff_box (before, after, box));
  g_assert_cmpfloat (box[1], >=, 0);
  g_assert_cmpfloat (box[3], <=, 3 * ROW);
  g_assert_cmpfloat (box[0], <=, kp_timescale_date_to_x (&f->ts, D (2020, 9, 14)));
  g_assert_cmpfloat (box[2], >=, kp_timescale_date_to_x (&f->ts, D (2020, 9, 20)));
  g_assert_cmpfloat (box[2], <=, 800);
  /* and back: the same box. */
  g_assert_true (diff_box (after, before, back));
  g_assert_cmpmem (back, sizeof back, box, sizeof box);

  /* In bands of a row each, the phase's row (0) and b's (2) changed, and a's (1), 3 and 4
   * did not; each band's box lies in its row, and together they reach as far as the box. */
  g_assert_cmpuint (kp_gantt_scene_diff_bands (before, after, 800, 0, ROW, 5, bands), ==, 2);
  for (guint i = 0; i < 5; i++)
    if (i == 0 || i == 2)
      {
        g_assert_cmpfloat (bands[4 * i + 2], >=, bands[4 * i]);
        g_assert_cmpfloat (bands[4 * i + 1], >=, i * ROW);
        g_assert_cmpfloat (bands[4 * i + 3], <=, (i + 1) * ROW);
        g_assert_cmpfloat (bands[4 * i], >=, box[0]);
        g_assert_cmpfloat (bands[4 * i + 2], <=, box[2]);
      }
    else
      g_assert_cmpfloat (bands[4 * i + 2], <, bands[4 * i]);
  g_assert_cmpfloat (MIN (bands[0], bands[8]), ==, box[0]);
  g_assert_cmpfloat (MAX (bands[2], bands[10]), ==, box[2]);
  /* b's row alone is narrower than the box: the phase bar above reaches further left. */
  g_assert_cmpfloat (bands[8], >, box[0]);
  /* Bands that start below the rows' top: what lies above the first counts in it. */
  g_assert_cmpuint (kp_gantt_scene_diff_bands (before, after, 800, 2 * ROW, ROW, 2, bands), ==, 1);
  g_assert_cmpmem (bands, 4 * sizeof (float), box, sizeof box);

  /* Selecting c changes its row (4) alone. */
  kp_gantt_scene_clear (before);
  kp_gantt_scene_rows (before, &f->geom, &opts, 0, 0, 800, 5 * ROW);
  opts.selected_task = kp_gantt_data_find (f->data, 5);
  kp_gantt_scene_clear (after);
  kp_gantt_scene_rows (after, &f->geom, &opts, 0, 0, 800, 5 * ROW);
  g_assert_true (diff_box (before, after, box));
  g_assert_cmpfloat (box[1], >=, 4 * ROW - 1);
  g_assert_cmpfloat (box[3], <=, 5 * ROW + 1);
}

static void
test_header (Fixture       *f,
             gconstpointer  unused)
{
  g_autoptr(KpGanttScene) scene = kp_gantt_scene_new ();
  g_autoptr(KpGanttData) data = kp_gantt_data_new (NULL);
  KpGanttSceneOptions opts;
  KpTimescale ts;
  gboolean seen53 = FALSE;

  kp_gantt_data_add_meeting (data, 1, D (2020, 12, 30), "steering_group", "SG", FALSE);
  kp_gantt_data_add_meeting (data, 2, D (2021, 1, 5), "mas_network", "MAS", FALSE);
  kp_gantt_data_finish (data);
  kp_gantt_scene_options_init (&opts);
  kp_timescale_init (&ts, D (2020, 12, 1), KP_ZOOM_WEEK);
  kp_gantt_scene_header (scene, data, &ts, &opts, 0, 60 * 8);
  for (guint i = 0; i < scene->prims->len; i++)
    {
      const KpPrim *p = &g_array_index (scene->prims, KpPrim, i);

      if (p->kind == KP_PRIM_TEXT && g_str_equal (p->text, "W53"))
        seen53 = TRUE;
      if (p->kind == KP_PRIM_TEXT)
        g_assert_cmpfloat (p->y, <, KP_GANTT_HEADER_UPPER + KP_GANTT_HEADER_LOWER);
    }
  g_assert_true (seen53);
  g_assert_cmpuint (count (scene, KP_PRIM_DIAMOND, KP_ROLE_MEETING_STEERING), ==, 1);
  g_assert_cmpuint (count (scene, KP_PRIM_DIAMOND, KP_ROLE_MEETING), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/gantt-geometry/bars-every-zoom", Fixture, NULL, setup, test_bars_every_zoom, teardown);
  g_test_add ("/gantt-geometry/shapes", Fixture, NULL, setup, test_shapes, teardown);
  g_test_add_func ("/gantt-geometry/routing", test_routing);
  g_test_add ("/gantt-geometry/link-routes", Fixture, NULL, setup, test_link_routes, teardown);
  g_test_add ("/gantt-geometry/hits", Fixture, NULL, setup, test_hits, teardown);
  g_test_add ("/gantt-geometry/scene", Fixture, NULL, setup, test_scene, teardown);
  g_test_add ("/gantt-geometry/scene-diff", Fixture, NULL, setup, test_scene_diff, teardown);
  g_test_add ("/gantt-geometry/header", Fixture, NULL, setup, test_header, teardown);
  return g_test_run ();
}
