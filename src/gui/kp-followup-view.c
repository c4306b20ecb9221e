/* kp-followup-view.c: the Follow-up view and its sections. */
#include "config.h"

#include "kp-followup-view.h"

struct _KpFollowupView
{
  KpSectionedPage parent_instance;

  KpEntityTable *staffing;

  KpFollowupDashboard *dashboard;
  KpTimeEntriesPage *time_entries;
  KpParticipantsPage *participants;
  AdwBin *staffing_bin;
  KpBudgetPage *budget;
};

G_DEFINE_FINAL_TYPE (KpFollowupView, kp_followup_view, KP_TYPE_SECTIONED_PAGE)

void
kp_followup_view_show_section (KpFollowupView *self,
                               const char     *section)
{
  kp_sectioned_page_show_section (KP_SECTIONED_PAGE (self), section);
}

const char *
kp_followup_view_get_section (KpFollowupView *self)
{
  return kp_sectioned_page_get_section (KP_SECTIONED_PAGE (self));
}

gboolean
kp_followup_view_get_folded (KpFollowupView *self)
{
  return kp_sectioned_page_get_folded (KP_SECTIONED_PAGE (self));
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
kp_followup_view_class_init (KpFollowupViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (KP_TYPE_FOLLOWUP_DASHBOARD);
  g_type_ensure (KP_TYPE_TIME_ENTRIES_PAGE);
  g_type_ensure (KP_TYPE_PARTICIPANTS_PAGE);
  g_type_ensure (KP_TYPE_BUDGET_PAGE);
  kp_sectioned_page_class_set_template (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-followup-view.ui",
                                        "followup.show-section", "followup.back");
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, dashboard);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, time_entries);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, participants);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, staffing_bin);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupView, budget);
}

static void
kp_followup_view_init (KpFollowupView *self)
{
  static const char *const staffing_fields[] = { "organisation-id", "period", "role-id", "employees", "fte", "vacancies",
                                                 "turnover", "sick-leave", "hires-from-project", NULL };
  static const char *const staffing_keep[] = { "organisation-id", "period", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->staffing = kp_entity_table_new (&kp_desc_staffing_stat, staffing_fields);
  kp_entity_table_set_entry_row (self->staffing, staffing_keep);
  adw_bin_set_child (self->staffing_bin, GTK_WIDGET (self->staffing));
  kp_followup_view_show_section (self, "dashboard");
}
