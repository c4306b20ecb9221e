/* kp-calendar.c: day numbers, ISO weeks and Swedish working days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>

#include "kp-calendar.h"
#include "kp-date.h"

/* Day 1 was a Monday. Valid for every date >= 1. */
static inline int
weekday_of (gint32 date)
{
  return (date - 1) % 7 + 1;
}

int
kp_date_weekday (gint32 date)
{
  g_return_val_if_fail (kp_date_valid (date), 0);

  return weekday_of (date);
}

gboolean
kp_date_is_weekend (gint32 date)
{
  g_return_val_if_fail (kp_date_valid (date), FALSE);

  return weekday_of (date) >= 6;
}

int
kp_quarter_of (gint32 date)
{
  int year, month, day;

  g_return_val_if_fail (kp_date_valid (date), 0);

  kp_date_to_ymd (date, &year, &month, &day);

  return (month - 1) / 3 + 1;
}

void
kp_date_iso_week (gint32  date,
                  int    *iso_year,
                  int    *week)
{
  gint32 thursday;
  int year, month, day;

  if (iso_year != NULL)
    *iso_year = 0;
  if (week != NULL)
    *week = 0;

  g_return_if_fail (kp_date_valid (date));

  /* A week belongs to the year that holds its Thursday. That Thursday is always a valid
   * date: 0001-01-01 is a Monday and 9999-12-31 a Friday.
   */
  thursday = date - weekday_of (date) + 4;
  kp_date_to_ymd (thursday, &year, &month, &day);

  if (iso_year != NULL)
    *iso_year = year;
  if (week != NULL)
    *week = (thursday - kp_date_from_ymd (year, 1, 1)) / 7 + 1;
}

int
kp_iso_weeks_in_year (int iso_year)
{
  int jan1;

  g_return_val_if_fail (iso_year >= 1 && iso_year <= 9999, 0);

  /* A year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year. */
  jan1 = weekday_of (kp_date_from_ymd (iso_year, 1, 1));
  if (jan1 == 4 || (jan1 == 3 && kp_date_is_leap_year (iso_year)))
    return 53;

  return 52;
}

gint32
kp_date_from_iso_week (int iso_year,
                       int week,
                       int weekday)
{
  gint32 jan4, date;

  if (iso_year < 1 || iso_year > 9999 || weekday < 1 || weekday > 7)
    return KP_DATE_NONE;
  if (week < 1 || week > kp_iso_weeks_in_year (iso_year))
    return KP_DATE_NONE;

  /* 4 January is always in week 1. */
  jan4 = kp_date_from_ymd (iso_year, 1, 4);
  date = jan4 - weekday_of (jan4) + 1 + (week - 1) * 7 + (weekday - 1);

  return kp_date_valid (date) ? date : KP_DATE_NONE;
}

gint32
kp_easter_sunday (int year)
{
  int a, b, c, d, e, f, g, h, i, k, l, m, month, day;

  if (year < 1 || year > 9999)
    return KP_DATE_NONE;

  /* The "Anonymous Gregorian" computus (Meeus/Jones/Butcher). The tests check it against
   * Gauss's algorithm and Oudin's.
   */
  a = year % 19;
  b = year / 100;
  c = year % 100;
  d = b / 4;
  e = b % 4;
  f = (b + 8) / 25;
  g = (b - f + 1) / 3;
  h = (19 * a + b - d - g + 15) % 30;
  i = c / 4;
  k = c % 4;
  l = (32 + 2 * e + 2 * i - h - k) % 7;
  m = (a + 11 * h + 22 * l) / 451;
  month = (h + l - 7 * m + 114) / 31;
  day = (h + l - 7 * m + 114) % 31 + 1;

  return kp_date_from_ymd (year, month, day);
}

/* The first date on or after @date that falls on @weekday. */
static gint32
next_weekday (gint32 date,
              int    weekday)
{
  return date + (weekday - weekday_of (date) + 7) % 7;
}

/* Fills @dates, indexed by KpHoliday (dates[KP_HOLIDAY_NONE] is unused), for a year in
 * 1–9999.
 */
