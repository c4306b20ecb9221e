/* test-followup-view.c: the Follow-up view through its widgets, typed into with real key
 * presses: a month of time entries, the ESF+ caps refused, participant counts, the budget's
 * totals, the dashboard's figures and charts, CSV export of a table; screenshots in Swedish,
 * light and dark, wide and narrow. */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fixtures/kp-gui-test.h"
#include "kp-application.h"
#include "kp-date.h"
#include "kp-entity-cell.h"
#include "kp-examples.h"
#include "kp-followup-view.h"
#include "kp-format.h"
#include "kp-stats.h"
#include "kp-summary.h"
#include "kp-window.h"

static KpApplication *app;

typedef struct
{
  KpWindow *window;
  KpDocument *document;
  KpFollowupView *view;
} Fixture;

static void
fixture_open_sized (Fixture    *fx,
                    const char *example,
                    int         width,
                    int         height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) document = kp_example_open_copy (kp_example_find (example), &error);

  g_assert_no_error (error);
  fx->window = kp_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fx->window), width, height);
  kp_window_set_document (fx->window, document);
  fx->document = g_object_ref (document);
  gtk_window_present (GTK_WINDOW (fx->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx->window), "win.show-view", "s", "follow-up"));
  kpg_drain ();
  fx->view = KP_FOLLOWUP_VIEW (kpg_find (GTK_WIDGET (fx->window), KP_TYPE_FOLLOWUP_VIEW));
  g_assert_nonnull (fx->view);
  kpg_wait_ms (100);
}

static void
fixture_open (Fixture    *fx,
              const char *example)
{
  fixture_open_sized (fx, example, 1280, 860);
}

static void
fixture_close (Fixture *fx)
{
  gtk_window_destroy (GTK_WINDOW (fx->window));
  g_clear_object (&fx->document);
  /* Long enough for what GTK does after a widget loses the focus. */
  kpg_wait_ms (300);
}

/* ---- time entries ------------------------------------------------------------------ */

static guint
count_person (KpDocument *doc,
              const char *person)
{
  GListModel *list = kp_document_get_list (doc, &kp_desc_time_entry);
  guint n = 0;

  for (guint i = 0, k = g_list_model_get_n_items (list); i < k; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      n += g_str_equal (kp_entity_get_text (e, "person"), person);
    }
  return n;
}

typedef struct
{
  KpEntityTable *table;
  int field;
} FocusWait;

/* The focus is in the new row's cell of the field. */
static gboolean
focus_in_draft_cb (gpointer data)
{
  FocusWait *w = data;
  GtkWidget *focus = kpg_focus (GTK_WIDGET (w->table));
  GtkWidget *cell = focus != NULL ? gtk_widget_get_ancestor (focus, KP_TYPE_ENTITY_CELL) : NULL;

  return cell != NULL && kp_entity_cell_get_entity (KP_ENTITY_CELL (cell)) == kp_entity_table_get_draft (w->table) &&
         (w->field < 0 || (int) kp_entity_cell_get_field (KP_ENTITY_CELL (cell)) == w->field);
}

