/* test-timescale.c: date ↔ pixel mapping and header ticks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include <glib.h>

#include "kp-calendar.h"
#include "kp-timescale.h"

static const KpTickUnit all_units[] = {
  KP_TICK_YEAR, KP_TICK_QUARTER, KP_TICK_MONTH, KP_TICK_WEEK, KP_TICK_DAY,
};

static gint32
iso (const char *text)
{
  gint32 date;

  g_assert_true (kp_date_parse_iso (text, &date));
  return date;
}

static void
test_zoom_strings (void)
{
  static const char * const names[] = { "day", "week", "month", "quarter", "year" };
  KpZoom zoom = KP_ZOOM_WEEK;

  for (int z = KP_ZOOM_FIRST; z <= KP_ZOOM_LAST; z++)
    {
      g_assert_cmpstr (kp_zoom_to_string (z), ==, names[z]);
      g_assert_true (kp_zoom_from_string (names[z], &zoom));
      g_assert_cmpint (zoom, ==, z);
    }

  zoom = KP_ZOOM_MONTH;
  g_assert_false (kp_zoom_from_string ("Day", &zoom));
  g_assert_false (kp_zoom_from_string ("", &zoom));
  g_assert_false (kp_zoom_from_string ("days", &zoom));
  g_assert_false (kp_zoom_from_string (NULL, &zoom));
  g_assert_cmpint (zoom, ==, KP_ZOOM_MONTH);
  g_assert_true (kp_zoom_from_string ("year", NULL));
}

static void
test_zoom_levels (void)
{
  KpTickUnit upper, lower;

  /* Each level starts at a scale where it is the finest readable one, coarser ones having
   * fewer pixels per day.
   */
  for (int z = KP_ZOOM_FIRST; z <= KP_ZOOM_LAST; z++)
    {
      g_assert_cmpint (kp_zoom_for_px_per_day (kp_zoom_px_per_day (z)), ==, z);
      if (z > KP_ZOOM_FIRST)
        g_assert_cmpfloat (kp_zoom_px_per_day (z), <, kp_zoom_px_per_day (z - 1));

      kp_timescale_header_units (z, &upper, &lower);
      g_assert_cmpint (upper, <, lower);
    }

  g_assert_cmpint (kp_zoom_for_px_per_day (1000), ==, KP_ZOOM_DAY);
  g_assert_cmpint (kp_zoom_for_px_per_day (0.001), ==, KP_ZOOM_YEAR);
  g_assert_cmpint (kp_zoom_for_px_per_day (0), ==, KP_ZOOM_YEAR);

  kp_timescale_header_units (KP_ZOOM_DAY, &upper, &lower);
  g_assert_cmpint (upper, ==, KP_TICK_MONTH);
  g_assert_cmpint (lower, ==, KP_TICK_DAY);
  kp_timescale_header_units (KP_ZOOM_WEEK, &upper, &lower);
  g_assert_cmpint (upper, ==, KP_TICK_MONTH);
  g_assert_cmpint (lower, ==, KP_TICK_WEEK);
  kp_timescale_header_units (KP_ZOOM_MONTH, &upper, &lower);
  g_assert_cmpint (upper, ==, KP_TICK_YEAR);
  g_assert_cmpint (lower, ==, KP_TICK_MONTH);
  kp_timescale_header_units (KP_ZOOM_QUARTER, &upper, &lower);
  g_assert_cmpint (upper, ==, KP_TICK_YEAR);
  g_assert_cmpint (lower, ==, KP_TICK_QUARTER);
  kp_timescale_header_units (KP_ZOOM_YEAR, &upper, &lower);
  g_assert_cmpint (upper, ==, KP_TICK_YEAR);
  g_assert_cmpint (lower, ==, KP_TICK_QUARTER);
}

static void
check_roundtrip (const KpTimescale *ts,
                 gint32             first,
                 gint32             last)
{
  for (gint32 date = first; date <= last; date++)
    {
      double x = kp_timescale_date_to_x (ts, date);
      double x_next = kp_timescale_date_to_x (ts, date + 1);

      g_assert_cmpfloat (x, <, x_next);
      g_assert_cmpint (kp_timescale_x_to_date (ts, x), ==, date);
      g_assert_cmpint (kp_timescale_x_to_date (ts, (x + x_next) / 2), ==, date);
      /* The last representable x before the next day is still this day. */
      g_assert_cmpint (kp_timescale_x_to_date (ts, nextafter (x_next, -INFINITY)), ==, date);
    }
}

