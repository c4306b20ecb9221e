/* test-summary.c: the project in words: the goal fulfilment text and HTML, the key figures
 * as the overview shows them, and `kompetensplan --summary FILE`, headless, in English and
 * Swedish. */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "fixtures/kp-test-util.h"
#include "kp-examples.h"
#include "kp-goal-report.h"
#include "kp-summary.h"

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in:\n%s", needle, haystack ? haystack : "(null)");
}

static KpDocument *
example (void)
{
  g_autoptr(GError) error = NULL;
  KpDocument *doc = kp_example_open_copy (kp_example_default (), &error);

  g_assert_no_error (error);
  return doc;
}

static void
test_goal_report (void)
{
  g_autoptr(KpDocument) doc = example ();
  g_autofree char *text = kp_goal_report_text (doc);
  g_autofree char *html = NULL;
  g_autoptr(KpEntity) odd = kp_entity_new (&kp_desc_goal);
  g_autoptr(GError) error = NULL;

  assert_contains (text, "Goal fulfilment: Vårdens medarbetare");
  /* Project goals, then effect goals, then sub-goals. */
  g_assert_true (strstr (text, "\nProject goal\n") < strstr (text, "\nEffect goal\n"));
  g_assert_true (strstr (text, "\nEffect goal\n") < strstr (text, "\nSub-goal\n"));
  assert_contains (text, "Met: 2. Bred medverkan i webbintervjuerna");
  assert_contains (text, "Target: 40–50 deltagare");
  assert_contains (text, "Outcome: 45 deltagare");
  assert_contains (text, "Not assessed: 4. Kvalitetssäkert");
  assert_contains (text, "Reason for the status: Kan inte bedömas vid projektets slut.");
  assert_contains (text, "7 met, 3 partly met, 0 not met and 3 not assessed, of 13 goals.");
  g_assert_cmpuint (kpt_count (text, "Met: "), ==, 7);
  g_assert_cmpuint (kpt_count (text, "Partly met: "), ==, 3);

  /* Markup in a goal stays text in the HTML; every status has its colour. */
  kp_entity_set_text (odd, "kind", "sub");
  kp_entity_set_int (odd, "number", 4);
  kp_entity_set_text (odd, "text", "Färre <b>sjukskrivningar</b> & bättre hälsa");
  kp_entity_set_real (odd, "baseline", 9);
  kp_entity_set_real (odd, "target-low", 7);
  kp_entity_set_real (odd, "outcome", 9.5);
  kp_entity_set_text (odd, "unit", "%");
  g_assert_true (kp_document_add (doc, odd, &error));
  g_assert_no_error (error);
  html = kp_goal_report_html (doc);
  assert_contains (html, "<table");
  assert_contains (html, "Färre &lt;b&gt;sjukskrivningar&lt;/b&gt; &amp; bättre hälsa");
  g_assert_null (strstr (html, "<b>sjukskrivningar"));
  assert_contains (html, "9.5 %");
  for (KpGoalStatus s = KP_GOAL_MET; s <= KP_GOAL_NOT_ASSESSED; s++)
    assert_contains (html, kp_goal_status_color (s, TRUE));
  /* The header, a heading per kind and a row per goal. */
  g_assert_cmpuint (kpt_count (html, "<tr>"), ==, 1 + 3 + 14);
  assert_contains (html, "1 not met");
}

static void
test_key_texts (void)
{
  KpStatsKeyFigures empty = { 0 };
  KpStatsKeyFigures some = { 0 };
  KpKeyText texts[KP_N_KEYS] = { 0 };

  empty.time_elapsed = empty.progress = empty.hours_share = empty.participants_share = empty.budget_used = NAN;
  kp_key_texts_fill (&empty, "SEK", texts);
  for (guint i = 0; i < KP_N_KEYS; i++)
    {
      g_assert_nonnull (texts[i].title);
      g_assert_nonnull (texts[i].detail);
    }
  g_assert_cmpstr (texts[KP_KEY_DAYS_LEFT].value, ==, "—");
  g_assert_cmpstr (texts[KP_KEY_GOALS].value, ==, "—");
  g_assert_cmpstr (texts[KP_KEY_BUDGET].value, ==, "—");
  g_assert_cmpstr (texts[KP_KEY_HOURS].value, ==, "0");
  g_assert_true (isnan (texts[KP_KEY_DAYS_LEFT].fraction));
  kp_key_texts_clear (texts);

  some.start = kp_date_from_ymd (2024, 1, 1);
  some.end = kp_date_from_ymd (2024, 12, 31);
  some.days_total = 366;
  some.days_left = 100;
  some.time_elapsed = 266.0 / 366;
  some.progress = 0.5;
  some.goals_total = 4;
  some.goals_by_status[0] = 1;
  some.goals_by_status[3] = 3;
  some.hours = 350;
  some.hours_planned = 400;
  some.hours_share = 350.0 / 400;
  some.participants_target = 0;
  some.participants = 12;
  some.participants_share = NAN;
  some.budget = 1000;
  some.outcome = 250;
  some.budget_used = 0.25;
  kp_key_texts_fill (&some, "SEK", texts);
  g_assert_cmpstr (texts[KP_KEY_DAYS_LEFT].value, ==, "100");
  assert_contains (texts[KP_KEY_DAYS_LEFT].detail, "366 days");
  assert_contains (texts[KP_KEY_DAYS_LEFT].detail, "2024-12-31");
  g_assert_cmpstr (texts[KP_KEY_PROGRESS].value, ==, "50 %");
  assert_contains (texts[KP_KEY_PROGRESS].detail, "73 %");
  g_assert_cmpfloat (texts[KP_KEY_PROGRESS].compare, ==, some.time_elapsed);
  g_assert_cmpstr (texts[KP_KEY_GOALS].value, ==, "1 of 4");
  g_assert_cmpstr (texts[KP_KEY_HOURS].value, ==, "350 of 400");
  assert_contains (texts[KP_KEY_HOURS].detail, "8.75");
  g_assert_cmpstr (texts[KP_KEY_PARTICIPANTS].value, ==, "12");
  assert_contains (texts[KP_KEY_PARTICIPANTS].detail, "no target");
  g_assert_cmpstr (texts[KP_KEY_BUDGET].value, ==, "25 %");
  assert_contains (texts[KP_KEY_BUDGET].detail, "250 SEK of 1000 SEK");
  kp_key_texts_clear (texts);
}

