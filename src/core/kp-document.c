/* kp-document.c: an open project: lists of entities, validated edits, autosave and undo. */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "kp-date.h"
#include "kp-document-private.h"
#include "kp-entity-list.h"
#include "kp-hours-ledger.h"
#include "kp-validate.h"

struct _KpDocument
{
  GObject parent_instance;

  KpStore *store;
  GFile *file;
  KpEntityList *lists[KP_N_ENTITIES];
  GHashTable *by_id[KP_N_ENTITIES];  /* id → entity, owned by the list; see ids_of() */
  GHashTable *keys[KP_N_ENTITIES];   /* built on demand: identifying fields → entity */
  KpHoursLedger *hours;              /* built on demand: hours per person, day and year */

  GPtrArray *undo;                   /* KpCommand; [0, undo_pos) done, the rest redoable */
  guint undo_pos;
  KpCommand *group;
  guint group_depth;
  GError *group_error;
  GPtrArray *changing;               /* KpOp, while "changed" is emitted */
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_READ_ONLY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KpDocument, kp_document, G_TYPE_OBJECT)
G_DEFINE_QUARK (kp-document-error-quark, kp_document_error)

#define ID_KEY(id) GSIZE_TO_POINTER ((gsize) (id))

/* The index of a kind's rows by id, made when first needed: a file's time entries run to
 * hundreds of thousands, and most sessions look few of them up by id. */
static GHashTable *
ids_of (KpDocument *self,
        guint       d)
{
  if (self->by_id[d] == NULL)
    {
      KpEntityList *list = self->lists[d];

      self->by_id[d] = g_hash_table_new (NULL, NULL);
      for (guint i = 0, n = kp_entity_list_length (list); i < n; i++)
        {
          KpEntity *e = kp_entity_list_peek (list, i);

          g_hash_table_insert (self->by_id[d], ID_KEY (kp_entity_get_id (e)), e);
        }
    }
  return self->by_id[d];
}

/* ---- indexes ------------------------------------------------------------------------- */

static gboolean
is_key_field (const KpField *f)
{
  return f->kind == KP_FIELD_REF || f->kind == KP_FIELD_CHOICE || f->kind == KP_FIELD_PERIOD;
}

static char *
key_of (KpEntity *e)
{
  const KpEntityDesc *desc = kp_entity_get_desc (e);
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < desc->n_fields; i++)
    {
      const KpField *f = &desc->fields[i];
      const KpValue *v = kp_entity_peek (e, i);

      if (!is_key_field (f))
        continue;
      if (f->kind == KP_FIELD_REF)
        g_string_append_printf (key, "%" G_GINT64_FORMAT "\x1f", v->i);
      else
        g_string_append_printf (key, "%s\x1f", v->s);
    }
  return g_string_free (key, FALSE);
}

/* Keeps the on-demand indexes in step; sign is +1 when e arrives, -1 when it leaves. */
static void
index_derived (KpDocument *self,
               KpEntity   *e,
               int         sign)
{
  const KpEntityDesc *desc = kp_entity_get_desc (e);

  if (self->keys[desc->index] != NULL)
    {
      char *key = key_of (e);

      if (sign > 0)
        g_hash_table_insert (self->keys[desc->index], key, e);
      else
        {
          if (g_hash_table_lookup (self->keys[desc->index], key) == e)
            g_hash_table_remove (self->keys[desc->index], key);
          g_free (key);
        }
    }
  if (desc == &kp_desc_time_entry && self->hours != NULL)
    kp_hours_ledger_add (self->hours, e, sign);
}

/* The indexes the rules read, a table's keys and each person's hours, are built from the
 * lists when first asked for; from then on index_derived() keeps them in step. */
static GHashTable *
keys_of (KpDocument         *self,
         const KpEntityDesc *desc)
{
  if (self->keys[desc->index] == NULL)
    {
      KpEntityList *list = self->lists[desc->index];

      self->keys[desc->index] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0, n = kp_entity_list_length (list); i < n; i++)
        {
          KpEntity *e = kp_entity_list_peek (list, i);

          g_hash_table_insert (self->keys[desc->index], key_of (e), e);
        }
    }
  return self->keys[desc->index];
}

