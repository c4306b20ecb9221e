/* test-store.c: the project file on disk: its schema, what opening refuses, locking, file
 * modes, "Save a copy", the --check report and migrations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE 1  /* F_OFD_SETLK */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <locale.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "fixtures/kp-test-util.h"

/* ---- helpers ----------------------------------------------------------------------- */

/* A valid project file with a row in every table, closed. */
static char *
make_good_file (const char *dir)
{
  char *path = g_build_filename (dir, "good.kplan", NULL);
  g_autoptr(KpDocument) doc = kpt_create (path);

  kpt_build_graph (doc, 2);
  return path;
}

/* ---- creating ---------------------------------------------------------------------- */

static void
test_create_mode (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "new.kplan", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *nested = g_build_filename (dir, "missing", "new.kplan", NULL);
  g_autofree char *state = NULL;
  g_autoptr(KpDocument) doc = NULL;
  g_autoptr(KpDocument) again = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nested_file = g_file_new_for_path (nested);
  g_autoptr(GError) error = NULL;
  mode_t old_mask = umask (0);

  /* Even with the most permissive umask: owner only. */
  doc = kpt_create (path);
  umask (old_mask);
  g_assert_cmpuint (kpt_file_mode (path), ==, 0600);
  kpt_build_graph (doc, 1);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (kpt_file_mode (wal), ==, 0600);
  g_assert_cmpuint (kpt_file_mode (shm), ==, 0600);
  g_assert_false (kp_document_get_read_only (doc));
  g_clear_object (&doc);
  g_assert_cmpuint (kpt_file_mode (path), ==, 0600);

  /* Creating never overwrites. */
  state = kpt_file_state (path);
  again = kp_document_create (file, &error);
  g_assert_null (again);
  g_assert_error (error, KP_STORE_ERROR, KP_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  kpt_assert_file_state (path, state);
  again = kp_document_create (nested_file, &error);
  g_assert_null (again);
  g_assert_error (error, KP_STORE_ERROR, KP_STORE_ERROR_IO);
  g_assert_false (g_file_test (nested, G_FILE_TEST_EXISTS));
  kpt_rm_rf (dir);
}

static void
test_create_header (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "new.kplan", NULL);
  g_autoptr(KpDocument) doc = kpt_create (path);
  g_autofree char *title = kp_document_dup_title (doc);

  /* The header is current in the file itself, not only in the write-ahead log. */
  g_assert_cmphex (kpt_header_be32 (path, 68), ==, KP_APPLICATION_ID);
  g_assert_cmpuint (kpt_header_be32 (path, 60), ==, KP_SCHEMA_VERSION);
  g_assert_cmpint (kpt_sql_int (path, "PRAGMA application_id"), ==, KP_APPLICATION_ID);
  g_assert_cmpint (kpt_sql_int (path, "PRAGMA user_version"), ==, KP_SCHEMA_VERSION);
  g_assert_cmpint (kpt_sql_int (path, "SELECT count(*) FROM project"), ==, 1);
  g_assert_cmpint (kpt_sql_int (path, "SELECT count(*) FROM role WHERE key IS NOT NULL"), ==,
                   kp_catalog_default_role.n_choices);
  g_assert_cmpint (kpt_sql_int (path, "SELECT count(*) FROM competence"), ==,
                   kp_catalog_default_competence.n_choices);
  g_assert_cmpstr (title, ==, "New project");
  g_assert_false (kp_document_can_undo (doc));
  g_clear_object (&doc);
  /* WAL, in the header bytes 18 and 19. */
  g_assert_cmpuint (kpt_header_be32 (path, 16) & 0xffff, ==, 0x0202);
  kpt_rm_rf (dir);
}

/* ---- the schema and the descriptors ------------------------------------------------ */

static const char *
sql_type_of (const KpField *f)
{
  switch (f->kind)
    {
    case KP_FIELD_TEXT:
    case KP_FIELD_CHOICE:
    case KP_FIELD_PERIOD:
    case KP_FIELD_DATE:
      return "TEXT";
    case KP_FIELD_REAL:
      return "REAL";
    case KP_FIELD_INT:
    case KP_FIELD_BOOL:
    case KP_FIELD_REF:
    default:
      return "INTEGER";
    }
}

