/* test-goals-page.c: the Goals view through its widgets: the Skaraborg example's goals,
 * proposals, decisions, sub-projects, meetings and lessons; a range target, a status set by
 * hand, a proposal made a sub-project, a series of meetings, and undo of each. */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "fixtures/kp-gui-test.h"
#include "kp-date.h"
#include "kp-examples.h"
#include "kp-goals-page.h"
#include "kp-subproject.h"

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack ? haystack : "(null)", needle);
}

typedef struct
{
  KpDocument *document;
  GtkWidget *window;
  KpGoalsPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->document = kp_example_open_copy (kp_example_default (), &error);
  g_assert_no_error (error);
  f->page = g_object_new (KP_TYPE_GOALS_PAGE, NULL);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 900);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  kp_goals_page_set_document (f->page, f->document);
  gtk_window_present (GTK_WINDOW (f->window));
  kpg_drain ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  kpg_drain ();
  g_clear_object (&f->document);
}

static void
show (Fixture    *f,
      const char *section)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.show-section", "s", section));
  kpg_drain ();
  g_assert_cmpstr (kp_goals_page_get_section (f->page), ==, section);
}

static void
select_where (KpEntityTable *table,
              const char    *field,
              gint64         value)
{
  GListModel *rows = kp_entity_table_get_rows (table);

  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (rows, i);

      if (kp_entity_get_int (e, field) == value)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), i);
          kpg_drain ();
          return;
        }
    }
  g_error ("no row with %s = %" G_GINT64_FORMAT, field, value);
}

/* The example as the report tells it: ten proposals, the decisions of March–April 2021,
 * sub-projects 1–4 with what remains after them. Viewing it edits nothing. */
static void
test_skaraborg (Fixture       *f,
                gconstpointer  data)
{
  KpProposalsSection *proposals = kp_goals_page_get_proposals (f->page);
  KpSubprojectsSection *subs = kp_goals_page_get_subprojects (f->page);
  GListModel *rows;
  KpDate march = kp_date_from_ymd (2021, 3, 1), april = kp_date_from_ymd (2021, 4, 30);
  guint decided[5] = { 0 };

  show (f, "proposals");
  rows = kp_entity_table_get_rows (kp_proposals_section_get_table (proposals));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(KpEntity) p = g_list_model_get_item (rows, i);
      KpDate d = kp_entity_get_date (p, "decision-date");

      g_assert_cmpint (d, >=, march);
      g_assert_cmpint (d, <=, april);
      decided[kp_catalog_index (&kp_catalog_decision, kp_entity_get_text (p, "decision"))]++;
    }
  /* Four sub-projects, four to the networks, two postponed; none left undecided. */
  g_assert_cmpuint (decided[kp_catalog_index (&kp_catalog_decision, "subproject")], ==, 4);
  g_assert_cmpuint (decided[kp_catalog_index (&kp_catalog_decision, "network")], ==, 4);
  g_assert_cmpuint (decided[kp_catalog_index (&kp_catalog_decision, "postponed")], ==, 2);
  g_assert_cmpuint (decided[kp_catalog_index (&kp_catalog_decision, "undecided")], ==, 0);
  g_assert_null (kp_proposals_section_get_warnings (proposals));

  show (f, "subprojects");
  rows = kp_entity_table_get_rows (kp_subprojects_section_get_table (subs));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);
  for (guint number = 1; number <= 4; number++)
    {
      select_where (kp_subprojects_section_get_table (subs), "number", number);
      g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (kp_subprojects_section_get_actions (subs))),
                        >=, 2);
    }

  show (f, "lessons");
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (kp_goals_page_get_lessons (f->page))), ==, 15);
  show (f, "fulfilment");
  g_assert_cmpuint (kp_goal_fulfilment_get_n_goals (kp_goals_page_get_fulfilment (f->page)), ==, 13);
  show (f, "meetings");
  assert_contains (kp_meetings_section_get_counts (kp_goals_page_get_meetings (f->page)), "Steering group 11");
  assert_contains (kp_meetings_section_get_counts (kp_goals_page_get_meetings (f->page)), "MAS network 7");
  assert_contains (kp_meetings_section_get_counts (kp_goals_page_get_meetings (f->page)), "2 cancelled");
  g_assert_false (kp_document_can_undo (f->document));
}

