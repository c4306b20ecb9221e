/* kp-cell-text.h: one line of text in a cell of a big list. Unlike GtkLabel, a new text
 * is only redrawn, never laid out again: its height comes from the font alone and it asks
 * for no width of its own, so recycling rows while scrolling or changing dates after a drag
 * costs the list no relayout. Longer texts end in an ellipsis. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KP_TYPE_CELL_TEXT (kp_cell_text_get_type ())
G_DECLARE_FINAL_TYPE (KpCellText, kp_cell_text, KP, CELL_TEXT, GtkWidget)

GtkWidget  *kp_cell_text_new        (void);
void        kp_cell_text_set_text   (KpCellText *self,
                                     const char *text);
const char *kp_cell_text_get_text   (KpCellText *self);
/* 0 left, 1 right. */
void        kp_cell_text_set_xalign (KpCellText *self,
                                     float       xalign);
/* Figures of equal width (tabular numbers), as the "numeric" style class gives labels. */
void        kp_cell_text_set_numeric (KpCellText *self,
                                      gboolean    numeric);

G_END_DECLS