static void
assert_focus_in (KpEntityTable *table,
                 const char    *field)
{
  FocusWait w = { table, kp_entity_desc_field_index (&kp_desc_time_entry, field) };

  if (!kpg_wait_until (focus_in_draft_cb, &w, 2000))
    {
      GtkWidget *focus = kpg_focus (GTK_WIDGET (table));

      g_error ("the focus is not in the new row's “%s” cell but in %s", field,
               focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
    }
}

static void
test_type_a_month (void)
{
  Fixture fx;
  KpTimeEntriesPage *page;
  KpEntityTable *table;
  KpEntity *draft;
  g_autoptr(GError) error = NULL;
  const char *cofinancing = kp_catalog_label (&kp_catalog_funding, "cofinancing");
  char letter[2] = { g_ascii_tolower (cofinancing[0]), 0 };
  static const int days[] = { 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 25, 26, 27, 28 };
  guint before;

  if (!kpg_can_type ())
    {
      g_test_skip ("no X display with xdotool to press keys");
      return;
    }
  g_assert_true (g_ascii_isalpha (letter[0]));
  fixture_open (&fx, "skuggning-linkoping");
  kp_followup_view_show_section (fx.view, "time");
  page = kp_followup_view_get_time_entries (fx.view);
  table = kp_time_entries_page_get_table (page);
  before = g_list_model_get_n_items (kp_document_get_list (fx.document, &kp_desc_time_entry));
  kpg_wait_ms (100);

  /* The first row in full: Tab from cell to cell, letters choose the organisation and the
   * funding, Enter in the last cell adds it. */
  g_assert_true (kp_entity_table_focus_entry_row (table));
  assert_focus_in (table, "date");
  kpg_type ("2024-03-01");
  kpg_key ("Tab");
  assert_focus_in (table, "organisation-id");
  kpg_type ("le");
  kpg_key ("Tab");
  assert_focus_in (table, "person");
  kpg_type ("Anna Berg");
  kpg_key ("Tab");
  kpg_type ("6");
  kpg_key ("Tab");
  kpg_type ("Skuggning i hemtjansten");
  kpg_key ("Tab");
  assert_focus_in (table, "funding");
  kpg_type (letter);
  g_assert_cmpstr (kp_entity_get_text (kp_entity_table_get_draft (table), "funding"), ==, "cofinancing");
  kpg_key ("Return");
  g_assert_null (kp_entity_table_get_entry_error (table));
  g_assert_cmpuint (count_person (fx.document, "Anna Berg"), ==, 1);
  assert_focus_in (table, "date");

  /* The rest of the month: the day alone, Enter through the kept cells. */
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      char day[4];

      g_snprintf (day, sizeof day, "%d", days[i]);
      kpg_type (day);
      kpg_key ("Return Return Return");
      kpg_type (i % 2 ? "7" : "5");
      kpg_key ("Return Return Return");
      assert_focus_in (table, "date");
    }
  g_assert_cmpuint (count_person (fx.document, "Anna Berg"), ==, 1 + G_N_ELEMENTS (days));
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (fx.document, &kp_desc_time_entry)), ==,
                    before + 1 + G_N_ELEMENTS (days));
  {
    GListModel *list = kp_document_get_list (fx.document, &kp_desc_time_entry);
    double sum = 0;
    guint in_march = 0;

    for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
      {
        g_autoptr(KpEntity) e = g_list_model_get_item (list, i);
        KpEntity *org;
        int y, m;

        if (!g_str_equal (kp_entity_get_text (e, "person"), "Anna Berg"))
          continue;
        org = kp_document_lookup (fx.document, &kp_desc_organisation, kp_entity_get_int (e, "organisation-id"));
        g_assert_cmpstr (kp_entity_get_text (org, "name"), ==, "Leanlink");
        g_assert_cmpstr (kp_entity_get_text (e, "activity"), ==, "Skuggning i hemtjansten");
        g_assert_cmpstr (kp_entity_get_text (e, "funding"), ==, "cofinancing");
        kp_date_to_ymd (kp_entity_get_date (e, "date"), &y, &m, NULL);
        in_march += y == 2024 && m == 3;
        sum += kp_entity_get_real (e, "hours");
      }
    g_assert_cmpuint (in_march, ==, 1 + G_N_ELEMENTS (days));
    g_assert_cmpfloat (sum, ==, 6 + 10 * 5 + 9 * 7);
  }

  /* ESF+: more than 13 hours on a day is refused where the row is typed, and nothing is
   * added; so is half an hour. */
  kpg_type ("29");
  kpg_key ("Return Return Return");
  kpg_type ("14");
  kpg_key ("Return Return Return");
  g_assert_nonnull (kp_entity_table_get_entry_error (table));
  g_assert_nonnull (strstr (kp_entity_table_get_entry_error (table), "13"));
  g_assert_cmpuint (count_person (fx.document, "Anna Berg"), ==, 1 + G_N_ELEMENTS (days));
  draft = kp_entity_table_get_draft (table);
  g_assert_cmpfloat (kp_entity_get_real (draft, "hours"), ==, 14);
  /* Back to the hours, put right, added. */
  kpg_key ("shift+Tab shift+Tab");
  assert_focus_in (table, "hours");
  kpg_type ("6,5");
  kpg_key ("Return Return Return");
  g_assert_nonnull (kp_entity_table_get_entry_error (table));
  kpg_key ("shift+Tab shift+Tab");
  kpg_type ("4");
  kpg_key ("Return Return Return");
  g_assert_null (kp_entity_table_get_entry_error (table));
  g_assert_cmpuint (count_person (fx.document, "Anna Berg"), ==, 2 + G_N_ELEMENTS (days));

  /* Each row is one undo step. */
  g_assert_true (kp_document_undo (fx.document, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_person (fx.document, "Anna Berg"), ==, 1 + G_N_ELEMENTS (days));
  kpg_wait_ms (100);

  /* The totals: March 2024 per organisation, and in working weeks. */
  {
    g_autoptr(KpStatsHours) hours = kp_stats_hours_new (fx.document, NULL);
    KpFigureTable *totals = kp_time_entries_page_get_totals (page);
    guint month = 0;

    for (guint i = 0; i < hours->n_months; i++)
      if (hours->months[i] == kp_date_from_ymd (2024, 3, 1))
        month = i + 1;
    g_assert_cmpuint (month, >, 0);
    kp_time_entries_page_set_month (page, month);
    kpg_drain ();
    for (guint r = 0, n = g_list_model_get_n_items (kp_figure_table_get_rows (totals)); r < n; r++)
      {
        g_autofree char *label = kp_figure_table_dup_text (totals, r, 0);
        g_autofree char *total = kp_figure_table_dup_text (totals, r, 3);
        g_autofree char *weeks = kp_figure_table_dup_text (totals, r, 4);

        for (guint o = 0; o < hours->n_rows; o++)
          if (g_str_equal (hours->rows[o].name, label))
            {
              g_autofree char *want = kp_format_number (hours->rows[o].months[month - 1].total, 2);
              g_autofree char *want_weeks = kp_format_number (kp_stats_weeks (hours->rows[o].months[month - 1].total), 2);

              g_assert_cmpstr (total, ==, want);
              g_assert_cmpstr (weeks, ==, want_weeks);
            }
      }
    {
      g_autofree char *h = kp_format_number (hours->month_totals[month - 1].total, 2);
      g_autofree char *w = kp_format_number (kp_stats_weeks (hours->month_totals[month - 1].total), 2);

      g_assert_nonnull (strstr (kp_time_entries_page_get_summary (page), h));
      g_assert_nonnull (strstr (kp_time_entries_page_get_summary (page), w));
    }
  }
  kpg_save_screenshot (GTK_WIDGET (fx.window), "followup-time-entries.png");
  fixture_close (&fx);
}

