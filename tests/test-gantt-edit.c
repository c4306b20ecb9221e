/* test-gantt-edit.c: the critical path (a chain, a diamond, gaps over weekends) and the
 * planning of moves, reorders, indents and working-day durations. */
#include "config.h"

#include "kp-calendar.h"
#include "kp-gantt-critical.h"
#include "kp-gantt-edit.h"

#define D(y, m, d) kp_date_from_ymd (y, m, d)

static KpGanttData *
diamond (void)
{
  KpGanttData *data = kp_gantt_data_new (NULL);

  /* A → B → D and A → C → D; B takes longer than C, so C has float. Weeks of 2020-09. */
  kp_gantt_data_add_task (data, 1, 0, 0, FALSE, FALSE, D (2020, 9, 7), D (2020, 9, 11), 0, "A", NULL);
  kp_gantt_data_add_task (data, 2, 0, 1, FALSE, FALSE, D (2020, 9, 14), D (2020, 9, 25), 0, "B", NULL);
  kp_gantt_data_add_task (data, 3, 0, 2, FALSE, FALSE, D (2020, 9, 14), D (2020, 9, 16), 0, "C", NULL);
  kp_gantt_data_add_task (data, 4, 0, 3, FALSE, TRUE, D (2020, 9, 28), D (2020, 9, 28), 0, "D", NULL);
  kp_gantt_data_add_task (data, 5, 0, 4, FALSE, FALSE, D (2020, 9, 1), D (2020, 9, 3), 0, "loose", NULL);
  kp_gantt_data_add_link (data, 1, 1, 2);
  kp_gantt_data_add_link (data, 2, 1, 3);
  kp_gantt_data_add_link (data, 3, 2, 4);
  kp_gantt_data_add_link (data, 4, 3, 4);
  kp_gantt_data_finish (data);
  return data;
}

static void
test_critical_diamond (void)
{
  g_autoptr(KpGanttData) data = diamond ();
  int slack[5];

  g_assert_cmpuint (kp_gantt_critical_path (data), ==, 3);
  g_assert_true (kp_gantt_data_task (data, 0)->critical);
  g_assert_true (kp_gantt_data_task (data, 1)->critical);
  g_assert_false (kp_gantt_data_task (data, 2)->critical);
  g_assert_true (kp_gantt_data_task (data, 3)->critical);
  g_assert_false (kp_gantt_data_task (data, 4)->critical);
  kp_gantt_float (data, slack);
  /* C ends Wednesday 16th, B on Friday 25th: seven working days of float. The loose task
   * could end on the project's last day, 28 September: 17 working days later. */
  g_assert_cmpint (slack[2], ==, 7);
  g_assert_cmpint (slack[0], ==, 0);
  g_assert_cmpint (slack[4], ==, 17);
}

static void
test_critical_weekend_and_holiday (void)
{
  g_autoptr(KpGanttData) data = kp_gantt_data_new (NULL);

  /* Ends Thursday before Good Friday 2021 (2 April); the successor starts on the Tuesday
   * after Easter Monday: no working day between, so both are critical. */
  kp_gantt_data_add_task (data, 1, 0, 0, FALSE, FALSE, D (2021, 3, 29), D (2021, 4, 1), 0, "x", NULL);
  kp_gantt_data_add_task (data, 2, 0, 1, FALSE, FALSE, D (2021, 4, 6), D (2021, 4, 9), 0, "y", NULL);
  kp_gantt_data_add_task (data, 3, 0, 2, TRUE, FALSE, 0, 0, 0, "phase", NULL);
  kp_gantt_data_add_task (data, 4, 3, 0, FALSE, FALSE, D (2021, 3, 29), D (2021, 3, 30), 0, "z", NULL);
  kp_gantt_data_add_link (data, 1, 1, 2);
  kp_gantt_data_finish (data);
  g_assert_cmpuint (kp_gantt_critical_path (data), ==, 2);
  /* A summary phase is never marked itself. */
  g_assert_false (kp_gantt_data_task (data, 2)->critical);
}

static void
test_critical_chain_long (void)
{
  g_autoptr(KpGanttData) data = kp_gantt_data_new (NULL);
  KpDate d = D (2022, 1, 3);

  for (int i = 1; i <= 500; i++)
    {
      KpDate end = kp_gantt_end_for_working_days (d, 3);

      kp_gantt_data_add_task (data, i, 0, i, FALSE, FALSE, d, end, 0, "t", NULL);
      if (i > 1)
        kp_gantt_data_add_link (data, i, i - 1, i);
      d = kp_date_add_working_days (end, 1);
    }
  kp_gantt_data_finish (data);
  g_assert_cmpuint (kp_gantt_critical_path (data), ==, 500);
}

