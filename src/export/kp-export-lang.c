/* kp-export-lang.c: looking strings up in a compiled message catalogue (.mo).
 *
 * GLib has no reader for .mo files and gettext none that is independent of the process's
 * locale (see kp-export-lang.h), so the small format is read here: a header, two tables
 * of (length, offset) pairs for the original and translated strings, and the strings. Every
 * offset is checked against the file's size. Plural forms are not needed by the exports;
 * a plural entry stands for its singular.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-export.h"
#include "kp-export-lang.h"

#define MO_MAGIC         0x950412deu
#define MO_MAGIC_SWAPPED 0xde120495u

struct _KpTranslator
{
  char *language;
  GBytes *data;         /* the catalogue; the table points into it */
  GHashTable *strings;  /* msgid (or "context\004msgid") → translation */
};

gboolean
kp_translator_is_supported (const char *language)
{
  static const char *const known[] = { KP_EXPORT_LANGUAGES };

  for (guint i = 0; language != NULL && i < G_N_ELEMENTS (known); i++)
    if (g_str_equal (language, known[i]))
      return TRUE;
  return FALSE;
}

const char *
kp_translator_default_language (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "sv"))
        return "sv";
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C"))
        return "en";
    }
  return "en";
}

const char *
kp_translator_default_locale_dir (void)
{
  const char *dir = g_getenv ("KOMPETENSPLAN_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

static guint32
read_u32 (const guint8 *p,
          gboolean      swapped)
{
  guint32 v;

  memcpy (&v, p, 4);
  return swapped ? GUINT32_SWAP_LE_BE (v) : v;
}

/* The NUL-terminated string of table entry i, or NULL when it lies outside the file. */
static const char *
mo_string (const guint8 *base,
           gsize         size,
           guint32       table,
           guint32       i,
           gboolean      swapped)
{
  guint64 entry = (guint64) table + (guint64) i * 8;
  guint32 length, offset;

  if (entry + 8 > size)
    return NULL;
  length = read_u32 (base + entry, swapped);
  offset = read_u32 (base + entry + 4, swapped);
  if ((guint64) offset + length >= size || base[offset + length] != '\0')
    return NULL;
  return (const char *) base + offset;
}

static gboolean
parse_catalogue (KpTranslator  *self,
                 const char    *path,
                 GError       **error)
{
  gsize size;
  const guint8 *base = g_bytes_get_data (self->data, &size);
  gboolean swapped;
  guint32 magic, n, originals, translations;

  if (size < 28)
    goto damaged;
  memcpy (&magic, base, 4);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    goto damaged;
  swapped = magic == MO_MAGIC_SWAPPED;
  if ((read_u32 (base + 4, swapped) >> 16) > 1)
    goto damaged;
  n = read_u32 (base + 8, swapped);
  originals = read_u32 (base + 12, swapped);
  translations = read_u32 (base + 16, swapped);
  for (guint32 i = 0; i < n; i++)
    {
      const char *id = mo_string (base, size, originals, i, swapped);
      const char *str = mo_string (base, size, translations, i, swapped);

      if (id == NULL || str == NULL || !g_utf8_validate (str, -1, NULL))
        goto damaged;
      if (*id != '\0' && *str != '\0')
        g_hash_table_insert (self->strings, (gpointer) id, (gpointer) str);
    }
  return TRUE;

damaged:
  g_set_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_LANGUAGE,
               _("The translations in “%s” are damaged."), path);
  return FALSE;
}

KpTranslator *
kp_translator_new (const char  *language,
                   const char  *locale_dir,
                   GError     **error)
{
  g_autoptr(KpTranslator) self = g_new0 (KpTranslator, 1);
  const char *dir = locale_dir != NULL ? locale_dir : kp_translator_default_locale_dir ();
  g_autofree char *path = NULL;
  g_autoptr(GMappedFile) mapped = NULL;

  if (!kp_translator_is_supported (language))
    {
      g_set_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_LANGUAGE,
                   _("“%s” is not a language Kompetensplan can export in: use sv or en."),
                   language != NULL ? language : "");
      return NULL;
    }
  self->language = g_strdup (language);
  self->strings = g_hash_table_new (g_str_hash, g_str_equal);
  if (g_str_equal (language, "en"))
    return g_steal_pointer (&self);

  path = g_build_filename (dir, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  mapped = g_mapped_file_new (path, FALSE, NULL);
  if (mapped == NULL)
    {
      g_set_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_LANGUAGE,
                   _("The translations for “%s” are not installed (looked for “%s”)."),
                   language, path);
      return NULL;
    }
  self->data = g_mapped_file_get_bytes (mapped);
  if (!parse_catalogue (self, path, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
kp_translator_free (KpTranslator *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->strings, g_hash_table_unref);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_free (self->language);
  g_free (self);
}

const char *
kp_translator_get_language (KpTranslator *self)
{
  return self->language;
}

const char *
kp_tr (KpTranslator *self,
       const char   *msgid)
{
  const char *found;

  if (msgid == NULL || *msgid == '\0')
    return msgid;
  found = g_hash_table_lookup (self->strings, msgid);
  return found != NULL ? found : msgid;
}

const char *
kp_trc (KpTranslator *self,
        const char   *context,
        const char   *msgid)
{
  g_autofree char *key = g_strconcat (context, "\004", msgid, NULL);
  const char *found = g_hash_table_lookup (self->strings, key);

  return found != NULL ? found : msgid;
}