static KpHoursLedger *
hours_of (KpDocument *self)
{
  if (self->hours == NULL)
    {
      KpEntityList *list = self->lists[KP_ENTITY_time_entry];

      self->hours = kp_hours_ledger_new ();
      for (guint i = 0, n = kp_entity_list_length (list); i < n; i++)
        kp_hours_ledger_add (self->hours, kp_entity_list_peek (list, i), 1);
    }
  return self->hours;
}

void
kp_document_build_rule_indexes (KpDocument         *self,
                                const KpEntityDesc *desc,
                                gboolean            keys)
{
  if (keys)
    keys_of (self, desc);
  if (desc == &kp_desc_time_entry)
    hours_of (self);
}

KpEntity *
kp_document_find_same_key (KpDocument *self,
                           KpEntity   *candidate)
{
  g_autofree char *key = key_of (candidate);
  KpEntity *found = g_hash_table_lookup (keys_of (self, kp_entity_get_desc (candidate)), key);

  if (found != NULL && kp_entity_get_id (found) == kp_entity_get_id (candidate))
    return NULL;
  return found;
}

KpPersonHours
kp_document_person_hours (KpDocument *self,
                          const char *person,
                          KpDate      day)
{
  return kp_hours_ledger_get (hours_of (self), person, day);
}

/* ---- applying ops -------------------------------------------------------------------- */

static gboolean
sql_op (KpDocument *self,
        KpOp       *op,
        gboolean    forward,
        GError    **error)
{
  KpOpKind kind = op->kind;

  if (!forward && kind != KP_OP_SET)
    kind = kind == KP_OP_INSERT ? KP_OP_DELETE : KP_OP_INSERT;
  switch (kind)
    {
    case KP_OP_SET:
      return kp_store_update (self->store, op->desc, op->id, op->field,
                              forward ? &op->new_value : &op->old_value, error);
    case KP_OP_INSERT:
      if (!kp_store_insert (self->store, op->row, error))
        return FALSE;
      op->id = kp_entity_get_id (op->row);
      if (op->live != NULL)
        kp_entity_set_id (op->live, op->id);
      return TRUE;
    case KP_OP_DELETE:
    default:
      return kp_store_delete (self->store, op->desc, op->id, error);
    }
}

static gboolean
sql_apply (KpDocument *self,
           GPtrArray  *ops,
           gboolean    forward,
           GError    **error)
{
  for (guint k = 0; k < ops->len; k++)
    {
      KpOp *op = g_ptr_array_index (ops, forward ? k : ops->len - 1 - k);

      if (!sql_op (self, op, forward, error))
        return FALSE;
    }
  return TRUE;
}

static void
mem_insert (KpDocument *self,
            KpOp       *op,
            GPtrArray  *batch)
{
  KpEntity *e = op->live != NULL ? g_steal_pointer (&op->live) : kp_entity_dup (op->row);

  g_hash_table_insert (ids_of (self, op->desc->index), ID_KEY (op->id), e);
  index_derived (self, e, 1);
  g_ptr_array_add (batch, e);
}

static void
flush_inserts (KpDocument         *self,
               const KpEntityDesc *desc,
               GPtrArray          *batch)
{
  kp_entity_list_take (self->lists[desc->index], batch);
}

/* Removes every listed id from the desc's list in one pass, in contiguous splices. */
static void
flush_removals (KpDocument         *self,
                const KpEntityDesc *desc,
                GHashTable         *ids)
{
  KpEntityList *list = self->lists[desc->index];
  guint n = kp_entity_list_length (list);
  guint run_end = 0, run_len = 0;

  if (g_hash_table_size (ids) == 0)
    return;
  for (guint i = n; i-- > 0;)
    {
      gboolean gone = g_hash_table_contains (ids, ID_KEY (kp_entity_get_id (kp_entity_list_peek (list, i))));

      if (gone)
        {
          if (run_len == 0)
            run_end = i + 1;
          run_len++;
        }
      if ((!gone || i == 0) && run_len > 0)
        {
          kp_entity_list_splice (self->lists[desc->index], run_end - run_len, run_len, NULL, 0);
          run_len = 0;
        }
    }
  g_hash_table_remove_all (ids);
}

