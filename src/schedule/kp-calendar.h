/* kp-calendar.h: day numbers, ISO weeks and Swedish working days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kp-date.h"

G_BEGIN_DECLS

/* The Swedish days off besides weekends, in calendar order. The rules in force today are
 * applied to every year.
 */
typedef enum
{
  KP_HOLIDAY_NONE,
  KP_HOLIDAY_NEW_YEARS_DAY,   /* nyårsdagen, 1 January */
  KP_HOLIDAY_EPIPHANY,        /* trettondedag jul, 6 January */
  KP_HOLIDAY_GOOD_FRIDAY,     /* långfredagen */
  KP_HOLIDAY_EASTER_SUNDAY,   /* påskdagen */
  KP_HOLIDAY_EASTER_MONDAY,   /* annandag påsk */
  KP_HOLIDAY_MAY_DAY,         /* första maj */
  KP_HOLIDAY_ASCENSION_DAY,   /* Kristi himmelsfärdsdag, Easter + 39 */
  KP_HOLIDAY_WHIT_SUNDAY,     /* pingstdagen, Easter + 49 */
  KP_HOLIDAY_NATIONAL_DAY,    /* nationaldagen, 6 June */
  KP_HOLIDAY_MIDSUMMER_EVE,   /* midsommarafton, the Friday in 19–25 June */
  KP_HOLIDAY_MIDSUMMER_DAY,   /* midsommardagen, the Saturday in 20–26 June */
  KP_HOLIDAY_ALL_SAINTS_DAY,  /* alla helgons dag, the Saturday in 31 October–6 November */
  KP_HOLIDAY_CHRISTMAS_EVE,   /* julafton */
  KP_HOLIDAY_CHRISTMAS_DAY,   /* juldagen */
  KP_HOLIDAY_BOXING_DAY,      /* annandag jul */
  KP_HOLIDAY_NEW_YEARS_EVE,   /* nyårsafton */
} KpHoliday;

#define KP_HOLIDAY_FIRST KP_HOLIDAY_NEW_YEARS_DAY
#define KP_HOLIDAY_LAST  KP_HOLIDAY_NEW_YEARS_EVE
#define KP_N_HOLIDAYS    16

/* 1 is Monday, 7 is Sunday (the same numbering as GDateWeekday). */
int          kp_date_weekday           (gint32      date);
gboolean     kp_date_is_weekend        (gint32      date);
/* 1–4 */
int          kp_quarter_of             (gint32      date);

/* The ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday, so
 * the days around New Year may belong to the neighbouring @iso_year.
 */
void         kp_date_iso_week          (gint32      date,
                                        int        *iso_year,
                                        int        *week);
/* 52 or 53 */
int          kp_iso_weeks_in_year      (int         iso_year);
/* @weekday is 1 (Monday) to 7. Returns KP_DATE_NONE for a week the year does not have. */
gint32       kp_date_from_iso_week     (int         iso_year,
                                        int         week,
                                        int         weekday);

/* Western (Gregorian) Easter; KP_DATE_NONE outside years 1–9999. */
gint32       kp_easter_sunday          (int         year);

/* When two holidays share a day (Kristi himmelsfärdsdag on 1 May, as in 2008, or
 * pingstdagen on 6 June, as in 2049) the fixed-date holiday is the one returned.
 */
KpHoliday    kp_holiday_for_date       (gint32      date);
/* The date of @holiday in @year, or KP_DATE_NONE. */
gint32       kp_holiday_date           (KpHoliday   holiday,
                                        int         year);
/* The translated name, or NULL for KP_HOLIDAY_NONE. */
const char  *kp_holiday_name           (KpHoliday   holiday);

/* Neither a weekend nor a holiday. */
gboolean     kp_date_is_working_day    (gint32      date);
/* The working days in [@start, @end], both included; 0 when @end is before @start. */
int          kp_working_days_between   (gint32      start,
                                        gint32      end);
/* The @n-th working day after @date (before it when @n is negative); @date itself need not
 * be a working day and @n == 0 returns it unchanged. KP_DATE_NONE if that leaves the range.
 */
gint32       kp_date_add_working_days  (gint32      date,
                                        int         n);

/* Translated names for @month 1–12, e.g. "January" and "Jan". */
const char  *kp_month_name             (int         month);
const char  *kp_month_abbrev           (int         month);

G_END_DECLS