static KpEntity *
proposal_number (KpDocument *document,
                 gint64      number)
{
  GListModel *list = kp_document_get_list (document, &kp_desc_proposal);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) p = g_list_model_get_item (list, i);

      if (kp_entity_get_int (p, "number") == number)
        return p;
    }
  return NULL;
}

/* Proposal 7 (postponed) becomes sub-project 5 with a phase; one undo takes both back. */
static void
test_make_subproject (Fixture       *f,
                      gconstpointer  data)
{
  KpProposalsSection *proposals = kp_goals_page_get_proposals (f->page);
  GListModel *subs = kp_entity_table_get_rows (kp_subprojects_section_get_table (kp_goals_page_get_subprojects (f->page)));
  GListModel *tasks = kp_document_get_list (f->document, &kp_desc_task);
  guint n_tasks = g_list_model_get_n_items (tasks);
  KpEntity *p7 = proposal_number (f->document, 7);
  g_autoptr(GError) error = NULL;
  KpEntity *sub;

  show (f, "proposals");
  /* A proposal that already is a sub-project cannot be made one again. */
  select_where (kp_proposals_section_get_table (proposals), "number", 1);
  gtk_widget_activate_action (GTK_WIDGET (proposals), "proposals.make-subproject", NULL);
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (subs), ==, 4);
  g_assert_false (kp_document_can_undo (f->document));
  select_where (kp_proposals_section_get_table (proposals), "number", 7);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (proposals), "proposals.make-subproject", NULL));
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (subs), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n_tasks + 1);
  sub = kp_proposal_get_subproject (f->document, p7);
  g_assert_nonnull (sub);
  g_assert_cmpint (kp_entity_get_int (sub, "number"), ==, 5);
  g_assert_cmpstr (kp_entity_get_text (kp_document_lookup (f->document, &kp_desc_task, kp_entity_get_int (sub, "task-id")), "kind"),
                   ==, "phase");
  g_assert_cmpstr (kp_entity_get_text (p7, "decision"), ==, "subproject");
  /* Now it has one: the action does nothing more. */
  gtk_widget_activate_action (GTK_WIDGET (proposals), "proposals.make-subproject", NULL);
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (subs), ==, 5);

  g_assert_true (kp_document_undo (f->document, &error));
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (subs), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n_tasks);
  g_assert_null (kp_proposal_get_subproject (f->document, p7));
  g_assert_cmpstr (kp_entity_get_text (p7, "decision"), ==, "postponed");
  g_assert_false (kp_document_can_undo (f->document));
}

/* A decision date outside the project's dates is kept, with a warning in the form. */
static void
test_decision_date_warning (Fixture       *f,
                            gconstpointer  data)
{
  KpProposalsSection *proposals = kp_goals_page_get_proposals (f->page);
  KpEntityForm *form = kp_proposals_section_get_form (proposals);
  GtkWidget *row;

  show (f, "proposals");
  select_where (kp_proposals_section_get_table (proposals), "number", 3);
  row = kp_entity_form_get_row (form, "decision-date");
  gtk_editable_set_text (GTK_EDITABLE (row), "2022-05-01");
  g_signal_emit_by_name (row, "apply");
  kpg_drain ();
  g_assert_cmpint (kp_entity_get_date (proposal_number (f->document, 3), "decision-date"), ==, kp_date_from_ymd (2022, 5, 1));
  assert_contains (kp_entity_form_get_message (form, "decision-date"), "2021-12-31");
  assert_contains (kp_proposals_section_get_warnings (proposals), "Proposal 3");
  gtk_editable_set_text (GTK_EDITABLE (row), "2021-04-22");
  g_signal_emit_by_name (row, "apply");
  kpg_drain ();
  g_assert_null (kp_entity_form_get_message (form, "decision-date"));
  g_assert_null (kp_proposals_section_get_warnings (proposals));
}

static KpEntity *
goal (KpDocument *document,
      gint64      id)
{
  return kp_document_lookup (document, &kp_desc_goal, id);
}

