/* kp-timeline-export.c: PNG, SVG and PDF of the timeline, and its printed pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "kp-date.h"
#include "kp-gantt-critical.h"
#include "kp-gantt-layout.h"
#include "kp-gantt-scene.h"
#include "kp-timeline-export.h"
#include "kp-timeline-render.h"

#define MARGIN      24.0
#define TITLE       34.0
#define FOOTER      18.0
#define ROW         20.0
#define FIT_WIDTH   1600.0
#define PNG_SCALE   2.0
#define MAX_PIXELS  32000.0   /* cairo's image surfaces stop at 32767 */

G_DEFINE_QUARK (kp-timeline-export-error-quark, kp_timeline_export_error)

struct _KpTimelinePages
{
  KpGanttData *data;
  KpGanttLayout *layout;
  KpGanttScene *scene;
  KpTimescale ts;
  KpGanttGeometry geom;
  KpGanttSceneOptions sopts;
  KpDate from, to;
  gboolean single;          /* one picture: no page numbers, as tall as it needs */
  double page_w, page_h;
  double outline_w, chart_w, area_w, lane_h;
  int rows_per_page;
  guint across, down;
  char *subtitle;
};

void
kp_timeline_options_init (KpTimelineOptions *opts)
{
  *opts = (KpTimelineOptions) { 0 };
  opts->zoom = KP_ZOOM_WEEK;
  opts->paper = KP_TIMELINE_PAPER_A4;
  opts->today = KP_DATE_NONE;
}

gboolean
kp_timeline_format_for_path (const char        *path,
                             KpTimelineFormat  *format,
                             GError           **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = KP_TIMELINE_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = KP_TIMELINE_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = KP_TIMELINE_PDF;
  else
    {
      g_set_error (error, KP_TIMELINE_EXPORT_ERROR, KP_TIMELINE_EXPORT_ERROR_FORMAT,
                   _("The timeline can be saved as PNG, SVG or PDF; “%s” ends in none of .png, .svg and .pdf."),
                   path);
      return FALSE;
    }
  return TRUE;
}

/* Only tasks that meet the range, and the phases they are in. */
static void
limit_to_range (KpGanttData *data,
                KpDate       from,
                KpDate       to)
{
  for (int k = (int) kp_gantt_data_n_tasks (data) - 1; k >= 0; k--)
    {
      KpGanttTask *t = kp_gantt_data_task (data, k);

      t->visible = t->visible || (t->span_start != KP_DATE_NONE && t->span_start <= to && t->span_end >= from);
      t->matches = t->visible;
      if (t->visible && t->parent >= 0)
        kp_gantt_data_task (data, t->parent)->visible = TRUE;
    }
}

