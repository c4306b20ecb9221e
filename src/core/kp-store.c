/* kp-store.c: the project file on disk. */
#define _GNU_SOURCE 1  /* F_OFD_SETLK */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "kp-date.h"
#include "kp-entities.h"
#include "kp-entity-private.h"
#include "kp-store.h"
#include "kp-store-private.h"

G_DEFINE_QUARK (kp-store-error-quark, kp_store_error)

/* The lock that says "this file is being edited": an open-file-description lock on a byte
 * far beyond anything SQLite locks, so the two never meet. */
#define EDIT_LOCK_OFFSET ((off_t) 1 << 40)

struct _KpStore
{
  sqlite3 *db;
  char *path;
  char *read_only_reason;
  int lock_fd;
  int version;
  GHashTable *statements;  /* SQL text → sqlite3_stmt */
  sqlite3_stmt *inserts[KP_N_ENTITIES];  /* of statements, by kind: imports insert by the 100,000 */
  sqlite3_stmt *appends[KP_N_ENTITIES];  /* of statements: APPEND_ROWS rows at a time */
  GThread *check;          /* the integrity check running beside the loading, or NULL */
};

static gboolean
fail_sqlite (KpStore  *self,
             GError  **error)
{
  int code = sqlite3_extended_errcode (self->db);
  int primary = code & 0xff;
  g_autofree char *name = g_filename_display_basename (self->path);

  if (primary == SQLITE_FULL)
    g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_IO,
                 _("Could not write to “%s”: the disk is full."), name);
  else if (primary == SQLITE_READONLY || primary == SQLITE_PERM)
    g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_PERMISSION,
                 _("Could not write to “%s”: it is read-only."), name);
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_BUSY,
                 _("“%s” is busy in another program. Try again in a moment."), name);
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_CORRUPT,
                 _("“%s” is damaged and cannot be read."), name);
  else
    g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_IO,
                 _("Could not use “%s”: %s."), name, sqlite3_errmsg (self->db));
  return FALSE;
}

static sqlite3_stmt *
statement (KpStore    *self,
           const char *sql,
           GError    **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      fail_sqlite (self, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Before SQLite's first use in the process: without counting every allocation under a
 * process-wide lock (nothing here asks for the counts), rows are written 10 % faster. */
static void
configure_sqlite (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&done, 1);
    }
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Everything that can be said of a file from its first 100 bytes, before SQLite opens it. */
static gboolean
check_header (const char *path,
              GError    **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  guint8 header[100];
  GStatBuf st;
  int fd;
  gssize got;
  guint32 page_size, pages;

  if (g_stat (path, &st) != 0)
    {
      int err = errno;

      if (err == EACCES)
        g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_PERMISSION,
                     _("You do not have permission to open “%s”."), name);
      else
        g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_NOT_FOUND,
                     _("The file “%s” does not exist."), name);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_NOT_SQLITE,
                   _("“%s” is not a Kompetensplan project file."), name);
      return FALSE;
    }
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      g_set_error (error, KP_STORE_ERROR, errno == EACCES ? KP_STORE_ERROR_PERMISSION : KP_STORE_ERROR_IO,
                   _("You do not have permission to open “%s”."), name);
      return FALSE;
    }
  got = read (fd, header, sizeof header);
  close (fd);
  if (got != (gssize) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_NOT_SQLITE,
                   _("“%s” is not a Kompetensplan project file."), name);
      return FALSE;
    }
  if (read_be32 (header + 68) != KP_APPLICATION_ID)
    {
      g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_FOREIGN,
                   _("“%s” is a database of another program, not a Kompetensplan project."), name);
      return FALSE;
    }
  if (read_be32 (header + 60) > KP_SCHEMA_VERSION)
    {
      g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_NEWER,
                   _("“%s” was saved by a newer version of Kompetensplan. Update the app to open it."), name);
      return FALSE;
    }
  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  pages = read_be32 (header + 28);
  if (read_be32 (header + 24) == read_be32 (header + 92) &&
      (guint64) page_size * pages > (guint64) st.st_size)
    {
      g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_TRUNCATED,
                   _("“%s” is incomplete: the file has been cut short."), name);
      return FALSE;
    }
  return TRUE;
}

