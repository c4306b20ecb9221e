/* kp-window-private.h: what the window's own files share. */
#pragma once

#include "kp-welcome-page.h"
#include "kp-window.h"

G_BEGIN_DECLS

struct _KpWindow
{
  AdwApplicationWindow parent_instance;

  KpDocument *document;

  AdwToastOverlay *toast_overlay;
  GtkWidget *history_box;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar *switcher_bar;
  GtkMenuButton *menu_button;
  GtkRevealer *banner_revealer;
  GtkLabel *banner_label;
  GtkStack *main_stack;
  KpWelcomePage *welcome_page;
  AdwViewStack *view_stack;
  AdwStatusPage *overview_page;
};

void        kp_window_class_install_actions (GtkWidgetClass *widget_class);
GMenuModel *kp_window_build_menu            (void);

G_END_DECLS
