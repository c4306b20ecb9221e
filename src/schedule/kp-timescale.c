/* kp-timescale.c: date ↔ pixel mapping and header ticks for the Gantt timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kp-calendar.h"
#include "kp-timescale.h"

typedef struct
{
  const char *name;
  double      px_per_day;     /* where the level starts */
  double      min_px_per_day; /* below this the lower row's labels no longer fit */
  KpTickUnit  upper;
  KpTickUnit  lower;
} ZoomInfo;

/* The narrowest readable cells at the usual header font are about 18 px for "31", 36 for
 * "W53" (Swedish "v. 53"), 34 for "Jan" and 28 for "Q4". A month can be 28 days long, a
 * quarter 90. The year level is what is left when even quarters get too narrow.
 */
static const ZoomInfo zooms[] = {
  [KP_ZOOM_DAY] = { "day", 32.0, 18.0, KP_TICK_MONTH, KP_TICK_DAY },
  [KP_ZOOM_WEEK] = { "week", 8.0, 36.0 / 7, KP_TICK_MONTH, KP_TICK_WEEK },
  [KP_ZOOM_MONTH] = { "month", 2.5, 34.0 / 28, KP_TICK_YEAR, KP_TICK_MONTH },
  [KP_ZOOM_QUARTER] = { "quarter", 0.9, 28.0 / 90, KP_TICK_YEAR, KP_TICK_QUARTER },
  [KP_ZOOM_YEAR] = { "year", 0.25, 0.0, KP_TICK_YEAR, KP_TICK_QUARTER },
};

G_STATIC_ASSERT (G_N_ELEMENTS (zooms) == KP_ZOOM_LAST + 1);

static inline gboolean
zoom_valid (KpZoom zoom)
{
  return (int) zoom >= KP_ZOOM_FIRST && zoom <= KP_ZOOM_LAST;
}

static inline gboolean
unit_valid (KpTickUnit unit)
{
  return (int) unit >= KP_TICK_YEAR && unit <= KP_TICK_DAY;
}

const char *
kp_zoom_to_string (KpZoom zoom)
{
  g_return_val_if_fail (zoom_valid (zoom), NULL);

  return zooms[zoom].name;
}

gboolean
kp_zoom_from_string (const char *str,
                     KpZoom     *out_zoom)
{
  if (str == NULL)
    return FALSE;

  for (int z = KP_ZOOM_FIRST; z <= KP_ZOOM_LAST; z++)
    {
      if (strcmp (str, zooms[z].name) == 0)
        {
          if (out_zoom != NULL)
            *out_zoom = (KpZoom) z;
          return TRUE;
        }
    }

  return FALSE;
}

double
kp_zoom_px_per_day (KpZoom zoom)
{
  g_return_val_if_fail (zoom_valid (zoom), zooms[KP_ZOOM_DAY].px_per_day);

  return zooms[zoom].px_per_day;
}

KpZoom
kp_zoom_for_px_per_day (double px_per_day)
{
  for (int z = KP_ZOOM_FIRST; z < KP_ZOOM_LAST; z++)
    {
      if (px_per_day >= zooms[z].min_px_per_day)
        return (KpZoom) z;
    }

  return KP_ZOOM_YEAR;
}

void
kp_timescale_header_units (KpZoom      zoom,
                           KpTickUnit *upper,
                           KpTickUnit *lower)
{
  g_return_if_fail (zoom_valid (zoom));

  if (upper != NULL)
    *upper = zooms[zoom].upper;
  if (lower != NULL)
    *lower = zooms[zoom].lower;
}

void
kp_timescale_init (KpTimescale *ts,
                   gint32       origin,
                   KpZoom       zoom)
{
  g_return_if_fail (ts != NULL);
  g_return_if_fail (kp_date_valid (origin));
  g_return_if_fail (zoom_valid (zoom));

  ts->origin = origin;
  ts->zoom = zoom;
  ts->px_per_day = zooms[zoom].px_per_day;
}

void
kp_timescale_fit (KpTimescale *ts,
                  gint32       start,
                  gint32       end,
                  double       width_px)
{
  g_return_if_fail (ts != NULL);
  g_return_if_fail (kp_date_valid (start));
  g_return_if_fail (kp_date_valid (end));
  g_return_if_fail (start <= end);
  g_return_if_fail (isfinite (width_px) && width_px > 0);

  ts->origin = start;
  ts->px_per_day = width_px / ((double) end - start + 1);
  ts->zoom = kp_zoom_for_px_per_day (ts->px_per_day);
}

double
kp_timescale_date_to_x (const KpTimescale *ts,
                        gint32             date)
{
  g_return_val_if_fail (ts != NULL, 0);

  return ((double) date - ts->origin) * ts->px_per_day;
}

