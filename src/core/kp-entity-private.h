/* kp-entity-private.h: raw access for the store, which fills rows without notifications. */
#pragma once

#include "kp-entity.h"

G_BEGIN_DECLS

KpValue  *kp_entity_values  (KpEntity   *self);
void      kp_entity_load_id (KpEntity   *self,
                             gint64      id);
/* For an entity's own string values: empty texts and catalogue keys are shared. */
void      kp_value_set_text (const KpField *field,
                             KpValue       *value,
                             const char    *text);

G_END_DECLS
