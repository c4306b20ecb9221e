/* test-calendar.c: day numbers, ISO weeks, Easter and Swedish working days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib.h>

#include "kp-calendar.h"

static gint32
ymd (int year,
     int month,
     int day)
{
  gint32 date = kp_date_from_ymd (year, month, day);

  g_assert_cmpint (date, !=, KP_DATE_NONE);
  return date;
}

static gint32
iso (const char *text)
{
  gint32 date;

  g_assert_true (kp_date_parse_iso (text, &date));
  return date;
}

/* Every valid day against GDate: Julian day, y-m-d, weekday and ISO week number. */
static void
test_ymd_against_gdate (void)
{
  GDate gdate;

  g_date_clear (&gdate, 1);

  for (gint32 date = KP_DATE_MIN; date <= KP_DATE_MAX; date++)
    {
      int year, month, day;

      g_date_set_julian (&gdate, (guint32) date);
      g_assert_true (kp_date_to_ymd (date, &year, &month, &day));
      g_assert_cmpint (year, ==, g_date_get_year (&gdate));
      g_assert_cmpint (month, ==, g_date_get_month (&gdate));
      g_assert_cmpint (day, ==, g_date_get_day (&gdate));
      g_assert_cmpint (kp_date_from_ymd (year, month, day), ==, date);
      g_assert_cmpint (kp_date_weekday (date), ==, g_date_get_weekday (&gdate));
      g_assert_cmpint (kp_quarter_of (date), ==, (month - 1) / 3 + 1);
    }

  g_assert_cmpint (ymd (1, 1, 1), ==, KP_DATE_MIN);
  g_assert_cmpint (ymd (9999, 12, 31), ==, KP_DATE_MAX);
  g_assert_cmpint (ymd (1970, 1, 1), ==, 719163);
  g_assert_cmpint (kp_date_weekday (ymd (2024, 1, 1)), ==, 1);
  g_assert_cmpint (kp_date_weekday (ymd (2026, 1, 1)), ==, 4);
  g_assert_cmpint (kp_date_weekday (ymd (2000, 1, 1)), ==, 6);
}

static void
test_ymd_invalid (void)
{
  static const int bad[][3] = {
    { 0, 1, 1 }, { 10000, 1, 1 }, { -1, 1, 1 }, { 2024, 0, 1 }, { 2024, 13, 1 },
    { 2024, 1, 0 }, { 2024, 1, 32 }, { 2024, 4, 31 }, { 2023, 2, 29 }, { 1900, 2, 29 },
    { 2100, 2, 29 }, { 2024, 2, 30 }, { 2024, -1, 10 },
  };
  int year = -1, month = -1, day = -1;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_cmpint (kp_date_from_ymd (bad[i][0], bad[i][1], bad[i][2]), ==, KP_DATE_NONE);

  g_assert_cmpint (kp_date_from_ymd (2024, 2, 29), !=, KP_DATE_NONE);
  g_assert_cmpint (kp_date_from_ymd (2000, 2, 29), !=, KP_DATE_NONE);
  g_assert_true (kp_date_is_leap_year (2000));
  g_assert_true (kp_date_is_leap_year (2024));
  g_assert_false (kp_date_is_leap_year (1900));
  g_assert_false (kp_date_is_leap_year (2100));
  g_assert_false (kp_date_is_leap_year (2023));
  g_assert_cmpint (kp_date_days_in_month (2024, 2), ==, 29);
  g_assert_cmpint (kp_date_days_in_month (2025, 2), ==, 28);
  g_assert_cmpint (kp_date_days_in_month (2025, 12), ==, 31);

  g_assert_false (kp_date_to_ymd (KP_DATE_NONE, &year, &month, &day));
  g_assert_cmpint (year, ==, 0);
  g_assert_cmpint (month, ==, 0);
  g_assert_cmpint (day, ==, 0);
  g_assert_false (kp_date_to_ymd (KP_DATE_MAX + 1, NULL, NULL, NULL));
  g_assert_false (kp_date_to_ymd (-5, &year, NULL, NULL));
  g_assert_false (kp_date_valid (KP_DATE_NONE));
  g_assert_false (kp_date_valid (KP_DATE_MAX + 1));
  g_assert_true (kp_date_valid (KP_DATE_MAX));
}

