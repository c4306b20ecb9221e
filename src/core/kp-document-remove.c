/* kp-document-remove.c: deleting a row with everything that belongs to it, as one edit. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kp-document-private.h"
#include "kp-entity-list.h"

/* Post-order: everything that belongs to e comes before e. */
static void
collect_cascade (KpDocument *self,
                 KpEntity   *e,
                 GPtrArray  *doomed,
                 GHashTable *seen)
{
  const KpEntityDesc *target = kp_entity_get_desc (e);
  gint64 id = kp_entity_get_id (e);
  guint n_descs;
  const KpEntityDesc *const *descs = kp_entity_descs (&n_descs);

  if (!g_hash_table_add (seen, e))
    return;
  for (guint d = 0; d < n_descs; d++)
    for (guint f = 0; f < descs[d]->n_fields; f++)
      {
        const KpField *field = &descs[d]->fields[f];
        KpEntityList *list = KP_ENTITY_LIST (kp_document_get_list (self, descs[d]));

        if (field->kind != KP_FIELD_REF || field->target != target || !(field->flags & KP_FIELD_CASCADE))
          continue;
        for (guint i = 0, n = kp_entity_list_length (list); i < n; i++)
          {
            KpEntity *row = kp_entity_list_peek (list, i);

            if (kp_entity_peek (row, f)->i == id)
              collect_cascade (self, row, doomed, seen);
          }
      }
  g_ptr_array_add (doomed, e);
}

GPtrArray *
kp_document_dependents (KpDocument *self,
                        KpEntity   *entity)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) doomed = g_ptr_array_new ();
  GPtrArray *owned = g_ptr_array_new_with_free_func (g_object_unref);

  collect_cascade (self, entity, doomed, seen);
  /* The last is the entity itself; the caller keeps the others even once removed. */
  for (guint i = 0; i + 1 < doomed->len; i++)
    g_ptr_array_add (owned, g_object_ref (doomed->pdata[i]));
  return owned;
}

gboolean
kp_document_remove (KpDocument  *self,
                    KpEntity    *entity,
                    GError     **error)
{
  const KpEntityDesc *desc = kp_entity_get_desc (entity);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) doomed = g_ptr_array_new ();
  g_autofree char *label = NULL;
  GPtrArray *ops;
  guint n_descs;
  const KpEntityDesc *const *descs = kp_entity_descs (&n_descs);

  g_return_val_if_fail (!desc->singleton, FALSE);
  if (kp_document_refuse_edit (self, error) || !kp_document_check_member (self, entity, error))
    return FALSE;
  collect_cascade (self, entity, doomed, seen);
  ops = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_op_free);
  /* Rows that only point at a doomed row lose the reference first. */
  for (guint k = 0; k < doomed->len; k++)
    {
      KpEntity *gone = g_ptr_array_index (doomed, k);

      for (guint d = 0; d < n_descs; d++)
        for (guint f = 0; f < descs[d]->n_fields; f++)
          {
            const KpField *field = &descs[d]->fields[f];
            KpEntityList *list = KP_ENTITY_LIST (kp_document_get_list (self, descs[d]));
            KpValue none = { 0 };

            if (field->kind != KP_FIELD_REF || field->target != kp_entity_get_desc (gone) ||
                (field->flags & KP_FIELD_CASCADE))
              continue;
            for (guint i = 0, n = kp_entity_list_length (list); i < n; i++)
              {
                KpEntity *row = kp_entity_list_peek (list, i);

                if (kp_entity_peek (row, f)->i == kp_entity_get_id (gone) &&
                    !g_hash_table_contains (seen, row))
                  g_ptr_array_add (ops, kp_op_new_set (row, f, &none));
              }
          }
    }
  for (guint k = 0; k < doomed->len; k++)
    g_ptr_array_add (ops, kp_op_new_row (KP_OP_DELETE, g_ptr_array_index (doomed, k)));
  /* Translators: an undo step, e.g. "Delete Activity" */
  label = g_strdup_printf (_("Delete %s"), _(desc->label));
  return kp_document_run_ops (self, ops, label, error);
}

