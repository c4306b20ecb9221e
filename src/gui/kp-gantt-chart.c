/* kp-gantt-chart.c: the Gantt chart widget: scales, scrolling, drawing and edits. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "kp-damage-mark.h"
#include "kp-gantt-chart-private.h"
#include "kp-gantt-edit.h"
#include "kp-timeline-render.h"

G_DEFINE_FINAL_TYPE (KpGanttChart, kp_gantt_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZOOM,
  PROP_CRITICAL,
  PROP_SHOW_BASELINE,
  PROP_MOVE_DEPENDENTS,
  PROP_SELECTED_TASK_ID,
  N_PROPS
};

enum {
  MESSAGE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define MARGIN_DAYS_BEFORE 30
#define MARGIN_DAYS_AFTER  60

/* ---- scales and scrolling ------------------------------------------------------------ */

double
kp_gantt_chart_rows_height (KpGanttChart *self)
{
  return MAX (gtk_widget_get_height (GTK_WIDGET (self)) - CHART_HEADER - kp_gantt_chart_get_lane_height (self), 0);
}

int
kp_gantt_chart_get_lane_height (KpGanttChart *self)
{
  if (self->data == NULL || self->data->n_training_lanes == 0)
    return 0;
  return (int) (self->data->n_training_lanes * KP_GANTT_LANE_HEIGHT);
}

/* The scrolled offsets, in whole device pixels, as the outline's rows are placed: bars
 * stay sharp and line up with their rows, and the cairo renderer fills whole pixels, far
 * faster than the antialiased edges of a bar at a fraction. */
static void
scroll_offsets (KpGanttChart *self,
                double       *x0,
                double       *y0)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  *x0 = floor (gtk_adjustment_get_value (self->hadj) * scale) / scale;
  *y0 = self->vadj != NULL ? floor (gtk_adjustment_get_value (self->vadj) * scale) / scale : 0;
}

gboolean
kp_gantt_chart_to_content (KpGanttChart *self,
                           double        wx,
                           double        wy,
                           double       *cx,
                           double       *cy)
{
  double x0, y0;

  scroll_offsets (self, &x0, &y0);
  *cx = wx + x0;
  *cy = wy - CHART_HEADER + y0;
  return wy >= CHART_HEADER && wy < CHART_HEADER + kp_gantt_chart_rows_height (self);
}

static void
configure_hadjustment (KpGanttChart *self,
                       double        value)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double content = kp_timescale_date_to_x (&self->ts, self->range_end + 1);

  content = MAX (content, width);
  gtk_adjustment_configure (self->hadj, CLAMP (value, 0, MAX (content - width, 0)), 0, content,
                            MAX (self->ts.px_per_day, 8), MAX (width * 0.9, 1), MAX (width, 1));
}

static void
update_range (KpGanttChart *self)
{
  KpDate today = kp_date_today ();
  KpDate lo = self->data != NULL && self->data->min_date != KP_DATE_NONE ? self->data->min_date : today;
  KpDate hi = self->data != NULL && self->data->max_date != KP_DATE_NONE ? self->data->max_date : today;
  KpDate old_origin = self->ts.origin;
  double value = gtk_adjustment_get_value (self->hadj);

  lo = MIN (lo, today);
  hi = MAX (hi, today);
  self->range_start = lo - MARGIN_DAYS_BEFORE;
  self->range_end = hi + MARGIN_DAYS_AFTER;
  /* Keep what is on screen in place when the origin moves. */
  if (old_origin != KP_DATE_NONE && old_origin != self->range_start)
    value += ((double) old_origin - self->range_start) * self->ts.px_per_day;
  self->ts.origin = self->range_start;
  configure_hadjustment (self, value);
}

KpZoom
kp_gantt_chart_get_zoom (KpGanttChart *self)
{
  return self->ts.zoom;
}

const KpTimescale *
kp_gantt_chart_get_timescale (KpGanttChart *self)
{
  return &self->ts;
}