/* Goal 12 "Bred medverkan": target 40–50, outcome 45. */
static void
test_goal_target_and_status (Fixture       *f,
                             gconstpointer  data)
{
  KpGoalsSection *goals = kp_goals_page_get_goals (f->page);
  KpEntity *g12 = goal (f->document, 12);
  GtkWidget *target;
  KpEntityForm *override;
  GtkWidget *status_row, *reason_row;
  g_autoptr(GError) error = NULL;

  show (f, "goals");
  kp_goals_section_select (goals, g12);
  kpg_drain ();
  target = kp_goals_section_get_target_row (goals);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (target)), ==, "40–50");
  g_assert_cmpstr (kp_goals_section_get_status_text (goals), ==, "Met");

  /* A range upside down is refused, with a message that names the field. */
  gtk_editable_set_text (GTK_EDITABLE (target), "50–40");
  g_signal_emit_by_name (target, "apply");
  kpg_drain ();
  assert_contains (kp_goals_section_get_target_message (goals), "Target");
  g_assert_cmpfloat (kp_entity_get_real (g12, "target-low"), ==, 40);

  /* 46–60 with 45 reached: partly met, one undo step back to met. */
  gtk_editable_set_text (GTK_EDITABLE (target), "46-60");
  g_signal_emit_by_name (target, "apply");
  kpg_drain ();
  g_assert_null (kp_goals_section_get_target_message (goals));
  g_assert_cmpfloat (kp_entity_get_real (g12, "target-low"), ==, 46);
  g_assert_cmpfloat (kp_entity_get_real (g12, "target-high"), ==, 60);
  g_assert_cmpstr (kp_goals_section_get_status_text (goals), ==, "Partly met");
  g_assert_cmpstr (kp_document_get_undo_label (f->document), ==, "Change Target");
  g_assert_true (kp_document_undo (f->document, &error));
  kpg_drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (target)), ==, "40–50");
  g_assert_cmpstr (kp_goals_section_get_status_text (goals), ==, "Met");

  /* A value instead of a range. */
  gtk_editable_set_text (GTK_EDITABLE (target), "60");
  g_signal_emit_by_name (target, "apply");
  kpg_drain ();
  g_assert_cmpfloat (kp_entity_get_real (g12, "target-low"), ==, 60);
  g_assert_true (isnan (kp_entity_get_real (g12, "target-high")));
  g_assert_cmpstr (kp_goals_section_get_status_text (goals), ==, "Partly met");

  /* Set by hand: the status follows, and asks for a reason until it has one. */
  override = kp_goals_section_get_override_form (goals);
  status_row = kp_entity_form_get_row (override, "status-override");
  adw_combo_row_set_selected (ADW_COMBO_ROW (status_row),
                              1 + (guint) kp_catalog_index (&kp_catalog_goal_status, "not_met"));
  kpg_drain ();
  g_assert_cmpstr (kp_entity_get_text (g12, "status-override"), ==, "not_met");
  g_assert_cmpstr (kp_goals_section_get_status_text (goals), ==, "Not met");
  assert_contains (kp_entity_form_get_message (override, "override-reason"), "Reason for the status");
  reason_row = kp_entity_form_get_row (override, "override-reason");
  gtk_editable_set_text (GTK_EDITABLE (reason_row), "Deltagarna kom från två kommuner.");
  g_signal_emit_by_name (reason_row, "apply");
  kpg_drain ();
  g_assert_null (kp_entity_form_get_message (override, "override-reason"));
  /* Back to "none": derived again. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (status_row), 0);
  kpg_drain ();
  g_assert_cmpstr (kp_entity_get_text (g12, "status-override"), ==, "");
  g_assert_cmpstr (kp_goals_section_get_status_text (goals), ==, "Partly met");
}

/* Goal 2 serves two activities; each can be followed to the timeline. */
static void
test_goal_links (Fixture       *f,
                 gconstpointer  data)
{
  KpGoalsSection *goals = kp_goals_page_get_goals (f->page);
  KpEntityTable *links = kp_goals_section_get_links (goals);
  g_autoptr(KpEntity) link = kp_entity_new (&kp_desc_goal_task);
  g_autoptr(GError) error = NULL;

  show (f, "goals");
  kp_goals_section_select (goals, goal (f->document, 2));
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (links)), ==, 2);
  /* A new link belongs to the selected goal. */
  kp_entity_set_int (link, "task-id", 24);
  g_assert_true (kp_entity_table_add (links, link, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kp_entity_get_int (link, "goal-id"), ==, 2);
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (links)), ==, 3);
  kp_goals_section_select (goals, goal (f->document, 13));
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (links)), ==, 1);
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  char **out = data;

  *out = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
}

