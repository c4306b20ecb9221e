/* kp-chart-view.c: a chart drawn with the export layer's code, as a widget. */
#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "kp-chart-view.h"
#include "kp-entity-cell.h"
#include "kp-window.h"

struct _KpChartView
{
  GtkWidget parent_instance;

  KpChart *chart;
  char *file_name;
  GtkWidget *save_button;
};

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KpChartView, kp_chart_view, GTK_TYPE_WIDGET)

#define SAVE_WIDTH 1200

gboolean
kp_chart_view_get_dark (KpChartView *self)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
update_accessible (KpChartView *self)
{
  g_autofree char *description = self->chart != NULL ? kp_chart_describe (self->chart) : g_strdup ("");
  const char *title = self->chart != NULL ? kp_chart_get_title (self->chart) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
kp_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KpChartView *self = KP_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  if (self->chart != NULL && width > 0 && height > 0)
    {
      PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
      g_autofree char *font_name = font != NULL ? pango_font_description_to_string (font) : NULL;
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

      kp_chart_set_font (self->chart, font_name);
      kp_chart_draw (self->chart, cr, width, height,
                     kp_chart_view_get_dark (self) ? KP_CHART_STYLE_DARK : KP_CHART_STYLE_LIGHT);
      cairo_destroy (cr);
    }
  gtk_widget_snapshot_child (widget, self->save_button, snapshot);
}

static void
kp_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  KpChartView *self = KP_CHART_VIEW (widget);
  int button_min, button_nat;

  gtk_widget_measure (self->save_button, orientation, -1, &button_min, &button_nat, NULL, NULL);
  *minimum = MAX (button_min, orientation == GTK_ORIENTATION_HORIZONTAL ? 160 : 120);
  *natural = MAX (*minimum, orientation == GTK_ORIENTATION_HORIZONTAL ? 360 : 240);
}

static void
kp_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  KpChartView *self = KP_CHART_VIEW (widget);
  GtkRequisition button;

  gtk_widget_get_preferred_size (self->save_button, NULL, &button);
  gtk_widget_size_allocate (self->save_button,
                            &(GtkAllocation) { MAX (0, width - button.width), 0, button.width, button.height }, -1);
}

static gboolean
query_tooltip_cb (KpChartView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip)
{
  guint series, category;
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  if (self->chart == NULL || keyboard ||
      !kp_chart_locate (self->chart, gtk_widget_get_width (GTK_WIDGET (self)),
                        gtk_widget_get_height (GTK_WIDGET (self)), x, y, &series, &category))
    return FALSE;
  value = kp_chart_format_value (self->chart, kp_chart_get_value (self->chart, series, category));
  /* Translators: a chart's tooltip: series, category and value, e.g. "Demand, 2024: 56" */
  text = g_strdup_printf (_("%s, %s: %s"), kp_chart_get_series_name (self->chart, series),
                          kp_chart_get_category (self->chart, category), value);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

gboolean
kp_chart_view_save (KpChartView  *self,
                    GFile        *file,
                    GError      **error)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self)), height = gtk_widget_get_height (GTK_WIDGET (self));
  int save_height = width > 0 && height > 0 ? (int) round (SAVE_WIDTH * (double) height / width) : SAVE_WIDTH * 5 / 8;
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(KpChart) empty = NULL;
  KpChart *chart = self->chart;

  if (chart == NULL)
    chart = empty = kp_chart_new (KP_CHART_BAR);
  save_height = CLAMP (save_height, 300, 2400);
  if (g_str_has_suffix (name, ".svg") || g_str_has_suffix (name, ".SVG"))
    return kp_chart_save_svg (chart, file, SAVE_WIDTH, save_height, KP_CHART_STYLE_LIGHT, error);
  return kp_chart_save_png (chart, file, SAVE_WIDTH, save_height, KP_CHART_STYLE_LIGHT, error);
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  KpChartView     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (!kp_chart_view_save (self, file, &error))
        kp_report_error (GTK_WIDGET (self), error);
      else if (KP_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))))
        {
          g_autofree char *name = g_file_get_basename (file);
          /* Translators: a toast after saving a chart, e.g. "Saved “staff.png”" */
          g_autofree char *text = g_strdup_printf (_("Saved “%s”"), name);

          kp_window_show_toast (KP_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), text);
        }
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KpChartView *self = KP_CHART_VIEW (widget);
  gboolean svg = g_str_equal (g_variant_get_string (param, NULL), "svg");
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *base = self->file_name != NULL ? self->file_name
                   : self->chart != NULL && kp_chart_get_title (self->chart) != NULL ? kp_chart_get_title (self->chart)
                   : _("chart");
  g_autofree char *safe = g_strdelimit (g_strdup (base), "/\\:*?\"<>|", '-');
  g_autofree char *suggested = g_strconcat (safe, svg ? ".svg" : ".png", NULL);

  chooser = gtk_file_chooser_native_new (svg ? _("Save Chart as SVG") : _("Save Chart as PNG"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, svg ? _("SVG images") : _("PNG images"));
  gtk_file_filter_add_mime_type (filter, svg ? "image/svg+xml" : "image/png");
  gtk_file_filter_add_suffix (filter, svg ? "svg" : "png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
kp_chart_view_set_chart (KpChartView *self,
                         KpChart     *chart)
{
  g_return_if_fail (KP_IS_CHART_VIEW (self));

  if (chart != self->chart)
    {
      if (chart != NULL)
        kp_chart_ref (chart);
      g_clear_pointer (&self->chart, kp_chart_unref);
      self->chart = chart;
    }
  /* The same chart may hold new figures: redraw and retell either way. */
  update_accessible (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.save", self->chart != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

KpChart *
kp_chart_view_get_chart (KpChartView *self)
{
  return self->chart;
}

void
kp_chart_view_set_file_name (KpChartView *self,
                             const char  *name)
{
  g_free (self->file_name);
  self->file_name = name != NULL && *name ? g_strdup (name) : NULL;
}

GtkWidget *
kp_chart_view_new (void)
{
  return g_object_new (KP_TYPE_CHART_VIEW, NULL);
}

static void
kp_chart_view_dispose (GObject *object)
{
  KpChartView *self = KP_CHART_VIEW (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_CHART_VIEW);
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  g_clear_pointer (&self->chart, kp_chart_unref);
  g_clear_pointer (&self->file_name, g_free);
  G_OBJECT_CLASS (kp_chart_view_parent_class)->dispose (object);
}

static void
kp_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_boxed (value, KP_CHART_VIEW (object)->chart);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_CHART:
      kp_chart_view_set_chart (KP_CHART_VIEW (object), g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_chart_view_class_init (KpChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_chart_view_dispose;
  object_class->get_property = kp_chart_view_get_property;
  object_class->set_property = kp_chart_view_set_property;
  widget_class->snapshot = kp_chart_view_snapshot;
  widget_class->measure = kp_chart_view_measure;
  widget_class->size_allocate = kp_chart_view_size_allocate;

  properties[PROP_CHART] =
    g_param_spec_boxed ("chart", NULL, NULL, KP_TYPE_CHART,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-chart-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KpChartView, save_button);
  gtk_widget_class_bind_template_callback (widget_class, query_tooltip_cb);
  gtk_widget_class_install_action (widget_class, "chart.save", "s", save_action);
  gtk_widget_class_set_css_name (widget_class, "kp-chart-view");
  /* A group, not an image: it holds the save button, and says the figures. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kp_chart_view_init (KpChartView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.save", FALSE);
  update_accessible (self);
}