/* Changes the scale while the day under widget x @anchor stays where it is. */
static void
set_scale (KpGanttChart *self,
           double        px_per_day,
           KpZoom        zoom,
           double        anchor)
{
  double day = (gtk_adjustment_get_value (self->hadj) + anchor) / self->ts.px_per_day;
  KpZoom old = self->ts.zoom;

  self->ts.px_per_day = px_per_day;
  self->ts.zoom = zoom;
  configure_hadjustment (self, day * px_per_day - anchor);
  if (old != zoom)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kp_gantt_chart_set_zoom (KpGanttChart *self,
                         KpZoom        zoom)
{
  g_return_if_fail (KP_IS_GANTT_CHART (self));
  g_return_if_fail (zoom >= KP_ZOOM_FIRST && zoom <= KP_ZOOM_LAST);

  if (zoom == self->ts.zoom && self->ts.px_per_day == kp_zoom_px_per_day (zoom))
    return;
  set_scale (self, kp_zoom_px_per_day (zoom), zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0);
}

void
kp_gantt_chart_zoom_step (KpGanttChart *self,
                          int           direction)
{
  kp_gantt_chart_zoom_step_at (self, direction, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0);
}

void
kp_gantt_chart_zoom_step_at (KpGanttChart *self,
                             int           direction,
                             double        anchor)
{
  int zoom = (int) self->ts.zoom;

  /* From a fitted scale, go to the nearest level in the asked direction. */
  if (direction > 0)
    zoom = self->ts.px_per_day < kp_zoom_px_per_day (self->ts.zoom) ? zoom : zoom - 1;
  else
    zoom = self->ts.px_per_day > kp_zoom_px_per_day (self->ts.zoom) ? zoom : zoom + 1;
  zoom = CLAMP (zoom, KP_ZOOM_FIRST, KP_ZOOM_LAST);
  if ((KpZoom) zoom != self->ts.zoom || self->ts.px_per_day != kp_zoom_px_per_day ((KpZoom) zoom))
    set_scale (self, kp_zoom_px_per_day ((KpZoom) zoom), (KpZoom) zoom, anchor);
}

void
kp_gantt_chart_zoom_fit (KpGanttChart *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  KpTimescale fitted;
  KpDate lo, hi;

  if (self->data == NULL || self->data->min_date == KP_DATE_NONE || width <= 0)
    return;
  lo = self->data->min_date - 3;
  hi = self->data->max_date + 3;
  fitted = self->ts;
  kp_timescale_fit (&fitted, lo, hi, width);
  self->ts.px_per_day = fitted.px_per_day;
  if (self->ts.zoom != fitted.zoom)
    {
      self->ts.zoom = fitted.zoom;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  configure_hadjustment (self, kp_timescale_date_to_x (&self->ts, lo));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kp_gantt_chart_scroll_to_date (KpGanttChart *self,
                               KpDate        date)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));

  configure_hadjustment (self, kp_timescale_date_to_x (&self->ts, date) - width / 3);
}

GtkAdjustment *
kp_gantt_chart_get_hadjustment (KpGanttChart *self)
{
  return self->hadj;
}

static void
adjustment_changed_cb (KpGanttChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kp_gantt_chart_set_vadjustment (KpGanttChart  *self,
                                GtkAdjustment *adjustment)
{
  if (self->vadj != NULL)
    g_signal_handlers_disconnect_by_data (self->vadj, self);
  g_set_object (&self->vadj, adjustment);
  if (adjustment != NULL)
    g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb), self);
}

/* ---- model --------------------------------------------------------------------------- */

void
kp_gantt_chart_set_document (KpGanttChart *self,
                             KpDocument   *document)
{
  g_set_object (&self->document, document);
}

void
kp_gantt_chart_set_model (KpGanttChart  *self,
                          KpGanttData   *data,
                          KpGanttLayout *layout)
{
  /* The rows last drawn may name the old data's strings: the next redraw marks all rows. */
  if (self->rows_shown != NULL)
    kp_gantt_scene_clear (self->rows_shown);
  memset (self->rows_view, 0, sizeof self->rows_view);
  self->data = data;
  self->layout = layout;
  kp_gantt_chart_model_changed (self);
}