static gboolean
prepare (KpTimelinePages         *self,
         const KpTimelineOptions *opts,
         GError                 **error)
{
  KpGanttData *data = self->data;
  KpDate today = opts->today != KP_DATE_NONE ? opts->today : kp_date_today ();
  char a[KP_DATE_ISO_SIZE], b[KP_DATE_ISO_SIZE];
  int n_rows;

  self->from = opts->from != KP_DATE_NONE ? opts->from
               : data->min_date != KP_DATE_NONE ? data->min_date - 7 : today - 7;
  self->to = opts->to != KP_DATE_NONE ? opts->to
             : data->max_date != KP_DATE_NONE ? data->max_date + 7 : today + 56;
  if (self->to < self->from)
    {
      g_set_error_literal (error, KP_TIMELINE_EXPORT_ERROR, KP_TIMELINE_EXPORT_ERROR_RANGE,
                           _("The end of the date range comes before its start."));
      return FALSE;
    }
  if (opts->from != KP_DATE_NONE || opts->to != KP_DATE_NONE)
    {
      for (guint k = 0; k < kp_gantt_data_n_tasks (data); k++)
        kp_gantt_data_task (data, (int) k)->visible = FALSE;
      limit_to_range (data, self->from, self->to);
    }
  if (opts->critical)
    kp_gantt_critical_path (data);

  self->layout = kp_gantt_layout_new (ROW);
  kp_gantt_layout_build (self->layout, data, NULL);
  self->scene = kp_gantt_scene_new ();
  self->outline_w = kp_gantt_scene_outline_width ();
  self->lane_h = data->n_training_lanes * KP_GANTT_LANE_HEIGHT;
  n_rows = (int) kp_gantt_layout_n_rows (self->layout);

  if (self->single)
    self->area_w = opts->fit ? FIT_WIDTH : 0;
  else
    self->area_w = self->page_w - 2 * MARGIN - self->outline_w;
  kp_timescale_init (&self->ts, self->from, opts->zoom);
  if (opts->fit)
    kp_timescale_fit (&self->ts, self->from, self->to, self->area_w);
  self->chart_w = kp_timescale_date_to_x (&self->ts, self->to + 1);
  if (self->single)
    {
      self->area_w = self->chart_w;
      self->rows_per_page = MAX (n_rows, 1);
      self->page_w = 2 * MARGIN + self->outline_w + self->chart_w;
      self->page_h = 2 * MARGIN + TITLE + KP_GANTT_HEADER_HEIGHT + MAX (n_rows, 1) * ROW + self->lane_h;
      self->across = self->down = 1;
    }
  else
    {
      double rows_h = self->page_h - 2 * MARGIN - TITLE - FOOTER - KP_GANTT_HEADER_HEIGHT - self->lane_h;

      self->rows_per_page = MAX ((int) floor (rows_h / ROW), 1);
      self->across = (guint) MAX (ceil (self->chart_w / self->area_w - 1e-9), 1);
      self->down = (guint) MAX ((n_rows + self->rows_per_page - 1) / self->rows_per_page, 1);
    }
  self->geom = (KpGanttGeometry) { data, self->layout, &self->ts, opts->baseline };
  kp_gantt_scene_options_init (&self->sopts);
  self->sopts.today = opts->today;
  self->sopts.critical = opts->critical;
  /* Translators: the date range under the project's name on exported timelines */
  self->subtitle = g_strdup_printf (_("%s to %s"), kp_date_format_iso (self->from, a), kp_date_format_iso (self->to, b));
  return TRUE;
}

static KpTimelinePages *
pages_new (KpGanttData             *data,
           const KpTimelineOptions *opts,
           gboolean                 single,
           double                   page_width,
           double                   page_height,
           GError                 **error)
{
  KpTimelinePages *self = g_new0 (KpTimelinePages, 1);

  self->data = data;
  self->single = single;
  self->page_w = page_width;
  self->page_h = page_height;
  if (!prepare (self, opts, error))
    {
      kp_timeline_pages_free (self);
      return NULL;
    }
  return self;
}

KpTimelinePages *
kp_timeline_pages_new (KpGanttData             *data,
                       const KpTimelineOptions *opts,
                       double                   page_width,
                       double                   page_height,
                       GError                 **error)
{
  if (page_width < 2 * MARGIN + kp_gantt_scene_outline_width () + 50 ||
      page_height < 2 * MARGIN + TITLE + FOOTER + KP_GANTT_HEADER_HEIGHT + ROW)
    {
      g_set_error_literal (error, KP_TIMELINE_EXPORT_ERROR, KP_TIMELINE_EXPORT_ERROR_TOO_LARGE,
                           _("The paper is too small for the timeline: choose A4 or larger, in landscape."));
      return NULL;
    }
  return pages_new (data, opts, FALSE, page_width, page_height, error);
}

void
kp_timeline_pages_free (KpTimelinePages *self)
{
  if (self == NULL)
    return;
  kp_gantt_layout_free (self->layout);
  kp_gantt_scene_free (self->scene);
  g_free (self->subtitle);
  g_free (self);
}

guint
kp_timeline_pages_get_count (KpTimelinePages *self)
{
  return self->across * self->down;
}

static void
show_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      size,
           gboolean    bold,
           gboolean    right)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
  int w, h;

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, right ? x - w : x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

/* Draws the current scene clipped to a band at (@bx, @by) of @bw × @bh, with the scene's
 * point (@sx, @sy) at the band's corner. */
static void
band (KpTimelinePages *self,
      cairo_t         *cr,
      double           bx,
      double           by,
      double           bw,
      double           bh,
      double           sx,
      double           sy)
{
  cairo_save (cr);
  cairo_rectangle (cr, bx, by, bw, bh);
  cairo_clip (cr);
  cairo_translate (cr, bx - sx, by - sy);
  kp_timeline_render_scene (cr, self->scene, FALSE);
  cairo_restore (cr);
  kp_gantt_scene_clear (self->scene);
}

