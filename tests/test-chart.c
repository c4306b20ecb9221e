/* test-chart.c: the chart description, its scale, its drawing and its files. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "kp-chart.h"

#define W 480
#define H 320

static KpChart *
bar_chart (void)
{
  KpChart *chart = kp_chart_new (KP_CHART_BAR);
  const double budget[] = { 400000, 120000, 30000 };
  const double outcome[] = { 380000, NAN, 47000 };

  kp_chart_set_title (chart, "Budget och utfall");
  kp_chart_add_category (chart, "Personal");
  kp_chart_add_category (chart, "Externa tjänster");
  kp_chart_add_category (chart, "Resor");
  kp_chart_append_series (chart, "Budget", budget, 3);
  kp_chart_append_series (chart, "Utfall", outcome, 3);
  kp_chart_set_axis_titles (chart, "Kategori", "Kronor");
  kp_chart_set_number_format (chart, 0, "kr");
  return chart;
}

static void
test_description (void)
{
  g_autoptr(KpChart) chart = bar_chart ();
  g_autofree char *text = kp_chart_describe (chart);
  g_autofree char *value = kp_chart_format_value (chart, 47000);
  g_autoptr(KpChart) empty = kp_chart_new (KP_CHART_LINE);
  g_autofree char *nothing = kp_chart_describe (empty);

  g_assert_cmpuint (kp_chart_get_n_categories (chart), ==, 3);
  g_assert_cmpuint (kp_chart_get_n_series (chart), ==, 2);
  g_assert_cmpstr (kp_chart_get_category (chart, 1), ==, "Externa tjänster");
  g_assert_cmpstr (kp_chart_get_series_name (chart, 1), ==, "Utfall");
  g_assert_true (isnan (kp_chart_get_value (chart, 1, 1)));
  g_assert_cmpfloat (kp_chart_get_value (chart, 0, 2), ==, 30000);
  /* The C locale: no grouping, the unit after a no-break space. */
  g_assert_cmpstr (value, ==, "47000\u00a0kr");
  g_assert_nonnull (strstr (text, "Bar chart: Budget och utfall."));
  g_assert_nonnull (strstr (text, "Values: Kronor."));
  g_assert_nonnull (strstr (text, "Budget: Personal 400000\u00a0kr; Externa tjänster 120000\u00a0kr; Resor 30000\u00a0kr."));
  /* A missing value is said to be missing. */
  g_assert_nonnull (strstr (text, "Externa tjänster –;"));
  g_assert_nonnull (strstr (nothing, "No figures to show."));
}

static void
assert_range (KpChartKind   kind,
              const double *values,
              guint         n,
              int           decimals,
              double        lo,
              double        hi,
              double        step)
{
  g_autoptr(KpChart) chart = kp_chart_new (kind);
  double l, h, s;

  for (guint i = 0; i < n; i++)
    kp_chart_add_category (chart, "x");
  kp_chart_append_series (chart, "a", values, n);
  if (kind == KP_CHART_STACKED_BAR)
    kp_chart_append_series (chart, "b", values, n);
  kp_chart_set_number_format (chart, decimals, NULL);
  kp_chart_get_value_range (chart, &l, &h, &s);
  if (fabs (l - lo) > 1e-9 || fabs (h - hi) > 1e-9 || fabs (s - step) > 1e-9)
    g_error ("range %g..%g step %g, expected %g..%g step %g", l, h, s, lo, hi, step);
}

static void
test_value_range (void)
{
  const double a[] = { 12, 47, 3 };
  const double b[] = { -13, 8 };
  const double c[] = { 0.2, 0.35 };
  const double zero[] = { 0, 0 };
  const double big[] = { 1417000, 380000 };

  assert_range (KP_CHART_BAR, a, 3, 0, 0, 50, 10);
  /* Negative values reach below zero. */
  assert_range (KP_CHART_BAR, b, 2, 0, -15, 10, 5);
  /* Stacked: the sums count (24 + 24 = 94 at most). */
  assert_range (KP_CHART_STACKED_BAR, a, 3, 0, 0, 100, 20);
  /* Whole numbers never get fractional steps; decimals may. */
  assert_range (KP_CHART_LINE, c, 2, 0, 0, 1, 1);
  assert_range (KP_CHART_LINE, c, 2, 2, 0, 0.4, 0.1);
  assert_range (KP_CHART_LINE, zero, 2, 0, 0, 1, 1);
  assert_range (KP_CHART_BAR, big, 2, 0, 0, 1500000, 500000);
}