/* ---- participants ------------------------------------------------------------------ */

static gint64
count_of (KpDocument *doc,
          const char *period,
          const char *gender,
          const char *age,
          const char *status)
{
  GListModel *list = kp_document_get_list (doc, &kp_desc_participant_count);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      if (g_str_equal (kp_entity_get_text (e, "period"), period) && g_str_equal (kp_entity_get_text (e, "gender"), gender) &&
          g_str_equal (kp_entity_get_text (e, "age-band"), age) && g_str_equal (kp_entity_get_text (e, "start-status"), status))
        return kp_entity_get_int (e, "count");
    }
  return -1;
}

static gboolean
focus_is_cb (gpointer data)
{
  GtkWidget *widget = data;
  GtkWidget *focus = kpg_focus (widget);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_participants (void)
{
  Fixture fx;
  KpParticipantsPage *page;
  KpCountGrid *starts, *results;
  g_autoptr(GError) error = NULL;
  guint rows_before;

  fixture_open (&fx, "vardens-medarbetare");
  kp_followup_view_show_section (fx.view, "participants");
  page = kp_followup_view_get_participants (fx.view);
  starts = kp_participants_page_get_starts (page);
  results = kp_participants_page_get_results (page);
  kpg_drain ();
  /* The latest period of the file comes first, with its counts and totals. */
  g_assert_cmpstr (kp_participants_page_get_period (page), ==, "2020-Q4");
  g_assert_cmpuint (kp_count_grid_get_n_rows (starts), ==, 12);
  g_assert_cmpuint (kp_count_grid_get_n_columns (starts), ==, 4);
  g_assert_cmpuint (kp_count_grid_get_total (starts), ==, 45);
  g_assert_cmpuint (kp_count_grid_get_total (results), ==, 45);
  /* Women 30–54, employed: row 2 (women × 30–54), column 3 (employed). */
  g_assert_cmpstr (gtk_editable_get_text (kp_count_grid_get_cell (starts, 2, 3)), ==, "27");
  kpg_wait_ms (500);
  kpg_save_screenshot (GTK_WIDGET (fx.window), "followup-participants.png");

  /* A period that is not one is refused, naming what was typed. */
  g_assert_false (kp_participants_page_set_period (page, "2021-13"));
  g_assert_cmpstr (kp_participants_page_get_period (page), ==, "2020-Q4");
  g_assert_true (kp_participants_page_set_period (page, "2021-q1"));
  g_assert_cmpstr (kp_participants_page_get_period (page), ==, "2021-Q1");
  g_assert_cmpuint (kp_count_grid_get_total (starts), ==, 0);
  rows_before = g_list_model_get_n_items (kp_document_get_list (fx.document, &kp_desc_participant_count));

  if (kpg_can_type ())
    {
      /* Typed in with keys: Tab and Enter go to the next cell. */
      GtkEditable *first = kp_count_grid_get_cell (starts, 0, 0);

      gtk_widget_grab_focus (GTK_WIDGET (first));
      g_assert_true (kpg_wait_until (focus_is_cb, first, 2000));
      kpg_type ("2");
      kpg_key ("Tab");
      kpg_type ("5");
      kpg_key ("Return");
      kpg_type ("1");
      kpg_key ("Tab");
      g_assert_cmpint (count_of (fx.document, "2021-Q1", "woman", "under_18", "unemployed"), ==, 2);
      g_assert_cmpint (count_of (fx.document, "2021-Q1", "woman", "under_18", "long_term_unemployed"), ==, 5);
      g_assert_cmpint (count_of (fx.document, "2021-Q1", "woman", "under_18", "inactive"), ==, 1);
      g_assert_cmpuint (kp_count_grid_get_total (starts), ==, 8);
    }
  else
    g_test_message ("no X display with xdotool: the counts are typed without key presses");

  /* Through the entries as well: a number, then a change, then an empty cell removes it;
   * what is not a number is refused and marked. */
  gtk_editable_set_text (kp_count_grid_get_cell (starts, 6, 3), "12");
  g_assert_true (kp_count_grid_commit (starts, 6, 3));
  g_assert_cmpint (count_of (fx.document, "2021-Q1", "man", "30_54", "employed"), ==, 12);
  gtk_editable_set_text (kp_count_grid_get_cell (starts, 6, 3), "13");
  g_assert_true (kp_count_grid_commit (starts, 6, 3));
  g_assert_cmpint (count_of (fx.document, "2021-Q1", "man", "30_54", "employed"), ==, 13);
  gtk_editable_set_text (kp_count_grid_get_cell (starts, 6, 3), "tre");
  g_assert_false (kp_count_grid_commit (starts, 6, 3));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (kp_count_grid_get_cell (starts, 6, 3)), "error"));
  g_assert_cmpint (count_of (fx.document, "2021-Q1", "man", "30_54", "employed"), ==, 13);
  gtk_editable_set_text (kp_count_grid_get_cell (starts, 6, 3), "");
  g_assert_true (kp_count_grid_commit (starts, 6, 3));
  g_assert_cmpint (count_of (fx.document, "2021-Q1", "man", "30_54", "employed"), ==, -1);
  gtk_editable_set_text (kp_count_grid_get_cell (results, 1, 3), "4");
  g_assert_true (kp_count_grid_commit (results, 1, 3));
  g_assert_cmpuint (kp_count_grid_get_total (results), ==, 4);
  /* Each cell is one undo step; the figures follow. */
  g_assert_true (kp_document_undo (fx.document, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kp_count_grid_get_total (results), ==, 0);
  g_assert_true (kp_document_undo (fx.document, &error));
  g_assert_cmpint (count_of (fx.document, "2021-Q1", "man", "30_54", "employed"), ==, 13);
  g_assert_cmpstr (gtk_editable_get_text (kp_count_grid_get_cell (starts, 6, 3)), ==, "13");
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (fx.document, &kp_desc_participant_count)), >, rows_before);
  {
    g_autoptr(KpStatsParticipants) p = kp_stats_participants_new (fx.document, NULL);

    g_assert_cmpuint (p->total, ==, 45 + kp_count_grid_get_total (starts));
  }
  fixture_close (&fx);
}

