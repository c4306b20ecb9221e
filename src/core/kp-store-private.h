/* kp-store-private.h: what the store's own files share. */
#pragma once

#include "kp-store.h"

G_BEGIN_DECLS

/* "id, name, kind, …": the columns of a kind, in the order of its fields. */
char *kp_store_column_list (const KpEntityDesc *desc);

G_END_DECLS