void
kp_gantt_chart_model_changed (KpGanttChart *self)
{
  self->geom = (KpGanttGeometry) { self->data, self->layout, &self->ts, self->show_baseline };
  if (self->data != NULL)
    update_range (self);
  /* A task's index moves when the outline changes; its id does not. */
  if (self->data != NULL && self->selected_link_id != 0)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < self->data->links->len && !found; i++)
        found = g_array_index (self->data->links, KpGanttLink, i).id == self->selected_link_id;
      if (!found)
        self->selected_link_id = 0;
    }
  self->link_pending = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  kp_gantt_chart_update_accessible (self);
}

int
kp_gantt_chart_selected_index (KpGanttChart *self)
{
  if (self->data == NULL || self->selected_id == 0)
    return -1;
  return kp_gantt_data_find (self->data, self->selected_id);
}

gint64
kp_gantt_chart_get_selected (KpGanttChart *self)
{
  return self->selected_id;
}

gint64
kp_gantt_chart_get_selected_link (KpGanttChart *self)
{
  return self->selected_link_id;
}

void
kp_gantt_chart_select_index (KpGanttChart *self,
                             int           task,
                             gboolean      scroll)
{
  gint64 id = task >= 0 ? kp_gantt_data_task (self->data, task)->id : 0;
  int row = kp_gantt_layout_row_of (self->layout, task);

  if (scroll && row >= 0 && self->vadj != NULL)
    {
      double y = kp_gantt_layout_row_y (self->layout, row), h = self->layout->row_height;
      double top = gtk_adjustment_get_value (self->vadj), page = kp_gantt_chart_rows_height (self);
      KpRect bar;

      if (y < top)
        gtk_adjustment_set_value (self->vadj, y);
      else if (y + h > top + page)
        gtk_adjustment_set_value (self->vadj, y + h - page);
      if (kp_gantt_geometry_bar (&self->geom, task, KP_DATE_NONE, KP_DATE_NONE, &bar))
        {
          double left = gtk_adjustment_get_value (self->hadj), width = gtk_widget_get_width (GTK_WIDGET (self));

          if (bar.x + bar.width < left || bar.x > left + width)
            configure_hadjustment (self, bar.x - width / 4);
        }
    }
  if (id == self->selected_id)
    return;
  self->selected_id = id;
  kp_gantt_chart_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_TASK_ID]);
}

void
kp_gantt_chart_set_selected (KpGanttChart *self,
                             gint64        task_id)
{
  if (self->data == NULL)
    return;
  kp_gantt_chart_select_index (self, task_id != 0 ? kp_gantt_data_find (self->data, task_id) : -1, TRUE);
}

char *
kp_gantt_chart_describe_task (KpGanttChart *self,
                              int           task)
{
  const KpGanttTask *t = kp_gantt_data_task (self->data, task);
  char a[KP_DATE_ISO_SIZE], b[KP_DATE_ISO_SIZE];

  if (t->span_start == KP_DATE_NONE)
    /* Translators: how a screen reader hears a bar without dates: WBS number and name */
    return g_strdup_printf (_("%s %s, no dates"), t->wbs, t->name);
  if (t->is_milestone && !t->is_phase)
    return g_strdup_printf (_("%s %s, milestone on %s"), t->wbs, t->name, kp_date_format_iso (t->span_end, a));
  /* Translators: how a screen reader hears a bar: WBS, name, start, end, working days, progress */
  return g_strdup_printf (_("%s %s, %s to %s, %d working days, %.0f %% done"), t->wbs, t->name,
                          kp_date_format_iso (t->span_start, a), kp_date_format_iso (t->span_end, b),
                          kp_gantt_task_working_days (t), t->progress);
}

