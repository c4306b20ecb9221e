/* kp-computed-column.h: a read-only table column whose text is computed from the row, such
 * as a gap from a headcount row's figures. Add it to a KpEntityTable with
 * kp_entity_table_append_column(). */
#pragma once

#include <gtk/gtk.h>

#include "kp-document.h"

G_BEGIN_DECLS

/* The text of one row's cell, and in sort_key the number it sorts by (NAN for none: such
 * rows sort first, among themselves by text). */
typedef char *(*KpComputeFunc) (KpEntity *entity,
                                double   *sort_key,
                                gpointer  user_data);

/* The cells follow every change of the document (an edit of another row or table can
 * change a computed value), and the column sorts by the sort keys. */
GtkColumnViewColumn *kp_computed_column_new (KpDocument     *document,
                                             const char     *title,
                                             KpComputeFunc   func,
                                             gpointer        user_data,
                                             GDestroyNotify  destroy);

G_END_DECLS