/* ---- budget and staffing ------------------------------------------------------------ */

static void
test_budget_and_staffing (void)
{
  Fixture fx;
  KpBudgetPage *page;
  KpFigureTable *totals;
  g_autoptr(KpStatsBudget) budget = NULL;
  guint n;

  fixture_open (&fx, "vardens-medarbetare");
  kp_followup_view_show_section (fx.view, "budget");
  page = kp_followup_view_get_budget (fx.view);
  totals = kp_budget_page_get_totals (page);
  kpg_drain ();
  budget = kp_stats_budget_new (fx.document);
  n = g_list_model_get_n_items (kp_figure_table_get_rows (totals));
  g_assert_cmpuint (n, >=, 2);
  /* The last row is the total; its figures are the stats'. */
  {
    g_autofree char *b = kp_figure_table_dup_text (totals, n - 1, 1);
    g_autofree char *o = kp_figure_table_dup_text (totals, n - 1, 2);
    g_autofree char *f = kp_figure_table_dup_text (totals, n - 1, 5);
    g_autofree char *want_b = kp_format_number (budget->total.budget, 0);
    g_autofree char *want_o = kp_format_number (budget->total.outcome, 0);
    g_autofree char *want_f = kp_format_number (budget->total.funder_outcome, 0);

    g_assert_cmpstr (b, ==, want_b);
    g_assert_cmpstr (o, ==, want_o);
    g_assert_cmpstr (f, ==, want_f);
  }
  g_assert_nonnull (strstr (kp_budget_page_get_summary (page), "SEK"));
  kpg_wait_ms (500);
  kpg_save_screenshot (GTK_WIDGET (fx.window), "followup-budget.png");

  /* Staffing: the table of every row, typed in like time entries. */
  kp_followup_view_show_section (fx.view, "staffing");
  kpg_drain ();
  g_assert_nonnull (kp_entity_table_get_draft (kp_followup_view_get_staffing (fx.view)));
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (kp_followup_view_get_staffing (fx.view))), ==,
                    1 + g_list_model_get_n_items (kp_document_get_list (fx.document, &kp_desc_staffing_stat)));
  kpg_wait_ms (500);
  kpg_save_screenshot (GTK_WIDGET (fx.window), "followup-staffing.png");
  fixture_close (&fx);
}

