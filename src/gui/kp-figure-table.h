/* kp-figure-table.h: computed figures as a read-only, sortable table: a label column, then
 * one column of numbers per title. Rows are KpFigureRow; a pinned row (a total) stays last. */
#pragma once

#include <gtk/gtk.h>

#include "kp-figure-row.h"

G_BEGIN_DECLS

#define KP_TYPE_FIGURE_TABLE (kp_figure_table_get_type ())
G_DECLARE_FINAL_TYPE (KpFigureTable, kp_figure_table, KP, FIGURE_TABLE, GtkWidget)

GtkWidget  *kp_figure_table_new         (void);
/* Replaces the columns and drops the rows. decimals gives each figure column's decimals
 * (NULL: whole numbers). */
void        kp_figure_table_set_columns (KpFigureTable      *self,
                                         const char         *label_title,
                                         const char *const  *titles,
                                         const int          *decimals);
/* Replaces the rows (KpFigureRow) in one change. */
void        kp_figure_table_set_rows    (KpFigureTable      *self,
                                         GPtrArray          *rows);
/* The rows in the order shown. */
GListModel *kp_figure_table_get_rows    (KpFigureTable      *self);
/* A cell as shown: column 0 is the label. */
char       *kp_figure_table_dup_text    (KpFigureTable      *self,
                                         guint               row,
                                         guint               column);

G_END_DECLS