void
kp_gantt_chart_update_accessible (KpGanttChart *self)
{
  int task = kp_gantt_chart_selected_index (self);
  int row = task >= 0 ? kp_gantt_layout_row_of (self->layout, task) : -1;
  g_autofree char *text = NULL;

  if (row >= 0)
    {
      g_autofree char *what = kp_gantt_chart_describe_task (self, task);

      /* Translators: the chart's accessible description: row, rows, then the bar */
      text = g_strdup_printf (_("Row %d of %u: %s"), row + 1, kp_gantt_layout_n_rows (self->layout), what);
    }
  else if (self->layout != NULL)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row; use the arrow keys to move between bars",
                                         "%u rows; use the arrow keys to move between bars",
                                         kp_gantt_layout_n_rows (self->layout)),
                            kp_gantt_layout_n_rows (self->layout));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text != NULL ? text : "", -1);
}

void
kp_gantt_chart_report (KpGanttChart *self,
                       GError       *error)
{
  if (error != NULL)
    g_signal_emit (self, signals[MESSAGE], 0, error->message);
}

/* ---- edits --------------------------------------------------------------------------- */

static KpEntity *
task_entity (KpGanttChart *self,
             int           task)
{
  return kp_document_lookup (self->document, &kp_desc_task, kp_gantt_data_task (self->data, task)->id);
}

gboolean
kp_gantt_chart_move_task (KpGanttChart  *self,
                          int            task,
                          int            days,
                          GError       **error)
{
  g_autoptr(GArray) moved = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean ok = TRUE;

  if (days == 0 || self->document == NULL)
    return TRUE;
  kp_gantt_collect_moved (self->data, task, self->move_dependents, moved);
  /* Translators: an undo step */
  kp_document_begin (self->document, moved->len > 1 ? _("Move Activities") : _("Move Activity"));
  for (guint i = 0; i < moved->len && ok; i++)
    {
      KpEntity *e = task_entity (self, g_array_index (moved, int, i));
      KpDate s = e != NULL ? kp_entity_get_date (e, "start-date") : KP_DATE_NONE;
      KpDate en = e != NULL ? kp_entity_get_date (e, "end-date") : KP_DATE_NONE;

      if (e == NULL || (s == KP_DATE_NONE && en == KP_DATE_NONE))
        continue;
      ok = kp_document_set_span (self->document, e, s != KP_DATE_NONE ? s + days : KP_DATE_NONE,
                                 en != KP_DATE_NONE ? en + days : KP_DATE_NONE, error);
    }
  if (!ok)
    {
      kp_document_abort (self->document);
      return FALSE;
    }
  return kp_document_end (self->document, error);
}

gboolean
kp_gantt_chart_set_span (KpGanttChart  *self,
                         int            task,
                         KpDate         start,
                         KpDate         end,
                         GError       **error)
{
  KpEntity *e = task_entity (self, task);

  return e == NULL || kp_document_set_span (self->document, e, start, end, error);
}

gboolean
kp_gantt_chart_set_progress (KpGanttChart  *self,
                             int            task,
                             double         progress,
                             GError       **error)
{
  KpEntity *e = task_entity (self, task);
  const char *status;

  if (e == NULL)
    return TRUE;
  progress = CLAMP (round (progress), 0, 100);
  status = kp_entity_get_text (e, "status");
  if (!g_str_equal (status, "cancelled"))
    status = progress >= 100 ? "done" : progress > 0 ? "in_progress" : "not_started";
  kp_document_begin (self->document, _("Change Progress"));
  if (!kp_document_set_real (self->document, e, "progress", progress, error) ||
      !kp_document_set_text (self->document, e, "status", status, error))
    {
      kp_document_abort (self->document);
      return FALSE;
    }
  return kp_document_end (self->document, error);
}

