/* test-competence-view.c: the Competence view through its widgets, in Swedish: a unit's
 * plan filled in, refused where the rules say, undone and redone; the examples shown and
 * photographed; the chart widget. */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <adwaita.h>

#include "fixtures/kp-gui-test.h"
#include "fixtures/kp-test-util.h"
#include "kp-application.h"
#include "kp-chart-view.h"
#include "kp-competence-forecast-page.h"
#include "kp-competence-matrix-page.h"
#include "kp-competence-staircase-page.h"
#include "kp-competence-stats.h"
#include "kp-competence-title-page.h"
#include "kp-competence-training-page.h"
#include "kp-competence-units-page.h"
#include "kp-competence-view.h"
#include "kp-examples.h"
#include "kp-format.h"
#include "kp-window.h"

static KpApplication *app;

static gint64
role_id (KpDocument *doc,
         const char *key)
{
  GListModel *roles = kp_document_get_list (doc, &kp_desc_role);

  for (guint i = 0, n = g_list_model_get_n_items (roles); i < n; i++)
    {
      g_autoptr(KpEntity) r = g_list_model_get_item (roles, i);

      if (g_strcmp0 (kp_entity_get_text (r, "key"), key) == 0)
        return kp_entity_get_id (r);
    }
  g_assert_not_reached ();
}

static void
select_entity (KpEntityTable *table,
               KpEntity      *entity)
{
  GListModel *rows = kp_entity_table_get_rows (table);

  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (rows, i);

      if (e == entity)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), i);
          kpg_drain ();
          g_assert_true (kp_entity_table_get_selected (table) == entity);
          return;
        }
    }
  g_error ("%s is not shown", kp_entity_get_desc (entity)->table);
}

/* Types into a row of a bound form and presses Enter; TRUE if the document took it. */
static gboolean
type_into (KpEntityForm *form,
           const char   *field,
           const char   *text)
{
  GtkWidget *row = kp_entity_form_get_row (form, field);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  kpg_drain ();
  return !gtk_widget_has_css_class (row, "error");
}

static KpEntity *
draft (const KpEntityDesc *desc,
       const char         *first,
       ...) G_GNUC_NULL_TERMINATED;

static KpEntity *
draft (const KpEntityDesc *desc,
       const char         *first,
       ...)
{
  KpEntity *e;
  va_list args;

  va_start (args, first);
  e = KP_ENTITY (g_object_new_valist (kp_entity_type_for (desc), first, args));
  va_end (args);
  return e;
}

static guint
n_rows (KpEntityTable *table)
{
  return g_list_model_get_n_items (kp_entity_table_get_rows (table));
}

