/* test-overview.c: the Overview view, filled in through its widgets: facts with their
 * warnings and refusals, the computed contribution, organisations, governance and the key
 * figures; then everything undone. */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "fixtures/kp-gui-test.h"
#include "kp-date.h"
#include "kp-examples.h"
#include "kp-format.h"
#include "kp-overview-page.h"

static KpDocument *
new_document (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  KpDocument *document;

  *dir = g_dir_make_tmp ("kp-overview-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "p.kplan", NULL);
  file = g_file_new_for_path (path);
  document = kp_document_create (file, &error);
  g_assert_no_error (error);
  return document;
}

/* Types into a field's row and presses its apply button, as a user would. */
static void
type_into (KpOverviewPage *page,
           const char     *field,
           const char     *text)
{
  GtkWidget *row = kp_entity_form_get_row (kp_overview_page_get_form (page, field), field);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  kpg_drain ();
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
choose (KpOverviewPage *page,
        const char     *field,
        const char     *key)
{
  const KpField *f = kp_entity_desc_field (&kp_desc_project, field);
  GtkWidget *row = kp_entity_form_get_row (kp_overview_page_get_form (page, field), field);

  g_assert_true (ADW_IS_COMBO_ROW (row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), (guint) kp_catalog_index (f->catalog, key));
  kpg_drain ();
}

static const char *
message (KpOverviewPage *page,
         const char     *field)
{
  return kp_entity_form_get_message (kp_overview_page_get_form (page, field), field);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack ? haystack : "(null)", needle);
}

static void
test_fill_in_and_undo (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(KpDocument) document = new_document (&dir);
  KpOverviewPage *page = g_object_new (KP_TYPE_OVERVIEW_PAGE, NULL);
  GtkWidget *window = gtk_window_new ();
  KpEntity *project = kp_document_get_project (document);
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *money = NULL;
  KpEntityTable *orgs, *bodies, *members;
  GtkWidget *purpose_row;
  GtkTextView *purpose;
  guint steps = 0;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 900);
  kp_overview_page_set_document (page, document);
  gtk_window_present (GTK_WINDOW (window));
  kpg_drain ();
  before = g_strdup (kp_entity_get_text (project, "title"));
  g_assert_cmpstr (kp_key_figure_get_value (kp_overview_page_get_key_figure (page, KP_KEY_DAYS_LEFT)), ==, "—");

  /* Facts. */
  type_into (page, "title", "Kompetensförsörjning i Skaraborg");
  g_assert_cmpstr (kp_entity_get_text (project, "title"), ==, "Kompetensförsörjning i Skaraborg");
  type_into (page, "short-name", "KiS");

  /* A case number of an unknown form is kept, with a warning that names the forms. */
  type_into (page, "case-number", "dnr 17");
  g_assert_cmpstr (kp_entity_get_text (project, "case-number"), ==, "dnr 17");
  assert_contains (message (page, "case-number"), "23-023-S04");
  type_into (page, "case-number", "23-023-S04");
  g_assert_null (message (page, "case-number"));

  /* Organisation numbers: the form and the check digit. */
  type_into (page, "owner-org", "Skaraborgs Kommunalförbund");
  type_into (page, "owner-org-number", "2220002188");
  g_assert_cmpstr (kp_entity_get_text (project, "owner-org-number"), ==, "2220002188");
  assert_contains (message (page, "owner-org-number"), "NNNNNN-NNNN");
  type_into (page, "owner-org-number", "222000-2189");
  assert_contains (message (page, "owner-org-number"), "check digit");
  type_into (page, "owner-org-number", "222000-2188");
  g_assert_null (message (page, "owner-org-number"));

  choose (page, "funder", "esf_plus");
  g_assert_cmpstr (kp_entity_get_text (project, "funder"), ==, "esf_plus");
  type_into (page, "programme", "ESF+ 2021–2027");
  type_into (page, "programme-area", "A");
  type_into (page, "specific-objective", "A1A");
  type_into (page, "region", "Västra Götaland");
  type_into (page, "nuts2", "SE23");
  type_into (page, "start-date", "2024-01-01");
  type_into (page, "end-date", "2024-12-31");
  choose (page, "status", "ongoing");

  /* Money: refusals show under their rows and change nothing. */
  type_into (page, "budget", "-5");
  assert_contains (message (page, "budget"), "Total budget");
  assert_contains (message (page, "budget"), "negative");
  g_assert_cmpfloat (kp_entity_get_real (project, "budget"), ==, 0);
  type_into (page, "budget", "2 500 000");
  g_assert_cmpfloat (kp_entity_get_real (project, "budget"), ==, 2500000);
  g_assert_null (message (page, "budget"));
  type_into (page, "funder-share", "140");
  assert_contains (message (page, "funder-share"), "Funder share");
  assert_contains (message (page, "funder-share"), "0 to 100");
  g_assert_cmpfloat (kp_entity_get_real (project, "funder-share"), ==, 0);
  type_into (page, "funder-share", "46");
  g_assert_null (message (page, "funder-share"));
  money = kp_format_money (1150000, "SEK");
  g_assert_cmpstr (kp_overview_page_get_contribution (page), ==, money);
  type_into (page, "planned-hours", "1720");
  type_into (page, "participant-target", "40");

  /* Purpose in its multi-line field, applied with its button's action. */
  purpose_row = kp_entity_form_get_row (kp_overview_page_get_form (page, "purpose"), "purpose");
  purpose = GTK_TEXT_VIEW (find_descendant (purpose_row, GTK_TYPE_TEXT_VIEW));
  g_assert_nonnull (purpose);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (purpose), "Att säkra kompetensen.\nI samverkan.", -1);
  g_assert_cmpstr (kp_entity_get_text (project, "purpose"), ==, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (kp_overview_page_get_form (page, "purpose")),
                                             "form.apply-text", "s", "purpose"));
  kpg_drain ();
  g_assert_cmpstr (kp_entity_get_text (project, "purpose"), ==, "Att säkra kompetensen.\nI samverkan.");
  /* Ctrl+Enter applies the text too; the key controller that runs first sees it. */
  {
    GtkWidget *row = kp_entity_form_get_row (kp_overview_page_get_form (page, "method"), "method");
    GtkTextView *method = GTK_TEXT_VIEW (find_descendant (row, GTK_TYPE_TEXT_VIEW));
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (method));
    gboolean handled = FALSE;

    gtk_text_buffer_set_text (gtk_text_view_get_buffer (method), "Samverkan och design thinking.", -1);
    for (guint i = 0, n = g_list_model_get_n_items (controllers); i < n && !handled; i++)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (c) && gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_CAPTURE)
          g_signal_emit_by_name (c, "key-pressed", GDK_KEY_Return, 36, GDK_CONTROL_MASK, &handled);
      }
    g_assert_true (handled);
    kpg_drain ();
    g_assert_cmpstr (kp_entity_get_text (project, "method"), ==, "Samverkan och design thinking.");
  }

  /* An organisation with a wrong number is listed under the table. */
  orgs = kp_overview_page_get_organisations (page);
  {
    g_autoptr(KpEntity) org = kp_entity_new (&kp_desc_organisation);

    kp_entity_set_text (org, "name", "Hjo kommun");
    kp_entity_set_text (org, "kind", "municipality");
    kp_entity_set_text (org, "project-role", "partner");
    kp_entity_set_text (org, "org-number", "212000-1234");
    g_assert_true (kp_entity_table_add (orgs, org, &error));
    g_assert_no_error (error);
  }
  kpg_drain ();
  assert_contains (kp_overview_page_get_organisation_warnings (page), "Hjo kommun");

  /* Governance: a steering group, then a member added to the selected group. */
  bodies = kp_governance_section_get_bodies (kp_overview_page_get_governance (page));
  members = kp_governance_section_get_members (kp_overview_page_get_governance (page));
  {
    g_autoptr(KpEntity) body = kp_entity_new (&kp_desc_governance_body);
    g_autoptr(KpEntity) member = kp_entity_new (&kp_desc_member);

    kp_entity_set_text (body, "kind", "steering_group");
    kp_entity_set_text (body, "name", "Styrgrupp");
    g_assert_true (kp_entity_table_add (bodies, body, &error));
    kpg_drain ();
    gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (kp_entity_table_get_rows (bodies)), 0);
    kpg_drain ();
    kp_entity_set_text (member, "name", "Socialchef Hjo");
    kp_entity_set_text (member, "role", "Ordförande");
    g_assert_true (kp_entity_table_add (members, member, &error));
    g_assert_no_error (error);
    g_assert_cmpint (kp_entity_get_int (member, "body-id"), ==, kp_entity_get_id (body));
    kpg_drain ();
    g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (members)), ==, 1);
  }

  /* The key figures follow. */
  kpg_drain ();
  {
    KpDate today = kp_date_today ();
    KpDate end = kp_date_from_ymd (2024, 12, 31);
    int left = CLAMP (end - today, 0, 366);
    g_autofree char *expected = g_strdup_printf ("%d", left);

    g_assert_cmpstr (kp_key_figure_get_value (kp_overview_page_get_key_figure (page, KP_KEY_DAYS_LEFT)), ==, expected);
  }
  assert_contains (kp_key_figure_get_value (kp_overview_page_get_key_figure (page, KP_KEY_PARTICIPANTS)), "40");

  /* Undo takes everything back, step by step, and the rows follow. */
  while (kp_document_can_undo (document))
    {
      g_test_message ("undo %s", kp_document_get_undo_label (document));
      g_assert_true (kp_document_undo (document, &error));
      g_assert_no_error (error);
      steps++;
    }
  kpg_drain ();
  g_assert_cmpuint (steps, >=, 20);
  g_assert_cmpstr (kp_entity_get_text (project, "title"), ==, before);
  g_assert_cmpstr (kp_entity_get_text (project, "case-number"), ==, "");
  g_assert_cmpfloat (kp_entity_get_real (project, "budget"), ==, 0);
  g_assert_cmpstr (kp_entity_get_text (project, "purpose"), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kp_entity_form_get_row (kp_overview_page_get_form (page, "title"), "title"))),
                   ==, before);
  g_assert_null (message (page, "owner-org-number"));
  g_assert_null (kp_overview_page_get_organisation_warnings (page));
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (document, &kp_desc_member)), ==, 0);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (purpose);
    GtkTextIter a, b;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &a, &b);
    shown = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
    g_assert_cmpstr (shown, ==, "");
  }
  g_assert_cmpstr (kp_overview_page_get_contribution (page), ==, "0 SEK");
  gtk_window_destroy (GTK_WINDOW (window));
  kpg_drain ();
}