gboolean
kp_gantt_chart_link (KpGanttChart  *self,
                     int            pred,
                     int            succ,
                     GError       **error)
{
  g_autoptr(KpEntity) link = kp_entity_new (&kp_desc_dependency);

  kp_entity_set_int (link, "predecessor-id", kp_gantt_data_task (self->data, pred)->id);
  kp_entity_set_int (link, "successor-id", kp_gantt_data_task (self->data, succ)->id);
  if (!kp_document_add (self->document, link, error))
    return FALSE;
  self->selected_link_id = kp_entity_get_id (link);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

gboolean
kp_gantt_chart_unlink (KpGanttChart  *self,
                       gint64         link_id,
                       GError       **error)
{
  KpEntity *link = kp_document_lookup (self->document, &kp_desc_dependency, link_id);

  if (link == NULL)
    return TRUE;
  if (link_id == self->selected_link_id)
    self->selected_link_id = 0;
  return kp_document_remove (self->document, link, error);
}

/* ---- drawing ------------------------------------------------------------------------- */

static PangoLayout *
layout_for (KpGanttChart *self,
            const KpPrim *p)
{
  g_autofree char *key = g_strdup_printf ("%d\x1f%s", p->role, p->text);
  PangoLayout *layout = kp_layout_cache_lookup (self->layouts, key);

  if (layout == NULL)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      /* The scene's sizes are for paper at 9 pt; on screen they scale the user's font. */
      pango_attr_list_insert (attrs, pango_attr_scale_new (kp_timeline_font_size ((KpRole) p->role) / 10.0));
      if (p->role == KP_ROLE_TEXT_PHASE)
        pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), p->text);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      kp_layout_cache_insert (self->layouts, key, layout);
      g_object_unref (layout);
    }
  return layout;
}

static void
to_rgba (const KpColor *c,
         GdkRGBA       *rgba)
{
  *rgba = (GdkRGBA) { (float) c->red, (float) c->green, (float) c->blue, (float) c->alpha };
}

/* A diamond of the given colour, 2 × half across, drawn once per colour and size. A rotated
 * rectangle would be simpler, but GTK cannot compare a rotation between two frames: each
 * diamond in view would count as changed in every redraw, far outside the box the chart's
 * damage mark puts around what did change. */
static GdkTexture *
diamond_texture (KpGanttChart  *self,
                 const GdkRGBA *color,
                 double         half)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  int size = MAX (1, (int) ceil (2 * half * scale));
  guint32 rgba = (guint32) (color->red * 255 + .5) << 24 | (guint32) (color->green * 255 + .5) << 16 |
                 (guint32) (color->blue * 255 + .5) << 8 | (guint32) (color->alpha * 255 + .5);
  gint64 key = (gint64) rgba << 24 | (gint64) MIN (size, 0xffff) << 8 | MIN (scale, 0xff);
  GdkTexture *texture = g_hash_table_lookup (self->diamonds, &key);

  if (texture == NULL)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(GBytes) bytes = NULL;

      cairo_move_to (cr, size / 2.0, 0);
      cairo_line_to (cr, size, size / 2.0);
      cairo_line_to (cr, size / 2.0, size);
      cairo_line_to (cr, 0, size / 2.0);
      cairo_close_path (cr);
      gdk_cairo_set_source_rgba (cr, color);
      cairo_fill (cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                           (gsize) cairo_image_surface_get_stride (surface) * (gsize) size);
      texture = gdk_memory_texture_new (size, size, GDK_MEMORY_DEFAULT, bytes,
                                        (gsize) cairo_image_surface_get_stride (surface));
      cairo_surface_destroy (surface);
      g_hash_table_insert (self->diamonds, g_memdup2 (&key, sizeof key), texture);
    }
  return texture;
}

static void
snapshot_diamond (KpGanttChart  *self,
                  GtkSnapshot   *snapshot,
                  const GdkRGBA *color,
                  double         cx,
                  double         cy,
                  double         half)
{
  GdkTexture *texture = diamond_texture (self, color, half);
  float side = (float) gdk_texture_get_width (texture) / (float) gtk_widget_get_scale_factor (GTK_WIDGET (self));

  gtk_snapshot_append_texture (snapshot, texture,
                               &GRAPHENE_RECT_INIT ((float) cx - side / 2, (float) cy - side / 2, side, side));
}