static void
test_schema_matches_descriptors (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "schema.kplan", NULL);
  g_autoptr(KpDocument) doc = kpt_create (path);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n, tables = 0;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint d = 0; d < n; d++)
    {
      const KpEntityDesc *desc = descs[d];
      g_autofree char *sql = g_strdup_printf ("PRAGMA table_info(%s)", desc->table);
      g_autofree char *fk_sql = g_strdup_printf ("PRAGMA foreign_key_list(%s)", desc->table);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      guint columns = 0, refs = 0, fks = 0;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *name = (const char *) sqlite3_column_text (stmt, 1);
          const char *type = (const char *) sqlite3_column_text (stmt, 2);
          gboolean not_null = sqlite3_column_int (stmt, 3) != 0;
          int pk = sqlite3_column_int (stmt, 5);
          const KpField *f = NULL;

          columns++;
          if (g_str_equal (name, "id"))
            {
              g_assert_cmpstr (type, ==, "INTEGER");
              g_assert_cmpint (pk, ==, 1);
              continue;
            }
          for (guint i = 0; i < desc->n_fields; i++)
            if (g_str_equal (desc->fields[i].column, name))
              f = &desc->fields[i];
          if (f == NULL)
            g_error ("column %s.%s has no field in the descriptor", desc->table, name);
          g_hash_table_add (seen, (gpointer) f->column);
          g_assert_cmpstr (type, ==, sql_type_of (f));
          g_assert_cmpint (pk, ==, 0);
          if (kpt_field_may_be_absent (f) && not_null)
            g_error ("%s.%s is NOT NULL, but the field can be absent", desc->table, name);
          if ((f->flags & KP_FIELD_REQUIRED) && !not_null)
            g_error ("%s.%s is required but the column allows NULL", desc->table, name);
        }
      sqlite3_finalize (stmt);
      if (columns == 0)
        g_error ("the schema has no table %s", desc->table);
      g_assert_cmpuint (columns, ==, desc->n_fields + 1);
      g_assert_cmpuint (g_hash_table_size (seen), ==, desc->n_fields);

      /* Every reference is a foreign key with the delete rule the document applies. */
      g_assert_cmpint (sqlite3_prepare_v2 (db, fk_sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *target = (const char *) sqlite3_column_text (stmt, 2);
          const char *from = (const char *) sqlite3_column_text (stmt, 3);
          const char *to = (const char *) sqlite3_column_text (stmt, 4);
          const char *on_delete = (const char *) sqlite3_column_text (stmt, 6);
          const KpField *f = NULL;

          fks++;
          for (guint i = 0; i < desc->n_fields; i++)
            if (g_str_equal (desc->fields[i].column, from))
              f = &desc->fields[i];
          g_assert_nonnull (f);
          g_assert_cmpint (f->kind, ==, KP_FIELD_REF);
          g_assert_cmpstr (target, ==, f->target->table);
          g_assert_cmpstr (to, ==, "id");
          g_assert_cmpstr (on_delete, ==, (f->flags & KP_FIELD_CASCADE) ? "CASCADE" : "SET NULL");
        }
      sqlite3_finalize (stmt);
      for (guint i = 0; i < desc->n_fields; i++)
        refs += desc->fields[i].kind == KP_FIELD_REF;
      g_assert_cmpuint (fks, ==, refs);
    }

  /* … and every table of the schema has a descriptor. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%'", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);

      if (kp_entity_desc_for_table (table) == NULL)
        g_error ("the schema's table %s has no descriptor", table);
      tables++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables, ==, n);
  sqlite3_close (db);
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

/* ---- refusing ---------------------------------------------------------------------- */

typedef enum
{
  GARBAGE_AFTER_HEADER,
  GARBAGE_PAGES,
  ZEROED_PAGES,
  NO_PROJECT,
  BAD_DATE,
  TRUNCATED_HALF,
  TRUNCATED_FIRST_PAGE,
  TRUNCATED_HEADER,
  TEXT_FILE,
  EMPTY_FILE,
  DIRECTORY,
  PLAIN_SQLITE,
  OTHER_APPLICATION,
  NEWER,
  MISSING,
} BadFile;

typedef struct
{
  const char *name;
  BadFile bad;
  int code;
  gboolean check_refuses;  /* kp_store_check() says so too */
} Refusal;

