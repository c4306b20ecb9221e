/* kp-window-private.h: what the window's own files share. */
#pragma once

#include "kp-competence-view.h"
#include "kp-followup-view.h"
#include "kp-goals-page.h"
#include "kp-overview-page.h"
#include "kp-timeline-view.h"
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
  KpTimelineView *timeline_view;
  KpOverviewPage *overview;
  KpGoalsPage *goals;
  KpCompetenceView *competence_view;
  KpFollowupView *followup_view;
};

void        kp_window_class_install_actions (GtkWidgetClass *widget_class);
GMenuModel *kp_window_build_menu            (void);
/* kp-window-import.c: win.import-csv, win.export-workbook and win.open-file. */
void        kp_window_class_install_import_actions (GtkWidgetClass *widget_class);

G_END_DECLS
