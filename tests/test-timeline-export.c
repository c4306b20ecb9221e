/* test-timeline-export.c: PNG, SVG and PDF of the timeline, page tiling and refusals. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kp-calendar.h"
#include "kp-date.h"
#include "kp-gantt-data.h"
#include "kp-timeline-export.h"

#define D(y, m, d) kp_date_from_ymd (y, m, d)

static KpGanttData *
project (int n_tasks)
{
  KpGanttData *data = kp_gantt_data_new ("Vårdens medarbetare");
  KpDate d = D (2020, 9, 1);

  kp_gantt_data_add_task (data, 1, 0, 0, TRUE, FALSE, 0, 0, 0, "Förstudiefas", "Karin");
  for (int i = 0; i < n_tasks; i++)
    {
      kp_gantt_data_add_task (data, i + 2, 1, i, FALSE, i % 7 == 6, d, d + (i % 7 == 6 ? 0 : 9), (i * 13) % 101, "Aktivitet", "Karin");
      if (i > 0)
        kp_gantt_data_add_link (data, i, i + 1, i + 2);
      d += 5;
    }
  kp_gantt_data_add_meeting (data, 1, D (2020, 10, 1), "steering_group", "Styrgrupp", FALSE);
  kp_gantt_data_add_training (data, 1, D (2020, 9, 14), D (2020, 9, 30), "Demens ABC");
  kp_gantt_data_finish (data);
  return data;
}

static char *
tmp_path (const char *dir,
          const char *name)
{
  return g_build_filename (dir, name, NULL);
}

/* Occurrences in binary data, which may hold NUL bytes. */
static guint
count (const char *haystack,
       gsize       len,
       const char *needle)
{
  gsize n = strlen (needle);
  guint found = 0;

  for (gsize i = 0; i + n <= len; i++)
    found += memcmp (haystack + i, needle, n) == 0;
  return found;
}

static void
test_formats (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kp-export-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  KpTimelineOptions opts;
  const char *names[] = { "plan.png", "plan.svg", "plan.PDF" };

  kp_timeline_options_init (&opts);
  opts.today = D (2020, 10, 15);
  opts.critical = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(KpGanttData) data = project (40);
      g_autofree char *path = tmp_path (dir, names[i]);
      g_autofree char *bytes = NULL;
      gsize len;

      g_assert_true (kp_timeline_export_file (data, &opts, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
      if (i == 0)
        {
          g_assert_cmpmem (bytes, 8, "\x89PNG\r\n\x1a\n", 8);
          /* Width: margins, outline and 28 weeks at 8 px a day, twice over for sharpness. */
          g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (bytes + 16)), >, 2 * 8 * 7 * 28);
        }
      else if (i == 1)
        {
          g_assert_nonnull (g_strstr_len (bytes, (gssize) len, "<svg"));
          g_assert_nonnull (g_strstr_len (bytes, (gssize) len, "</svg>"));
        }
      else
        {
          g_assert_cmpmem (bytes, 5, "%PDF-", 5);
          /* 40 activities over ~ 7 months at week zoom do not fit one A4 page. */
          g_assert_cmpuint (count (bytes, len, "/Type /Page "), >, 1);
        }
      g_remove (path);
    }
  g_rmdir (dir);
}

