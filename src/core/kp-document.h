/* kp-document.h: one open project file: its lists of entities, its edits and their undo.
 *
 * Every edit is validated, written in its own SQLite transaction (autosave) and recorded
 * for undo. Several edits between kp_document_begin() and kp_document_end() form one
 * transaction and one undo step.
 */
#pragma once

#include <gio/gio.h>

#include "kp-entity.h"
#include "kp-entities.h"
#include "kp-hours-ledger.h"

G_BEGIN_DECLS

#define KP_DOCUMENT_ERROR (kp_document_error_quark ())

typedef enum
{
  KP_DOCUMENT_ERROR_READ_ONLY,
  KP_DOCUMENT_ERROR_NOTHING_TO_UNDO,
  KP_DOCUMENT_ERROR_NOT_IN_DOCUMENT,
  KP_DOCUMENT_ERROR_WRITE,
} KpDocumentError;

#define KP_TYPE_DOCUMENT (kp_document_get_type ())
G_DECLARE_FINAL_TYPE (KpDocument, kp_document, KP, DOCUMENT, GObject)

GQuark       kp_document_error_quark   (void);

KpDocument  *kp_document_create        (GFile               *file,
                                        GError             **error);
KpDocument  *kp_document_create_with_sql (GFile             *file,
                                        const char          *sql,
                                        GError             **error);
KpDocument  *kp_document_open          (GFile               *file,
                                        GError             **error);
void         kp_document_open_async    (GFile               *file,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
KpDocument  *kp_document_open_finish   (GAsyncResult        *result,
                                        GError             **error);

GFile       *kp_document_get_file      (KpDocument          *self);
char        *kp_document_dup_title     (KpDocument          *self);
gboolean     kp_document_get_read_only (KpDocument          *self);
/* Why the file opened read-only, or NULL. */
const char  *kp_document_get_read_only_reason (KpDocument   *self);
KpEntity    *kp_document_get_project   (KpDocument          *self);
GListModel  *kp_document_get_list      (KpDocument          *self,
                                        const KpEntityDesc  *desc);
KpEntity    *kp_document_lookup        (KpDocument          *self,
                                        const KpEntityDesc  *desc,
                                        gint64               id);
/* While "changed" is emitted: whether the change did nothing but set fields of entities of
 * @desc (no row added or deleted, nothing else touched); if so, their ids are added to
 * @ids, once for each edit of the row (a group may edit a row twice). Outside an
 * emission, FALSE. */
gboolean     kp_document_changed_fields (KpDocument         *self,
                                         const KpEntityDesc *desc,
                                         GArray             *ids);

/* Edits. A failed edit changes nothing and says why. */
gboolean     kp_document_set_value     (KpDocument          *self,
                                        KpEntity            *entity,
                                        const char          *field,
                                        const GValue        *value,
                                        GError             **error);
gboolean     kp_document_set_text      (KpDocument *self, KpEntity *entity, const char *field,
                                        const char *value, GError **error);
gboolean     kp_document_set_int       (KpDocument *self, KpEntity *entity, const char *field,
                                        gint64 value, GError **error);
gboolean     kp_document_set_real      (KpDocument *self, KpEntity *entity, const char *field,
                                        double value, GError **error);
gboolean     kp_document_set_date      (KpDocument *self, KpEntity *entity, const char *field,
                                        KpDate value, GError **error);
/* Its "start-date" and "end-date" as one edit, checked together: a move need not pass
 * through a span that ends before it starts. */
gboolean     kp_document_set_span      (KpDocument *self, KpEntity *entity, KpDate start,
                                        KpDate end, GError **error);
/* Adds a detached entity (from kp_entity_new()); on success it gets its id. */
gboolean     kp_document_add           (KpDocument          *self,
                                        KpEntity            *entity,
                                        GError             **error);
/* Called for each row of kp_document_add_many() that breaks a rule: its index in the array
 * and why (the callee may keep a copy of the error, not the error itself). */
typedef void (*KpDocumentRowErrorFunc) (guint         index,
                                        const GError *error,
                                        gpointer      user_data);
/* Adds detached entities of one kind, in order, as one edit (or within the open group):
 * all or none. Reports every failing row to on_error, returns the first error. */
gboolean     kp_document_add_many      (KpDocument          *self,
                                        GPtrArray           *entities,
                                        KpDocumentRowErrorFunc on_error,
                                        gpointer             user_data,
                                        GError             **error);
/* Removes the entity and everything that belongs to it (see kp_document_dependents()). */
gboolean     kp_document_remove        (KpDocument          *self,
                                        KpEntity            *entity,
                                        GError             **error);
/* The rows a removal would take along, for asking the user first (the array holds refs). */
GPtrArray   *kp_document_dependents    (KpDocument          *self,
                                        KpEntity            *entity);

void         kp_document_begin         (KpDocument          *self,
                                        const char          *label);
gboolean     kp_document_end           (KpDocument          *self,
                                        GError             **error);
void         kp_document_abort         (KpDocument          *self);

gboolean     kp_document_can_undo      (KpDocument          *self);
gboolean     kp_document_can_redo      (KpDocument          *self);
const char  *kp_document_get_undo_label (KpDocument         *self);
const char  *kp_document_get_redo_label (KpDocument         *self);
gboolean     kp_document_undo          (KpDocument          *self,
                                        GError             **error);
gboolean     kp_document_redo          (KpDocument          *self,
                                        GError             **error);

gboolean     kp_document_save_copy     (KpDocument          *self,
                                        GFile               *target,
                                        GError             **error);

/* Figures the validation rules need, kept up to date with every edit. */
KpPersonHours kp_document_person_hours (KpDocument          *self,
                                        const char          *person,
                                        KpDate               day);
KpEntity    *kp_document_find_same_key (KpDocument          *self,
                                        KpEntity            *candidate);

G_END_DECLS
