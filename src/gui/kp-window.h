/* kp-window.h: a window that holds one project, or the welcome page before one is open. */
#pragma once

#include <adwaita.h>

#include "kp-application.h"
#include "kp-document.h"

G_BEGIN_DECLS

#define KP_TYPE_WINDOW (kp_window_get_type ())
G_DECLARE_FINAL_TYPE (KpWindow, kp_window, KP, WINDOW, AdwApplicationWindow)

KpWindow   *kp_window_new          (KpApplication *application);
KpDocument *kp_window_get_document (KpWindow      *self);
void        kp_window_set_document (KpWindow      *self,
                                    KpDocument    *document);
void        kp_window_show_error   (KpWindow      *self,
                                    const char    *message);
void        kp_window_show_toast   (KpWindow      *self,
                                    const char    *message);
void        kp_window_add_toast    (KpWindow      *self,
                                    AdwToast      *toast);
/* The name of the view in front: "welcome", or a view such as "timeline". */
const char *kp_window_get_visible_view (KpWindow  *self);

G_END_DECLS
