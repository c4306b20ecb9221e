/* test-meeting-series.c: recurring meetings: their dates across year ends, ISO week 53 and
 * daylight-saving changes, which occurrences are missing, and the meetings a series adds. */
#include "config.h"

#include <locale.h>

#include "fixtures/kp-test-util.h"
#include "kp-examples.h"
#include "kp-meeting-series.h"

static char *
iso_list (GArray *dates)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < dates->len; i++)
    {
      char buf[KP_DATE_ISO_SIZE];

      g_string_append_printf (out, "%s%s", i ? " " : "", kp_date_format_iso (g_array_index (dates, KpDate, i), buf));
    }
  return g_string_free (out, FALSE);
}

static void
assert_dates (const char *first,
              int         weeks,
              const char *until,
              const char *expected)
{
  KpDate f, u;
  g_autoptr(GArray) dates = NULL;
  g_autofree char *got = NULL;

  g_assert_true (kp_date_parse_iso (first, &f));
  g_assert_true (kp_date_parse_iso (until, &u));
  dates = kp_series_dates (f, weeks, u);
  got = iso_list (dates);
  g_assert_cmpstr (got, ==, expected);
}

static void
test_dates (void)
{
  /* The Skaraborg steering group: every six weeks, over a year end and both DST changes
   * (2020-10-25 and 2021-03-28), always a Thursday. */
  assert_dates ("2020-09-24", 6, "2021-11-18",
                "2020-09-24 2020-11-05 2020-12-17 2021-01-28 2021-03-11 2021-04-22 2021-06-03 "
                "2021-07-15 2021-08-26 2021-10-07 2021-11-18");
  /* Weekly over ISO week 53 of 2020 and the year end. */
  assert_dates ("2020-12-21", 1, "2021-01-11", "2020-12-21 2020-12-28 2021-01-04 2021-01-11");
  /* Weekly over the spring and autumn DST changes of 2024 (31 March, 27 October). */
  assert_dates ("2024-03-24", 1, "2024-04-07", "2024-03-24 2024-03-31 2024-04-07");
  assert_dates ("2024-10-20", 1, "2024-11-03", "2024-10-20 2024-10-27 2024-11-03");
  /* A leap day, and an end date that falls between two meetings. */
  assert_dates ("2024-02-15", 2, "2024-03-27", "2024-02-15 2024-02-29 2024-03-14");
  /* One meeting; none when the end comes first. */
  assert_dates ("2022-05-05", 52, "2022-05-05", "2022-05-05");
  assert_dates ("2022-05-05", 4, "2022-05-04", "");
  {
    g_autoptr(GArray) none = kp_series_dates (KP_DATE_NONE, 6, kp_date_from_ymd (2022, 1, 1));
    g_autoptr(GArray) bad = kp_series_dates (kp_date_from_ymd (2022, 1, 1), 0, kp_date_from_ymd (2022, 6, 1));

    g_assert_cmpuint (none->len, ==, 0);
    g_assert_cmpuint (bad->len, ==, 0);
  }
}

/* Every date keeps the first date's weekday and agrees with GLib's own calendar, which adds
 * weeks to a local time in the Swedish time zone across every DST change of 2019–2026. */