static const Refusal refusals[] = {
  { "corrupt/garbage-after-header", GARBAGE_AFTER_HEADER, KP_STORE_ERROR_CORRUPT, TRUE },
  { "corrupt/garbage-pages", GARBAGE_PAGES, KP_STORE_ERROR_CORRUPT, TRUE },
  { "corrupt/zeroed-pages", ZEROED_PAGES, KP_STORE_ERROR_CORRUPT, TRUE },
  { "corrupt/no-project", NO_PROJECT, KP_STORE_ERROR_CORRUPT, TRUE },
  { "corrupt/bad-date", BAD_DATE, KP_STORE_ERROR_CORRUPT, FALSE },
  { "truncated/half", TRUNCATED_HALF, KP_STORE_ERROR_TRUNCATED, TRUE },
  { "truncated/first-page", TRUNCATED_FIRST_PAGE, KP_STORE_ERROR_TRUNCATED, TRUE },
  { "not-sqlite/short", TRUNCATED_HEADER, KP_STORE_ERROR_NOT_SQLITE, TRUE },
  { "not-sqlite/text", TEXT_FILE, KP_STORE_ERROR_NOT_SQLITE, TRUE },
  { "not-sqlite/empty", EMPTY_FILE, KP_STORE_ERROR_NOT_SQLITE, TRUE },
  { "not-sqlite/directory", DIRECTORY, KP_STORE_ERROR_NOT_SQLITE, TRUE },
  { "foreign/plain", PLAIN_SQLITE, KP_STORE_ERROR_FOREIGN, TRUE },
  { "foreign/other-application", OTHER_APPLICATION, KP_STORE_ERROR_FOREIGN, TRUE },
  { "newer", NEWER, KP_STORE_ERROR_NEWER, TRUE },
  { "missing", MISSING, KP_STORE_ERROR_NOT_FOUND, TRUE },
};

/* Random bytes, or zeros, over [from, to) of the file; its size stays. */
static void
overwrite (const char *path,
           goffset     from,
           goffset     to,
           gboolean    zeros)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) from);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  to = MIN (to, (goffset) length);
  for (goffset i = from; i < to; i++)
    contents[i] = zeros ? 0 : (char) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
}

/* Makes path a damaged, foreign or otherwise unusable copy of the good file. */
static void
make_bad_file (BadFile     bad,
               const char *good,
               const char *path)
{
  goffset page = (goffset) (kpt_header_be32 (good, 16) >> 16);
  GStatBuf st;

  g_assert_no_errno (g_stat (good, &st));
  if (bad <= TRUNCATED_HEADER || bad == NEWER)
    kpt_copy_file (good, path);
  switch (bad)
    {
    case GARBAGE_AFTER_HEADER:
      overwrite (path, 100, G_MAXINT64, FALSE);
      break;
    case GARBAGE_PAGES:
      overwrite (path, page, st.st_size / 2, FALSE);
      break;
    case ZEROED_PAGES:
      /* A hole in the middle, as after a failed disk write. */
      overwrite (path, 3 * page, 11 * page, TRUE);
      break;
    case NO_PROJECT:
      kpt_sql_exec (path, "DELETE FROM project");
      break;
    case BAD_DATE:
      kpt_sql_exec (path, "UPDATE task SET start_date = '2021-02-30' WHERE id = (SELECT min(id) FROM task)");
      break;
    case TRUNCATED_HALF:
      g_assert_no_errno (truncate (path, st.st_size / 2));
      break;
    case TRUNCATED_FIRST_PAGE:
      g_assert_no_errno (truncate (path, page));
      break;
    case TRUNCATED_HEADER:
      g_assert_no_errno (truncate (path, 50));
      break;
    case TEXT_FILE:
      g_assert_true (g_file_set_contents (path, "Titel;Start\nVårdens medarbetare;2020-09-01\n", -1, NULL));
      break;
    case EMPTY_FILE:
      g_assert_true (g_file_set_contents (path, "", 0, NULL));
      break;
    case DIRECTORY:
      g_assert_no_errno (g_mkdir (path, 0700));
      break;
    case PLAIN_SQLITE:
      kpt_sql_exec (path, "CREATE TABLE contacts (name TEXT, phone TEXT); "
                          "INSERT INTO contacts VALUES ('Anna', '0500-497640');");
      break;
    case OTHER_APPLICATION:
      /* A GeoPackage: SQLite with an application id of its own. */
      kpt_sql_exec (path, "PRAGMA application_id = 1196444487; CREATE TABLE gpkg_contents (table_name TEXT);");
      break;
    case NEWER:
      kpt_sql_exec (path, "PRAGMA user_version = 99");
      g_assert_cmpuint (kpt_header_be32 (path, 60), ==, 99);
      g_assert_cmphex (kpt_header_be32 (path, 68), ==, KP_APPLICATION_ID);
      break;
    case MISSING:
    default:
      break;
    }
}