static void
test_critical_through_phases (void)
{
  g_autoptr(KpGanttData) data = kp_gantt_data_new (NULL);

  /* Phase P (a, b) → phase Q (c): the link between the phases binds a, which ends last in P. */
  kp_gantt_data_add_task (data, 1, 0, 0, TRUE, FALSE, 0, 0, 0, "P", NULL);
  kp_gantt_data_add_task (data, 2, 1, 0, FALSE, FALSE, D (2020, 9, 7), D (2020, 9, 18), 0, "a", NULL);
  kp_gantt_data_add_task (data, 3, 1, 1, FALSE, FALSE, D (2020, 9, 7), D (2020, 9, 9), 0, "b", NULL);
  kp_gantt_data_add_task (data, 4, 0, 1, TRUE, FALSE, 0, 0, 0, "Q", NULL);
  kp_gantt_data_add_task (data, 5, 4, 0, FALSE, FALSE, D (2020, 9, 21), D (2020, 10, 2), 0, "c", NULL);
  kp_gantt_data_add_link (data, 1, 1, 4);
  kp_gantt_data_finish (data);
  g_assert_cmpuint (kp_gantt_critical_path (data), ==, 4);
  g_assert_true (kp_gantt_data_task (data, 1)->critical);    /* a */
  g_assert_false (kp_gantt_data_task (data, 2)->critical);   /* b */
  g_assert_true (kp_gantt_data_task (data, 4)->critical);    /* c */
  g_assert_true (kp_gantt_data_task (data, 0)->critical && kp_gantt_data_task (data, 3)->critical);
}

static void
test_working_day_ends (void)
{
  /* Friday 4 Sep 2020 + 3 working days: Fri, Mon, Tue. */
  g_assert_cmpint (kp_gantt_end_for_working_days (D (2020, 9, 4), 3), ==, D (2020, 9, 8));
  g_assert_cmpint (kp_gantt_end_for_working_days (D (2020, 9, 4), 1), ==, D (2020, 9, 4));
  /* From a Saturday the first working day is Monday. */
  g_assert_cmpint (kp_gantt_end_for_working_days (D (2020, 9, 5), 1), ==, D (2020, 9, 7));
  g_assert_cmpint (kp_gantt_end_for_working_days (D (2020, 9, 5), 0), ==, D (2020, 9, 5));
  for (int n = 1; n < 300; n += 7)
    g_assert_cmpint (kp_working_days_between (D (2020, 12, 20), kp_gantt_end_for_working_days (D (2020, 12, 20), n)), ==, n);
}

/* P1 (1): a (2), b (3) | P2 (4): c (5) | d (6). Links a→c, c→d. */
static KpGanttData *
tree (void)
{
  KpGanttData *data = kp_gantt_data_new (NULL);

  kp_gantt_data_add_task (data, 1, 0, 0, TRUE, FALSE, 0, 0, 0, "P1", NULL);
  kp_gantt_data_add_task (data, 2, 1, 0, FALSE, FALSE, D (2020, 9, 1), D (2020, 9, 2), 0, "a", NULL);
  kp_gantt_data_add_task (data, 3, 1, 1, FALSE, FALSE, D (2020, 9, 1), D (2020, 9, 2), 0, "b", NULL);
  kp_gantt_data_add_task (data, 4, 0, 1, TRUE, FALSE, 0, 0, 0, "P2", NULL);
  kp_gantt_data_add_task (data, 5, 4, 0, FALSE, FALSE, D (2020, 9, 3), D (2020, 9, 4), 0, "c", NULL);
  kp_gantt_data_add_task (data, 6, 0, 2, FALSE, FALSE, D (2020, 9, 7), D (2020, 9, 8), 0, "d", NULL);
  kp_gantt_data_add_link (data, 1, 2, 5);
  kp_gantt_data_add_link (data, 2, 5, 6);
  kp_gantt_data_finish (data);
  return data;
}

static gboolean
has (GArray *tasks,
     int     task)
{
  for (guint i = 0; i < tasks->len; i++)
    if (g_array_index (tasks, int, i) == task)
      return TRUE;
  return FALSE;
}

static void
test_collect_moved (void)
{
  g_autoptr(KpGanttData) data = tree ();
  g_autoptr(GArray) moved = g_array_new (FALSE, FALSE, sizeof (int));

  kp_gantt_collect_moved (data, 1, FALSE, moved);
  g_assert_cmpuint (moved->len, ==, 1);
  kp_gantt_collect_moved (data, 1, TRUE, moved);   /* a, c, d */
  g_assert_cmpuint (moved->len, ==, 3);
  g_assert_cmpint (g_array_index (moved, int, 0), ==, 1);
  g_assert_true (has (moved, 4) && has (moved, 5));
  /* A phase takes its children along, and their dependents. */
  kp_gantt_collect_moved (data, 0, FALSE, moved);
  g_assert_cmpuint (moved->len, ==, 3);
  kp_gantt_collect_moved (data, 0, TRUE, moved);
  g_assert_cmpuint (moved->len, ==, 5);
  g_assert_false (has (moved, 3));   /* P2 itself does not move; its child does */
}