static void
test_weekday_and_dst (void)
{
  g_autoptr(GTimeZone) stockholm = g_time_zone_new_identifier ("Europe/Stockholm");
  KpDate first = kp_date_from_ymd (2019, 10, 1);
  g_autoptr(GArray) dates = kp_series_dates (first, 3, kp_date_from_ymd (2026, 12, 31));
  g_autoptr(GDateTime) first_dt = NULL;
  guint dst_changes = 0;

  if (stockholm == NULL)
    {
      g_test_skip ("no time zone data for Europe/Stockholm");
      return;
    }
  first_dt = g_date_time_new (stockholm, 2019, 10, 1, 10, 0, 0);
  g_assert_cmpuint (dates->len, >, 100);
  for (guint i = 0; i < dates->len; i++)
    {
      KpDate date = g_array_index (dates, KpDate, i);
      g_autoptr(GDateTime) expected = g_date_time_add_weeks (first_dt, 3 * (int) i);
      int y, m, d;
      GDate gd;

      g_date_clear (&gd, 1);
      g_date_set_julian (&gd, (guint32) date);
      g_assert_cmpint (g_date_get_weekday (&gd), ==, G_DATE_TUESDAY);
      g_assert_cmpint (date - first, ==, 21 * (int) i);
      g_assert_true (kp_date_to_ymd (date, &y, &m, &d));
      g_assert_cmpint (y, ==, g_date_time_get_year (expected));
      g_assert_cmpint (m, ==, g_date_time_get_month (expected));
      g_assert_cmpint (d, ==, g_date_time_get_day_of_month (expected));
      g_assert_cmpint (g_date_time_get_hour (expected), ==, 10);
      if (i > 0)
        {
          g_autoptr(GDateTime) before = g_date_time_add_weeks (first_dt, 3 * (int) (i - 1));

          dst_changes += g_date_time_is_daylight_savings (before) != g_date_time_is_daylight_savings (expected);
        }
    }
  /* The span really crosses the changes: two a year. */
  g_assert_cmpuint (dst_changes, >=, 14);
}

static void
test_missing (void)
{
  KpDate first = kp_date_from_ymd (2021, 1, 7);
  KpDate until = first + 7 * 6 * 4;  /* five dates, six weeks apart */
  KpDate existing[] = {
    first,                  /* on its date */
    first + 42 + 3,         /* moved three days later: still the second */
    first + 84 - 20,        /* moved 20 days earlier: within 21 days, still the third */
    first + 126 + 21,       /* 21 days after the fourth: half an interval, the fifth's */
    first - 30,             /* before the series: covers nothing */
    first + 400,            /* after it: covers nothing */
  };
  g_autoptr(GArray) missing = kp_series_missing_dates (first, 6, until, existing, G_N_ELEMENTS (existing));
  g_autoptr(GArray) all = kp_series_missing_dates (first, 6, until, NULL, 0);
  g_autoptr(GArray) none = kp_series_missing_dates (first, 6, until, existing, 4);

  g_assert_cmpuint (all->len, ==, 5);
  g_assert_cmpuint (missing->len, ==, 1);
  g_assert_cmpint (g_array_index (missing, KpDate, 0), ==, first + 126);
  g_assert_cmpuint (none->len, ==, 1);
}

static KpEntity *
find_series (KpDocument *doc,
             const char *title)
{
  GListModel *list = kp_document_get_list (doc, &kp_desc_meeting_series);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) s = g_list_model_get_item (list, i);

      if (g_str_equal (kp_entity_get_text (s, "title"), title))
        return s;
    }
  return NULL;
}

static guint
count_of_series (KpDocument *doc,
                 gint64      series_id)
{
  GListModel *list = kp_document_get_list (doc, &kp_desc_meeting);
  guint count = 0;

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) m = g_list_model_get_item (list, i);

      count += kp_entity_get_int (m, "series-id") == series_id;
    }
  return count;
}

/* The example's series already hold their meetings; a removed one comes back, an edited or
 * cancelled one stays as it is, and a longer series gets its new dates. */
