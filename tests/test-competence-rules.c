/* test-competence-rules.c: the "bad input" rules of the competence plan, each through the
 * document as a view makes the edit: refused, with the field named, and nothing stored. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fixtures/kp-test-util.h"

typedef struct
{
  char *dir;
  KpDocument *doc;
  KpEntity *unit;
  KpEntity *row;
  gint64 role, role2, competence;
} Fixture;

static KpEntity *
make (const KpEntityDesc *desc,
      const char         *first,
      ...) G_GNUC_NULL_TERMINATED;

static KpEntity *
make (const KpEntityDesc *desc,
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

static gint64
first_id (KpDocument         *doc,
          const KpEntityDesc *desc,
          guint               nth)
{
  g_autoptr(KpEntity) e = g_list_model_get_item (kp_document_get_list (doc, desc), nth);

  return kp_entity_get_id (e);
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KpEntity) org = NULL;

  fx->dir = kpt_tmp_dir ();
  path = g_build_filename (fx->dir, "rules.kplan", NULL);
  fx->doc = kpt_create (path);
  g_assert_true (kp_document_set_date (fx->doc, kp_document_get_project (fx->doc), "start-date",
                                       kpt_date (2024, 1, 15), &error));
  org = make (&kp_desc_organisation, "name", "Tidaholms kommun", "kind", "municipality",
              "project-role", "partner", NULL);
  g_assert_true (kp_document_add (fx->doc, org, &error));
  fx->unit = make (&kp_desc_unit, "organisation-id", kp_entity_get_id (org), "name", "Hemtjänst",
                   "target-year", (gint64) 2027, NULL);
  g_assert_true (kp_document_add (fx->doc, fx->unit, &error));
  fx->role = first_id (fx->doc, &kp_desc_role, 0);
  fx->role2 = first_id (fx->doc, &kp_desc_role, 1);
  fx->competence = first_id (fx->doc, &kp_desc_competence, 0);
  fx->row = make (&kp_desc_headcount, "unit-id", kp_entity_get_id (fx->unit), "role-id", fx->role,
                  "persons", (gint64) 20, "fte", 18.5, "retirements", (gint64) 2, "turnover", 12.0,
                  "demand", (gint64) 24, "growth", 2.0, NULL);
  g_assert_true (kp_document_add (fx->doc, fx->row, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_clear_object (&fx->row);
  g_clear_object (&fx->unit);
  g_clear_object (&fx->doc);
  kpt_rm_rf (fx->dir);
  g_free (fx->dir);
}

static void
assert_refused (GError     *error,
                int         code,
                const char *field)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == KP_VALIDATE_ERROR);
  if (error->code != code)
    g_error ("expected error %d, got %d: %s", code, error->code, error->message);
  if (strstr (error->message, field) == NULL)
    g_error ("“%s” does not name “%s”", error->message, field);
}

/* A refused edit leaves the value, the file and the undo history as they were. */
static void
set_refused (Fixture    *fx,
             KpEntity   *e,
             const char *field,
             double      value,
             int         code,
             const char *named)
{
  g_autofree char *before = kpt_dump (fx->doc);
  g_autofree char *on_disk = kpt_dump_file (kpt_doc_path (fx->doc));
  g_autofree char *after = NULL;
  g_autofree char *after_disk = NULL;
  const char *undo = kp_document_get_undo_label (fx->doc);
  g_autoptr(GError) error = NULL;
  const KpField *f = kp_entity_desc_field (kp_entity_get_desc (e), field);
  gboolean ok = f->kind == KP_FIELD_REAL ? kp_document_set_real (fx->doc, e, field, value, &error)
              : f->kind == KP_FIELD_DATE ? kp_document_set_date (fx->doc, e, field, (KpDate) value, &error)
              : kp_document_set_int (fx->doc, e, field, (gint64) value, &error);

  g_assert_false (ok);
  assert_refused (error, code, named);
  after = kpt_dump (fx->doc);
  after_disk = kpt_dump_file (kpt_doc_path (fx->doc));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (after_disk, ==, on_disk);
  g_assert_cmpstr (kp_document_get_undo_label (fx->doc), ==, undo);
}

static void
add_refused (Fixture  *fx,
             KpEntity *e,
             int       code,
             const char *named)
{
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (kp_document_get_list (fx->doc, kp_entity_get_desc (e)));

  g_assert_false (kp_document_add (fx->doc, e, &error));
  assert_refused (error, code, named);
  g_assert_cmpint (kp_entity_get_id (e), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (fx->doc, kp_entity_get_desc (e))), ==, n);
}

