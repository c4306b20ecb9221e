/* kp-competence-view.c: the competence plan's seven parts behind a folding sidebar. */
#include "config.h"

#include "kp-competence-catalogue-page.h"
#include "kp-competence-forecast-page.h"
#include "kp-competence-matrix-page.h"
#include "kp-competence-staircase-page.h"
#include "kp-competence-title-page.h"
#include "kp-competence-training-page.h"
#include "kp-competence-units-page.h"
#include "kp-competence-view.h"

struct _KpCompetenceView
{
  KpSectionedPage parent_instance;

  KpCompetenceUnitsPage *units_page;
  KpCompetenceForecastPage *forecast_page;
  KpCompetenceMatrixPage *matrix_page;
  KpCompetenceTitlePage *title_page;
  KpCompetenceStaircasePage *staircase_page;
  KpCompetenceTrainingPage *training_page;
  KpCompetenceCataloguePage *catalogue_page;
};

G_DEFINE_FINAL_TYPE (KpCompetenceView, kp_competence_view, KP_TYPE_SECTIONED_PAGE)

void
kp_competence_view_set_document (KpCompetenceView *self,
                                 KpDocument       *document)
{
  g_return_if_fail (KP_IS_COMPETENCE_VIEW (self));
  kp_competence_units_page_set_document (self->units_page, document);
  kp_competence_forecast_page_set_document (self->forecast_page, document);
  kp_competence_matrix_page_set_document (self->matrix_page, document);
  kp_competence_title_page_set_document (self->title_page, document);
  kp_competence_staircase_page_set_document (self->staircase_page, document);
  kp_competence_training_page_set_document (self->training_page, document);
  kp_competence_catalogue_page_set_document (self->catalogue_page, document);
}

void
kp_competence_view_show_page (KpCompetenceView *self,
                              const char       *name)
{
  kp_sectioned_page_show_section (KP_SECTIONED_PAGE (self), name);
}

const char *
kp_competence_view_get_page (KpCompetenceView *self)
{
  return kp_sectioned_page_get_section (KP_SECTIONED_PAGE (self));
}

GtkWidget *
kp_competence_view_get_page_widget (KpCompetenceView *self,
                                    const char       *name)
{
  return kp_sectioned_page_get_section_widget (KP_SECTIONED_PAGE (self), name);
}

static void
kp_competence_view_class_init (KpCompetenceViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (KP_TYPE_COMPETENCE_UNITS_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_FORECAST_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_MATRIX_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_TITLE_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_STAIRCASE_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_TRAINING_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_CATALOGUE_PAGE);
  kp_sectioned_page_class_set_template (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-competence-view.ui",
                                        "competence.show-page", "competence.back");
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, units_page);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, forecast_page);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, matrix_page);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, title_page);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, staircase_page);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, training_page);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, catalogue_page);
}

static void
kp_competence_view_init (KpCompetenceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