static void
test_iso_parse (void)
{
  static const char * const bad[] = {
    "", "2024", "2024-01", "2024-01-1", "2024-1-01", "24-01-01", "02024-01-01",
    "2024-01-011", "2024-01-01 ", " 2024-01-01", "2024-01-01T00:00", "2024/01/01",
    "2024-00-10", "2024-13-01", "2024-01-00", "2024-01-32", "2024-04-31", "2023-02-29",
    "1900-02-29", "2100-02-29", "0000-01-01", "+024-01-01", "-024-01-01", "2024-+1-01",
    "2024-01- 1", "２０２４-01-01", "2024-01-01\n", "abcd-ef-gh", "2024--01-01",
  };
  char text[] = "2024-01-01";
  gint32 date = 42;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      date = 42;
      g_assert_false (kp_date_parse_iso (bad[i], &date));
      g_assert_cmpint (date, ==, KP_DATE_NONE);
    }
  g_assert_false (kp_date_parse_iso (NULL, &date));
  g_assert_false (kp_date_parse_iso ("2023-02-29", NULL));
  g_assert_true (kp_date_parse_iso ("2024-02-29", NULL));

  g_assert_cmpint (iso ("0001-01-01"), ==, KP_DATE_MIN);
  g_assert_cmpint (iso ("9999-12-31"), ==, KP_DATE_MAX);
  g_assert_cmpint (iso ("2000-02-29"), ==, ymd (2000, 2, 29));
  g_assert_cmpint (iso ("1899-12-31"), ==, ymd (1899, 12, 31));
  g_assert_cmpint (iso ("2500-06-15"), ==, ymd (2500, 6, 15));

  /* A string cut short at any point is refused and never read past its end. */
  for (gsize cut = 0; cut < strlen (text); cut++)
    {
      char *shorter = g_strndup (text, cut);

      g_assert_false (kp_date_parse_iso (shorter, NULL));
      g_free (shorter);
    }
}

static void
test_iso_format (void)
{
  char buf[KP_DATE_ISO_SIZE];
  gint32 parsed;

  g_assert_cmpstr (kp_date_format_iso (ymd (2026, 3, 7), buf), ==, "2026-03-07");
  g_assert_cmpstr (kp_date_format_iso (KP_DATE_MIN, buf), ==, "0001-01-01");
  g_assert_cmpstr (kp_date_format_iso (KP_DATE_MAX, buf), ==, "9999-12-31");
  g_assert_cmpstr (kp_date_format_iso (KP_DATE_NONE, buf), ==, "");
  g_assert_true (kp_date_format_iso (ymd (2026, 3, 7), buf) == buf);

  /* Every day of 1900–2200 and a random sample of the rest. */
  for (gint32 date = ymd (1900, 1, 1); date <= ymd (2200, 12, 31); date++)
    {
      g_assert_true (kp_date_parse_iso (kp_date_format_iso (date, buf), &parsed));
      g_assert_cmpint (parsed, ==, date);
    }
  for (int i = 0; i < 100000; i++)
    {
      gint32 date = g_test_rand_int_range (KP_DATE_MIN, KP_DATE_MAX + 1);

      g_assert_true (kp_date_parse_iso (kp_date_format_iso (date, buf), &parsed));
      g_assert_cmpint (parsed, ==, date);
    }
}

/* Every day of 1990–2100 against GDateTime, and every day of the whole range against GDate's
 * week number (which has no week-numbering year).
 */
static void
test_iso_week_against_glib (void)
{
  GDate gdate;

  for (gint32 date = ymd (1990, 1, 1); date <= ymd (2100, 12, 31); date++)
    {
      int year, month, day, iso_year, week;
      GDateTime *dt;

      kp_date_to_ymd (date, &year, &month, &day);
      dt = g_date_time_new_utc (year, month, day, 12, 0, 0);
      kp_date_iso_week (date, &iso_year, &week);
      g_assert_cmpint (iso_year, ==, g_date_time_get_week_numbering_year (dt));
      g_assert_cmpint (week, ==, g_date_time_get_week_of_year (dt));
      g_assert_cmpint (kp_date_weekday (date), ==, g_date_time_get_day_of_week (dt));
      g_assert_cmpint (kp_date_from_iso_week (iso_year, week, kp_date_weekday (date)), ==, date);
      g_date_time_unref (dt);
    }

  g_date_clear (&gdate, 1);
  for (gint32 date = KP_DATE_MIN; date <= KP_DATE_MAX; date++)
    {
      int iso_year, week;

      g_date_set_julian (&gdate, (guint32) date);
      kp_date_iso_week (date, &iso_year, &week);
      g_assert_cmpint (week, ==, g_date_get_iso8601_week_of_year (&gdate));
      g_assert_cmpint (week, <=, kp_iso_weeks_in_year (iso_year));
      g_assert_cmpint (ABS (iso_year - g_date_get_year (&gdate)), <=, 1);
    }
}

