/* test-document.c: an open project: every entity through the file and back, removal with
 * everything that belongs to the row, groups of edits, read-only documents and the bundled
 * examples.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <time.h>
#include <utime.h>

#include "kp-examples.h"
#include "kp-store.h"
#include "fixtures/kp-test-util.h"

typedef struct
{
  char *dir;
  char *path;
  KpDocument *doc;
} Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  fx->dir = kpt_tmp_dir ();
  fx->path = g_build_filename (fx->dir, "dokument.kplan", NULL);
  fx->doc = kpt_create (fx->path);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_clear_object (&fx->doc);
  kpt_rm_rf (fx->dir);
  g_free (fx->path);
  g_free (fx->dir);
}

static void
reopen (Fixture *fx)
{
  g_clear_object (&fx->doc);
  fx->doc = kpt_open (fx->path);
  g_assert_false (kp_document_get_read_only (fx->doc));
}

static KpEntity *
add_with (KpDocument         *doc,
          const KpEntityDesc *desc,
          guint               seed,
          const char         *first,
          ...) G_GNUC_NULL_TERMINATED;

/* A valid row of desc with some fields set by name, added; the list holds it. */
static KpEntity *
add_with (KpDocument         *doc,
          const KpEntityDesc *desc,
          guint               seed,
          const char         *first,
          ...)
{
  g_autoptr(KpEntity) e = kpt_new_row (doc, desc, seed);
  g_autoptr(GError) error = NULL;
  va_list args;

  g_assert_nonnull (e);
  va_start (args, first);
  g_object_set_valist (G_OBJECT (e), first, args);
  va_end (args);
  if (!kp_document_add (doc, e, &error))
    g_error ("adding %s: %s", desc->table, error->message);
  return e;
}

static gint64
id_of (KpEntity *e)
{
  return kp_entity_get_id (e);
}

static guint
count (KpDocument         *doc,
       const KpEntityDesc *desc)
{
  return g_list_model_get_n_items (kp_document_get_list (doc, desc));
}

/* The dump of the document equals the dump of its file, read beside it. */
static void
assert_file_matches (KpDocument *doc)
{
  g_autofree char *memory = kpt_dump (doc);
  g_autofree char *file = kpt_dump_file (kpt_doc_path (doc));

  g_assert_cmpstr (file, ==, memory);
  kpt_assert_sqlite_ok (kpt_doc_path (doc));
  kpt_assert_consistent (doc);
}

/* ---- round trip -------------------------------------------------------------------- */

/* Values that a careless store would bend: exact doubles, long and odd text. */
static void
add_awkward_rows (KpDocument *doc)
{
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autoptr(GString) long_text = g_string_new (NULL);

  for (guint i = 0; i < KP_TEXT_MAX_CHARS; i++)
    g_string_append (longest, i % 2 ? "ö" : "🙂");
  for (guint i = 0; i < KP_LONG_TEXT_MAX_CHARS / 4; i++)
    g_string_append (long_text, "å\n\t'");
  add_with (doc, &kp_desc_goal, 1, "baseline", 0.1 + 0.2, "target-low", 1e-300, "target-high", 1e300,
            "outcome", 123456789.123456789, "indicator", longest->str, "comment", long_text->str,
            "unit", "'); DROP TABLE goal; --", "override-reason", "\"citat\" \\ bakstreck \r\n", NULL);
  add_with (doc, &kp_desc_lesson, 2, "text", "NUL-fri men \x01\x02 kontrolltecken", "owner", "", NULL);
  add_with (doc, &kp_desc_task, 5, "start-date", (int) kpt_date (1900, 1, 1), "end-date",
            (int) kpt_date (2200, 12, 31), "progress", 100.0, "position", (gint64) 1000000000000, NULL);
}

static void
test_round_trip (Fixture       *fx,
                 gconstpointer  data)
{
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);
  g_autofree char *before = NULL, *after = NULL;

  kpt_build_graph (fx->doc, 7);
  add_awkward_rows (fx->doc);
  before = kpt_dump (fx->doc);
  kpt_assert_consistent (fx->doc);
  reopen (fx);
  after = kpt_dump (fx->doc);
  g_assert_cmpstr (after, ==, before);
  kpt_assert_consistent (fx->doc);

  /* The round trip meant something: every field holds a value other than its default in
   * some row, and every field that can be absent is absent in some row. */
  for (guint d = 0; d < n; d++)
    {
      g_autoptr(GPtrArray) rows = kpt_rows (fx->doc, descs[d]);
      g_autoptr(KpEntity) blank = kp_entity_new (descs[d]);

      g_assert_cmpuint (rows->len, >=, 1);
      for (guint i = 0; i < descs[d]->n_fields; i++)
        {
          const KpField *f = &descs[d]->fields[i];
          guint set = 0, absent = 0;

          for (guint r = 0; r < rows->len; r++)
            {
              if (kp_value_equal (f->kind, kp_entity_peek (rows->pdata[r], i), kp_entity_peek (blank, i)))
                absent++;
              else
                set++;
            }
          if (set == 0)
            g_error ("no row of %s has a value in %s", descs[d]->table, f->column);
          if (!descs[d]->singleton && kpt_field_may_be_absent (f) && absent == 0)
            g_error ("no row of %s lacks a value in %s", descs[d]->table, f->column);
        }
    }
  /* And the ids stay what they were. */
  g_assert_cmpint (id_of (kp_document_get_project (fx->doc)), ==, 1);
}