static void
test_fill_in_undo_redo (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.kplan", NULL);
  g_autoptr(KpDocument) doc = kpt_create (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KpEntity) org = draft (&kp_desc_organisation, "name", "Tidaholms kommun", "kind", "municipality",
                                   "project-role", "partner", NULL);
  g_autofree char *initial = NULL;
  g_autofree char *filled = NULL;
  GtkWidget *window = gtk_window_new ();
  KpCompetenceView *view = g_object_new (KP_TYPE_COMPETENCE_VIEW, NULL);
  KpCompetenceUnitsPage *units_page;
  KpEntityTable *units, *headcount;
  KpEntityForm *form;
  g_autoptr(KpEntity) unit = NULL;
  g_autoptr(KpEntity) nurses = NULL;
  g_autoptr(KpEntity) again = NULL;
  gint64 nurse = role_id (doc, "sjukskoterska");
  guint undo_steps = 0;

  g_assert_true (kp_document_set_date (doc, kp_document_get_project (doc), "start-date", kpt_date (2024, 1, 15), &error));
  g_assert_true (kp_document_add (doc, org, &error));
  g_assert_no_error (error);
  initial = kpt_dump (doc);

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  kp_competence_view_set_document (view, doc);
  gtk_window_present (GTK_WINDOW (window));
  kpg_drain ();
  units_page = KP_COMPETENCE_UNITS_PAGE (kp_competence_view_get_page_widget (view, "units"));
  units = kp_competence_units_page_get_units (units_page);
  headcount = kp_competence_units_page_get_headcount (units_page);
  form = kp_competence_units_page_get_form (units_page);
  g_assert_cmpstr (kp_competence_view_get_page (view), ==, "units");

  /* A unit, then a role in it: the table gives the new row the selected unit. */
  unit = draft (&kp_desc_unit, "organisation-id", kp_entity_get_id (org), "name", "Hemtjänst norr",
                "target-year", (gint64) 2026, NULL);
  g_assert_true (kp_entity_table_add (units, unit, &error));
  g_assert_no_error (error);
  kpg_drain ();
  select_entity (units, unit);
  nurses = draft (&kp_desc_headcount, "role-id", nurse, NULL);
  g_assert_true (kp_entity_table_add (headcount, nurses, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kp_entity_get_int (nurses, "unit-id"), ==, kp_entity_get_id (unit));
  kpg_drain ();
  g_assert_cmpuint (n_rows (headcount), ==, 1);

  /* The same role again in the same unit is refused, naming the role. */
  again = draft (&kp_desc_headcount, "role-id", nurse, NULL);
  g_assert_false (kp_entity_table_add (headcount, again, &error));
  g_assert_nonnull (strstr (error->message, _("Role")));
  g_clear_error (&error);
  g_assert_cmpuint (n_rows (headcount), ==, 1);

  /* The side form edits the selected row. */
  select_entity (headcount, nurses);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  g_assert_true (type_into (form, "persons", "20"));
  g_assert_true (type_into (form, "fte", "18,5"));
  g_assert_true (type_into (form, "retirements", "2"));
  g_assert_true (type_into (form, "turnover", "12"));
  g_assert_true (type_into (form, "demand", "24"));
  g_assert_true (type_into (form, "growth", "3"));
  g_assert_cmpint (kp_entity_get_int (nurses, "persons"), ==, 20);
  g_assert_cmpfloat (kp_entity_get_real (nurses, "fte"), ==, 18.5);
  g_assert_cmpfloat (kp_entity_get_real (nurses, "growth"), ==, 3);

  /* Bad input: refused, the row marked, nothing stored. */
  g_assert_false (type_into (form, "persons", "-1"));
  g_assert_false (type_into (form, "fte", "25"));
  g_assert_false (type_into (form, "retirements", "30"));
  g_assert_false (type_into (form, "persons", "15"));
  g_assert_cmpint (kp_entity_get_int (nurses, "persons"), ==, 20);
  g_assert_cmpfloat (kp_entity_get_real (nurses, "fte"), ==, 18.5);
  g_assert_cmpint (kp_entity_get_int (nurses, "retirements"), ==, 2);

  /* The figures year by year, 2024–2026, as the statistics compute them. */
  {
    KpFigureTable *years = kp_competence_units_page_get_years (units_page);
    g_autoptr(GArray) want = g_array_new (FALSE, FALSE, sizeof (KpForecastYear));
    KpForecastInput in = { 20, 2, 12, 24, 3, 2024, 2026 };
    g_autofree char *year = NULL;
    g_autofree char *need = NULL;
    g_autofree char *expected = NULL;

    kp_forecast_compute (&in, 2026, want);
    g_assert_cmpuint (g_list_model_get_n_items (kp_figure_table_get_rows (years)), ==, 3);
    year = kp_figure_table_dup_text (years, 2, 0);
    g_assert_cmpstr (year, ==, "2026");
    need = kp_figure_table_dup_text (years, 2, 6);
    expected = kp_format_number (g_array_index (want, KpForecastYear, 2).need_total, 1);
    g_assert_cmpstr (need, ==, expected);
  }

  /* The forecast of the unit: the target year before the start is refused; the role's
   * growth set from its chart card. */
  {
    KpCompetenceForecastPage *forecast = KP_COMPETENCE_FORECAST_PAGE (kp_competence_view_get_page_widget (view, "forecast"));
    GtkEntry *growth;

    kp_competence_view_show_page (view, "forecast");
    g_assert_true (kp_competence_forecast_page_select (forecast, kp_entity_get_id (org), kp_entity_get_id (unit)));
    kpg_drain ();
    g_assert_cmpuint (kp_competence_forecast_page_get_n_charts (forecast), ==, 1);
    g_assert_nonnull (kp_competence_forecast_page_get_chart (forecast, nurse));
    g_assert_false (type_into (kp_competence_forecast_page_get_target_form (forecast), "target-year", "2020"));
    g_assert_cmpint (kp_entity_get_int (unit, "target-year"), ==, 2026);
    g_assert_true (type_into (kp_competence_forecast_page_get_target_form (forecast), "target-year", "2027"));
    g_assert_cmpint (kp_entity_get_int (unit, "target-year"), ==, 2027);
    growth = kp_competence_forecast_page_get_growth_entry (forecast, nurse);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (growth)), ==, "3");
    gtk_editable_set_text (GTK_EDITABLE (growth), "4,5");
    g_signal_emit_by_name (growth, "activate");
    kpg_drain ();
    g_assert_cmpfloat (kp_entity_get_real (nurses, "growth"), ==, 4.5);
    gtk_editable_set_text (GTK_EDITABLE (growth), "150");
    g_signal_emit_by_name (growth, "activate");
    kpg_drain ();
    g_assert_cmpfloat (kp_entity_get_real (nurses, "growth"), ==, 4.5);
  }

  /* The matrix: a required level in the role's column, the unit's level in its own;
   * a level outside 0–4 is refused. */
  {
    KpCompetenceMatrixPage *page = KP_COMPETENCE_MATRIX_PAGE (kp_competence_view_get_page_widget (view, "matrix"));
    KpMatrixView *matrix = kp_competence_matrix_page_get_matrix (page);
    GListModel *required = kp_document_get_list (doc, &kp_desc_required_level);
    GListModel *levels = kp_document_get_list (doc, &kp_desc_unit_level);
    g_autoptr(KpEntity) level = NULL;
    g_autoptr(KpCompetenceMatrix) figures = NULL;

    kp_competence_view_show_page (view, "matrix");
    kp_competence_matrix_page_select_unit (page, unit);
    kpg_drain ();
    g_assert_cmpuint (kp_matrix_view_get_n_columns (matrix), ==, 3);
    kp_matrix_view_set_cursor (matrix, 0, 0);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (matrix), "matrix.set-level", "i", 3));
    kp_matrix_view_set_cursor (matrix, 0, 1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (matrix), "matrix.set-level", "i", 1));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (matrix), "matrix.set-level", "i", 7));
    kpg_drain ();
    g_assert_cmpuint (g_list_model_get_n_items (required), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (levels), ==, 1);
    level = g_list_model_get_item (levels, 0);
    g_assert_cmpint (kp_entity_get_int (level, "level"), ==, 1);
    figures = kp_competence_matrix_new (doc, kp_entity_get_id (unit));
    g_assert_cmpint (kp_competence_matrix_max_gap (figures), ==, 2);
    {
      g_autofree char *said = kp_matrix_view_describe_cursor (matrix);
      g_autofree char *competence = kp_entity_dup_display_name (kp_competence_matrix_competence (figures, 0));

      g_assert_nonnull (strstr (said, competence));
      g_assert_nonnull (strstr (said, "1"));
    }
    /* Delete takes the unit's level away again, and Ctrl+Z would bring it back. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (matrix), "matrix.clear", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (levels), ==, 0);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (matrix), "matrix.set-level", "i", 2));
    g_assert_cmpuint (g_list_model_get_n_items (levels), ==, 1);
  }

  /* The protected title: counts for the unit, a warning from 2031. */
  {
    KpCompetenceTitlePage *page = KP_COMPETENCE_TITLE_PAGE (kp_competence_view_get_page_widget (view, "title"));
    g_autoptr(KpEntity) counts = draft (&kp_desc_certification, "unit-id", kp_entity_get_id (unit),
                                        "certified", (gint64) 10, "applied", (gint64) 2, "transition", (gint64) 5,
                                        "no-path", (gint64) 1, NULL);

    kp_competence_view_show_page (view, "title");
    g_assert_true (kp_entity_table_add (kp_competence_title_page_get_table (page), counts, &error));
    g_assert_no_error (error);
    kp_competence_title_page_set_today (page, kpt_date (2026, 11, 1));
    g_assert_null (kp_competence_title_page_get_alert (page));
    kp_competence_title_page_set_today (page, kpt_date (2032, 1, 1));
    g_assert_nonnull (kp_competence_title_page_get_alert (page));
    g_assert_nonnull (strstr (kp_competence_title_page_get_alert (page), "2033-06-30"));
    g_assert_nonnull (strstr (kp_competence_title_page_get_alert (page), "8"));
    g_assert_cmpuint (kp_chart_get_n_categories (kp_chart_view_get_chart (kp_competence_title_page_get_chart (page))), ==, 1);
  }

  /* The staircase: a step through its table. */
  {
    KpCompetenceStaircasePage *page = KP_COMPETENCE_STAIRCASE_PAGE (kp_competence_view_get_page_widget (view, "staircase"));
    g_autoptr(KpEntity) step = draft (&kp_desc_stair_step, "name", "Serviceassistent", "people-now", (gint64) 4,
                                      "people-planned", (gint64) 9, NULL);

    kp_competence_view_show_page (view, "staircase");
    g_assert_true (kp_entity_table_add (kp_competence_staircase_page_get_table (page), step, &error));
    g_assert_no_error (error);
    kpg_drain ();
    g_assert_nonnull (strstr (kp_competence_staircase_page_get_summary (page), "+5"));
  }

  /* Training: two activities, participants for one, the free ones filtered. */
  {
    KpCompetenceTrainingPage *page = KP_COMPETENCE_TRAINING_PAGE (kp_competence_view_get_page_widget (view, "training"));
    KpEntityTable *trainings = kp_competence_training_page_get_trainings (page);
    g_autoptr(KpEntity) web = draft (&kp_desc_training, "type", "web_course", "name", "Demens ABC",
                                     "free-of-charge", TRUE, "hours-per-participant", 3.0, NULL);
    g_autoptr(KpEntity) ktc = draft (&kp_desc_training, "type", "ktc", "name", "Färdighetsträning",
                                     "cost", 12000.0, "hours-per-participant", 4.0, NULL);
    g_autoptr(KpEntity) participants = draft (&kp_desc_training_role, "role-id", nurse, "planned", (gint64) 6,
                                              "completed", (gint64) 5, NULL);
    g_autofree char *cost = NULL;
    g_autofree char *want = kp_format_number (12000, 0);

    kp_competence_view_show_page (view, "training");
    g_assert_true (kp_entity_table_add (trainings, web, &error));
    g_assert_true (kp_entity_table_add (trainings, ktc, &error));
    g_assert_no_error (error);
    kpg_drain ();
    select_entity (trainings, ktc);
    g_assert_true (kp_entity_table_add (kp_competence_training_page_get_roles (page), participants, &error));
    g_assert_no_error (error);
    g_assert_cmpint (kp_entity_get_int (participants, "training-id"), ==, kp_entity_get_id (ktc));
    kpg_drain ();
    cost = kp_figure_table_dup_text (kp_competence_training_page_get_per_role (page), 0, 5);
    g_assert_cmpstr (cost, ==, want);
    g_assert_cmpuint (n_rows (trainings), ==, 2);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "training.free-only", NULL));
    kpg_drain ();
    g_assert_cmpuint (n_rows (trainings), ==, 1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "training.free-only", NULL));
    kpg_drain ();
    g_assert_cmpuint (n_rows (trainings), ==, 2);
  }

  /* Everything undone: the file as it was, the tables empty. */
  /* Deleting the unit asks first, naming what goes with it; then one undo step. */
  {
    GList *before = gtk_window_list_toplevels ();
    GtkWidget *dialog = NULL;
    GList *after;

    kp_competence_view_show_page (view, "units");
    select_entity (units, unit);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (units), "table.remove", NULL));
    kpg_drain ();
    after = gtk_window_list_toplevels ();
    for (GList *l = after; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data) && g_list_find (before, l->data) == NULL)
        dialog = l->data;
    g_list_free (before);
    g_list_free (after);
    g_assert_nonnull (dialog);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), _("Headcount")));
    g_assert_true (kp_document_lookup (doc, &kp_desc_unit, kp_entity_get_id (unit)) == unit);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
    kpg_drain ();
    g_assert_null (kp_document_lookup (doc, &kp_desc_unit, kp_entity_get_id (unit)));
    g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (doc, &kp_desc_headcount)), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (doc, &kp_desc_certification)), ==, 0);
    g_assert_true (kp_document_undo (doc, &error));
    kpg_drain ();
    g_assert_nonnull (kp_document_lookup (doc, &kp_desc_unit, kp_entity_get_id (unit)));
  }

  /* Nineteen edits, each one undo step (the growth of all the role's rows is one). */
  filled = kpt_dump (doc);
  for (;;)
    {
      g_autofree char *now = kpt_dump (doc);

      if (g_str_equal (now, initial))
        break;
      g_assert_true (kp_document_undo (doc, &error));
      g_assert_no_error (error);
      undo_steps++;
      kpg_drain ();
    }
  g_assert_cmpuint (undo_steps, ==, 19);
  {
    g_autofree char *on_disk = kpt_dump_file (path);

    g_assert_cmpstr (on_disk, ==, initial);
  }
  g_assert_cmpuint (n_rows (units), ==, 0);
  g_assert_cmpuint (n_rows (headcount), ==, 0);
  /* And redone: exactly what was filled in. */
  for (guint i = 0; i < undo_steps; i++)
    {
      g_assert_true (kp_document_redo (doc, &error));
      kpg_drain ();
    }
  {
    g_autofree char *now = kpt_dump (doc);

    g_assert_cmpstr (now, ==, filled);
  }
  g_assert_cmpuint (n_rows (units), ==, 1);
  g_assert_cmpuint (n_rows (headcount), ==, 1);
  kp_competence_view_show_page (view, "units");
  kpg_wait_ms (100);
  kpg_assert_screenshot (window, "competence-filled-in.png");
  gtk_window_destroy (GTK_WINDOW (window));
  kpg_drain ();
  kpt_rm_rf (dir);
}