static void
test_refuse (gconstpointer data)
{
  const Refusal *r = data;
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *good = make_good_file (dir);
  g_autofree char *path = g_build_filename (dir, "bad file.kplan", NULL);
  g_autofree char *state = NULL, *listing = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  KpDocument *doc;

  make_bad_file (r->bad, good, path);
  state = g_file_test (path, G_FILE_TEST_IS_REGULAR) ? kpt_file_state (path) : NULL;
  listing = kpt_list_dir (dir);

  doc = kp_document_open (file, &error);
  g_assert_null (doc);
  g_assert_error (error, KP_STORE_ERROR, r->code);
  /* A sentence that names the file. */
  g_assert_nonnull (strstr (error->message, "bad file.kplan"));
  g_clear_error (&error);

  if (r->check_refuses)
    {
      g_assert_false (kp_store_check (path, report, &error));
      g_assert_error (error, KP_STORE_ERROR, r->code);
      g_clear_error (&error);
    }
  else
    {
      g_assert_true (kp_store_check (path, report, &error));
      g_assert_no_error (error);
    }

  /* Nothing changed: the bytes, the time stamp, and no files beside it. */
  if (state != NULL)
    kpt_assert_file_state (path, state);
  else if (r->bad != DIRECTORY)
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  kpt_assert_dir_listing (dir, listing);
  kpt_rm_rf (dir);
}

/* A file the user may not read, and a file in a folder the user may not enter. Root reads
 * anything, so as root this runs in a subprocess that has become "nobody". */