/* A date may be set as a whole number of any width, as callers have it. */
static void
test_set_date_as_int (Fixture       *fx,
                      gconstpointer  data)
{
  KpEntity *project = kp_document_get_project (fx->doc);
  KpDate day = kpt_date (2024, 3, 15);
  g_autoptr(GError) error = NULL;

  g_assert_true (kp_document_set_int (fx->doc, project, "start-date", day, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kp_entity_get_date (project, "start-date"), ==, day);
  g_assert_true (kp_document_set_date (fx->doc, project, "start-date", day + 1, &error));
  g_assert_cmpint (kp_entity_get_date (project, "start-date"), ==, day + 1);
  g_assert_true (kp_document_undo (fx->doc, NULL));
  g_assert_cmpint (kp_entity_get_date (project, "start-date"), ==, day);
}

/* A span set whole: a move past its own end is one edit, one undo step, and a span that
 * ends before it starts is refused with nothing changed. */
static void
test_set_span (Fixture       *fx,
               gconstpointer  data)
{
  KpEntity *task = kpt_add (fx->doc, &kp_desc_task, 1);
  KpDate start = kpt_date (2024, 3, 4), end = kpt_date (2024, 3, 8);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kp_document_set_span (fx->doc, task, start, end, &error));
  g_assert_no_error (error);
  before = kpt_dump (fx->doc);
  g_assert_true (kp_document_set_span (fx->doc, task, start + 14, end + 14, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kp_entity_get_date (task, "start-date"), ==, start + 14);
  g_assert_cmpint (kp_entity_get_date (task, "end-date"), ==, end + 14);
  assert_file_matches (fx->doc);
  g_assert_true (kp_document_undo (fx->doc, &error));
  g_assert_cmpint (kp_entity_get_date (task, "start-date"), ==, start);
  g_assert_cmpint (kp_entity_get_date (task, "end-date"), ==, end);

  g_assert_false (kp_document_set_span (fx->doc, task, end, start, &error));
  g_assert_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_END_BEFORE_START);
  after = kpt_dump (fx->doc);
  g_assert_cmpstr (after, ==, before);
  assert_file_matches (fx->doc);
}

/* Opening an example removes the copies nobody has changed for a month, unless a window has
 * them open; recent copies stay. */
