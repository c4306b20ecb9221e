/* test-warnings.c: the soft rules: Luhn check, organisation and case numbers, decision
 * dates outside the project, a hand-set status without a reason. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "kp-date.h"
#include "kp-entities.h"
#include "kp-warnings.h"

static void
test_luhn (void)
{
  /* Organisation numbers of Swedish public bodies, and the textbook example 79927398713. */
  g_assert_true (kp_luhn_valid ("2220002188"));
  g_assert_true (kp_luhn_valid ("2120000449"));
  g_assert_true (kp_luhn_valid ("2120000951"));
  g_assert_true (kp_luhn_valid ("2021005216"));
  g_assert_true (kp_luhn_valid ("79927398713"));
  g_assert_true (kp_luhn_valid ("0"));
  /* Every wrong last digit fails. */
  for (int d = 0; d <= 9; d++)
    {
      g_autofree char *n = g_strdup_printf ("222000218%d", d);

      g_assert_cmpint (kp_luhn_valid (n), ==, d == 8);
    }
  /* Swapping two neighbouring digits is caught. */
  g_assert_false (kp_luhn_valid ("2220002818"));
  g_assert_false (kp_luhn_valid (""));
  g_assert_false (kp_luhn_valid (NULL));
  g_assert_false (kp_luhn_valid ("22200-2188"));
  g_assert_false (kp_luhn_valid ("222000218x"));
}

static void
assert_warns (gboolean      ok,
              GError       *warning,
              int           code,
              const char   *needle)
{
  g_assert_false (ok);
  g_assert_error (warning, KP_WARNING, code);
  if (needle != NULL && strstr (warning->message, needle) == NULL)
    g_error ("“%s” does not contain “%s”", warning->message, needle);
}

static void
test_org_number (void)
{
  static const char *good[] = { "", "  ", "222000-2188", "212000-0449", " 202100-5216 ", NULL };
  static const char *bad_form[] = { "2220002188", "222000 2188", "22200-02188", "222000-218", "222000-21880",
                                    "AB2000-2188", "222000–2188", "556036-07939", NULL };

  for (guint i = 0; good[i] != NULL; i++)
    {
      g_autoptr(GError) warning = NULL;

      g_assert_true (kp_check_org_number (good[i], &warning));
      g_assert_no_error (warning);
    }
  for (guint i = 0; bad_form[i] != NULL; i++)
    {
      g_autoptr(GError) warning = NULL;
      gboolean ok = kp_check_org_number (bad_form[i], &warning);

      /* The message names the field and the form expected. */
      assert_warns (ok, warning, KP_WARNING_ORG_NUMBER_FORMAT, "NNNNNN-NNNN");
      g_assert_nonnull (strstr (warning->message, "Organisation number"));
    }
  {
    g_autoptr(GError) warning = NULL;
    gboolean ok = kp_check_org_number ("222000-2189", &warning);

    /* The wrong check digit is named with the one that would be right. */
    assert_warns (ok, warning, KP_WARNING_ORG_NUMBER_CHECK_DIGIT, "NNNNNN-NNNN");
    g_assert_nonnull (strstr (warning->message, "would be 8"));
  }
  g_assert_true (kp_check_org_number (NULL, NULL));
  g_assert_false (kp_check_org_number ("1", NULL));
}

static void
test_case_number (void)
{
  static const char *good[] = { "", "23-023-S04", "23-023-S02", "2014-01189", "2021/123", "KS 2021/123",
                                "SKF 2020/45-3", "VON-2021/17", "  2021/123  ", "ÄN 2022/4", NULL };
  static const char *bad[] = { "hej", "23023S04", "23-023-s04", "21/123", "KS2021", "2021/", "1234-56",
                               "KS 2021/123 extra", NULL };

  for (guint i = 0; good[i] != NULL; i++)
    {
      g_autoptr(GError) warning = NULL;

      if (!kp_check_case_number (good[i], &warning))
        g_error ("“%s” should be accepted: %s", good[i], warning->message);
    }
  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(GError) warning = NULL;
      gboolean ok = kp_check_case_number (bad[i], &warning);

      if (ok)
        g_error ("“%s” should be warned about", bad[i]);
      assert_warns (ok, warning, KP_WARNING_CASE_NUMBER_FORMAT, "23-023-S04");
      g_assert_nonnull (strstr (warning->message, "Case number"));
    }
}

