/* kp-followup-dashboard.h: the follow-up at a glance: key figures and charts of hours,
 * meetings, participants, staffing and budget for a period, all from src/stats, with the
 * way to the steering group's workbook. */
#pragma once

#include <adwaita.h>

#include "kp-chart-view.h"
#include "kp-document.h"
#include "kp-key-figure.h"

G_BEGIN_DECLS

#define KP_TYPE_FOLLOWUP_DASHBOARD (kp_followup_dashboard_get_type ())
G_DECLARE_FINAL_TYPE (KpFollowupDashboard, kp_followup_dashboard, KP, FOLLOWUP_DASHBOARD, AdwBin)

void         kp_followup_dashboard_set_document  (KpFollowupDashboard *self,
                                                  KpDocument          *document);
/* The period as typed, "yyyy-mm-dd" or empty for an open end; FALSE (and the reason shown)
 * when it is not a period. */
gboolean     kp_followup_dashboard_set_range     (KpFollowupDashboard *self,
                                                  const char          *from,
                                                  const char          *to);
/* "hours", "meetings", "participants", "staffing" or "budget". */
KpChartView *kp_followup_dashboard_get_chart     (KpFollowupDashboard *self,
                                                  const char          *name);
/* The cards in order: the KpKey figures, then meetings held. */
KpKeyFigure *kp_followup_dashboard_get_key_figure (KpFollowupDashboard *self,
                                                   guint                index);
guint        kp_followup_dashboard_get_n_key_figures (KpFollowupDashboard *self);

G_END_DECLS
