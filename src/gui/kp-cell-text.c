/* kp-cell-text.c: one line of text that changes without a relayout. */
#include "config.h"

#include "kp-cell-text.h"
#include "kp-damage-mark.h"

struct _KpCellText
{
  GtkWidget parent_instance;

  char *text;
  float xalign;
  gboolean numeric;
  PangoLayout *layout;   /* made on first draw, kept in step with the widget's font */
  guint context_serial;
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

static void
update_attributes (KpCellText *self)
{
  g_autoptr(PangoAttrList) attrs = NULL;

  if (self->layout == NULL)
    return;
  if (self->numeric)
    {
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
    }
  pango_layout_set_attributes (self->layout, attrs);
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
  if (self->layout == NULL)
    {
      self->layout = pango_layout_new (context);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      pango_layout_set_text (self->layout, self->text, -1);
      update_attributes (self);
      self->context_serial = pango_context_get_serial (context);
    }
  else if (self->context_serial != pango_context_get_serial (context))
    {
      /* The font changed (a style class, the text scale). */
      pango_layout_context_changed (self->layout);
      self->context_serial = pango_context_get_serial (context);
    }
  pango_layout_set_width (self->layout, width * PANGO_SCALE);
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
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text, -1);
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
  update_attributes (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
