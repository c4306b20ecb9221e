/* test-gantt-data.c: outline order, WBS, phase spans, layout with folds, and filters. */
#include "config.h"

#include "kp-calendar.h"
#include "kp-date.h"
#include "kp-gantt-data.h"
#include "kp-gantt-filter.h"
#include "kp-gantt-layout.h"

#define D(y, m, d) kp_date_from_ymd (y, m, d)

/* 1 Phase A (id 10)          1    2020-09-01 … from children
 *   1.1 a1 (id 11, pos 0)
 *   1.2 a2 (id 12, pos 1) milestone
 * 2 Phase B (id 20)
 *   2.1 Sub (id 21)
 *     2.1.1 b1 (id 22)
 * 3 c (id 30)                 undated, responsible "Anna" */
static KpGanttData *
sample (void)
{
  KpGanttData *data = kp_gantt_data_new ("Test");

  /* Added out of order on purpose. */
  kp_gantt_data_add_task (data, 22, 21, 0, FALSE, FALSE, D (2021, 1, 4), D (2021, 1, 29), 10, "b1", "Bo");
  kp_gantt_data_add_task (data, 12, 10, 1, FALSE, TRUE, D (2020, 10, 30), D (2020, 10, 30), 0, "a2", "anna ");
  kp_gantt_data_add_task (data, 30, 0, 2, FALSE, FALSE, KP_DATE_NONE, KP_DATE_NONE, 0, "c", "Anna");
  kp_gantt_data_add_task (data, 10, 0, 0, TRUE, FALSE, KP_DATE_NONE, KP_DATE_NONE, 0, "Phase A", "");
  kp_gantt_data_add_task (data, 20, 0, 1, TRUE, FALSE, D (2020, 11, 1), D (2020, 12, 31), 0, "Phase B", "");
  kp_gantt_data_add_task (data, 11, 10, 0, FALSE, FALSE, D (2020, 9, 1), D (2020, 9, 30), 100, "a1", "Bo");
  kp_gantt_data_add_task (data, 21, 20, 0, FALSE, FALSE, KP_DATE_NONE, KP_DATE_NONE, 0, "Sub", "");
  kp_gantt_data_add_link (data, 1, 11, 12);
  kp_gantt_data_add_link (data, 2, 11, 999);  /* dangling: dropped */
  kp_gantt_data_add_meeting (data, 1, D (2020, 10, 1), "steering_group", "SG", FALSE);
  kp_gantt_data_add_training (data, 1, D (2020, 9, 1), D (2020, 9, 10), "T1");
  kp_gantt_data_add_training (data, 2, D (2020, 9, 5), D (2020, 9, 20), "T2");
  kp_gantt_data_add_training (data, 3, D (2020, 9, 11), D (2020, 9, 12), "T3");
  kp_gantt_data_finish (data);
  return data;
}

static void
test_order_and_wbs (void)
{
  g_autoptr(KpGanttData) data = sample ();
  static const gint64 ids[] = { 10, 11, 12, 20, 21, 22, 30 };
  static const char *wbs[] = { "1", "1.1", "1.2", "2", "2.1", "2.1.1", "3" };
  static const int depth[] = { 0, 1, 1, 0, 1, 2, 0 };

  g_assert_cmpuint (kp_gantt_data_n_tasks (data), ==, 7);
  for (guint i = 0; i < 7; i++)
    {
      const KpGanttTask *t = kp_gantt_data_task (data, (int) i);

      g_assert_cmpint (t->id, ==, ids[i]);
      g_assert_cmpstr (t->wbs, ==, wbs[i]);
      g_assert_cmpint (t->depth, ==, depth[i]);
      g_assert_cmpint (kp_gantt_data_find (data, ids[i]), ==, (int) i);
    }
  /* Sub has a child, so it is a phase even though its kind says activity. */
  g_assert_true (kp_gantt_data_task (data, 4)->is_phase);
  g_assert_false (kp_gantt_data_task (data, 6)->is_phase);
  g_assert_cmpint (kp_gantt_data_task (data, 0)->n_children, ==, 2);
  g_assert_cmpuint (data->links->len, ==, 1);
  g_assert_cmpint (kp_gantt_data_find (data, 999), ==, -1);
  g_assert_true (kp_gantt_data_is_within (data, 5, 3));
  g_assert_false (kp_gantt_data_is_within (data, 5, 0));
}

static void
test_spans (void)
{
  g_autoptr(KpGanttData) data = sample ();
  const KpGanttTask *a = kp_gantt_data_task (data, 0), *b = kp_gantt_data_task (data, 3);

  /* A phase without dates spans its children; one with dates also covers them. */
  g_assert_cmpint (a->span_start, ==, D (2020, 9, 1));
  g_assert_cmpint (a->span_end, ==, D (2020, 10, 30));
  g_assert_cmpint (b->span_start, ==, D (2020, 11, 1));
  g_assert_cmpint (b->span_end, ==, D (2021, 1, 29));
  g_assert_cmpint (kp_gantt_data_task (data, 4)->span_end, ==, D (2021, 1, 29));
  g_assert_cmpint (kp_gantt_data_task (data, 6)->span_start, ==, KP_DATE_NONE);
  g_assert_cmpint (data->min_date, ==, D (2020, 9, 1));
  g_assert_cmpint (data->max_date, ==, D (2021, 1, 29));
  /* September 2020 has 22 working days in Sweden. */
  g_assert_cmpint (kp_gantt_task_working_days (kp_gantt_data_task (data, 1)), ==, 22);
  g_assert_cmpint (kp_gantt_task_working_days (kp_gantt_data_task (data, 6)), ==, 0);
}

