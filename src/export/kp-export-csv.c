/* kp-export-csv.c: any table as CSV, the way a spreadsheet in the chosen language reads
 * it back: Swedish with ';' and a decimal comma, English with ',' and a decimal point,
 * UTF-8 with a byte order mark (which tells Excel the encoding). */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kp-date.h"
#include "kp-export-private.h"

typedef struct
{
  KpTranslator *tr;
  char separator;
  char decimal;
} Dialect;

/* A spreadsheet evaluates a field that starts with one of these: = + - @ (and tab or CR,
 * which some strip first). Such text gets a leading apostrophe, the usual guard. */
static gboolean
looks_like_formula (const char *text)
{
  return text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

static void
append_field (GString    *out,
              const char *text,
              gboolean    is_text,
              char        separator)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  gboolean guard = is_text && looks_like_formula (valid);
  gboolean quote = guard || strchr (valid, separator) != NULL || strpbrk (valid, "\"\n\r") != NULL ||
                   (valid[0] == ' ' || (valid[0] != '\0' && valid[strlen (valid) - 1] == ' '));

  if (!quote)
    {
      g_string_append (out, valid);
      return;
    }
  g_string_append_c (out, '"');
  if (guard)
    g_string_append_c (out, '\'');
  for (const char *p = valid; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
format_number (double value,
               char   decimal)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("");
  /* g_ascii_formatd() ignores the locale: the decimal mark is set here, and only here. */
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (decimal != '.')
    for (char *p = buf; *p; p++)
      if (*p == '.')
        *p = decimal;
  return g_strdup (buf);
}

static char *
field_text (KpEntity      *e,
            guint          i,
            KpDocument    *document,
            const Dialect *d,
            gboolean      *is_text)
{
  const KpField *f = &kp_entity_get_desc (e)->fields[i];
  const KpValue *v = kp_entity_peek (e, i);

  *is_text = FALSE;
  switch (f->kind)
    {
    case KP_FIELD_TEXT:
    case KP_FIELD_PERIOD:
      *is_text = TRUE;
      return g_strdup (v->s);
    case KP_FIELD_CHOICE:
      {
        const KpChoice *choice = kp_catalog_find (f->catalog, v->s);

        *is_text = TRUE;
        return g_strdup (choice != NULL ? kp_tr (d->tr, choice->label) : v->s);
      }
    case KP_FIELD_REAL:
      return format_number (v->d, d->decimal);
    case KP_FIELD_INT:
      return format_number ((double) v->i, d->decimal);
    case KP_FIELD_BOOL:
      *is_text = TRUE;
      return g_strdup (kp_tr (d->tr, v->i ? N_("Yes") : N_("No")));
    case KP_FIELD_DATE:
      {
        char buf[KP_DATE_ISO_SIZE];

        return g_strdup (kp_date_format_iso ((KpDate) v->i, buf));
      }
    case KP_FIELD_REF:
    default:
      {
        KpEntity *target = v->i != 0 && document != NULL ? kp_document_lookup (document, f->target, v->i) : NULL;
        const KpEntityDesc *td = f->target;
        int name = -1;

        *is_text = TRUE;
        if (target == NULL)
          return v->i != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, v->i) : g_strdup ("");
        for (const char *const *n = (const char *const[]) { "name", "title", "text", NULL }; *n && name < 0; n++)
          name = kp_entity_desc_field_index (td, *n);
        if (name < 0)
          return g_strdup_printf ("%" G_GINT64_FORMAT, v->i);
        /* A shipped role or competence is shown by its translated label. */
        if (td == &kp_desc_role || td == &kp_desc_competence)
          {
            const KpCatalog *cat = td == &kp_desc_role ? &kp_catalog_default_role : &kp_catalog_default_competence;
            const KpChoice *choice = kp_catalog_find (cat, kp_entity_get_text (target, "key"));

            if (choice != NULL && g_str_equal (choice->label, kp_entity_get_text (target, "name")))
              return g_strdup (kp_tr (d->tr, choice->label));
          }
        return g_strdup (kp_entity_peek (target, (guint) name)->s);
      }
    }
}

char *
kp_export_csv_to_string (GListModel          *rows,
                         const KpEntityDesc  *desc,
                         KpDocument          *document,
                         const char          *language,
                         const char          *locale_dir,
                         GError             **error)
{
  g_autoptr(KpTranslator) tr = kp_translator_new (language != NULL ? language : kp_translator_default_language (),
                                                   locale_dir, error);
  GString *out;
  Dialect d;
  gboolean first = TRUE;

  if (tr == NULL)
    return NULL;
  d.tr = tr;
  d.separator = g_str_equal (kp_translator_get_language (tr), "sv") ? ';' : ',';
  d.decimal = d.separator == ';' ? ',' : '.';
  out = g_string_new ("\xEF\xBB\xBF");
  for (guint i = 0; i < desc->n_fields; i++)
    {
      if (desc->fields[i].flags & KP_FIELD_HIDDEN)
        continue;
      if (!first)
        g_string_append_c (out, d.separator);
      append_field (out, kp_tr (tr, desc->fields[i].label), TRUE, d.separator);
      first = FALSE;
    }
  g_string_append (out, "\r\n");
  for (guint r = 0, n = g_list_model_get_n_items (rows); r < n; r++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (rows, r);

      g_return_val_if_fail (kp_entity_get_desc (e) == desc, NULL);
      first = TRUE;
      for (guint i = 0; i < desc->n_fields; i++)
        {
          g_autofree char *text = NULL;
          gboolean is_text;

          if (desc->fields[i].flags & KP_FIELD_HIDDEN)
            continue;
          text = field_text (e, i, document, &d, &is_text);
          if (!first)
            g_string_append_c (out, d.separator);
          append_field (out, text, is_text, d.separator);
          first = FALSE;
        }
      /* RFC 4180 ends records with CRLF; Excel expects it too. */
      g_string_append (out, "\r\n");
    }
  return g_string_free (out, FALSE);
}

gboolean
kp_export_csv (GListModel          *rows,
               const KpEntityDesc  *desc,
               KpDocument          *document,
               GFile               *target,
               const char          *language,
               const char          *locale_dir,
               GError             **error)
{
  g_autofree char *text = kp_export_csv_to_string (rows, desc, document, language, locale_dir, error);
  g_autofree char *temp = NULL;
  gsize length;
  FILE *f;

  if (text == NULL)
    return FALSE;
  temp = kp_export_temp_beside (target, error);
  if (temp == NULL)
    return FALSE;
  length = strlen (text);
  f = g_fopen (temp, "wb");
  if (f == NULL || fwrite (text, 1, length, f) != length || fflush (f) != 0)
    {
      int err = errno;

      if (f != NULL)
        fclose (f);
      g_unlink (temp);
      kp_export_set_io_error (error, target, err);
      return FALSE;
    }
  if (fclose (f) != 0)
    {
      int err = errno;

      g_unlink (temp);
      kp_export_set_io_error (error, target, err);
      return FALSE;
    }
  return kp_export_commit (temp, target, error);
}
