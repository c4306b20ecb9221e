/* kp-chart-draw.c: a chart drawn with cairo and Pango, and saved as PNG or SVG. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kp-chart-private.h"

#define PAD 8.0
#define MIN_BAND_FOR_LABEL 44.0

static void
set_ink (cairo_t      *cr,
         KpChartStyle  style,
         double        alpha)
{
  if (style == KP_CHART_STYLE_DARK)
    cairo_set_source_rgba (cr, 1, 1, 1, alpha);
  else
    cairo_set_source_rgba (cr, 0, 0, 0, alpha);
}

static void
set_series_color (cairo_t      *cr,
                  KpChartStyle  style,
                  Series       *s)
{
  double rgba[4];

  kp_chart_palette_color (style, s->color, rgba);
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
}

/* ---- layout ------------------------------------------------------------------------------ */

typedef struct
{
  double x, y, w, h;      /* the plot area */
  double lo, hi, step;
  double band;            /* the width of one category */
  guint label_every;
  double title_y, legend_y, labels_y, category_title_y;
} Layout;

static PangoLayout *
new_layout (KpChart    *self,
            cairo_t    *cr,
            const char *text,
            gboolean    bold,
            double      scale)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (self->font);

  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (scale != 1.0 && pango_font_description_get_size (font) > 0)
    pango_font_description_set_size (font, (int) (pango_font_description_get_size (font) * scale));
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
text_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return h;
}

static double
text_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return w;
}

static gboolean
has_legend (KpChart *self)
{
  for (guint i = 0; i < self->series->len; i++)
    if (*kp_chart_get_series_name (self, i))
      return TRUE;
  return FALSE;
}