static void
test_iso_weeks_in_year (void)
{
  static const int long_years[] = {
    1992, 1998, 2004, 2009, 2015, 2020, 2026, 2032, 2037, 2043, 2048, 2054, 2060, 2065, 2071,
    2076, 2082, 2088, 2093, 2099,
  };
  int n_long = 0;

  for (int year = 1990; year <= 2100; year++)
    {
      /* 28 December is always in the year's last week. */
      gint32 dec28 = ymd (year, 12, 28);
      GDateTime *dt = g_date_time_new_utc (year, 12, 28, 0, 0, 0);
      int weeks = kp_iso_weeks_in_year (year);
      int iso_year, week;
      gboolean listed = FALSE;

      kp_date_iso_week (dec28, &iso_year, &week);
      g_assert_cmpint (iso_year, ==, year);
      g_assert_cmpint (weeks, ==, week);
      g_assert_cmpint (weeks, ==, g_date_time_get_week_of_year (dt));
      g_date_time_unref (dt);

      for (guint i = 0; i < G_N_ELEMENTS (long_years); i++)
        listed = listed || long_years[i] == year;
      g_assert_cmpint (weeks, ==, listed ? 53 : 52);
      n_long += weeks == 53;

      /* Week 1 starts on a Monday in 29 December–4 January. */
      g_assert_cmpint (kp_date_weekday (kp_date_from_iso_week (year, 1, 1)), ==, 1);
      g_assert_cmpint (kp_date_from_iso_week (year, 1, 1), >=, ymd (year - 1, 12, 29));
      g_assert_cmpint (kp_date_from_iso_week (year, 1, 1), <=, ymd (year, 1, 4));
      g_assert_cmpint (kp_date_from_iso_week (year, weeks + 1, 1), ==, KP_DATE_NONE);
    }
  g_assert_cmpint (n_long, ==, G_N_ELEMENTS (long_years));

  /* The 400-year cycle has exactly 71 long years. */
  n_long = 0;
  for (int year = 2001; year <= 2400; year++)
    n_long += kp_iso_weeks_in_year (year) == 53;
  g_assert_cmpint (n_long, ==, 71);
}

static void
test_iso_week_known (void)
{
  static const struct { const char *date; int iso_year, week; } known[] = {
    { "2020-12-31", 2020, 53 }, { "2021-01-03", 2020, 53 }, { "2021-01-04", 2021, 1 },
    { "2026-12-28", 2026, 53 }, { "2026-12-31", 2026, 53 }, { "2027-01-03", 2026, 53 },
    { "2027-01-04", 2027, 1 }, { "2015-12-31", 2015, 53 }, { "2016-01-03", 2015, 53 },
    { "2032-12-31", 2032, 53 }, { "2033-01-02", 2032, 53 }, { "2024-12-30", 2025, 1 },
    { "2008-12-29", 2009, 1 }, { "2010-01-03", 2009, 53 }, { "2024-01-01", 2024, 1 },
    { "2025-06-20", 2025, 25 }, { "2023-01-01", 2022, 52 }, { "0001-01-01", 1, 1 },
    { "9999-12-31", 9999, 52 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      int iso_year, week;

      kp_date_iso_week (iso (known[i].date), &iso_year, &week);
      g_assert_cmpint (iso_year, ==, known[i].iso_year);
      g_assert_cmpint (week, ==, known[i].week);
    }

  g_assert_cmpint (kp_date_from_iso_week (2026, 53, 1), ==, iso ("2026-12-28"));
  g_assert_cmpint (kp_date_from_iso_week (2026, 53, 7), ==, iso ("2027-01-03"));
  g_assert_cmpint (kp_date_from_iso_week (2020, 53, 5), ==, iso ("2021-01-01"));
  g_assert_cmpint (kp_date_from_iso_week (2025, 1, 1), ==, iso ("2024-12-30"));
  g_assert_cmpint (kp_date_from_iso_week (2025, 53, 1), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_date_from_iso_week (2025, 0, 1), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_date_from_iso_week (2025, 10, 0), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_date_from_iso_week (2025, 10, 8), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_date_from_iso_week (0, 10, 1), ==, KP_DATE_NONE);
  /* The last days of ISO 9999's last week are past 9999-12-31. */
  g_assert_cmpint (kp_date_from_iso_week (9999, 52, 5), ==, KP_DATE_MAX);
  g_assert_cmpint (kp_date_from_iso_week (9999, 52, 6), ==, KP_DATE_NONE);
}

/* Gauss's algorithm, with its two exceptions. */
static gint32
easter_gauss (int year)
{
  int a = year % 19, b = year % 4, c = year % 7;
  int k = year / 100, p = (13 + 8 * k) / 25, q = k / 4;
  int m = (15 - p + k - q) % 30, n = (4 + k - q) % 7;
  int d = (19 * a + m) % 30, e = (2 * b + 4 * c + 6 * d + n) % 7;

  if (d == 29 && e == 6)
    return ymd (year, 4, 19);
  if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19)
    return ymd (year, 4, 18);

  return ymd (year, 3, 22) + d + e;
}

/* Oudin's algorithm (1940), as given by Claus Tøndering. */
static gint32
easter_oudin (int year)
{
  int g = year % 19, c = year / 100;
  int h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
  int i = h - (h / 28) * (1 - (29 / (h + 1)) * ((21 - g) / 11));
  int j = (year + year / 4 + i + 2 - c + c / 4) % 7;
  int l = i - j;
  int month = 3 + (l + 40) / 44;

  return ymd (year, month, l + 28 - 31 * (month / 4));
}

