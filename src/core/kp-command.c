/* kp-command.c: the recorded edits that undo and redo replay. */
#include "config.h"

#include "kp-document-private.h"

KpCommand *
kp_command_new (const char *label)
{
  KpCommand *command = g_new0 (KpCommand, 1);

  command->label = g_strdup (label);
  command->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_op_free);
  return command;
}

void
kp_command_free (KpCommand *command)
{
  g_ptr_array_unref (command->ops);
  g_free (command->label);
  g_free (command);
}

KpOp *
kp_op_new_set (KpEntity      *entity,
               guint          field,
               const KpValue *new_value)
{
  KpOp *op = g_new0 (KpOp, 1);
  const KpEntityDesc *desc = kp_entity_get_desc (entity);

  op->kind = KP_OP_SET;
  op->desc = desc;
  op->id = kp_entity_get_id (entity);
  op->field = field;
  kp_value_copy (desc->fields[field].kind, kp_entity_peek (entity, field), &op->old_value);
  kp_value_copy (desc->fields[field].kind, new_value, &op->new_value);
  return op;
}

KpOp *
kp_op_new_row (KpOpKind  kind,
               KpEntity *row)
{
  KpOp *op = g_new0 (KpOp, 1);

  op->kind = kind;
  op->desc = kp_entity_get_desc (row);
  op->id = kp_entity_get_id (row);
  op->row = kp_entity_dup (row);
  return op;
}

/* An INSERT whose row is the inserted entity itself, not a copy: for bulk inserts. It holds
 * because edits are undone in reverse order: whenever this insert is undone or redone, every
 * later change of the entity has been undone, so its values are those it was inserted with;
 * and a redo inserts a copy of it, so the entity itself never returns to the document. */
KpOp *
kp_op_new_insert_of (KpEntity *row)
{
  KpOp *op = g_new0 (KpOp, 1);

  op->kind = KP_OP_INSERT;
  op->desc = kp_entity_get_desc (row);
  op->row = g_object_ref (row);
  return op;
}

void
kp_op_free (KpOp *op)
{
  if (op->kind == KP_OP_SET)
    {
      kp_value_clear (op->desc->fields[op->field].kind, &op->old_value);
      kp_value_clear (op->desc->fields[op->field].kind, &op->new_value);
    }
  g_clear_object (&op->row);
  g_clear_object (&op->live);
  g_free (op);
}
