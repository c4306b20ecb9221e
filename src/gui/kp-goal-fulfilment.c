/* kp-goal-fulfilment.c: the goal fulfilment summary. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kp-chart-view.h"
#include "kp-goal-fulfilment.h"
#include "kp-goal-report.h"
#include "kp-window.h"

struct _KpGoalFulfilment
{
  AdwBin parent_instance;

  KpDocument *document;
  guint refresh_id;
  guint n_goals;

  GtkLabel *tally_label;
  KpChartView *chart;
  GtkBox *groups;
};

G_DEFINE_FINAL_TYPE (KpGoalFulfilment, kp_goal_fulfilment, ADW_TYPE_BIN)

/* The style classes that colour a symbolic icon as the status. */
static const char *const status_classes[KP_N_GOAL_STATUSES] = { "success", "warning", "error", "dim-label" };

GtkWidget *
kp_goal_status_image_new (void)
{
  GtkWidget *image = gtk_image_new_from_icon_name ("media-record-symbolic");

  gtk_widget_set_valign (image, GTK_ALIGN_CENTER);
  return image;
}

void
kp_goal_status_image_set (GtkWidget    *image,
                          KpGoalStatus  status)
{
  for (guint i = 0; i < KP_N_GOAL_STATUSES; i++)
    gtk_widget_remove_css_class (image, status_classes[i]);
  gtk_widget_add_css_class (image, status_classes[status]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kp_goal_status_label (status), -1);
}

static GtkWidget *
goal_row (KpEntity *goal)
{
  KpGoalStatus status = kp_goal_status_of (goal);
  const char *unit = kp_entity_get_text (goal, "unit");
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dot = kp_goal_status_image_new ();
  GtkWidget *label = gtk_label_new (kp_goal_status_label (status));
  gint64 number = kp_entity_get_int (goal, "number");
  g_autofree char *title = number > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT ". %s", number, kp_entity_get_text (goal, "text"))
                                      : g_strdup (kp_entity_get_text (goal, "text"));
  g_autofree char *target = kp_goal_format_value (kp_entity_get_real (goal, "target-low"),
                                                  kp_entity_get_real (goal, "target-high"), unit);
  g_autofree char *outcome = kp_goal_format_value (kp_entity_get_real (goal, "outcome"), NAN, unit);
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (*target)
    g_string_append_printf (subtitle, "%s: %s", _("Target"), target);
  if (*outcome)
    g_string_append_printf (subtitle, "%s%s: %s", subtitle->len ? " · " : "", _("Outcome"), outcome);
  if (kp_goal_status_is_manual (goal))
    {
      const char *reason = kp_entity_get_text (goal, "override-reason");

      g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", _("Status set by hand"));
      if (*reason)
        g_string_append_printf (subtitle, ": %s", reason);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  kp_goal_status_image_set (dot, status);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);
  gtk_widget_add_css_class (label, status_classes[status]);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static void
refresh_chart (KpGoalFulfilment *self)
{
  g_autoptr(KpChart) chart = kp_chart_new (KP_CHART_STACKED_BAR);
  /* The status colours in the chart's palette: green, yellow, red, and brown for the
   * goals not assessed (the palette has no grey). */
  static const guint palette[KP_N_GOAL_STATUSES] = { 2, 5, 4, 6 };
  double counts[KP_N_GOAL_STATUSES][8] = { { 0 } };
  GListModel *goals = kp_document_get_list (self->document, &kp_desc_goal);

  g_return_if_fail (kp_catalog_goal_kind.n_choices <= 8);
  kp_chart_set_title (chart, _("Goals per status"));
  for (guint k = 0; k < kp_catalog_goal_kind.n_choices; k++)
    kp_chart_add_category (chart, _(kp_catalog_goal_kind.choices[k].label));
  for (guint i = 0, n = g_list_model_get_n_items (goals); i < n; i++)
    {
      g_autoptr(KpEntity) goal = g_list_model_get_item (goals, i);
      int kind = kp_catalog_index (&kp_catalog_goal_kind, kp_entity_get_text (goal, "kind"));

      if (kind >= 0)
        counts[kp_goal_status_of (goal)][kind] += 1;
    }
  for (guint s = 0; s < KP_N_GOAL_STATUSES; s++)
    {
      guint series = kp_chart_append_series (chart, kp_goal_status_label (s), counts[s], kp_catalog_goal_kind.n_choices);

      kp_chart_set_series_color (chart, series, palette[s]);
    }
  kp_chart_set_axis_titles (chart, NULL, _("Goals"));
  kp_chart_view_set_chart (self->chart, chart);
  kp_chart_view_set_file_name (self->chart, _("goal-fulfilment"));
}