static void
test_easter (void)
{
  static const char * const known[] = {
    "2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31", "2025-04-20",
    "2026-04-05", "2027-03-28", "2038-04-25", "2049-04-18", "2285-03-22", "1818-03-22",
    "1943-04-25", "1954-04-18", "1981-04-19", "2077-04-11", "1583-04-10",
  };

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      gint32 date = iso (known[i]);
      int year;

      kp_date_to_ymd (date, &year, NULL, NULL);
      g_assert_cmpint (kp_easter_sunday (year), ==, date);
    }

  for (int year = 1583; year <= 9999; year++)
    {
      gint32 easter = kp_easter_sunday (year);

      g_assert_cmpint (easter, ==, easter_gauss (year));
      g_assert_cmpint (easter, ==, easter_oudin (year));
      g_assert_cmpint (kp_date_weekday (easter), ==, 7);
      g_assert_cmpint (easter, >=, ymd (year, 3, 22));
      g_assert_cmpint (easter, <=, ymd (year, 4, 25));
    }

  g_assert_cmpint (kp_easter_sunday (0), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_easter_sunday (10000), ==, KP_DATE_NONE);
}

typedef struct
{
  KpHoliday holiday;
  const char *date;
} KnownHoliday;

static void
check_known_year (const KnownHoliday *known)
{
  int year;

  kp_date_to_ymd (iso (known[0].date), &year, NULL, NULL);

  for (int h = KP_HOLIDAY_FIRST; h <= KP_HOLIDAY_LAST; h++)
    {
      g_assert_cmpint (known[h - 1].holiday, ==, h);
      g_assert_cmpint (kp_holiday_date (h, year), ==, iso (known[h - 1].date));
      g_assert_cmpint (kp_holiday_for_date (iso (known[h - 1].date)), ==, h);
    }
}

static void
test_holiday_known (void)
{
  static const KnownHoliday y2024[KP_N_HOLIDAYS] = {
    { KP_HOLIDAY_NEW_YEARS_DAY, "2024-01-01" }, { KP_HOLIDAY_EPIPHANY, "2024-01-06" },
    { KP_HOLIDAY_GOOD_FRIDAY, "2024-03-29" }, { KP_HOLIDAY_EASTER_SUNDAY, "2024-03-31" },
    { KP_HOLIDAY_EASTER_MONDAY, "2024-04-01" }, { KP_HOLIDAY_MAY_DAY, "2024-05-01" },
    { KP_HOLIDAY_ASCENSION_DAY, "2024-05-09" }, { KP_HOLIDAY_WHIT_SUNDAY, "2024-05-19" },
    { KP_HOLIDAY_NATIONAL_DAY, "2024-06-06" }, { KP_HOLIDAY_MIDSUMMER_EVE, "2024-06-21" },
    { KP_HOLIDAY_MIDSUMMER_DAY, "2024-06-22" }, { KP_HOLIDAY_ALL_SAINTS_DAY, "2024-11-02" },
    { KP_HOLIDAY_CHRISTMAS_EVE, "2024-12-24" }, { KP_HOLIDAY_CHRISTMAS_DAY, "2024-12-25" },
    { KP_HOLIDAY_BOXING_DAY, "2024-12-26" }, { KP_HOLIDAY_NEW_YEARS_EVE, "2024-12-31" },
  };
  static const KnownHoliday y2025[KP_N_HOLIDAYS] = {
    { KP_HOLIDAY_NEW_YEARS_DAY, "2025-01-01" }, { KP_HOLIDAY_EPIPHANY, "2025-01-06" },
    { KP_HOLIDAY_GOOD_FRIDAY, "2025-04-18" }, { KP_HOLIDAY_EASTER_SUNDAY, "2025-04-20" },
    { KP_HOLIDAY_EASTER_MONDAY, "2025-04-21" }, { KP_HOLIDAY_MAY_DAY, "2025-05-01" },
    { KP_HOLIDAY_ASCENSION_DAY, "2025-05-29" }, { KP_HOLIDAY_WHIT_SUNDAY, "2025-06-08" },
    { KP_HOLIDAY_NATIONAL_DAY, "2025-06-06" }, { KP_HOLIDAY_MIDSUMMER_EVE, "2025-06-20" },
    { KP_HOLIDAY_MIDSUMMER_DAY, "2025-06-21" }, { KP_HOLIDAY_ALL_SAINTS_DAY, "2025-11-01" },
    { KP_HOLIDAY_CHRISTMAS_EVE, "2025-12-24" }, { KP_HOLIDAY_CHRISTMAS_DAY, "2025-12-25" },
    { KP_HOLIDAY_BOXING_DAY, "2025-12-26" }, { KP_HOLIDAY_NEW_YEARS_EVE, "2025-12-31" },
  };
  static const KnownHoliday y2026[KP_N_HOLIDAYS] = {
    { KP_HOLIDAY_NEW_YEARS_DAY, "2026-01-01" }, { KP_HOLIDAY_EPIPHANY, "2026-01-06" },
    { KP_HOLIDAY_GOOD_FRIDAY, "2026-04-03" }, { KP_HOLIDAY_EASTER_SUNDAY, "2026-04-05" },
    { KP_HOLIDAY_EASTER_MONDAY, "2026-04-06" }, { KP_HOLIDAY_MAY_DAY, "2026-05-01" },
    { KP_HOLIDAY_ASCENSION_DAY, "2026-05-14" }, { KP_HOLIDAY_WHIT_SUNDAY, "2026-05-24" },
    { KP_HOLIDAY_NATIONAL_DAY, "2026-06-06" }, { KP_HOLIDAY_MIDSUMMER_EVE, "2026-06-19" },
    { KP_HOLIDAY_MIDSUMMER_DAY, "2026-06-20" }, { KP_HOLIDAY_ALL_SAINTS_DAY, "2026-10-31" },
    { KP_HOLIDAY_CHRISTMAS_EVE, "2026-12-24" }, { KP_HOLIDAY_CHRISTMAS_DAY, "2026-12-25" },
    { KP_HOLIDAY_BOXING_DAY, "2026-12-26" }, { KP_HOLIDAY_NEW_YEARS_EVE, "2026-12-31" },
  };

  check_known_year (y2024);
  check_known_year (y2025);
  check_known_year (y2026);

  g_assert_cmpint (kp_holiday_for_date (iso ("2024-03-30")), ==, KP_HOLIDAY_NONE);
  g_assert_cmpint (kp_holiday_for_date (iso ("2024-06-20")), ==, KP_HOLIDAY_NONE);
  g_assert_cmpint (kp_holiday_for_date (iso ("2024-06-23")), ==, KP_HOLIDAY_NONE);
  g_assert_cmpint (kp_holiday_for_date (iso ("2024-11-01")), ==, KP_HOLIDAY_NONE);
  g_assert_cmpint (kp_holiday_for_date (iso ("2024-05-20")), ==, KP_HOLIDAY_NONE);
  g_assert_cmpint (kp_holiday_for_date (iso ("2024-12-27")), ==, KP_HOLIDAY_NONE);
  g_assert_cmpint (kp_holiday_date (KP_HOLIDAY_EASTER_SUNDAY, 0), ==, KP_DATE_NONE);
}