/* Takes the edit lock, or says why the file must open read-only. */
/* The edit lock's byte, for F_OFD_SETLK (take it) or F_OFD_GETLK (ask who has it). */
static struct flock
edit_lock (void)
{
  struct flock fl = { 0 };

  fl.l_type = F_WRLCK;
  fl.l_whence = SEEK_SET;
  fl.l_start = EDIT_LOCK_OFFSET;
  fl.l_len = 1;
  return fl;
}

static char *
take_edit_lock (KpStore *self)
{
  struct flock fl = edit_lock ();

  self->lock_fd = g_open (self->path, O_RDWR | O_CLOEXEC, 0);
  if (self->lock_fd < 0)
    return g_strdup (_("You do not have permission to change this file."));
  if (fcntl (self->lock_fd, F_OFD_SETLK, &fl) != 0)
    {
      close (self->lock_fd);
      self->lock_fd = -1;
      return g_strdup (_("The file is open in another window or program."));
    }
  return NULL;
}

gboolean
kp_store_is_in_use (const char *path)
{
  struct flock fl = edit_lock ();
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean in_use;

  if (fd < 0)
    return FALSE;
  in_use = fcntl (fd, F_OFD_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
  close (fd);
  return in_use;
}

/* SQLite keeps the -wal and -shm files of a WAL database beside it, and a read-only
 * connection creates them and leaves them behind: files of this user that would keep the
 * owner from writing, or that cannot be created at all in a folder this user may not write
 * to. When this user may not write and neither file exists, nobody has the file open, and
 * it is read as immutable instead. */
static gboolean
has_sidecars (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  return g_file_test (wal, G_FILE_TEST_EXISTS) || g_file_test (shm, G_FILE_TEST_EXISTS);
}

static gboolean
can_write_beside (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_access (path, W_OK) == 0 && g_access (dir, W_OK) == 0;
}

static int
query_int (KpStore    *self,
           const char *sql)
{
  sqlite3_stmt *stmt;
  int v = -1;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

static gboolean
integrity_ok (sqlite3 *db)
{
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK)
    {
      ok = sqlite3_step (stmt) == SQLITE_ROW &&
           g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      sqlite3_finalize (stmt);
    }
  return ok;
}

static gboolean
report_damage (KpStore  *self,
               gboolean  ok,
               GError  **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);

  if (!ok)
    g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_CORRUPT,
                 _("“%s” is damaged and cannot be read."), name);
  return ok;
}

typedef struct
{
  char *filename;  /* as given to sqlite3_open_v2() */
  int flags;
} CheckJob;

/* Runs on its own thread and its own connection: SQLite connections are not shared. */
static gpointer
check_thread (gpointer data)
{
  CheckJob *job = data;
  sqlite3 *db = NULL;
  gboolean ok;

  ok = sqlite3_open_v2 (job->filename, &db, job->flags, NULL) == SQLITE_OK;
  if (ok)
    {
      sqlite3_busy_timeout (db, 2000);
      sqlite3_exec (db, "PRAGMA mmap_size = 268435456", NULL, NULL, NULL);
      ok = integrity_ok (db);
    }
  sqlite3_close (db);
  g_free (job->filename);
  g_free (job);
  return GINT_TO_POINTER (ok);
}

static gboolean
journal_is_wal (KpStore *self)
{
  sqlite3_stmt *stmt;
  gboolean wal = FALSE;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode", -1, &stmt, NULL) == SQLITE_OK)
    {
      wal = sqlite3_step (stmt) == SQLITE_ROW &&
            g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0;
      sqlite3_finalize (stmt);
    }
  return wal;
}

/* The check may run beside the loading only when opening writes nothing: no migration and
 * no change of journal mode may touch a file that could be damaged. */
static gboolean
check_now_or_later (KpStore     *self,
                    KpStoreMode  mode,
                    const char  *filename,
                    int          flags,
                    GError     **error)
{
  if (mode == KP_STORE_OPEN_FOR_LOADING &&
      self->version == KP_SCHEMA_VERSION && journal_is_wal (self))
    {
      CheckJob *job = g_new0 (CheckJob, 1);

      job->filename = g_strdup (filename);
      job->flags = flags;
      self->check = g_thread_new ("kp-check", check_thread, job);
      return TRUE;
    }
  return report_damage (self, integrity_ok (self->db), error);
}