static void
mem_remove (KpDocument *self,
            KpOp       *op,
            GHashTable *ids)
{
  KpEntity *e = g_hash_table_lookup (ids_of (self, op->desc->index), ID_KEY (op->id));

  g_assert (e != NULL);
  index_derived (self, e, -1);
  g_hash_table_remove (ids_of (self, op->desc->index), ID_KEY (op->id));
  g_hash_table_add (ids, ID_KEY (op->id));
}

static void
mem_set (KpDocument    *self,
         KpOp          *op,
         const KpValue *value)
{
  KpEntity *e = g_hash_table_lookup (ids_of (self, op->desc->index), ID_KEY (op->id));

  g_assert (e != NULL);
  index_derived (self, e, -1);
  kp_entity_poke (e, op->field, value);
  index_derived (self, e, 1);
}

/* Applies ops to the lists, batching runs of inserts or removals of one entity kind so
 * that a thousand rows cost one list change, not a thousand. */
static void
mem_apply (KpDocument *self,
           GPtrArray  *ops,
           gboolean    forward)
{
  g_autoptr(GPtrArray) inserts = g_ptr_array_new_with_free_func (g_object_unref);  /* owned; the list takes them over */
  g_autoptr(GHashTable) removals = g_hash_table_new (NULL, NULL);
  const KpEntityDesc *pending = NULL;

  for (guint k = 0; k < ops->len; k++)
    {
      KpOp *op = g_ptr_array_index (ops, forward ? k : ops->len - 1 - k);
      KpOpKind kind = op->kind;

      if (!forward && kind != KP_OP_SET)
        kind = kind == KP_OP_INSERT ? KP_OP_DELETE : KP_OP_INSERT;
      if (pending != NULL && (pending != op->desc || kind == KP_OP_SET ||
                              (kind == KP_OP_INSERT) != (inserts->len > 0)))
        {
          flush_inserts (self, pending, inserts);
          flush_removals (self, pending, removals);
          pending = NULL;
        }
      switch (kind)
        {
        case KP_OP_SET:
          mem_set (self, op, forward ? &op->new_value : &op->old_value);
          break;
        case KP_OP_INSERT:
          mem_insert (self, op, inserts);
          pending = op->desc;
          break;
        case KP_OP_DELETE:
        default:
          mem_remove (self, op, removals);
          pending = op->desc;
          break;
        }
    }
  if (pending != NULL)
    {
      flush_inserts (self, pending, inserts);
      flush_removals (self, pending, removals);
    }
}

static void
notify_undo_state (KpDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Tells the listeners, who may ask what the change was (kp_document_changed_fields). */
static void
emit_changed (KpDocument *self,
              GPtrArray  *ops)
{
  GPtrArray *outer = self->changing;

  /* A listener's own edit could drop a redoable command, ops and all. */
  self->changing = g_ptr_array_ref (ops);
  g_signal_emit (self, signals[CHANGED], 0);
  g_ptr_array_unref (self->changing);
  self->changing = outer;
}

gboolean
kp_document_changed_fields (KpDocument         *self,
                            const KpEntityDesc *desc,
                            GArray             *ids)
{
  g_return_val_if_fail (KP_IS_DOCUMENT (self), FALSE);

  if (self->changing == NULL)
    return FALSE;
  for (guint i = 0; i < self->changing->len; i++)
    {
      const KpOp *op = self->changing->pdata[i];

      if (op->kind != KP_OP_SET || op->desc != desc)
        return FALSE;
    }
  for (guint i = 0; i < self->changing->len; i++)
    {
      gint64 id = ((const KpOp *) self->changing->pdata[i])->id;

      /* The fields of one row, set in one edit, come together: its id once. */
      if (ids->len == 0 || g_array_index (ids, gint64, ids->len - 1) != id)
        g_array_append_val (ids, id);
    }
  return TRUE;
}

static void
push_command (KpDocument *self,
              KpCommand  *command)
{
  g_ptr_array_set_size (self->undo, self->undo_pos);
  g_ptr_array_add (self->undo, command);
  self->undo_pos = self->undo->len;
  notify_undo_state (self);
}

static gboolean
refuse_read_only (KpDocument *self,
                  GError    **error)
{
  if (!kp_store_is_read_only (self->store))
    return FALSE;
  g_set_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_READ_ONLY,
               _("The project is open read-only: %s"), kp_store_read_only_reason (self->store));
  return TRUE;
}

