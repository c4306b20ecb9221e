/* test-timeline-view.c: the Timeline page under a display: outline and chart in step,
 * folding, selection, edits with undo, keyboard actions, filters, critical path and
 * baselines, and what GTK compares between two frames. Saves screenshots in light and dark. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fixtures/kp-gui-test.h"
#include "kp-cell-text.h"
#include "kp-examples.h"
#include "kp-gantt-chart-private.h"
#include "kp-gantt-data.h"
#include "kp-gantt-scene.h"
#include "kp-timeline-view-private.h"
#include "kp-validate.h"

typedef struct
{
  char *dir;
  KpDocument *document;
  GtkWidget *window;
  KpTimelineView *view;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->dir = g_dir_make_tmp ("kp-timeline-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "p.kplan", NULL);
  file = g_file_new_for_path (path);
  f->document = kp_example_write (kp_example_default (), file, &error);
  g_assert_no_error (error);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 800);
  f->view = KP_TIMELINE_VIEW (kp_timeline_view_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->view));
  gtk_window_set_child (GTK_WINDOW (f->window), overlay);
  kp_timeline_view_set_document (f->view, f->document);
  gtk_window_present (GTK_WINDOW (f->window));
  kpg_wait_ms (300);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  gtk_window_destroy (GTK_WINDOW (f->window));
  kpg_drain ();
  g_clear_object (&f->document);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);

      g_remove (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static guint
outline_rows (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (f->view->tree));
}

static void
assert_in_step (Fixture *f)
{
  guint n = outline_rows (f);

  g_assert_cmpuint (n, ==, kp_gantt_layout_n_rows (f->view->layout));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (f->view->tree, i);
      g_autoptr(KpEntity) e = gtk_tree_list_row_get_item (row);
      int task = kp_gantt_layout_task_at (f->view->layout, (int) i);

      g_assert_cmpint (kp_entity_get_id (e), ==, kp_gantt_data_task (f->view->data, task)->id);
    }
}

/* The rows in view, from @top to @bottom (in rows, not whole). */
static void
rows_in_view (Fixture *f,
              double  *top,
              double  *bottom)
{
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (f->view->outline_scroll);

  *top = gtk_adjustment_get_value (vadj) / KP_TIMELINE_ROW_HEIGHT;
  *bottom = (gtk_adjustment_get_value (vadj) + gtk_adjustment_get_page_size (vadj)) / KP_TIMELINE_ROW_HEIGHT;
}

/* The start and end cells of the rows bound show their tasks' dates; with @in_view, only
 * those of the rows in view, which a change brings up to date before its frame. */
static void
assert_dates_shown (Fixture  *f,
                    gboolean  in_view)
{
  double top, bottom;
  GHashTableIter iter;
  gpointer row, cells;
  guint checked = 0;

  rows_in_view (f, &top, &bottom);
  g_hash_table_iter_init (&iter, f->view->row_cells);
  while (g_hash_table_iter_next (&iter, &row, &cells))
    for (KpOutlineColumn column = COL_START; column <= COL_END; column++)
      {
        GtkListItem *item = ((GtkListItem **) cells)[column];
        g_autoptr(KpEntity) e = NULL;
        const KpGanttTask *t;
        char buf[KP_DATE_ISO_SIZE];

        if (item == NULL || (in_view && (gtk_list_item_get_position (item) < top || gtk_list_item_get_position (item) > bottom)))
          continue;
        e = gtk_tree_list_row_get_item (row);
        t = kp_gantt_data_task (f->view->data, kp_gantt_data_find (f->view->data, kp_entity_get_id (e)));
        kp_date_format_iso (column == COL_START ? t->span_start : t->span_end, buf);
        g_assert_cmpstr (kp_cell_text_get_text (KP_CELL_TEXT (gtk_list_item_get_child (item))), ==, buf);
        checked++;
      }
  g_assert_cmpuint (checked, >, 0);
}

static gboolean
rows_refreshed (gpointer data)
{
  return ((Fixture *) data)->view->refresh_idle == 0;
}

/* Runs the main loop until the rows out of view have followed the last change: their
 * idle waits for the frame, and for whatever else the main loop has to do first. */
static void
wait_rows_refreshed (Fixture *f)
{
  g_assert_true (kpg_wait_until (rows_refreshed, f, 5000));
}

