/* kp-document-bulk.c: many rows as one edit, fast enough for imports of 200,000 rows. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kp-document-private.h"
#include "kp-validate.h"

/* From this many rows on, the table's indexes are built once at the end instead of with
 * every row. */
#define BULK_WITHOUT_INDEXES 5000

/* Rows go to SQLite in chunks of this many. */
#define WRITER_CHUNK 1024

/* The SQLite side of a batch. A big batch is written on a thread of its own while the
 * caller's thread checks the rows and adds them to the document; that is why the rows get
 * their ids before they are written. */
typedef struct
{
  KpStore *store;
  GThread *thread;       /* NULL: every row is written at once */
  GAsyncQueue *chunks;   /* GPtrArray of KpEntity (not owned); an empty one is the end */
  GPtrArray *chunk;      /* the one being filled */
  GError *error;         /* the first failure; no row is written after it */
} Writer;

static gpointer
write_chunks (gpointer data)
{
  Writer *w = data;

  for (;;)
    {
      g_autoptr(GPtrArray) chunk = g_async_queue_pop (w->chunks);

      if (chunk->len == 0)
        return NULL;
      if (w->error == NULL)
        kp_store_append (w->store, (KpEntity **) chunk->pdata, chunk->len, &w->error);
    }
}

static void
writer_start (Writer   *w,
              KpStore  *store,
              gboolean  threaded)
{
  *w = (Writer) { .store = store };
  if (!threaded)
    return;
  w->chunks = g_async_queue_new ();
  w->chunk = g_ptr_array_sized_new (WRITER_CHUNK);
  w->thread = g_thread_new ("kp-add-many", write_chunks, w);
}

/* FALSE when the row could not be written; a threaded writer tells at writer_finish(). The
 * entity must live until then. */
static gboolean
writer_write (Writer   *w,
              KpEntity *e)
{
  if (w->thread == NULL)
    return kp_store_append (w->store, &e, 1, &w->error);
  g_ptr_array_add (w->chunk, e);
  if (w->chunk->len == WRITER_CHUNK)
    {
      g_async_queue_push (w->chunks, w->chunk);
      w->chunk = g_ptr_array_sized_new (WRITER_CHUNK);
    }
  return TRUE;
}

/* Waits for every row to be written; returns the first failure, or NULL. */
static GError *
writer_finish (Writer *w)
{
  if (w->thread != NULL)
    {
      if (w->chunk->len > 0)
        g_async_queue_push (w->chunks, w->chunk);
      else
        g_ptr_array_unref (w->chunk);
      g_async_queue_push (w->chunks, g_ptr_array_new ());
      g_thread_join (w->thread);
      g_async_queue_unref (w->chunks);
    }
  return w->error;
}

/* Rules whose check reads the list itself (not an index) must see every earlier row. */
static gboolean
check_reads_list (const KpEntityDesc *desc)
{
  return desc->check == kp_check_unique_name || desc->check == kp_check_dependency;
}

/* Rules that look rows up by their identifying values. */
static gboolean
check_uses_keys (const KpEntityDesc *desc)
{
  return desc->check == kp_check_unique_pair || desc->check == kp_check_staffing ||
         desc->check == kp_check_headcount || desc->check == kp_check_dependency ||
         desc->check == kp_check_baseline_task;
}

/* Takes the rows of a failed kp_document_add_many() out of the indexes (and out of the
 * list, where a list-reading rule put them early) and leaves the entities detached. */
static void
forget (KpDocument         *self,
        const KpEntityDesc *desc,
        GPtrArray          *ops,
        GPtrArray          *entities)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (NULL, NULL);

  for (guint k = 0; k < ops->len; k++)
    {
      KpOp *op = ops->pdata[k];

      if (op->id == 0)
        continue;
      kp_document_detach (self, desc, op->id);
      g_hash_table_add (ids, GSIZE_TO_POINTER ((gsize) op->id));
    }
  kp_document_remove_from_list (self, desc, ids);
  for (guint i = 0; i < entities->len; i++)
    kp_entity_set_id (entities->pdata[i], 0);
}

