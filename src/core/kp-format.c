/* kp-format.c: locale-aware numbers for display and input. */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kp-format.h"

static const char *
decimal_point (void)
{
  const char *p = nl_langinfo (RADIXCHAR);

  return p != NULL && *p ? p : ".";
}

static const char *
thousands_sep (void)
{
  const char *p = nl_langinfo (THOUSEP);

  return p != NULL ? p : "";
}

char *
kp_format_number (double value,
                  int    decimals)
{
  g_autofree char *text = NULL;
  char *end;

  if (isnan (value))
    return g_strdup ("");
  /* glibc's ' flag groups thousands as the locale does. */
  text = g_strdup_printf ("%'.*f", decimals, value);
  if (decimals > 0)
    {
      const char *point = decimal_point ();
      char *dot = strstr (text, point);

      if (dot != NULL)
        {
          end = text + strlen (text) - 1;
          while (end > dot && *end == '0')
            *end-- = '\0';
          if (end == dot + strlen (point) - 1)
            *dot = '\0';
        }
    }
  if (g_str_equal (text, "-0"))
    return g_strdup ("0");
  return g_steal_pointer (&text);
}

gboolean
kp_parse_number (const char *text,
                 double     *value)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *sep = thousands_sep ();
  const char *point = decimal_point ();
  const char *p;
  char *end;
  double v;
  guint n_points = 0;

  if (text == NULL)
    return FALSE;
  for (p = text; *p; )
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || (*sep && g_str_has_prefix (p, sep) && !g_str_equal (sep, point)))
        {
          p += (*sep && g_str_has_prefix (p, sep)) ? strlen (sep) : (gsize) g_utf8_skip[*(guchar *) p];
          continue;
        }
      if (g_str_has_prefix (p, point) || c == '.' || c == ',')
        {
          g_string_append_c (clean, '.');
          n_points++;
          p += g_str_has_prefix (p, point) ? strlen (point) : 1;
          continue;
        }
      if (c == 0x2212)  /* minus sign */
        c = '-';
      if (!(g_ascii_isdigit (c) || ((c == '-' || c == '+') && clean->len == 0)))
        return FALSE;
      g_string_append_c (clean, (char) c);
      p = g_utf8_next_char (p);
    }
  if (clean->len == 0)
    {
      *value = NAN;
      return TRUE;
    }
  if (n_points > 1)
    return FALSE;
  v = g_ascii_strtod (clean->str, &end);
  if (*end != '\0' || end == clean->str || !isfinite (v))
    return FALSE;
  *value = v;
  return TRUE;
}