static void
test_summary_text (void)
{
  g_autoptr(KpDocument) doc = example ();
  g_autofree char *text = kp_summary_text (doc, kp_date_from_ymd (2022, 1, 15));

  assert_contains (text, "Vårdens medarbetare\n===================\n");
  assert_contains (text, "Project owner: Skaraborgs Kommunalförbund (222000-2188)");
  assert_contains (text, "Region: Skaraborg, Västra Götalands län (SE23)");
  assert_contains (text, "Period: 2020-09-01 – 2021-12-31, Closed");
  assert_contains (text, "the funder pays 87.3 %: 1237041 SEK");
  assert_contains (text, "Days left: 0 (of 487 days");
  assert_contains (text, "Hours reported: 350 of 400");
  assert_contains (text, "Goal fulfilment: Vårdens medarbetare");
  /* The ten proposals and their decisions, sub-projects 1–4 with what remains. */
  g_assert_cmpuint (kpt_count (text, "Run as a sub-project, 2021-03-11"), ==, 4);
  g_assert_cmpuint (kpt_count (text, "Handled by an existing network, 2021-"), ==, 4);
  g_assert_cmpuint (kpt_count (text, "Postponed, 2021-04-22"), ==, 2);
  assert_contains (text, "  10. Fortsatt erfarenhetsutbyte");
  assert_contains (text, "  4. Systematiskt nyttjande av kostnadsfria alternativ\n");
  assert_contains (text, "– Regelbunden uppföljning i MAS-nätverket avseende innehåll (MAS-nätverket)");
  assert_contains (text, "Steering group 11, MAS network 7, Elderly care network 4");
}

static char *
run_summary (const char  *path,
             const char  *language,
             int         *status,
             char       **err)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *bin = g_getenv ("KOMPETENSPLAN_BIN");
  const char *argv[] = { bin, "--summary", path, NULL };
  char *out = NULL;

  g_assert_nonnull (bin);
  env = g_environ_setenv (env, "LANGUAGE", language, TRUE);
  env = g_environ_setenv (env, "LC_ALL", g_str_equal (language, "sv") ? "sv_SE.UTF-8" : "C.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, err, status, &error));
  g_assert_no_error (error);
  return out;
}

static void
test_cli (void)
{
  g_autofree char *dir = kpt_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "vm.kplan", NULL);
  g_autofree char *missing = g_build_filename (dir, "saknas.kplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) doc = kp_example_write (kp_example_default (), file, &error);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *sv = NULL;
  g_autofree char *sv_err = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *bad_err = NULL;
  int status;

  g_assert_no_error (error);
  g_clear_object (&doc);
  /* No display needed. */
  out = run_summary (path, "en", &status, &err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  assert_contains (out, "Vårdens medarbetare\n");
  assert_contains (out, "Key figures");
  assert_contains (out, "Goal fulfilment: Vårdens medarbetare");
  assert_contains (out, "Proposals and decisions");
  g_assert_cmpstr (err, ==, "");

  /* In the user's language. */
  sv = run_summary (path, "sv", &status, &sv_err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  assert_contains (sv, "Drivs som delprojekt, 2021-03-11");
  assert_contains (sv, "Skjuts upp, 2021-04-22");
  assert_contains (sv, "Styrgrupp 11");
  g_assert_null (strstr (sv, "Run as a sub-project"));

  /* A file that is not there: exit 1 and one sentence. */
  bad = run_summary (missing, "en", &status, &bad_err);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_cmpstr (bad, ==, "");
  g_assert_cmpuint (kpt_count (bad_err, "\n"), ==, 1);
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
  g_test_add_func ("/summary/goal-report", test_goal_report);
  g_test_add_func ("/summary/key-texts", test_key_texts);
  g_test_add_func ("/summary/text", test_summary_text);
  g_test_add_func ("/summary/cli", test_cli);
  return g_test_run ();
}
