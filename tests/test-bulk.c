/* test-bulk.c: kp_document_add_many(), the fast path imports take: one undo step, all or
 * nothing, every rule checked against the rows before it, a big batch written beside the
 * checks, and the table's indexes back in place after it. */
#include "config.h"

#include <sqlite3.h>

#include "kp-validate.h"

#include "fixtures/kp-followup-fixture.h"

typedef struct
{
  char *dir;
  KpDocument *doc;
  char *org;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = kpt_tmp_dir ();
  f->doc = kpf_new_doc (f->dir, "p.kplan");
  f->org = kpf_id (kpf_add (f->doc, &kp_desc_organisation, "name", "Org", NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->doc);
  kpt_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->org);
}

static KpEntity *
entry (Fixture    *f,
       KpDate      day,
       const char *person,
       double      hours)
{
  KpEntity *e = kp_entity_new (&kp_desc_time_entry);

  kp_entity_set_date (e, "date", day);
  kp_entity_set_int (e, "organisation-id", g_ascii_strtoll (f->org, NULL, 10));
  kp_entity_set_text (e, "person", person);
  kp_entity_set_real (e, "hours", hours);
  kp_entity_set_text (e, "funding", "funded");
  return e;
}

static guint
n_rows (KpDocument         *doc,
        const KpEntityDesc *desc)
{
  return g_list_model_get_n_items (kp_document_get_list (doc, desc));
}

static void
collect_cb (guint         index,
            const GError *error,
            gpointer      user_data)
{
  GArray *failed = user_data;

  g_assert_nonnull (error);
  g_array_append_val (failed, index);
}

