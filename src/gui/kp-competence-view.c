/* kp-competence-view.c: the competence plan's seven parts behind a folding sidebar. */
#include "config.h"

#include <glib/gi18n.h>

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
  AdwBin parent_instance;

  AdwLeaflet *leaflet;
  GtkListBox *page_list;
  GtkLabel *page_title;
  GtkStack *stack;
  KpCompetenceUnitsPage *units_page;
  KpCompetenceForecastPage *forecast_page;
  KpCompetenceMatrixPage *matrix_page;
  KpCompetenceTitlePage *title_page;
  KpCompetenceStaircasePage *staircase_page;
  KpCompetenceTrainingPage *training_page;
  KpCompetenceCataloguePage *catalogue_page;
};

G_DEFINE_FINAL_TYPE (KpCompetenceView, kp_competence_view, ADW_TYPE_BIN)

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

/* Keeps the sidebar's selection and the folded header in step with the page shown. */
static void
page_changed_cb (KpCompetenceView *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);
  GtkStackPage *page = gtk_stack_get_page (self->stack, gtk_stack_get_visible_child (self->stack));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->page_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GVariant *target = GTK_IS_LIST_BOX_ROW (row) ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row)) : NULL;

      if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), name))
        gtk_list_box_select_row (self->page_list, GTK_LIST_BOX_ROW (row));
    }
  gtk_label_set_text (self->page_title, gtk_stack_page_get_title (page));
}

void
kp_competence_view_show_page (KpCompetenceView *self,
                              const char       *name)
{
  g_return_if_fail (gtk_stack_get_child_by_name (self->stack, name) != NULL);
  gtk_stack_set_visible_child_name (self->stack, name);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

const char *
kp_competence_view_get_page (KpCompetenceView *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWidget *
kp_competence_view_get_page_widget (KpCompetenceView *self,
                                    const char       *name)
{
  return gtk_stack_get_child_by_name (self->stack, name);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KpCompetenceView *self = KP_COMPETENCE_VIEW (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (gtk_stack_get_child_by_name (self->stack, name) != NULL)
    kp_competence_view_show_page (self, name);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  adw_leaflet_navigate (KP_COMPETENCE_VIEW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
kp_competence_view_dispose (GObject *object)
{
  /* The leaflet is the bin's child and a template child: the bin lets go of it first. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), KP_TYPE_COMPETENCE_VIEW);
  G_OBJECT_CLASS (kp_competence_view_parent_class)->dispose (object);
}

static void
kp_competence_view_class_init (KpCompetenceViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_competence_view_dispose;
  g_type_ensure (KP_TYPE_COMPETENCE_UNITS_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_FORECAST_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_MATRIX_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_TITLE_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_STAIRCASE_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_TRAINING_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_CATALOGUE_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-competence-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, page_list);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, page_title);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, stack);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, units_page);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, forecast_page);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, matrix_page);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, title_page);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, staircase_page);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, training_page);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceView, catalogue_page);
  gtk_widget_class_install_action (widget_class, "competence.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "competence.back", NULL, back_action);
}

static void
kp_competence_view_init (KpCompetenceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (page_changed_cb), self);
  page_changed_cb (self);
}
