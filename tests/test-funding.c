/* test-funding.c: the funder's contribution, from the budget and the share stored per
 * project, and the form's refusals of values it cannot hold. */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "fixtures/kp-test-util.h"
#include "kp-funding.h"

static void
test_contribution (void)
{
  /* The Skaraborg example: 1 417 000 kr at 87.3 %. */
  g_assert_cmpfloat (kp_funder_contribution (1417000, 87.3), ==, 1237041);
  /* ESF+ programme area A: 46 %, or 40 % in a transition region. */
  g_assert_cmpfloat (kp_funder_contribution (2500000, 46), ==, 1150000);
  g_assert_cmpfloat (kp_funder_contribution (2500000, 40), ==, 1000000);
  g_assert_cmpfloat (kp_funder_contribution (0, 46), ==, 0);
  g_assert_cmpfloat (kp_funder_contribution (1000, 0), ==, 0);
  g_assert_cmpfloat (kp_funder_contribution (1000, 100), ==, 1000);
  /* Rounded to whole öre, half away from zero. */
  g_assert_cmpfloat (kp_funder_contribution (0.05, 50), ==, 0.03);
  g_assert_cmpfloat (kp_funder_contribution (333.33, 33.3), ==, 111);
  g_assert_cmpfloat (kp_funder_contribution (100.01, 12.5), ==, 12.5);
  /* Values the document refuses give no figure. */
  g_assert_true (isnan (kp_funder_contribution (-1, 46)));
  g_assert_true (isnan (kp_funder_contribution (1000, -0.5)));
  g_assert_true (isnan (kp_funder_contribution (1000, 100.5)));
  g_assert_true (isnan (kp_funder_contribution (NAN, 46)));
  g_assert_true (isnan (kp_funder_contribution (INFINITY, 46)));
}

static void
test_project (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "p.kplan", NULL);
  g_autoptr(KpDocument) doc = kpt_create (path);
  KpEntity *project = kp_document_get_project (doc);
  g_autoptr(GError) error = NULL;

  g_assert_true (kp_document_set_real (doc, project, "budget", 1417000, &error));
  g_assert_true (kp_document_set_real (doc, project, "funder-share", 87.3, &error));
  g_assert_cmpfloat (kp_project_funder_contribution (project), ==, 1237041);
  g_assert_cmpfloat (kp_project_own_financing (project), ==, 179959);
  /* The document refuses a share outside 0–100 and a negative budget, naming the field. */
  g_assert_false (kp_document_set_real (doc, project, "funder-share", 100.1, &error));
  g_assert_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_PERCENT_RANGE);
  g_assert_nonnull (strstr (error->message, "Funder share"));
  g_clear_error (&error);
  g_assert_false (kp_document_set_real (doc, project, "budget", -1, &error));
  g_assert_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_NEGATIVE);
  g_assert_nonnull (strstr (error->message, "Total budget"));
  g_clear_error (&error);
  g_assert_cmpfloat (kp_project_funder_contribution (project), ==, 1237041);
  /* Undo brings the figure back with the share. */
  g_assert_true (kp_document_undo (doc, &error));
  g_assert_cmpfloat (kp_project_funder_contribution (project), ==, 0);
  g_clear_object (&doc);
  kpt_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/funding/contribution", test_contribution);
  g_test_add_func ("/funding/project", test_project);
  return g_test_run ();
}