static void
holiday_dates (int    year,
               gint32 dates[KP_N_HOLIDAYS + 1])
{
  gint32 easter = kp_easter_sunday (year);

  dates[KP_HOLIDAY_NONE] = KP_DATE_NONE;
  dates[KP_HOLIDAY_NEW_YEARS_DAY] = kp_date_from_ymd (year, 1, 1);
  dates[KP_HOLIDAY_EPIPHANY] = kp_date_from_ymd (year, 1, 6);
  dates[KP_HOLIDAY_GOOD_FRIDAY] = easter - 2;
  dates[KP_HOLIDAY_EASTER_SUNDAY] = easter;
  dates[KP_HOLIDAY_EASTER_MONDAY] = easter + 1;
  dates[KP_HOLIDAY_MAY_DAY] = kp_date_from_ymd (year, 5, 1);
  dates[KP_HOLIDAY_ASCENSION_DAY] = easter + 39;
  dates[KP_HOLIDAY_WHIT_SUNDAY] = easter + 49;
  dates[KP_HOLIDAY_NATIONAL_DAY] = kp_date_from_ymd (year, 6, 6);
  dates[KP_HOLIDAY_MIDSUMMER_EVE] = next_weekday (kp_date_from_ymd (year, 6, 19), 5);
  dates[KP_HOLIDAY_MIDSUMMER_DAY] = dates[KP_HOLIDAY_MIDSUMMER_EVE] + 1;
  dates[KP_HOLIDAY_ALL_SAINTS_DAY] = next_weekday (kp_date_from_ymd (year, 10, 31), 6);
  dates[KP_HOLIDAY_CHRISTMAS_EVE] = kp_date_from_ymd (year, 12, 24);
  dates[KP_HOLIDAY_CHRISTMAS_DAY] = kp_date_from_ymd (year, 12, 25);
  dates[KP_HOLIDAY_BOXING_DAY] = kp_date_from_ymd (year, 12, 26);
  dates[KP_HOLIDAY_NEW_YEARS_EVE] = kp_date_from_ymd (year, 12, 31);
}

static KpHoliday
fixed_holiday (int month,
               int day,
               int weekday)
{
  if (month == 1 && day == 1)
    return KP_HOLIDAY_NEW_YEARS_DAY;
  if (month == 1 && day == 6)
    return KP_HOLIDAY_EPIPHANY;
  if (month == 5 && day == 1)
    return KP_HOLIDAY_MAY_DAY;
  if (month == 6 && day == 6)
    return KP_HOLIDAY_NATIONAL_DAY;
  if (month == 6 && day >= 19 && day <= 25 && weekday == 5)
    return KP_HOLIDAY_MIDSUMMER_EVE;
  if (month == 6 && day >= 20 && day <= 26 && weekday == 6)
    return KP_HOLIDAY_MIDSUMMER_DAY;
  if (((month == 10 && day == 31) || (month == 11 && day <= 6)) && weekday == 6)
    return KP_HOLIDAY_ALL_SAINTS_DAY;
  if (month == 12 && day == 24)
    return KP_HOLIDAY_CHRISTMAS_EVE;
  if (month == 12 && day == 25)
    return KP_HOLIDAY_CHRISTMAS_DAY;
  if (month == 12 && day == 26)
    return KP_HOLIDAY_BOXING_DAY;
  if (month == 12 && day == 31)
    return KP_HOLIDAY_NEW_YEARS_EVE;

  return KP_HOLIDAY_NONE;
}

KpHoliday
kp_holiday_for_date (gint32 date)
{
  int year, month, day;
  KpHoliday holiday;

  g_return_val_if_fail (kp_date_valid (date), KP_HOLIDAY_NONE);

  kp_date_to_ymd (date, &year, &month, &day);

  /* Checked first, so that a fixed-date holiday wins a shared day. */
  holiday = fixed_holiday (month, day, weekday_of (date));
  if (holiday != KP_HOLIDAY_NONE)
    return holiday;

  /* Good Friday is 20 March at the earliest, Whit Sunday 13 June at the latest. */
  if (month >= 3 && month <= 6)
    {
      switch (date - kp_easter_sunday (year))
        {
        case -2:
          return KP_HOLIDAY_GOOD_FRIDAY;
        case 0:
          return KP_HOLIDAY_EASTER_SUNDAY;
        case 1:
          return KP_HOLIDAY_EASTER_MONDAY;
        case 39:
          return KP_HOLIDAY_ASCENSION_DAY;
        case 49:
          return KP_HOLIDAY_WHIT_SUNDAY;
        default:
          break;
        }
    }

  return KP_HOLIDAY_NONE;
}

gint32
kp_holiday_date (KpHoliday holiday,
                 int       year)
{
  gint32 dates[KP_N_HOLIDAYS + 1];

  g_return_val_if_fail (holiday >= KP_HOLIDAY_FIRST && holiday <= KP_HOLIDAY_LAST,
                        KP_DATE_NONE);

  if (year < 1 || year > 9999)
    return KP_DATE_NONE;

  holiday_dates (year, dates);

  return dates[holiday];
}

