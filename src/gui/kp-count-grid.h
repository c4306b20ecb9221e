/* kp-count-grid.h: the counts of one period as a grid to type into. One row per combination
 * of the row fields' choices (gender × age band), one column per choice of the column field
 * (status at start), with totals. A cell edits the document's row that has the period and
 * those choices: a count adds or changes it, an empty cell removes it, each one undo step.
 * Tab and Enter go to the next cell. */
#pragma once

#include <gtk/gtk.h>

#include "kp-document.h"

G_BEGIN_DECLS

#define KP_TYPE_COUNT_GRID (kp_count_grid_get_type ())
G_DECLARE_FINAL_TYPE (KpCountGrid, kp_count_grid, KP, COUNT_GRID, GtkWidget)

/* desc has a PERIOD field "period", CHOICE fields and an INT count field. One or two row
 * fields. */
GtkWidget *kp_count_grid_new          (const KpEntityDesc *desc,
                                       const char *const  *row_fields,
                                       const char         *column_field,
                                       const char         *count_field);
void       kp_count_grid_set_document (KpCountGrid        *self,
                                       KpDocument         *document);
void       kp_count_grid_set_period   (KpCountGrid        *self,
                                       const char         *period);
guint      kp_count_grid_get_n_rows   (KpCountGrid        *self);
guint      kp_count_grid_get_n_columns (KpCountGrid       *self);
GtkEditable *kp_count_grid_get_cell   (KpCountGrid        *self,
                                       guint               row,
                                       guint               column);
/* The sum of the period's counts. */
guint      kp_count_grid_get_total    (KpCountGrid        *self);
/* Applies what is typed in a cell, as Enter or leaving it does. */
gboolean   kp_count_grid_commit       (KpCountGrid        *self,
                                       guint               row,
                                       guint               column);

G_END_DECLS