gint32
kp_timescale_x_to_date (const KpTimescale *ts,
                        double             x)
{
  double days;
  gint32 date;

  g_return_val_if_fail (ts != NULL, KP_DATE_NONE);
  g_return_val_if_fail (!isnan (x), ts->origin);
  g_return_val_if_fail (ts->px_per_day > 0, ts->origin);

  days = floor (x / ts->px_per_day);
  if (days < (double) KP_DATE_MIN - ts->origin)
    return KP_DATE_MIN;
  if (days > (double) KP_DATE_MAX - ts->origin)
    return KP_DATE_MAX;

  /* The division can round across a day boundary; settle it against date_to_x() itself so
   * that the two are exact inverses.
   */
  date = ts->origin + (gint32) days;
  if (kp_timescale_date_to_x (ts, date) > x)
    date--;
  else if (kp_timescale_date_to_x (ts, date + 1) <= x)
    date++;

  return CLAMP (date, KP_DATE_MIN, KP_DATE_MAX);
}

gint32
kp_tick_unit_floor (KpTickUnit unit,
                    gint32     date)
{
  int year, month, day;

  g_return_val_if_fail (kp_date_valid (date), KP_DATE_NONE);

  kp_date_to_ymd (date, &year, &month, &day);

  switch (unit)
    {
    case KP_TICK_DAY:
      return date;
    case KP_TICK_WEEK:
      return date - kp_date_weekday (date) + 1;
    case KP_TICK_MONTH:
      return date - day + 1;
    case KP_TICK_QUARTER:
      return kp_date_from_ymd (year, (month - 1) / 3 * 3 + 1, 1);
    case KP_TICK_YEAR:
      return kp_date_from_ymd (year, 1, 1);
    default:
      g_return_val_if_reached (KP_DATE_NONE);
    }
}

gint32
kp_tick_unit_next (KpTickUnit unit,
                   gint32     date)
{
  gint32 start = kp_tick_unit_floor (unit, date);
  int year, month, n_months;
  gint32 next;

  g_return_val_if_fail (start != KP_DATE_NONE, KP_DATE_NONE);

  switch (unit)
    {
    case KP_TICK_DAY:
      return start + 1;
    case KP_TICK_WEEK:
      return start + 7;
    case KP_TICK_MONTH:
      n_months = 1;
      break;
    case KP_TICK_QUARTER:
      n_months = 3;
      break;
    case KP_TICK_YEAR:
      n_months = 12;
      break;
    default:
      g_return_val_if_reached (KP_DATE_NONE);
    }

  /* Add month lengths rather than build the next date, which may be 10000-01-01. */
  kp_date_to_ymd (start, &year, &month, NULL);
  next = start;
  for (int i = 0; i < n_months; i++)
    {
      int m = month - 1 + i;

      next += kp_date_days_in_month (year + m / 12, m % 12 + 1);
    }

  return next;
}

void
kp_timescale_ticks (const KpTimescale *ts,
                    KpTickUnit         unit,
                    gint32             from,
                    gint32             to,
                    GArray            *out_ticks)
{
  g_return_if_fail (ts != NULL);
  g_return_if_fail (unit_valid (unit));
  g_return_if_fail (out_ticks != NULL);
  g_return_if_fail (g_array_get_element_size (out_ticks) == sizeof (KpTick));
  g_return_if_fail (kp_date_valid (from));
  g_return_if_fail (kp_date_valid (to));
  g_return_if_fail (from <= to);

  g_array_set_size (out_ticks, 0);

  for (gint32 date = kp_tick_unit_floor (unit, from), next; date <= to; date = next)
    {
      KpTick tick;

      next = kp_tick_unit_next (unit, date);

      tick.date = date;
      tick.next = next;
      tick.x = kp_timescale_date_to_x (ts, date);
      tick.width = kp_timescale_date_to_x (ts, next) - tick.x;
      kp_tick_label (unit, date, tick.label, sizeof tick.label);

      g_array_append_val (out_ticks, tick);
    }
}

void
kp_tick_label (KpTickUnit  unit,
               gint32      date,
               char       *buf,
               gsize       len)
{
  int year, month, day, week;
  const char *end;

  g_return_if_fail (buf != NULL && len > 0);

  buf[0] = '\0';
  g_return_if_fail (kp_date_valid (date));

  kp_date_to_ymd (date, &year, &month, &day);

  switch (unit)
    {
    case KP_TICK_YEAR:
      g_snprintf (buf, len, "%d", year);
      break;
    case KP_TICK_QUARTER:
      /* Translators: a quarter of the year in the timeline header, "Q1" to "Q4". */
      g_snprintf (buf, len, _("Q%d"), (month - 1) / 3 + 1);
      break;
    case KP_TICK_MONTH:
      g_strlcpy (buf, kp_month_abbrev (month), len);
      break;
    case KP_TICK_WEEK:
      kp_date_iso_week (date, NULL, &week);
      /* Translators: an ISO week number in the timeline header. Swedish writes "v. %d". */
      g_snprintf (buf, len, _("W%d"), week);
      break;
    case KP_TICK_DAY:
      g_snprintf (buf, len, "%d", day);
      break;
    default:
      g_return_if_reached ();
    }

  /* A cut may have split a character. */
  if (!g_utf8_validate (buf, -1, &end))
    buf[end - buf] = '\0';
}
