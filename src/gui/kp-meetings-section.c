/* kp-meetings-section.c: meetings, series and counts per forum. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-chart-view.h"
#include "kp-entity-cell.h"
#include "kp-meeting-series.h"
#include "kp-meetings-section.h"
#include "kp-stats.h"
#include "kp-window.h"

struct _KpMeetingsSection
{
  AdwBin parent_instance;

  KpDocument *document;
  KpEntityTable *log;
  KpEntityTable *series;
  guint refresh_id;

  GtkLabel *counts_label;
  KpChartView *chart;
  AdwBin *log_bin;
  AdwBin *series_bin;
};

G_DEFINE_FINAL_TYPE (KpMeetingsSection, kp_meetings_section, ADW_TYPE_BIN)

static void
update_action (KpMeetingsSection *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.fill-series",
                                 self->document != NULL && !kp_document_get_read_only (self->document) &&
                                 kp_entity_table_get_selected (self->series) != NULL);
}

static gboolean
refresh_cb (gpointer data)
{
  KpMeetingsSection *self = data;
  g_autoptr(KpStatsMeetings) meetings = NULL;
  g_autoptr(KpChart) chart = kp_chart_new (KP_CHART_BAR);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) held = g_array_new (FALSE, FALSE, sizeof (double));

  self->refresh_id = 0;
  if (self->document == NULL)
    return G_SOURCE_REMOVE;
  meetings = kp_stats_meetings_new (self->document, NULL);
  kp_chart_set_title (chart, _("Meetings and presentations per forum"));
  for (guint i = 0; i < meetings->n_forums; i++)
    {
      const KpStatsForum *f = &meetings->forums[i];
      double n = f->held;

      if (f->held == 0)
        continue;
      kp_chart_add_category (chart, kp_catalog_label (&kp_catalog_forum, f->forum));
      g_array_append_val (held, n);
      g_string_append_printf (text, "%s%s %u", text->len ? " · " : "", kp_catalog_label (&kp_catalog_forum, f->forum), f->held);
    }
  if (held->len > 0)
    {
      kp_chart_append_series (chart, _("Held"), (double *) held->data, held->len);
      kp_chart_set_axis_titles (chart, NULL, _("Meetings"));
      kp_chart_view_set_chart (self->chart, chart);
      kp_chart_view_set_file_name (self->chart, _("meetings-per-forum"));
    }
  else
    kp_chart_view_set_chart (self->chart, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->chart), held->len > 0);
  if (text->len == 0)
    g_string_append (text, _("No meetings held yet."));
  if (meetings->cancelled > 0)
    {
      g_string_append_c (text, '\n');
      /* Translators: under the counts per forum */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u cancelled meeting is not counted.",
                                                 "%u cancelled meetings are not counted.", meetings->cancelled),
                              meetings->cancelled);
    }
  gtk_label_set_text (self->counts_label, text->str);
  update_action (self);
  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (KpMeetingsSection *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_cb, self);
}

/* A new series comes with its meetings, as one undo step. */
static gboolean
add_series_cb (KpDocument  *document,
               KpEntity    *draft,
               gpointer     data,
               GError     **error)
{
  return kp_meeting_series_add (document, draft, error);
}

static void
fill_series_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  KpMeetingsSection *self = KP_MEETINGS_SECTION (widget);
  KpEntity *series = kp_entity_table_get_selected (self->series);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint added = 0;

  if (series == NULL)
    return;
  if (!kp_meeting_series_fill (self->document, series, &added, &error))
    {
      kp_report_error (widget, error);
      return;
    }
  if (!KP_IS_WINDOW (root))
    return;
  if (added == 0)
    kp_window_show_toast (KP_WINDOW (root), _("The log already has every meeting of the series"));
  else
    {
      AdwToast *toast;

      /* Translators: a toast after adding a series' missing meetings */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u meeting to the log", "Added %u meetings to the log", added),
                              added);
      toast = adw_toast_new (text);
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      kp_window_add_toast (KP_WINDOW (root), toast);
    }
}

void
kp_meetings_section_set_document (KpMeetingsSection *self,
                                  KpDocument        *document)
{
  g_return_if_fail (KP_IS_MEETINGS_SECTION (self));
  g_return_if_fail (self->document == NULL);

  self->document = g_object_ref (document);
  kp_entity_table_set_document (self->log, document);
  kp_entity_table_set_document (self->series, document);
  g_signal_connect_object (kp_entity_table_get_rows (self->series), "notify::selected",
                           G_CALLBACK (update_action), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  refresh_cb (self);
}

KpEntityTable *
kp_meetings_section_get_log (KpMeetingsSection *self)
{
  return self->log;
}

KpEntityTable *
kp_meetings_section_get_series (KpMeetingsSection *self)
{
  return self->series;
}

const char *
kp_meetings_section_get_counts (KpMeetingsSection *self)
{
  return gtk_label_get_text (self->counts_label);
}

static void
kp_meetings_section_dispose (GObject *object)
{
  KpMeetingsSection *self = KP_MEETINGS_SECTION (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_MEETINGS_SECTION);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_meetings_section_parent_class)->dispose (object);
}

static void
kp_meetings_section_class_init (KpMeetingsSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_meetings_section_dispose;
  g_type_ensure (KP_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-meetings-section.ui");
  gtk_widget_class_bind_template_child (widget_class, KpMeetingsSection, counts_label);
  gtk_widget_class_bind_template_child (widget_class, KpMeetingsSection, chart);
  gtk_widget_class_bind_template_child (widget_class, KpMeetingsSection, log_bin);
  gtk_widget_class_bind_template_child (widget_class, KpMeetingsSection, series_bin);
  gtk_widget_class_install_action (widget_class, "meetings.fill-series", NULL, fill_series_action);
}

static void
kp_meetings_section_init (KpMeetingsSection *self)
{
  static const char *const log_columns[] = { "date", "forum", "kind", "title", "decisions", "cancelled", "series-id", NULL };
  static const char *const series_columns[] = { "forum", "title", "first-date", "interval-weeks", "until-date", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->log = kp_entity_table_new (&kp_desc_meeting, log_columns);
  kp_entity_table_set_form_multiline (self->log, "decisions");
  adw_bin_set_child (self->log_bin, GTK_WIDGET (self->log));
  self->series = kp_entity_table_new (&kp_desc_meeting_series, series_columns);
  kp_entity_table_set_add_func (self->series, add_series_cb, self);
  adw_bin_set_child (self->series_bin, GTK_WIDGET (self->series));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.fill-series", FALSE);
}
