/* kp-entity-cell.h: one editable value of one entity, as a table cell shows it. */
#pragma once

#include <gtk/gtk.h>

#include "kp-document.h"

G_BEGIN_DECLS

#define KP_TYPE_ENTITY_CELL (kp_entity_cell_get_type ())
G_DECLARE_FINAL_TYPE (KpEntityCell, kp_entity_cell, KP, ENTITY_CELL, GtkWidget)

KpEntityCell *kp_entity_cell_new    (const KpEntityDesc *desc,
                                     guint               field);
void          kp_entity_cell_bind   (KpEntityCell       *self,
                                     KpDocument         *document,
                                     KpEntity           *entity);
void          kp_entity_cell_unbind (KpEntityCell       *self);
KpEntity     *kp_entity_cell_get_entity (KpEntityCell   *self);
guint         kp_entity_cell_get_field  (KpEntityCell   *self);
/* A cell bound to a draft (an entity not yet added, id 0) edits the draft, not the document;
 * text that is not a value stays, marked, and this says why (else NULL). */
const char   *kp_entity_cell_get_error  (KpEntityCell   *self);
/* Moves the focus into the cell. Text starts editing, selected, so that typing replaces it.
 * A date cell also takes "14" (that day of the month it shows) and "3-14" (of its year). */
gboolean      kp_entity_cell_start_editing (KpEntityCell *self);
/* Ends editing and keeps what was typed. */
void          kp_entity_cell_stop_editing  (KpEntityCell *self);
/* Selects the next choice whose label begins with prefix (ignoring case); FALSE if none,
 * or the cell is no choice. */
gboolean      kp_entity_cell_select_by_prefix (KpEntityCell *self,
                                               const char   *prefix);

/* Shared with the entity form: how a value reads, and how typed text becomes a value. */
char         *kp_field_format       (KpDocument         *document,
                                     const KpField      *field,
                                     const KpValue      *value);
/* The text a row's field shows: kp_field_format(), except that the name of a shipped
 * catalogue entry (a role or competence that has a key) shows translated. */
char         *kp_entity_format_shown (KpDocument        *document,
                                      KpEntity          *entity,
                                      guint              field);
gboolean      kp_field_parse        (const KpField      *field,
                                     const char         *text,
                                     GValue             *out,
                                     GError            **error);
/* A list of the choices of a CHOICE or REF field, for a GtkDropDown: each item is a
 * GtkStringObject whose string is the label; kp_field_choice_value() gives its value. */
GListModel   *kp_field_choices      (KpDocument         *document,
                                     const KpField      *field);
void          kp_field_choice_value (const KpField      *field,
                                     GListModel         *choices,
                                     guint               position,
                                     GValue             *out);
guint         kp_field_choice_position (const KpField   *field,
                                        GListModel      *choices,
                                        const KpValue   *value);
/* Reports an edit that was refused where the user will see it. */
void          kp_report_error       (GtkWidget          *widget,
                                     const GError       *error);

G_END_DECLS