static void
test_training_lanes (void)
{
  g_autoptr(KpGanttData) data = sample ();

  g_assert_cmpint (data->n_training_lanes, ==, 2);
  g_assert_cmpint (g_array_index (data->trainings, KpGanttTraining, 0).lane, ==, 0);
  g_assert_cmpint (g_array_index (data->trainings, KpGanttTraining, 1).lane, ==, 1);
  /* T3 starts after T1 ends: back in the first lane. */
  g_assert_cmpint (g_array_index (data->trainings, KpGanttTraining, 2).lane, ==, 0);
}

static void
test_cycles_and_orphans (void)
{
  g_autoptr(KpGanttData) data = kp_gantt_data_new (NULL);

  kp_gantt_data_add_task (data, 1, 2, 0, FALSE, FALSE, 0, 0, 0, "x", NULL);
  kp_gantt_data_add_task (data, 2, 1, 0, FALSE, FALSE, 0, 0, 0, "y", NULL);
  kp_gantt_data_add_task (data, 3, 77, 0, FALSE, FALSE, 0, 0, 0, "orphan", NULL);
  kp_gantt_data_add_task (data, 4, 4, 0, FALSE, FALSE, 0, 0, 0, "self", NULL);
  kp_gantt_data_finish (data);
  g_assert_cmpuint (kp_gantt_data_n_tasks (data), ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (kp_gantt_data_task (data, (int) i)->depth, <=, 1);
  g_assert_cmpint (kp_gantt_data_task (data, kp_gantt_data_find (data, 3))->parent, ==, -1);
  g_assert_cmpint (kp_gantt_data_task (data, kp_gantt_data_find (data, 4))->parent, ==, -1);
}

static void
test_layout_folds (void)
{
  g_autoptr(KpGanttData) data = sample ();
  g_autoptr(KpGanttLayout) layout = kp_gantt_layout_new (30);
  g_autoptr(GHashTable) folded = g_hash_table_new (g_int64_hash, g_int64_equal);
  static gint64 a = 10, sub = 21, b = 20;
  int first, last;

  kp_gantt_layout_build (layout, data, NULL);
  g_assert_cmpuint (kp_gantt_layout_n_rows (layout), ==, 7);
  g_assert_cmpfloat (kp_gantt_layout_height (layout), ==, 210);
  g_assert_cmpint (kp_gantt_layout_row_at_y (layout, 0), ==, 0);
  g_assert_cmpint (kp_gantt_layout_row_at_y (layout, 59.9), ==, 1);
  g_assert_cmpint (kp_gantt_layout_row_at_y (layout, 210), ==, -1);
  g_assert_cmpint (kp_gantt_layout_row_at_y (layout, -1), ==, -1);

  g_hash_table_add (folded, &a);
  g_hash_table_add (folded, &sub);
  kp_gantt_layout_build (layout, data, folded);
  /* Phase A, Phase B, Sub, c */
  g_assert_cmpuint (kp_gantt_layout_n_rows (layout), ==, 4);
  g_assert_cmpint (kp_gantt_layout_task_at (layout, 0), ==, 0);
  g_assert_cmpint (kp_gantt_layout_task_at (layout, 1), ==, 3);
  g_assert_cmpint (kp_gantt_layout_task_at (layout, 2), ==, 4);
  g_assert_cmpint (kp_gantt_layout_task_at (layout, 3), ==, 6);
  g_assert_cmpint (kp_gantt_layout_row_of (layout, 1), ==, -1);
  g_assert_cmpint (kp_gantt_layout_row_of (layout, 5), ==, -1);
  g_assert_cmpint (kp_gantt_layout_row_of (layout, 6), ==, 3);
  g_assert_cmpfloat (kp_gantt_layout_row_y (layout, 3), ==, 90);

  /* Folding an outer phase hides the inner one whatever its own state. */
  g_hash_table_remove_all (folded);
  g_hash_table_add (folded, &b);
  kp_gantt_layout_build (layout, data, folded);
  g_assert_cmpuint (kp_gantt_layout_n_rows (layout), ==, 5);
  g_assert_cmpint (kp_gantt_layout_row_of (layout, 4), ==, -1);

  g_assert_true (kp_gantt_layout_rows_in (layout, 31, 30, &first, &last));
  g_assert_cmpint (first, ==, 1);
  g_assert_cmpint (last, ==, 2);
  g_assert_true (kp_gantt_layout_rows_in (layout, -100, 1000, &first, &last));
  g_assert_cmpint (first, ==, 0);
  g_assert_cmpint (last, ==, 4);
  g_assert_false (kp_gantt_layout_rows_in (layout, 150, 30, &first, &last));
}

static guint
visible_rows (KpGanttData *data)
{
  g_autoptr(KpGanttLayout) layout = kp_gantt_layout_new (10);

  kp_gantt_layout_build (layout, data, NULL);
  return kp_gantt_layout_n_rows (layout);
}

static void
test_filters (void)
{
  g_autoptr(KpGanttData) data = sample ();
  KpGanttFilter f = { KP_GANTT_FILTER_ALL, D (2020, 10, 28), NULL, 0, NULL };

  g_assert_true (kp_gantt_filter_is_empty (&f));
  g_assert_cmpuint (kp_gantt_filter_apply (data, &f), ==, 7);

  /* Week 44 of 2020 (26 Oct – 1 Nov): Phase A, a2, Phase B. */
  f.kind = KP_GANTT_FILTER_THIS_WEEK;
  g_assert_cmpuint (kp_gantt_filter_apply (data, &f), ==, 3);
  g_assert_true (kp_gantt_data_task (data, 2)->visible);
  g_assert_false (kp_gantt_data_task (data, 1)->visible);
  g_assert_cmpuint (visible_rows (data), ==, 3);

  f.kind = KP_GANTT_FILTER_THIS_MONTH;
  g_assert_cmpuint (kp_gantt_filter_apply (data, &f), ==, 2);

  /* Late: a2 is due 30 October and not done; a1 is done. */
  f.kind = KP_GANTT_FILTER_LATE;
  f.today = D (2020, 11, 2);
  g_assert_cmpuint (kp_gantt_filter_apply (data, &f), ==, 2);  /* Phase A too: its span ended */
  g_assert_true (kp_gantt_data_task (data, 2)->matches);
  g_assert_false (kp_gantt_data_task (data, 1)->matches);

  /* Responsible, ignoring case and blanks: a2 ("anna ") and c ("Anna"). */
  f.kind = KP_GANTT_FILTER_RESPONSIBLE;
  f.responsible = "ANNA";
  g_assert_cmpuint (kp_gantt_filter_apply (data, &f), ==, 2);
  g_assert_true (kp_gantt_data_task (data, 0)->visible);   /* a2's phase */
  g_assert_false (kp_gantt_data_task (data, 0)->matches);
  g_assert_cmpuint (visible_rows (data), ==, 3);

  f.kind = KP_GANTT_FILTER_PHASE;
  f.phase_id = 20;
  g_assert_cmpuint (kp_gantt_filter_apply (data, &f), ==, 3);
  g_assert_cmpuint (visible_rows (data), ==, 3);

  /* Search within a filter, by part of the name. */
  f.search = "B1";
  g_assert_cmpuint (kp_gantt_filter_apply (data, &f), ==, 1);
  g_assert_cmpuint (visible_rows (data), ==, 3);   /* b1 with Sub and Phase B */
  f.kind = KP_GANTT_FILTER_ALL;
  f.search = "phase";
  g_assert_cmpuint (kp_gantt_filter_apply (data, &f), ==, 2);
  f.search = "nothing like it";
  g_assert_cmpuint (kp_gantt_filter_apply (data, &f), ==, 0);
  g_assert_cmpuint (visible_rows (data), ==, 0);
}

static void
test_responsibles (void)
{
  g_autoptr(KpGanttData) data = sample ();
  g_autofree const char **who = kp_gantt_data_responsibles (data);

  g_assert_cmpuint (g_strv_length ((char **) who), ==, 2);
  g_assert_cmpstr (who[1], ==, "Bo");
}

static void
test_slip_and_late (void)
{
  g_autoptr(KpGanttData) data = sample ();
  KpGanttTask *b1 = kp_gantt_data_task (data, 5);

  g_assert_cmpint (kp_gantt_task_slip (b1), ==, 0);
  kp_gantt_data_set_baseline (data, 22, D (2021, 1, 4), D (2021, 1, 22));
  g_assert_cmpint (kp_gantt_task_slip (b1), ==, 7);
  kp_gantt_data_set_baseline (data, 22, D (2021, 1, 4), D (2021, 2, 5));
  g_assert_cmpint (kp_gantt_task_slip (b1), ==, -7);
  g_assert_true (kp_gantt_task_is_late (b1, D (2021, 2, 1)));
  g_assert_false (kp_gantt_task_is_late (b1, D (2021, 1, 29)));
  g_assert_false (kp_gantt_task_is_late (kp_gantt_data_task (data, 1), D (2030, 1, 1)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gantt-data/order-and-wbs", test_order_and_wbs);
  g_test_add_func ("/gantt-data/spans", test_spans);
  g_test_add_func ("/gantt-data/training-lanes", test_training_lanes);
  g_test_add_func ("/gantt-data/cycles-and-orphans", test_cycles_and_orphans);
  g_test_add_func ("/gantt-data/layout-folds", test_layout_folds);
  g_test_add_func ("/gantt-data/filters", test_filters);
  g_test_add_func ("/gantt-data/responsibles", test_responsibles);
  g_test_add_func ("/gantt-data/slip-and-late", test_slip_and_late);
  return g_test_run ();
}
