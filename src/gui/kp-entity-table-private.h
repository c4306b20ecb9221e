/* kp-entity-table-private.h: what the files of KpEntityTable share. */
#pragma once

#include "kp-entity-cell.h"
#include "kp-entity-table.h"

G_BEGIN_DECLS

/* The new row of a table built for typing (kp_entity_table_set_entry_row()). */
typedef struct _KpTableEntry KpTableEntry;

/* kp-entity-table.c */
/* A new row as the Add form starts it, with the table's presets. */
KpEntity     *kp_entity_table_new_draft   (KpEntityTable      *self);
KpDocument   *kp_entity_table_get_document (KpEntityTable     *self);
/* Shows why the new row cannot be added, under the table; NULL hides it. */
void          kp_entity_table_show_entry_error (KpEntityTable *self,
                                                const char    *message);

/* kp-entity-table-entry.c */
KpTableEntry *kp_table_entry_new          (KpEntityTable      *table,
                                           GtkColumnView      *view,
                                           const KpEntityDesc *desc,
                                           GArray             *fields,
                                           const char *const  *keep);
void          kp_table_entry_free         (KpTableEntry       *self);
/* The table's rows with the new row first; starts a new draft. */
GListModel   *kp_table_entry_wrap         (KpTableEntry       *self,
                                           GListModel         *rows);
gboolean      kp_table_entry_is_draft     (KpTableEntry       *self,
                                           gpointer            item);
KpEntity     *kp_table_entry_get_draft    (KpTableEntry       *self);
void          kp_table_entry_cell_bound   (KpTableEntry       *self,
                                           KpEntityCell       *cell);
void          kp_table_entry_cell_unbound (KpTableEntry       *self,
                                           KpEntityCell       *cell);
/* Adds the new row and starts the next; FALSE, with the reason shown, if it is refused. */
gboolean      kp_table_entry_commit       (KpTableEntry       *self,
                                           GError            **error);
/* Puts the focus in the new row's first cell. */
gboolean      kp_table_entry_focus        (KpTableEntry       *self);

G_END_DECLS