const char *
kp_holiday_name (KpHoliday holiday)
{
  static const char * const names[KP_N_HOLIDAYS + 1] = {
    NULL,
    N_("New Year's Day"),
    N_("Epiphany"),
    N_("Good Friday"),
    N_("Easter Sunday"),
    N_("Easter Monday"),
    N_("May Day"),
    N_("Ascension Day"),
    N_("Whit Sunday"),
    N_("National Day of Sweden"),
    N_("Midsummer Eve"),
    N_("Midsummer Day"),
    N_("All Saints' Day"),
    N_("Christmas Eve"),
    N_("Christmas Day"),
    N_("Boxing Day"),
    N_("New Year's Eve"),
  };

  if (holiday == KP_HOLIDAY_NONE)
    return NULL;

  g_return_val_if_fail (holiday >= KP_HOLIDAY_FIRST && holiday <= KP_HOLIDAY_LAST, NULL);

  return _(names[holiday]);
}

gboolean
kp_date_is_working_day (gint32 date)
{
  g_return_val_if_fail (kp_date_valid (date), FALSE);

  return weekday_of (date) <= 5 && kp_holiday_for_date (date) == KP_HOLIDAY_NONE;
}

/* The Mondays to Fridays in [1, @date); day 1 is a Monday. */
static gint64
weekdays_before (gint32 date)
{
  gint32 n = date - 1;

  return (gint64) (n / 7) * 5 + MIN (n % 7, 5);
}

int
kp_working_days_between (gint32 start,
                         gint32 end)
{
  int first_year, last_year, month, day;
  gint64 count;

  g_return_val_if_fail (kp_date_valid (start), 0);
  g_return_val_if_fail (kp_date_valid (end), 0);

  if (end < start)
    return 0;

  count = weekdays_before (end + 1) - weekdays_before (start);

  kp_date_to_ymd (start, &first_year, &month, &day);
  kp_date_to_ymd (end, &last_year, &month, &day);

  /* Then take away the holidays on weekdays, at most 16 a year. */
  for (int year = first_year; year <= last_year; year++)
    {
      gint32 dates[KP_N_HOLIDAYS + 1];

      holiday_dates (year, dates);

      for (int h = KP_HOLIDAY_FIRST; h <= KP_HOLIDAY_LAST; h++)
        {
          gboolean seen = FALSE;

          if (dates[h] < start || dates[h] > end || weekday_of (dates[h]) > 5)
            continue;

          /* Two holidays on one day make one day off. */
          for (int other = KP_HOLIDAY_FIRST; other < h && !seen; other++)
            seen = dates[other] == dates[h];

          if (!seen)
            count--;
        }
    }

  return (int) count;
}

/* The working days strictly after @date up to @other, or from @other up to strictly before
 * @date when @other is earlier.
 */
static int
working_days_towards (gint32 date,
                      gint32 other)
{
  if (other > date)
    return kp_working_days_between (date + 1, other);

  return kp_working_days_between (other, date - 1);
}

gint32
kp_date_add_working_days (gint32 date,
                          int    n)
{
  gint32 near, far = date;
  gint64 span, want = ABS ((gint64) n);

  g_return_val_if_fail (kp_date_valid (date), KP_DATE_NONE);

  if (n == 0)
    return date;

  /* Widen a window away from @date until it holds @want working days, then bisect it. Each
   * count loops over years at most, so this stays fast for any @n.
   */
  for (span = want * 2 + 14;; span *= 2)
    {
      if (n > 0)
        far = (gint32) MIN ((gint64) date + span, (gint64) KP_DATE_MAX);
      else
        far = (gint32) MAX ((gint64) date - span, (gint64) KP_DATE_MIN);

      if (far != date && working_days_towards (date, far) >= want)
        break;
      if (far == KP_DATE_MAX || far == KP_DATE_MIN)
        return KP_DATE_NONE;
    }

  /* Find the day nearest to @date whose count reaches @want. */
  near = n > 0 ? date + 1 : date - 1;
  while (near != far)
    {
      gint32 mid;

      if (n > 0)
        mid = near + (far - near) / 2;
      else
        mid = near - (near - far) / 2;

      if (working_days_towards (date, mid) >= want)
        far = mid;
      else
        near = mid + (n > 0 ? 1 : -1);
    }

  return near;
}

const char *
kp_month_name (int month)
{
  static const char * const names[12] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return _(names[month - 1]);
}

const char *
kp_month_abbrev (int month)
{
  /* A context, because the full and the short "May" are one word only in English. */
  static const char * const abbrevs[12] = {
    NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"),
    NC_("month abbreviation", "Mar"), NC_("month abbreviation", "Apr"),
    NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
    NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"),
    NC_("month abbreviation", "Sep"), NC_("month abbreviation", "Oct"),
    NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "month abbreviation", abbrevs[month - 1]);
}