static void
test_pages (void)
{
  g_autoptr(KpGanttData) data = project (60);
  g_autoptr(GError) error = NULL;
  g_autoptr(KpTimelinePages) a4 = NULL, a3 = NULL, fit = NULL, range = NULL;
  KpTimelineOptions opts;

  kp_timeline_options_init (&opts);
  a4 = kp_timeline_pages_new (data, &opts, KP_TIMELINE_A4_WIDTH, KP_TIMELINE_A4_HEIGHT, &error);
  g_assert_no_error (error);
  a3 = kp_timeline_pages_new (data, &opts, KP_TIMELINE_A3_WIDTH, KP_TIMELINE_A3_HEIGHT, &error);
  /* A3 holds more per page. */
  g_assert_cmpuint (kp_timeline_pages_get_count (a4), >, kp_timeline_pages_get_count (a3));
  g_assert_cmpuint (kp_timeline_pages_get_count (a3), >=, 1);
  /* Fitted to the page width: one page across. */
  opts.fit = TRUE;
  fit = kp_timeline_pages_new (data, &opts, KP_TIMELINE_A4_WIDTH, KP_TIMELINE_A4_HEIGHT, &error);
  g_assert_cmpuint (kp_timeline_pages_get_count (fit), <, kp_timeline_pages_get_count (a4));
  /* A date range shows only the tasks that meet it. */
  opts.fit = FALSE;
  opts.from = D (2020, 9, 1);
  opts.to = D (2020, 9, 30);
  range = kp_timeline_pages_new (data, &opts, KP_TIMELINE_A4_WIDTH, KP_TIMELINE_A4_HEIGHT, &error);
  g_assert_cmpuint (kp_timeline_pages_get_count (range), ==, 1);
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 842, 595);
    cairo_t *cr = cairo_create (surface);

    /* Drawing every page leaves cairo in a good state. */
    for (guint p = 0; p < kp_timeline_pages_get_count (a4); p++)
      kp_timeline_pages_draw (a4, cr, p);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  g_assert_null (kp_timeline_pages_new (data, &opts, 300, 400, &error));
  g_assert_error (error, KP_TIMELINE_EXPORT_ERROR, KP_TIMELINE_EXPORT_ERROR_TOO_LARGE);
  g_clear_error (&error);
  opts.to = D (2020, 8, 1);
  g_assert_null (kp_timeline_pages_new (data, &opts, KP_TIMELINE_A4_WIDTH, KP_TIMELINE_A4_HEIGHT, &error));
  g_assert_error (error, KP_TIMELINE_EXPORT_ERROR, KP_TIMELINE_EXPORT_ERROR_RANGE);
}

static void
test_refusals (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kp-export-XXXXXX", NULL);
  g_autofree char *doc = tmp_path (dir, "plan.docx");
  g_autofree char *big = tmp_path (dir, "big.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(KpGanttData) data = project (3000);
  KpTimelineOptions opts;

  kp_timeline_options_init (&opts);
  g_assert_false (kp_timeline_export_file (data, &opts, doc, &error));
  g_assert_error (error, KP_TIMELINE_EXPORT_ERROR, KP_TIMELINE_EXPORT_ERROR_FORMAT);
  g_clear_error (&error);
  /* 3,000 rows are too tall for one picture; nothing is left behind. */
  g_assert_false (kp_timeline_export_file (data, &opts, big, &error));
  g_assert_error (error, KP_TIMELINE_EXPORT_ERROR, KP_TIMELINE_EXPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "PDF"));
  g_assert_false (g_file_test (big, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);

    g_assert_null (g_dir_read_name (d));
  }
  /* A file that was there before stays as it was. */
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (big, "earlier", -1, NULL));
  g_assert_false (kp_timeline_export_file (data, &opts, big, &error));
  {
    g_autofree char *kept = NULL;

    g_assert_true (g_file_get_contents (big, &kept, NULL, NULL));
    g_assert_cmpstr (kept, ==, "earlier");
  }
  g_remove (big);
  g_rmdir (dir);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (kp_timeline_export_finish (result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_async (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kp-export-XXXXXX", NULL);
  g_autofree char *path = tmp_path (dir, "plan.pdf");
  KpTimelineOptions opts;
  gboolean done = FALSE;

  kp_timeline_options_init (&opts);
  /* The worker thread takes the data. */
  kp_timeline_export_async (project (100), &opts, path, NULL, exported_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/timeline-export/formats", test_formats);
  g_test_add_func ("/timeline-export/pages", test_pages);
  g_test_add_func ("/timeline-export/refusals", test_refusals);
  g_test_add_func ("/timeline-export/async", test_async);
  return g_test_run ();
}