gboolean
kp_store_finish_loading (KpStore  *self,
                         GError  **error)
{
  gboolean ok = TRUE;

  if (self->check != NULL)
    ok = report_damage (self, GPOINTER_TO_INT (g_thread_join (g_steal_pointer (&self->check))), error);
  return ok && kp_store_exec (self, "PRAGMA mmap_size = 0", error);
}

gboolean
kp_store_exec (KpStore    *self,
               const char *sql,
               GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* A script of several statements is run as it comes; a single one is kept prepared, as
   * every change begins and ends a transaction or a savepoint (a drag that moves a chain
   * of 49 activities spent 0.5 ms reading "SAVEPOINT edit" again). */
  if (strchr (sql, ';') != NULL)
    {
      if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return fail_sqlite (self, error);
      return TRUE;
    }
  if ((stmt = statement (self, sql, error)) == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return fail_sqlite (self, error);
  return TRUE;
}

/* Brings a file of any earlier schema version up to date, in one transaction. */
static gboolean
migrate (KpStore  *self,
         GError  **error)
{
  if (self->version >= KP_SCHEMA_VERSION)
    return TRUE;
  if (!kp_store_begin (self, error))
    return FALSE;
  for (int v = self->version + 1; v <= KP_SCHEMA_VERSION; v++)
    {
      g_autofree char *res = g_strdup_printf ("/se/kompetensplan/Kompetensplan/schema/v%d.sql", v);
      g_autoptr(GBytes) sql = g_resources_lookup_data (res, 0, NULL);
      g_autofree char *pragma = NULL;

      g_assert (sql != NULL);
      if (!kp_store_exec (self, g_bytes_get_data (sql, NULL), error))
        goto fail;
      pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                KP_APPLICATION_ID, v);
      if (!kp_store_exec (self, pragma, error))
        goto fail;
    }
  if (!kp_store_commit (self, error))
    goto fail;
  self->version = KP_SCHEMA_VERSION;
  /* Other openers read the application id and version from the file's header before
   * SQLite opens it, so they must not stay behind in the write-ahead log. */
  return kp_store_exec (self, "PRAGMA wal_checkpoint(TRUNCATE)", error);

fail:
  kp_store_rollback (self);
  return FALSE;
}

