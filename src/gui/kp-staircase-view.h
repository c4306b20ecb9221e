/* kp-staircase-view.h: the competence staircase drawn as a staircase: one block per step,
 * rising from labour-market placement to specialist, with the people on each step now and
 * planned. The requirements of a step show as its tooltip. */
#pragma once

#include <gtk/gtk.h>

#include "kp-document.h"

G_BEGIN_DECLS

#define KP_TYPE_STAIRCASE_VIEW (kp_staircase_view_get_type ())
G_DECLARE_FINAL_TYPE (KpStaircaseView, kp_staircase_view, KP, STAIRCASE_VIEW, GtkWidget)

GtkWidget *kp_staircase_view_new          (void);
void       kp_staircase_view_set_document (KpStaircaseView *self,
                                           KpDocument      *document);
/* The steps in words, as screen readers hear them. */
char      *kp_staircase_view_describe     (KpStaircaseView *self);

G_END_DECLS