/* The example's facts, key figures and warnings as the view shows them. */
static void
test_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) document = kp_example_open_copy (kp_example_default (), &error);
  KpOverviewPage *page = g_object_new (KP_TYPE_OVERVIEW_PAGE, NULL);
  GtkWidget *window = gtk_window_new ();
  g_autofree char *money = kp_format_money (1237041, "SEK");
  KpStatsKeyFigures figures;
  g_autofree char *goals = NULL;

  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  kp_overview_page_set_document (page, document);
  gtk_window_present (GTK_WINDOW (window));
  kpg_drain ();
  /* Showing the tables edits nothing (a drop-down's first bind once chose its first item). */
  g_assert_false (kp_document_can_undo (document));
  g_assert_cmpstr (kp_overview_page_get_contribution (page), ==, money);
  g_assert_null (message (page, "owner-org-number"));
  g_assert_null (message (page, "case-number"));
  g_assert_null (kp_overview_page_get_organisation_warnings (page));
  kp_stats_key_figures (document, NULL, KP_DATE_NONE, &figures);
  goals = g_strdup_printf ("%u of %u", figures.goals_by_status[0], figures.goals_total);
  g_assert_cmpstr (kp_key_figure_get_value (kp_overview_page_get_key_figure (page, KP_KEY_GOALS)), ==, goals);
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (kp_overview_page_get_organisations (page))), ==, 11);
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (
                      kp_governance_section_get_bodies (kp_overview_page_get_governance (page)))), ==, 8);
  /* It fits the narrowest window the app allows (360 px). */
  {
    int min = 0;

    gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
    g_assert_cmpint (min, <=, 360);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  kpg_drain ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("kp-test-cache-XXXXXX", NULL);

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();
  g_test_add_func ("/overview/fill-in-and-undo", test_fill_in_and_undo);
  g_test_add_func ("/overview/example", test_example);
  return g_test_run ();
}