/* Two holidays on one day: the fixed-date one names the day, both keep their date. */
static void
test_holiday_shared_day (void)
{
  g_assert_cmpint (kp_holiday_date (KP_HOLIDAY_ASCENSION_DAY, 2008), ==, iso ("2008-05-01"));
  g_assert_cmpint (kp_holiday_for_date (iso ("2008-05-01")), ==, KP_HOLIDAY_MAY_DAY);
  g_assert_cmpint (kp_holiday_date (KP_HOLIDAY_WHIT_SUNDAY, 2049), ==, iso ("2049-06-06"));
  g_assert_cmpint (kp_holiday_for_date (iso ("2049-06-06")), ==, KP_HOLIDAY_NATIONAL_DAY);

  /* 2008: 262 weekdays less 10 holidays on weekdays, 1 May counted once. */
  g_assert_cmpint (kp_working_days_between (iso ("2008-01-01"), iso ("2008-12-31")), ==, 252);
}

static gboolean
is_shared_pair (KpHoliday a,
                KpHoliday b)
{
  return (a == KP_HOLIDAY_MAY_DAY && b == KP_HOLIDAY_ASCENSION_DAY)
         || (a == KP_HOLIDAY_WHIT_SUNDAY && b == KP_HOLIDAY_NATIONAL_DAY);
}

/* 2000–2100: the rules of every holiday, and that kp_holiday_for_date() finds exactly the
 * days that kp_holiday_date() gives.
 */