/* Every day of 30 years, at every zoom and at awkward scales, both sides of the origin. */
static void
test_roundtrip (void)
{
  static const double odd_scales[] = {
    1000.0 / 367, 1234.5 / 7777, 1.0 / 3, 0.1, 0.7, 2.0 / 3, 31.999999, 1e-3, 97.3,
  };
  gint32 first = iso ("2010-01-01"), last = iso ("2039-12-31");
  KpTimescale ts;

  for (int z = KP_ZOOM_FIRST; z <= KP_ZOOM_LAST; z++)
    {
      kp_timescale_init (&ts, iso ("2024-06-15"), z);
      g_assert_cmpint (ts.zoom, ==, z);
      g_assert_cmpfloat (ts.px_per_day, ==, kp_zoom_px_per_day (z));
      g_assert_cmpfloat (kp_timescale_date_to_x (&ts, ts.origin), ==, 0);
      check_roundtrip (&ts, first, last);
    }

  for (guint i = 0; i < G_N_ELEMENTS (odd_scales); i++)
    {
      kp_timescale_init (&ts, first + g_test_rand_int_range (0, last - first), KP_ZOOM_DAY);
      ts.px_per_day = odd_scales[i];
      check_roundtrip (&ts, first, last);
    }

  /* Far from the origin, and x beyond the valid dates. */
  kp_timescale_init (&ts, iso ("2024-01-01"), KP_ZOOM_MONTH);
  ts.px_per_day = 1000.0 / 367;
  check_roundtrip (&ts, KP_DATE_MIN, KP_DATE_MIN + 400);
  check_roundtrip (&ts, KP_DATE_MAX - 400, KP_DATE_MAX - 1);
  g_assert_cmpint (kp_timescale_x_to_date (&ts, -1e12), ==, KP_DATE_MIN);
  g_assert_cmpint (kp_timescale_x_to_date (&ts, 1e12), ==, KP_DATE_MAX);
  g_assert_cmpint (kp_timescale_x_to_date (&ts, -INFINITY), ==, KP_DATE_MIN);
  g_assert_cmpint (kp_timescale_x_to_date (&ts, INFINITY), ==, KP_DATE_MAX);
}

static void
check_fit (gint32  start,
           gint32  end,
           double  width,
           KpZoom  zoom)
{
  KpTimescale ts;
  double x_end;

  kp_timescale_init (&ts, iso ("2000-01-01"), KP_ZOOM_DAY);
  kp_timescale_fit (&ts, start, end, width);

  x_end = kp_timescale_date_to_x (&ts, end + 1);
  g_assert_cmpint (ts.origin, ==, start);
  g_assert_cmpfloat (kp_timescale_date_to_x (&ts, start), ==, 0);
  g_assert_cmpfloat_with_epsilon (x_end, width, width * 1e-12);
  g_assert_cmpint (kp_timescale_x_to_date (&ts, 0), ==, start);
  g_assert_cmpint (kp_timescale_x_to_date (&ts, nextafter (x_end, -INFINITY)), ==, end);
  g_assert_cmpint (ts.zoom, ==, zoom);
  g_assert_cmpint (ts.zoom, ==, kp_zoom_for_px_per_day (ts.px_per_day));
}

static void
test_fit (void)
{
  check_fit (iso ("2026-03-02"), iso ("2026-03-02"), 800, KP_ZOOM_DAY);
  check_fit (iso ("2026-03-02"), iso ("2026-03-31"), 1000, KP_ZOOM_DAY);
  check_fit (iso ("2026-01-01"), iso ("2026-03-31"), 1000, KP_ZOOM_WEEK);
  check_fit (iso ("2026-01-01"), iso ("2026-06-30"), 1200, KP_ZOOM_WEEK);
  check_fit (iso ("2026-01-01"), iso ("2026-12-31"), 1000, KP_ZOOM_MONTH);
  check_fit (iso ("2025-01-01"), iso ("2027-12-31"), 1000, KP_ZOOM_QUARTER);
  check_fit (iso ("2025-01-01"), iso ("2034-12-31"), 1000, KP_ZOOM_YEAR);
  check_fit (iso ("2025-01-01"), iso ("2034-12-31"), 1200, KP_ZOOM_QUARTER);
  check_fit (iso ("2000-01-01"), iso ("2099-12-31"), 1000, KP_ZOOM_YEAR);
  check_fit (iso ("2026-01-01"), iso ("2026-12-31"), 8000, KP_ZOOM_DAY);
  check_fit (iso ("2026-01-01"), iso ("2026-12-31"), 100.5, KP_ZOOM_YEAR);

  /* Every span length of up to 3 years at a common width: the zoom never gets finer as
   * the span grows.
   */
  for (int days = 1, previous = KP_ZOOM_DAY; days < 3 * 366; days++)
    {
      KpTimescale ts;

      kp_timescale_fit (&ts, iso ("2026-01-01"), iso ("2026-01-01") + days - 1, 1280);
      g_assert_cmpint (ts.zoom, >=, previous);
      previous = ts.zoom;
    }
}

