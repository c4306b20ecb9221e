/* kp-timescale.h: date ↔ pixel mapping and header ticks for the Gantt timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KP_ZOOM_DAY,
  KP_ZOOM_WEEK,
  KP_ZOOM_MONTH,
  KP_ZOOM_QUARTER,
  KP_ZOOM_YEAR,
} KpZoom;

#define KP_ZOOM_FIRST KP_ZOOM_DAY
#define KP_ZOOM_LAST  KP_ZOOM_YEAR

typedef enum
{
  KP_TICK_YEAR,
  KP_TICK_QUARTER,
  KP_TICK_MONTH,
  KP_TICK_WEEK,
  KP_TICK_DAY,
} KpTickUnit;

#define KP_TICK_LABEL_SIZE 32

/* One cell of a header row: the period of one tick unit. */
typedef struct
{
  gint32 date;                     /* the first day of the period */
  gint32 next;                     /* the first day after it */
  double x;                        /* kp_timescale_date_to_x (date) */
  double width;                    /* kp_timescale_date_to_x (next) - x */
  char   label[KP_TICK_LABEL_SIZE];
} KpTick;

/* x = (date - origin) * px_per_day: x is 0 at the start of the day @origin. */
typedef struct
{
  gint32 origin;
  double px_per_day;
  KpZoom zoom;
} KpTimescale;

/* "day", "week", "month", "quarter" and "year": stable names for settings and files. */
const char  *kp_zoom_to_string              (KpZoom             zoom);
gboolean     kp_zoom_from_string            (const char        *str,
                                             KpZoom            *out_zoom);
/* The scale a zoom level starts at. */
double       kp_zoom_px_per_day             (KpZoom             zoom);
/* The finest zoom whose header labels still fit at @px_per_day; KP_ZOOM_YEAR when none do. */
KpZoom       kp_zoom_for_px_per_day         (double             px_per_day);
/* The two header rows of a zoom level, the coarser one on top. */
void         kp_timescale_header_units      (KpZoom             zoom,
                                             KpTickUnit        *upper,
                                             KpTickUnit        *lower);

void         kp_timescale_init              (KpTimescale       *ts,
                                             gint32             origin,
                                             KpZoom             zoom);
/* Makes [@start, @end] (both days included) fill exactly @width_px from x = 0, and picks
 * the zoom for that scale with kp_zoom_for_px_per_day().
 */
void         kp_timescale_fit               (KpTimescale       *ts,
                                             gint32             start,
                                             gint32             end,
                                             double             width_px);
/* The x of the start of @date. */
double       kp_timescale_date_to_x         (const KpTimescale *ts,
                                             gint32             date);
/* The day under @x: the one date with date_to_x (date) <= x < date_to_x (date + 1). */
gint32       kp_timescale_x_to_date         (const KpTimescale *ts,
                                             double             x);

/* The first day of the period of @unit that holds @date, and the first day after it. Weeks
 * start on Monday.
 */
gint32       kp_tick_unit_floor             (KpTickUnit         unit,
                                             gint32             date);
gint32       kp_tick_unit_next              (KpTickUnit         unit,
                                             gint32             date);

/* Clears @out_ticks, an array of KpTick, and fills it with one tick per period of @unit
 * that meets [@from, @to], in order. The first tick may start before @from and the last
 * end after @to; each tick ends exactly where the next begins.
 */
void         kp_timescale_ticks             (const KpTimescale *ts,
                                             KpTickUnit         unit,
                                             gint32             from,
                                             gint32             to,
                                             GArray            *out_ticks);
/* The translated header label of the period of @unit that starts at @date: "2026", "Q3",
 * "Jan", "W53" or "31". It is cut to fit @len bytes at a character boundary.
 */
void         kp_tick_label                  (KpTickUnit         unit,
                                             gint32             date,
                                             char              *buf,
                                             gsize              len);

G_END_DECLS