static void
test_headcount_below_zero (Fixture       *fx,
                           gconstpointer  data)
{
  g_autoptr(KpEntity) bad = make (&kp_desc_headcount, "unit-id", kp_entity_get_id (fx->unit),
                                  "role-id", fx->role2, "persons", (gint64) -1, NULL);

  set_refused (fx, fx->row, "persons", -3, KP_VALIDATE_ERROR_NEGATIVE, "Persons");
  add_refused (fx, bad, KP_VALIDATE_ERROR_NEGATIVE, "Persons");
  /* The other counts of the row follow the same rule. */
  set_refused (fx, fx->row, "retirements", -1, KP_VALIDATE_ERROR_NEGATIVE, "Retirements per year");
  set_refused (fx, fx->row, "demand", -1, KP_VALIDATE_ERROR_NEGATIVE, "Demand in the target year");
  set_refused (fx, fx->row, "fte", -0.5, KP_VALIDATE_ERROR_NEGATIVE, "Full-time equivalents");
  set_refused (fx, fx->row, "turnover", 101, KP_VALIDATE_ERROR_PERCENT_RANGE, "Staff turnover");
  set_refused (fx, fx->row, "growth", -101, KP_VALIDATE_ERROR_OUT_OF_RANGE, "Demand growth per year");
}

static void
test_fte_above_persons (Fixture       *fx,
                        gconstpointer  data)
{
  g_autoptr(KpEntity) bad = make (&kp_desc_headcount, "unit-id", kp_entity_get_id (fx->unit),
                                  "role-id", fx->role2, "persons", (gint64) 3, "fte", 3.5, NULL);
  g_autoptr(GError) error = NULL;

  set_refused (fx, fx->row, "fte", 20.25, KP_VALIDATE_ERROR_FTE_ABOVE_PERSONS, "Full-time equivalents");
  /* Fewer persons than full-time equivalents, from the other side. */
  set_refused (fx, fx->row, "persons", 18, KP_VALIDATE_ERROR_FTE_ABOVE_PERSONS, "Full-time equivalents");
  add_refused (fx, bad, KP_VALIDATE_ERROR_FTE_ABOVE_PERSONS, "Persons");
  /* Equal is fine. */
  g_assert_true (kp_document_set_real (fx->doc, fx->row, "fte", 20, &error));
  g_assert_no_error (error);
}

static void
test_retirements_above_headcount (Fixture       *fx,
                                  gconstpointer  data)
{
  g_autoptr(KpEntity) bad = make (&kp_desc_headcount, "unit-id", kp_entity_get_id (fx->unit),
                                  "role-id", fx->role2, "persons", (gint64) 0, "retirements", (gint64) 1, NULL);
  g_autoptr(GError) error = NULL;

  set_refused (fx, fx->row, "retirements", 21, KP_VALIDATE_ERROR_RETIREMENTS_ABOVE_HEADCOUNT,
               "Retirements per year");
  add_refused (fx, bad, KP_VALIDATE_ERROR_RETIREMENTS_ABOVE_HEADCOUNT, "Retirements per year");
  g_assert_true (kp_document_set_real (fx->doc, fx->row, "fte", 1, &error));
  set_refused (fx, fx->row, "persons", 1, KP_VALIDATE_ERROR_RETIREMENTS_ABOVE_HEADCOUNT, "Persons");
  g_assert_true (kp_document_set_int (fx->doc, fx->row, "retirements", 20, &error));
  g_assert_no_error (error);
}

static void
test_target_year_before_start (Fixture       *fx,
                               gconstpointer  data)
{
  KpEntity *project = kp_document_get_project (fx->doc);
  g_autoptr(KpEntity) bad = make (&kp_desc_unit, "organisation-id", kp_entity_get_int (fx->unit, "organisation-id"),
                                  "name", "Korttidsboende", "target-year", (gint64) 2023, NULL);
  g_autoptr(GError) error = NULL;

  set_refused (fx, fx->unit, "target-year", 2023, KP_VALIDATE_ERROR_TARGET_YEAR_BEFORE_START, "Target year");
  add_refused (fx, bad, KP_VALIDATE_ERROR_TARGET_YEAR_BEFORE_START, "Target year");
  /* The start year itself is a valid target year. */
  g_assert_true (kp_document_set_int (fx->doc, fx->unit, "target-year", 2024, &error));
  g_assert_no_error (error);

  /* Seen from the project: the start may not move past a unit's target year. */
  set_refused (fx, project, "start-date", kpt_date (2025, 1, 1), KP_VALIDATE_ERROR_TARGET_YEAR_BEFORE_START,
               "Start date");
  g_assert_true (kp_document_set_date (fx->doc, project, "start-date", kpt_date (2024, 12, 31), &error));
  g_assert_true (kp_document_set_int (fx->doc, fx->unit, "target-year", 2030, &error));
  g_assert_true (kp_document_set_date (fx->doc, project, "start-date", kpt_date (2029, 2, 1), &error));
  g_assert_no_error (error);
  /* The project's own span is still checked first. */
  g_assert_true (kp_document_set_date (fx->doc, project, "end-date", kpt_date (2030, 6, 30), &error));
  set_refused (fx, project, "start-date", kpt_date (2030, 7, 1), KP_VALIDATE_ERROR_END_BEFORE_START, "End date");
  /* Without a start date, any target year goes. */
  g_assert_true (kp_document_set_date (fx->doc, project, "start-date", KP_DATE_NONE, &error));
  g_assert_true (kp_document_set_int (fx->doc, fx->unit, "target-year", 2001, &error));
  g_assert_no_error (error);
}