static void
snapshot_scene (KpGanttChart *self,
                GtkSnapshot  *snapshot,
                KpGanttScene *scene,
                gboolean      dark)
{
  for (guint i = 0; i < scene->prims->len; i++)
    {
      const KpPrim *p = &g_array_index (scene->prims, KpPrim, i);
      GdkRGBA color;

      to_rgba (kp_timeline_palette ((KpRole) p->role, dark), &color);
      switch ((KpPrimKind) p->kind)
        {
        case KP_PRIM_RECT:
          gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (p->x, p->y, p->w, p->h));
          break;
        case KP_PRIM_DIAMOND:
          snapshot_diamond (self, snapshot, &color, p->x + p->w / 2.0, p->y + p->h / 2.0, p->w / 2.0);
          break;
        case KP_PRIM_ARROW:
          /* The right half of a diamond is an arrow head. */
          gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (p->x, p->y, p->w, p->h));
          snapshot_diamond (self, snapshot, &color, p->x, p->y + p->h / 2.0, p->w);
          gtk_snapshot_pop (snapshot);
          break;
        case KP_PRIM_FRAME:
          gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (p->x, p->y, p->w, 2));
          gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (p->x, p->y + p->h - 2, p->w, 2));
          gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (p->x, p->y, 2, p->h));
          gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (p->x + p->w - 2, p->y, 2, p->h));
          break;
        case KP_PRIM_TEXT:
          {
            PangoLayout *layout = layout_for (self, p);
            int w, h;

            pango_layout_get_pixel_size (layout, &w, &h);
            if (p->w > 0)
              gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (p->x, p->y, p->w, p->h));
            gtk_snapshot_save (snapshot);
            gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (p->x, (float) floor (p->y + (p->h - h) / 2.0)));
            gtk_snapshot_append_layout (snapshot, layout, &color);
            gtk_snapshot_restore (snapshot);
            if (p->w > 0)
              gtk_snapshot_pop (snapshot);
          }
          break;
        default:
          break;
        }
    }
}

/* A redraw repaints what changed in the rows in a few pieces: a moved bar changes its
 * arrows, label and phase bar too, a moved chain dozens of them, and a scroll all of them,
 * which GTK 4.8 would count one by one, giving up on all the rows past 30. The marks, drawn
 * first among the rows, inside their clip (GTK compares what is inside a clip apart from
 * what is around it), cover what changed in each of a few bands of rows
 * (kp_gantt_scene_diff_bands): a moved chain runs down the chart like a staircase, and a
 * box for each band leaves out most of what lies beside it. The first mark covers all the
 * rows when the view moved. Every frame has as many marks, each kept until its band
 * changes again: GTK pairs the nodes of two frames in order, and a mark more or less than
 * before would pair the rows' background with a mark and repaint them all. In the scene's
 * coordinates, as the rows. */
static void
snapshot_rows_marks (KpGanttChart *self,
                     GtkSnapshot  *snapshot,
                     const double  view[6])
{
  double row = self->layout->row_height;
  float step = (float) (MAX (ceil (view[3] / MARK_BANDS / row), 1) * row);
  float top = floorf ((float) view[1] / step) * step;
  guint n = CLAMP ((guint) ceil ((view[1] + view[3] - top) / step), 1, MARK_BANDS + 1);
  float boxes[4 * (MARK_BANDS + 1)];

  if (memcmp (view, self->rows_view, sizeof self->rows_view) != 0)
    {
      self->marks[0] = GRAPHENE_RECT_INIT ((float) view[0], (float) view[1], (float) view[2], (float) view[3]);
      self->mark_keys[0] = ++self->redraws;
    }
  else if (kp_gantt_scene_diff_bands (self->rows_shown, self->rows_spare, (float) (view[0] + view[2]),
                                      top, step, n, boxes) > 0)
    for (guint i = 0; i < n; i++)
      if (boxes[4 * i + 2] >= boxes[4 * i])
        {
          graphene_rect_t *mark = &self->marks[1 + i];

          /* With room for a diamond's rounding. */
          graphene_rect_init (mark, boxes[4 * i], boxes[4 * i + 1],
                              boxes[4 * i + 2] - boxes[4 * i], boxes[4 * i + 3] - boxes[4 * i + 1]);
          graphene_rect_inset (mark, -2, -2);
          self->mark_keys[1 + i] = ++self->redraws;
        }
  memcpy (self->rows_view, view, sizeof self->rows_view);
  for (guint i = 0; i < G_N_ELEMENTS (self->marks); i++)
    kp_snapshot_append_damage_mark (snapshot, &self->marks[i], self->mark_keys[i]);
}

