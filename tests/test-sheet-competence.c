/* test-sheet-competence.c: the workbook's Competence plan sheet holds the roles of every
 * unit with their computed figures, the totals, a chart of staff against demand, a heat map
 * of each unit's gaps and the flag for competences one person holds. */
#include "config.h"

#include <string.h>

#include "fixtures/kp-test-util.h"
#include "kp-competence-stats.h"
#include "kp-examples.h"
#include "kp-export.h"

/* The XML of the sheet with this name, read with Python's zipfile (no third-party module). */
/* Not inlined: GCC 12 then mistakes the returned string for a dangling local. */
static void
test_competence_sheet (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = kp_example_open_copy (kp_example_default (), &error);
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "uppfoljning.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KpExportOptions options = { .language = "en" };
  g_autofree char *xml = NULL;
  g_autofree char *persons = NULL;
  g_autofree char *demand = NULL;
  KpCompetenceScope all = { 0 };
  KpHeadcountSummary s;

  g_assert_no_error (error);
  g_assert_true (kp_export_workbook (doc, file, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  xml = kpt_sheet_xml (path, "Competence plan");
  /* The roles of every unit, with the computed columns, and the shipped roles by name. */
  g_assert_nonnull (strstr (xml, "Recruitment need"));
  g_assert_nonnull (strstr (xml, "Hemsjukvården Skövde"));
  g_assert_nonnull (strstr (xml, "Service assistant"));
  g_assert_nonnull (strstr (xml, "Rehabassistent"));
  /* The totals across all organisations, as the statistics have them. */
  kp_competence_summary (doc, &all, &s);
  persons = g_strdup_printf ("<v>%d</v>", (int) s.persons);
  demand = g_strdup_printf ("<v>%d</v>", (int) s.demand);
  g_assert_cmpint (s.persons, ==, 571);
  g_assert_nonnull (strstr (xml, persons));
  g_assert_nonnull (strstr (xml, demand));
  /* Year by year with a native chart; a heat map per unit (six units) and the flag for a
   * competence held by one person; the title, the staircase and the training. */
  g_assert_nonnull (strstr (xml, "Staff without recruitment"));
  g_assert_cmpuint (kpt_count (xml, "<drawing "), ==, 1);
  g_assert_cmpuint (kpt_count (xml, "<colorScale>"), ==, 6);
  g_assert_cmpuint (kpt_count (xml, "type=\"cellIs\""), ==, 6);
  g_assert_nonnull (strstr (xml, "Protected title undersköterska"));
  g_assert_nonnull (strstr (xml, "Specialistundersköterska"));
  g_assert_nonnull (strstr (xml, "Demens ABC plus"));
  /* Values, never formulas. */
  g_assert_null (strstr (xml, "<f>"));
  kpt_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("kp-test-cache-XXXXXX", NULL);

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sheet/competence", test_competence_sheet);
  return g_test_run ();
}
