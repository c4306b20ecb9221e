/* kp-goal-status.h: whether a goal is met, from its figures or as set by hand.
 *
 * The rule (the Goals view, the dashboard and the workbook all use it):
 *
 * 1. A status set by hand (status-override) wins.
 * 2. Without an outcome, or without a target, the goal is NOT ASSESSED.
 * 3. The direction: a goal whose baseline lies above its target (both ends of a range) is
 *    a goal to go down, e.g. sick leave from 9 % to 7 %; every other goal is one to go up.
 *    A missing baseline counts as 0.
 * 4. Going up: MET when the outcome reaches the target (for a range, its low end: within
 *    or above the range); PARTLY MET when it is below that but above the baseline; else
 *    NOT MET.
 *    Going down: MET when the outcome is at or below the target (for a range, its high end:
 *    within or below the range); PARTLY MET when it is above that but below the baseline;
 *    else NOT MET.
 */
#pragma once

#include "kp-entity.h"

G_BEGIN_DECLS

/* In the order of kp_catalog_goal_status. */
typedef enum
{
  KP_GOAL_MET,
  KP_GOAL_PARTLY_MET,
  KP_GOAL_NOT_MET,
  KP_GOAL_NOT_ASSESSED,
} KpGoalStatus;

#define KP_N_GOAL_STATUSES 4

/* The derived status of rule 2–4. NAN stands for a missing value. */
KpGoalStatus kp_goal_status_derive     (double       baseline,
                                        double       target_low,
                                        double       target_high,
                                        double       outcome);
/* The status of a goal entity (rule 1–4). */
KpGoalStatus kp_goal_status_of         (KpEntity    *goal);
gboolean     kp_goal_status_is_manual  (KpEntity    *goal);
/* The catalogue key ("met", "partly_met" …). */
const char  *kp_goal_status_key        (KpGoalStatus status);
KpGoalStatus kp_goal_status_from_key   (const char  *key);

G_END_DECLS
