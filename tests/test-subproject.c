/* test-subproject.c: a proposal becomes a sub-project and a phase on the timeline, as one
 * undo step. */
#include "config.h"

#include <locale.h>

#include "fixtures/kp-test-util.h"
#include "kp-examples.h"
#include "kp-subproject.h"

static KpEntity *
proposal_number (KpDocument *doc,
                 int         number)
{
  GListModel *list = kp_document_get_list (doc, &kp_desc_proposal);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) p = g_list_model_get_item (list, i);

      if (kp_entity_get_int (p, "number") == number)
        return p;
    }
  return NULL;
}

static void
test_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = kp_example_open_copy (kp_example_default (), &error);
  GListModel *subs = kp_document_get_list (doc, &kp_desc_subproject);
  GListModel *tasks = kp_document_get_list (doc, &kp_desc_task);
  KpEntity *p3 = proposal_number (doc, 3);
  KpEntity *p1 = proposal_number (doc, 1);
  guint n_tasks = g_list_model_get_n_items (tasks);
  g_autofree char *before = kpt_dump (doc);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  KpEntity *sub, *phase;
  char buf[KP_DATE_ISO_SIZE];

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (subs), ==, 4);
  g_assert_nonnull (kp_proposal_get_subproject (doc, p1));
  g_assert_null (kp_proposal_get_subproject (doc, p3));

  /* Proposal 1 is already sub-project 1. */
  g_assert_null (kp_proposal_make_subproject (doc, p1, &error));
  g_assert_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "Proposal"));
  g_clear_error (&error);

  /* Proposal 3, postponed on 2021-04-22, becomes sub-project 5 with a phase from that day
   * to the project's end, after the five phases. */
  sub = kp_proposal_make_subproject (doc, p3, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sub);
  g_assert_cmpint (kp_entity_get_int (sub, "number"), ==, 5);
  g_assert_cmpstr (kp_entity_get_text (sub, "title"), ==, "Utbytesprogram mellan kommun/region");
  g_assert_cmpstr (kp_entity_get_text (sub, "priority"), ==, "not_prio");
  g_assert_cmpstr (kp_entity_get_text (sub, "responsible"), ==, "Nätverk för HSL-chefer");
  g_assert_true (kp_proposal_get_subproject (doc, p3) == sub);
  g_assert_cmpstr (kp_entity_get_text (p3, "decision"), ==, "subproject");
  phase = kp_document_lookup (doc, &kp_desc_task, kp_entity_get_int (sub, "task-id"));
  g_assert_nonnull (phase);
  g_assert_cmpstr (kp_entity_get_text (phase, "kind"), ==, "phase");
  g_assert_cmpint (kp_entity_get_int (phase, "parent-id"), ==, 0);
  g_assert_cmpint (kp_entity_get_int (phase, "position"), ==, 5);
  g_assert_cmpstr (kp_entity_get_text (phase, "name"), ==, "Sub-project 5: Utbytesprogram mellan kommun/region");
  g_assert_cmpstr (kp_date_format_iso (kp_entity_get_date (phase, "start-date"), buf), ==, "2021-04-22");
  g_assert_cmpstr (kp_date_format_iso (kp_entity_get_date (phase, "end-date"), buf), ==, "2021-12-31");
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n_tasks + 1);
  g_assert_cmpint (kpt_sql_int (kpt_doc_path (doc), "SELECT count(*) FROM subproject s JOIN task t ON t.id = s.task_id "
                                                    "WHERE s.number = 5 AND t.kind = 'phase'"), ==, 1);
  after = kpt_dump (doc);

  /* One undo step takes back all three changes; redo brings them again. */
  g_assert_cmpstr (kp_document_get_undo_label (doc), ==, "Make Sub-project");
  g_assert_true (kp_document_undo (doc, &error));
  undone = kpt_dump (doc);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpstr (kp_entity_get_text (p3, "decision"), ==, "postponed");
  g_assert_cmpint (kpt_sql_int (kpt_doc_path (doc), "SELECT count(*) FROM subproject"), ==, 4);
  g_assert_true (kp_document_redo (doc, &error));
  redone = kpt_dump (doc);
  g_assert_cmpstr (redone, ==, after);
  kpt_assert_consistent (doc);
}

