/* kp-goal-target.c: range targets, parsed and written as users read them. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-format.h"
#include "kp-goal-target.h"
#include "kp-validate.h"

/* Where the range's dash is: a hyphen, en dash or em dash that follows a digit (blanks may
 * stand between), so that a leading minus sign is not taken for it. */
static const char *
find_dash (const char *text,
           gsize      *dash_len)
{
  gboolean after_digit = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (after_digit && (c == '-' || c == 0x2013 || c == 0x2014))
        {
          *dash_len = g_utf8_skip[*(const guchar *) p];
          return p;
        }
      if (g_unichar_isdigit (c))
        after_digit = TRUE;
      else if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F && c != ',' && c != '.')
        after_digit = FALSE;
    }
  return NULL;
}

static gboolean
parse_part (const char  *text,
            double      *value,
            GError     **error)
{
  g_autofree char *part = g_strstrip (g_strdup (text));

  if (*part == '\0' || !kp_parse_number (part, value) || isnan (*value))
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_NOT_A_NUMBER,
                   /* Translators: %s is “Target” */
                   _("“%s” must be a number, or a range such as 8–16."), _("Target"));
      return FALSE;
    }
  return TRUE;
}

gboolean
kp_goal_target_parse (const char  *text,
                      double      *low,
                      double      *high,
                      GError     **error)
{
  g_autofree char *t = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *dash;
  gsize dash_len = 0;
  double lo, hi = NAN;

  if (!g_utf8_validate (t, -1, NULL))
    return parse_part ("", &lo, error);
  if (*t == '\0')
    {
      *low = *high = NAN;
      return TRUE;
    }
  dash = find_dash (t, &dash_len);
  if (dash == NULL)
    {
      if (!parse_part (t, &lo, error))
        return FALSE;
    }
  else
    {
      g_autofree char *first = g_strndup (t, dash - t);

      if (!parse_part (first, &lo, error) || !parse_part (dash + dash_len, &hi, error))
        return FALSE;
      if (lo > hi)
        {
          g_autofree char *a = kp_format_number (lo, 2);
          g_autofree char *b = kp_format_number (hi, 2);

          g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_RANGE_INVERTED,
                       _("The low end of “%s” (%s) is above its high end (%s)."), _("Target"), a, b);
          return FALSE;
        }
    }
  *low = lo;
  *high = hi;
  return TRUE;
}

char *
kp_goal_target_format (double low,
                       double high)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (isnan (low))
    return g_strdup ("");
  a = kp_format_number (low, 2);
  if (isnan (high) || high == low)
    return g_steal_pointer (&a);
  b = kp_format_number (high, 2);
  return g_strdup_printf ("%s–%s", a, b);
}
