/* kp-warnings.c: soft rules whose values are kept, with a sentence that says what was
 * expected. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-date.h"
#include "kp-warnings.h"

G_DEFINE_QUARK (kp-warning-quark, kp_warning)

gboolean
kp_luhn_valid (const char *digits)
{
  gsize n = digits != NULL ? strlen (digits) : 0;
  int sum = 0;

  if (n == 0)
    return FALSE;
  /* From the right: the check digit counts once, every second digit before it twice. */
  for (gsize i = 0; i < n; i++)
    {
      char c = digits[n - 1 - i];
      int v;

      if (!g_ascii_isdigit (c))
        return FALSE;
      v = (c - '0') * (i % 2 == 1 ? 2 : 1);
      sum += v > 9 ? v - 9 : v;
    }
  return sum % 10 == 0;
}

/* The digit that makes `digits` followed by it pass the Luhn check. */
static int
luhn_check_digit (const char *digits)
{
  for (int d = 0; d <= 9; d++)
    {
      g_autofree char *all = g_strdup_printf ("%s%d", digits, d);

      if (kp_luhn_valid (all))
        return d;
    }
  g_return_val_if_reached (0);
}

gboolean
kp_check_org_number (const char  *text,
                     GError     **warning)
{
  g_autofree char *t = g_strstrip (g_strdup (text != NULL ? text : ""));
  char digits[11];

  if (*t == '\0')
    return TRUE;
  if (strlen (t) != 11 || t[6] != '-')
    goto bad_format;
  for (int i = 0, j = 0; i < 11; i++)
    {
      if (i == 6)
        continue;
      if (!g_ascii_isdigit (t[i]))
        goto bad_format;
      digits[j++] = t[i];
    }
  digits[10] = '\0';
  if (!kp_luhn_valid (digits))
    {
      char first9[10];

      memcpy (first9, digits, 9);
      first9[9] = '\0';
      g_set_error (warning, KP_WARNING, KP_WARNING_ORG_NUMBER_CHECK_DIGIT,
                   /* Translators: NNNNNN-NNNN is the form of an organisation number; keep it */
                   _("The check digit of “%s” is wrong: an organisation number has the form "
                     "NNNNNN-NNNN and its last digit follows from the others (here it would be %d)."),
                   _("Organisation number"), luhn_check_digit (first9));
      return FALSE;
    }
  return TRUE;

bad_format:
  g_set_error (warning, KP_WARNING, KP_WARNING_ORG_NUMBER_FORMAT,
               /* Translators: NNNNNN-NNNN is the form of an organisation number; keep it */
               _("“%s” should have the form NNNNNN-NNNN, for example 212000-0449."),
               _("Organisation number"));
  return FALSE;
}

gboolean
kp_check_case_number (const char  *text,
                      GError     **warning)
{
  /* ESF+ case ids (23-023-S04), and registry numbers: an optional register prefix, a year,
   * / or - and a serial number, with an optional part number (KS 2021/123, 2014-01189). */
  static const char *pattern =
    "^(\\d{2}-\\d{3}-[A-Z]\\d{2}"
    "|([A-ZÅÄÖ]{1,8}[ -]?)?(19|20|21)\\d{2}[/-]\\d{1,7}([-:.]\\d{1,4})?)$";
  static GRegex *regex;
  g_autofree char *t = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*t == '\0')
    return TRUE;
  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL));
  if (g_regex_match (regex, t, 0, NULL))
    return TRUE;
  g_set_error (warning, KP_WARNING, KP_WARNING_CASE_NUMBER_FORMAT,
               _("“%s” has an unusual form. Expected an ESF+ case id such as 23-023-S04, "
                 "or a registry number such as 2021/123 or KS 2021/123."),
               _("Case number"));
  return FALSE;
}

gboolean
kp_check_decision_date (KpEntity  *project,
                        KpEntity  *proposal,
                        GError   **warning)
{
  KpDate date = kp_entity_get_date (proposal, "decision-date");
  KpDate start = kp_entity_get_date (project, "start-date");
  KpDate end = kp_entity_get_date (project, "end-date");
  char d[KP_DATE_ISO_SIZE], s[KP_DATE_ISO_SIZE], e[KP_DATE_ISO_SIZE];

  if (date == KP_DATE_NONE || ((start == KP_DATE_NONE || date >= start) && (end == KP_DATE_NONE || date <= end)))
    return TRUE;
  kp_date_format_iso (date, d);
  kp_date_format_iso (start, s);
  kp_date_format_iso (end, e);
  if (start != KP_DATE_NONE && end != KP_DATE_NONE)
    g_set_error (warning, KP_WARNING, KP_WARNING_DECISION_DATE_OUTSIDE,
                 /* Translators: “Decision date” (2019-05-01) is outside the project, which runs from … to … */
                 _("“%s” (%s) is outside the project, which runs from %s to %s."),
                 _("Decision date"), d, s, e);
  else if (start != KP_DATE_NONE)
    g_set_error (warning, KP_WARNING, KP_WARNING_DECISION_DATE_OUTSIDE,
                 _("“%s” (%s) is before the project starts (%s)."), _("Decision date"), d, s);
  else
    g_set_error (warning, KP_WARNING, KP_WARNING_DECISION_DATE_OUTSIDE,
                 _("“%s” (%s) is after the project ends (%s)."), _("Decision date"), d, e);
  return FALSE;
}

gboolean
kp_check_override_reason (KpEntity  *goal,
                          GError   **warning)
{
  g_autofree char *reason = g_strstrip (g_strdup (kp_entity_get_text (goal, "override-reason")));

  if (*kp_entity_get_text (goal, "status-override") == '\0' || *reason != '\0')
    return TRUE;
  g_set_error (warning, KP_WARNING, KP_WARNING_OVERRIDE_WITHOUT_REASON,
               _("“%s” is set without a reason: fill in “%s”."),
               _("Status set by hand"), _("Reason for the status"));
  return FALSE;
}
