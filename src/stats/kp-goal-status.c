/* kp-goal-status.c: the rule in kp-goal-status.h. */
#include "config.h"

#include <math.h>

#include "kp-catalog.h"
#include "kp-entities.h"
#include "kp-goal-status.h"

KpGoalStatus
kp_goal_status_derive (double baseline,
                       double target_low,
                       double target_high,
                       double outcome)
{
  double base = isnan (baseline) ? 0.0 : baseline;
  double high;

  if (isnan (outcome) || isnan (target_low))
    return KP_GOAL_NOT_ASSESSED;
  high = isnan (target_high) ? target_low : target_high;
  if (base > high)
    {
      /* Going down. */
      if (outcome <= high)
        return KP_GOAL_MET;
      return outcome < base ? KP_GOAL_PARTLY_MET : KP_GOAL_NOT_MET;
    }
  if (outcome >= target_low)
    return KP_GOAL_MET;
  return outcome > base ? KP_GOAL_PARTLY_MET : KP_GOAL_NOT_MET;
}

gboolean
kp_goal_status_is_manual (KpEntity *goal)
{
  return kp_catalog_has (&kp_catalog_goal_status, kp_entity_get_text (goal, "status-override"));
}

KpGoalStatus
kp_goal_status_of (KpEntity *goal)
{
  g_return_val_if_fail (kp_entity_get_desc (goal) == &kp_desc_goal, KP_GOAL_NOT_ASSESSED);

  if (kp_goal_status_is_manual (goal))
    return kp_goal_status_from_key (kp_entity_get_text (goal, "status-override"));
  return kp_goal_status_derive (kp_entity_get_real (goal, "baseline"),
                                kp_entity_get_real (goal, "target-low"),
                                kp_entity_get_real (goal, "target-high"),
                                kp_entity_get_real (goal, "outcome"));
}

const char *
kp_goal_status_key (KpGoalStatus status)
{
  g_return_val_if_fail (status <= KP_GOAL_NOT_ASSESSED, NULL);

  return kp_catalog_goal_status.choices[status].key;
}

KpGoalStatus
kp_goal_status_from_key (const char *key)
{
  int i = kp_catalog_index (&kp_catalog_goal_status, key);

  return i < 0 ? KP_GOAL_NOT_ASSESSED : (KpGoalStatus) i;
}