static KpWindow *
only_window (void)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  return windows->data;
}

static KpCompetenceView *
find_view (GtkWidget *widget)
{
  if (KP_IS_COMPETENCE_VIEW (widget))
    return KP_COMPETENCE_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      KpCompetenceView *found = find_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The default example in a real window, page by page, in Swedish; narrow and dark too. */
static void
test_example_screenshots (void)
{
  static const char *const pages[] = { "units", "forecast", "matrix", "title", "staircase", "training", "catalogues" };
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = kp_example_open_copy (kp_example_default (), &error);
  GSettings *settings = kp_application_get_settings (app);
  KpWindow *window;
  KpCompetenceView *view;

  g_assert_no_error (error);
  g_settings_set_int (settings, "window-width", 1400);
  g_settings_set_int (settings, "window-height", 900);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  kp_application_show_document (app, doc, NULL);
  kpg_drain ();
  window = only_window ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "competence"));
  kpg_drain ();
  g_assert_cmpstr (kp_window_get_visible_view (window), ==, "competence");
  view = find_view (GTK_WIDGET (window));
  g_assert_nonnull (view);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *shot = g_strdup_printf ("competence-%s.png", pages[i]);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "competence.show-page", "s", pages[i]));
      kpg_drain ();
      g_assert_cmpstr (kp_competence_view_get_page (view), ==, pages[i]);
      if (g_str_equal (pages[i], "units"))
        {
          KpCompetenceUnitsPage *p = KP_COMPETENCE_UNITS_PAGE (kp_competence_view_get_page_widget (view, "units"));
          KpEntityTable *units = kp_competence_units_page_get_units (p);
          g_autoptr(KpEntity) first = g_list_model_get_item (kp_entity_table_get_rows (units), 0);
          KpCompetenceScope all = { 0 };
          g_autoptr(GPtrArray) roles = kp_competence_roles (doc, &all);

          /* Six units; all roles across the organisations, and their total. */
          g_assert_cmpuint (n_rows (units), ==, 6);
          g_assert_cmpuint (g_list_model_get_n_items (kp_figure_table_get_rows (kp_competence_units_page_get_totals (p))),
                            ==, roles->len + 1);
          select_entity (units, first);
          g_assert_cmpuint (n_rows (kp_competence_units_page_get_headcount (p)), ==, 6);
        }
      else if (g_str_equal (pages[i], "forecast"))
        {
          KpCompetenceForecastPage *p = KP_COMPETENCE_FORECAST_PAGE (kp_competence_view_get_page_widget (view, "forecast"));

          /* Every role in the plan, the service assistant among them. */
          g_assert_cmpuint (kp_competence_forecast_page_get_n_charts (p), ==, 11);
          g_assert_nonnull (kp_competence_forecast_page_get_chart (p, role_id (doc, "serviceassistent")));
        }
      else if (g_str_equal (pages[i], "matrix"))
        {
          KpCompetenceMatrixPage *p = KP_COMPETENCE_MATRIX_PAGE (kp_competence_view_get_page_widget (view, "matrix"));

          kp_competence_matrix_page_select_unit (p, kp_document_lookup (doc, &kp_desc_unit, 5));
          kpg_drain ();
          g_assert_cmpuint (kp_matrix_view_get_n_rows (kp_competence_matrix_page_get_matrix (p)), ==, 10);
        }
      /* Past the crossfade. */
      kpg_wait_ms (450);
      kpg_assert_screenshot (GTK_WIDGET (window), shot);
    }

  /* Narrow: the sidebar folds away and the page has a way back. */
  kp_competence_view_show_page (view, "staircase");
  gtk_window_set_default_size (GTK_WINDOW (window), 420, 860);
  kpg_wait_ms (400);
  kpg_assert_screenshot (GTK_WIDGET (window), "competence-narrow.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "competence.back", NULL));
  kpg_wait_ms (400);
  kpg_assert_screenshot (GTK_WIDGET (window), "competence-narrow-sidebar.png");

  /* Dark: the charts follow the style. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  kp_competence_view_show_page (view, "forecast");
  kpg_wait_ms (400);
  {
    KpCompetenceForecastPage *p = KP_COMPETENCE_FORECAST_PAGE (kp_competence_view_get_page_widget (view, "forecast"));

    g_assert_true (kp_chart_view_get_dark (kp_competence_forecast_page_get_chart (p, role_id (doc, "sjukskoterska"))));
  }
  kpg_assert_screenshot (GTK_WIDGET (window), "competence-forecast-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
  kpg_drain ();
}

/* The Linköping example: the labour-market placements and the service assistants. */
static void
test_linkoping (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = kp_example_open_copy (kp_example_find ("skuggning-linkoping"), &error);
  GtkWidget *window = gtk_window_new ();
  KpCompetenceView *view = g_object_new (KP_TYPE_COMPETENCE_VIEW, NULL);
  KpCompetenceForecastPage *forecast;
  KpCompetenceStaircasePage *stairs;
  g_autofree char *said = NULL;

  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  kp_competence_view_set_document (view, doc);
  gtk_window_present (GTK_WINDOW (window));
  kpg_drain ();
  forecast = KP_COMPETENCE_FORECAST_PAGE (kp_competence_view_get_page_widget (view, "forecast"));
  stairs = KP_COMPETENCE_STAIRCASE_PAGE (kp_competence_view_get_page_widget (view, "staircase"));
  g_assert_nonnull (kp_competence_forecast_page_get_chart (forecast, role_id (doc, "serviceassistent")));
  g_assert_cmpuint (n_rows (kp_competence_staircase_page_get_table (stairs)), ==, 5);
  said = kp_staircase_view_describe (kp_competence_staircase_page_get_view (stairs));
  g_assert_nonnull (strstr (said, "Arbetsmarknadsanställning"));
  gtk_window_destroy (GTK_WINDOW (window));
  kpg_drain ();
}

static void
test_chart_view (void)
{
  GtkWidget *window = gtk_window_new ();
  KpChartView *view = KP_CHART_VIEW (kp_chart_view_new ());
  g_autoptr(KpChart) chart = kp_chart_new (KP_CHART_BAR);
  const double values[] = { 11, 4, 2 };
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *png = g_build_filename (dir, "möten.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "möten.svg", NULL);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr(GError) error = NULL;
  g_autofree char *head = NULL;

  kp_chart_set_title (chart, "Föredragningar per forum");
  kp_chart_add_category (chart, "Styrgrupp");
  kp_chart_add_category (chart, "MAS-nätverk");
  kp_chart_add_category (chart, "Äldrenätverk");
  kp_chart_append_series (chart, "Möten", values, 3);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 300);
  gtk_window_present (GTK_WINDOW (window));
  kpg_drain ();
  /* Nothing to save until there is a chart. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (view), "chart.save", "s", "png") &&
                  kp_chart_view_get_chart (view) != NULL);
  kp_chart_view_set_chart (view, chart);
  g_assert_true (kp_chart_view_get_chart (view) == chart);
  kpg_wait_ms (100);
  kpg_assert_screenshot (window, "chart-view.png");
  g_assert_true (kp_chart_view_save (view, png_file, &error));
  g_assert_true (kp_chart_view_save (view, svg_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &head, NULL, NULL));
  g_assert_nonnull (strstr (head, "<svg"));
  {
    cairo_surface_t *back = cairo_image_surface_create_from_png (png);

    g_assert_cmpint (cairo_surface_status (back), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (back), ==, 1200);
    cairo_surface_destroy (back);
  }
  /* It follows the style manager. */
  g_assert_false (kp_chart_view_get_dark (view));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (kp_chart_view_get_dark (view));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
  kpg_drain ();
  kpt_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmp = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "competence-view-tmp", NULL);
  g_autofree char *cache = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* Files of this test live in the build tree, out of reach of whatever tidies /tmp. */
  g_mkdir_with_parents (tmp, 0700);
  g_setenv ("TMPDIR", tmp, TRUE);
  cache = g_dir_make_tmp ("kp-test-cache-XXXXXX", NULL);

  /* Swedish, as the users see it; numbers too ("18,5"). */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  app = kpg_init_swedish_app (&argc, &argv);
  g_test_add_func ("/competence-view/fill-in-undo-redo", test_fill_in_undo_redo);
  g_test_add_func ("/competence-view/example-screenshots", test_example_screenshots);
  g_test_add_func ("/competence-view/linkoping", test_linkoping);
  g_test_add_func ("/competence-view/chart-view", test_chart_view);
  status = g_test_run ();
  g_clear_object (&app);
  kpt_rm_rf (cache);
  return status;
}