static void
test_holiday_every_year (void)
{
  GString *shared_years = g_string_new (NULL);

  for (int year = 2000; year <= 2100; year++)
    {
      gint32 d[KP_N_HOLIDAYS + 1] = { 0 };
      gint32 easter = kp_easter_sunday (year);
      int n_days = 0, n_shared = 0;
      gboolean named[KP_N_HOLIDAYS + 1] = { FALSE };

      for (int h = KP_HOLIDAY_FIRST; h <= KP_HOLIDAY_LAST; h++)
        {
          int y;

          d[h] = kp_holiday_date (h, year);
          g_assert_true (kp_date_to_ymd (d[h], &y, NULL, NULL));
          g_assert_cmpint (y, ==, year);
          g_assert_nonnull (kp_holiday_name (h));
        }

      g_assert_cmpint (d[KP_HOLIDAY_NEW_YEARS_DAY], ==, ymd (year, 1, 1));
      g_assert_cmpint (d[KP_HOLIDAY_EPIPHANY], ==, ymd (year, 1, 6));
      g_assert_cmpint (d[KP_HOLIDAY_GOOD_FRIDAY], ==, easter - 2);
      g_assert_cmpint (kp_date_weekday (d[KP_HOLIDAY_GOOD_FRIDAY]), ==, 5);
      g_assert_cmpint (d[KP_HOLIDAY_EASTER_SUNDAY], ==, easter);
      g_assert_cmpint (kp_date_weekday (easter), ==, 7);
      g_assert_cmpint (d[KP_HOLIDAY_EASTER_MONDAY], ==, easter + 1);
      g_assert_cmpint (kp_date_weekday (d[KP_HOLIDAY_EASTER_MONDAY]), ==, 1);
      g_assert_cmpint (d[KP_HOLIDAY_MAY_DAY], ==, ymd (year, 5, 1));
      g_assert_cmpint (d[KP_HOLIDAY_ASCENSION_DAY], ==, easter + 39);
      g_assert_cmpint (kp_date_weekday (d[KP_HOLIDAY_ASCENSION_DAY]), ==, 4);
      g_assert_cmpint (d[KP_HOLIDAY_WHIT_SUNDAY], ==, easter + 49);
      g_assert_cmpint (kp_date_weekday (d[KP_HOLIDAY_WHIT_SUNDAY]), ==, 7);
      g_assert_cmpint (d[KP_HOLIDAY_NATIONAL_DAY], ==, ymd (year, 6, 6));
      g_assert_cmpint (kp_date_weekday (d[KP_HOLIDAY_MIDSUMMER_EVE]), ==, 5);
      g_assert_cmpint (d[KP_HOLIDAY_MIDSUMMER_EVE], >=, ymd (year, 6, 19));
      g_assert_cmpint (d[KP_HOLIDAY_MIDSUMMER_EVE], <=, ymd (year, 6, 25));
      g_assert_cmpint (kp_date_weekday (d[KP_HOLIDAY_MIDSUMMER_DAY]), ==, 6);
      g_assert_cmpint (d[KP_HOLIDAY_MIDSUMMER_DAY], ==, d[KP_HOLIDAY_MIDSUMMER_EVE] + 1);
      g_assert_cmpint (d[KP_HOLIDAY_MIDSUMMER_DAY], >=, ymd (year, 6, 20));
      g_assert_cmpint (d[KP_HOLIDAY_MIDSUMMER_DAY], <=, ymd (year, 6, 26));
      g_assert_cmpint (kp_date_weekday (d[KP_HOLIDAY_ALL_SAINTS_DAY]), ==, 6);
      g_assert_cmpint (d[KP_HOLIDAY_ALL_SAINTS_DAY], >=, ymd (year, 10, 31));
      g_assert_cmpint (d[KP_HOLIDAY_ALL_SAINTS_DAY], <=, ymd (year, 11, 6));
      g_assert_cmpint (d[KP_HOLIDAY_CHRISTMAS_EVE], ==, ymd (year, 12, 24));
      g_assert_cmpint (d[KP_HOLIDAY_CHRISTMAS_DAY], ==, ymd (year, 12, 25));
      g_assert_cmpint (d[KP_HOLIDAY_BOXING_DAY], ==, ymd (year, 12, 26));
      g_assert_cmpint (d[KP_HOLIDAY_NEW_YEARS_EVE], ==, ymd (year, 12, 31));

      /* Holidays share a day only in the two ways the header documents. */
      for (int a = KP_HOLIDAY_FIRST; a <= KP_HOLIDAY_LAST; a++)
        for (int b = a + 1; b <= KP_HOLIDAY_LAST; b++)
          if (d[a] == d[b])
            {
              g_assert_true (is_shared_pair (a, b));
              n_shared++;
            }

      for (gint32 date = ymd (year, 1, 1); date <= ymd (year, 12, 31); date++)
        {
          KpHoliday h = kp_holiday_for_date (date);
          gboolean listed = FALSE;

          for (int i = KP_HOLIDAY_FIRST; i <= KP_HOLIDAY_LAST; i++)
            listed = listed || d[i] == date;
          g_assert_cmpint (listed, ==, h != KP_HOLIDAY_NONE);

          if (h != KP_HOLIDAY_NONE)
            {
              g_assert_cmpint (d[h], ==, date);
              g_assert_false (named[h]);
              named[h] = TRUE;
              n_days++;
            }

          g_assert_cmpint (kp_date_is_working_day (date), ==,
                           kp_date_weekday (date) <= 5 && h == KP_HOLIDAY_NONE);
          g_assert_cmpint (kp_date_is_weekend (date), ==, kp_date_weekday (date) >= 6);
        }

      /* Sixteen holidays, each named unless it shares its day. */
      g_assert_cmpint (n_days + n_shared, ==, KP_N_HOLIDAYS);
      if (n_shared > 0)
        g_string_append_printf (shared_years, " %d", year);
    }

  /* Easter on 23 March puts Ascension on 1 May; on 18 April it puts Whitsun on 6 June. */
  g_assert_cmpstr (shared_years->str, ==, " 2008 2049 2055 2060");
  g_string_free (shared_years, TRUE);
}

static void
test_holiday_names (void)
{
  GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_null (kp_holiday_name (KP_HOLIDAY_NONE));
  g_assert_cmpstr (kp_holiday_name (KP_HOLIDAY_NEW_YEARS_DAY), ==, "New Year's Day");
  g_assert_cmpstr (kp_holiday_name (KP_HOLIDAY_MIDSUMMER_EVE), ==, "Midsummer Eve");

  for (int h = KP_HOLIDAY_FIRST; h <= KP_HOLIDAY_LAST; h++)
    {
      const char *name = kp_holiday_name (h);

      g_assert_nonnull (name);
      g_assert_cmpstr (name, !=, "");
      g_assert_false (g_hash_table_contains (seen, name));
      g_hash_table_add (seen, (gpointer) name);
    }
  g_hash_table_unref (seen);
}

