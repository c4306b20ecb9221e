/* test-sheet-lessons.c: the workbook's Lessons sheet holds every lesson, by kind in the
 * catalogue's order, with its owner. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "fixtures/kp-test-util.h"
#include "kp-examples.h"
#include "kp-export.h"

/* The XML of the sheet with this name, read with Python's zipfile (no third-party module). */
static gssize
position (const char *haystack,
          const char *needle)
{
  const char *at = strstr (haystack, needle);

  return at != NULL ? at - haystack : -1;
}

static void
test_lessons_sheet (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = kp_example_open_copy (kp_example_default (), &error);
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "uppfoljning.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KpExportOptions options = { .language = "en" };
  g_autofree char *xml = NULL;
  gssize success, pitfall, recommendation;

  g_assert_no_error (error);
  g_assert_true (kp_export_workbook (doc, file, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  xml = kpt_sheet_xml (path, "Lessons");
  /* A header and the example's 15 lessons. */
  g_assert_cmpuint (kpt_count (xml, "<row "), ==, 16);
  g_assert_nonnull (strstr (xml, "Lesson"));
  g_assert_nonnull (strstr (xml, "Owner"));
  g_assert_nonnull (strstr (xml, "Efterfrågad utveckling – inget motstånd"));
  g_assert_nonnull (strstr (xml, "Nätverk för HSL-chefer"));
  /* Success factors first, then pitfalls, then recommendations. */
  success = position (xml, ">Success factor<");
  pitfall = position (xml, ">Pitfall<");
  recommendation = position (xml, ">Recommendation<");
  g_assert_cmpint (success, >=, 0);
  g_assert_cmpint (success, <, pitfall);
  g_assert_cmpint (pitfall, <, recommendation);
  g_assert_cmpuint (kpt_count (xml, ">Success factor<"), ==, 5);
  g_assert_cmpuint (kpt_count (xml, ">Pitfall<"), ==, 5);
  g_assert_cmpuint (kpt_count (xml, ">Recommendation<"), ==, 5);
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
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sheet-lessons/lessons", test_lessons_sheet);
  return g_test_run ();
}
