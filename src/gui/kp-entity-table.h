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
/* The selected row, or NULL. */
KpEntity      *kp_entity_table_get_selected (KpEntityTable      *self);
/* How the Add button adds a draft, when a plain kp_document_add() is not enough, e.g. to
 * add rows that go with it in the same undo step. */
typedef gboolean (*KpEntityTableAddFunc) (KpDocument *document,
                                          KpEntity   *draft,
                                          gpointer    user_data,
                                          GError    **error);
void           kp_entity_table_set_add_func (KpEntityTable        *self,
                                             KpEntityTableAddFunc  func,
                                             gpointer              user_data);
/* A column of the caller's after the fields' columns, e.g. a figure computed from them. */
void           kp_entity_table_append_column (KpEntityTable       *self,
                                              GtkColumnViewColumn *column);
/* The same at a position among the columns, 0 for the first. */
void           kp_entity_table_insert_column (KpEntityTable       *self,
                                              guint                position,
                                              GtkColumnViewColumn *column);
/* Long text in the Add form as a multi-line field (see kp_entity_form_set_multiline()). */
void           kp_entity_table_set_form_multiline (KpEntityTable  *self,
                                                   const char     *field);
/* A new row, first in the table, for typing rows one after another: Tab and Shift+Tab move
 * between its cells, Enter goes to the next cell and in the last one adds the row (Ctrl+Enter
 * from any cell), letters pick a choice. The next new row keeps the fields named in keep
 * (e.g. "date", "organisation-id", "person"). With it, the first item of
 * kp_entity_table_get_rows() is the new row (see kp_entity_table_get_draft()). */
void           kp_entity_table_set_entry_row (KpEntityTable     *self,
                                              const char *const *keep);
/* The new row's entity (not in the document), or NULL. */
KpEntity      *kp_entity_table_get_draft    (KpEntityTable      *self);
/* Puts the focus in the new row's first cell, editing. */
gboolean       kp_entity_table_focus_entry_row (KpEntityTable   *self);
/* Adds the new row as Enter in its last cell does. */
gboolean       kp_entity_table_add_entry_row (KpEntityTable     *self,
                                              GError           **error);
/* Why the new row was refused, as shown under the table, or NULL. */
const char    *kp_entity_table_get_entry_error (KpEntityTable   *self);
/* Sorts by a field's column, as a click on its header does. */
void           kp_entity_table_sort_by      (KpEntityTable      *self,
                                             const char         *field,
                                             GtkSortType         direction);
/* Writes the rows shown, in their order, as CSV (kp_export_csv()); the action
 * "table.export-csv" asks for the file and uses the export language of the settings. */
gboolean       kp_entity_table_export_csv   (KpEntityTable      *self,
                                             GFile              *file,
                                             const char         *language,
                                             GError            **error);
/* Adds a draft row as the Add button does; for keyboard users and tests. */
gboolean       kp_entity_table_add          (KpEntityTable      *self,
                                             KpEntity           *draft,
                                             GError            **error);

G_END_DECLS