/* Lays the legend out in rows; draws it too when draw is TRUE. Returns its height. */
static double
legend (KpChart      *self,
        cairo_t      *cr,
        double        width,
        double        top,
        KpChartStyle  style,
        gboolean      draw)
{
  double x = PAD, y = top, row_h = 0;

  for (guint i = 0; i < self->series->len; i++)
    {
      Series *s = self->series->pdata[i];
      g_autoptr(PangoLayout) layout = new_layout (self, cr, s->name, FALSE, 1.0);
      double w = 14 + 6 + MIN (text_width (layout), width - 2 * PAD - 20);
      double h = text_height (layout);

      pango_layout_set_width (layout, (int) ((width - 2 * PAD - 20) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (x > PAD && x + w > width - PAD)
        {
          x = PAD;
          y += row_h + 4;
          row_h = 0;
        }
      if (draw)
        {
          set_series_color (cr, style, s);
          if (self->kind == KP_CHART_LINE)
            {
              double dash[] = { 4, 3 };

              cairo_set_line_width (cr, 2.5);
              cairo_set_dash (cr, dash, s->dashed ? 2 : 0, 0);
              cairo_move_to (cr, x, y + h / 2);
              cairo_line_to (cr, x + 14, y + h / 2);
              cairo_stroke (cr);
              cairo_set_dash (cr, NULL, 0, 0);
            }
          else
            {
              cairo_rectangle (cr, x + 1, y + h / 2 - 6, 12, 12);
              cairo_fill (cr);
            }
          set_ink (cr, style, 0.8);
          cairo_move_to (cr, x + 20, y);
          pango_cairo_show_layout (cr, layout);
        }
      row_h = MAX (row_h, h);
      x += w + 16;
    }
  return y + row_h - top;
}

static gboolean
compute_layout (KpChart      *self,
                cairo_t      *cr,
                double        width,
                double        height,
                Layout       *L)
{
  double top = PAD, bottom = height - PAD, left = PAD, ticks_w = 0, label_h;
  double span;

  memset (L, 0, sizeof *L);
  kp_chart_get_value_range (self, &L->lo, &L->hi, &L->step);
  L->title_y = top;
  if (self->title != NULL)
    {
      g_autoptr(PangoLayout) t = new_layout (self, cr, self->title, TRUE, 1.0);

      pango_layout_set_width (t, (int) ((width - 2 * PAD) * PANGO_SCALE));
      pango_layout_set_wrap (t, PANGO_WRAP_WORD_CHAR);
      top += text_height (t) + 6;
    }
  L->legend_y = top;
  if (has_legend (self))
    top += legend (self, cr, width, top, KP_CHART_STYLE_LIGHT, FALSE) + 10;
  /* Room for the top tick's label, which is centred on the line. */
  top += 6;
  if (self->category_title != NULL)
    {
      g_autoptr(PangoLayout) t = new_layout (self, cr, self->category_title, FALSE, 1.0);

      bottom -= text_height (t);
      L->category_title_y = bottom;
      bottom -= 4;
    }
  {
    g_autoptr(PangoLayout) probe = new_layout (self, cr, "0\n0", FALSE, 1.0);

    label_h = text_height (probe);
  }
  bottom -= label_h + 4;
  L->labels_y = bottom + 4;
  if (self->value_title != NULL)
    {
      g_autoptr(PangoLayout) t = new_layout (self, cr, self->value_title, FALSE, 1.0);

      left += text_height (t) + 4;
    }
  for (double v = L->lo; v <= L->hi + L->step / 2; v += L->step)
    {
      g_autofree char *shown = kp_chart_format_value (self, fabs (v) < L->step * 1e-6 ? 0 : v);
      g_autoptr(PangoLayout) t = new_layout (self, cr, shown, FALSE, 1.0);

      ticks_w = MAX (ticks_w, text_width (t));
    }
  L->x = left + ticks_w + 6;
  L->w = width - PAD - L->x;
  L->y = top;
  L->h = bottom - top;
  if (L->w < 16 || L->h < 16 || self->categories->len == 0)
    return FALSE;
  L->band = L->w / self->categories->len;
  L->label_every = L->band >= MIN_BAND_FOR_LABEL ? 1 : (guint) ceil (MIN_BAND_FOR_LABEL / L->band);
  span = L->hi - L->lo;
  return span > 0;
}

static double
y_of (const Layout *L,
      double        v)
{
  return L->y + L->h - (v - L->lo) / (L->hi - L->lo) * L->h;
}

/* The rectangle of one mark: a bar, or a small square around a line's point. */
static gboolean
mark_area (KpChart          *self,
           const Layout     *L,
           guint             series,
           guint             category,
           cairo_rectangle_t *area)
{
  double v = kp_chart_get_value (self, series, category);
  double left = L->x + category * L->band;

  if (isnan (v))
    return FALSE;
  switch (self->kind)
    {
    case KP_CHART_LINE:
      area->x = left + L->band / 2 - 4;
      area->y = y_of (L, v) - 4;
      area->width = area->height = 8;
      return TRUE;
    case KP_CHART_STACKED_BAR:
      {
        double base = 0, bar = MIN (L->band * 0.6, 64);

        for (guint s = 0; s < series; s++)
          {
            double below = kp_chart_get_value (self, s, category);

            if (!isnan (below) && (below > 0) == (v > 0))
              base += below;
          }
        area->x = left + (L->band - bar) / 2;
        area->width = bar;
        area->y = MIN (y_of (L, base), y_of (L, base + v));
        area->height = fabs (y_of (L, base + v) - y_of (L, base));
        return TRUE;
      }
    case KP_CHART_BAR:
    default:
      {
        double group = MIN (L->band * 0.72, 40.0 * self->series->len);
        double bar = group / self->series->len;

        area->x = left + (L->band - group) / 2 + series * bar;
        area->width = MAX (1, bar - (self->series->len > 1 ? 1 : 0));
        area->y = MIN (y_of (L, 0), y_of (L, v));
        area->height = fabs (y_of (L, v) - y_of (L, 0));
        return TRUE;
      }
    }
}

/* A context to measure text in when the caller has none. */
static cairo_t *
measuring_context (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

gboolean
kp_chart_get_mark_area (KpChart           *self,
                        double             width,
                        double             height,
                        guint              series,
                        guint              category,
                        cairo_rectangle_t *area)
{
  cairo_t *cr = measuring_context ();
  Layout L;
  gboolean ok;

  g_return_val_if_fail (series < self->series->len && category < self->categories->len, FALSE);
  ok = compute_layout (self, cr, width, height, &L) && mark_area (self, &L, series, category, area);
  cairo_destroy (cr);
  return ok;
}

gboolean
kp_chart_locate (KpChart *self,
                 double   width,
                 double   height,
                 double   x,
                 double   y,
                 guint   *series,
                 guint   *category)
{
  cairo_t *cr = measuring_context ();
  Layout L;
  gboolean found = FALSE;

  if (compute_layout (self, cr, width, height, &L))
    for (guint s = self->series->len; s-- > 0 && !found;)
      for (guint c = 0; c < self->categories->len && !found; c++)
        {
          cairo_rectangle_t a;
          double slack = self->kind == KP_CHART_LINE ? 4 : 0;

          if (mark_area (self, &L, s, c, &a) &&
              x >= a.x - slack && x <= a.x + a.width + slack && y >= a.y - slack && y <= a.y + a.height + slack)
            {
              *series = s;
              *category = c;
              found = TRUE;
            }
        }
  cairo_destroy (cr);
  return found;
}

/* ---- drawing ----------------------------------------------------------------------------- */

static void
draw_axes (KpChart      *self,
           cairo_t      *cr,
           const Layout *L,
           KpChartStyle  style)
{
  cairo_set_line_width (cr, 1);
  for (double v = L->lo; v <= L->hi + L->step / 2; v += L->step)
    {
      double shown_v = fabs (v) < L->step * 1e-6 ? 0 : v;
      g_autofree char *shown = kp_chart_format_value (self, shown_v);
      g_autoptr(PangoLayout) t = new_layout (self, cr, shown, FALSE, 1.0);
      double y = round (y_of (L, v)) + 0.5;

      set_ink (cr, style, shown_v == 0 ? 0.45 : 0.12);
      cairo_move_to (cr, L->x, y);
      cairo_line_to (cr, L->x + L->w, y);
      cairo_stroke (cr);
      set_ink (cr, style, 0.7);
      cairo_move_to (cr, L->x - 6 - text_width (t), y - text_height (t) / 2);
      pango_cairo_show_layout (cr, t);
    }
  for (guint c = 0; c < self->categories->len; c += L->label_every)
    {
      g_autoptr(PangoLayout) t = new_layout (self, cr, kp_chart_get_category (self, c), FALSE, 1.0);
      double room = L->band * L->label_every - 4;

      pango_layout_set_width (t, (int) (room * PANGO_SCALE));
      pango_layout_set_wrap (t, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (t, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (t, -2);
      pango_layout_set_alignment (t, PANGO_ALIGN_CENTER);
      set_ink (cr, style, 0.7);
      cairo_move_to (cr, L->x + (c + 0.5) * L->band - room / 2, L->labels_y);
      pango_cairo_show_layout (cr, t);
    }
  if (self->category_title != NULL)
    {
      g_autoptr(PangoLayout) t = new_layout (self, cr, self->category_title, FALSE, 1.0);

      set_ink (cr, style, 0.7);
      cairo_move_to (cr, L->x + L->w / 2 - text_width (t) / 2, L->category_title_y);
      pango_cairo_show_layout (cr, t);
    }
  if (self->value_title != NULL)
    {
      g_autoptr(PangoLayout) t = new_layout (self, cr, self->value_title, FALSE, 1.0);

      pango_layout_set_width (t, (int) (L->h * PANGO_SCALE));
      pango_layout_set_ellipsize (t, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (t, PANGO_ALIGN_CENTER);
      set_ink (cr, style, 0.7);
      cairo_save (cr);
      cairo_move_to (cr, PAD, L->y + L->h);
      cairo_rotate (cr, -G_PI / 2);
      pango_cairo_show_layout (cr, t);
      cairo_restore (cr);
    }
}

static void
draw_line (KpChart      *self,
           cairo_t      *cr,
           const Layout *L,
           guint         series,
           KpChartStyle  style)
{
  Series *s = self->series->pdata[series];
  double dash[] = { 6, 4 };
  gboolean open = FALSE;

  set_series_color (cr, style, s);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (cr, dash, s->dashed ? 2 : 0, 0);
  for (guint c = 0; c < self->categories->len; c++)
    {
      double v = kp_chart_get_value (self, series, c);
      double x = L->x + (c + 0.5) * L->band;

      if (isnan (v))
        {
          open = FALSE;
          continue;
        }
      if (open)
        cairo_line_to (cr, x, y_of (L, v));
      else
        cairo_move_to (cr, x, y_of (L, v));
      open = TRUE;
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint c = 0; c < self->categories->len; c++)
    {
      double v = kp_chart_get_value (self, series, c);

      if (isnan (v))
        continue;
      cairo_arc (cr, L->x + (c + 0.5) * L->band, y_of (L, v), 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

void
kp_chart_draw (KpChart      *self,
               cairo_t      *cr,
               double        width,
               double        height,
               KpChartStyle  style)
{
  Layout L;
  gboolean plot;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  plot = compute_layout (self, cr, width, height, &L);
  if (self->title != NULL)
    {
      g_autoptr(PangoLayout) t = new_layout (self, cr, self->title, TRUE, 1.0);

      pango_layout_set_width (t, (int) ((width - 2 * PAD) * PANGO_SCALE));
      pango_layout_set_wrap (t, PANGO_WRAP_WORD_CHAR);
      set_ink (cr, style, 0.87);
      cairo_move_to (cr, PAD, L.title_y);
      pango_cairo_show_layout (cr, t);
    }
  if (has_legend (self))
    legend (self, cr, width, L.legend_y, style, TRUE);
  if (!plot || self->series->len == 0)
    {
      g_autoptr(PangoLayout) t = new_layout (self, cr, _("No figures to show."), FALSE, 1.0);

      set_ink (cr, style, 0.55);
      cairo_move_to (cr, width / 2 - text_width (t) / 2, MAX (L.legend_y, height / 2 - text_height (t) / 2));
      pango_cairo_show_layout (cr, t);
      cairo_restore (cr);
      return;
    }
  draw_axes (self, cr, &L, style);
  if (self->kind == KP_CHART_LINE)
    for (guint s = 0; s < self->series->len; s++)
      draw_line (self, cr, &L, s, style);
  else
    for (guint s = 0; s < self->series->len; s++)
      for (guint c = 0; c < self->categories->len; c++)
        {
          cairo_rectangle_t a;

          if (!mark_area (self, &L, s, c, &a))
            continue;
          set_series_color (cr, style, self->series->pdata[s]);
          cairo_rectangle (cr, a.x, a.y, a.width, a.height);
          cairo_fill (cr);
        }
  cairo_restore (cr);
}

/* ---- files ------------------------------------------------------------------------------- */

typedef struct
{
  GOutputStream *stream;
  GError *error;
} Writer;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Writer *w = closure;

  if (w->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (w->stream, data, length, NULL, NULL, &w->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
paint_background (cairo_t      *cr,
                  KpChartStyle  style)
{
  if (style == KP_CHART_STYLE_DARK)
    cairo_set_source_rgb (cr, 0x24 / 255.0, 0x24 / 255.0, 0x24 / 255.0);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
}

static gboolean
fail (GFile   *file,
      GError  *cause,
      GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  /* Translators: the first %s is a file name, the second why it failed */
  g_set_error (error, KP_CHART_ERROR, KP_CHART_ERROR_WRITE, _("Could not save the chart as “%s”: %s"),
               name, cause != NULL ? cause->message : _("the picture could not be made."));
  g_clear_error (&cause);
  return FALSE;
}

static gboolean
save (KpChart       *self,
      GFile         *file,
      int            width,
      int            height,
      KpChartStyle   style,
      gboolean       svg,
      GError       **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  Writer w = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &w.error);
  if (out == NULL)
    return fail (file, w.error, error);
  w.stream = G_OUTPUT_STREAM (out);
  surface = svg ? cairo_svg_surface_create_for_stream (write_cb, &w, width, height)
                : cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  paint_background (cr, style);
  kp_chart_draw (self, cr, width, height, style);
  cairo_destroy (cr);
  if (svg)
    cairo_surface_finish (surface);
  else
    cairo_surface_write_to_png_stream (surface, write_cb, &w);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (w.error == NULL && status != CAIRO_STATUS_SUCCESS)
    g_set_error_literal (&w.error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
  if (w.error != NULL)
    {
      /* A cancelled close leaves whatever the file held before. */
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (w.stream, abandon, NULL);
      return fail (file, w.error, error);
    }
  if (!g_output_stream_close (w.stream, NULL, &w.error))
    return fail (file, w.error, error);
  return TRUE;
}

gboolean
kp_chart_save_png (KpChart       *self,
                   GFile         *file,
                   int            width,
                   int            height,
                   KpChartStyle   style,
                   GError       **error)
{
  return save (self, file, width, height, style, FALSE, error);
}

gboolean
kp_chart_save_svg (KpChart       *self,
                   GFile         *file,
                   int            width,
                   int            height,
                   KpChartStyle   style,
                   GError       **error)
{
  return save (self, file, width, height, style, TRUE, error);
}