/* What the file holds, read beside the document. */
static gint64
sql_int (Fixture    *f,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 v = -1;

  g_assert_cmpint (sqlite3_open_v2 (g_file_peek_path (kp_document_get_file (f->doc)), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return v;
}

static void
test_one_step (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint changes = 0;
  gulong id = g_signal_connect_swapped (f->doc, "changed", G_CALLBACK (g_atomic_int_inc), &changes);

  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (rows, entry (f, kpf_date ("2024-01-01") + i, "Anna", 2));
  g_assert_true (kp_document_add_many (f->doc, rows, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (n_rows (f->doc, &kp_desc_time_entry), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpint (kp_entity_get_id (rows->pdata[i]), >, 0);
      g_assert_true (kp_document_lookup (f->doc, &kp_desc_time_entry, kp_entity_get_id (rows->pdata[i])) == rows->pdata[i]);
    }
  g_assert_cmpfloat (kp_document_person_hours (f->doc, "anna", kpt_date (2024, 1, 1)).year, ==, 6);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM time_entry"), ==, 3);
  g_assert_cmpstr (kp_document_get_undo_label (f->doc), ==, "Add Time entries");
  g_assert_true (kp_document_undo (f->doc, NULL));
  g_assert_cmpuint (n_rows (f->doc, &kp_desc_time_entry), ==, 0);
  g_assert_cmpfloat (kp_document_person_hours (f->doc, "Anna", kpt_date (2024, 1, 1)).year, ==, 0);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM time_entry"), ==, 0);
  g_assert_true (kp_document_redo (f->doc, NULL));
  g_assert_cmpuint (n_rows (f->doc, &kp_desc_time_entry), ==, 3);
  g_signal_handler_disconnect (f->doc, id);
}

/* A row added in bulk and edited afterwards comes back as it was added when the edit and the
 * addition are undone and the addition redone, and as edited once the edit is redone too. */
static void
test_undo_after_edit (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  KpEntity *live;
  gint64 id;

  for (guint i = 0; i < 6000; i++)  /* enough for the bulk path without indexes */
    g_ptr_array_add (rows, entry (f, kpf_date ("2024-01-01") + i % 300, i % 2 ? "Anna" : "Bo", 2));
  g_assert_true (kp_document_add_many (f->doc, rows, NULL, NULL, &error));
  g_assert_no_error (error);
  id = kp_entity_get_id (rows->pdata[7]);
  g_assert_true (kp_document_set_real (f->doc, rows->pdata[7], "hours", 5, &error));
  g_assert_true (kp_document_set_text (f->doc, rows->pdata[7], "person", "Cecilia", &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 3; i++)
    g_assert_true (kp_document_undo (f->doc, NULL));
  g_assert_null (kp_document_lookup (f->doc, &kp_desc_time_entry, id));
  g_assert_true (kp_document_redo (f->doc, NULL));
  live = kp_document_lookup (f->doc, &kp_desc_time_entry, id);
  g_assert_nonnull (live);
  g_assert_cmpfloat (kp_entity_get_real (live, "hours"), ==, 2);
  g_assert_cmpstr (kp_entity_get_text (live, "person"), ==, "Anna");
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM time_entry WHERE hours = 2 AND person = 'Anna'"), ==, 3000);
  g_assert_true (kp_document_redo (f->doc, NULL));
  g_assert_true (kp_document_redo (f->doc, NULL));
  live = kp_document_lookup (f->doc, &kp_desc_time_entry, id);
  g_assert_cmpfloat (kp_entity_get_real (live, "hours"), ==, 5);
  g_assert_cmpstr (kp_entity_get_text (live, "person"), ==, "Cecilia");
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM time_entry WHERE person = 'Cecilia' AND hours = 5"), ==, 1);
  g_assert_cmpuint (n_rows (f->doc, &kp_desc_time_entry), ==, 6000);
}

/* Every rule against the rows before it; every failing row reported; none added. */
static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) failed = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  KpDate day = kpf_date ("2024-02-01");

  kpf_set (f->doc, kp_document_get_project (f->doc), "funder", "esf_plus");
  g_ptr_array_add (rows, entry (f, day, "Bo", 8));
  g_ptr_array_add (rows, entry (f, day, "bo ", 4));    /* 12 h: fine */
  g_ptr_array_add (rows, entry (f, day, "Bo", 2));     /* 14 h that day: over */
  g_ptr_array_add (rows, entry (f, day + 1, "Bo", 1.5));  /* not whole hours */
  g_ptr_array_add (rows, entry (f, day + 2, "Bo", 1));
  g_assert_false (kp_document_add_many (f->doc, rows, collect_cb, failed, &error));
  g_assert_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_ESF_DAY_CAP);
  g_assert_cmpuint (failed->len, ==, 2);
  g_assert_cmpuint (g_array_index (failed, guint, 0), ==, 2);
  g_assert_cmpuint (g_array_index (failed, guint, 1), ==, 3);
  g_assert_cmpuint (n_rows (f->doc, &kp_desc_time_entry), ==, 0);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM time_entry"), ==, 0);
  g_assert_cmpfloat (kp_document_person_hours (f->doc, "Bo", day).day, ==, 0);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpint (kp_entity_get_id (rows->pdata[i]), ==, 0);
  g_assert_cmpstr (kp_document_get_undo_label (f->doc), !=, "Add Time entries");
}

/* Rules across rows of the batch itself: a repeated key, a repeated name. */
static void
test_repeats_in_batch (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) staffing = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) roles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) failed = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 3; i++)
    {
      KpEntity *e = kp_entity_new (&kp_desc_staffing_stat);

      kp_entity_set_int (e, "organisation-id", g_ascii_strtoll (f->org, NULL, 10));
      kp_entity_set_text (e, "period", i == 2 ? "2024-01" : "2024-02");
      kp_entity_set_int (e, "role-id", kpf_role (f->doc, "mas"));
      g_ptr_array_add (staffing, e);
    }
  g_assert_false (kp_document_add_many (f->doc, staffing, collect_cb, failed, &error));
  g_assert_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_DUPLICATE);
  g_assert_cmpuint (failed->len, ==, 1);
  g_assert_cmpuint (g_array_index (failed, guint, 0), ==, 1);
  g_assert_cmpuint (n_rows (f->doc, &kp_desc_staffing_stat), ==, 0);
  /* The repeat is gone from the index too: the rows go in once alone. */
  g_ptr_array_remove_index (staffing, 1);
  g_clear_error (&error);
  g_assert_true (kp_document_add_many (f->doc, staffing, NULL, NULL, &error));
  g_assert_cmpuint (n_rows (f->doc, &kp_desc_staffing_stat), ==, 2);

  /* Role names are checked against the list, which the batch's earlier rows join. */
  g_array_set_size (failed, 0);
  for (guint i = 0; i < 3; i++)
    {
      KpEntity *r = kp_entity_new (&kp_desc_role);

      kp_entity_set_text (r, "name", i == 2 ? "kurator" : i == 1 ? "Kurator" : "Coach");
      g_ptr_array_add (roles, r);
    }
  g_assert_false (kp_document_add_many (f->doc, roles, collect_cb, failed, &error));
  g_assert_cmpuint (failed->len, ==, 1);
  g_assert_cmpuint (g_array_index (failed, guint, 0), ==, 2);
  g_assert_cmpuint (n_rows (f->doc, &kp_desc_role), ==, kp_catalog_default_role.n_choices);
}

/* A big batch of time entries: written on a thread of its own, every rule checked, one
 * undo step; nothing of it stays when a row breaks a rule. */