static void
test_refuse_unreadable (void)
{
  g_autofree char *dir = NULL, *good = NULL, *locked_dir = NULL, *unreadable = NULL, *inside = NULL;
  g_autofree char *state = NULL;

  if (g_test_subprocess ())
    {
      const char *paths[] = { g_getenv ("KP_TEST_UNREADABLE"), g_getenv ("KP_TEST_INSIDE") };

      kpt_become_nobody ();
      for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
        {
          g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
          g_autoptr(GError) error = NULL;
          g_autoptr(GString) report = g_string_new (NULL);
          KpDocument *doc = kp_document_open (file, &error);

          g_assert_null (doc);
          g_assert_error (error, KP_STORE_ERROR, KP_STORE_ERROR_PERMISSION);
          g_clear_error (&error);
          g_assert_false (kp_store_check (paths[i], report, &error));
          g_assert_error (error, KP_STORE_ERROR, KP_STORE_ERROR_PERMISSION);
        }
      return;
    }

  if (geteuid () == 0 && !kpt_can_drop_privileges ())
    {
      g_test_skip ("running as root without the right to become another user");
      return;
    }
  dir = kpt_tmp_dir ();
  good = make_good_file (dir);
  unreadable = g_build_filename (dir, "unreadable.kplan", NULL);
  kpt_copy_file (good, unreadable);
  g_assert_no_errno (g_chmod (unreadable, 0000));
  locked_dir = g_build_filename (dir, "private", NULL);
  g_assert_no_errno (g_mkdir (locked_dir, 0700));
  inside = g_build_filename (locked_dir, "inside.kplan", NULL);
  kpt_copy_file (good, inside);
  g_assert_no_errno (g_chmod (locked_dir, 0000));
  /* The user may enter the folder of the first file, only not read the file. */
  g_assert_no_errno (g_chmod (dir, 0711));
  state = kpt_file_state (unreadable);

  g_setenv ("KP_TEST_UNREADABLE", unreadable, TRUE);
  g_setenv ("KP_TEST_INSIDE", inside, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  kpt_assert_file_state (unreadable, state);
  kpt_rm_rf (dir);
}

/* A file the user may read but not change opens read-only, and says why: in a shared
 * folder (data 0777), or in a folder the user may not write to either (0711), where SQLite
 * cannot make its -wal and -shm files. */
static void
test_open_without_write_permission (gconstpointer data)
{
  g_autofree char *dir = NULL, *good = NULL, *path = NULL, *state = NULL;
  g_autofree char *listing = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(KpDocument) doc = NULL;
      g_autoptr(GString) report = g_string_new (NULL);
      g_autoptr(GError) error = NULL;

      kpt_become_nobody ();
      g_assert_true (kp_store_check (g_getenv ("KP_TEST_READ_ONLY"), report, &error));
      g_assert_no_error (error);
      doc = kpt_open (g_getenv ("KP_TEST_READ_ONLY"));
      g_assert_true (kp_document_get_read_only (doc));
      g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (doc, &kp_desc_task)), ==, 3);
      kpt_assert_consistent (doc);
      g_assert_nonnull (kp_document_get_read_only_reason (doc));
      g_assert_false (kp_document_set_text (doc, kp_document_get_project (doc), "title", "x", &error));
      g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_READ_ONLY);
      return;
    }
  if (geteuid () == 0 && !kpt_can_drop_privileges ())
    {
      g_test_skip ("running as root without the right to become another user");
      return;
    }
  dir = kpt_tmp_dir ();
  good = make_good_file (dir);
  path = g_build_filename (dir, "shared.kplan", NULL);
  kpt_copy_file (good, path);
  g_assert_no_errno (g_chmod (path, 0444));
  g_assert_no_errno (g_chmod (dir, GPOINTER_TO_UINT (data)));
  state = kpt_file_state (path);
  g_setenv ("KP_TEST_READ_ONLY", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  kpt_assert_file_state (path, state);
  kpt_assert_dir_listing (dir, "good.kplan shared.kplan");
  kpt_rm_rf (dir);
}

/* ---- locking ----------------------------------------------------------------------- */

static void
test_locked_same_process (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = make_good_file (dir);
  g_autoptr(KpDocument) first = kpt_open (path);
  g_autoptr(KpDocument) second = NULL;
  g_autoptr(KpDocument) third = NULL;
  g_autofree char *dump = kpt_dump (first);
  g_autofree char *second_dump = NULL;
  g_autoptr(GError) error = NULL;
  gboolean read_only = FALSE;

  g_assert_false (kp_document_get_read_only (first));
  g_assert_null (kp_document_get_read_only_reason (first));
  second = kpt_open (path);
  g_object_get (second, "read-only", &read_only, NULL);
  g_assert_true (read_only);
  second_dump = kpt_dump (second);
  g_assert_cmpstr (second_dump, ==, dump);
  kpt_assert_edits_refused (second);

  /* The first window keeps writing, and a reader opened later sees it. */
  g_assert_true (kp_document_set_text (first, kp_document_get_project (first), "title", "Efter", &error));
  g_assert_no_error (error);
  g_clear_object (&second);
  third = kpt_open (path);
  g_assert_true (kp_document_get_read_only (third));
  g_assert_cmpstr (kp_entity_get_text (kp_document_get_project (third), "title"), ==, "Efter");
  g_clear_object (&third);

  /* Closing the writer releases the lock. */
  g_clear_object (&first);
  third = kpt_open (path);
  g_assert_false (kp_document_get_read_only (third));
  g_clear_object (&third);
  kpt_rm_rf (dir);
}

