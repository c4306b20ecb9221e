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
KpOp      *kp_op_new_insert_of (KpEntity *row);
void       kp_op_free       (KpOp       *op);

KpStore   *kp_document_get_store (KpDocument *self);

/* For kp-document-bulk.c: the pieces of an edit that kp-document.c keeps to itself. */
/* Builds now the indexes the rules of desc read (its keys, when keys is TRUE), which are
 * otherwise built on first use, so that from here on they follow every row as it arrives. */
void       kp_document_build_rule_indexes (KpDocument         *self,
                                           const KpEntityDesc *desc,
                                           gboolean            keys);
/* TRUE, and why, when the document takes no edits now (read-only, or its group failed). */
gboolean   kp_document_refuse_edit      (KpDocument         *self,
                                         GError            **error);
gboolean   kp_document_in_group         (KpDocument         *self);
/* A row with its id into the id table and the indexes (not yet into its list), or out. */
void       kp_document_attach           (KpDocument         *self,
                                         KpEntity           *entity);
void       kp_document_detach           (KpDocument         *self,
                                         const KpEntityDesc *desc,
                                         gint64              id);
void       kp_document_append_to_list   (KpDocument         *self,
                                         const KpEntityDesc *desc,
                                         GPtrArray          *entities);
void       kp_document_remove_from_list (KpDocument         *self,
                                         const KpEntityDesc *desc,
                                         GHashTable         *ids);
/* Writes the ops (takes them) as one edit, or into the open group, and shows them. */
gboolean   kp_document_run_ops          (KpDocument         *self,
                                         GPtrArray          *ops,
                                         const char         *label,
                                         GError            **error);
/* FALSE, and why, when the entity is not (or no longer) a row of the document. */
gboolean   kp_document_check_member     (KpDocument         *self,
                                         KpEntity           *entity,
                                         GError            **error);
/* Records done ops (takes them) as one undo step, or into the open group. */
void       kp_document_record           (KpDocument         *self,
                                         GPtrArray          *ops,
                                         const char         *label);
KpDocument *kp_document_new_for_store (KpStore  *store,
                                       GFile    *file,
                                       GError  **error);

G_END_DECLS