/* Writes one edit (its own transaction, or a savepoint inside a group), then shows it. */
gboolean
kp_document_run_ops (KpDocument *self,
                     GPtrArray  *ops,
                     const char *label,
                     GError    **error)
{
  gboolean grouped = self->group != NULL;

  if (grouped && self->group_error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->group_error));
      g_ptr_array_unref (ops);
      return FALSE;
    }
  if (!(grouped ? kp_store_exec (self->store, "SAVEPOINT edit", error)
                : kp_store_begin (self->store, error)))
    {
      g_ptr_array_unref (ops);
      return FALSE;
    }
  if (!sql_apply (self, ops, TRUE, error) ||
      (!grouped && !kp_store_commit (self->store, error)))
    {
      if (grouped)
        kp_store_exec (self->store, "ROLLBACK TO edit; RELEASE edit", NULL);
      else
        kp_store_rollback (self->store);
      g_ptr_array_unref (ops);
      return FALSE;
    }
  if (grouped)
    kp_store_exec (self->store, "RELEASE edit", NULL);
  mem_apply (self, ops, TRUE);
  if (grouped)
    {
      g_ptr_array_extend_and_steal (self->group->ops, ops);
    }
  else
    {
      KpCommand *command = kp_command_new (label);

      g_ptr_array_extend_and_steal (command->ops, ops);
      push_command (self, command);
      emit_changed (self, command->ops);
    }
  return TRUE;
}

gboolean
kp_document_check_member (KpDocument *self,
                          KpEntity   *entity,
                          GError    **error)
{
  const KpEntityDesc *desc = kp_entity_get_desc (entity);

  if (g_hash_table_lookup (ids_of (self, desc->index), ID_KEY (kp_entity_get_id (entity))) == entity)
    return TRUE;
  g_set_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_NOT_IN_DOCUMENT,
               _("This %s has been deleted."), _(desc->label));
  return FALSE;
}

/* ---- public edits -------------------------------------------------------------------- */

/* Sets @n fields (at most 2) as one edit, checked whole. */
static gboolean
set_fields (KpDocument   *self,
            KpEntity     *entity,
            guint         n,
            const int    *indexes,
            const GValue *values,
            const char   *label,
            GError      **error)
{
  const KpEntityDesc *desc = kp_entity_get_desc (entity);
  g_autoptr(KpEntity) candidate = NULL;
  GPtrArray *ops = NULL;
  KpValue v[2] = { { 0 } };
  gboolean differs[2] = { FALSE, FALSE }, changed = FALSE, ok = TRUE;

  g_return_val_if_fail (n <= G_N_ELEMENTS (v), FALSE);
  if (refuse_read_only (self, error) || !kp_document_check_member (self, entity, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      kp_value_from_gvalue (&desc->fields[indexes[i]], &values[i], &v[i]);
      differs[i] = !kp_value_equal (desc->fields[indexes[i]].kind, &v[i], kp_entity_peek (entity, indexes[i]));
      changed |= differs[i];
    }
  if (changed)
    {
      candidate = kp_entity_dup (entity);
      for (guint i = 0; i < n; i++)
        kp_entity_poke (candidate, indexes[i], &v[i]);
      ok = kp_validate_entity (self, candidate, error);
    }
  if (changed && ok)
    {
      ops = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_op_free);
      for (guint i = 0; i < n; i++)
        if (differs[i])
          g_ptr_array_add (ops, kp_op_new_set (entity, indexes[i], &v[i]));
    }
  for (guint i = 0; i < n; i++)
    kp_value_clear (desc->fields[indexes[i]].kind, &v[i]);
  return ops != NULL ? kp_document_run_ops (self, ops, label, error) : ok;
}

