/* test-timeline-redraw.c: what the Timeline gives GTK to compare between two frames.
 *
 * GTK 4.8 repaints only what differs from the last frame, if it can tell: a rotation cannot
 * be compared, and past 30 differences it repaints everything around them. The chart draws
 * its diamonds without rotations, and the chart and the outline's cells carry damage marks
 * (kp-damage-mark.h) that change exactly when their content does. */
#include "config.h"

#include <adwaita.h>

#include "fixtures/kp-gui-test.h"
#include "fixtures/kp-test-util.h"
#include "kp-cell-text.h"
#include "kp-examples.h"
#include "kp-timeline-view-private.h"

typedef struct
{
  guint rotations;          /* transforms that are more than a move */
  guint textures;
  guint marks;              /* invisible colour rectangles */
  GdkRGBA first_mark;
  graphene_rect_t first_mark_bounds;
} Census;

static void
count_nodes (GskRenderNode *node,
             Census        *c)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        count_nodes (gsk_container_node_get_child (node, i), c);
      break;
    case GSK_TRANSFORM_NODE:
      if (gsk_transform_get_category (gsk_transform_node_get_transform (node)) < GSK_TRANSFORM_CATEGORY_2D_TRANSLATE)
        c->rotations++;
      count_nodes (gsk_transform_node_get_child (node), c);
      break;
    case GSK_CLIP_NODE:
      count_nodes (gsk_clip_node_get_child (node), c);
      break;
    case GSK_TEXTURE_NODE:
      c->textures++;
      break;
    case GSK_COLOR_NODE:
      if (gsk_color_node_get_color (node)->alpha == 0)
        {
          if (c->marks++ == 0)
            {
              c->first_mark = *gsk_color_node_get_color (node);
              gsk_render_node_get_bounds (node, &c->first_mark_bounds);
            }
        }
      break;
    case GSK_NOT_A_RENDER_NODE:
    case GSK_CAIRO_NODE:
    case GSK_LINEAR_GRADIENT_NODE:
    case GSK_REPEATING_LINEAR_GRADIENT_NODE:
    case GSK_RADIAL_GRADIENT_NODE:
    case GSK_REPEATING_RADIAL_GRADIENT_NODE:
    case GSK_CONIC_GRADIENT_NODE:
    case GSK_BORDER_NODE:
    case GSK_INSET_SHADOW_NODE:
    case GSK_OUTSET_SHADOW_NODE:
    case GSK_OPACITY_NODE:
    case GSK_COLOR_MATRIX_NODE:
    case GSK_REPEAT_NODE:
    case GSK_ROUNDED_CLIP_NODE:
    case GSK_SHADOW_NODE:
    case GSK_BLEND_NODE:
    case GSK_CROSS_FADE_NODE:
    case GSK_TEXT_NODE:
    case GSK_BLUR_NODE:
    case GSK_DEBUG_NODE:
    case GSK_GL_SHADER_NODE:
    default:
      break;
    }
}

/* What the widget draws, as its own snapshot makes it. */
static Census
census_of (GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  Census c = { 0 };

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  count_nodes (node, &c);
  gsk_render_node_unref (node);
  return c;
}

static void
test_chart (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "p.kplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) document = kp_example_write (kp_example_default (), file, &error);
  GtkWidget *window = gtk_window_new ();
  KpTimelineView *view = KP_TIMELINE_VIEW (kp_timeline_view_new ());
  GtkWidget *chart, *cell;
  Census first, again;

  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  kp_timeline_view_set_document (view, document);
  gtk_window_present (GTK_WINDOW (window));
  kpg_wait_ms (300);
  chart = GTK_WIDGET (view->chart);
  kp_gantt_chart_set_zoom (view->chart, KP_ZOOM_WEEK);
  kpg_wait_ms (100);

  /* The example's meetings and milestones are diamonds, drawn from textures; nothing is
   * rotated. The chart's mark covers it and is drawn first, and changes with each redraw. */
  first = census_of (chart);
  g_assert_cmpuint (first.rotations, ==, 0);
  g_assert_cmpuint (first.textures, >, 0);
  g_assert_cmpuint (first.marks, >=, 1);
  g_assert_cmpfloat (first.first_mark_bounds.size.width, ==, gtk_widget_get_width (chart));
  g_assert_cmpfloat (first.first_mark_bounds.size.height, ==, gtk_widget_get_height (chart));
  again = census_of (chart);
  g_assert_false (gdk_rgba_equal (&first.first_mark, &again.first_mark));

  /* An outline cell's mark covers its box and changes with its text, and only then. */
  cell = kpg_find (GTK_WIDGET (view->outline), KP_TYPE_CELL_TEXT);
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_get_mapped (cell));
  g_assert_cmpint (gtk_widget_get_width (cell), >, 0);
  kp_cell_text_set_text (KP_CELL_TEXT (cell), "2024-03-01");
  first = census_of (cell);
  g_assert_cmpuint (first.marks, ==, 1);
  g_assert_cmpfloat (first.first_mark_bounds.size.height, ==, gtk_widget_get_height (cell));
  g_assert_cmpfloat (first.first_mark_bounds.size.width, >=, gtk_widget_get_width (cell));
  again = census_of (cell);
  g_assert_true (gdk_rgba_equal (&first.first_mark, &again.first_mark));
  kp_cell_text_set_text (KP_CELL_TEXT (cell), "2024-03-04");
  again = census_of (cell);
  g_assert_false (gdk_rgba_equal (&first.first_mark, &again.first_mark));

  gtk_window_destroy (GTK_WINDOW (window));
  kpg_drain ();
  g_clear_object (&document);
  kpt_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/timeline-redraw/marks-and-no-rotations", test_chart);
  return g_test_run ();
}
