/* kp-competence-forecast-page.h: the page "Forecast" of the competence view: per role a
 * chart of staff without recruitment against demand, year by year to the target year, and
 * the role's demand growth rate, for all organisations, one organisation or one unit. */
#pragma once

#include <adwaita.h>

#include "kp-chart-view.h"
#include "kp-document.h"
#include "kp-entity-form.h"

G_BEGIN_DECLS

#define KP_TYPE_COMPETENCE_FORECAST_PAGE (kp_competence_forecast_page_get_type ())
G_DECLARE_FINAL_TYPE (KpCompetenceForecastPage, kp_competence_forecast_page, KP, COMPETENCE_FORECAST_PAGE, AdwBin)

void         kp_competence_forecast_page_set_document     (KpCompetenceForecastPage *self,
                                                           KpDocument               *document);
/* Shows one unit, one organisation (unit_id 0) or everything (both 0). */
gboolean     kp_competence_forecast_page_select           (KpCompetenceForecastPage *self,
                                                           gint64                    organisation_id,
                                                           gint64                    unit_id);
/* The target year of the unit shown (visible when one unit is shown). */
KpEntityForm *kp_competence_forecast_page_get_target_form (KpCompetenceForecastPage *self);
guint        kp_competence_forecast_page_get_n_charts     (KpCompetenceForecastPage *self);
KpChartView *kp_competence_forecast_page_get_chart        (KpCompetenceForecastPage *self,
                                                           gint64                    role_id);
GtkEntry    *kp_competence_forecast_page_get_growth_entry (KpCompetenceForecastPage *self,
                                                           gint64                    role_id);

G_END_DECLS
