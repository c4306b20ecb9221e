/* kp-goals-page.c: the Goals view and its sections. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-goals-page.h"

struct _KpGoalsPage
{
  AdwBin parent_instance;

  KpEntityTable *lessons;

  AdwLeaflet *leaflet;
  GtkListBox *sidebar;
  GtkWidget *back_bar;
  GtkLabel *section_title;
  GtkStack *stack;
  KpGoalsSection *goals;
  KpGoalFulfilment *fulfilment;
  KpProposalsSection *proposals;
  KpSubprojectsSection *subprojects;
  KpMeetingsSection *meetings;
  AdwBin *lessons_bin;
};

G_DEFINE_FINAL_TYPE (KpGoalsPage, kp_goals_page, ADW_TYPE_BIN)

static const struct
{
  const char *name;
  const char *title;
} sections[] = {
  { "goals", N_("Goals") },
  { "fulfilment", N_("Goal Fulfilment") },
  { "proposals", N_("Proposals and Decisions") },
  { "subprojects", N_("Sub-projects") },
  { "meetings", N_("Meetings") },
  { "lessons", N_("Lessons") },
};

void
kp_goals_page_show_section (KpGoalsPage *self,
                            const char  *section)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (!g_str_equal (sections[i].name, section))
        continue;
      gtk_stack_set_visible_child_name (self->stack, section);
      gtk_label_set_text (self->section_title, _(sections[i].title));
      gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, (int) i));
      adw_leaflet_set_visible_child_name (self->leaflet, "content");
      return;
    }
  g_return_if_reached ();
}

gboolean
kp_goals_page_get_folded (KpGoalsPage *self)
{
  return adw_leaflet_get_folded (self->leaflet);
}

const char *
kp_goals_page_get_visible_pane (KpGoalsPage *self)
{
  return adw_leaflet_get_visible_child_name (self->leaflet);
}

const char *
kp_goals_page_get_section (KpGoalsPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  kp_goals_page_show_section (KP_GOALS_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  adw_leaflet_navigate (KP_GOALS_PAGE (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
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
kp_goals_page_dispose (GObject *object)
{
  /* The leaflet is both the bin's child and a template child: the bin lets go first, so
   * that it does not unparent a widget the template has already dropped. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), KP_TYPE_GOALS_PAGE);
  G_OBJECT_CLASS (kp_goals_page_parent_class)->dispose (object);
}

static void
kp_goals_page_class_init (KpGoalsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_goals_page_dispose;
  g_type_ensure (KP_TYPE_GOALS_SECTION);
  g_type_ensure (KP_TYPE_GOAL_FULFILMENT);
  g_type_ensure (KP_TYPE_PROPOSALS_SECTION);
  g_type_ensure (KP_TYPE_SUBPROJECTS_SECTION);
  g_type_ensure (KP_TYPE_MEETINGS_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-goals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, back_bar);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, section_title);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, goals);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, fulfilment);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, proposals);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, subprojects);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, meetings);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsPage, lessons_bin);
  gtk_widget_class_install_action (widget_class, "goals.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "goals.back", NULL, back_action);
}

static void
kp_goals_page_init (KpGoalsPage *self)
{
  static const char *const lesson_columns[] = { "kind", "text", "owner", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (_(sections[i].title));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "goals.show-section");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", sections[i].name);
      gtk_list_box_append (self->sidebar, row);
    }
  /* The back button is for a folded leaflet, where the sidebar is a page of its own. */
  g_object_bind_property (self->leaflet, "folded", self->back_bar, "visible", G_BINDING_SYNC_CREATE);
  self->lessons = kp_entity_table_new (&kp_desc_lesson, lesson_columns);
  kp_entity_table_set_form_multiline (self->lessons, "text");
  adw_bin_set_child (self->lessons_bin, GTK_WIDGET (self->lessons));
  kp_goals_page_show_section (self, "goals");
}