gboolean
kp_document_set_value (KpDocument   *self,
                       KpEntity     *entity,
                       const char   *field,
                       const GValue *value,
                       GError      **error)
{
  const KpEntityDesc *desc = kp_entity_get_desc (entity);
  int index = kp_entity_desc_field_index (desc, field);
  g_autofree char *label = NULL;

  g_return_val_if_fail (index >= 0, FALSE);
  /* Translators: an undo step, e.g. "Change Start date" */
  label = g_strdup_printf (_("Change %s"), _(desc->fields[index].label));
  return set_fields (self, entity, 1, &index, value, label, error);
}

gboolean
kp_document_set_span (KpDocument *self,
                      KpEntity   *entity,
                      KpDate      start,
                      KpDate      end,
                      GError    **error)
{
  const KpEntityDesc *desc = kp_entity_get_desc (entity);
  int indexes[2] = { kp_entity_desc_field_index (desc, "start-date"), kp_entity_desc_field_index (desc, "end-date") };
  GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };

  g_return_val_if_fail (indexes[0] >= 0 && indexes[1] >= 0, FALSE);
  g_value_set_int (g_value_init (&values[0], G_TYPE_INT), start);
  g_value_set_int (g_value_init (&values[1], G_TYPE_INT), end);
  /* Translators: an undo step */
  return set_fields (self, entity, 2, indexes, values, _("Change Dates"), error);
}

#define DEFINE_SETTER(fn, ctype, gtype, setter) \
  gboolean fn (KpDocument *self, KpEntity *entity, const char *field, ctype value, GError **error) \
  { \
    g_auto(GValue) gv = G_VALUE_INIT; \
    g_value_init (&gv, gtype); \
    setter (&gv, value); \
    return kp_document_set_value (self, entity, field, &gv, error); \
  }

DEFINE_SETTER (kp_document_set_text, const char *, G_TYPE_STRING, g_value_set_string)
DEFINE_SETTER (kp_document_set_int, gint64, G_TYPE_INT64, g_value_set_int64)
DEFINE_SETTER (kp_document_set_real, double, G_TYPE_DOUBLE, g_value_set_double)
DEFINE_SETTER (kp_document_set_date, KpDate, G_TYPE_INT, g_value_set_int)

gboolean
kp_document_add (KpDocument  *self,
                 KpEntity    *entity,
                 GError     **error)
{
  const KpEntityDesc *desc = kp_entity_get_desc (entity);
  g_autofree char *label = NULL;
  GPtrArray *ops;
  KpOp *op;

  g_return_val_if_fail (kp_entity_get_id (entity) == 0, FALSE);
  g_return_val_if_fail (!desc->singleton, FALSE);
  if (refuse_read_only (self, error) || !kp_validate_entity (self, entity, error))
    return FALSE;
  op = kp_op_new_row (KP_OP_INSERT, entity);
  op->live = g_object_ref (entity);
  ops = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_op_free);
  g_ptr_array_add (ops, op);
  /* Translators: an undo step, e.g. "Add Activity" */
  label = g_strdup_printf (_("Add %s"), _(desc->label));
  return kp_document_run_ops (self, ops, label, error);
}

void
kp_document_begin (KpDocument *self,
                   const char *label)
{
  if (self->group_depth++ > 0)
    return;
  self->group = kp_command_new (label);
  if (!refuse_read_only (self, &self->group_error))
    kp_store_begin (self->store, &self->group_error);
}

static void
close_group (KpDocument *self,
             gboolean    keep)
{
  KpCommand *group = g_steal_pointer (&self->group);

  self->group_depth = 0;
  g_clear_error (&self->group_error);
  if (!keep)
    {
      kp_store_rollback (self->store);
      mem_apply (self, group->ops, FALSE);
    }
  emit_changed (self, group->ops);
  if (keep && group->ops->len > 0)
    push_command (self, group);
  else
    kp_command_free (group);
}