static void
test_working_days_known (void)
{
  gint32 monday = iso ("2025-03-03");

  g_assert_cmpint (kp_working_days_between (iso ("2024-01-01"), iso ("2024-12-31")), ==, 251);
  g_assert_cmpint (kp_working_days_between (iso ("2025-01-01"), iso ("2025-12-31")), ==, 249);
  g_assert_cmpint (kp_working_days_between (iso ("2026-01-01"), iso ("2026-12-31")), ==, 251);
  g_assert_cmpint (kp_working_days_between (monday, monday + 4), ==, 5);
  g_assert_cmpint (kp_working_days_between (monday, monday + 6), ==, 5);
  g_assert_cmpint (kp_working_days_between (monday + 5, monday + 6), ==, 0);
  g_assert_cmpint (kp_working_days_between (monday, monday), ==, 1);
  g_assert_cmpint (kp_working_days_between (monday + 1, monday), ==, 0);
  /* Week 52 of 2024: Christmas Eve to Boxing Day are off. */
  g_assert_cmpint (kp_working_days_between (iso ("2024-12-23"), iso ("2024-12-29")), ==, 2);

  g_assert_cmpint (kp_date_add_working_days (monday, 0), ==, monday);
  g_assert_cmpint (kp_date_add_working_days (monday, 1), ==, monday + 1);
  g_assert_cmpint (kp_date_add_working_days (monday, 5), ==, monday + 7);
  g_assert_cmpint (kp_date_add_working_days (monday, -1), ==, monday - 3);
  g_assert_cmpint (kp_date_add_working_days (monday + 5, 0), ==, monday + 5);
  g_assert_cmpint (kp_date_add_working_days (iso ("2024-12-23"), 1), ==, iso ("2024-12-27"));
  g_assert_cmpint (kp_date_add_working_days (iso ("2024-12-27"), 1), ==, iso ("2024-12-30"));
  g_assert_cmpint (kp_date_add_working_days (iso ("2024-12-30"), 1), ==, iso ("2025-01-02"));
  g_assert_cmpint (kp_date_add_working_days (iso ("2025-01-07"), -2), ==, iso ("2025-01-02"));
  /* 2024-01-01 is itself a day off; the 251st working day after it is the year's last. */
  g_assert_cmpint (kp_date_add_working_days (iso ("2024-01-01"), 251), ==, iso ("2024-12-30"));
  g_assert_cmpint (kp_date_add_working_days (iso ("2024-01-01"), 252), ==, iso ("2025-01-02"));

  g_assert_cmpint (kp_date_add_working_days (KP_DATE_MAX, 1), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_date_add_working_days (monday, G_MININT), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_date_add_working_days (monday, G_MAXINT), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_date_add_working_days (KP_DATE_MIN, -1), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_date_add_working_days (KP_DATE_MAX - 30, 100), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_date_add_working_days (KP_DATE_MIN + 30, -100), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_date_add_working_days (iso ("9999-12-29"), 1), ==, iso ("9999-12-30"));
  g_assert_cmpint (kp_date_add_working_days (iso ("9999-12-30"), 1), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_date_add_working_days (iso ("0001-01-03"), -1), ==, iso ("0001-01-02"));
}

/* Random ranges of up to 40 years in 1900–2200 against a loop over every day. */
static void
test_working_days_random (void)
{
  gint32 lo = ymd (1900, 1, 1), hi = ymd (2200, 12, 31);
  guint8 *working = g_new (guint8, hi - lo + 2);
  int *prefix = g_new (int, hi - lo + 2);
  int n_ranges = g_test_thorough () ? 20000 : 3000;

  /* prefix[i] counts the working days in [lo, lo + i). */
  prefix[0] = 0;
  for (gint32 date = lo; date <= hi; date++)
    {
      working[date - lo] = kp_date_weekday (date) <= 5
                          && kp_holiday_for_date (date) == KP_HOLIDAY_NONE;
      prefix[date - lo + 1] = prefix[date - lo] + working[date - lo];
    }

  for (int i = 0; i < n_ranges; i++)
    {
      gint32 start = g_test_rand_int_range (lo, hi + 1);
      int span = i % 3 == 0 ? g_test_rand_int_range (0, 40) : g_test_rand_int_range (0, 40 * 366);
      gint32 end = MIN (start + span, hi);
      int brute = 0;

      if (i % 50 == 0)
        {
          /* Now and then the honest loop, not just the prefix sums. */
          for (gint32 date = start; date <= end; date++)
            brute += kp_date_is_working_day (date);
        }
      else
        brute = prefix[end - lo + 1] - prefix[start - lo];

      g_assert_cmpint (kp_working_days_between (start, end), ==, brute);
    }

  /* Adding working days lands on a working day with exactly that many in between. */
  for (int i = 0; i < n_ranges; i++)
    {
      gint32 date = g_test_rand_int_range (lo + 20 * 366, hi - 20 * 366);
      int n = i % 2 ? g_test_rand_int_range (-30, 31) : g_test_rand_int_range (-5000, 5001);
      gint32 result = kp_date_add_working_days (date, n);

      if (n == 0)
        {
          g_assert_cmpint (result, ==, date);
          continue;
        }

      g_assert_true (working[result - lo]);
      if (n > 0)
        {
          g_assert_cmpint (result, >, date);
          g_assert_cmpint (prefix[result - lo + 1] - prefix[date - lo + 1], ==, n);
        }
      else
        {
          g_assert_cmpint (result, <, date);
          g_assert_cmpint (prefix[date - lo] - prefix[result - lo], ==, -n);
        }
    }

  g_free (working);
  g_free (prefix);
}

