/* kp-date.h: the day numbers the project file stores, and their ISO 8601 text form.
 * Calendar arithmetic (weeks, holidays, working days) lives in src/schedule. */
#pragma once

#include "kp-types.h"

G_BEGIN_DECLS

/* A date is a gint32 day number in the proleptic Gregorian calendar, identical to GDate's
 * Julian day: 1 is 0001-01-01 (a Monday). Dates are ordered and subtract to a day count.
 * KP_DATE_NONE (0) means "no date". Valid dates run from 0001-01-01 to 9999-12-31.
 */
#define KP_DATE_MIN  1       /* 0001-01-01 */
#define KP_DATE_MAX  3652059 /* 9999-12-31 */

/* The size of a buffer for kp_date_format_iso(): "yyyy-mm-dd" and the NUL. */
#define KP_DATE_ISO_SIZE 11

gboolean     kp_date_valid             (gint32      date);
gboolean     kp_date_is_leap_year      (int         year);
int          kp_date_days_in_month     (int         year,
                                        int         month);

/* Returns KP_DATE_NONE unless year 1–9999, month 1–12 and day make a real date. */
gint32       kp_date_from_ymd          (int         year,
                                        int         month,
                                        int         day);
/* Returns FALSE and zeros the outputs for KP_DATE_NONE or a date out of range. Any output
 * may be NULL.
 */
gboolean     kp_date_to_ymd            (gint32      date,
                                        int        *year,
                                        int        *month,
                                        int        *day);

/* Parses exactly "yyyy-mm-dd": no spaces, signs or trailing characters, years 0001–9999
 * and only real dates. A NULL @text is refused like any other bad input. On failure
 * @out_date (which may be NULL) is set to KP_DATE_NONE.
 */
gboolean     kp_date_parse_iso         (const char *text,
                                        gint32     *out_date);
/* Writes "yyyy-mm-dd" into @buf, or "" for KP_DATE_NONE, and returns @buf. */
char        *kp_date_format_iso        (gint32      date,
                                        char        buf[KP_DATE_ISO_SIZE]);

/* The year of @date, or 0 for KP_DATE_NONE. */
int          kp_date_year              (gint32      date);
KpDate       kp_date_today             (void);

G_END_DECLS