/* ---- the dashboard ------------------------------------------------------------------ */

static void
assert_chart_matches_hours (KpChart            *chart,
                            const KpStatsHours *hours)
{
  g_assert_nonnull (chart);
  g_assert_cmpint (kp_chart_get_kind (chart), ==, KP_CHART_STACKED_BAR);
  g_assert_cmpuint (kp_chart_get_n_categories (chart), ==, hours->n_rows);
  for (guint i = 0; i < hours->n_rows; i++)
    {
      g_assert_cmpstr (kp_chart_get_category (chart, i), ==, hours->rows[i].name);
      g_assert_cmpfloat (kp_chart_get_value (chart, 0, i), ==, hours->rows[i].total.funded);
      g_assert_cmpfloat (kp_chart_get_value (chart, 1, i), ==, hours->rows[i].total.cofinancing);
    }
}

static void
test_dashboard (void)
{
  Fixture fx;
  KpFollowupDashboard *dashboard;
  g_autoptr(KpStatsReport) report = NULL;
  KpChart *chart;
  g_autofree char *dir = g_dir_make_tmp ("kp-dashboard-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "timmar.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "timmar.svg", NULL);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr(GError) error = NULL;
  KpStatsRange range;

  fixture_open (&fx, "vardens-medarbetare");
  kp_followup_view_show_section (fx.view, "dashboard");
  dashboard = kp_followup_view_get_dashboard (fx.view);
  kpg_drain ();
  report = kp_stats_report_new (fx.document, NULL, KP_DATE_NONE);

  /* Every chart from the stats. */
  assert_chart_matches_hours (kp_chart_view_get_chart (kp_followup_dashboard_get_chart (dashboard, "hours")), report->hours);
  chart = kp_chart_view_get_chart (kp_followup_dashboard_get_chart (dashboard, "meetings"));
  g_assert_nonnull (chart);
  {
    double held = 0;

    for (guint c = 0; c < kp_chart_get_n_categories (chart); c++)
      held += kp_chart_get_value (chart, 0, c) + kp_chart_get_value (chart, 1, c);
    g_assert_cmpfloat (held, ==, report->meetings->held);
    g_assert_cmpfloat (kp_chart_get_value (chart, 0, 0) + kp_chart_get_value (chart, 1, 0), ==,
                       kp_stats_meetings_held (report->meetings, "steering_group"));
  }
  chart = kp_chart_view_get_chart (kp_followup_dashboard_get_chart (dashboard, "participants"));
  g_assert_nonnull (chart);
  g_assert_cmpuint (kp_chart_get_n_categories (chart), ==, report->participants->n_genders);
  g_assert_cmpfloat (kp_chart_get_value (chart, 0, 0), ==, report->participants->by_gender[0]);
  chart = kp_chart_view_get_chart (kp_followup_dashboard_get_chart (dashboard, "staffing"));
  g_assert_nonnull (chart);
  g_assert_cmpint (kp_chart_get_kind (chart), ==, KP_CHART_LINE);
  g_assert_cmpuint (kp_chart_get_n_categories (chart), ==, report->staffing->n_periods);
  g_assert_cmpuint (kp_chart_get_n_series (chart), ==, report->staffing->n_roles);
  g_assert_cmpfloat (kp_chart_get_value (chart, 0, 0), ==, (double) report->staffing->trend[0].employees);
  chart = kp_chart_view_get_chart (kp_followup_dashboard_get_chart (dashboard, "budget"));
  g_assert_nonnull (chart);
  {
    double sum = 0;

    for (guint c = 0; c < kp_chart_get_n_categories (chart); c++)
      sum += kp_chart_get_value (chart, 1, c);
    g_assert_cmpfloat (fabs (sum - report->budget->total.outcome), <, 0.005);
  }
  /* The key figures: hours as the stats count them. */
  {
    KpKeyText texts[KP_N_KEYS];

    kp_key_texts_fill (&report->key, "SEK", texts);
    g_assert_cmpstr (kp_key_figure_get_value (kp_followup_dashboard_get_key_figure (dashboard, KP_KEY_HOURS)), ==,
                     texts[KP_KEY_HOURS].value);
    kp_key_texts_clear (texts);
  }
  kpg_wait_ms (500);
  kpg_save_screenshot (GTK_WIDGET (fx.window), "followup-dashboard.png");

  /* Saved as PNG and SVG, as the chart's own menu does. */
  g_assert_true (kp_chart_view_save (kp_followup_dashboard_get_chart (dashboard, "hours"), png_file, &error));
  g_assert_no_error (error);
  g_assert_true (kp_chart_view_save (kp_followup_dashboard_get_chart (dashboard, "hours"), svg_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));
  g_unlink (png);
  g_unlink (svg);
  g_rmdir (dir);

  /* A period: the figures of 2021 only; a wrong one is refused and changes nothing. */
  g_assert_true (kp_followup_dashboard_set_range (dashboard, "2021-01-01", "2021-12-31"));
  kpg_drain ();
  g_assert_true (kp_stats_range_parse ("2021-01-01", "2021-12-31", &range, NULL));
  {
    g_autoptr(KpStatsHours) hours = kp_stats_hours_new (fx.document, &range);

    assert_chart_matches_hours (kp_chart_view_get_chart (kp_followup_dashboard_get_chart (dashboard, "hours")), hours);
  }
  g_assert_false (kp_followup_dashboard_set_range (dashboard, "2021-12-31", "2021-01-01"));
  g_assert_false (kp_followup_dashboard_set_range (dashboard, "31/12", ""));

  /* Dark. */
  g_assert_true (kp_followup_dashboard_set_range (dashboard, "", ""));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  kpg_wait_ms (500);
  g_assert_true (kp_chart_view_get_dark (kp_followup_dashboard_get_chart (dashboard, "hours")));
  kpg_save_screenshot (GTK_WIDGET (fx.window), "followup-dashboard-dark.png");
  kp_followup_view_show_section (fx.view, "time");
  kpg_wait_ms (500);
  kpg_save_screenshot (GTK_WIDGET (fx.window), "followup-time-entries-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  fixture_close (&fx);
}

/* ---- narrow ------------------------------------------------------------------------- */

/* On a phone-sized window (the view alone: the main window is as wide as its widest view)
 * the sidebar folds away and every part still fits. */
static void
test_narrow (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) document = kp_example_open_copy (kp_example_default (), &error);
  GtkWidget *window = gtk_window_new ();
  KpFollowupView *view = g_object_new (KP_TYPE_FOLLOWUP_VIEW, NULL);
  static const char *const sections[] = { "dashboard", "time", "participants", "staffing", "budget" };

  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  kp_followup_view_set_document (view, document);
  gtk_window_present (GTK_WINDOW (window));
  kpg_wait_ms (300);
  g_assert_cmpint (gtk_widget_get_width (window), ==, 360);
  g_assert_true (kp_followup_view_get_folded (view));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *name = g_strdup_printf ("followup-narrow-%s.png", sections[i]);

      kp_followup_view_show_section (view, sections[i]);
      kpg_wait_ms (300);
      g_assert_cmpint (gtk_widget_get_width (window), ==, 360);
      kpg_save_screenshot (window, name);
    }
  /* Back to the list of parts. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "followup.back", NULL));
  kpg_wait_ms (400);
  kpg_save_screenshot (window, "followup-narrow-sidebar.png");
  gtk_window_destroy (GTK_WINDOW (window));
  kpg_wait_ms (300);
}

/* ---- CSV of a table ----------------------------------------------------------------- */