static void
pixel (cairo_surface_t *surface,
       double           x,
       double           y,
       double           rgb[3])
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 p = *(guint32 *) (data + (int) y * stride + (int) x * 4);

  rgb[0] = ((p >> 16) & 0xff) / 255.0;
  rgb[1] = ((p >> 8) & 0xff) / 255.0;
  rgb[2] = (p & 0xff) / 255.0;
}

static void
assert_color (cairo_surface_t *surface,
              double           x,
              double           y,
              KpChartStyle     style,
              guint            palette_index)
{
  double got[3], want[4];

  kp_chart_palette_color (style, palette_index, want);
  pixel (surface, x, y, got);
  for (int i = 0; i < 3; i++)
    if (fabs (got[i] - want[i]) > 0.02)
      g_error ("pixel %g,%g is %.2f %.2f %.2f, not palette colour %u", x, y, got[0], got[1], got[2], palette_index);
}

static cairo_surface_t *
render (KpChart      *chart,
        KpChartStyle  style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  kp_chart_draw (chart, cr, W, H, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
test_bars_land_where_said (void)
{
  g_autoptr(KpChart) chart = bar_chart ();
  cairo_surface_t *surface;
  cairo_rectangle_t a, b, c;
  guint s = 99, cat = 99;

  kp_chart_set_series_color (chart, 1, 4);
  surface = render (chart, KP_CHART_STYLE_LIGHT);
  g_assert_true (kp_chart_get_mark_area (chart, W, H, 0, 0, &a));
  g_assert_true (kp_chart_get_mark_area (chart, W, H, 1, 0, &b));
  g_assert_true (kp_chart_get_mark_area (chart, W, H, 0, 2, &c));
  /* Side by side, the bigger value taller, all inside the picture. */
  g_assert_cmpfloat (b.x, >=, a.x + a.width - 0.01);
  g_assert_cmpfloat (a.height, >, c.height);
  g_assert_cmpfloat (a.y + a.height, <=, H);
  g_assert_cmpfloat (fabs ((a.y + a.height) - (c.y + c.height)), <, 0.01);
  assert_color (surface, a.x + a.width / 2, a.y + a.height / 2, KP_CHART_STYLE_LIGHT, 0);
  assert_color (surface, b.x + b.width / 2, b.y + b.height / 2, KP_CHART_STYLE_LIGHT, 4);
  /* A missing value draws nothing and has no area. */
  g_assert_false (kp_chart_get_mark_area (chart, W, H, 1, 1, &a));
  /* The bar under the pointer. */
  g_assert_true (kp_chart_locate (chart, W, H, b.x + b.width / 2, b.y + b.height / 2, &s, &cat));
  g_assert_cmpuint (s, ==, 1);
  g_assert_cmpuint (cat, ==, 0);
  g_assert_false (kp_chart_locate (chart, W, H, 2, 2, &s, &cat));
  cairo_surface_destroy (surface);
}

static void
test_stacked_and_lines (void)
{
  g_autoptr(KpChart) stacked = kp_chart_new (KP_CHART_STACKED_BAR);
  g_autoptr(KpChart) line = kp_chart_new (KP_CHART_LINE);
  const double paid[] = { 30, 10 }, co[] = { 20, -5 };
  const double staff[] = { 48, 40, NAN, 30 }, demand[] = { 50, 52, 54, 56 };
  cairo_rectangle_t p, q, neg, d0, d3, s0;
  cairo_surface_t *surface;

  kp_chart_add_category (stacked, "Skövde");
  kp_chart_add_category (stacked, "Hjo");
  kp_chart_append_series (stacked, "Betalt", paid, 2);
  kp_chart_append_series (stacked, "Medfinansiering", co, 2);
  surface = render (stacked, KP_CHART_STYLE_DARK);
  g_assert_true (kp_chart_get_mark_area (stacked, W, H, 0, 0, &p));
  g_assert_true (kp_chart_get_mark_area (stacked, W, H, 1, 0, &q));
  g_assert_true (kp_chart_get_mark_area (stacked, W, H, 1, 1, &neg));
  /* The second series sits on top of the first, in the same column. */
  g_assert_cmpfloat (fabs (q.y + q.height - p.y), <, 0.01);
  g_assert_cmpfloat (fabs (q.x - p.x), <, 0.01);
  g_assert_cmpfloat (fabs (p.height / q.height - 1.5), <, 0.01);
  assert_color (surface, q.x + q.width / 2, q.y + q.height / 2, KP_CHART_STYLE_DARK, 1);
  /* A negative value hangs below zero. */
  {
    cairo_rectangle_t first;

    g_assert_true (kp_chart_get_mark_area (stacked, W, H, 0, 1, &first));
    g_assert_cmpfloat (fabs (neg.y - (first.y + first.height)), <, 0.01);
  }
  cairo_surface_destroy (surface);

  for (guint y = 2022; y <= 2025; y++)
    {
      g_autofree char *label = g_strdup_printf ("%u", y);

      kp_chart_add_category (line, label);
    }
  kp_chart_append_series (line, "Personal", staff, 4);
  kp_chart_append_series (line, "Behov", demand, 4);
  kp_chart_set_series_dashed (line, 1, TRUE);
  kp_chart_set_number_format (line, 1, NULL);
  surface = render (line, KP_CHART_STYLE_LIGHT);
  g_assert_false (kp_chart_get_mark_area (line, W, H, 0, 2, &s0));
  g_assert_true (kp_chart_get_mark_area (line, W, H, 0, 0, &s0));
  g_assert_true (kp_chart_get_mark_area (line, W, H, 1, 0, &d0));
  g_assert_true (kp_chart_get_mark_area (line, W, H, 1, 3, &d3));
  /* Rising demand: the last point higher up, further right. */
  g_assert_cmpfloat (d3.y, <, d0.y);
  g_assert_cmpfloat (d3.x, >, d0.x);
  g_assert_cmpfloat (s0.y, >, d0.y);
  assert_color (surface, s0.x + s0.width / 2, s0.y + s0.height / 2, KP_CHART_STYLE_LIGHT, 0);
  cairo_surface_destroy (surface);
}

static void
test_tiny_and_empty (void)
{
  g_autoptr(KpChart) chart = bar_chart ();
  g_autoptr(KpChart) empty = kp_chart_new (KP_CHART_STACKED_BAR);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 20, 10);
  cairo_t *cr = cairo_create (surface);
  cairo_rectangle_t a;

  /* Too small to plot: nothing breaks, nothing is located. */
  kp_chart_draw (chart, cr, 20, 10, KP_CHART_STYLE_LIGHT);
  kp_chart_draw (empty, cr, 20, 10, KP_CHART_STYLE_DARK);
  g_assert_false (kp_chart_get_mark_area (chart, 20, 10, 0, 0, &a));
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_files (void)
{
  g_autoptr(KpChart) chart = bar_chart ();
  g_autofree char *dir = g_dir_make_tmp ("kp-chart-XXXXXX", NULL);
  g_autofree char *png_path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "missing", "chart.png", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  cairo_surface_t *back;

  g_assert_true (kp_chart_save_png (chart, png, 640, 400, KP_CHART_STYLE_LIGHT, &error));
  g_assert_no_error (error);
  back = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (back), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (back), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (back), ==, 400);
  cairo_surface_destroy (back);

  g_assert_true (kp_chart_save_svg (chart, svg, 640, 400, KP_CHART_STYLE_DARK, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "640"));

  /* A folder that does not exist: a sentence that names the file. */
  g_assert_false (kp_chart_save_png (chart, bad, 640, 400, KP_CHART_STYLE_LIGHT, &error));
  g_assert_error (error, KP_CHART_ERROR, KP_CHART_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "chart.png"));
  g_unlink (png_path);
  g_unlink (svg_path);
  g_rmdir (dir);
}

static void
test_boxed (void)
{
  KpChart *chart = kp_chart_new (KP_CHART_LINE);
  GValue v = G_VALUE_INIT;

  g_value_init (&v, KP_TYPE_CHART);
  g_value_set_boxed (&v, chart);
  kp_chart_unref (chart);
  g_assert_true (g_value_get_boxed (&v) == chart);
  g_assert_cmpint (kp_chart_get_kind (g_value_get_boxed (&v)), ==, KP_CHART_LINE);
  g_value_unset (&v);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/description", test_description);
  g_test_add_func ("/chart/value-range", test_value_range);
  g_test_add_func ("/chart/bars-land-where-said", test_bars_land_where_said);
  g_test_add_func ("/chart/stacked-and-lines", test_stacked_and_lines);
  g_test_add_func ("/chart/tiny-and-empty", test_tiny_and_empty);
  g_test_add_func ("/chart/files", test_files);
  g_test_add_func ("/chart/boxed", test_boxed);
  return g_test_run ();
}
