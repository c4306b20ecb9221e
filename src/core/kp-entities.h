/* kp-entities.h: the descriptors of every entity in the project file, parents first. */
#pragma once

#include "kp-entity.h"

G_BEGIN_DECLS

#define KP_ENTITIES(X) \
  X (project) X (organisation) X (governance_body) X (member) X (task) X (dependency) \
  X (baseline) X (baseline_task) X (goal) X (goal_task) X (proposal) X (subproject) \
  X (remaining_action) X (meeting_series) X (meeting) X (lesson) X (role) X (competence) \
  X (unit) X (headcount) X (required_level) X (unit_level) X (certification) X (stair_step) \
  X (training) X (training_role) X (training_competence) X (time_entry) X (participant_count) \
  X (participant_result) X (staffing_stat) X (budget_line)

typedef enum
{
#define KP_ENTITY_ENUM(n) KP_ENTITY_##n,
  KP_ENTITIES (KP_ENTITY_ENUM)
#undef KP_ENTITY_ENUM
  KP_N_ENTITIES
} KpEntityKind;

#define KP_DECLARE_DESC(n) extern const KpEntityDesc kp_desc_##n;
KP_ENTITIES (KP_DECLARE_DESC)
#undef KP_DECLARE_DESC

const KpEntityDesc *const *kp_entity_descs          (guint      *n_descs);
const KpEntityDesc        *kp_entity_desc_for_table (const char *table);

G_END_DECLS