static void
kp_gantt_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  KpGanttChart *self = KP_GANTT_CHART (widget);
  double width = gtk_widget_get_width (widget), x0, y0;
  double rows_h = kp_gantt_chart_rows_height (self), lane_h = kp_gantt_chart_get_lane_height (self);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (self->data == NULL || self->layout == NULL || width <= 0)
    return;
  scroll_offsets (self, &x0, &y0);
  self->opts.critical = self->critical;
  self->opts.selected_task = kp_gantt_chart_selected_index (self);
  self->opts.selected_link = -1;
  for (guint i = 0; self->selected_link_id != 0 && i < self->data->links->len; i++)
    if (g_array_index (self->data->links, KpGanttLink, i).id == self->selected_link_id)
      self->opts.selected_link = (int) i;
  self->opts.show_handles = gtk_widget_has_focus (widget) || self->drag != DRAG_NONE;

  /* Only what is in view: the rows between y0 and y0 + rows_h, the days between x0 and
   * x0 + width. The scene is kept to compare the next redraw with. */
  {
    const double view[6] = { x0, y0, width, rows_h, dark, gtk_widget_get_scale_factor (widget) };
    KpGanttScene *rows = self->rows_spare;

    kp_gantt_scene_rows (rows, &self->geom, &self->opts, x0, y0, width, rows_h);
    gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, CHART_HEADER, (float) width, (float) rows_h));
    gtk_snapshot_save (snapshot);
    gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((float) -x0, (float) (CHART_HEADER - y0)));
    snapshot_rows_marks (self, snapshot, view);
    snapshot_scene (self, snapshot, rows, dark);
    gtk_snapshot_restore (snapshot);
    gtk_snapshot_pop (snapshot);
    self->rows_spare = self->rows_shown;
    self->rows_shown = rows;
    kp_gantt_scene_clear (self->rows_spare);
  }

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, (float) width, CHART_HEADER));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((float) -x0, 0));
  kp_gantt_scene_header (self->scene, self->data, &self->ts, &self->opts, x0, width);
  snapshot_scene (self, snapshot, self->scene, dark);
  kp_gantt_scene_clear (self->scene);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);

  if (lane_h > 0)
    {
      gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, (float) (CHART_HEADER + rows_h), (float) width, (float) lane_h));
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((float) -x0, (float) (CHART_HEADER + rows_h)));
      kp_gantt_scene_training (self->scene, self->data, &self->ts, &self->opts, x0, width);
      snapshot_scene (self, snapshot, self->scene, dark);
      kp_gantt_scene_clear (self->scene);
      gtk_snapshot_restore (snapshot);
      gtk_snapshot_pop (snapshot);
    }
}

static void
kp_gantt_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  KpGanttChart *self = KP_GANTT_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 800;
    }
  else
    {
      *minimum = (int) CHART_HEADER + kp_gantt_chart_get_lane_height (self) + 60;
      *natural = *minimum + 400;
    }
}

static void
kp_gantt_chart_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  KpGanttChart *self = KP_GANTT_CHART (widget);

  configure_hadjustment (self, gtk_adjustment_get_value (self->hadj));
}

