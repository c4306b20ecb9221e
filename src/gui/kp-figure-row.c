/* kp-figure-row.c: a label and its figures, one row of a KpFigureTable. */
#include "config.h"

#include <math.h>

#include "kp-figure-row.h"

struct _KpFigureRow
{
  GObject parent_instance;

  char *label;
  GArray *values;
  gboolean pinned;
};

G_DEFINE_FINAL_TYPE (KpFigureRow, kp_figure_row, G_TYPE_OBJECT)

static void
kp_figure_row_finalize (GObject *object)
{
  KpFigureRow *self = KP_FIGURE_ROW (object);

  g_free (self->label);
  g_array_unref (self->values);
  G_OBJECT_CLASS (kp_figure_row_parent_class)->finalize (object);
}

static void
kp_figure_row_class_init (KpFigureRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kp_figure_row_finalize;
}

static void
kp_figure_row_init (KpFigureRow *self)
{
  self->values = g_array_new (FALSE, FALSE, sizeof (double));
}

KpFigureRow *
kp_figure_row_new (const char   *label,
                   const double *values,
                   guint         n_values,
                   gboolean      pinned)
{
  KpFigureRow *self = g_object_new (KP_TYPE_FIGURE_ROW, NULL);

  self->label = g_strdup (label != NULL ? label : "");
  g_array_append_vals (self->values, values, n_values);
  self->pinned = pinned;
  return self;
}

const char *
kp_figure_row_get_label (KpFigureRow *self)
{
  return self->label;
}

guint
kp_figure_row_get_n_values (KpFigureRow *self)
{
  return self->values->len;
}

double
kp_figure_row_get_value (KpFigureRow *self,
                         guint        index)
{
  return index < self->values->len ? g_array_index (self->values, double, index) : NAN;
}

gboolean
kp_figure_row_get_pinned (KpFigureRow *self)
{
  return self->pinned;
}
