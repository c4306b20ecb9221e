/* test-followup-view.c: the Follow-up view through its widgets, typed into with real key
 * presses: a month of time entries, the ESF+ caps refused, participant counts, the budget's
 * totals, the dashboard's figures and charts, CSV export of a table; screenshots in Swedish,
 * light and dark, wide and narrow. */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "fixtures/kp-gui-test.h"
#include "kp-application.h"
#include "kp-date.h"
#include "kp-entity-cell.h"
#include "kp-examples.h"
#include "kp-followup-view.h"
#include "kp-format.h"
#include "kp-stats.h"
#include "kp-window.h"

static KpApplication *app;

typedef struct
{
  KpWindow *window;
  KpDocument *document;
  KpFollowupView *view;
} Fixture;

static void
fixture_open (Fixture    *fx,
              const char *example)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) document = kp_example_open_copy (kp_example_find (example), &error);

  g_assert_no_error (error);
  fx->window = kp_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fx->window), 1280, 860);
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

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("kp-test-cache-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  int status;

  /* Swedish, as the users see it; numbers too ("8,75"). */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("LANGUAGE", "sv", TRUE);
  g_setenv ("LC_ALL", "sv_SE.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();
  if (setlocale (LC_ALL, "sv_SE.UTF-8") == NULL)
    g_test_message ("sv_SE.UTF-8 is not installed: the screenshots will be in English");
  bindtextdomain (GETTEXT_PACKAGE, kp_application_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();
  app = kp_application_new (G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_test_add_func ("/followup-view/type-a-month", test_type_a_month);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