static void
check_ticks (const KpTimescale *ts,
             KpTickUnit         unit,
             gint32             from,
             gint32             to,
             GArray            *ticks)
{
  kp_timescale_ticks (ts, unit, from, to, ticks);
  g_assert_cmpuint (ticks->len, >, 0);

  g_assert_cmpint (g_array_index (ticks, KpTick, 0).date, <=, from);
  g_assert_cmpint (g_array_index (ticks, KpTick, ticks->len - 1).next, >, to);

  for (guint i = 0; i < ticks->len; i++)
    {
      const KpTick *tick = &g_array_index (ticks, KpTick, i);
      int year, month, day;

      /* Each tick meets the range and is one whole period of its unit. */
      g_assert_cmpint (tick->date, <=, to);
      g_assert_cmpint (tick->next, >, from);
      g_assert_cmpint (kp_tick_unit_floor (unit, tick->date), ==, tick->date);
      g_assert_cmpint (kp_tick_unit_next (unit, tick->date), ==, tick->next);
      /* (The week holding 9999-12-31 ends two days past it.) */
      if (kp_date_valid (tick->next - 1))
        g_assert_cmpint (kp_tick_unit_floor (unit, tick->next - 1), ==, tick->date);
      g_assert_cmpfloat (tick->x, ==, kp_timescale_date_to_x (ts, tick->date));
      g_assert_cmpfloat (tick->width, >, 0);
      g_assert_cmpfloat_with_epsilon (tick->width,
                                      (tick->next - tick->date) * ts->px_per_day,
                                      1e-6);
      g_assert_cmpstr (tick->label, !=, "");
      g_assert_true (g_utf8_validate (tick->label, -1, NULL));

      kp_date_to_ymd (tick->date, &year, &month, &day);
      switch (unit)
        {
        case KP_TICK_YEAR:
          g_assert_cmpint (month * 100 + day, ==, 101);
          g_assert_cmpint (tick->next - tick->date, ==, kp_date_is_leap_year (year) ? 366 : 365);
          break;
        case KP_TICK_QUARTER:
          g_assert_cmpint (day, ==, 1);
          g_assert_cmpint (month % 3, ==, 1);
          g_assert_cmpint (tick->next - tick->date, >=, 90);
          g_assert_cmpint (tick->next - tick->date, <=, 92);
          break;
        case KP_TICK_MONTH:
          g_assert_cmpint (day, ==, 1);
          g_assert_cmpint (tick->next - tick->date, ==, kp_date_days_in_month (year, month));
          break;
        case KP_TICK_WEEK:
          g_assert_cmpint (kp_date_weekday (tick->date), ==, 1);
          g_assert_cmpint (tick->next - tick->date, ==, 7);
          break;
        case KP_TICK_DAY:
          g_assert_cmpint (tick->next - tick->date, ==, 1);
          break;
        default:
          g_assert_not_reached ();
        }

      /* Contiguous: no gap, no overlap. */
      if (i > 0)
        {
          const KpTick *prev = &g_array_index (ticks, KpTick, i - 1);

          g_assert_cmpint (prev->next, ==, tick->date);
          g_assert_cmpfloat_with_epsilon (prev->x + prev->width, tick->x,
                                          1e-9 * MAX (1, fabs (tick->x)));
        }
    }
}