/* The start cell of a row bound in view or out of it: an activity's that still starts as
 * in @starts (by task index). */
static KpCellText *
unmoved_start_cell (Fixture      *f,
                    const GArray *starts,
                    gboolean      in_view)
{
  double top, bottom;
  GHashTableIter iter;
  gpointer row, cells;

  rows_in_view (f, &top, &bottom);
  g_hash_table_iter_init (&iter, f->view->row_cells);
  while (g_hash_table_iter_next (&iter, &row, &cells))
    {
      GtkListItem *item = ((GtkListItem **) cells)[COL_START];
      g_autoptr(KpEntity) e = gtk_tree_list_row_get_item (row);
      int index = kp_gantt_data_find (f->view->data, kp_entity_get_id (e));
      const KpGanttTask *t = kp_gantt_data_task (f->view->data, index);
      guint pos = item != NULL ? gtk_list_item_get_position (item) : 0;

      if (item != NULL && (in_view ? pos >= top && pos + 1 <= bottom : pos + 3 < top || pos > bottom + 3) &&
          !t->is_phase &&
          g_array_index (starts, KpDate, index) == t->span_start)
        return KP_CELL_TEXT (gtk_list_item_get_child (item));
    }
  g_assert_not_reached ();
}

static int
find_task (Fixture    *f,
           const char *name)
{
  for (guint k = 0; k < kp_gantt_data_n_tasks (f->view->data); k++)
    if (g_str_equal (kp_gantt_data_task (f->view->data, (int) k)->name, name))
      return (int) k;
  g_assert_not_reached ();
}

static void
test_rows_in_step (Fixture       *f,
                   gconstpointer  data)
{
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (f->view->outline_scroll);
  graphene_rect_t chart;
  g_autoptr(GtkTreeListRow) first = NULL;

  g_assert_cmpuint (outline_rows (f), >, 20);
  assert_in_step (f);
  /* The outline's rows are as tall as the chart's, and its list starts where the chart's
   * header ends. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadj), ==, outline_rows (f) * (double) KP_TIMELINE_ROW_HEIGHT);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (f->view->chart), GTK_WIDGET (f->view), &chart));
  {
    GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (f->view->outline));
    graphene_rect_t hb;

    g_assert_true (gtk_widget_compute_bounds (header, GTK_WIDGET (f->view), &hb));
    g_assert_cmpfloat_with_epsilon (hb.origin.y + hb.size.height, chart.origin.y + KP_GANTT_HEADER_HEIGHT, 0.5);
  }
  /* And the same height of rows below it, so that the last row shows in both. */
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_page_size (vadj),
                                  chart.size.height - KP_GANTT_HEADER_HEIGHT - kp_gantt_chart_get_lane_height (f->view->chart), 0.5);
  kpg_assert_screenshot (f->window, "screenshot-timeline-light.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  kpg_wait_ms (200);
  kpg_assert_screenshot (f->window, "screenshot-timeline-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Folding the first phase hides its activities in both. */
  first = gtk_tree_list_model_get_row (f->view->tree, 0);
  {
    guint before = outline_rows (f);
    int children = kp_gantt_data_task (f->view->data, 0)->n_children;

    gtk_tree_list_row_set_expanded (first, FALSE);
    /* The bound expander reports the fold; unbound rows are folded through the view. */
    kpg_drain ();
    if (kp_gantt_layout_n_rows (f->view->layout) != outline_rows (f))
      {
        gint64 *id = g_new (gint64, 1);

        *id = kp_gantt_data_task (f->view->data, 0)->id;
        g_hash_table_add (f->view->folded, id);
        kp_timeline_view_relayout (f->view);
      }
    g_assert_cmpuint (outline_rows (f), ==, before - children);
    assert_in_step (f);
    gtk_tree_list_row_set_expanded (first, TRUE);
    kpg_drain ();
    assert_in_step (f);
  }
  /* Scrolling the outline scrolls the chart: they share one adjustment. */
  gtk_adjustment_set_value (vadj, 90);
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrollbar_get_adjustment (f->view->vscrollbar)), ==, 90);
}