static void
test_big_batch (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  KpDate day = kpf_date ("2023-01-02");

  for (guint i = 0; i < 6000; i++)
    {
      char person[32];

      g_snprintf (person, sizeof person, "P%u", i % 100);
      g_ptr_array_add (rows, entry (f, day + (KpDate) (i / 100), person, 1));
    }
  /* The last row breaks a rule: nothing goes in. */
  kp_entity_set_real (rows->pdata[rows->len - 1], "hours", 25);
  g_assert_false (kp_document_add_many (f->doc, rows, NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM time_entry"), ==, 0);
  g_assert_cmpuint (n_rows (f->doc, &kp_desc_time_entry), ==, 0);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpint (kp_entity_get_id (rows->pdata[i]), ==, 0);

  kp_entity_set_real (rows->pdata[rows->len - 1], "hours", 1);
  kp_document_begin (f->doc, "Import");
  g_assert_true (kp_document_add_many (f->doc, rows, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kp_document_end (f->doc, &error));
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM time_entry"), ==, 6000);
  /* The ids the document gave are the ones in the file. */
  for (guint i = 0; i < rows->len; i += 997)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT hours FROM time_entry WHERE id = %" G_GINT64_FORMAT
                                              " AND person = 'P%u'", kp_entity_get_id (rows->pdata[i]), i % 100);

      g_assert_cmpint (sql_int (f, sql), ==, 1);
    }
  g_assert_cmpuint (n_rows (f->doc, &kp_desc_time_entry), ==, 6000);
  g_assert_cmpfloat (kp_document_person_hours (f->doc, "p7", kpt_date (2023, 1, 1)).year, ==, 60);
  g_assert_cmpstr (kp_document_get_undo_label (f->doc), ==, "Import");
  g_assert_true (kp_document_undo (f->doc, NULL));
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM time_entry"), ==, 0);
  g_assert_true (kp_document_redo (f->doc, NULL));
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM time_entry"), ==, 6000);
}

/* A big batch builds its table's indexes once at the end; they are there after, whether it
 * succeeds or not. */
static void
test_big_batch_indexes (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GListModel *roles = kp_document_get_list (f->doc, &kp_desc_role);
  const char *count = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'staffing_stat'";
  gint64 indexes = sql_int (f, count);
  gint64 orgs[3];

  g_assert_cmpint (indexes, >=, 2);   /* its own and the UNIQUE constraint's */
  g_assert_cmpuint (g_list_model_get_n_items (roles), >=, 10);
  for (guint o = 0; o < G_N_ELEMENTS (orgs); o++)
    {
      g_autofree char *name = g_strdup_printf ("Kommun %u", o);

      orgs[o] = kp_entity_get_id (kpf_add (f->doc, &kp_desc_organisation, "name", name, NULL));
    }
  for (guint i = 0; i < 6000; i++)
    {
      g_autoptr(KpEntity) role = g_list_model_get_item (roles, i % 10);
      KpEntity *e = kp_entity_new (&kp_desc_staffing_stat);
      g_autofree char *period = g_strdup_printf ("%u-%02u", 2000 + i / 10 % 200 / 12, 1 + i / 10 % 200 % 12);

      kp_entity_set_int (e, "organisation-id", orgs[i / 2000]);
      kp_entity_set_text (e, "period", period);
      kp_entity_set_int (e, "role-id", kp_entity_get_id (role));
      kp_entity_set_int (e, "employees", 10);
      g_ptr_array_add (rows, e);
    }
  /* The last row breaks a rule: nothing goes in, and the indexes stay. */
  kp_entity_set_real (rows->pdata[rows->len - 1], "fte", 11);
  g_assert_false (kp_document_add_many (f->doc, rows, NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM staffing_stat"), ==, 0);
  g_assert_cmpint (sql_int (f, count), ==, indexes);

  kp_entity_set_real (rows->pdata[rows->len - 1], "fte", 9);
  g_assert_true (kp_document_add_many (f->doc, rows, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM staffing_stat"), ==, 6000);
  g_assert_cmpint (sql_int (f, count), ==, indexes);
  g_assert_cmpuint (n_rows (f->doc, &kp_desc_staffing_stat), ==, 6000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "en", TRUE);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/bulk/one-step", test_one_step);
  ADD ("/bulk/undo-after-edit", test_undo_after_edit);
  ADD ("/bulk/all-or-nothing", test_all_or_nothing);
  ADD ("/bulk/repeats-in-batch", test_repeats_in_batch);
  ADD ("/bulk/big-batch", test_big_batch);
  ADD ("/bulk/big-batch-indexes", test_big_batch_indexes);
#undef ADD
  return g_test_run ();
}
