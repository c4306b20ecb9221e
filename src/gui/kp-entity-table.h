/* kp-entity-table.h: the rows of one entity kind as an editable, sortable, searchable table.
 * Every edit, addition and removal goes through the document, so it is validated, saved
 * at once and undoable. */
#pragma once

#include <gtk/gtk.h>

#include "kp-document.h"

G_BEGIN_DECLS

#define KP_TYPE_ENTITY_TABLE (kp_entity_table_get_type ())
G_DECLARE_FINAL_TYPE (KpEntityTable, kp_entity_table, KP, ENTITY_TABLE, GtkWidget)

KpEntityTable *kp_entity_table_new          (const KpEntityDesc *desc,
                                             const char *const  *fields);
void           kp_entity_table_set_document (KpEntityTable      *self,
                                             KpDocument         *document);
/* Rows the table shows besides the search, e.g. those of one unit; NULL for all. */
void           kp_entity_table_set_filter   (KpEntityTable      *self,
                                             GtkFilter          *filter);
/* Values every new row gets, e.g. the unit the table shows; a copy is kept. */
void           kp_entity_table_set_preset   (KpEntityTable      *self,
                                             const char         *field,
                                             const GValue       *value);
GListModel    *kp_entity_table_get_rows     (KpEntityTable      *self);
/* Adds a draft row as the Add button does; for keyboard users and tests. */
gboolean       kp_entity_table_add          (KpEntityTable      *self,
                                             KpEntity           *draft,
                                             GError            **error);

G_END_DECLS
