/* test-goal-target.c: range targets ("8–16") as users type and read them, in Swedish and
 * in the C locale. */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "kp-goal-target.h"
#include "kp-validate.h"

static void
parses (const char *text,
        double      low,
        double      high)
{
  double lo = -1, hi = -1;
  g_autoptr(GError) error = NULL;

  if (!kp_goal_target_parse (text, &lo, &hi, &error))
    g_error ("“%s”: %s", text, error->message);
  if (isnan (low))
    g_assert_true (isnan (lo));
  else
    g_assert_cmpfloat_with_epsilon (lo, low, 1e-9);
  if (isnan (high))
    g_assert_true (isnan (hi));
  else
    g_assert_cmpfloat_with_epsilon (hi, high, 1e-9);
}

static void
refused (const char *text,
         int         code)
{
  double lo = 7, hi = 7;
  g_autoptr(GError) error = NULL;

  if (kp_goal_target_parse (text, &lo, &hi, &error))
    g_error ("“%s” should be refused", text);
  g_assert_error (error, KP_VALIDATE_ERROR, code);
  /* The message names the field; nothing is written on failure. */
  g_assert_nonnull (strstr (error->message, "Target"));
  g_assert_cmpfloat (lo, ==, 7);
  g_assert_cmpfloat (hi, ==, 7);
}

static void
test_parse_c (void)
{
  parses ("", NAN, NAN);
  parses ("   ", NAN, NAN);
  parses ("15", 15, NAN);
  parses ("8–16", 8, 16);
  parses ("8-16", 8, 16);
  parses ("8 — 16", 8, 16);
  parses (" 8 -16 ", 8, 16);
  parses ("0.5–1.5", 0.5, 1.5);
  parses ("-5", -5, NAN);
  parses ("-5–5", -5, 5);
  parses ("-10 - -2", -10, -2);
  parses ("40–40", 40, 40);
  refused ("16–8", KP_VALIDATE_ERROR_RANGE_INVERTED);
  refused ("-2–-10", KP_VALIDATE_ERROR_RANGE_INVERTED);
  refused ("abc", KP_VALIDATE_ERROR_NOT_A_NUMBER);
  refused ("8–", KP_VALIDATE_ERROR_NOT_A_NUMBER);
  refused ("–8", KP_VALIDATE_ERROR_NOT_A_NUMBER);
  refused ("8–16–20", KP_VALIDATE_ERROR_NOT_A_NUMBER);
  refused ("8 till 16", KP_VALIDATE_ERROR_NOT_A_NUMBER);
  refused ("\xff", KP_VALIDATE_ERROR_NOT_A_NUMBER);
}

static void
test_format_c (void)
{
  g_autofree char *none = kp_goal_target_format (NAN, NAN);
  g_autofree char *one = kp_goal_target_format (15, NAN);
  g_autofree char *same = kp_goal_target_format (40, 40);
  g_autofree char *range = kp_goal_target_format (8, 16);
  g_autofree char *frac = kp_goal_target_format (0.5, 2.25);

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (one, ==, "15");
  g_assert_cmpstr (same, ==, "40");
  g_assert_cmpstr (range, ==, "8–16");
  g_assert_cmpstr (frac, ==, "0.5–2.25");
}

/* What is written reads back as the same numbers. */
static void
test_round_trip (void)
{
  static const double pairs[][2] = { { 8, 16 }, { 15, NAN }, { 1234.5, 2000 }, { -3, 4.75 }, { 0, 0 } };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *text = kp_goal_target_format (pairs[i][0], pairs[i][1]);
      double hi = pairs[i][1] == pairs[i][0] ? NAN : pairs[i][1];

      parses (text, pairs[i][0], hi);
    }
}

static void
test_swedish (void)
{
  g_autofree char *range = NULL;

  if (setlocale (LC_ALL, "sv_SE.UTF-8") == NULL)
    {
      g_test_skip ("the sv_SE.UTF-8 locale is not installed");
      return;
    }
  parses ("1 234,5–2 000", 1234.5, 2000);
  parses ("8,5 – 16", 8.5, 16);
  parses ("0,5-1,5", 0.5, 1.5);
  range = kp_goal_target_format (1234.5, 2000);
  parses (range, 1234.5, 2000);
  g_assert_nonnull (strstr (range, "234,5–2"));
  test_round_trip ();
  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/goal-target/parse", test_parse_c);
  g_test_add_func ("/goal-target/format", test_format_c);
  g_test_add_func ("/goal-target/round-trip", test_round_trip);
  g_test_add_func ("/goal-target/swedish", test_swedish);
  return g_test_run ();
}