static void
test_fill_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = kp_example_open_copy (kp_example_default (), &error);
  KpEntity *steering = find_series (doc, "Socialchefsträff");
  GListModel *meetings = kp_document_get_list (doc, &kp_desc_meeting);
  guint n = g_list_model_get_n_items (meetings);
  gint64 id = kp_entity_get_id (steering);
  KpEntity *third = kp_document_lookup (doc, &kp_desc_meeting, 3);
  KpEntity *july = kp_document_lookup (doc, &kp_desc_meeting, 8);
  guint added = 99;

  g_assert_no_error (error);
  g_assert_cmpuint (count_of_series (doc, id), ==, 11);
  g_assert_true (kp_meeting_series_fill (doc, steering, &added, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, n);

  /* Moved by two days and cancelled: still the occurrence of its date. */
  g_assert_true (kp_document_set_date (doc, third, "date", kp_date_from_ymd (2020, 12, 15), &error));
  g_assert_true (kp_entity_get_int (july, "cancelled"));
  g_assert_true (kp_meeting_series_fill (doc, steering, &added, &error));
  g_assert_cmpuint (added, ==, 0);
  /* Removed: it comes back, with the series' forum and title. */
  g_assert_true (kp_document_remove (doc, july, &error));
  g_assert_true (kp_meeting_series_fill (doc, steering, &added, &error));
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (count_of_series (doc, id), ==, 11);
  {
    g_autoptr(KpEntity) last = g_list_model_get_item (meetings, g_list_model_get_n_items (meetings) - 1);

    g_assert_cmpint (kp_entity_get_date (last, "date"), ==, kp_date_from_ymd (2021, 7, 15));
    g_assert_cmpstr (kp_entity_get_text (last, "forum"), ==, "steering_group");
    g_assert_cmpstr (kp_entity_get_text (last, "title"), ==, "Socialchefsträff");
    g_assert_false (kp_entity_get_int (last, "cancelled"));
  }
  /* Longer: two more dates, in 2021 and 2022, as one undo step. */
  g_assert_true (kp_document_set_date (doc, steering, "until-date", kp_date_from_ymd (2022, 2, 10), &error));
  g_assert_true (kp_meeting_series_fill (doc, steering, &added, &error));
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (count_of_series (doc, id), ==, 13);
  g_assert_true (kp_document_undo (doc, &error));
  g_assert_cmpuint (count_of_series (doc, id), ==, 11);
}

static void
test_add_is_one_step (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "p.kplan", NULL);
  g_autoptr(KpDocument) doc = kpt_create (path);
  g_autoptr(KpEntity) series = kp_entity_new (&kp_desc_meeting_series);
  g_autoptr(KpEntity) bad = kp_entity_new (&kp_desc_meeting_series);
  g_autoptr(GError) error = NULL;
  GListModel *meetings = kp_document_get_list (doc, &kp_desc_meeting);

  kp_entity_set_text (series, "forum", "mas_network");
  kp_entity_set_text (series, "title", "MAS-nätverket");
  kp_entity_set_date (series, "first-date", kp_date_from_ymd (2023, 11, 28));
  kp_entity_set_int (series, "interval-weeks", 4);
  kp_entity_set_date (series, "until-date", kp_date_from_ymd (2024, 4, 30));
  g_assert_true (kp_meeting_series_add (doc, series, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 6);
  g_assert_cmpint (kpt_sql_int (path, "SELECT count(*) FROM meeting WHERE series_id IS NOT NULL"), ==, 6);
  g_assert_cmpint (kpt_sql_int (path, "SELECT count(*) FROM meeting WHERE date = '2023-12-26'"), ==, 1);
  g_assert_true (kp_document_undo (doc, &error));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_get_list (doc, &kp_desc_meeting_series)), ==, 0);
  g_assert_true (kp_document_redo (doc, &error));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 6);

  /* A series that ends before it starts is refused and leaves nothing behind. */
  kp_entity_set_text (bad, "forum", "steering_group");
  kp_entity_set_text (bad, "title", "Fel");
  kp_entity_set_date (bad, "first-date", kp_date_from_ymd (2024, 5, 1));
  kp_entity_set_int (bad, "interval-weeks", 6);
  kp_entity_set_date (bad, "until-date", kp_date_from_ymd (2024, 4, 1));
  g_assert_false (kp_meeting_series_add (doc, bad, &error));
  g_assert_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_END_BEFORE_START);
  g_assert_cmpint (kp_entity_get_id (bad), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 6);
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("kp-test-cache-XXXXXX", NULL);

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("TZ", "Europe/Stockholm", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/meeting-series/dates", test_dates);
  g_test_add_func ("/meeting-series/weekday-and-dst", test_weekday_and_dst);
  g_test_add_func ("/meeting-series/missing", test_missing);
  g_test_add_func ("/meeting-series/fill-example", test_fill_example);
  g_test_add_func ("/meeting-series/add-is-one-step", test_add_is_one_step);
  return g_test_run ();
}
