/* kp-chart.h: a chart as a plain description, and its drawing with cairo and Pango.
 *
 * A KpChart holds what a chart shows and nothing about where: its kind (grouped bars,
 * stacked bars or lines), the categories along the bottom (years, months, organisations,
 * forums), one or more named series with one value per category, the axis titles and the
 * number format of the values. kp_chart_draw() draws it into any cairo_t at any size, in
 * a light or a dark palette; kp_chart_save_png() and kp_chart_save_svg() write files. No
 * GTK: the command line and the workbook export use it as well as KpChartView.
 *
 * For example, hours per organisation and funding kind:
 *
 *   g_autoptr(KpChart) chart = kp_chart_new (KP_CHART_STACKED_BAR);
 *   const double paid[] = { 120, 80 }, cofinanced[] = { 40, 110 };
 *
 *   kp_chart_set_title (chart, _("Hours per organisation"));
 *   kp_chart_add_category (chart, "Skövde");
 *   kp_chart_add_category (chart, "Hjo");
 *   kp_chart_append_series (chart, _("Paid"), paid, 2);
 *   kp_chart_append_series (chart, _("Co-financing"), cofinanced, 2);
 *   kp_chart_set_axis_titles (chart, NULL, _("Hours"));
 *   kp_chart_set_number_format (chart, 0, "h");
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define KP_CHART_ERROR (kp_chart_error_quark ())

typedef enum
{
  KP_CHART_ERROR_WRITE,
} KpChartError;

typedef enum
{
  KP_CHART_BAR,          /* the series side by side in each category */
  KP_CHART_STACKED_BAR,  /* the series on top of each other; negative values stack down */
  KP_CHART_LINE,         /* one line per series through the categories */
} KpChartKind;

typedef enum
{
  KP_CHART_STYLE_LIGHT,
  KP_CHART_STYLE_DARK,
} KpChartStyle;

typedef struct _KpChart KpChart;

#define KP_TYPE_CHART (kp_chart_get_type ())

GQuark       kp_chart_error_quark       (void);
GType        kp_chart_get_type          (void) G_GNUC_CONST;

KpChart     *kp_chart_new               (KpChartKind   kind);
KpChart     *kp_chart_ref               (KpChart      *self);
void         kp_chart_unref             (KpChart      *self);

KpChartKind  kp_chart_get_kind          (KpChart      *self);
void         kp_chart_set_title         (KpChart      *self,
                                         const char   *title);
const char  *kp_chart_get_title         (KpChart      *self);
/* Either may be NULL for none. */
void         kp_chart_set_axis_titles   (KpChart      *self,
                                         const char   *category_axis,
                                         const char   *value_axis);
/* Values show with at most `decimals` decimals in the user's locale, followed by `unit`
 * ("h", "%", "kr"; NULL for none) after a no-break space. The default is 0 and no unit. */
void         kp_chart_set_number_format (KpChart      *self,
                                         int           decimals,
                                         const char   *unit);
/* The font of every text, as a Pango font description ("Cantarell 10"); "Sans 10" if
 * never set. The widget passes the user's interface font. */
void         kp_chart_set_font          (KpChart      *self,
                                         const char   *font);

/* Returns the category's index. Add every category before the series. */
guint        kp_chart_add_category      (KpChart      *self,
                                         const char   *label);
/* One value per category (missing values are NAN: no bar, a break in the line). Returns
 * the series' index; its colour is the palette colour of that index unless set. */
guint        kp_chart_append_series        (KpChart      *self,
                                         const char   *name,
                                         const double *values,
                                         guint         n_values);
void         kp_chart_set_series_color  (KpChart      *self,
                                         guint         series,
                                         guint         palette_index);
/* A dashed line, e.g. a target or a demand to compare with; lines only. */
void         kp_chart_set_series_dashed (KpChart      *self,
                                         guint         series,
                                         gboolean      dashed);

guint        kp_chart_get_n_categories  (KpChart      *self);
guint        kp_chart_get_n_series      (KpChart      *self);
const char  *kp_chart_get_category      (KpChart      *self,
                                         guint         category);
const char  *kp_chart_get_series_name   (KpChart      *self,
                                         guint         series);
double       kp_chart_get_value         (KpChart      *self,
                                         guint         series,
                                         guint         category);
/* A value as the chart writes it: "1 234 h". */
char        *kp_chart_format_value      (KpChart      *self,
                                         double        value);
/* The figures in words, for screen readers: the title, then each series with its values. */
char        *kp_chart_describe          (KpChart      *self);

/* The value axis: from lo to hi in steps of step (round numbers that hold every value). */
void         kp_chart_get_value_range   (KpChart      *self,
                                         double       *lo,
                                         double       *hi,
                                         double       *step);
/* The colour of a palette index, as red, green, blue, alpha from 0 to 1. */
void         kp_chart_palette_color     (KpChartStyle  style,
                                         guint         palette_index,
                                         double        rgba[4]);

/* Draws the chart into the rectangle (0, 0, width, height) of cr. The background is left
 * as it is, so that the chart sits on whatever the caller painted. */
void         kp_chart_draw              (KpChart      *self,
                                         cairo_t      *cr,
                                         double        width,
                                         double        height,
                                         KpChartStyle  style);
/* Where a bar, or a line's point, lands when drawn at this size. FALSE for a missing value. */
gboolean     kp_chart_get_mark_area     (KpChart      *self,
                                         double        width,
                                         double        height,
                                         guint         series,
                                         guint         category,
                                         cairo_rectangle_t *area);
/* The bar or point under (x, y) when drawn at this size, for tooltips. */
gboolean     kp_chart_locate            (KpChart      *self,
                                         double        width,
                                         double        height,
                                         double        x,
                                         double        y,
                                         guint        *series,
                                         guint        *category);

/* Files on a white (light) or dark background, width × height pixels (points for SVG). */
gboolean     kp_chart_save_png          (KpChart      *self,
                                         GFile        *file,
                                         int           width,
                                         int           height,
                                         KpChartStyle  style,
                                         GError      **error);
gboolean     kp_chart_save_svg          (KpChart      *self,
                                         GFile        *file,
                                         int           width,
                                         int           height,
                                         KpChartStyle  style,
                                         GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpChart, kp_chart_unref)

G_END_DECLS
