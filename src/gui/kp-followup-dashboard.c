/* kp-followup-dashboard.c: key figures and charts of the follow-up. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kp-followup-util.h"
#include "kp-followup-dashboard.h"
#include "kp-summary.h"

typedef enum
{
  CHART_HOURS,
  CHART_MEETINGS,
  CHART_PARTICIPANTS,
  CHART_STAFFING,
  CHART_BUDGET,
  N_CHARTS
} ChartId;

static const struct
{
  const char *name;
  const char *file_name;   /* what the save dialog proposes */
  const char *empty;       /* shown instead of an empty chart */
} charts[N_CHARTS] = {
  { "hours", N_("hours-per-organisation"), N_("No hours reported in this period.") },
  { "meetings", N_("meetings-per-forum"), N_("No meetings held in this period.") },
  { "participants", N_("participants"), N_("No participants counted in this period.") },
  { "staffing", N_("staffing-trend"), N_("No staffing statistics in this period.") },
  { "budget", N_("budget-and-outcome"), N_("No budget lines yet.") },
};

#define N_CARDS (KP_N_KEYS + 1)
#define CARD_MEETINGS KP_N_KEYS

struct _KpFollowupDashboard
{
  AdwBin parent_instance;

  KpDocument *document;
  KpStatsRange range;
  gboolean dirty;
  KpKeyFigure *cards[N_CARDS];
  KpChartView *views[N_CHARTS];
  GtkLabel *empty[N_CHARTS];
  GtkDropDown *measure;

  GtkEntry *from_entry;
  GtkEntry *to_entry;
  GtkLabel *range_error;
  GtkFlowBox *key_box;
  GtkFlowBox *chart_box;
};

G_DEFINE_FINAL_TYPE (KpFollowupDashboard, kp_followup_dashboard, ADW_TYPE_BIN)

static void
show_chart (KpFollowupDashboard *self,
            ChartId              id,
            KpChart             *chart)
{
  kp_chart_view_set_chart (self->views[id], chart);
  gtk_widget_set_visible (GTK_WIDGET (self->views[id]), chart != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->empty[id]), chart == NULL);
  if (chart != NULL)
    kp_chart_unref (chart);
}

static void
show_meetings_card (KpFollowupDashboard *self,
                    const KpStatsMeetings *m)
{
  KpKeyText text = { _("Meetings held"), NULL, NULL, NAN, NAN };
  guint steering = kp_stats_meetings_held (m, "steering_group");

  text.value = g_strdup_printf ("%u", m->held);
  /* Translators: under the number of meetings held in the period */
  text.detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of them for the steering group; %u cancelled",
                                              "%u of them for the steering group; %u cancelled", steering),
                                 steering, m->cancelled);
  kp_key_figure_set (self->cards[CARD_MEETINGS], &text);
  g_free (text.value);
  g_free (text.detail);
}

static void
refresh_staffing (KpFollowupDashboard *self,
                  const KpStatsStaffing *staffing)
{
  guint measure = gtk_drop_down_get_selected (self->measure);

  show_chart (self, CHART_STAFFING,
              kp_followup_chart_staffing (staffing, measure < KP_N_STAFFING_MEASURES ? measure : 0));
}

