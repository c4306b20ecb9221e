/* kp-chart-view.h: a KpChart (src/export/kp-chart.h) as a widget.
 *
 * It draws the chart with the same code as the exported files, in the light or dark palette
 * as the style manager says, tells screen readers the figures (kp_chart_describe()), shows
 * the value under the pointer as a tooltip, and saves the chart as PNG or SVG from its own
 * button or the action "chart.save" ("png" or "svg"), through a file chooser.
 *
 *   GtkWidget *view = kp_chart_view_new ();
 *   kp_chart_view_set_chart (KP_CHART_VIEW (view), chart);
 *   kp_chart_view_set_file_name (KP_CHART_VIEW (view), _("hours-per-organisation"));
 */
#pragma once

#include <gtk/gtk.h>

#include "kp-chart.h"

G_BEGIN_DECLS

#define KP_TYPE_CHART_VIEW (kp_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (KpChartView, kp_chart_view, KP, CHART_VIEW, GtkWidget)

GtkWidget   *kp_chart_view_new           (void);
/* Keeps a reference; NULL shows nothing. Call again after changing the chart. */
void         kp_chart_view_set_chart     (KpChartView  *self,
                                          KpChart      *chart);
KpChart     *kp_chart_view_get_chart     (KpChartView  *self);
/* The file name the save dialog proposes, without its extension; the chart's title if
 * never set. */
void         kp_chart_view_set_file_name (KpChartView  *self,
                                          const char   *name);
/* Whether it draws in the dark palette now. */
gboolean     kp_chart_view_get_dark      (KpChartView  *self);
/* Writes a PNG or, when the name ends in ".svg", an SVG in the light palette, in the shape
 * the widget has now. */
gboolean     kp_chart_view_save          (KpChartView  *self,
                                          GFile        *file,
                                          GError      **error);

G_END_DECLS