gboolean
kp_document_end (KpDocument  *self,
                 GError     **error)
{
  g_return_val_if_fail (self->group_depth > 0, FALSE);
  if (--self->group_depth > 0)
    return TRUE;
  if (self->group_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->group_error));
      close_group (self, FALSE);
      return FALSE;
    }
  if (!kp_store_commit (self->store, error))
    {
      close_group (self, FALSE);
      return FALSE;
    }
  close_group (self, TRUE);
  return TRUE;
}

void
kp_document_abort (KpDocument *self)
{
  g_return_if_fail (self->group_depth > 0);
  close_group (self, FALSE);
}

/* ---- undo ---------------------------------------------------------------------------- */

gboolean
kp_document_can_undo (KpDocument *self)
{
  return self->undo_pos > 0 && self->group == NULL;
}

gboolean
kp_document_can_redo (KpDocument *self)
{
  return self->undo_pos < self->undo->len && self->group == NULL;
}

const char *
kp_document_get_undo_label (KpDocument *self)
{
  return self->undo_pos > 0 ? ((KpCommand *) self->undo->pdata[self->undo_pos - 1])->label : NULL;
}

const char *
kp_document_get_redo_label (KpDocument *self)
{
  return self->undo_pos < self->undo->len ? ((KpCommand *) self->undo->pdata[self->undo_pos])->label : NULL;
}

static gboolean
replay (KpDocument *self,
        KpCommand  *command,
        gboolean    forward,
        GError    **error)
{
  if (refuse_read_only (self, error) || !kp_store_begin (self->store, error))
    return FALSE;
  if (!sql_apply (self, command->ops, forward, error) || !kp_store_commit (self->store, error))
    {
      kp_store_rollback (self->store);
      return FALSE;
    }
  mem_apply (self, command->ops, forward);
  return TRUE;
}

gboolean
kp_document_undo (KpDocument  *self,
                  GError     **error)
{
  if (!kp_document_can_undo (self))
    {
      g_set_error_literal (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_NOTHING_TO_UNDO,
                           _("There is nothing to undo."));
      return FALSE;
    }
  if (!replay (self, self->undo->pdata[self->undo_pos - 1], FALSE, error))
    return FALSE;
  self->undo_pos--;
  notify_undo_state (self);
  emit_changed (self, ((KpCommand *) self->undo->pdata[self->undo_pos])->ops);
  return TRUE;
}

gboolean
kp_document_redo (KpDocument  *self,
                  GError     **error)
{
  if (!kp_document_can_redo (self))
    {
      g_set_error_literal (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_NOTHING_TO_UNDO,
                           _("There is nothing to redo."));
      return FALSE;
    }
  if (!replay (self, self->undo->pdata[self->undo_pos], TRUE, error))
    return FALSE;
  self->undo_pos++;
  notify_undo_state (self);
  emit_changed (self, ((KpCommand *) self->undo->pdata[self->undo_pos - 1])->ops);
  return TRUE;
}

/* ---- the object ---------------------------------------------------------------------- */

static void
kp_document_finalize (GObject *object)
{
  KpDocument *self = KP_DOCUMENT (object);

  if (self->group != NULL)
    close_group (self, FALSE);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  for (guint i = 0; i < KP_N_ENTITIES; i++)
    {
      g_clear_pointer (&self->keys[i], g_hash_table_unref);
      g_clear_pointer (&self->by_id[i], g_hash_table_unref);
      g_clear_object (&self->lists[i]);
    }
  g_clear_pointer (&self->hours, kp_hours_ledger_free);
  g_clear_pointer (&self->store, kp_store_free);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (kp_document_parent_class)->finalize (object);
}