static gboolean
refresh_cb (gpointer data)
{
  KpGoalFulfilment *self = data;
  GtkWidget *child;
  g_autofree char *tally = NULL;

  self->refresh_id = 0;
  if (self->document == NULL)
    return G_SOURCE_REMOVE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_box_remove (self->groups, child);
  self->n_goals = 0;
  for (guint k = 0; k < kp_catalog_goal_kind.n_choices; k++)
    {
      const KpChoice *kind = &kp_catalog_goal_kind.choices[k];
      GListModel *goals = kp_document_get_list (self->document, &kp_desc_goal);
      GtkWidget *group = adw_preferences_group_new ();
      guint shown = 0;

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(kind->label));
      for (guint i = 0, n = g_list_model_get_n_items (goals); i < n; i++)
        {
          g_autoptr(KpEntity) goal = g_list_model_get_item (goals, i);

          if (!g_str_equal (kp_entity_get_text (goal, "kind"), kind->key))
            continue;
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), goal_row (goal));
          shown++;
        }
      if (shown > 0)
        gtk_box_append (self->groups, group);
      else
        g_object_ref_sink (group), g_object_unref (group);
      self->n_goals += shown;
    }
  tally = kp_goal_report_tally (self->document);
  gtk_label_set_text (self->tally_label, tally);
  refresh_chart (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fulfilment.copy", self->n_goals > 0);
  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (KpGoalFulfilment *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_cb, self);
}

void
kp_goal_fulfilment_set_document (KpGoalFulfilment *self,
                                 KpDocument       *document)
{
  g_return_if_fail (KP_IS_GOAL_FULFILMENT (self));
  g_return_if_fail (self->document == NULL);

  self->document = g_object_ref (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  refresh_cb (self);
}

guint
kp_goal_fulfilment_get_n_goals (KpGoalFulfilment *self)
{
  return self->n_goals;
}

/* Both forms go on the clipboard: mail and plain editors take the text, word processors
 * the table with its colours. */
static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KpGoalFulfilment *self = KP_GOAL_FULFILMENT (widget);
  g_autofree char *text = NULL;
  char *html;
  g_autoptr(GBytes) html_bytes = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *parts[2];
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->document == NULL)
    return;
  text = kp_goal_report_text (self->document);
  html = kp_goal_report_html (self->document);
  html_bytes = g_bytes_new_take (html, strlen (html));
  parts[0] = gdk_content_provider_new_for_bytes ("text/html", html_bytes);
  parts[1] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  provider = gdk_content_provider_new_union (parts, G_N_ELEMENTS (parts));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), provider);
  if (KP_IS_WINDOW (root))
    kp_window_show_toast (KP_WINDOW (root), _("Copied the goal fulfilment: paste it into the final report"));
}

static void
kp_goal_fulfilment_dispose (GObject *object)
{
  KpGoalFulfilment *self = KP_GOAL_FULFILMENT (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_GOAL_FULFILMENT);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_goal_fulfilment_parent_class)->dispose (object);
}

static void
kp_goal_fulfilment_class_init (KpGoalFulfilmentClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_goal_fulfilment_dispose;
  g_type_ensure (KP_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-goal-fulfilment.ui");
  gtk_widget_class_bind_template_child (widget_class, KpGoalFulfilment, tally_label);
  gtk_widget_class_bind_template_child (widget_class, KpGoalFulfilment, chart);
  gtk_widget_class_bind_template_child (widget_class, KpGoalFulfilment, groups);
  gtk_widget_class_install_action (widget_class, "fulfilment.copy", NULL, copy_action);
}

static void
kp_goal_fulfilment_init (KpGoalFulfilment *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fulfilment.copy", FALSE);
}