static void
test_ticks (void)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (KpTick));
  KpTimescale ts;

  for (int z = KP_ZOOM_FIRST; z <= KP_ZOOM_LAST; z++)
    {
      kp_timescale_init (&ts, iso ("2024-02-29"), z);

      for (guint u = 0; u < G_N_ELEMENTS (all_units); u++)
        {
          gint32 base = iso ("1995-01-01");

          check_ticks (&ts, all_units[u], iso ("2024-01-01"), iso ("2024-12-31"), ticks);
          check_ticks (&ts, all_units[u], iso ("2026-12-28"), iso ("2026-12-28"), ticks);
          check_ticks (&ts, all_units[u], iso ("2020-02-29"), iso ("2023-07-13"), ticks);
          check_ticks (&ts, all_units[u], KP_DATE_MIN, KP_DATE_MIN + 100, ticks);
          check_ticks (&ts, all_units[u], KP_DATE_MAX - 100, KP_DATE_MAX, ticks);

          for (int i = 0; i < 200; i++)
            {
              gint32 from = base + g_test_rand_int_range (0, 30 * 365);
              int span = all_units[u] == KP_TICK_DAY ? 400 : 3000;
              gint32 to = from + g_test_rand_int_range (0, span);

              check_ticks (&ts, all_units[u], from, to, ticks);
            }
        }
    }

  /* The array is cleared before it is filled. */
  kp_timescale_ticks (&ts, KP_TICK_YEAR, iso ("2024-05-05"), iso ("2024-05-05"), ticks);
  g_assert_cmpuint (ticks->len, ==, 1);
  g_assert_cmpint (g_array_index (ticks, KpTick, 0).date, ==, iso ("2024-01-01"));
  g_assert_cmpint (g_array_index (ticks, KpTick, 0).next, ==, iso ("2025-01-01"));

  /* At the very end the next period starts past 9999-12-31. */
  kp_timescale_ticks (&ts, KP_TICK_YEAR, KP_DATE_MAX, KP_DATE_MAX, ticks);
  g_assert_cmpint (g_array_index (ticks, KpTick, 0).next, ==, KP_DATE_MAX + 1);

  g_array_unref (ticks);
}

static gboolean
has_label (GArray     *ticks,
           const char *label)
{
  for (guint i = 0; i < ticks->len; i++)
    {
      if (g_str_equal (g_array_index (ticks, KpTick, i).label, label))
        return TRUE;
    }

  return FALSE;
}

static void
test_week_53 (void)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (KpTick));
  KpTimescale ts;
  KpTickUnit upper, lower;
  const KpTick *last;

  kp_timescale_init (&ts, iso ("2026-01-01"), KP_ZOOM_WEEK);
  kp_timescale_header_units (KP_ZOOM_WEEK, &upper, &lower);
  g_assert_cmpint (lower, ==, KP_TICK_WEEK);

  kp_timescale_ticks (&ts, lower, iso ("2026-01-01"), iso ("2026-12-31"), ticks);
  g_assert_cmpuint (ticks->len, ==, 53);
  g_assert_cmpstr (g_array_index (ticks, KpTick, 0).label, ==, "W1");
  g_assert_cmpint (g_array_index (ticks, KpTick, 0).date, ==, iso ("2025-12-29"));
  last = &g_array_index (ticks, KpTick, ticks->len - 1);
  g_assert_cmpstr (last->label, ==, "W53");
  g_assert_cmpint (last->date, ==, iso ("2026-12-28"));
  g_assert_cmpint (last->next, ==, iso ("2027-01-04"));
  g_assert_cmpfloat (last->x, ==, 361 * ts.px_per_day);

  for (guint i = 0; i < ticks->len; i++)
    {
      char expected[8];

      g_snprintf (expected, sizeof expected, "W%u", i + 1);
      g_assert_cmpstr (g_array_index (ticks, KpTick, i).label, ==, expected);
    }

  /* 2025 has no week 53: its weeks run from W1 to W52 and into 2026's W1. */
  kp_timescale_ticks (&ts, lower, iso ("2025-01-01"), iso ("2025-12-31"), ticks);
  g_assert_false (has_label (ticks, "W53"));
  g_assert_cmpstr (g_array_index (ticks, KpTick, ticks->len - 1).label, ==, "W1");
  g_assert_cmpstr (g_array_index (ticks, KpTick, ticks->len - 2).label, ==, "W52");

  /* 2020 has one, reaching into 2021. */
  kp_timescale_ticks (&ts, lower, iso ("2021-01-02"), iso ("2021-01-02"), ticks);
  g_assert_cmpuint (ticks->len, ==, 1);
  g_assert_cmpstr (g_array_index (ticks, KpTick, 0).label, ==, "W53");

  g_array_unref (ticks);
}