static void
refresh (KpFollowupDashboard *self)
{
  g_autoptr(KpStatsReport) report = NULL;
  KpKeyText texts[KP_N_KEYS];
  const char *currency;

  if (self->document == NULL)
    return;
  /* Out of sight, the figures wait until shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;
  currency = kp_entity_get_text (kp_document_get_project (self->document), "currency");
  report = kp_stats_report_new (self->document, &self->range, KP_DATE_NONE);
  kp_key_texts_fill (&report->key, currency, texts);
  for (guint i = 0; i < KP_N_KEYS; i++)
    kp_key_figure_set (self->cards[i], &texts[i]);
  kp_key_texts_clear (texts);
  show_meetings_card (self, report->meetings);

  show_chart (self, CHART_HOURS, kp_followup_chart_hours (report->hours));
  show_chart (self, CHART_MEETINGS, kp_followup_chart_meetings (report->meetings));
  show_chart (self, CHART_PARTICIPANTS, kp_followup_chart_participants (report->participants));
  refresh_staffing (self, report->staffing);
  show_chart (self, CHART_BUDGET, kp_followup_chart_budget (report->budget, currency));
}

static void
measure_changed_cb (KpFollowupDashboard *self)
{
  g_autoptr(KpStatsStaffing) staffing = NULL;

  if (self->document == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  staffing = kp_stats_staffing_new (self->document, &self->range);
  refresh_staffing (self, staffing);
}

gboolean
kp_followup_dashboard_set_range (KpFollowupDashboard *self,
                                 const char          *from,
                                 const char          *to)
{
  g_autoptr(GError) error = NULL;
  KpStatsRange range;
  gboolean bad_from, bad_to, ok;

  g_return_val_if_fail (KP_IS_FOLLOWUP_DASHBOARD (self), FALSE);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->from_entry)), from) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->to_entry)), to) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to);
  ok = kp_followup_parse_range (from, to, &range, &bad_from, &bad_to, &error);
  if (bad_from)
    gtk_widget_add_css_class (GTK_WIDGET (self->from_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
  if (bad_to)
    gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");
  gtk_label_set_text (self->range_error, ok ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->range_error), !ok);
  if (!ok)
    return FALSE;
  if (range.from != self->range.from || range.to != self->range.to)
    {
      self->range = range;
      refresh (self);
    }
  return TRUE;
}

static void
range_changed_cb (KpFollowupDashboard *self)
{
  kp_followup_dashboard_set_range (self, gtk_editable_get_text (GTK_EDITABLE (self->from_entry)),
                                   gtk_editable_get_text (GTK_EDITABLE (self->to_entry)));
}

void
kp_followup_dashboard_set_document (KpFollowupDashboard *self,
                                    KpDocument          *document)
{
  g_return_if_fail (KP_IS_FOLLOWUP_DASHBOARD (self));
  g_return_if_fail (self->document == NULL);
  self->document = g_object_ref (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
}

KpChartView *
kp_followup_dashboard_get_chart (KpFollowupDashboard *self,
                                 const char          *name)
{
  for (guint i = 0; i < N_CHARTS; i++)
    if (g_str_equal (charts[i].name, name))
      return self->views[i];
  g_return_val_if_reached (NULL);
}

KpKeyFigure *
kp_followup_dashboard_get_key_figure (KpFollowupDashboard *self,
                                      guint                index)
{
  g_return_val_if_fail (index < N_CARDS, NULL);
  return self->cards[index];
}

guint
kp_followup_dashboard_get_n_key_figures (KpFollowupDashboard *self)
{
  return N_CARDS;
}

static void
kp_followup_dashboard_map (GtkWidget *widget)
{
  KpFollowupDashboard *self = KP_FOLLOWUP_DASHBOARD (widget);

  GTK_WIDGET_CLASS (kp_followup_dashboard_parent_class)->map (widget);
  if (self->dirty)
    refresh (self);
}

static void
kp_followup_dashboard_dispose (GObject *object)
{
  KpFollowupDashboard *self = KP_FOLLOWUP_DASHBOARD (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_FOLLOWUP_DASHBOARD);
  G_OBJECT_CLASS (kp_followup_dashboard_parent_class)->dispose (object);
}

static void
kp_followup_dashboard_class_init (KpFollowupDashboardClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_followup_dashboard_dispose;
  widget_class->map = kp_followup_dashboard_map;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/kompetensplan/Kompetensplan/ui/kp-followup-dashboard.ui");
  gtk_widget_class_bind_template_child (widget_class, KpFollowupDashboard, from_entry);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupDashboard, to_entry);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupDashboard, range_error);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupDashboard, key_box);
  gtk_widget_class_bind_template_child (widget_class, KpFollowupDashboard, chart_box);
  gtk_widget_class_bind_template_callback (widget_class, range_changed_cb);
}

static GtkWidget *
chart_card (KpFollowupDashboard *self,
            ChartId              id)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (box, "card");
  if (id == CHART_STAFFING)
    {
      g_autoptr(GtkStringList) measures = gtk_string_list_new (NULL);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new_with_mnemonic (_("_Show"));

      for (guint m = 0; m < KP_N_STAFFING_MEASURES; m++)
        gtk_string_list_append (measures, kp_staffing_measure_label (m));
      self->measure = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&measures)), NULL));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->measure), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Staffing figure to show per role"), -1);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->measure));
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->measure));
      gtk_widget_set_margin_start (row, 12);
      gtk_widget_set_margin_top (row, 6);
      gtk_box_append (GTK_BOX (box), row);
      g_signal_connect_swapped (self->measure, "notify::selected", G_CALLBACK (measure_changed_cb), self);
    }
  self->views[id] = KP_CHART_VIEW (kp_chart_view_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->views[id]), 280, 260);
  gtk_widget_set_vexpand (GTK_WIDGET (self->views[id]), TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->views[id]), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->views[id]), 6);
  gtk_widget_set_margin_top (GTK_WIDGET (self->views[id]), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->views[id]), 6);
  kp_chart_view_set_file_name (self->views[id], _(charts[id].file_name));
  self->empty[id] = GTK_LABEL (gtk_label_new (_(charts[id].empty)));
  gtk_label_set_wrap (self->empty[id], TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->empty[id]), 280, 120);
  gtk_widget_add_css_class (GTK_WIDGET (self->empty[id]), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->empty[id]), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->views[id]));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->empty[id]));
  return box;
}

static void
kp_followup_dashboard_init (KpFollowupDashboard *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < N_CARDS; i++)
    {
      self->cards[i] = kp_key_figure_new ();
      gtk_flow_box_append (self->key_box, GTK_WIDGET (self->cards[i]));
    }
  kp_key_figure_set_bar_labels (self->cards[KP_KEY_PROGRESS], C_("progress", "Work"), C_("progress", "Time"));
  for (guint i = 0; i < N_CHARTS; i++)
    gtk_flow_box_append (self->chart_box, chart_card (self, i));
  /* A period typed and left applies as Enter does. */
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (range_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->from_entry), focus);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (range_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->to_entry), focus);
}