static void
roll_back (KpDocument   *self,
           gboolean      grouped,
           KpStoreBulk  *bulk)
{
  KpStore *store = kp_document_get_store (self);

  if (grouped)
    kp_store_exec (store, "ROLLBACK TO bulk; RELEASE bulk", NULL);
  else
    kp_store_rollback (store);
  /* The rollback brought the indexes back; the page cache goes back by hand. */
  if (bulk != NULL)
    kp_store_bulk_end (store, bulk, FALSE, NULL);
}

gboolean
kp_document_add_many (KpDocument             *self,
                      GPtrArray              *entities,
                      KpDocumentRowErrorFunc  on_error,
                      gpointer                user_data,
                      GError                **error)
{
  KpStore *store = kp_document_get_store (self);
  const KpEntityDesc *desc;
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  KpStoreBulk *bulk = NULL;
  Writer writer;
  GError *first = NULL, *store_error;
  gint64 next_id;
  gboolean grouped = kp_document_in_group (self);
  guint failed = 0;

  if (entities->len == 0)
    return TRUE;
  desc = kp_entity_get_desc (entities->pdata[0]);
  for (guint i = 0; i < entities->len; i++)
    {
      g_return_val_if_fail (kp_entity_get_desc (entities->pdata[i]) == desc, FALSE);
      g_return_val_if_fail (kp_entity_get_id (entities->pdata[i]) == 0, FALSE);
    }
  g_return_val_if_fail (!desc->singleton, FALSE);
  if (kp_document_refuse_edit (self, error))
    return FALSE;
  kp_document_build_rule_indexes (self, desc, check_uses_keys (desc));
  if (!(grouped ? kp_store_exec (store, "SAVEPOINT bulk", error) : kp_store_begin (store, error)))
    return FALSE;
  if (entities->len >= BULK_WITHOUT_INDEXES &&
      (bulk = kp_store_bulk_begin (store, desc->table, error)) == NULL)
    {
      roll_back (self, grouped, NULL);
      return FALSE;
    }

  if (!kp_store_next_id (store, desc, &next_id, error))
    {
      roll_back (self, grouped, bulk);
      return FALSE;
    }

  ops = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_op_free);
  pending = g_ptr_array_new ();
  writer_start (&writer, store, bulk != NULL);
  for (guint i = 0; i < entities->len; i++)
    {
      KpEntity *e = entities->pdata[i];
      GError *row_error = NULL;
      KpOp *op;

      if (check_reads_list (desc) && pending->len > 0)
        {
          kp_document_append_to_list (self, desc, pending);
          g_ptr_array_set_size (pending, 0);
        }
      if (!kp_validate_entity (self, e, &row_error))
        {
          failed++;
          if (on_error != NULL)
            on_error (i, row_error, user_data);
          if (first == NULL)
            first = row_error;
          else
            g_error_free (row_error);
          continue;
        }
      kp_entity_set_id (e, next_id++);
      op = kp_op_new_insert_of (e);
      g_ptr_array_add (ops, op);
      if (!writer_write (&writer, op->row))
        break;
      op->id = kp_entity_get_id (e);
      kp_document_attach (self, e);
      g_ptr_array_add (pending, e);
    }
  if ((store_error = writer_finish (&writer)) != NULL)
    {
      /* The file, not the row, is at fault. */
      g_clear_error (&first);
      first = store_error;
      failed++;
    }

  if (failed > 0 || (bulk != NULL && !kp_store_bulk_end (store, g_steal_pointer (&bulk), TRUE, &first)) ||
      !(grouped ? kp_store_exec (store, "RELEASE bulk", &first) : kp_store_commit (store, &first)))
    {
      roll_back (self, grouped, bulk);
      forget (self, desc, ops, entities);
      g_propagate_error (error, first);
      return FALSE;
    }
  kp_document_append_to_list (self, desc, pending);
  {
    /* Translators: an undo step, e.g. "Add Time entries" */
    g_autofree char *label = g_strdup_printf (_("Add %s"), _(desc->plural));

    kp_document_record (self, g_steal_pointer (&ops), label);
  }
  return TRUE;
}