static void
test_csv_export (void)
{
  Fixture fx;
  KpTimeEntriesPage *page;
  KpEntityTable *table;
  g_autofree char *dir = g_dir_make_tmp ("kp-csv-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tid.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KpEntity) entry = kp_entity_new (&kp_desc_time_entry);
  g_autoptr(KpEntity) org = NULL;
  g_autoptr(KpStatsHours) hours = NULL;
  GListModel *list;
  guint in_march = 0, month = 0, lines = 0;

  fixture_open (&fx, "vardens-medarbetare");
  kp_followup_view_show_section (fx.view, "time");
  page = kp_followup_view_get_time_entries (fx.view);
  table = kp_time_entries_page_get_table (page);
  kpg_drain ();
  g_assert_true (gtk_widget_is_sensitive (kpg_find_action (GTK_WIDGET (table), "table.export-csv")));

  /* An activity that a spreadsheet would take for a formula. */
  org = g_list_model_get_item (kp_document_get_list (fx.document, &kp_desc_organisation), 0);
  kp_entity_set_date (entry, "date", kp_date_from_ymd (2021, 3, 1));
  kp_entity_set_int (entry, "organisation-id", kp_entity_get_id (org));
  kp_entity_set_text (entry, "person", "Anna Berg");
  kp_entity_set_real (entry, "hours", 2.5);
  kp_entity_set_text (entry, "activity", "=SUM(A1:A9)");
  kp_entity_set_text (entry, "funding", "funded");
  g_assert_true (kp_entity_table_add (table, entry, &error));
  g_assert_no_error (error);
  kpg_drain ();

  /* The table shows March 2021 only: the file holds what it shows. */
  hours = kp_stats_hours_new (fx.document, NULL);
  for (guint i = 0; i < hours->n_months; i++)
    if (hours->months[i] == kp_date_from_ymd (2021, 3, 1))
      month = i + 1;
  g_assert_cmpuint (month, >, 0);
  kp_time_entries_page_set_month (page, month);
  kpg_drain ();
  list = kp_document_get_list (fx.document, &kp_desc_time_entry);
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);
      int y, m;

      kp_date_to_ymd (kp_entity_get_date (e, "date"), &y, &m, NULL);
      in_march += y == 2021 && m == 3;
    }
  /* The new row, then the month's rows. */
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (table)), ==, 1 + in_march);

  g_assert_true (kp_entity_table_export_csv (table, file, "sv", &error));
  g_assert_no_error (error);
  {
    g_autofree char *csv = NULL;
    g_autofree char *header = g_strdup_printf ("%s;%s;", _("Date"), _("Organisation"));

    g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
    g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
    g_assert_true (g_str_has_prefix (csv + 3, header));
    g_assert_nonnull (strstr (csv, "'=SUM(A1:A9)"));
    g_assert_nonnull (strstr (csv, "2,5"));
    for (const char *p = csv; *p; p++)
      lines += *p == '\n';
    g_assert_cmpuint (lines, ==, 1 + in_march);
  }
  g_assert_true (kp_entity_table_export_csv (table, file, "en", &error));
  {
    g_autofree char *csv = NULL;

    g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
    g_assert_true (g_str_has_prefix (csv + 3, "Date,Organisation,"));
    g_assert_nonnull (strstr (csv, "2.5"));
  }
  g_unlink (path);
  g_rmdir (dir);
  fixture_close (&fx);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("kp-test-cache-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  int status;

  /* Swedish, as the users see it; numbers too ("8,75"). */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  app = kpg_init_swedish_app (&argc, &argv);
  g_test_add_func ("/followup-view/type-a-month", test_type_a_month);
  g_test_add_func ("/followup-view/participants", test_participants);
  g_test_add_func ("/followup-view/budget-and-staffing", test_budget_and_staffing);
  g_test_add_func ("/followup-view/dashboard", test_dashboard);
  g_test_add_func ("/followup-view/csv-export", test_csv_export);
  g_test_add_func ("/followup-view/narrow", test_narrow);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