static void
test_selection (Fixture       *f,
                gconstpointer  data)
{
  int task = find_task (f, "Omvärldsbevakning");
  gint64 id = kp_gantt_data_task (f->view->data, task)->id;

  kp_gantt_chart_set_selected (f->view->chart, id);
  g_assert_cmpuint (gtk_single_selection_get_selected (f->view->selection), ==,
                    (guint) kp_gantt_layout_row_of (f->view->layout, task));
  gtk_single_selection_set_selected (f->view->selection, 0);
  g_assert_cmpint (kp_gantt_chart_get_selected (f->view->chart), ==, kp_gantt_data_task (f->view->data, 0)->id);
  /* The keyboard moves between bars, and the outline follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view->chart), "chart.select", "i", 1));
  g_assert_cmpuint (gtk_single_selection_get_selected (f->view->selection), ==, 1);
  {
    g_autofree char *text = kp_gantt_chart_describe_task (f->view->chart, kp_timeline_view_selected_task (f->view));

    g_assert_nonnull (strstr (text, "Förankring"));
    g_assert_nonnull (strstr (text, "2020-09-01"));
    g_assert_nonnull (strstr (text, "%"));
  }
}

static void
test_edits_and_undo (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int task = find_task (f, "Kontaktpersoner");
  gint64 id = kp_gantt_data_task (f->view->data, task)->id;
  KpEntity *e = kp_document_lookup (f->document, &kp_desc_task, id);
  KpDate start = kp_entity_get_date (e, "start-date"), end = kp_entity_get_date (e, "end-date");
  GListModel *deps = kp_document_get_list (f->document, &kp_desc_dependency);
  gint64 succ_id = 0;
  KpDate succ_start = KP_DATE_NONE;

  /* Kontaktpersoner has a successor; moving it moves that one too, as one undo step. */
  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(KpEntity) d = g_list_model_get_item (deps, i);

      if (kp_entity_get_int (d, "predecessor-id") == id)
        succ_id = kp_entity_get_int (d, "successor-id");
    }
  g_assert_cmpint (succ_id, !=, 0);
  succ_start = kp_entity_get_date (kp_document_lookup (f->document, &kp_desc_task, succ_id), "start-date");
  g_object_set (f->view->chart, "move-dependents", TRUE, NULL);
  g_assert_true (kp_gantt_chart_move_task (f->view->chart, task, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kp_entity_get_date (e, "start-date"), ==, start + 3);
  g_assert_cmpint (kp_entity_get_date (e, "end-date"), ==, end + 3);
  g_assert_cmpint (kp_entity_get_date (kp_document_lookup (f->document, &kp_desc_task, succ_id), "start-date"), ==, succ_start + 3);
  assert_in_step (f);
  /* The outline shows the new dates at once in view, and after the frame everywhere. */
  assert_dates_shown (f, TRUE);
  wait_rows_refreshed (f);
  assert_dates_shown (f, FALSE);
  g_assert_true (kp_document_undo (f->document, &error));
  g_assert_cmpint (kp_entity_get_date (e, "start-date"), ==, start);
  g_assert_cmpint (kp_entity_get_date (kp_document_lookup (f->document, &kp_desc_task, succ_id), "start-date"), ==, succ_start);
  assert_dates_shown (f, TRUE);
  wait_rows_refreshed (f);
  assert_dates_shown (f, FALSE);

  /* The rows that follow an edit are those of the tasks it changed and the phases', in
   * view at once and out of view after the frame: another activity's row is left as it
   * is. */
  {
    GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (f->view->outline_scroll);
    g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (KpDate));
    KpCellText *other, *seen;

    gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 400);
    kpg_wait_ms (100);
    /* The interview at the top, which Kontaktpersoner's chain leaves where it is, and so
     * are Förankring and Omvärldsbevakning, out of view above. */
    gtk_adjustment_set_value (vadj, kp_gantt_layout_row_of (f->view->layout, find_task (f, "Intervju med e-hälsosamordnare vid VästKom och samtal med HiS")) * KP_TIMELINE_ROW_HEIGHT);
    kpg_wait_ms (200);
    for (guint k = 0; k < kp_gantt_data_n_tasks (f->view->data); k++)
      g_array_append_val (starts, kp_gantt_data_task (f->view->data, (int) k)->span_start);
    g_assert_true (kp_gantt_chart_move_task (f->view->chart, task, 3, &error));
    other = unmoved_start_cell (f, starts, FALSE);
    seen = unmoved_start_cell (f, starts, TRUE);
    kp_cell_text_set_text (other, "left alone");
    kp_cell_text_set_text (seen, "left alone too");
    wait_rows_refreshed (f);
    g_assert_cmpstr (kp_cell_text_get_text (other), ==, "left alone");
    g_assert_true (kp_document_undo (f->document, &error));
    g_assert_cmpstr (kp_cell_text_get_text (seen), ==, "left alone too");
    wait_rows_refreshed (f);
    g_assert_cmpstr (kp_cell_text_get_text (other), ==, "left alone");
    /* A refresh that is not an edit's brings up all rows. */
    kp_timeline_view_refresh (f->view);
    wait_rows_refreshed (f);
    assert_dates_shown (f, FALSE);
    gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 800);
    kpg_wait_ms (100);
  }

  /* Switched off, only the activity moves. */
  g_object_set (f->view->chart, "move-dependents", FALSE, NULL);
  task = find_task (f, "Kontaktpersoner");
  g_assert_true (kp_gantt_chart_move_task (f->view->chart, task, -2, &error));
  g_assert_cmpint (kp_entity_get_date (kp_document_lookup (f->document, &kp_desc_task, succ_id), "start-date"), ==, succ_start);
  g_assert_true (kp_document_undo (f->document, &error));

  /* Keyboard equivalents on the selected bar. */
  kp_timeline_view_select_id (f->view, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view->chart), "chart.resize-end", "i", 1));
  g_assert_cmpint (kp_entity_get_date (e, "end-date"), ==, end + 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view->chart), "chart.progress", "i", -10));
  g_assert_cmpfloat (kp_entity_get_real (e, "progress"), ==, 90);
  g_assert_cmpstr (kp_entity_get_text (e, "status"), ==, "in_progress");
  g_assert_true (kp_document_undo (f->document, &error));
  g_assert_true (kp_document_undo (f->document, &error));
  g_assert_cmpint (kp_entity_get_date (e, "end-date"), ==, end);
  g_assert_cmpfloat (kp_entity_get_real (e, "progress"), ==, 100);

  /* A dependency by keyboard: L on the predecessor, Enter on the successor; then Delete. */
  {
    guint n = g_list_model_get_n_items (deps);
    int a = find_task (f, "Förankring"), b = find_task (f, "Beslut om förstudie");

    kp_timeline_view_select_id (f->view, kp_gantt_data_task (f->view->data, a)->id);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view->chart), "chart.link-start", NULL));
    kp_timeline_view_select_id (f->view, kp_gantt_data_task (f->view->data, b)->id);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view->chart), "chart.link-finish", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (deps), ==, n + 1);
    g_assert_cmpint (kp_gantt_chart_get_selected_link (f->view->chart), !=, 0);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view->chart), "chart.delete-link", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (deps), ==, n);
    /* A cycle is refused with a message, and nothing changes. */
    g_assert_false (kp_gantt_chart_link (f->view->chart, find_task (f, "Insamling data och webbintervjuer"),
                                         find_task (f, "Kontaktpersoner"), &error));
    g_assert_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_CYCLE);
    g_assert_cmpuint (g_list_model_get_n_items (deps), ==, n);
    g_clear_error (&error);
  }
}