static void
dark_changed_cb (KpGanttChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- the object ---------------------------------------------------------------------- */

static void
kp_gantt_chart_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KpGanttChart *self = KP_GANTT_CHART (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_string (value, kp_zoom_to_string (self->ts.zoom));
      break;
    case PROP_CRITICAL:
      g_value_set_boolean (value, self->critical);
      break;
    case PROP_SHOW_BASELINE:
      g_value_set_boolean (value, self->show_baseline);
      break;
    case PROP_MOVE_DEPENDENTS:
      g_value_set_boolean (value, self->move_dependents);
      break;
    case PROP_SELECTED_TASK_ID:
      g_value_set_int64 (value, self->selected_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_flag (KpGanttChart *self,
          gboolean     *flag,
          gboolean      value,
          int           prop)
{
  if (*flag == value)
    return;
  *flag = value;
  self->geom.show_baseline = self->show_baseline;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
kp_gantt_chart_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KpGanttChart *self = KP_GANTT_CHART (object);
  KpZoom zoom;

  switch (prop_id)
    {
    case PROP_ZOOM:
      if (kp_zoom_from_string (g_value_get_string (value), &zoom))
        kp_gantt_chart_set_zoom (self, zoom);
      break;
    case PROP_CRITICAL:
      set_flag (self, &self->critical, g_value_get_boolean (value), PROP_CRITICAL);
      break;
    case PROP_SHOW_BASELINE:
      set_flag (self, &self->show_baseline, g_value_get_boolean (value), PROP_SHOW_BASELINE);
      break;
    case PROP_MOVE_DEPENDENTS:
      set_flag (self, &self->move_dependents, g_value_get_boolean (value), PROP_MOVE_DEPENDENTS);
      break;
    case PROP_SELECTED_TASK_ID:
      kp_gantt_chart_set_selected (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_gantt_chart_dispose (GObject *object)
{
  KpGanttChart *self = KP_GANTT_CHART (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  kp_gantt_chart_set_vadjustment (self, NULL);
  g_clear_object (&self->hadj);
  g_clear_object (&self->document);
  g_clear_pointer (&self->layouts, kp_layout_cache_free);
  g_clear_pointer (&self->diamonds, g_hash_table_unref);
  g_clear_pointer (&self->scene, kp_gantt_scene_free);
  g_clear_pointer (&self->rows_shown, kp_gantt_scene_free);
  g_clear_pointer (&self->rows_spare, kp_gantt_scene_free);
  G_OBJECT_CLASS (kp_gantt_chart_parent_class)->dispose (object);
}

static void
kp_gantt_chart_class_init (KpGanttChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = kp_gantt_chart_dispose;
  object_class->get_property = kp_gantt_chart_get_property;
  object_class->set_property = kp_gantt_chart_set_property;
  widget_class->snapshot = kp_gantt_chart_snapshot;
  widget_class->measure = kp_gantt_chart_measure;
  widget_class->size_allocate = kp_gantt_chart_size_allocate;

  /* A string, so that it binds to the GSettings key "gantt-zoom". */
  properties[PROP_ZOOM] = g_param_spec_string ("zoom", NULL, NULL, "week", flags);
  properties[PROP_CRITICAL] = g_param_spec_boolean ("critical", NULL, NULL, FALSE, flags);
  properties[PROP_SHOW_BASELINE] = g_param_spec_boolean ("show-baseline", NULL, NULL, FALSE, flags);
  properties[PROP_MOVE_DEPENDENTS] = g_param_spec_boolean ("move-dependents", NULL, NULL, TRUE, flags);
  properties[PROP_SELECTED_TASK_ID] = g_param_spec_int64 ("selected-task-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A sentence for the user, after an edit the project refused. */
  signals[MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "ganttchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
  kp_gantt_chart_class_init_input (widget_class);
}

static void
kp_gantt_chart_init (KpGanttChart *self)
{
  self->hadj = g_object_ref_sink (gtk_adjustment_new (0, 0, 1, 1, 1, 1));
  g_signal_connect_swapped (self->hadj, "value-changed", G_CALLBACK (adjustment_changed_cb), self);
  self->scene = kp_gantt_scene_new ();
  self->rows_shown = kp_gantt_scene_new ();
  self->rows_spare = kp_gantt_scene_new ();
  self->layouts = kp_layout_cache_new (2000);
  self->diamonds = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  kp_gantt_scene_options_init (&self->opts);
  self->opts.today = kp_date_today ();
  self->move_dependents = TRUE;
  self->link_pending = -1;
  self->pointer_x = -1;
  self->drag_task = -1;
  kp_timescale_init (&self->ts, kp_date_today (), KP_ZOOM_WEEK);
  self->ts.origin = KP_DATE_NONE;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"), -1);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb), self);
  kp_gantt_chart_init_input (self);
}

GtkWidget *
kp_gantt_chart_new (void)
{
  return g_object_new (KP_TYPE_GANTT_CHART, NULL);
}