static void
test_tick_label (void)
{
  char buf[KP_TICK_LABEL_SIZE];
  char tiny[3];

  kp_tick_label (KP_TICK_YEAR, iso ("2026-07-14"), buf, sizeof buf);
  g_assert_cmpstr (buf, ==, "2026");
  kp_tick_label (KP_TICK_QUARTER, iso ("2026-07-14"), buf, sizeof buf);
  g_assert_cmpstr (buf, ==, "Q3");
  kp_tick_label (KP_TICK_QUARTER, iso ("2026-12-31"), buf, sizeof buf);
  g_assert_cmpstr (buf, ==, "Q4");
  kp_tick_label (KP_TICK_MONTH, iso ("2026-07-14"), buf, sizeof buf);
  g_assert_cmpstr (buf, ==, "Jul");
  kp_tick_label (KP_TICK_WEEK, iso ("2026-07-14"), buf, sizeof buf);
  g_assert_cmpstr (buf, ==, "W29");
  kp_tick_label (KP_TICK_DAY, iso ("2026-07-04"), buf, sizeof buf);
  g_assert_cmpstr (buf, ==, "4");
  kp_tick_label (KP_TICK_YEAR, KP_DATE_MIN, buf, sizeof buf);
  g_assert_cmpstr (buf, ==, "1");

  /* Cut to fit. */
  kp_tick_label (KP_TICK_YEAR, iso ("2026-01-01"), tiny, sizeof tiny);
  g_assert_cmpstr (tiny, ==, "20");
  kp_tick_label (KP_TICK_WEEK, iso ("2026-12-28"), tiny, 1);
  g_assert_cmpstr (tiny, ==, "");
}

static void
test_bad_arguments (void)
{
  if (g_test_subprocess ())
    {
      KpTimescale ts = { iso ("2026-01-01"), 8.0, KP_ZOOM_WEEK };
      GArray *wrong = g_array_new (FALSE, FALSE, sizeof (int));
      char buf[8] = "x";

      /* Let the criticals through, to check what the calls return. */
      g_log_set_always_fatal (G_LOG_FATAL_MASK);

      g_assert_null (kp_zoom_to_string ((KpZoom) 17));
      kp_timescale_fit (&ts, iso ("2026-02-01"), iso ("2026-01-01"), 500);
      kp_timescale_fit (&ts, iso ("2026-01-01"), iso ("2026-02-01"), 0);
      kp_timescale_fit (&ts, iso ("2026-01-01"), iso ("2026-02-01"), NAN);
      g_assert_cmpint (ts.origin, ==, iso ("2026-01-01"));
      g_assert_cmpfloat (ts.px_per_day, ==, 8.0);
      kp_timescale_ticks (&ts, KP_TICK_DAY, 10, 20, wrong);
      g_assert_cmpuint (wrong->len, ==, 0);
      kp_timescale_ticks (&ts, (KpTickUnit) 9, 10, 20, wrong);
      g_assert_cmpuint (wrong->len, ==, 0);
      g_assert_cmpint (kp_timescale_x_to_date (&ts, NAN), ==, ts.origin);
      kp_tick_label (KP_TICK_DAY, KP_DATE_NONE, buf, sizeof buf);
      g_assert_cmpstr (buf, ==, "");
      g_array_unref (wrong);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*CRITICAL*kp_zoom_to_string*");
  g_test_trap_assert_stderr ("*CRITICAL*kp_timescale_fit*start <= end*");
  g_test_trap_assert_stderr ("*CRITICAL*kp_timescale_ticks*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timescale/zoom/strings", test_zoom_strings);
  g_test_add_func ("/timescale/zoom/levels", test_zoom_levels);
  g_test_add_func ("/timescale/roundtrip", test_roundtrip);
  g_test_add_func ("/timescale/fit", test_fit);
  g_test_add_func ("/timescale/ticks", test_ticks);
  g_test_add_func ("/timescale/ticks/week-53", test_week_53);
  g_test_add_func ("/timescale/tick-label", test_tick_label);
  g_test_add_func ("/timescale/bad-arguments", test_bad_arguments);

  return g_test_run ();
}