static void
test_outline_structure (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int task = find_task (f, "Omvärldsbevakning");
  gint64 id = kp_gantt_data_task (f->view->data, task)->id;
  guint n = g_list_model_get_n_items (kp_document_get_list (f->document, &kp_desc_task));
  KpEntity *e = kp_document_lookup (f->document, &kp_desc_task, id);
  gint64 parent = kp_entity_get_int (e, "parent-id");

  /* Enter adds an activity below. */
  kp_timeline_view_select_id (f->view, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.add-activity", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (f->document, &kp_desc_task)), ==, n + 1);
  assert_in_step (f);
  {
    int added = kp_timeline_view_selected_task (f->view);

    g_assert_cmpint (added, ==, task + 1);
    g_assert_cmpint (kp_gantt_data_task (f->view->data, added)->parent_id, ==, parent);
  }
  g_assert_true (kp_document_undo (f->document, &error));
  assert_in_step (f);

  /* Tab makes it a child of the activity above, Shift+Tab takes it back. */
  kp_timeline_view_select_id (f->view, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.indent", NULL));
  g_assert_cmpint (kp_entity_get_int (e, "parent-id"), !=, parent);
  g_assert_cmpstr (kp_entity_get_text (kp_document_lookup (f->document, &kp_desc_task, kp_entity_get_int (e, "parent-id")), "kind"), ==, "phase");
  assert_in_step (f);
  kp_timeline_view_select_id (f->view, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.outdent", NULL));
  g_assert_cmpint (kp_entity_get_int (e, "parent-id"), ==, parent);
  assert_in_step (f);

  /* Alt+Up moves it above its sibling. */
  kp_timeline_view_select_id (f->view, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.move-up", NULL));
  g_assert_cmpstr (kp_gantt_data_task (f->view->data, find_task (f, "Omvärldsbevakning"))->wbs, ==, "1.1");
  assert_in_step (f);
  g_assert_true (kp_document_undo (f->document, &error));
  g_assert_cmpstr (kp_gantt_data_task (f->view->data, find_task (f, "Omvärldsbevakning"))->wbs, ==, "1.2");
}

static void
edit (Fixture         *f,
      gint64           id,
      KpOutlineColumn  column,
      const char      *text)
{
  g_assert_true (kp_timeline_outline_edit (f->view, id, column));
  g_assert_true (kp_timeline_outline_is_editing (f->view));
  gtk_editable_set_text (GTK_EDITABLE (f->view->editor_entry), text);
  g_signal_emit_by_name (f->view->editor_entry, "activate");
  kpg_drain ();
  g_assert_false (kp_timeline_outline_is_editing (f->view));
}

static void
test_cell_editing (Fixture       *f,
                   gconstpointer  data)
{
  int task = find_task (f, "Kontaktpersoner");
  gint64 id = kp_gantt_data_task (f->view->data, task)->id;
  KpEntity *e = kp_document_lookup (f->document, &kp_desc_task, id);
  KpDate start = kp_entity_get_date (e, "start-date");
  char buf[KP_DATE_ISO_SIZE];

  edit (f, id, COL_NAME, "Kontaktpersoner i varje kommun");
  g_assert_cmpstr (kp_entity_get_text (e, "name"), ==, "Kontaktpersoner i varje kommun");
  edit (f, id, COL_START, kp_date_format_iso (start + 7, buf));
  g_assert_cmpint (kp_entity_get_date (e, "start-date"), ==, start + 7);
  /* Ten working days from the start. */
  edit (f, id, COL_DAYS, "10");
  g_assert_cmpint (kp_working_days_between (kp_entity_get_date (e, "start-date"), kp_entity_get_date (e, "end-date")), ==, 10);
  edit (f, id, COL_PROGRESS, "35 %");
  g_assert_cmpfloat (kp_entity_get_real (e, "progress"), ==, 35);
  edit (f, id, COL_RESPONSIBLE, "MAS-nätverket");
  g_assert_cmpstr (kp_entity_get_text (e, "responsible"), ==, "MAS-nätverket");
  /* A bad date changes nothing. */
  edit (f, id, COL_END, "den 31 maj");
  g_assert_cmpint (kp_working_days_between (kp_entity_get_date (e, "start-date"), kp_entity_get_date (e, "end-date")), ==, 10);
  /* A phase's dates follow from its activities: no editor. */
  g_assert_false (kp_timeline_outline_edit (f->view, kp_gantt_data_task (f->view->data, 0)->id, COL_START));
  g_assert_false (kp_timeline_outline_edit (f->view, id, COL_WBS));
  assert_in_step (f);
}

static void
test_filters_and_critical (Fixture       *f,
                           gconstpointer  data)
{
  guint all = outline_rows (f);

  gtk_editable_set_text (GTK_EDITABLE (f->view->search_entry), "beslut");
  kp_timeline_view_refresh (f->view);  /* the entry waits a moment before it says so */
  g_free (f->view->search);
  f->view->search = g_strdup ("beslut");
  kp_timeline_view_refresh (f->view);
  g_assert_cmpuint (outline_rows (f), <, all);
  assert_in_step (f);
  g_free (f->view->search);
  f->view->search = NULL;

  gtk_drop_down_set_selected (f->view->filter_kind_dropdown, KP_GANTT_FILTER_PHASE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->view->filter_value_dropdown)));
  g_assert_cmpuint (outline_rows (f), <, all);
  assert_in_step (f);
  gtk_drop_down_set_selected (f->view->filter_kind_dropdown, KP_GANTT_FILTER_ALL);
  g_assert_cmpuint (outline_rows (f), ==, all);

  g_object_set (f->view, "critical", TRUE, NULL);
  {
    guint critical = 0;

    for (guint k = 0; k < kp_gantt_data_n_tasks (f->view->data); k++)
      critical += kp_gantt_data_task (f->view->data, (int) k)->critical;
    g_assert_cmpuint (critical, >, 0);
  }
  kpg_assert_screenshot (f->window, "screenshot-timeline-critical.png");
}

static void
test_zoom_and_baseline (Fixture       *f,
                        gconstpointer  data)
{
  kp_gantt_chart_set_zoom (f->view->chart, KP_ZOOM_MONTH);
  g_assert_cmpuint (gtk_drop_down_get_selected (f->view->zoom_dropdown), ==, KP_ZOOM_MONTH);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom", "i", 1));
  g_assert_cmpint (kp_gantt_chart_get_zoom (f->view->chart), ==, KP_ZOOM_WEEK);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom", "i", 0));
  g_assert_cmpfloat (kp_gantt_chart_get_timescale (f->view->chart)->px_per_day, <, 8);

  /* The example has a baseline: showing it shows the slip column. */
  g_assert_cmpuint (f->view->baseline_ids->len, >, 0);
  gtk_drop_down_set_selected (f->view->baseline_dropdown, 1);
  g_assert_true (gtk_column_view_column_get_visible (f->view->slip_column));
  {
    gboolean any = FALSE;

    for (guint k = 0; k < kp_gantt_data_n_tasks (f->view->data); k++)
      any = any || kp_gantt_data_task (f->view->data, (int) k)->base_start != KP_DATE_NONE;
    g_assert_true (any);
  }
  kp_gantt_chart_set_zoom (f->view->chart, KP_ZOOM_WEEK);
  kpg_wait_ms (100);
  kpg_assert_screenshot (f->window, "screenshot-timeline-baseline.png");
}

/* ---- what GTK compares between two frames ------------------------------------------ */

/* GTK 4.8 repaints only what differs from the last frame, if it can tell: a rotation cannot
 * be compared, and past 30 differences it repaints everything around them. The chart draws
 * its diamonds without rotations, and the chart's rows and the outline's cells carry damage
 * marks (kp-damage-mark.h) that change exactly when their content does. */
typedef struct
{
  guint rotations;          /* transforms that are more than a move */
  guint textures;
  guint marks;              /* invisible colour rectangles */
  guint marks_clipped;      /* those of them inside a clip */
  GdkRGBA first_mark;
  graphene_rect_t first_mark_bounds;
  GdkRGBA mark_keys[8];     /* the first eight marks */
  graphene_rect_t mark_bounds[8];
  guint clips;              /* while counting: how many clips are around the node */
  PangoWeight first_text_weight;
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
      c->clips++;
      count_nodes (gsk_clip_node_get_child (node), c);
      c->clips--;
      break;
    case GSK_TEXTURE_NODE:
      c->textures++;
      break;
    case GSK_TEXT_NODE:
      if (c->first_text_weight == 0)
        {
          PangoFontDescription *desc = pango_font_describe (gsk_text_node_get_font (node));

          c->first_text_weight = pango_font_description_get_weight (desc);
          pango_font_description_free (desc);
        }
      break;
    case GSK_COLOR_NODE:
      if (gsk_color_node_get_color (node)->alpha == 0)
        {
          graphene_rect_t bounds;

          gsk_render_node_get_bounds (node, &bounds);
          c->marks_clipped += c->clips > 0;
          if (c->marks < G_N_ELEMENTS (c->mark_bounds))
            {
              c->mark_keys[c->marks] = *gsk_color_node_get_color (node);
              c->mark_bounds[c->marks] = bounds;
            }
          if (c->marks++ == 0)
            {
              c->first_mark = *gsk_color_node_get_color (node);
              c->first_mark_bounds = bounds;
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

/* The marks of @after that differ from those in their place in @before: what GTK repaints
 * for them. Their indexes go to @changed. */
static guint
changed_marks (const Census *before,
               const Census *after,
               guint         changed[8])
{
  guint n = 0;

  g_assert_cmpuint (after->marks, ==, before->marks);
  g_assert_cmpuint (after->marks, <=, G_N_ELEMENTS (after->mark_bounds));
  for (guint i = 0; i < after->marks; i++)
    if (!gdk_rgba_equal (&before->mark_keys[i], &after->mark_keys[i]) ||
        !graphene_rect_equal (&before->mark_bounds[i], &after->mark_bounds[i]))
      changed[n++] = i;
  return n;
}

static void
test_redraw_marks (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *chart = GTK_WIDGET (f->view->chart), *cell;
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (f->view->outline_scroll);
  Census first, again;
  guint changed[8];
  double cx, cy;

  kp_gantt_chart_set_zoom (f->view->chart, KP_ZOOM_WEEK);
  kpg_wait_ms (100);

  /* The example's meetings and milestones are diamonds, drawn from textures; nothing is
   * rotated. The chart's marks are drawn first, inside the rows' clip, where GTK compares
   * what changed in the rows, and as many in every frame: GTK pairs the nodes of two
   * frames in order, and one mark more would be paired with the rows' background.
   * Scrolled, the chart's rows change all, and the first mark covers them, not the time
   * scale above them. */
  kp_gantt_chart_set_selected (f->view->chart, 0);
  gtk_adjustment_set_value (vadj, KP_TIMELINE_ROW_HEIGHT);
  first = census_of (chart);
  g_assert_cmpuint (first.rotations, ==, 0);
  g_assert_cmpuint (first.textures, >, 0);
  g_assert_cmpuint (first.marks, >=, 2);
  g_assert_cmpuint (first.marks_clipped, ==, first.marks);
  g_assert_cmpfloat (first.first_mark_bounds.origin.y, ==, KP_GANTT_HEADER_HEIGHT);
  g_assert_cmpfloat (first.first_mark_bounds.size.width, ==, gtk_widget_get_width (chart));
  g_assert_cmpfloat (first.first_mark_bounds.size.height, ==, kp_gantt_chart_rows_height (f->view->chart));
  /* Drawn again unchanged, the marks are the same: GTK repaints nothing. */
  again = census_of (chart);
  g_assert_cmpuint (changed_marks (&first, &again, changed), ==, 0);
  /* A bar selected changes its row alone: a new mark over that row. */
  kp_gantt_chart_select_index (f->view->chart, kp_gantt_layout_task_at (f->view->layout, 3), FALSE);
  again = census_of (chart);
  g_assert_cmpuint (changed_marks (&first, &again, changed), ==, 1);
  g_assert_cmpfloat (again.mark_bounds[changed[0]].origin.y, >=, KP_GANTT_HEADER_HEIGHT + 2 * KP_TIMELINE_ROW_HEIGHT - 2);
  g_assert_cmpfloat (again.mark_bounds[changed[0]].size.height, <=, KP_TIMELINE_ROW_HEIGHT + 4);
  first = census_of (chart);

  /* An activity moved with those after it: a mark for each of the bands of rows the chain
   * runs through in view, each there no taller than a band; together they cover less
   * there than the box around them would. */
  {
    double rows_h = kp_gantt_chart_rows_height (f->view->chart);
    float band = (float) (ceil (rows_h / 4 / KP_TIMELINE_ROW_HEIGHT) * KP_TIMELINE_ROW_HEIGHT);
    graphene_rect_t rows = GRAPHENE_RECT_INIT (0, KP_GANTT_HEADER_HEIGHT, (float) gtk_widget_get_width (chart), (float) rows_h);
    graphene_rect_t box, part;
    int pred = -1;
    float area = 0;
    guint n, in_view = 0;
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < f->view->data->links->len && pred < 0; i++)
      {
        const KpGanttLink *l = &g_array_index (f->view->data->links, KpGanttLink, i);
        int a = kp_gantt_layout_row_of (f->view->layout, l->pred), b = kp_gantt_layout_row_of (f->view->layout, l->succ);

        if (a >= 2 && b >= 0 && (b + 1) * KP_TIMELINE_ROW_HEIGHT < rows_h + KP_TIMELINE_ROW_HEIGHT &&
            floor ((a - 1) * KP_TIMELINE_ROW_HEIGHT / band) != floor ((b - 1) * KP_TIMELINE_ROW_HEIGHT / band))
          pred = l->pred;
      }
    g_assert_cmpint (pred, >=, 0);
    g_object_set (f->view->chart, "move-dependents", TRUE, NULL);
    g_assert_true (kp_gantt_chart_move_task (f->view->chart, pred, 7, &error));
    g_assert_no_error (error);
    again = census_of (chart);
    n = changed_marks (&first, &again, changed);
    box = GRAPHENE_RECT_INIT (0, 0, 0, 0);
    for (guint i = 0; i < n; i++)
      {
        const graphene_rect_t *mark = &again.mark_bounds[changed[i]];

        /* A band's mark may reach out of view, to arrows towards rows further down. */
        if (!graphene_rect_intersection (mark, &rows, &part))
          continue;
        g_assert_cmpfloat (part.size.height, <=, band + 4);
        area += part.size.width * part.size.height;
        box = in_view++ == 0 ? part : box;
        graphene_rect_union (&box, &part, &box);
      }
    g_assert_cmpuint (in_view, >=, 2);
    g_assert_cmpfloat (area, <, box.size.width * box.size.height);
  }

  /* Scrolled by a fraction of a pixel, the chart draws at the whole pixel, as the outline. */
  gtk_adjustment_set_value (vadj, 45.5);
  g_assert_true (kp_gantt_chart_to_content (f->view->chart, 10, KP_GANTT_HEADER_HEIGHT, &cx, &cy));
  g_assert_cmpfloat (cy, ==, 45);
  gtk_adjustment_set_value (vadj, 0);

  /* An outline cell's mark covers its box and changes with its text, and only then. */
  cell = kpg_find (GTK_WIDGET (f->view->outline), KP_TYPE_CELL_TEXT);
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
}

/* The name cell of a phase (bold) or of an activity, whichever is asked for. */
static GtkWidget *
name_cell (Fixture  *f,
           gboolean  heading)
{
  GHashTableIter iter;
  gpointer cells;

  g_hash_table_iter_init (&iter, f->view->row_cells);
  while (g_hash_table_iter_next (&iter, NULL, &cells))
    {
      GtkListItem *item = ((GtkListItem **) cells)[COL_NAME];
      GtkWidget *cell;

      if (item == NULL)
        continue;
      cell = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)));
      if (gtk_widget_get_mapped (cell) && gtk_widget_has_css_class (cell, "heading") == heading)
        return cell;
    }
  g_assert_not_reached ();
}

/* Cells share the shaping of a text only in the same font: a phase's name, in bold, is
 * not drawn with an activity's shaping of the same text. */
static void
test_shared_shaping (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *phase = name_cell (f, TRUE), *activity = name_cell (f, FALSE);
  Census a, p;

  kp_cell_text_set_text (KP_CELL_TEXT (activity), "Samma text");
  kp_cell_text_set_text (KP_CELL_TEXT (phase), "Samma text");
  a = census_of (activity);
  p = census_of (phase);
  g_assert_cmpint (a.first_text_weight, >, 0);
  g_assert_cmpint (p.first_text_weight, >, a.first_text_weight);
  /* and the other way round, the activity drawn after the phase. */
  kp_cell_text_set_text (KP_CELL_TEXT (phase), "Annan text");
  kp_cell_text_set_text (KP_CELL_TEXT (activity), "Annan text");
  p = census_of (phase);
  a = census_of (activity);
  g_assert_cmpint (p.first_text_weight, >, a.first_text_weight);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/timeline-view/rows-in-step", Fixture, NULL, setup, test_rows_in_step, teardown);
  g_test_add ("/timeline-view/selection", Fixture, NULL, setup, test_selection, teardown);
  g_test_add ("/timeline-view/edits-and-undo", Fixture, NULL, setup, test_edits_and_undo, teardown);
  g_test_add ("/timeline-view/outline-structure", Fixture, NULL, setup, test_outline_structure, teardown);
  g_test_add ("/timeline-view/cell-editing", Fixture, NULL, setup, test_cell_editing, teardown);
  g_test_add ("/timeline-view/filters-and-critical", Fixture, NULL, setup, test_filters_and_critical, teardown);
  g_test_add ("/timeline-view/zoom-and-baseline", Fixture, NULL, setup, test_zoom_and_baseline, teardown);
  g_test_add ("/timeline-view/redraw-marks", Fixture, NULL, setup, test_redraw_marks, teardown);
  g_test_add ("/timeline-view/shared-shaping", Fixture, NULL, setup, test_shared_shaping, teardown);
  return g_test_run ();
}
