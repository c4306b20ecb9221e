/* kp-date.c: day numbers (GDate's Julian days) and their ISO 8601 text form. */
#include "config.h"

#include "kp-date.h"

/* Day numbers are converted with Howard Hinnant's era arithmetic rather than through GDate:
 * it is branch-light, needs no struct and is exact over the whole range (the tests compare
 * it with GDate for every valid day).
 */

/* Days from 0000-03-01 to 0001-01-01, minus one because day 1 is 0001-01-01. */
#define DAYS_BEFORE_EPOCH 305

static gint32
days_from_civil (int year,
                 int month,
                 int day)
{
  int era, yoe, doy, doe;

  /* Count years from March so that the leap day ends the year. */
  year -= month <= 2;
  era = (year >= 0 ? year : year - 399) / 400;
  yoe = year - era * 400;
  doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - DAYS_BEFORE_EPOCH;
}

static void
civil_from_days (gint32  date,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint32 z = date + DAYS_BEFORE_EPOCH;
  int era, doe, yoe, doy, mp;

  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;

  *day = doy - (153 * mp + 2) / 5 + 1;
  *month = mp < 10 ? mp + 3 : mp - 9;
  *year = yoe + era * 400 + (*month <= 2);
}

gboolean
kp_date_valid (gint32 date)
{
  return date >= KP_DATE_MIN && date <= KP_DATE_MAX;
}

gboolean
kp_date_is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
kp_date_days_in_month (int year,
                       int month)
{
  static const guint8 days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  if (month == 2 && kp_date_is_leap_year (year))
    return 29;

  return days[month - 1];
}

gint32
kp_date_from_ymd (int year,
                  int month,
                  int day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12)
    return KP_DATE_NONE;

  if (day < 1 || day > kp_date_days_in_month (year, month))
    return KP_DATE_NONE;

  return days_from_civil (year, month, day);
}

gboolean
kp_date_to_ymd (gint32  date,
                int    *year,
                int    *month,
                int    *day)
{
  int y = 0, m = 0, d = 0;
  gboolean valid = kp_date_valid (date);

  if (valid)
    civil_from_days (date, &y, &m, &d);

  if (year != NULL)
    *year = y;
  if (month != NULL)
    *month = m;
  if (day != NULL)
    *day = d;

  return valid;
}

/* Reads exactly @n_digits ASCII digits. */
static gboolean
parse_digits (const char *text,
              int         n_digits,
              int        *out)
{
  int value = 0;

  for (int i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }

  *out = value;
  return TRUE;
}

gboolean
kp_date_parse_iso (const char *text,
                   gint32     *out_date)
{
  int year, month, day;
  gint32 date = KP_DATE_NONE;

  /* The checks stop at the first NUL, so a short string is never read past its end. */
  if (text != NULL
      && parse_digits (text, 4, &year)
      && text[4] == '-'
      && parse_digits (text + 5, 2, &month)
      && text[7] == '-'
      && parse_digits (text + 8, 2, &day)
      && text[10] == '\0')
    date = kp_date_from_ymd (year, month, day);

  if (out_date != NULL)
    *out_date = date;

  return date != KP_DATE_NONE;
}

char *
kp_date_format_iso (gint32 date,
                    char   buf[KP_DATE_ISO_SIZE])
{
  int year, month, day;

  g_return_val_if_fail (buf != NULL, NULL);

  buf[0] = '\0';
  if (date == KP_DATE_NONE)
    return buf;

  g_return_val_if_fail (kp_date_valid (date), buf);

  /* By hand rather than with printf: imports and saves format dates by the hundred thousand.
   * Valid dates have four-digit years. */
  civil_from_days (date, &year, &month, &day);
  buf[0] = (char) ('0' + year / 1000);
  buf[1] = (char) ('0' + year / 100 % 10);
  buf[2] = (char) ('0' + year / 10 % 10);
  buf[3] = (char) ('0' + year % 10);
  buf[4] = '-';
  buf[5] = (char) ('0' + month / 10);
  buf[6] = (char) ('0' + month % 10);
  buf[7] = '-';
  buf[8] = (char) ('0' + day / 10);
  buf[9] = (char) ('0' + day % 10);
  buf[10] = '\0';

  return buf;
}

int
kp_date_year (KpDate date)
{
  int y = 0;

  kp_date_to_ymd (date, &y, NULL, NULL);
  return y;
}

KpDate
kp_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return kp_date_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                           g_date_time_get_day_of_month (now));
}
