/* kp-document-private.h: what the document's own files share. */
#pragma once

#include "kp-document.h"
#include "kp-store.h"

G_BEGIN_DECLS

typedef enum
{
  KP_OP_SET,
  KP_OP_INSERT,
  KP_OP_DELETE,
} KpOpKind;

/* One change of one row. A SET holds the field's old and new value; an INSERT or DELETE
 * holds a detached copy of the whole row. */
typedef struct
{
  KpOpKind kind;
  const KpEntityDesc *desc;
  gint64 id;
  guint field;
  KpValue old_value;
  KpValue new_value;
  KpEntity *row;
  KpEntity *live;   /* the caller's object, inserted the first time instead of a copy */
} KpOp;

/* One undo step: the ops of one edit or of one begin … end group. */
typedef struct
{
  char *label;
  GPtrArray *ops;
} KpCommand;

KpCommand *kp_command_new   (const char *label);
void       kp_command_free  (KpCommand  *command);
KpOp      *kp_op_new_set    (KpEntity   *entity,
                             guint       field,
                             const KpValue *new_value);
KpOp      *kp_op_new_row    (KpOpKind    kind,
                             KpEntity   *row);
void       kp_op_free       (KpOp       *op);

KpStore   *kp_document_get_store (KpDocument *self);
KpDocument *kp_document_new_for_store (KpStore  *store,
                                       GFile    *file,
                                       GError  **error);

G_END_DECLS