static void
test_decision_date (void)
{
  g_autoptr(KpEntity) project = kp_entity_new (&kp_desc_project);
  g_autoptr(KpEntity) proposal = kp_entity_new (&kp_desc_proposal);
  KpDate start = kp_date_from_ymd (2020, 9, 1), end = kp_date_from_ymd (2021, 12, 31);
  g_autoptr(GError) warning = NULL;
  gboolean ok;

  kp_entity_set_date (project, "start-date", start);
  kp_entity_set_date (project, "end-date", end);
  /* No date, the first and last day, and a day between: fine. */
  g_assert_true (kp_check_decision_date (project, proposal, NULL));
  kp_entity_set_date (proposal, "decision-date", start);
  g_assert_true (kp_check_decision_date (project, proposal, NULL));
  kp_entity_set_date (proposal, "decision-date", end);
  g_assert_true (kp_check_decision_date (project, proposal, NULL));
  kp_entity_set_date (proposal, "decision-date", kp_date_from_ymd (2021, 3, 11));
  g_assert_true (kp_check_decision_date (project, proposal, NULL));
  /* A day before and a day after. */
  kp_entity_set_date (proposal, "decision-date", start - 1);
  ok = kp_check_decision_date (project, proposal, &warning);
  assert_warns (ok, warning,
                KP_WARNING_DECISION_DATE_OUTSIDE, "2020-08-31");
  g_assert_nonnull (strstr (warning->message, "2020-09-01"));
  g_assert_nonnull (strstr (warning->message, "Decision date"));
  g_clear_error (&warning);
  kp_entity_set_date (proposal, "decision-date", end + 1);
  ok = kp_check_decision_date (project, proposal, &warning);
  assert_warns (ok, warning,
                KP_WARNING_DECISION_DATE_OUTSIDE, "2022-01-01");
  g_clear_error (&warning);
  /* Only one end known. */
  kp_entity_set_date (project, "start-date", KP_DATE_NONE);
  ok = kp_check_decision_date (project, proposal, &warning);
  assert_warns (ok, warning,
                KP_WARNING_DECISION_DATE_OUTSIDE, "2021-12-31");
  g_clear_error (&warning);
  kp_entity_set_date (proposal, "decision-date", kp_date_from_ymd (1999, 1, 1));
  g_assert_true (kp_check_decision_date (project, proposal, NULL));
  kp_entity_set_date (project, "end-date", KP_DATE_NONE);
  kp_entity_set_date (project, "start-date", start);
  ok = kp_check_decision_date (project, proposal, &warning);
  assert_warns (ok, warning,
                KP_WARNING_DECISION_DATE_OUTSIDE, "1999-01-01");
}

static void
test_override_reason (void)
{
  g_autoptr(KpEntity) goal = kp_entity_new (&kp_desc_goal);
  g_autoptr(GError) warning = NULL;
  gboolean ok;

  g_assert_true (kp_check_override_reason (goal, NULL));
  kp_entity_set_text (goal, "status-override", "partly_met");
  ok = kp_check_override_reason (goal, &warning);
  assert_warns (ok, warning,
                KP_WARNING_OVERRIDE_WITHOUT_REASON, "Reason for the status");
  kp_entity_set_text (goal, "override-reason", "   ");
  g_assert_false (kp_check_override_reason (goal, NULL));
  kp_entity_set_text (goal, "override-reason", "Kan bedömas först efter projektet.");
  g_assert_true (kp_check_override_reason (goal, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/warnings/luhn", test_luhn);
  g_test_add_func ("/warnings/org-number", test_org_number);
  g_test_add_func ("/warnings/case-number", test_case_number);
  g_test_add_func ("/warnings/decision-date", test_decision_date);
  g_test_add_func ("/warnings/override-reason", test_override_reason);
  return g_test_run ();
}
