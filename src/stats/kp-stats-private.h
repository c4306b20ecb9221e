/* kp-stats-private.h: what the files of src/stats share. */
#pragma once

#include "kp-stats.h"

G_BEGIN_DECLS

/* The index of a field the code knows exists. */
guint kp_stats_field     (const KpEntityDesc *desc,
                          const char         *name);
/* Adds hours to the funded or the co-financed part, and to the total. */
void  kp_stats_split_add (KpStatsSplit       *split,
                          const char         *funding,
                          double              hours);

G_END_DECLS
