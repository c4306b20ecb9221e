/* kp-chart-private.h: what kp-chart.c (the description) and kp-chart-draw.c (its drawing
 * and files) share. */
#pragma once

#include "kp-chart.h"

G_BEGIN_DECLS

typedef struct
{
  char *name;
  GArray *values;        /* double, one per category */
  guint color;
  gboolean dashed;
} Series;

struct _KpChart
{
  gatomicrefcount ref_count;
  KpChartKind kind;
  char *title;
  char *category_title;
  char *value_title;
  char *unit;
  char *font;
  int decimals;
  GPtrArray *categories;  /* char * */
  GPtrArray *series;      /* Series */
};

G_END_DECLS
