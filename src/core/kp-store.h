/* kp-store.h: the SQLite project file. Opening checks the file before anything is written
 * to it; every row is read and written through bound parameters. */
#pragma once

#include <sqlite3.h>

#include "kp-entity.h"

G_BEGIN_DECLS

#define KP_STORE_ERROR (kp_store_error_quark ())

typedef enum
{
  KP_STORE_ERROR_NOT_FOUND,
  KP_STORE_ERROR_PERMISSION,
  KP_STORE_ERROR_NOT_SQLITE,
  KP_STORE_ERROR_TRUNCATED,
  KP_STORE_ERROR_CORRUPT,
  KP_STORE_ERROR_FOREIGN,
  KP_STORE_ERROR_NEWER,
  KP_STORE_ERROR_EXISTS,
  KP_STORE_ERROR_IO,
  KP_STORE_ERROR_BUSY,
} KpStoreError;

#define KP_APPLICATION_ID 0x4B504C4E  /* "KPLN" */
#define KP_SCHEMA_VERSION 2

typedef enum
{
  KP_STORE_OPEN_EXISTING,
  /* As OPEN_EXISTING, for reading every row at once: when nothing has to be written first,
   * the integrity check runs on a second connection while the caller reads, and the file is
   * read through a memory map. kp_store_finish_loading() gives the check's verdict and ends
   * the map; call it before anything is written or shown. */
  KP_STORE_OPEN_FOR_LOADING,
  KP_STORE_CREATE,
} KpStoreMode;

GQuark    kp_store_error_quark  (void);

KpStore  *kp_store_open         (const char         *path,
                                 KpStoreMode         mode,
                                 GError            **error);
gboolean  kp_store_finish_loading (KpStore          *self,
                                   GError          **error);
void      kp_store_free         (KpStore            *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpStore, kp_store_free)

gboolean  kp_store_is_read_only (KpStore            *self);
/* Why the file opened read-only, or NULL. */
const char *kp_store_read_only_reason (KpStore      *self);
const char *kp_store_get_path   (KpStore            *self);
int       kp_store_get_version  (KpStore            *self);

gboolean  kp_store_begin        (KpStore            *self,
                                 GError            **error);
gboolean  kp_store_commit       (KpStore            *self,
                                 GError            **error);
void      kp_store_rollback     (KpStore            *self);
gboolean  kp_store_exec         (KpStore            *self,
                                 const char         *sql,
                                 GError            **error);

/* kp-store-load.c */
gboolean  kp_store_load_all     (KpStore            *self,
                                 GPtrArray         **rows,
                                 GError            **error);
/* Around inserting many rows of one table in the open transaction (kp-store-bulk.c):
 * without its own indexes, built once at the end, and with a bigger page cache. End it
 * without recreate when the transaction is rolled back, which brings the indexes back. */
typedef struct _KpStoreBulk KpStoreBulk;

KpStoreBulk *kp_store_bulk_begin (KpStore            *self,
                                  const char         *table,
                                  GError            **error);
/* Frees bulk. */
gboolean  kp_store_bulk_end     (KpStore            *self,
                                 KpStoreBulk        *bulk,
                                 gboolean            recreate,
                                 GError            **error);
/* For the store's own files: the connection, and an error from its last failure. */
sqlite3  *kp_store_get_db       (KpStore            *self);
gboolean  kp_store_fail         (KpStore            *self,
                                 GError            **error);
/* Inserts with the entity's id when it has one, else gives it the id SQLite chooses. */
gboolean  kp_store_insert       (KpStore            *self,
                                 KpEntity           *entity,
                                 GError            **error);
/* Inserts entities of one kind whose ids were given them in order from kp_store_next_id(),
 * with nothing else inserted into their table since. Writes nothing into the entities, so
 * other threads may read them meanwhile. */
gboolean  kp_store_append       (KpStore            *self,
                                 KpEntity          **entities,
                                 guint               n,
                                 GError            **error);
/* Whether a store (of this process or another) has the file open for editing. */
gboolean  kp_store_is_in_use    (const char         *path);
/* The id SQLite would choose for the next row of a kind: one above the highest. */
gboolean  kp_store_next_id      (KpStore            *self,
                                 const KpEntityDesc *desc,
                                 gint64             *id,
                                 GError            **error);
gboolean  kp_store_update       (KpStore            *self,
                                 const KpEntityDesc *desc,
                                 gint64              id,
                                 guint               field,
                                 const KpValue      *value,
                                 GError            **error);
gboolean  kp_store_delete       (KpStore            *self,
                                 const KpEntityDesc *desc,
                                 gint64              id,
                                 GError            **error);
gboolean  kp_store_copy_to      (KpStore            *self,
                                 const char         *path,
                                 GError            **error);

/* Integrity, schema version and rows per entity of a file, for --check. */
gboolean  kp_store_check        (const char         *path,
                                 GString            *report,
                                 GError            **error);

G_END_DECLS