static void
kp_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KpDocument *self = KP_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kp_document_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, kp_document_can_redo (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, kp_document_get_read_only (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_document_class_init (KpDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kp_document_finalize;
  object_class->get_property = kp_document_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted once after every edit, group, undo and redo. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kp_document_init (KpDocument *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_command_free);
}

KpDocument *
kp_document_new_for_store (KpStore  *store,
                           GFile    *file,
                           GError  **error)
{
  g_autoptr(KpDocument) self = g_object_new (KP_TYPE_DOCUMENT, NULL);
  guint n_descs;
  const KpEntityDesc *const *descs = kp_entity_descs (&n_descs);
  GPtrArray *rows[KP_N_ENTITIES];

  self->file = g_object_ref (file);
  for (guint d = 0; d < n_descs; d++)
    self->lists[d] = kp_entity_list_new (kp_entity_type_for (descs[d]));
  if (!kp_store_load_all (store, rows, error))
    return NULL;
  for (guint d = 0; d < n_descs; d++)
    {
      kp_entity_list_take (self->lists[d], rows[d]);
      g_ptr_array_unref (rows[d]);
    }
  if (kp_entity_list_length (self->lists[KP_ENTITY_project]) != 1)
    {
      g_autofree char *name = g_file_get_basename (file);

      g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: it holds no project."), name);
      return NULL;
    }
  /* Only now: on failure the caller still owns the store and frees it. */
  self->store = store;
  return g_steal_pointer (&self);
}

KpStore *
kp_document_get_store (KpDocument *self)
{
  return self->store;
}

GFile *
kp_document_get_file (KpDocument *self)
{
  return self->file;
}

char *
kp_document_dup_title (KpDocument *self)
{
  const char *title = kp_entity_get_text (kp_document_get_project (self), "title");

  return *title ? g_strdup (title) : g_file_get_basename (self->file);
}

gboolean
kp_document_get_read_only (KpDocument *self)
{
  return kp_store_is_read_only (self->store);
}

const char *
kp_document_get_read_only_reason (KpDocument *self)
{
  return kp_store_read_only_reason (self->store);
}

KpEntity *
kp_document_get_project (KpDocument *self)
{
  return kp_entity_list_peek (self->lists[KP_ENTITY_project], 0);  /* the list keeps it alive */
}

GListModel *
kp_document_get_list (KpDocument         *self,
                      const KpEntityDesc *desc)
{
  return G_LIST_MODEL (self->lists[desc->index]);
}

KpEntity *
kp_document_lookup (KpDocument         *self,
                    const KpEntityDesc *desc,
                    gint64              id)
{
  return g_hash_table_lookup (ids_of (self, desc->index), ID_KEY (id));
}

/* ---- for kp-document-bulk.c ---------------------------------------------------------- */

gboolean
kp_document_refuse_edit (KpDocument  *self,
                         GError     **error)
{
  if (refuse_read_only (self, error))
    return TRUE;
  if (self->group != NULL && self->group_error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->group_error));
      return TRUE;
    }
  return FALSE;
}

gboolean
kp_document_in_group (KpDocument *self)
{
  return self->group != NULL;
}

void
kp_document_attach (KpDocument *self,
                    KpEntity   *entity)
{
  const KpEntityDesc *desc = kp_entity_get_desc (entity);

  g_hash_table_insert (ids_of (self, desc->index), ID_KEY (kp_entity_get_id (entity)), entity);
  index_derived (self, entity, 1);
}

void
kp_document_detach (KpDocument         *self,
                    const KpEntityDesc *desc,
                    gint64              id)
{
  KpEntity *e = g_hash_table_lookup (ids_of (self, desc->index), ID_KEY (id));

  if (e == NULL)
    return;
  index_derived (self, e, -1);
  g_hash_table_remove (ids_of (self, desc->index), ID_KEY (id));
}

void
kp_document_append_to_list (KpDocument         *self,
                            const KpEntityDesc *desc,
                            GPtrArray          *entities)
{
  kp_entity_list_splice (self->lists[desc->index], kp_entity_list_length (self->lists[desc->index]), 0,
                         (KpEntity **) entities->pdata, entities->len);
}

void
kp_document_remove_from_list (KpDocument         *self,
                              const KpEntityDesc *desc,
                              GHashTable         *ids)
{
  flush_removals (self, desc, ids);
}

void
kp_document_record (KpDocument *self,
                    GPtrArray  *ops,
                    const char *label)
{
  if (self->group != NULL)
    g_ptr_array_extend_and_steal (self->group->ops, ops);
  else
    {
      KpCommand *command = kp_command_new (label);

      g_ptr_array_extend_and_steal (command->ops, ops);
      push_command (self, command);
      emit_changed (self, command->ops);
    }
}