static void
test_working_days_long (void)
{
  gint32 start = KP_DATE_MIN, end = KP_DATE_MAX;
  int count = kp_working_days_between (start, end);
  int brute = 0;

  for (gint32 date = start; date <= end; date++)
    brute += kp_date_is_working_day (date);

  g_assert_cmpint (count, ==, brute);

  /* 0001-01-01 is New Year's Day and 9999-12-31 New Year's Eve, so neither counts. */
  g_assert_false (kp_date_is_working_day (start));
  g_assert_false (kp_date_is_working_day (end));
  g_assert_cmpint (kp_date_add_working_days (start, count), ==, iso ("9999-12-30"));
  g_assert_cmpint (kp_date_add_working_days (start, count + 1), ==, KP_DATE_NONE);
  g_assert_cmpint (kp_date_add_working_days (end, -count), ==, iso ("0001-01-02"));
  g_assert_cmpint (kp_date_add_working_days (end, -count - 1), ==, KP_DATE_NONE);
}

static void
test_month_names (void)
{
  static const char * const names[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  };
  static const char * const abbrevs[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };

  for (int month = 1; month <= 12; month++)
    {
      g_assert_cmpstr (kp_month_name (month), ==, names[month - 1]);
      g_assert_cmpstr (kp_month_abbrev (month), ==, abbrevs[month - 1]);
    }

  g_assert_cmpint (kp_quarter_of (iso ("2026-03-31")), ==, 1);
  g_assert_cmpint (kp_quarter_of (iso ("2026-04-01")), ==, 2);
  g_assert_cmpint (kp_quarter_of (iso ("2026-09-30")), ==, 3);
  g_assert_cmpint (kp_quarter_of (iso ("2026-12-31")), ==, 4);
}

/* Programming errors are criticals, and the call still returns something harmless. */
static void
test_bad_arguments (void)
{
  if (g_test_subprocess ())
    {
      int year = 1, week = 1;

      /* Let the criticals through, to check what the calls return. */
      g_log_set_always_fatal (G_LOG_FATAL_MASK);
      g_assert_cmpint (kp_date_weekday (KP_DATE_NONE), ==, 0);
      kp_date_iso_week (KP_DATE_MAX + 1, &year, &week);
      g_assert_cmpint (year, ==, 0);
      g_assert_cmpint (week, ==, 0);
      g_assert_null (kp_month_name (13));
      g_assert_null (kp_month_abbrev (0));
      g_assert_cmpint (kp_working_days_between (KP_DATE_NONE, 5), ==, 0);
      g_assert_cmpint (kp_holiday_for_date (-3), ==, KP_HOLIDAY_NONE);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*CRITICAL*kp_date_weekday*");
  g_test_trap_assert_stderr ("*CRITICAL*kp_month_abbrev*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/ymd/gdate", test_ymd_against_gdate);
  g_test_add_func ("/calendar/ymd/invalid", test_ymd_invalid);
  g_test_add_func ("/calendar/iso/parse", test_iso_parse);
  g_test_add_func ("/calendar/iso/format", test_iso_format);
  g_test_add_func ("/calendar/iso-week/glib", test_iso_week_against_glib);
  g_test_add_func ("/calendar/iso-week/weeks-in-year", test_iso_weeks_in_year);
  g_test_add_func ("/calendar/iso-week/known", test_iso_week_known);
  g_test_add_func ("/calendar/easter", test_easter);
  g_test_add_func ("/calendar/holiday/known", test_holiday_known);
  g_test_add_func ("/calendar/holiday/shared-day", test_holiday_shared_day);
  g_test_add_func ("/calendar/holiday/every-year", test_holiday_every_year);
  g_test_add_func ("/calendar/holiday/names", test_holiday_names);
  g_test_add_func ("/calendar/working-days/known", test_working_days_known);
  g_test_add_func ("/calendar/working-days/random", test_working_days_random);
  g_test_add_func ("/calendar/working-days/long", test_working_days_long);
  g_test_add_func ("/calendar/month-names", test_month_names);
  g_test_add_func ("/calendar/bad-arguments", test_bad_arguments);

  return g_test_run ();
}