void
kp_timeline_pages_draw (KpTimelinePages *self,
                        cairo_t         *cr,
                        guint            page)
{
  guint col = page % self->across, row_page = page / self->across;
  int n_rows = (int) kp_gantt_layout_n_rows (self->layout);
  int first = (int) row_page * self->rows_per_page;
  int count = CLAMP (n_rows - first, 0, self->rows_per_page);
  double x0 = col * self->area_w, w = MIN (self->area_w, self->chart_w - x0);
  double y0 = first * ROW, rows_h = MAX (count, self->single ? 1 : 0) * ROW;
  double left = MARGIN, top = MARGIN + TITLE, chart_left = MARGIN + self->outline_w;
  const KpColor *ink = kp_timeline_palette (KP_ROLE_TEXT, FALSE);

  g_return_if_fail (page < kp_timeline_pages_get_count (self));
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgba (cr, ink->red, ink->green, ink->blue, ink->alpha);
  show_text (cr, self->data->title, left, MARGIN, 13, TRUE, FALSE);
  show_text (cr, self->subtitle, left, MARGIN + 17, 9, FALSE, FALSE);
  if (!self->single)
    {
      /* Translators: the page number on printed timelines */
      g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, kp_timeline_pages_get_count (self));

      show_text (cr, number, self->page_w - MARGIN, self->page_h - MARGIN - 11, 8, FALSE, TRUE);
      show_text (cr, self->data->title, left, self->page_h - MARGIN - 11, 8, FALSE, FALSE);
    }

  /* The time header and the outline's titles. */
  kp_gantt_scene_header (self->scene, self->data, &self->ts, &self->sopts, x0, w);
  band (self, cr, chart_left, top, w, KP_GANTT_HEADER_HEIGHT, x0, 0);
  kp_gantt_scene_outline (self->scene, self->data, self->layout, y0, rows_h, self->outline_w, TRUE);
  band (self, cr, left, top, self->outline_w, KP_GANTT_HEADER_HEIGHT + rows_h, 0, y0 - KP_GANTT_HEADER_HEIGHT);

  /* The rows. */
  top += KP_GANTT_HEADER_HEIGHT;
  kp_gantt_scene_rows (self->scene, &self->geom, &self->sopts, x0, y0, w, rows_h);
  band (self, cr, chart_left, top, w, rows_h, x0, y0);

  /* The training lane under the rows, named in the outline's column. */
  top += rows_h;
  if (self->lane_h > 0)
    {
      kp_gantt_scene_training (self->scene, self->data, &self->ts, &self->sopts, x0, w);
      band (self, cr, chart_left, top, w, self->lane_h, x0, 0);
      cairo_set_source_rgba (cr, ink->red, ink->green, ink->blue, ink->alpha);
      show_text (cr, _("Training activities"), left + 4, top + 3, 8.5, TRUE, FALSE);
    }
  /* A frame around the whole table. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, left, MARGIN + TITLE, self->outline_w + w, KP_GANTT_HEADER_HEIGHT + rows_h + self->lane_h);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* ---- files --------------------------------------------------------------------------- */

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *bytes,
          unsigned int         length)
{
  return g_output_stream_write_all (closure, bytes, length, NULL, NULL, NULL) ? CAIRO_STATUS_SUCCESS
                                                                             : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
finish_surface (cairo_surface_t  *surface,
                const char       *path,
                GError          **error)
{
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KP_TIMELINE_EXPORT_ERROR, KP_TIMELINE_EXPORT_ERROR_WRITE,
                   _("Could not write “%s”: %s"), path, cairo_status_to_string (cairo_surface_status (surface)));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_file (KpGanttData             *data,
            const KpTimelineOptions *opts,
            const char              *path,
            KpTimelineFormat         format,
            GOutputStream           *stream,
            GCancellable            *cancellable,
            GError                 **error)
{
  g_autoptr(KpTimelinePages) pages = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  if (format == KP_TIMELINE_PDF)
    {
      gboolean a3 = opts->paper == KP_TIMELINE_PAPER_A3;
      double pw = a3 ? KP_TIMELINE_A3_WIDTH : KP_TIMELINE_A4_WIDTH, ph = a3 ? KP_TIMELINE_A3_HEIGHT : KP_TIMELINE_A4_HEIGHT;

      pages = pages_new (data, opts, FALSE, pw, ph, error);
      if (pages == NULL)
        return FALSE;
      surface = cairo_pdf_surface_create_for_stream (write_cb, stream, pw, ph);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, data->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kompetensplan");
      cr = cairo_create (surface);
      for (guint p = 0; p < kp_timeline_pages_get_count (pages); p++)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            {
              cairo_destroy (cr);
              cairo_surface_destroy (surface);
              return FALSE;
            }
          kp_timeline_pages_draw (pages, cr, p);
          cairo_show_page (cr);
        }
      cairo_destroy (cr);
      ok = finish_surface (surface, path, error);
      cairo_surface_destroy (surface);
      return ok;
    }

  pages = pages_new (data, opts, TRUE, 0, 0, error);
  if (pages == NULL)
    return FALSE;
  if (format == KP_TIMELINE_PNG && (pages->page_w * PNG_SCALE > MAX_PIXELS || pages->page_h * PNG_SCALE > MAX_PIXELS))
    {
      g_set_error (error, KP_TIMELINE_EXPORT_ERROR, KP_TIMELINE_EXPORT_ERROR_TOO_LARGE,
                   _("The timeline is too large for one picture (%.0f × %.0f pixels). Choose a shorter date range or a coarser zoom, or save it as PDF."),
                   pages->page_w * PNG_SCALE, pages->page_h * PNG_SCALE);
      return FALSE;
    }
  if (format == KP_TIMELINE_SVG)
    surface = cairo_svg_surface_create_for_stream (write_cb, stream, pages->page_w, pages->page_h);
  else
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (pages->page_w * PNG_SCALE),
                                            (int) ceil (pages->page_h * PNG_SCALE));
      cairo_surface_set_device_scale (surface, PNG_SCALE, PNG_SCALE);
    }
  cr = cairo_create (surface);
  kp_timeline_pages_draw (pages, cr, 0);
  cairo_destroy (cr);
  if (format == KP_TIMELINE_PNG)
    {
      cairo_status_t status = cairo_surface_write_to_png_stream (surface, write_cb, stream);

      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, KP_TIMELINE_EXPORT_ERROR, KP_TIMELINE_EXPORT_ERROR_WRITE,
                       _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
          cairo_surface_destroy (surface);
          return FALSE;
        }
    }
  ok = finish_surface (surface, path, error);
  cairo_surface_destroy (surface);
  return ok;
}