static void
test_level_range (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(KpEntity) required = make (&kp_desc_required_level, "role-id", fx->role,
                                       "competence-id", fx->competence, "level", (gint64) 5, NULL);
  g_autoptr(KpEntity) held = make (&kp_desc_unit_level, "unit-id", kp_entity_get_id (fx->unit),
                                   "competence-id", fx->competence, "level", (gint64) -1, NULL);
  g_autoptr(GError) error = NULL;

  add_refused (fx, required, KP_VALIDATE_ERROR_OUT_OF_RANGE, "Level");
  add_refused (fx, held, KP_VALIDATE_ERROR_OUT_OF_RANGE, "Level");
  kp_entity_set_int (required, "level", 4);
  kp_entity_set_int (held, "level", 0);
  g_assert_true (kp_document_add (fx->doc, required, &error));
  g_assert_true (kp_document_add (fx->doc, held, &error));
  g_assert_no_error (error);
  set_refused (fx, required, "level", 5, KP_VALIDATE_ERROR_OUT_OF_RANGE, "Level");
  set_refused (fx, held, "level", -1, KP_VALIDATE_ERROR_OUT_OF_RANGE, "Level");
  set_refused (fx, held, "holders", -1, KP_VALIDATE_ERROR_NEGATIVE, "Persons who hold it");
  {
    g_autoptr(GError) e = NULL;

    g_assert_false (kp_document_set_int (fx->doc, held, "level", 7, &e));
    /* The message says the range. */
    g_assert_nonnull (strstr (e->message, "0"));
    g_assert_nonnull (strstr (e->message, "4"));
  }
}

static void
test_duplicate_role (Fixture       *fx,
                     gconstpointer  data)
{
  g_autoptr(KpEntity) again = make (&kp_desc_headcount, "unit-id", kp_entity_get_id (fx->unit),
                                    "role-id", fx->role, "persons", (gint64) 1, NULL);
  g_autoptr(KpEntity) other = make (&kp_desc_headcount, "unit-id", kp_entity_get_id (fx->unit),
                                    "role-id", fx->role2, "persons", (gint64) 1, NULL);
  g_autoptr(GError) error = NULL;

  add_refused (fx, again, KP_VALIDATE_ERROR_DUPLICATE, "Role");
  g_assert_true (kp_document_add (fx->doc, other, &error));
  g_assert_no_error (error);
  /* Changing a row's role to one the unit has. */
  set_refused (fx, other, "role-id", (double) fx->role, KP_VALIDATE_ERROR_DUPLICATE, "Role");
}

/* Several rows in one group: a refused row and the caller's abort leave nothing behind. */
static void
test_group_all_or_nothing (Fixture       *fx,
                           gconstpointer  data)
{
  g_autoptr(KpEntity) other = make (&kp_desc_headcount, "unit-id", kp_entity_get_id (fx->unit),
                                    "role-id", fx->role2, "persons", (gint64) 1, "fte", 1.0, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *on_disk = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kp_document_add (fx->doc, other, &error));
  before = kpt_dump (fx->doc);
  kp_document_begin (fx->doc, "Change Demand growth per year");
  g_assert_true (kp_document_set_real (fx->doc, fx->row, "growth", 5, &error));
  g_assert_false (kp_document_set_real (fx->doc, other, "growth", 500, &error));
  kp_document_abort (fx->doc);
  after = kpt_dump (fx->doc);
  g_assert_cmpstr (after, ==, before);
  on_disk = kpt_dump_file (kpt_doc_path (fx->doc));
  g_assert_cmpstr (on_disk, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/competence-rules/headcount-below-zero", test_headcount_below_zero);
  ADD ("/competence-rules/fte-above-persons", test_fte_above_persons);
  ADD ("/competence-rules/retirements-above-headcount", test_retirements_above_headcount);
  ADD ("/competence-rules/target-year-before-start", test_target_year_before_start);
  ADD ("/competence-rules/level-range", test_level_range);
  ADD ("/competence-rules/duplicate-role", test_duplicate_role);
  ADD ("/competence-rules/group-all-or-nothing", test_group_all_or_nothing);
#undef ADD
  return g_test_run ();
}