/* Dates: today when the proposal has no decision date, always within the project. */
static void
test_dates (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "p.kplan", NULL);
  g_autoptr(KpDocument) doc = kpt_create (path);
  KpEntity *project = kp_document_get_project (doc);
  g_autoptr(KpEntity) early = kp_entity_new (&kp_desc_proposal);
  g_autoptr(KpEntity) open = kp_entity_new (&kp_desc_proposal);
  g_autoptr(GError) error = NULL;
  KpEntity *sub, *phase;

  g_assert_true (kp_document_set_date (doc, project, "start-date", kp_date_from_ymd (2030, 1, 1), &error));
  g_assert_true (kp_document_set_date (doc, project, "end-date", kp_date_from_ymd (2031, 6, 30), &error));
  kp_entity_set_int (early, "number", 1);
  kp_entity_set_text (early, "title", "Tidigt beslut");
  kp_entity_set_date (early, "decision-date", kp_date_from_ymd (2029, 5, 1));
  kp_entity_set_text (early, "priority", "prio");
  kp_entity_set_text (early, "decision", "undecided");
  g_assert_true (kp_document_add (doc, early, &error));
  sub = kp_proposal_make_subproject (doc, early, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kp_entity_get_int (sub, "number"), ==, 1);
  phase = kp_document_lookup (doc, &kp_desc_task, kp_entity_get_int (sub, "task-id"));
  g_assert_cmpint (kp_entity_get_date (phase, "start-date"), ==, kp_date_from_ymd (2030, 1, 1));
  g_assert_cmpint (kp_entity_get_int (phase, "position"), ==, 0);

  /* No decision date and no project end: from today, for half a year. */
  g_assert_true (kp_document_set_date (doc, project, "end-date", KP_DATE_NONE, &error));
  g_assert_true (kp_document_set_date (doc, project, "start-date", KP_DATE_NONE, &error));
  kp_entity_set_int (open, "number", 2);
  kp_entity_set_text (open, "title", "Öppet");
  kp_entity_set_text (open, "priority", "prio");
  kp_entity_set_text (open, "decision", "undecided");
  g_assert_true (kp_document_add (doc, open, &error));
  sub = kp_proposal_make_subproject (doc, open, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kp_entity_get_int (sub, "number"), ==, 2);
  phase = kp_document_lookup (doc, &kp_desc_task, kp_entity_get_int (sub, "task-id"));
  g_assert_cmpint (kp_entity_get_date (phase, "start-date"), ==, kp_date_today ());
  g_assert_cmpint (kp_entity_get_date (phase, "end-date"), >, kp_date_today ());
  g_assert_cmpint (kp_entity_get_int (phase, "position"), ==, 1);
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

/* A read-only document refuses, and nothing half-done stays behind. */
static void
test_refused_leaves_nothing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = kp_example_open_copy (kp_example_default (), &error);
  g_autoptr(KpDocument) second = kpt_open (kpt_doc_path (doc));
  KpEntity *p7 = proposal_number (second, 7);
  g_autofree char *before = kpt_dump (second);
  g_autofree char *after = NULL;

  g_assert_true (kp_document_get_read_only (second));
  g_assert_null (kp_proposal_make_subproject (second, p7, &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_READ_ONLY);
  after = kpt_dump (second);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (kp_document_can_undo (second));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("kp-test-cache-XXXXXX", NULL);

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/subproject/example", test_example);
  g_test_add_func ("/subproject/dates", test_dates);
  g_test_add_func ("/subproject/refused-leaves-nothing", test_refused_leaves_nothing);
  return g_test_run ();
}
