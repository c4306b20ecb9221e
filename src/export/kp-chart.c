/* kp-chart.c: a chart as a description: categories, series, number format, its figures in
 * words and its value scale. Drawing and files are in kp-chart-draw.c. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-chart-private.h"
#include "kp-format.h"

G_DEFINE_QUARK (kp-chart-error-quark, kp_chart_error)

G_DEFINE_BOXED_TYPE (KpChart, kp_chart, kp_chart_ref, kp_chart_unref)

static void
series_free (Series *s)
{
  g_free (s->name);
  g_array_unref (s->values);
  g_free (s);
}

KpChart *
kp_chart_new (KpChartKind kind)
{
  KpChart *self = g_new0 (KpChart, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  self->font = g_strdup ("Sans 10");
  return self;
}

KpChart *
kp_chart_ref (KpChart *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
kp_chart_unref (KpChart *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->title);
  g_free (self->category_title);
  g_free (self->value_title);
  g_free (self->unit);
  g_free (self->font);
  g_ptr_array_unref (self->categories);
  g_ptr_array_unref (self->series);
  g_free (self);
}

KpChartKind
kp_chart_get_kind (KpChart *self)
{
  return self->kind;
}

void
kp_chart_set_title (KpChart    *self,
                    const char *title)
{
  g_free (self->title);
  self->title = title != NULL && *title ? g_strdup (title) : NULL;
}

const char *
kp_chart_get_title (KpChart *self)
{
  return self->title;
}

void
kp_chart_set_axis_titles (KpChart    *self,
                          const char *category_axis,
                          const char *value_axis)
{
  g_free (self->category_title);
  g_free (self->value_title);
  self->category_title = category_axis != NULL && *category_axis ? g_strdup (category_axis) : NULL;
  self->value_title = value_axis != NULL && *value_axis ? g_strdup (value_axis) : NULL;
}

void
kp_chart_set_number_format (KpChart    *self,
                            int         decimals,
                            const char *unit)
{
  self->decimals = CLAMP (decimals, 0, 6);
  g_free (self->unit);
  self->unit = unit != NULL && *unit ? g_strdup (unit) : NULL;
}

void
kp_chart_set_font (KpChart    *self,
                   const char *font)
{
  g_free (self->font);
  self->font = g_strdup (font != NULL && *font ? font : "Sans 10");
}

guint
kp_chart_add_category (KpChart    *self,
                       const char *label)
{
  g_return_val_if_fail (self->series->len == 0, 0);
  g_ptr_array_add (self->categories, g_strdup (label != NULL ? label : ""));
  return self->categories->len - 1;
}

guint
kp_chart_append_series (KpChart      *self,
                     const char   *name,
                     const double *values,
                     guint         n_values)
{
  Series *s = g_new0 (Series, 1);

  s->name = g_strdup (name != NULL ? name : "");
  s->values = g_array_sized_new (FALSE, FALSE, sizeof (double), self->categories->len);
  for (guint i = 0; i < self->categories->len; i++)
    {
      double v = i < n_values && values != NULL && isfinite (values[i]) ? values[i] : NAN;

      g_array_append_val (s->values, v);
    }
  s->color = self->series->len;
  g_ptr_array_add (self->series, s);
  return self->series->len - 1;
}

void
kp_chart_set_series_color (KpChart *self,
                           guint    series,
                           guint    palette_index)
{
  g_return_if_fail (series < self->series->len);
  ((Series *) self->series->pdata[series])->color = palette_index;
}

void
kp_chart_set_series_dashed (KpChart  *self,
                            guint     series,
                            gboolean  dashed)
{
  g_return_if_fail (series < self->series->len);
  ((Series *) self->series->pdata[series])->dashed = dashed;
}

guint
kp_chart_get_n_categories (KpChart *self)
{
  return self->categories->len;
}

guint
kp_chart_get_n_series (KpChart *self)
{
  return self->series->len;
}

const char *
kp_chart_get_category (KpChart *self,
                       guint    category)
{
  g_return_val_if_fail (category < self->categories->len, NULL);
  return self->categories->pdata[category];
}

const char *
kp_chart_get_series_name (KpChart *self,
                          guint    series)
{
  g_return_val_if_fail (series < self->series->len, NULL);
  return ((Series *) self->series->pdata[series])->name;
}

double
kp_chart_get_value (KpChart *self,
                    guint    series,
                    guint    category)
{
  g_return_val_if_fail (series < self->series->len && category < self->categories->len, NAN);
  return g_array_index (((Series *) self->series->pdata[series])->values, double, category);
}

char *
kp_chart_format_value (KpChart *self,
                       double   value)
{
  g_autofree char *number = kp_format_number (value, self->decimals);

  if (self->unit == NULL)
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s\u00a0%s", number, self->unit);
}

char *
kp_chart_describe (KpChart *self)
{
  GString *text = g_string_new (NULL);
  const char *kind = self->kind == KP_CHART_LINE ? _("Line chart")
                   : self->kind == KP_CHART_STACKED_BAR ? _("Stacked bar chart") : _("Bar chart");

  if (self->title != NULL)
    /* Translators: "Line chart: Assistant nurse." */
    g_string_append_printf (text, _("%s: %s."), kind, self->title);
  else
    g_string_append_printf (text, "%s.", kind);
  if (self->categories->len == 0 || self->series->len == 0)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("No figures to show."));
      return g_string_free (text, FALSE);
    }
  if (self->value_title != NULL)
    {
      g_string_append_c (text, ' ');
      /* Translators: the title of the value axis, e.g. "Values: Persons." */
      g_string_append_printf (text, _("Values: %s."), self->value_title);
    }
  for (guint s = 0; s < self->series->len; s++)
    {
      g_string_append_printf (text, " %s:", kp_chart_get_series_name (self, s));
      for (guint c = 0; c < self->categories->len; c++)
        {
          double v = kp_chart_get_value (self, s, c);
          g_autofree char *shown = isnan (v) ? g_strdup ("–") : kp_chart_format_value (self, v);

          g_string_append_printf (text, "%s %s %s", c > 0 ? ";" : "", kp_chart_get_category (self, c), shown);
        }
      g_string_append_c (text, '.');
    }
  return g_string_free (text, FALSE);
}