/* Another process holds the file: this one opens it read-only. */
static void
test_locked_other_process (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = make_good_file (dir);
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { exe, "--hold", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = NULL;
  GPid pid;
  int in_fd, out_fd, status;
  char buf[16] = "";

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, &in_fd, &out_fd, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (read (out_fd, buf, 6), ==, 6);
  g_assert_cmpstr (buf, ==, "ready\n");

  doc = kpt_open (path);
  kpt_assert_edits_refused (doc);
  g_clear_object (&doc);

  /* When the other process ends, the file is writable again. */
  close (in_fd);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  close (out_fd);
  doc = kpt_open (path);
  g_assert_false (kp_document_get_read_only (doc));
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

/* This process holds the file: a subprocess opens it read-only. */
static void
test_locked_by_parent (void)
{
  g_autofree char *dir = NULL, *path = NULL;
  g_autoptr(KpDocument) doc = NULL;

  if (g_test_subprocess ())
    {
      doc = kpt_open (g_getenv ("KP_TEST_LOCKED"));
      kpt_assert_edits_refused (doc);
      return;
    }
  dir = kpt_tmp_dir ();
  path = make_good_file (dir);
  doc = kpt_open (path);
  g_setenv ("KP_TEST_LOCKED", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_assert_false (kp_document_get_read_only (doc));
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

static int
hold_file (const char *path)
{
  g_autoptr(KpDocument) doc = kpt_open (path);
  char c;

  g_assert_false (kp_document_get_read_only (doc));
  fputs ("ready\n", stdout);
  fflush (stdout);
  /* Until the parent closes our stdin. */
  while (read (STDIN_FILENO, &c, 1) > 0)
    ;
  return 0;
}

/* ---- save a copy ------------------------------------------------------------------- */

static void
test_save_copy (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = make_good_file (dir);
  g_autofree char *target = g_build_filename (dir, "kopia.kplan", NULL);
  g_autofree char *missing = g_build_filename (dir, "no such folder", "kopia.kplan", NULL);
  g_autoptr(KpDocument) doc = kpt_open (path);
  g_autoptr(KpDocument) reader = NULL;
  g_autoptr(KpDocument) copy = NULL;
  g_autoptr(GFile) target_file = g_file_new_for_path (target);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL, *copy_dump = NULL, *listing = NULL;

  g_assert_true (kp_document_set_text (doc, kp_document_get_project (doc), "title", "Sparad", &error));
  dump = kpt_dump (doc);
  g_assert_true (g_file_set_contents (target, "an older file in the way", -1, NULL));
  g_assert_true (kp_document_save_copy (doc, target_file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kpt_file_mode (target), ==, 0600);
  kpt_assert_sqlite_ok (target);
  g_assert_cmphex (kpt_header_be32 (target, 68), ==, KP_APPLICATION_ID);
  g_assert_cmpuint (kpt_header_be32 (target, 60), ==, KP_SCHEMA_VERSION);
  copy = kpt_open (target);
  g_assert_false (kp_document_get_read_only (copy));
  copy_dump = kpt_dump (copy);
  g_assert_cmpstr (copy_dump, ==, dump);
  /* The copy is a project of its own: editing it leaves the original alone. */
  g_assert_true (kp_document_set_text (copy, kp_document_get_project (copy), "title", "Kopian", &error));
  g_assert_cmpstr (kp_entity_get_text (kp_document_get_project (doc), "title"), ==, "Sparad");
  g_clear_object (&copy);

  /* A missing folder fails clearly and leaves nothing behind. */
  listing = kpt_list_dir (dir);
  g_assert_false (kp_document_save_copy (doc, missing_file, &error));
  g_assert_error (error, KP_STORE_ERROR, KP_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "kopia.kplan"));
  g_assert_nonnull (strstr (error->message, "folder"));
  g_clear_error (&error);
  kpt_assert_dir_listing (dir, listing);

  /* A window that only reads may still save a copy. */
  reader = kpt_open (path);
  g_assert_true (kp_document_get_read_only (reader));
  g_assert_no_errno (g_unlink (target));
  g_assert_true (kp_document_save_copy (reader, target_file, &error));
  g_assert_no_error (error);
  copy = kpt_open (target);
  g_clear_pointer (&copy_dump, g_free);
  copy_dump = kpt_dump (copy);
  g_assert_cmpstr (copy_dump, ==, dump);
  g_clear_object (&copy);
  g_clear_object (&reader);
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

/* ---- --check ----------------------------------------------------------------------- */

static void
test_check_report (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "check.kplan", NULL);
  g_autoptr(KpDocument) doc = kpt_create (path);
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL, *entries_line = NULL, *tasks_line = NULL, *listing = NULL;

  kpt_build_graph (doc, 2);
  for (guint i = 0; i < 5; i++)
    kpt_add (doc, &kp_desc_time_entry, 10 + i);

  /* While the document is open, beside it. */
  g_assert_true (kp_store_check (path, report, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (report->str, "check.kplan"));
  g_assert_nonnull (strstr (report->str, "Integrity: ok"));
  {
    g_autofree char *version = g_strdup_printf ("Schema version: %d", KP_SCHEMA_VERSION);

    g_assert_nonnull (strstr (report->str, version));
  }
  entries_line = g_strdup_printf ("%-32s %d\n", _(kp_desc_time_entry.plural), 7);
  tasks_line = g_strdup_printf ("%-32s %d\n", _(kp_desc_task.plural), 3);
  g_assert_nonnull (strstr (report->str, entries_line));
  g_assert_nonnull (strstr (report->str, tasks_line));
  {
    guint n;
    const KpEntityDesc *const *descs = kp_entity_descs (&n);

    for (guint d = 0; d < n; d++)
      g_assert_nonnull (strstr (report->str, _(descs[d]->plural)));
  }
  g_clear_object (&doc);

  /* Checking is reading: the file stays as it was, with nothing beside it. */
  state = kpt_file_state (path);
  listing = kpt_list_dir (dir);
  g_string_truncate (report, 0);
  g_assert_true (kp_store_check (path, report, &error));
  kpt_assert_file_state (path, state);
  kpt_assert_dir_listing (dir, listing);
  kpt_rm_rf (dir);
}

/* ---- migrations -------------------------------------------------------------------- */

/* A version-0 file: ours, but holding nothing yet. */
static void
make_v0 (const char *path)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 0; "
                                          "CREATE TABLE placeholder (x); DROP TABLE placeholder;",
                                          KP_APPLICATION_ID);

  kpt_sql_exec (path, sql);
}

/* A version-1 file, as the app wrote it (schema v1 never changes), with rows in the tables
 * whose indexes version 2 changed. */
static void
make_v1 (const char *path)
{
  g_autoptr(GBytes) v1 = g_resources_lookup_data ("/se/kompetensplan/Kompetensplan/schema/v1.sql", 0, NULL);
  g_autofree char *header = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 1;",
                                             KP_APPLICATION_ID);

  g_assert_nonnull (v1);
  kpt_sql_exec (path, g_bytes_get_data (v1, NULL));
  kpt_sql_exec (path, header);
  kpt_sql_exec (path, "INSERT INTO organisation (id, name) VALUES (1, 'Hjo kommun');"
                "INSERT INTO time_entry (date, organisation_id, person, hours) VALUES ('2024-03-15', 1, 'Anna', 3);"
                "INSERT INTO role (id, key, name) VALUES (1, 'underskoterska', 'Undersköterska');"
                "INSERT INTO stair_step (name, role_id) VALUES ('Steg 1', 1);");
}

typedef struct
{
  int version;
  void (*make) (const char *path);
} OldFile;

/* Every earlier schema version; the checks below apply to each unchanged. */
static const OldFile old_files[] = {
  { 0, make_v0 },
  { 1, make_v1 },
};

static char *
schema_sql (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s %s %s\n", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1),
                            sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static void
test_migrate (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *fresh = g_build_filename (dir, "fresh.kplan", NULL);
  g_autofree char *fresh_schema = NULL;

  {
    g_autoptr(KpDocument) doc = kpt_create (fresh);
  }
  fresh_schema = schema_sql (fresh);
  g_assert_cmpuint (kpt_header_be32 (fresh, 60), ==, KP_SCHEMA_VERSION);

  for (guint i = 0; i < G_N_ELEMENTS (old_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("v%d.kplan", old_files[i].version);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *migrated_schema = NULL;
      g_autoptr(GError) error = NULL;
      KpStore *store;

      old_files[i].make (path);
      g_assert_cmpuint (kpt_header_be32 (path, 60), ==, (guint) old_files[i].version);
      g_assert_cmphex (kpt_header_be32 (path, 68), ==, KP_APPLICATION_ID);

      store = kp_store_open (path, KP_STORE_OPEN_EXISTING, &error);
      g_assert_no_error (error);
      g_assert_cmpint (kp_store_get_version (store), ==, KP_SCHEMA_VERSION);
      g_assert_false (kp_store_is_read_only (store));
      kp_store_free (store);

      /* The header says so, the schema is the one a new file gets, and it opens again. */
      g_assert_cmpuint (kpt_header_be32 (path, 60), ==, KP_SCHEMA_VERSION);
      g_assert_cmphex (kpt_header_be32 (path, 68), ==, KP_APPLICATION_ID);
      migrated_schema = schema_sql (path);
      g_assert_cmpstr (migrated_schema, ==, fresh_schema);
      /* The rows stay. */
      if (old_files[i].version == 1)
        {
          g_assert_cmpint (kpt_sql_int (path, "SELECT sum(hours) FROM time_entry WHERE person = 'Anna'"), ==, 3);
          g_assert_cmpint (kpt_sql_int (path, "SELECT role_id FROM stair_step"), ==, 1);
        }
      kpt_assert_sqlite_ok (path);
      store = kp_store_open (path, KP_STORE_OPEN_EXISTING, &error);
      g_assert_no_error (error);
      g_assert_cmpint (kp_store_get_version (store), ==, KP_SCHEMA_VERSION);
      kp_store_free (store);
    }
  kpt_rm_rf (dir);
}

/* A migration that fails half-way leaves no half-migrated file. */
static void
test_migrate_atomic (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "v0.kplan", NULL);
  g_autoptr(GError) error = NULL;
  KpStore *store;

  /* The last table of schema v1 is already there, so its CREATE TABLE fails. */
  make_v0 (path);
  kpt_sql_exec (path, "CREATE TABLE budget_line (x)");
  store = kp_store_open (path, KP_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_error (error, KP_STORE_ERROR, KP_STORE_ERROR_IO);
  g_assert_cmpint (kpt_sql_int (path, "PRAGMA user_version"), ==, 0);
  g_assert_cmpint (kpt_sql_int (path, "SELECT count(*) FROM sqlite_schema"), ==, 1);
  kpt_rm_rf (dir);
}

/* An old file that another window holds cannot be migrated, and is left alone. */
static void
test_migrate_locked (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "v0.kplan", NULL);
  g_autofree char *state = NULL;
  g_autoptr(GError) error = NULL;
  struct flock fl = { 0 };
  KpStore *store;
  int fd;

  make_v0 (path);
  state = kpt_file_state (path);
  /* The edit lock, as kp-store.c takes it. */
  fd = g_open (path, O_RDWR | O_CLOEXEC, 0);
  g_assert_cmpint (fd, >=, 0);
  fl.l_type = F_WRLCK;
  fl.l_whence = SEEK_SET;
  fl.l_start = (off_t) 1 << 40;
  fl.l_len = 1;
  g_assert_no_errno (fcntl (fd, F_OFD_SETLK, &fl));
  store = kp_store_open (path, KP_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_error (error, KP_STORE_ERROR, KP_STORE_ERROR_PERMISSION);
  close (fd);
  kpt_assert_file_state (path, state);
  kpt_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  if (argc == 3 && g_str_equal (argv[1], "--hold"))
    return hold_file (argv[2]);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/create/mode", test_create_mode);
  g_test_add_func ("/store/create/header", test_create_header);
  g_test_add_func ("/store/schema/matches-descriptors", test_schema_matches_descriptors);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/store/refuse/%s", refusals[i].name);

      g_test_add_data_func (test_path, &refusals[i], test_refuse);
    }
  g_test_add_func ("/store/refuse/unreadable", test_refuse_unreadable);
  g_test_add_data_func ("/store/open/read-only/shared-folder", GUINT_TO_POINTER (0777),
                        test_open_without_write_permission);
  g_test_add_data_func ("/store/open/read-only/read-only-folder", GUINT_TO_POINTER (0711),
                        test_open_without_write_permission);
  g_test_add_func ("/store/locked/same-process", test_locked_same_process);
  g_test_add_func ("/store/locked/other-process", test_locked_other_process);
  g_test_add_func ("/store/locked/by-parent", test_locked_by_parent);
  g_test_add_func ("/store/save-copy", test_save_copy);
  g_test_add_func ("/store/check", test_check_report);
  g_test_add_func ("/store/migrate/every-version", test_migrate);
  g_test_add_func ("/store/migrate/atomic", test_migrate_atomic);
  g_test_add_func ("/store/migrate/locked", test_migrate_locked);

  return g_test_run ();
}
