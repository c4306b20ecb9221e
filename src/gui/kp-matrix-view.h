/* kp-matrix-view.h: the competence matrix of one unit, drawn: competences down, the unit's
 * roles across with the level each requires, then the unit's own level and how many hold
 * it. Cells are coloured by the gap between the required level and the unit's, and a
 * competence held by one person only is flagged.
 *
 * Keyboard: the arrow keys move the selected cell, 0–4 set its level, Delete clears it; the
 * same edits are the actions "matrix.set-level" (an int) and "matrix.clear". A level in a
 * role's column is the role's required level (in every unit); in the unit's column it is
 * the unit's level. Every edit goes through the document. */
#pragma once

#include <gtk/gtk.h>

#include "kp-document.h"

G_BEGIN_DECLS

#define KP_TYPE_MATRIX_VIEW (kp_matrix_view_get_type ())
G_DECLARE_FINAL_TYPE (KpMatrixView, kp_matrix_view, KP, MATRIX_VIEW, GtkWidget)

GtkWidget  *kp_matrix_view_new          (void);
void        kp_matrix_view_set_document (KpMatrixView *self,
                                         KpDocument   *document);
/* 0: no unit, required levels only. */
void        kp_matrix_view_set_unit     (KpMatrixView *self,
                                         gint64        unit_id);
guint       kp_matrix_view_get_n_rows   (KpMatrixView *self);
/* Role columns, then the unit's level, then the holders. */
guint       kp_matrix_view_get_n_columns (KpMatrixView *self);
void        kp_matrix_view_set_cursor   (KpMatrixView *self,
                                         guint         row,
                                         guint         column);
/* The selected cell in words, as screen readers hear it. */
char       *kp_matrix_view_describe_cursor (KpMatrixView *self);

G_END_DECLS