static gboolean
export_file (KpGanttData             *data,
             const KpTimelineOptions *opts,
             const char              *path,
             GCancellable            *cancellable,
             GError                 **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  KpTimelineFormat format;
  gboolean existed;

  if (!kp_timeline_format_for_path (path, &format, error))
    return FALSE;
  existed = g_file_query_exists (file, NULL);
  /* Written beside the target and moved over it at the end: never half a file. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return FALSE;
  if (!write_file (data, opts, path, format, G_OUTPUT_STREAM (stream), cancellable, error))
    {
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      /* Closing a cancelled replace throws the temporary file away. */
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
      /* A new file is written in place: take it away again. */
      if (!existed)
        g_file_delete (file, NULL, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

gboolean
kp_timeline_export_file (KpGanttData             *data,
                         const KpTimelineOptions *opts,
                         const char              *path,
                         GError                 **error)
{
  return export_file (data, opts, path, NULL, error);
}

typedef struct
{
  KpGanttData *data;
  KpTimelineOptions opts;
  char *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  kp_gantt_data_free (job->data);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (export_file (job->data, &job->opts, job->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
kp_timeline_export_async (KpGanttData             *data,
                          const KpTimelineOptions *opts,
                          const char              *path,
                          GCancellable            *cancellable,
                          GAsyncReadyCallback      callback,
                          gpointer                 user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ExportJob *job = g_new0 (ExportJob, 1);

  job->data = data;
  job->opts = *opts;
  job->path = g_strdup (path);
  g_task_set_source_tag (task, kp_timeline_export_async);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
kp_timeline_export_finish (GAsyncResult  *result,
                           GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}
