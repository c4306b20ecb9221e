/* kp-store-bulk.c: inserting many rows into one table. A table's indexes cost more to keep
 * up row by row than to build once at the end, and a bigger page cache keeps the work off
 * the disk until the commit. */
#include "config.h"

#include "kp-store.h"

struct _KpStoreBulk
{
  int cache_size;     /* the page cache before */
  GStrv indexes;      /* the statements that make the dropped indexes */
};

static int
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt;
  int v = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

static void
bulk_free (KpStoreBulk *bulk)
{
  g_strfreev (bulk->indexes);
  g_free (bulk);
}

KpStoreBulk *
kp_store_bulk_begin (KpStore     *self,
                     const char  *table,
                     GError     **error)
{
  sqlite3 *db = kp_store_get_db (self);
  KpStoreBulk *bulk = g_new0 (KpStoreBulk, 1);
  g_autoptr(GStrvBuilder) sql = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) dropped = NULL;
  sqlite3_stmt *stmt;
  int rc;

  bulk->cache_size = query_int (db, "PRAGMA cache_size");
  /* Indexes of UNIQUE constraints have no SQL of their own and stay. */
  if (!kp_store_exec (self, "PRAGMA cache_size = -65536", error) ||
      sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                          "AND tbl_name = ? AND sql IS NOT NULL", -1, &stmt, NULL) != SQLITE_OK)
    {
      if (error != NULL && *error == NULL)
        kp_store_fail (self, error);
      kp_store_bulk_end (self, bulk, FALSE, NULL);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_strv_builder_add (names, (const char *) sqlite3_column_text (stmt, 0));
      g_strv_builder_add (sql, (const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  bulk->indexes = g_strv_builder_end (sql);
  dropped = g_strv_builder_end (names);
  if (rc != SQLITE_DONE)
    {
      kp_store_fail (self, error);
      kp_store_bulk_end (self, bulk, FALSE, NULL);
      return NULL;
    }
  for (guint i = 0; dropped[i] != NULL; i++)
    {
      g_autofree char *drop = g_strdup_printf ("DROP INDEX \"%s\"", dropped[i]);

      if (!kp_store_exec (self, drop, error))
        {
          kp_store_bulk_end (self, bulk, FALSE, NULL);
          return NULL;
        }
    }
  return bulk;
}

gboolean
kp_store_bulk_end (KpStore      *self,
                   KpStoreBulk  *bulk,
                   gboolean      recreate,
                   GError      **error)
{
  g_autofree char *cache = NULL;
  gboolean ok = TRUE;

  if (bulk == NULL)
    return TRUE;
  /* Building an index sorts its table: a second thread shares the sorting. */
  if (recreate && bulk->indexes != NULL && bulk->indexes[0] != NULL)
    kp_store_exec (self, "PRAGMA threads = 2", NULL);
  for (guint i = 0; recreate && ok && bulk->indexes != NULL && bulk->indexes[i] != NULL; i++)
    ok = kp_store_exec (self, bulk->indexes[i], error);
  cache = g_strdup_printf ("PRAGMA threads = 0; PRAGMA cache_size = %d", bulk->cache_size);
  kp_store_exec (self, cache, NULL);
  bulk_free (bulk);
  return ok;
}
