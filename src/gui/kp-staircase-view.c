/* kp-staircase-view.c: the competence staircase drawn as a staircase. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-competence-stats.h"
#include "kp-competence-util.h"
#include "kp-staircase-view.h"

struct _KpStaircaseView
{
  GtkWidget parent_instance;

  KpDocument *document;
  GArray *steps;            /* KpStairFigures */
};

G_DEFINE_FINAL_TYPE (KpStaircaseView, kp_staircase_view, GTK_TYPE_WIDGET)

#define PAD 8.0
#define BAR_HEIGHT 7.0

char *
kp_staircase_view_describe (KpStaircaseView *self)
{
  GString *text = g_string_new (NULL);

  if (self->steps == NULL || self->steps->len == 0)
    {
      g_string_append (text, _("The staircase has no steps yet."));
      return g_string_free (text, FALSE);
    }
  for (guint i = 0; i < self->steps->len; i++)
    {
      const KpStairFigures *f = &g_array_index (self->steps, KpStairFigures, i);

      if (i > 0)
        g_string_append_c (text, ' ');
      /* Translators: one step of the staircase: its number, name, people now and planned */
      g_string_append_printf (text, _("Step %u, %s: %d now, %d planned."), i + 1,
                              kp_entity_get_text (f->step, "name"), (int) f->now, (int) f->planned);
    }
  return g_string_free (text, FALSE);
}

static void
update (KpStaircaseView *self)
{
  g_autofree char *description = NULL;

  g_clear_pointer (&self->steps, g_array_unref);
  if (self->document != NULL)
    self->steps = kp_staircase_figures (self->document, NULL);
  description = kp_staircase_view_describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The block of step i: it rises one level per step, from the left. */
static graphene_rect_t
step_rect (KpStaircaseView *self,
           guint            i,
           double           width,
           double           height)
{
  guint n = self->steps->len;
  double w = (width - 2 * PAD) / n;
  double rise = (height - 2 * PAD) / (n + 2.5);
  double top = height - PAD - rise * (i + 2.5);

  return GRAPHENE_RECT_INIT (PAD + i * w, top, w - 2, height - PAD - top);
}

static void
kp_staircase_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  KpStaircaseView *self = KP_STAIRCASE_VIEW (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  GdkRGBA fg, accent = { 0.21, 0.52, 0.89, 1 };
  gint64 most = 1;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  if (self->steps == NULL || self->steps->len == 0)
    {
      GdkRGBA dim = fg;
      int w, h;

      dim.alpha *= 0.55;
      pango_layout_set_text (layout, _("The staircase has no steps yet."), -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - w) / 2, (height - h) / 2));
      gtk_snapshot_append_layout (snapshot, layout, &dim);
      gtk_snapshot_restore (snapshot);
      return;
    }
  for (guint i = 0; i < self->steps->len; i++)
    {
      const KpStairFigures *f = &g_array_index (self->steps, KpStairFigures, i);

      most = MAX (most, MAX (f->now, f->planned));
    }
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  for (guint i = 0; i < self->steps->len; i++)
    {
      const KpStairFigures *f = &g_array_index (self->steps, KpStairFigures, i);
      graphene_rect_t r = step_rect (self, i, width, height);
      GdkRGBA fill = accent, edge = accent;
      g_autofree char *markup = NULL;
      g_autofree char *name = g_markup_escape_text (kp_entity_get_text (f->step, "name"), -1);
      double inner = r.size.width - 16;
      int h;

      fill.alpha = 0.12 + 0.5 * (i + 1) / self->steps->len;
      gtk_snapshot_append_color (snapshot, &fill, &r);
      gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (r.origin.x, r.origin.y, r.size.width, 3));

      /* Name and figures on the tread, bars for now and planned under them. */
      /* Translators: the figures on a step of the staircase */
      markup = g_strdup_printf (_("<b>%s</b>\n%d now, %d planned"), name, (int) f->now, (int) f->planned);
      pango_layout_set_markup (layout, markup, -1);
      pango_layout_set_width (layout, (int) (inner * PANGO_SCALE));
      pango_layout_set_height (layout, -3);
      pango_layout_get_pixel_size (layout, NULL, &h);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (r.origin.x + 8, r.origin.y + 8));
      gtk_snapshot_append_layout (snapshot, layout, &fg);
      gtk_snapshot_restore (snapshot);
      {
        double y = r.origin.y + 8 + h + 6;

        if (y + 2 * BAR_HEIGHT + 4 < r.origin.y + r.size.height)
          {
            GdkRGBA planned = fg;

            planned.alpha = 0.35;
            gtk_snapshot_append_color (snapshot, &fg,
                                       &GRAPHENE_RECT_INIT (r.origin.x + 8, y, inner * f->now / most, BAR_HEIGHT));
            gtk_snapshot_append_color (snapshot, &planned,
                                       &GRAPHENE_RECT_INIT (r.origin.x + 8, y + BAR_HEIGHT + 3,
                                                            inner * f->planned / most, BAR_HEIGHT));
          }
      }
    }
}

static void
kp_staircase_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  KpStaircaseView *self = KP_STAIRCASE_VIEW (widget);
  guint n = self->steps != NULL ? MAX (self->steps->len, 1) : 1;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) (n * 90 + 2 * PAD);
      *natural = (int) (n * 170 + 2 * PAD);
    }
  else
    {
      *minimum = 200;
      *natural = 280;
    }
}

static gboolean
query_tooltip_cb (KpStaircaseView *self,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self)), height = gtk_widget_get_height (GTK_WIDGET (self));

  for (guint i = 0; self->steps != NULL && i < self->steps->len; i++)
    {
      graphene_rect_t r = step_rect (self, i, width, height);
      const KpStairFigures *f = &g_array_index (self->steps, KpStairFigures, i);
      const char *requirements = kp_entity_get_text (f->step, "requirements");

      if (graphene_rect_contains_point (&r, &GRAPHENE_POINT_INIT (x, y)) && *requirements)
        {
          g_autofree char *text = g_strdup_printf ("%s\n%s", kp_entity_get_text (f->step, "name"), requirements);

          gtk_tooltip_set_text (tooltip, text);
          return TRUE;
        }
    }
  return FALSE;
}

void
kp_staircase_view_set_document (KpStaircaseView *self,
                                KpDocument      *document)
{
  kp_competence_follow_document (GTK_WIDGET (self), &self->document, document, G_CALLBACK (update));
  update (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GtkWidget *
kp_staircase_view_new (void)
{
  return g_object_new (KP_TYPE_STAIRCASE_VIEW, NULL);
}

static void
kp_staircase_view_dispose (GObject *object)
{
  KpStaircaseView *self = KP_STAIRCASE_VIEW (object);

  kp_competence_follow_document (GTK_WIDGET (self), &self->document, NULL, NULL);
  g_clear_pointer (&self->steps, g_array_unref);
  G_OBJECT_CLASS (kp_staircase_view_parent_class)->dispose (object);
}

static void
kp_staircase_view_class_init (KpStaircaseViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_staircase_view_dispose;
  widget_class->snapshot = kp_staircase_view_snapshot;
  widget_class->measure = kp_staircase_view_measure;
  gtk_widget_class_set_css_name (widget_class, "kp-staircase-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kp_staircase_view_init (KpStaircaseView *self)
{
  kp_competence_drawing_init (GTK_WIDGET (self), _("Competence staircase"), G_CALLBACK (query_tooltip_cb));
  update (self);
}
