/* kp-goal-fulfilment.h: "Goal fulfilment" (Måluppfyllelse): every goal with its status
 * colour, and a button that copies it, as text and as a coloured table, for a final
 * report. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-goal-status.h"

G_BEGIN_DECLS

#define KP_TYPE_GOAL_FULFILMENT (kp_goal_fulfilment_get_type ())
G_DECLARE_FINAL_TYPE (KpGoalFulfilment, kp_goal_fulfilment, KP, GOAL_FULFILMENT, AdwBin)

void  kp_goal_fulfilment_set_document (KpGoalFulfilment *self,
                                       KpDocument       *document);
/* The rows shown, one per goal. */
guint kp_goal_fulfilment_get_n_goals  (KpGoalFulfilment *self);

/* A dot in the status's colour, shared with the Goals table: an image made with
 * kp_goal_status_image_new(), updated by kp_goal_status_image_set(). */
GtkWidget *kp_goal_status_image_new   (void);
void       kp_goal_status_image_set   (GtkWidget        *image,
                                       KpGoalStatus      status);

G_END_DECLS