KpStore *
kp_store_open (const char  *path,
               KpStoreMode  mode,
               GError     **error)
{
  g_autoptr(KpStore) self = g_new0 (KpStore, 1);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *uri_path = NULL;
  int flags;

  self->path = g_strdup (path);
  self->lock_fd = -1;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);

  if (mode == KP_STORE_CREATE)
    {
      /* Project files hold follow-up data: readable by their owner only. */
      int fd = g_open (path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600);

      if (fd < 0)
        {
          int err = errno;

          g_set_error (error, KP_STORE_ERROR,
                       err == EEXIST ? KP_STORE_ERROR_EXISTS :
                       err == EACCES || err == EROFS ? KP_STORE_ERROR_PERMISSION : KP_STORE_ERROR_IO,
                       err == EEXIST ? _("“%s” already exists.") :
                       err == EACCES || err == EROFS ? _("You do not have permission to create “%s”.") :
                       _("Could not create “%s”."), name);
          return NULL;
        }
      close (fd);
    }
  else if (!check_header (path, error))
    return NULL;

  configure_sqlite ();
  self->read_only_reason = take_edit_lock (self);
  flags = self->read_only_reason != NULL ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (mode != KP_STORE_CREATE && !has_sidecars (path) && !can_write_beside (path))
    {
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

      if (self->read_only_reason == NULL)
        {
          close (self->lock_fd);
          self->lock_fd = -1;
          self->read_only_reason = g_strdup (_("You do not have permission to change this file."));
        }
      uri_path = g_strconcat (uri, "?immutable=1", NULL);
      flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
  if (sqlite3_open_v2 (uri_path != NULL ? uri_path : path, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      fail_sqlite (self, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 2000);

  /* Read before the check: on a damaged file it is -1, and the check runs at once. */
  self->version = query_int (self, "PRAGMA user_version");
  if (mode != KP_STORE_CREATE &&
      !check_now_or_later (self, mode, uri_path != NULL ? uri_path : path, flags | SQLITE_OPEN_NOMUTEX, error))
    return NULL;
  if (!kp_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;
  /* Reading every row through a memory map saves copying the file page by page. Only while
   * loading: with a map, an I/O error later on would be a signal rather than an error. */
  if (mode == KP_STORE_OPEN_FOR_LOADING &&
      !kp_store_exec (self, "PRAGMA mmap_size = 268435456", error))
    return NULL;
  if (self->read_only_reason == NULL)
    {
      /* WAL keeps readers in other windows working while this one writes; FULL makes a
       * commit durable before the edit is reported done. */
      if (!kp_store_exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", error))
        return NULL;
      if (!migrate (self, error))
        return NULL;
    }
  else if (self->version < KP_SCHEMA_VERSION)
    {
      g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_PERMISSION,
                   _("“%s” is from an earlier version and must be updated, but it cannot be changed: %s"),
                   name, self->read_only_reason);
      return NULL;
    }
  return g_steal_pointer (&self);
}

void
kp_store_free (KpStore *self)
{
  if (self == NULL)
    return;
  if (self->check != NULL)
    g_thread_join (self->check);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close (self->db);
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  g_free (self->read_only_reason);
  g_free (self->path);
  g_free (self);
}

gboolean
kp_store_is_read_only (KpStore *self)
{
  return self->read_only_reason != NULL;
}

const char *
kp_store_read_only_reason (KpStore *self)
{
  return self->read_only_reason;
}

const char *
kp_store_get_path (KpStore *self)
{
  return self->path;
}

int
kp_store_get_version (KpStore *self)
{
  return self->version;
}

gboolean
kp_store_begin (KpStore  *self,
                GError  **error)
{
  return kp_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
kp_store_commit (KpStore  *self,
                 GError  **error)
{
  return kp_store_exec (self, "COMMIT", error);
}

void
kp_store_rollback (KpStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static void
bind_value (sqlite3_stmt  *stmt,
            int            pos,
            const KpField *f,
            const KpValue *v)
{
  switch (f->kind)
    {
    case KP_FIELD_TEXT:
    case KP_FIELD_CHOICE:
    case KP_FIELD_PERIOD:
      if (*v->s == '\0' && (f->flags & KP_FIELD_NULLABLE))
        sqlite3_bind_null (stmt, pos);
      else
        sqlite3_bind_text (stmt, pos, v->s, -1, SQLITE_STATIC);  /* stepped before v changes */
      break;
    case KP_FIELD_REAL:
      if (isnan (v->d))
        sqlite3_bind_null (stmt, pos);
      else
        sqlite3_bind_double (stmt, pos, v->d);
      break;
    case KP_FIELD_DATE:
      if (v->i == KP_DATE_NONE)
        sqlite3_bind_null (stmt, pos);
      else
        {
          char buf[KP_DATE_ISO_SIZE];

          kp_date_format_iso ((KpDate) v->i, buf);
          sqlite3_bind_text (stmt, pos, buf, -1, SQLITE_TRANSIENT);
        }
      break;
    case KP_FIELD_REF:
      if (v->i == 0)
        sqlite3_bind_null (stmt, pos);
      else
        sqlite3_bind_int64 (stmt, pos, v->i);
      break;
    case KP_FIELD_INT:
    case KP_FIELD_BOOL:
    default:
      sqlite3_bind_int64 (stmt, pos, v->i);
      break;
    }
}

char *
kp_store_column_list (const KpEntityDesc *desc)
{
  GString *s = g_string_new ("id");

  for (guint i = 0; i < desc->n_fields; i++)
    g_string_append_printf (s, ", %s", desc->fields[i].column);
  return g_string_free (s, FALSE);
}

static gboolean
step_done (KpStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return fail_sqlite (self, error);
  return TRUE;
}

sqlite3 *
kp_store_get_db (KpStore *self)
{
  return self->db;
}

gboolean
kp_store_fail (KpStore  *self,
               GError  **error)
{
  return fail_sqlite (self, error);
}

gboolean
kp_store_next_id (KpStore             *self,
                  const KpEntityDesc  *desc,
                  gint64              *id,
                  GError             **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce(max(id), 0) + 1 FROM %s", desc->table);
  sqlite3_stmt *stmt = statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return fail_sqlite (self, error);
    }
  *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Rows per statement when many are appended: the statement's own cost is shared. */
#define APPEND_ROWS 64

static sqlite3_stmt *
insert_statement (KpStore             *self,
                  const KpEntityDesc  *desc,
                  guint                rows,
                  GError             **error)
{
  sqlite3_stmt **slot = rows == 1 ? &self->inserts[desc->index] : &self->appends[desc->index];

  g_assert (rows == 1 || rows == APPEND_ROWS);
  if (*slot == NULL)
    {
      g_autofree char *cols = kp_store_column_list (desc);
      g_autoptr(GString) sql = g_string_new (NULL);

      g_string_printf (sql, "INSERT INTO %s (%s) VALUES ", desc->table, cols);
      for (guint r = 0; r < rows; r++)
        {
          g_string_append (sql, r > 0 ? ", (?" : "(?");
          for (guint i = 0; i < desc->n_fields; i++)
            g_string_append (sql, ", ?");
          g_string_append (sql, ")");
        }
      *slot = statement (self, sql->str, error);
    }
  /* step_done() has reset it. */
  return *slot;
}

/* Binds every parameter of one row anew, from first on; without an id, SQLite chooses the
 * next one. */
static void
bind_row (sqlite3_stmt *stmt,
          int           first,
          KpEntity     *entity,
          gboolean      with_id)
{
  const KpEntityDesc *desc = kp_entity_get_desc (entity);

  if (with_id)
    sqlite3_bind_int64 (stmt, first, kp_entity_get_id (entity));
  else
    sqlite3_bind_null (stmt, first);
  for (guint i = 0; i < desc->n_fields; i++)
    bind_value (stmt, first + 1 + (int) i, &desc->fields[i], kp_entity_peek (entity, i));
}

gboolean
kp_store_insert (KpStore   *self,
                 KpEntity  *entity,
                 GError   **error)
{
  gboolean with_id = kp_entity_get_id (entity) != 0;
  sqlite3_stmt *stmt = insert_statement (self, kp_entity_get_desc (entity), 1, error);

  if (stmt == NULL)
    return FALSE;
  bind_row (stmt, 1, entity, with_id);
  if (!step_done (self, stmt, error))
    return FALSE;
  if (!with_id)
    kp_entity_set_id (entity, sqlite3_last_insert_rowid (self->db));
  return TRUE;
}

gboolean
kp_store_append (KpStore    *self,
                 KpEntity  **entities,
                 guint       n,
                 GError    **error)
{
  const KpEntityDesc *desc;
  guint done = 0;

  if (n == 0)
    return TRUE;
  desc = kp_entity_get_desc (entities[0]);
  /* SQLite appends rows without ids, in order, faster than it checks that given ids are free. */
  while (done < n)
    {
      guint rows = n - done >= APPEND_ROWS ? APPEND_ROWS : 1;
      sqlite3_stmt *stmt = insert_statement (self, desc, rows, error);

      if (stmt == NULL)
        return FALSE;
      for (guint r = 0; r < rows; r++)
        bind_row (stmt, 1 + (int) (r * (desc->n_fields + 1)), entities[done + r], FALSE);
      if (!step_done (self, stmt, error))
        return FALSE;
      done += rows;
    }
  if (sqlite3_last_insert_rowid (self->db) != kp_entity_get_id (entities[n - 1]))
    {
      g_autofree char *name = g_filename_display_basename (self->path);

      g_critical ("%s: row %" G_GINT64_FORMAT " of %s was written as %lld", name,
                  kp_entity_get_id (entities[n - 1]), desc->table, sqlite3_last_insert_rowid (self->db));
      g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_IO,
                   _("Could not write to “%s”: its rows are out of order."), name);
      return FALSE;
    }
  return TRUE;
}

gboolean
kp_store_update (KpStore            *self,
                 const KpEntityDesc *desc,
                 gint64              id,
                 guint               field,
                 const KpValue      *value,
                 GError            **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET %s = ? WHERE id = ?",
                                          desc->table, desc->fields[field].column);
  sqlite3_stmt *stmt = statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  bind_value (stmt, 1, &desc->fields[field], value);
  sqlite3_bind_int64 (stmt, 2, id);
  return step_done (self, stmt, error);
}

gboolean
kp_store_delete (KpStore            *self,
                 const KpEntityDesc *desc,
                 gint64              id,
                 GError            **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", desc->table);
  sqlite3_stmt *stmt = statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return step_done (self, stmt, error);
}

/* A consistent copy, readable by its owner only, that appears only once complete. */
gboolean
kp_store_copy_to (KpStore    *self,
                  const char *path,
                  GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *tmp = NULL;
  sqlite3_stmt *stmt = NULL;
  int fd, rc;

  tmp = g_build_filename (dir, ".kompetensplan-copy-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int err = errno;

      g_set_error (error, KP_STORE_ERROR, err == ENOENT ? KP_STORE_ERROR_NOT_FOUND :
                   err == EACCES || err == EROFS ? KP_STORE_ERROR_PERMISSION : KP_STORE_ERROR_IO,
                   err == ENOENT ? _("Could not save “%s”: the folder does not exist.") :
                   err == EACCES || err == EROFS ? _("Could not save “%s”: you do not have permission to write in that folder.") :
                   _("Could not save “%s”."), name);
      return FALSE;
    }
  close (fd);
  if (sqlite3_prepare_v2 (self->db, "VACUUM INTO ?", -1, &stmt, NULL) != SQLITE_OK)
    goto fail;
  sqlite3_bind_text (stmt, 1, tmp, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    goto fail;
  if (g_rename (tmp, path) != 0)
    {
      g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_IO,
                   _("Could not save “%s”: %s."), name, g_strerror (errno));
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;

fail:
  fail_sqlite (self, error);
  g_unlink (tmp);
  return FALSE;
}

gboolean
kp_store_check (const char *path,
                GString    *report,
                GError    **error)
{
  g_autoptr(KpStore) self = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *uri_path = NULL;
  sqlite3_stmt *stmt;
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);
  gboolean ok = TRUE;

  if (!check_header (path, error))
    return FALSE;
  self = g_new0 (KpStore, 1);
  self->path = g_strdup (path);
  self->lock_fd = -1;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  /* Without changing anything. A read-only connection would leave the -wal and -shm
   * files that reading a WAL file creates; a read-write one, when it is the last to close,
   * removes them. query_only keeps our own statements from writing. */
  if (!has_sidecars (path) && !can_write_beside (path))
    {
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

      uri_path = g_strconcat (uri, "?immutable=1", NULL);
    }
  if (sqlite3_open_v2 (uri_path != NULL ? uri_path : path, &self->db,
                       uri_path != NULL ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI : SQLITE_OPEN_READWRITE,
                       NULL) != SQLITE_OK)
    return fail_sqlite (self, error);
  if (!kp_store_exec (self, "PRAGMA query_only = 1", error))
    return FALSE;
  if (sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK)
    {
      ok = FALSE;
    }
  else
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
          ok = FALSE;
      sqlite3_finalize (stmt);
    }
  if (!ok)
    {
      g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be read."), name);
      return FALSE;
    }
  self->version = query_int (self, "PRAGMA user_version");
  g_string_append_printf (report, _("File: %s\n"), name);
  g_string_append_printf (report, _("Integrity: ok\n"));
  g_string_append_printf (report, _("Schema version: %d (this app writes %d)\n"), self->version, KP_SCHEMA_VERSION);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", descs[i]->table);
      int count = query_int (self, sql);

      if (count < 0)
        {
          g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged: the table of “%s” is missing."), name, _(descs[i]->plural));
          return FALSE;
        }
      g_string_append_printf (report, "%-32s %d\n", _(descs[i]->plural), count);
      /* Opening refuses such a file; so does the check. */
      if (descs[i] == &kp_desc_project && count != 1)
        {
          g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged: it holds no project."), name);
          return FALSE;
        }
    }
  return TRUE;
}
