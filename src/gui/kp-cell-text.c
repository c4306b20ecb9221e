/* kp-cell-text.c: one line of text that changes without a relayout. */
#include "config.h"

#include <pango/pangocairo.h>

#include "kp-cell-text.h"
#include "kp-damage-mark.h"
#include "kp-layout-cache.h"

struct _KpCellText
{
  GtkWidget parent_instance;

  char *text;
  float xalign;
  gboolean numeric;
  PangoLayout *layout;   /* shared (see shaped_text), looked up on the first draw after a change */
  int layout_width;
  char *font_key;        /* what of the widget's font and context shaping depends on */
  guint context_serial;  /* … as of this serial of its context */
};

G_DEFINE_FINAL_TYPE (KpCellText, kp_cell_text, GTK_TYPE_WIDGET)

static void
kp_cell_text_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  PangoContext *context;
  PangoFontMetrics *metrics;
  int ascent, descent;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    return;
  /* The height of a line of the font, whatever the text. */
  context = gtk_widget_get_pango_context (widget);
  metrics = pango_context_get_metrics (context, NULL, NULL);
  ascent = pango_font_metrics_get_ascent (metrics);
  descent = pango_font_metrics_get_descent (metrics);
  pango_font_metrics_unref (metrics);
  *minimum = *natural = PANGO_PIXELS_CEIL (ascent + descent);
  *minimum_baseline = *natural_baseline = PANGO_PIXELS_CEIL (ascent);
}

/* Shaped texts, shared by every cell that shows the same text in the same font and width:
 * an outline of 10,000 rows repeats its dates, durations, percentages and responsibles
 * over and over, and shaping a text costs more than drawing it. */
static KpLayoutCache *shaped;

static char *
font_key_of (PangoContext *context)
{
  g_autofree char *font = pango_font_description_to_string (pango_context_get_font_description (context));
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);

  return g_strdup_printf ("%s\x1f%g\x1f%lu\x1f%d\x1f%s", font, pango_cairo_context_get_resolution (context),
                          options != NULL ? cairo_font_options_hash (options) : 0UL,
                          (int) pango_context_get_base_dir (context),
                          pango_language_to_string (pango_context_get_language (context)));
}

static PangoLayout *
shaped_text (PangoContext *context,
             const char   *font_key,
             const char   *text,
             int           width,
             gboolean      numeric)
{
  g_autofree char *key = g_strdup_printf ("%s\x1f%d\x1f%d\x1f%s", font_key, width, numeric, text);
  PangoLayout *layout;

  if (shaped == NULL)
    shaped = kp_layout_cache_new (2000);
  if ((layout = kp_layout_cache_lookup (shaped, key)) != NULL)
    return g_object_ref (layout);
  layout = pango_layout_new (context);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  if (numeric)
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

      /* Figures of equal width. */
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      pango_layout_set_attributes (layout, attrs);
    }
  pango_layout_set_text (layout, text, -1);
  kp_layout_cache_insert (shaped, key, layout);
  return layout;
}

static void
kp_cell_text_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  KpCellText *self = KP_CELL_TEXT (widget);
  PangoContext *context = gtk_widget_get_pango_context (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  PangoRectangle logical;
  GdkRGBA color;

  if (self->text == NULL || *self->text == '\0' || width <= 0)
    return;
  if (self->font_key == NULL || self->context_serial != pango_context_get_serial (context))
    {
      /* The font changed (a style class, the text scale). */
      g_free (self->font_key);
      self->font_key = font_key_of (context);
      self->context_serial = pango_context_get_serial (context);
      g_clear_object (&self->layout);
    }
  if (self->layout == NULL || self->layout_width != width)
    {
      g_clear_object (&self->layout);
      self->layout = shaped_text (context, self->font_key, self->text, width, self->numeric);
      self->layout_width = width;
    }
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  /* A new text repaints the whole cell, so that the changed cells of a column, row under
   * row, make one rectangle (moving a chain of activities changes three cells in every row
   * in view). The mark reaches 2 px past the sides, where glyphs may stick out of the box. */
  kp_snapshot_append_damage_mark (snapshot, &GRAPHENE_RECT_INIT (-2, 0, (float) width + 4, (float) height),
                                  g_str_hash (self->text));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL
                                                         ? (width - logical.width) * (1 - self->xalign)
                                                         : (width - logical.width) * self->xalign,
                                                         (height - logical.height) / 2.0f));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
  gtk_snapshot_restore (snapshot);
}

/* A popover on the cell (the outline's editor) follows it. */
static void
kp_cell_text_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
}

static void
kp_cell_text_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (kp_cell_text_parent_class)->dispose (object);
}

static void
kp_cell_text_finalize (GObject *object)
{
  KpCellText *self = KP_CELL_TEXT (object);

  g_free (self->text);
  g_free (self->font_key);
  g_clear_object (&self->layout);
  G_OBJECT_CLASS (kp_cell_text_parent_class)->finalize (object);
}

static void
kp_cell_text_class_init (KpCellTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_cell_text_dispose;
  object_class->finalize = kp_cell_text_finalize;
  widget_class->measure = kp_cell_text_measure;
  widget_class->size_allocate = kp_cell_text_size_allocate;
  widget_class->snapshot = kp_cell_text_snapshot;
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
kp_cell_text_init (KpCellText *self)
{
  self->text = g_strdup ("");
}

GtkWidget *
kp_cell_text_new (void)
{
  return g_object_new (KP_TYPE_CELL_TEXT, NULL);
}

const char *
kp_cell_text_get_text (KpCellText *self)
{
  g_return_val_if_fail (KP_IS_CELL_TEXT (self), NULL);

  return self->text;
}

void
kp_cell_text_set_text (KpCellText *self,
                       const char *text)
{
  g_return_if_fail (KP_IS_CELL_TEXT (self));

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text, text))
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_object (&self->layout);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kp_cell_text_set_xalign (KpCellText *self,
                         float       xalign)
{
  g_return_if_fail (KP_IS_CELL_TEXT (self));
  self->xalign = CLAMP (xalign, 0, 1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kp_cell_text_set_numeric (KpCellText *self,
                          gboolean    numeric)
{
  g_return_if_fail (KP_IS_CELL_TEXT (self));
  self->numeric = numeric;
  g_clear_object (&self->layout);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
