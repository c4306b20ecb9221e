/* kp-format.h: numbers and dates as users read and type them, in their own locale. */
#pragma once

#include "kp-types.h"

G_BEGIN_DECLS

/* "1 234,5" in Swedish, "1,234.5" in English; at most `decimals` decimals, trailing zeros
 * dropped. NAN gives "". */
char    *kp_format_number (double      value,
                           int         decimals);
/* Accepts the user's locale and the C locale: "1 234,5", "1234.5", "1,5", "-3". Thousands
 * separators (space, no-break space, or the locale's) are ignored; an empty text is NAN.
 * Returns FALSE for anything else. */
gboolean kp_parse_number  (const char *text,
                           double     *value);

G_END_DECLS