static const KpGanttPlacement *
placement_of (GArray *out,
              gint64  id)
{
  for (guint i = 0; i < out->len; i++)
    if (g_array_index (out, KpGanttPlacement, i).id == id)
      return &g_array_index (out, KpGanttPlacement, i);
  return NULL;
}

static void
test_place_and_drop (void)
{
  g_autoptr(KpGanttData) data = tree ();
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (KpGanttPlacement));

  /* d before a: d 0, a 1, b 2 in P1. */
  g_assert_true (kp_gantt_plan_drop (data, 5, 1, FALSE, out));
  g_assert_cmpint (placement_of (out, 6)->parent_id, ==, 1);
  g_assert_cmpint (placement_of (out, 6)->position, ==, 0);
  g_assert_cmpint (placement_of (out, 2)->position, ==, 1);
  g_assert_cmpint (placement_of (out, 3)->position, ==, 2);
  /* b after a is where it is already: nothing changes. */
  g_assert_true (kp_gantt_plan_drop (data, 2, 1, TRUE, out));
  g_assert_cmpuint (out->len, ==, 0);
  /* a phase may not go inside itself */
  g_assert_false (kp_gantt_plan_place (data, 0, 1, -1, out));
  g_assert_false (kp_gantt_plan_drop (data, 0, 0, FALSE, out));
  /* P2 to the end of the top level. */
  g_assert_true (kp_gantt_plan_place (data, 3, -1, -1, out));
  g_assert_cmpint (placement_of (out, 4)->position, ==, 2);
  g_assert_cmpint (placement_of (out, 6)->position, ==, 1);
}

static void
test_indent_outdent (void)
{
  g_autoptr(KpGanttData) data = tree ();
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (KpGanttPlacement));

  /* The first child has no sibling above: no indent. */
  g_assert_false (kp_gantt_plan_indent (data, 1, out));
  /* b under a, which becomes a phase. */
  g_assert_true (kp_gantt_plan_indent (data, 2, out));
  g_assert_cmpint (placement_of (out, 3)->parent_id, ==, 2);
  g_assert_true (placement_of (out, 2)->make_phase);
  /* d under P2, which is a phase already, as its last child. */
  g_assert_true (kp_gantt_plan_indent (data, 5, out));
  g_assert_cmpuint (out->len, ==, 1);
  g_assert_cmpint (placement_of (out, 6)->parent_id, ==, 4);
  g_assert_cmpint (placement_of (out, 6)->position, ==, 1);
  /* Outdent a: right after P1 at the top level. */
  g_assert_true (kp_gantt_plan_outdent (data, 1, out));
  g_assert_cmpint (placement_of (out, 2)->parent_id, ==, 0);
  g_assert_cmpint (placement_of (out, 2)->position, ==, 1);
  g_assert_cmpint (placement_of (out, 4)->position, ==, 2);
  g_assert_cmpint (placement_of (out, 6)->position, ==, 3);
  g_assert_false (kp_gantt_plan_outdent (data, 0, out));
}

static void
test_insert_after (void)
{
  g_autoptr(KpGanttData) data = tree ();
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (KpGanttPlacement));
  gint64 parent, position;

  kp_gantt_plan_insert_after (data, 1, out, &parent, &position);
  g_assert_cmpint (parent, ==, 1);
  g_assert_cmpint (position, ==, 1);
  g_assert_cmpint (placement_of (out, 3)->position, ==, 2);
  kp_gantt_plan_insert_after (data, -1, out, &parent, &position);
  g_assert_cmpint (parent, ==, 0);
  g_assert_cmpint (position, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gantt-edit/critical/diamond", test_critical_diamond);
  g_test_add_func ("/gantt-edit/critical/weekend-and-holiday", test_critical_weekend_and_holiday);
  g_test_add_func ("/gantt-edit/critical/long-chain", test_critical_chain_long);
  g_test_add_func ("/gantt-edit/critical/through-phases", test_critical_through_phases);
  g_test_add_func ("/gantt-edit/working-day-ends", test_working_day_ends);
  g_test_add_func ("/gantt-edit/collect-moved", test_collect_moved);
  g_test_add_func ("/gantt-edit/place-and-drop", test_place_and_drop);
  g_test_add_func ("/gantt-edit/indent-outdent", test_indent_outdent);
  g_test_add_func ("/gantt-edit/insert-after", test_insert_after);
  return g_test_run ();
}
