/* kp-document-bulk.c: many rows as one edit, fast enough for imports of 200,000 rows. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kp-document-private.h"
#include "kp-validate.h"

/* From this many rows on, the table's indexes are built once at the end instead of with
 * every row. */
#define BULK_WITHOUT_INDEXES 5000

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
  GError *first = NULL;
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
  /* The indexes the rules use are built from the list on first use; build them now, so
   * that from here on they follow every row as it arrives. */
  if (check_uses_keys (desc))
    kp_document_find_same_key (self, entities->pdata[0]);
  if (desc == &kp_desc_time_entry)
    kp_document_person_hours (self, "", KP_DATE_NONE);
  if (!(grouped ? kp_store_exec (store, "SAVEPOINT bulk", error) : kp_store_begin (store, error)))
    return FALSE;
  if (entities->len >= BULK_WITHOUT_INDEXES &&
      (bulk = kp_store_bulk_begin (store, desc->table, error)) == NULL)
    {
      roll_back (self, grouped, NULL);
      return FALSE;
    }

  ops = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_op_free);
  pending = g_ptr_array_new ();
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
      op = kp_op_new_insert_of (e);
      g_ptr_array_add (ops, op);
      if (!kp_store_insert (store, op->row, &row_error))
        {
          /* The file, not the row, is at fault: stop here. */
          g_clear_error (&first);
          first = row_error;
          failed++;
          break;
        }
      op->id = kp_entity_get_id (op->row);
      kp_entity_set_id (e, op->id);
      kp_document_attach (self, e);
      g_ptr_array_add (pending, e);
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
