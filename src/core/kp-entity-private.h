/* kp-entity-private.h: raw access for the store, which fills rows without notifications. */
#pragma once

#include "kp-entity.h"

G_BEGIN_DECLS

KpValue *kp_entity_values (KpEntity *self);

G_END_DECLS