static void
test_copy_fulfilment (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *fulfilment = GTK_WIDGET (kp_goals_page_get_fulfilment (f->page));
  GdkClipboard *clipboard = gtk_widget_get_clipboard (fulfilment);
  GdkContentFormats *formats;
  g_autofree char *text = NULL;

  show (f, "fulfilment");
  g_assert_true (gtk_widget_activate_action (fulfilment, "fulfilment.copy", NULL));
  kpg_drain ();
  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/html"));
  g_assert_true (gdk_content_formats_contain_gtype (formats, G_TYPE_STRING));
  gdk_clipboard_read_text_async (clipboard, NULL, clipboard_read_cb, &text);
  for (guint i = 0; i < 500 && text == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  assert_contains (text, "Goal fulfilment: Vårdens medarbetare");
  assert_contains (text, "Partly met: 4. Säkerställa samverkan");
  assert_contains (text, "40–50 deltagare");
}

/* A series adds its meetings in one step; undo takes them all back. */
static void
test_meeting_series (Fixture       *f,
                     gconstpointer  data)
{
  KpMeetingsSection *meetings = kp_goals_page_get_meetings (f->page);
  GListModel *log = kp_entity_table_get_rows (kp_meetings_section_get_log (meetings));
  g_autoptr(KpEntity) series = kp_entity_new (&kp_desc_meeting_series);
  g_autoptr(GError) error = NULL;
  guint before;

  show (f, "meetings");
  before = g_list_model_get_n_items (log);
  kp_entity_set_text (series, "forum", "elderly_network");
  kp_entity_set_text (series, "title", "Äldrenätverket");
  kp_entity_set_date (series, "first-date", kp_date_from_ymd (2021, 11, 25));
  kp_entity_set_int (series, "interval-weeks", 2);
  kp_entity_set_date (series, "until-date", kp_date_from_ymd (2022, 1, 6));
  g_assert_true (kp_entity_table_add (kp_meetings_section_get_series (meetings), series, &error));
  g_assert_no_error (error);
  kpg_drain ();
  /* 25 Nov, 9 Dec, 23 Dec and 6 Jan, over the year end. */
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, before + 4);
  assert_contains (kp_meetings_section_get_counts (meetings), "Elderly care network 8");
  /* Nothing is missing, so filling adds nothing. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (kp_entity_table_get_rows (kp_meetings_section_get_series (meetings))), 2);
  kpg_drain ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (meetings), "meetings.fill-series", NULL));
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, before + 4);
  g_assert_true (kp_document_undo (f->document, &error));
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, before);
  assert_contains (kp_meetings_section_get_counts (meetings), "Elderly care network 4");
}

/* On a narrow window the sidebar folds away: a section fills the window, with a button
 * back to the list of sections. */
static void
test_narrow (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) document = kp_example_open_copy (kp_example_default (), &error);
  KpGoalsPage *page = g_object_new (KP_TYPE_GOALS_PAGE, NULL);
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  kp_goals_page_set_document (page, document);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 100 && !kp_goals_page_get_folded (page); i++)
    {
      kpg_drain ();
      g_usleep (5000);
    }
  g_assert_true (kp_goals_page_get_folded (page));
  /* Every section fits the narrowest window the app allows (360 px). */
  for (guint i = 0; i < 6; i++)
    {
      static const char *const sections[] = { "goals", "fulfilment", "proposals", "subprojects", "meetings", "lessons" };
      int min = 0;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "goals.show-section", "s", sections[i]));
      kpg_drain ();
      gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_assert_cmpint (min, <=, 360);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "goals.show-section", "s", "meetings"));
  kpg_drain ();
  g_assert_cmpstr (kp_goals_page_get_visible_pane (page), ==, "content");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "goals.back", NULL));
  kpg_drain ();
  g_assert_cmpstr (kp_goals_page_get_visible_pane (page), ==, "sidebar");
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
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/goals-page/skaraborg", test_skaraborg);
  ADD ("/goals-page/make-subproject", test_make_subproject);
  ADD ("/goals-page/decision-date-warning", test_decision_date_warning);
  ADD ("/goals-page/goal-target-and-status", test_goal_target_and_status);
  ADD ("/goals-page/goal-links", test_goal_links);
  ADD ("/goals-page/copy-fulfilment", test_copy_fulfilment);
  ADD ("/goals-page/meeting-series", test_meeting_series);
  g_test_add_func ("/goals-page/narrow", test_narrow);
#undef ADD
  return g_test_run ();
}
