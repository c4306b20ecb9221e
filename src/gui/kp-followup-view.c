/* kp-followup-view.c: the Follow-up view and its sections. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-followup-view.h"

struct _KpFollowupView
{
  AdwBin parent_instance;

  KpEntityTable *staffing;

  AdwLeaflet *leaflet;
  GtkListBox *sidebar;
  GtkWidget *back_bar;
  GtkLabel *section_title;
  GtkStack *stack;
  KpFollowupDashboard *dashboard;
  KpTimeEntriesPage *time_entries;
  KpParticipantsPage *participants;
  AdwBin *staffing_bin;
  KpBudgetPage *budget;
};

G_DEFINE_FINAL_TYPE (KpFollowupView, kp_followup_view, ADW_TYPE_BIN)

static const struct
{
  const char *name;
  const char *title;
} sections[] = {
  { "dashboard", N_("Dashboard") },
  { "time", N_("Time Entries") },
  { "participants", N_("Participants") },
  { "staffing", N_("Staffing Statistics") },
  { "budget", N_("Budget") },
};

void
kp_followup_view_show_section (KpFollowupView *self,
                               const char     *section)
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

const char *
kp_followup_view_get_section (KpFollowupView *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

gboolean
kp_followup_view_get_folded (KpFollowupView *self)
{
  return adw_leaflet_get_folded (self->leaflet);
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  kp_followup_view_show_section (KP_FOLLOWUP_VIEW (widget), g_variant_get_string (param, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  adw_leaflet_navigate (KP_FOLLOWUP_VIEW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
kp_followup_view_set_document (KpFollowupView *self,
                               KpDocument     *document)
{
  g_return_if_fail (KP_IS_FOLLOWUP_VIEW (self));
  kp_followup_dashboard_set_document (self->dashboard, document);
  kp_time_entries_page_set_document (self->time_entries, document);
  kp_participants_page_set_document (self->participants, document);
  kp_entity_table_set_document (self->staffing, document);
  kp_budget_page_set_document (self->budget, document);
}

KpFollowupDashboard *
kp_followup_view_get_dashboard (KpFollowupView *self)
{
  return self->dashboard;
}

KpTimeEntriesPage *
kp_followup_view_get_time_entries (KpFollowupView *self)
{
  return self->time_entries;
}

KpParticipantsPage *
kp_followup_view_get_participants (KpFollowupView *self)
{
  return self->participants;
}

KpEntityTable *
kp_followup_view_get_staffing (KpFollowupView *self)
{
  return self->staffing;
}

KpBudgetPage *
kp_followup_view_get_budget (KpFollowupView *self)
{
  return self->budget;
}

static void
kp_followup_view_dispose (GObject *object)
{
  /* The leaflet is both the bin's child and a template child: the bin lets go first. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), KP_TYPE_FOLLOWUP_VIEW);
  G_OBJECT_CLASS (kp_followup_view_parent_class)->dispose (object);
}

static void
kp_followup_view_class_init (KpFollowupViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_followup_view_dispose;
  g_type_ensure (KP_TYPE_FOLLOWUP_DASHBOARD);
  g_type_ensure (KP_TYPE_TIME_ENTRIES_PAGE);
  g_type_ensure (KP_TYPE_PARTICIPANTS_PAGE);
  g_type_ensure (KP_TYPE_BUDGET_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-followup-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, back_bar);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, section_title);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, stack);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, dashboard);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, time_entries);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, participants);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, staffing_bin);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, budget);
  gtk_widget_class_install_action (widget_class, "followup.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "followup.back", NULL, back_action);
}

static void
kp_followup_view_init (KpFollowupView *self)
{
  static const char *const staffing_fields[] = { "organisation-id", "period", "role-id", "employees", "fte", "vacancies",
                                                 "turnover", "sick-leave", "hires-from-project", NULL };
  static const char *const staffing_keep[] = { "organisation-id", "period", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (_(sections[i].title));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "followup.show-section");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", sections[i].name);
      gtk_list_box_append (self->sidebar, row);
    }
  /* The back button is for a folded leaflet, where the sidebar is a page of its own. */
  g_object_bind_property (self->leaflet, "folded", self->back_bar, "visible", G_BINDING_SYNC_CREATE);
  self->staffing = kp_entity_table_new (&kp_desc_staffing_stat, staffing_fields);
  kp_entity_table_set_entry_row (self->staffing, staffing_keep);
  adw_bin_set_child (self->staffing_bin, GTK_WIDGET (self->staffing));
  kp_followup_view_show_section (self, "dashboard");
}