/* ---- scale ----------------------------------------------------------------------------- */

static double
nice_step (double raw,
           int    decimals)
{
  double e, f, nice;

  if (!(raw > 0))
    return 1;
  e = pow (10, floor (log10 (raw)));
  f = raw / e;
  nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  nice *= e;
  /* Whole numbers never get fractional ticks. */
  if (decimals == 0 && nice < 1)
    nice = 1;
  return nice;
}

void
kp_chart_get_value_range (KpChart *self,
                          double  *lo,
                          double  *hi,
                          double  *step)
{
  double min = 0, max = 0, s;

  for (guint c = 0; c < self->categories->len; c++)
    {
      double up = 0, down = 0;

      for (guint i = 0; i < self->series->len; i++)
        {
          double v = kp_chart_get_value (self, i, c);

          if (isnan (v))
            continue;
          if (self->kind == KP_CHART_STACKED_BAR)
            {
              if (v > 0)
                up += v;
              else
                down += v;
            }
          else
            {
              min = MIN (min, v);
              max = MAX (max, v);
            }
        }
      min = MIN (min, down);
      max = MAX (max, up);
    }
  if (max - min <= 0)
    max = min + 1;
  s = nice_step ((max - min) / 5.0, self->decimals);
  *lo = floor (min / s + 1e-9) * s;
  *hi = ceil (max / s - 1e-9) * s;
  if (*hi <= *lo)
    *hi = *lo + s;
  *step = s;
}

/* ---- palette ----------------------------------------------------------------------------- */

/* GNOME's palette: a strong colour per series, lighter ones on a dark background. */
static const guint32 palette_light[] = {
  0x3584e4, 0xe66100, 0x26a269, 0x9141ac, 0xc01c28, 0xc88800, 0x865e3c, 0x1a5fb4,
};
static const guint32 palette_dark[] = {
  0x62a0ea, 0xffa348, 0x57e389, 0xc061cb, 0xf66151, 0xf8e45c, 0xcdab8f, 0x99c1f1,
};

void
kp_chart_palette_color (KpChartStyle style,
                        guint        palette_index,
                        double       rgba[4])
{
  guint32 c = style == KP_CHART_STYLE_DARK ? palette_dark[palette_index % G_N_ELEMENTS (palette_dark)]
                                           : palette_light[palette_index % G_N_ELEMENTS (palette_light)];

  rgba[0] = ((c >> 16) & 0xff) / 255.0;
  rgba[1] = ((c >> 8) & 0xff) / 255.0;
  rgba[2] = (c & 0xff) / 255.0;
  rgba[3] = 1.0;
}
