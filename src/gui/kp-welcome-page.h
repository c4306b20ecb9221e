/* kp-welcome-page.h: what a window shows before a project is open. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KP_TYPE_WELCOME_PAGE (kp_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (KpWelcomePage, kp_welcome_page, KP, WELCOME_PAGE, AdwBin)

void kp_welcome_page_set_settings (KpWelcomePage *self,
                                   GSettings     *settings);

G_END_DECLS
