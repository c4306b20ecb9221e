/* kp-goals-page.c: the Goals view and its sections. */
#include "config.h"

#include "kp-goals-page.h"

struct _KpGoalsPage
{
  KpSectionedPage parent_instance;

  KpEntityTable *lessons;

  KpGoalsSection *goals;
  KpGoalFulfilment *fulfilment;
  KpProposalsSection *proposals;
  KpSubprojectsSection *subprojects;
  KpMeetingsSection *meetings;
  AdwBin *lessons_bin;
};

G_DEFINE_FINAL_TYPE (KpGoalsPage, kp_goals_page, KP_TYPE_SECTIONED_PAGE)

void
kp_goals_page_show_section (KpGoalsPage *self,
                            const char  *section)
{
  kp_sectioned_page_show_section (KP_SECTIONED_PAGE (self), section);
}

gboolean
kp_goals_page_get_folded (KpGoalsPage *self)
{
  return kp_sectioned_page_get_folded (KP_SECTIONED_PAGE (self));
}

const char *
kp_goals_page_get_visible_pane (KpGoalsPage *self)
{
  return kp_sectioned_page_get_visible_pane (KP_SECTIONED_PAGE (self));
}

const char *
kp_goals_page_get_section (KpGoalsPage *self)
{
  return kp_sectioned_page_get_section (KP_SECTIONED_PAGE (self));
}

void
kp_goals_page_set_document (KpGoalsPage *self,
                            KpDocument  *document)
{
  g_return_if_fail (KP_IS_GOALS_PAGE (self));

  kp_goals_section_set_document (self->goals, document);
  kp_goal_fulfilment_set_document (self->fulfilment, document);
  kp_proposals_section_set_document (self->proposals, document);
  kp_subprojects_section_set_document (self->subprojects, document);
  kp_meetings_section_set_document (self->meetings, document);
  kp_entity_table_set_document (self->lessons, document);
}

KpGoalsSection *
kp_goals_page_get_goals (KpGoalsPage *self)
{
  return self->goals;
}

KpGoalFulfilment *
kp_goals_page_get_fulfilment (KpGoalsPage *self)
{
  return self->fulfilment;
}

KpProposalsSection *
kp_goals_page_get_proposals (KpGoalsPage *self)
{
  return self->proposals;
}

KpSubprojectsSection *
kp_goals_page_get_subprojects (KpGoalsPage *self)
{
  return self->subprojects;
}

KpMeetingsSection *
kp_goals_page_get_meetings (KpGoalsPage *self)
{
  return self->meetings;
}

KpEntityTable *
kp_goals_page_get_lessons (KpGoalsPage *self)
{
  return self->lessons;
}

static void
kp_goals_page_class_init (KpGoalsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (KP_TYPE_GOALS_SECTION);
  g_type_ensure (KP_TYPE_GOAL_FULFILMENT);
  g_type_ensure (KP_TYPE_PROPOSALS_SECTION);
  g_type_ensure (KP_TYPE_SUBPROJECTS_SECTION);
  g_type_ensure (KP_TYPE_MEETINGS_SECTION);
  kp_sectioned_page_class_set_template (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-goals-page.ui",
                                        "goals.show-section", "goals.back");
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, goals);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, fulfilment);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, proposals);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, subprojects);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, meetings);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, lessons_bin);
}

static void
kp_goals_page_init (KpGoalsPage *self)
{
  static const char *const lesson_columns[] = { "kind", "text", "owner", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->lessons = kp_entity_table_new (&kp_desc_lesson, lesson_columns);
  kp_entity_table_set_form_multiline (self->lessons, "text");
  adw_bin_set_child (self->lessons_bin, GTK_WIDGET (self->lessons));
  kp_goals_page_show_section (self, "goals");
}