static void
test_example_copies_pruned (void)
{
  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "kompetensplan", "examples", NULL);
  g_autofree char *old = g_build_filename (cache, "old.kplan", NULL);
  g_autofree char *old_wal = g_build_filename (cache, "old.kplan-wal", NULL);
  g_autofree char *open_old = g_build_filename (cache, "open-old.kplan", NULL);
  g_autofree char *recent = g_build_filename (cache, "recent.kplan", NULL);
  g_autoptr(KpDocument) kept_open = NULL;
  g_autoptr(KpDocument) copy = NULL;
  g_autoptr(GError) error = NULL;
  struct utimbuf month_ago = { 0 };
  const char *paths[] = { old, open_old, recent };

  g_assert_cmpint (g_mkdir_with_parents (cache, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(KpDocument) doc = kp_example_write (kp_example_default (), file, &error);

      g_assert_no_error (error);
    }
  g_assert_true (g_file_set_contents (old_wal, "", 0, NULL));
  month_ago.actime = month_ago.modtime = time (NULL) - (KP_EXAMPLE_COPY_DAYS + 1) * 24 * 3600;
  g_assert_cmpint (g_utime (old, &month_ago), ==, 0);
  g_assert_cmpint (g_utime (open_old, &month_ago), ==, 0);
  kept_open = kpt_open (open_old);
  g_assert_true (kp_store_is_in_use (open_old));
  g_assert_false (kp_store_is_in_use (old));

  copy = kp_example_open_copy (kp_example_default (), &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (old_wal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (open_old, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (recent, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (kpt_doc_path (copy), G_FILE_TEST_EXISTS));
}

/* Each list comes in the order of its descriptor's ORDER BY (ties by id), as the views
 * expect, however the store reads it. */
static void
test_load_order (Fixture       *fx,
                 gconstpointer  data)
{
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);
  sqlite3 *db = NULL;
  guint reordered = 0;

  kpt_build_graph (fx->doc, 7);
  add_awkward_rows (fx->doc);
  /* Keys far apart (sorted by comparison), rows added in the reverse of their order, and
   * rows with equal keys. */
  add_with (fx->doc, &kp_desc_organisation, 9, "position", (gint64) 1000000000000, NULL);
  add_with (fx->doc, &kp_desc_organisation, 10, "position", (gint64) 0, NULL);
  for (guint i = 0; i < 6; i++)
    {
      KpEntity *org = g_list_model_get_item (kp_document_get_list (fx->doc, &kp_desc_organisation), 0);

      add_with (fx->doc, &kp_desc_time_entry, i, "date", (int) kpt_date (2021, 5, 9) - (int) (i / 2),
                "organisation-id", id_of (org), NULL);
      add_with (fx->doc, &kp_desc_task, i, "parent-id", (gint64) 0, "position", (gint64) (10 - i / 2), NULL);
      add_with (fx->doc, &kp_desc_goal, i, "kind", i % 2 ? "sub" : "effect", "number", (gint64) (3 - i / 3), NULL);
      g_object_unref (org);
    }
  reopen (fx);

  g_assert_cmpint (sqlite3_open_v2 (fx->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint d = 0; d < n; d++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s ORDER BY %s, id", descs[d]->table,
                                              descs[d]->order_by);
      GListModel *list = kp_document_get_list (fx->doc, descs[d]);
      sqlite3_stmt *stmt = NULL;
      guint i = 0;
      gint64 last_id = 0;
      gboolean by_id = TRUE;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

          g_assert_nonnull (e);
          by_id = by_id && id_of (e) > last_id;
          last_id = id_of (e);
          if (id_of (e) != sqlite3_column_int64 (stmt, 0))
            g_error ("%s: row %u is #%" G_GINT64_FORMAT " but ORDER BY %s gives #%lld", descs[d]->table, i,
                     id_of (e), descs[d]->order_by, (long long) sqlite3_column_int64 (stmt, 0));
          i++;
        }
      sqlite3_finalize (stmt);
      g_assert_cmpuint (i, ==, g_list_model_get_n_items (list));
      reordered += !by_id;
    }
  sqlite3_close (db);
  /* The check meant something: many lists are not simply in id order. */
  g_assert_cmpuint (reordered, >=, 10);
}

/* ---- removal ----------------------------------------------------------------------- */

/* "table#id" of each row, sorted. */
static char *
sorted_names (KpEntity *first,
              ...)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  va_list args;

  va_start (args, first);
  for (KpEntity *e = first; e != NULL; e = va_arg (args, KpEntity *))
    g_ptr_array_add (names, g_strdup_printf ("%s#%" G_GINT64_FORMAT, kp_entity_get_desc (e)->table, id_of (e)));
  va_end (args);
  g_ptr_array_sort (names, kpt_cmp_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static char *
sorted_dependents (KpDocument *doc,
                   KpEntity   *e)
{
  g_autoptr(GPtrArray) rows = kp_document_dependents (doc, e);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (names, g_strdup_printf ("%s#%" G_GINT64_FORMAT,
                                             kp_entity_get_desc (rows->pdata[i])->table,
                                             id_of (rows->pdata[i])));
  g_ptr_array_sort (names, kpt_cmp_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Removes e, checks that exactly `gone` went with it, then undoes and redoes. */
static void
remove_and_check (KpDocument *doc,
                  KpEntity   *e,
                  const char *gone)
{
  g_autofree char *before = kpt_dump (doc);
  g_autofree char *after = NULL, *undone = NULL, *redone = NULL;
  g_autofree char *dependents = sorted_dependents (doc, e);
  g_autoptr(KpEntity) keep = g_object_ref (e);
  g_auto(GStrv) names = g_strsplit (gone, " ", -1);
  const KpEntityDesc *desc = kp_entity_get_desc (e);
  gint64 id = id_of (e);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (dependents, ==, gone);
  /* Asking changes nothing. */
  {
    g_autofree char *again = kpt_dump (doc);

    g_assert_cmpstr (again, ==, before);
  }
  g_assert_true (kp_document_remove (doc, e, &error));
  g_assert_no_error (error);
  g_assert_null (kp_document_lookup (doc, desc, id));
  for (guint i = 0; names[i] != NULL && *names[i]; i++)
    {
      char *hash = strchr (names[i], '#');

      *hash = '\0';
      g_assert_null (kp_document_lookup (doc, kp_entity_desc_for_table (names[i]),
                                         g_ascii_strtoll (hash + 1, NULL, 10)));
    }
  kpt_assert_consistent (doc);
  assert_file_matches (doc);
  after = kpt_dump (doc);

  g_assert_true (kp_document_undo (doc, &error));
  g_assert_no_error (error);
  undone = kpt_dump (doc);
  g_assert_cmpstr (undone, ==, before);
  assert_file_matches (doc);
  g_assert_true (kp_document_redo (doc, &error));
  g_assert_no_error (error);
  redone = kpt_dump (doc);
  g_assert_cmpstr (redone, ==, after);
  assert_file_matches (doc);
}

static void
test_remove_organisation (Fixture       *fx,
                          gconstpointer  data)
{
  KpDocument *doc = fx->doc;
  KpEntity *org, *other, *unit1, *unit2, *other_unit, *h1, *h2, *level, *cert, *t1, *t2, *s1, *body;
  KpEntity *member, *other_entry;
  g_autofree char *expected = NULL;

  org = add_with (doc, &kp_desc_organisation, 0, "name", "Mariestad", NULL);
  other = add_with (doc, &kp_desc_organisation, 1, "name", "Töreboda", NULL);
  unit1 = add_with (doc, &kp_desc_unit, 0, "organisation-id", id_of (org), NULL);
  unit2 = add_with (doc, &kp_desc_unit, 1, "organisation-id", id_of (org), NULL);
  other_unit = add_with (doc, &kp_desc_unit, 2, "organisation-id", id_of (other), NULL);
  h1 = add_with (doc, &kp_desc_headcount, 0, "unit-id", id_of (unit1), "role-id", (gint64) 1, NULL);
  h2 = add_with (doc, &kp_desc_headcount, 1, "unit-id", id_of (unit2), "role-id", (gint64) 1, NULL);
  add_with (doc, &kp_desc_headcount, 2, "unit-id", id_of (other_unit), "role-id", (gint64) 1, NULL);
  level = add_with (doc, &kp_desc_unit_level, 0, "unit-id", id_of (unit2), NULL);
  cert = add_with (doc, &kp_desc_certification, 0, "unit-id", id_of (unit1), NULL);
  t1 = add_with (doc, &kp_desc_time_entry, 0, "organisation-id", id_of (org), NULL);
  t2 = add_with (doc, &kp_desc_time_entry, 1, "organisation-id", id_of (org), NULL);
  other_entry = add_with (doc, &kp_desc_time_entry, 2, "organisation-id", id_of (other), NULL);
  s1 = add_with (doc, &kp_desc_staffing_stat, 0, "organisation-id", id_of (org), NULL);
  body = kpt_add (doc, &kp_desc_governance_body, 0);
  member = add_with (doc, &kp_desc_member, 0, "body-id", id_of (body), "organisation-id", id_of (org), NULL);
  g_object_ref (member);
  g_object_ref (other_entry);

  expected = sorted_names (unit1, unit2, h1, h2, level, cert, t1, t2, s1, NULL);
  remove_and_check (doc, org, expected);

  /* A member only points at the organisation: it stays, without it. */
  g_assert_true (kp_document_lookup (doc, &kp_desc_member, id_of (member)) == member);
  g_assert_cmpint (kp_entity_get_int (member, "organisation-id"), ==, 0);
  g_assert_nonnull (kp_document_lookup (doc, &kp_desc_time_entry, id_of (other_entry)));
  g_assert_cmpuint (count (doc, &kp_desc_unit), ==, 1);
  g_assert_cmpuint (count (doc, &kp_desc_headcount), ==, 1);
  g_assert_cmpuint (kpt_sql_int (fx->path, "SELECT count(*) FROM member WHERE organisation_id IS NULL"), ==, 1);
  g_object_unref (member);
  g_object_unref (other_entry);
}

static void
test_remove_task_subtree (Fixture       *fx,
                          gconstpointer  data)
{
  KpDocument *doc = fx->doc;
  KpEntity *phase, *a1, *a2, *a3, *x, *d1, *d2, *d3, *d4, *goal, *link, *baseline, *span, *sub;
  g_autofree char *expected = NULL;

  phase = add_with (doc, &kp_desc_task, 0, "kind", "phase", "name", "Förstudiefas", "parent-id", (gint64) 0, NULL);
  a1 = add_with (doc, &kp_desc_task, 1, "parent-id", id_of (phase), NULL);
  a2 = add_with (doc, &kp_desc_task, 2, "parent-id", id_of (phase), NULL);
  a3 = add_with (doc, &kp_desc_task, 3, "parent-id", id_of (a1), NULL);
  x = add_with (doc, &kp_desc_task, 4, "kind", "phase", "parent-id", (gint64) 0, NULL);
  d1 = add_with (doc, &kp_desc_dependency, 0, "predecessor-id", id_of (a1), "successor-id", id_of (a2), NULL);
  d2 = add_with (doc, &kp_desc_dependency, 0, "predecessor-id", id_of (x), "successor-id", id_of (a3), NULL);
  d3 = add_with (doc, &kp_desc_dependency, 0, "predecessor-id", id_of (a2), "successor-id", id_of (phase), NULL);
  d4 = add_with (doc, &kp_desc_dependency, 0, "predecessor-id", id_of (phase), "successor-id", id_of (x), NULL);
  goal = kpt_add (doc, &kp_desc_goal, 0);
  link = add_with (doc, &kp_desc_goal_task, 0, "goal-id", id_of (goal), "task-id", id_of (a2), NULL);
  baseline = kpt_add (doc, &kp_desc_baseline, 0);
  span = add_with (doc, &kp_desc_baseline_task, 0, "baseline-id", id_of (baseline), "task-id", id_of (a3), NULL);
  sub = add_with (doc, &kp_desc_subproject, 0, "task-id", id_of (phase), NULL);
  g_object_ref (sub);
  g_object_ref (x);
  g_object_ref (goal);

  expected = sorted_names (a1, a2, a3, d1, d2, d3, d4, link, span, NULL);
  remove_and_check (doc, phase, expected);

  /* The sub-project loses its phase; the other phase, the goal and the baseline stay. */
  g_assert_cmpint (kp_entity_get_int (kp_document_lookup (doc, &kp_desc_subproject, id_of (sub)), "task-id"), ==,
                   0);
  g_assert_nonnull (kp_document_lookup (doc, &kp_desc_task, id_of (x)));
  g_assert_nonnull (kp_document_lookup (doc, &kp_desc_goal, id_of (goal)));
  g_assert_cmpuint (count (doc, &kp_desc_task), ==, 1);
  g_assert_cmpuint (count (doc, &kp_desc_dependency), ==, 0);
  g_assert_cmpuint (count (doc, &kp_desc_baseline), ==, 1);
  g_object_unref (sub);
  g_object_unref (x);
  g_object_unref (goal);
}

static void
test_remove_leaf (Fixture       *fx,
                  gconstpointer  data)
{
  KpEntity *lesson = kpt_add (fx->doc, &kp_desc_lesson, 0);
  KpEntity *role = g_list_model_get_item (kp_document_get_list (fx->doc, &kp_desc_role), 3);
  KpEntity *step = add_with (fx->doc, &kp_desc_stair_step, 0, "role-id", id_of (role), NULL);
  gint64 step_id = id_of (step);

  remove_and_check (fx->doc, lesson, "");
  /* A shipped role can be removed too; a staircase step only loses it. */
  remove_and_check (fx->doc, role, "");
  g_assert_cmpint (kp_entity_get_int (kp_document_lookup (fx->doc, &kp_desc_stair_step, step_id), "role-id"), ==,
                   0);
  g_object_unref (role);
}

static void
test_not_in_document (Fixture       *fx,
                      gconstpointer  data)
{
  KpEntity *lesson = kpt_add (fx->doc, &kp_desc_lesson, 0);
  g_autoptr(KpEntity) kept = g_object_ref (lesson);
  g_autoptr(KpEntity) detached = kpt_new_row (fx->doc, &kp_desc_lesson, 1);
  g_autoptr(KpEntity) copy = kp_entity_dup (lesson);
  g_autoptr(GError) error = NULL;

  g_assert_false (kp_document_remove (fx->doc, detached, &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_NOT_IN_DOCUMENT);
  g_clear_error (&error);
  /* A copy is not the row, even with its id. */
  g_assert_false (kp_document_set_text (fx->doc, copy, "owner", "x", &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_NOT_IN_DOCUMENT);
  g_clear_error (&error);
  g_assert_true (kp_document_remove (fx->doc, kept, &error));
  g_assert_false (kp_document_set_text (fx->doc, kept, "owner", "x", &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_NOT_IN_DOCUMENT);
  g_clear_error (&error);
  g_assert_false (kp_document_remove (fx->doc, kept, &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_NOT_IN_DOCUMENT);
}

/* ---- groups ------------------------------------------------------------------------ */

static void
count_cb (gpointer  instance,
          guint    *counter)
{
  (*counter)++;
}

static void
test_group_one_step (Fixture       *fx,
                     gconstpointer  data)
{
  KpDocument *doc = fx->doc;
  g_autofree char *before = NULL, *after = NULL, *undone = NULL, *redone = NULL;
  g_autoptr(KpEntity) org = NULL;
  g_autoptr(KpEntity) bad = kp_entity_new (&kp_desc_lesson);
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  kpt_add (doc, &kp_desc_lesson, 0);
  kp_entity_set_text (bad, "kind", "pitfall");
  before = kpt_dump (doc);
  g_signal_connect (doc, "changed", G_CALLBACK (count_cb), &changed);

  kp_document_begin (doc, "Importera organisationer");
  org = kpt_new_row (doc, &kp_desc_organisation, 0);
  g_assert_true (kp_document_add (doc, org, &error));
  /* Nested groups are part of the outer one. */
  kp_document_begin (doc, "inner");
  kpt_add (doc, &kp_desc_unit, 0);
  g_assert_true (kp_document_end (doc, &error));
  g_assert_true (kp_document_set_text (doc, org, "name", "Skara", &error));
  g_assert_no_error (error);
  /* A refused edit inside a group is refused alone; the group goes on. */
  g_assert_false (kp_document_add (doc, bad, &error));
  g_assert_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_false (kp_document_can_undo (doc));
  g_assert_cmpuint (changed, ==, 0);
  g_assert_true (kp_document_end (doc, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  after = kpt_dump (doc);
  assert_file_matches (doc);
  g_assert_cmpstr (kp_document_get_undo_label (doc), ==, "Importera organisationer");
  g_assert_cmpuint (count (doc, &kp_desc_organisation), ==, 1);
  g_assert_cmpstr (kp_entity_get_text (org, "name"), ==, "Skara");

  /* One undo takes back the whole group, one redo brings it back. */
  g_assert_true (kp_document_undo (doc, &error));
  g_assert_cmpuint (changed, ==, 2);
  undone = kpt_dump (doc);
  g_assert_cmpstr (undone, ==, before);
  assert_file_matches (doc);
  g_assert_cmpstr (kp_document_get_redo_label (doc), ==, "Importera organisationer");
  g_assert_true (kp_document_redo (doc, &error));
  g_assert_no_error (error);
  redone = kpt_dump (doc);
  g_assert_cmpstr (redone, ==, after);
  assert_file_matches (doc);
  g_assert_true (kp_document_undo (doc, &error));
  g_assert_true (kp_document_undo (doc, &error));
  g_assert_false (kp_document_can_undo (doc));
  g_assert_false (kp_document_undo (doc, &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_NOTHING_TO_UNDO);
}

/* What a listener learns of each change from kp_document_changed_fields. */
typedef struct
{
  KpDocument *doc;
  const KpEntityDesc *desc;
  gboolean only_fields;
  GArray *ids;
} ChangeSeen;

static void
change_seen_cb (KpDocument *doc,
                ChangeSeen *seen)
{
  g_array_set_size (seen->ids, 0);
  seen->only_fields = kp_document_changed_fields (doc, seen->desc, seen->ids);
}

static gboolean
saw_ids (ChangeSeen *seen,
         gint64      a,
         gint64      b)
{
  gboolean has_a = FALSE, has_b = b == 0;

  for (guint i = 0; i < seen->ids->len; i++)
    {
      gint64 id = g_array_index (seen->ids, gint64, i);

      if (id != a && id != b)
        return FALSE;
      has_a |= id == a;
      has_b |= id == b;
    }
  return seen->only_fields && has_a && has_b;
}

static void
test_changed_fields (Fixture       *fx,
                     gconstpointer  data)
{
  KpDocument *doc = fx->doc;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ChangeSeen seen = { doc, &kp_desc_task, FALSE, ids };
  KpEntity *first = kpt_add (doc, &kp_desc_task, 1), *second = kpt_add (doc, &kp_desc_task, 2);
  KpEntity *lesson = kpt_add (doc, &kp_desc_lesson, 3);
  g_autoptr(GError) error = NULL;

  /* Outside an emission there is no change to tell of. */
  g_assert_false (kp_document_changed_fields (doc, &kp_desc_task, ids));
  g_assert_cmpuint (ids->len, ==, 0);
  g_signal_connect (doc, "changed", G_CALLBACK (change_seen_cb), &seen);

  g_assert_true (kp_document_set_text (doc, first, "name", "Förstudie", &error));
  g_assert_true (saw_ids (&seen, id_of (first), 0));

  /* A group names every task it set; its undo and redo name the same. */
  kp_document_begin (doc, "Flytta");
  g_assert_true (kp_document_set_real (doc, first, "progress", 40, &error));
  g_assert_true (kp_document_set_real (doc, second, "progress", 60, &error));
  g_assert_true (kp_document_end (doc, &error));
  g_assert_no_error (error);
  g_assert_true (saw_ids (&seen, id_of (first), id_of (second)));
  g_assert_true (kp_document_undo (doc, &error));
  g_assert_true (saw_ids (&seen, id_of (first), id_of (second)));
  g_assert_true (kp_document_redo (doc, &error));
  g_assert_true (saw_ids (&seen, id_of (first), id_of (second)));

  /* A row added or removed, or a change to other rows, is more than set fields of tasks. */
  kpt_add (doc, &kp_desc_task, 4);
  g_assert_false (seen.only_fields);
  g_assert_true (kp_document_set_text (doc, lesson, "owner", "MAS", &error));
  g_assert_false (seen.only_fields);
  seen.desc = &kp_desc_lesson;
  g_assert_true (kp_document_set_text (doc, lesson, "owner", "MAR", &error));
  g_assert_true (saw_ids (&seen, id_of (lesson), 0));
  g_assert_true (kp_document_remove (doc, lesson, &error));
  g_assert_no_error (error);
  g_assert_false (seen.only_fields);
  g_signal_handlers_disconnect_by_data (doc, &seen);
}

static void
test_group_abort (Fixture       *fx,
                  gconstpointer  data)
{
  KpDocument *doc = fx->doc;
  g_autofree char *before = NULL, *after = NULL;
  KpEntity *org, *lesson;
  g_autoptr(GError) error = NULL;
  const char *undo_label;

  kpt_build_graph (doc, 2);
  before = kpt_dump (doc);
  undo_label = kp_document_get_undo_label (doc);
  org = g_list_model_get_item (kp_document_get_list (doc, &kp_desc_organisation), 0);

  kp_document_begin (doc, "Ångras");
  lesson = kpt_add (doc, &kp_desc_lesson, 9);
  g_assert_true (kp_document_set_text (doc, org, "name", "Hjo", &error));
  g_assert_true (kp_document_set_text (doc, lesson, "owner", "MAS-nätverket", &error));
  g_assert_true (kp_document_remove (doc, org, &error));
  g_assert_no_error (error);
  g_assert_null (kp_document_lookup (doc, &kp_desc_organisation, id_of (org)));
  kp_document_abort (doc);

  after = kpt_dump (doc);
  g_assert_cmpstr (after, ==, before);
  assert_file_matches (doc);
  g_assert_cmpstr (kp_document_get_undo_label (doc), ==, undo_label);
  g_assert_true (kp_document_lookup (doc, &kp_desc_organisation, id_of (org)) != NULL);
  g_object_unref (org);

  /* The document goes on working, and a reopened file holds the same. */
  kpt_add (doc, &kp_desc_lesson, 10);
  g_assert_true (kp_document_undo (doc, &error));
  g_assert_no_error (error);
  reopen (fx);
  g_clear_pointer (&after, g_free);
  after = kpt_dump (fx->doc);
  g_assert_cmpstr (after, ==, before);
}

static void
test_group_empty (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  kp_document_begin (fx->doc, "Nothing");
  g_assert_true (kp_document_end (fx->doc, &error));
  g_assert_no_error (error);
  g_assert_false (kp_document_can_undo (fx->doc));
  g_assert_null (kp_document_get_undo_label (fx->doc));
}

/* ---- read-only --------------------------------------------------------------------- */

static void
test_read_only_refusals (Fixture       *fx,
                         gconstpointer  data)
{
  g_autoptr(KpDocument) reader = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(KpEntity) org = NULL;
  g_autoptr(GError) error = NULL;
  KpEntity *task;

  kpt_build_graph (fx->doc, 2);
  reader = kpt_open (fx->path);
  g_assert_true (kp_document_get_read_only (reader));
  before = kpt_dump (reader);
  task = g_list_model_get_item (kp_document_get_list (reader, &kp_desc_task), 0);
  org = kpt_new_row (reader, &kp_desc_organisation, 4);

  g_assert_false (kp_document_set_real (reader, task, "progress", 50, &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (kp_document_set_date (reader, task, "start-date", kpt_date (2022, 1, 1), &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (kp_document_add (reader, org, &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (kp_document_remove (reader, task, &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_READ_ONLY);
  g_clear_error (&error);
  kp_document_begin (reader, "x");
  g_assert_false (kp_document_remove (reader, task, &error));
  g_clear_error (&error);
  kp_document_abort (reader);
  g_assert_false (kp_document_undo (reader, &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);
  g_assert_false (kp_document_redo (reader, &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_NOTHING_TO_UNDO);

  after = kpt_dump (reader);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);
  after = kpt_dump (fx->doc);
  g_assert_cmpstr (after, ==, before);
  g_object_unref (task);
}

/* ---- programming errors ------------------------------------------------------------ */

static void
test_programming_errors (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = g_build_filename (g_getenv ("KP_TEST_DIR"), g_getenv ("KP_TEST_MISUSE"), NULL);
      g_autoptr(KpDocument) doc = kpt_create (path);
      g_autoptr(KpEntity) project = kp_entity_new (&kp_desc_project);
      const char *which = g_getenv ("KP_TEST_MISUSE");

      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      kp_entity_set_text (project, "title", "Två projekt");
      if (g_str_equal (which, "add-project"))
        kp_document_add (doc, project, NULL);
      else if (g_str_equal (which, "remove-project"))
        kp_document_remove (doc, kp_document_get_project (doc), NULL);
      else if (g_str_equal (which, "add-twice"))
        {
          KpEntity *lesson = kpt_add (doc, &kp_desc_lesson, 0);

          kp_document_add (doc, lesson, NULL);
        }
      else if (g_str_equal (which, "end-without-begin"))
        kp_document_end (doc, NULL);
      return;
    }
  else
    {
      static const char *const misuses[] = { "add-project", "remove-project", "add-twice", "end-without-begin" };
      g_autofree char *dir = kpt_tmp_dir ();

      g_setenv ("KP_TEST_DIR", dir, TRUE);
      for (guint i = 0; i < G_N_ELEMENTS (misuses); i++)
        {
          g_setenv ("KP_TEST_MISUSE", misuses[i], TRUE);
          g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
          g_test_trap_assert_failed ();
          g_test_trap_assert_stderr ("*CRITICAL*kp_document_*");
        }
      kpt_rm_rf (dir);
    }
}

/* ---- opening in a thread ----------------------------------------------------------- */

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static KpDocument *
open_async (const char  *path,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  kp_document_open_async (file, NULL, opened_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return kp_document_open_finish (result, error);
}

static void
test_open_async (Fixture       *fx,
                 gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fx->dir, "saknas.kplan", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(KpDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  kpt_build_graph (fx->doc, 2);
  before = kpt_dump (fx->doc);
  g_clear_object (&fx->doc);
  doc = open_async (fx->path, &error);
  g_assert_no_error (error);
  after = kpt_dump (doc);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (kp_document_get_read_only (doc));
  g_assert_null (open_async (missing, &error));
  g_assert_error (error, KP_STORE_ERROR, KP_STORE_ERROR_NOT_FOUND);
}

/* ---- the bundled examples ---------------------------------------------------------- */

static void
test_example (gconstpointer data)
{
  const KpExample *example = data;
  g_autofree char *res = g_strdup_printf ("/se/kompetensplan/Kompetensplan/examples/%s.sql", example->name);
  g_autofree char *dir = NULL, *path = NULL, *written = NULL, *reread = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(KpDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  guint n, rows = 0;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);
  KpEntity *project;

  if (!g_resources_get_info (res, 0, NULL, NULL, NULL))
    {
      g_test_skip_printf ("the example “%s” is not bundled yet (%s)", example->name, res);
      return;
    }
  dir = kpt_tmp_dir ();
  path = g_build_filename (dir, "exempel.kplan", NULL);
  file = g_file_new_for_path (path);
  doc = kp_example_write (example, file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_false (kp_document_can_undo (doc));
  g_assert_cmpuint (kpt_file_mode (path), ==, 0600);
  written = kpt_dump (doc);
  g_clear_object (&doc);

  doc = kpt_open (path);
  reread = kpt_dump (doc);
  g_assert_cmpstr (reread, ==, written);
  kpt_assert_consistent (doc);
  kpt_assert_sqlite_ok (path);
  project = kp_document_get_project (doc);
  /* The file may spell the name out in full ("INNOVERSUM – INNOVationsfrämjande …"). */
  if (!g_str_has_prefix (kp_entity_get_text (project, "title"), example->title))
    g_error ("%s: the project is called “%s”, not “%s”", example->name,
             kp_entity_get_text (project, "title"), example->title);
  g_assert_true (kp_entity_get_int (project, "is-example"));

  /* Every row obeys every rule, as if it had been entered by hand. */
  for (guint d = 0; d < n; d++)
    {
      g_autoptr(GPtrArray) list = kpt_rows (doc, descs[d]);

      for (guint i = 0; i < list->len; i++)
        {
          if (!kp_validate_entity (doc, list->pdata[i], &error))
            g_error ("%s: %s#%" G_GINT64_FORMAT ": %s", example->name, descs[d]->table,
                     id_of (list->pdata[i]), error->message);
          rows++;
        }
    }
  g_assert_cmpuint (rows, >, 50);
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

static void
test_examples_listed (void)
{
  guint n;
  const KpExample *examples = kp_examples (&n);

  g_assert_cmpuint (n, ==, 5);
  g_assert_true (kp_example_default () == &examples[0]);
  g_assert_cmpstr (kp_example_default ()->name, ==, "vardens-medarbetare");
  for (guint i = 0; i < n; i++)
    g_assert_true (kp_example_find (examples[i].name) == &examples[i]);
  g_assert_null (kp_example_find ("no-such-example"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("kp-test-cache-XXXXXX", NULL);
  guint n_examples;
  const KpExample *examples;
  int status;

  /* Example copies go into a cache folder of the test's own. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/document/round-trip", test_round_trip);
  ADD ("/document/load-order", test_load_order);
  ADD ("/document/set-date-as-int", test_set_date_as_int);
  ADD ("/document/set-span", test_set_span);
  ADD ("/document/remove/organisation", test_remove_organisation);
  ADD ("/document/remove/task-subtree", test_remove_task_subtree);
  ADD ("/document/remove/leaf", test_remove_leaf);
  ADD ("/document/remove/not-in-document", test_not_in_document);
  ADD ("/document/group/one-undo-step", test_group_one_step);
  ADD ("/document/group/abort", test_group_abort);
  ADD ("/document/group/empty", test_group_empty);
  ADD ("/document/changed-fields", test_changed_fields);
  ADD ("/document/read-only", test_read_only_refusals);
  ADD ("/document/open-async", test_open_async);
#undef ADD
  g_test_add_func ("/document/programming-errors", test_programming_errors);
  g_test_add_func ("/document/examples/listed", test_examples_listed);
  g_test_add_func ("/document/examples/copies-pruned", test_example_copies_pruned);
  examples = kp_examples (&n_examples);
  for (guint i = 0; i < n_examples; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/document/examples/%s", examples[i].name);

      g_test_add_data_func (test_path, &examples[i], test_example);
    }

  status = g_test_run ();
  kpt_rm_rf (cache);
  return status;
}
