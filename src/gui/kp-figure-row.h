/* kp-figure-row.h: one row of a KpFigureTable: a label and its figures. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KP_TYPE_FIGURE_ROW (kp_figure_row_get_type ())
G_DECLARE_FINAL_TYPE (KpFigureRow, kp_figure_row, KP, FIGURE_ROW, GObject)

/* A pinned row (a total) stays last whatever the sorting. */
KpFigureRow *kp_figure_row_new        (const char   *label,
                                       const double *values,
                                       guint         n_values,
                                       gboolean      pinned);
const char  *kp_figure_row_get_label  (KpFigureRow  *self);
guint        kp_figure_row_get_n_values (KpFigureRow *self);
/* NAN when the row has no such value. */
double       kp_figure_row_get_value  (KpFigureRow  *self,
                                       guint         index);
gboolean     kp_figure_row_get_pinned (KpFigureRow  *self);

G_END_DECLS
