/* kp-csv-reader.c: a streaming CSV reader with encoding and separator detection.
 *
 * Written here because GLib has no CSV parser: GKeyFile and GScanner know neither quoted
 * fields with line breaks nor doubled quotes. Decoding uses GLib (g_utf8_validate() and
 * g_convert() for Windows-1252, which maps one byte to one character, so that chunks can be
 * converted one at a time).
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-csv-reader.h"

#define CHUNK 65536

typedef enum
{
  MODE_ASCII,    /* nothing but ASCII so far: either encoding would do */
  MODE_UTF8,
  MODE_CP1252,
} Mode;

struct _KpCsvReader
{
  GInputStream *stream;
  guint8 *raw;
  guint8 pending[4];       /* the start of a UTF-8 character cut by the chunk's end */
  gsize n_pending;
  gboolean first_chunk;
  gboolean bom;
  gboolean eof;
  Mode mode;
  guint64 bytes_read;

  GString *text;           /* decoded, not yet parsed (from pos) */
  gsize pos;
  guint decoded_lines;     /* line breaks decoded so far, for errors in the bytes */
  guint line;              /* the line at pos */
  guint error_line;        /* where the last error was found */
  char separator;
  GString *field;
};

KpCsvReader *
kp_csv_reader_new (GInputStream *stream)
{
  KpCsvReader *self = g_new0 (KpCsvReader, 1);

  self->stream = g_object_ref (stream);
  self->raw = g_malloc (CHUNK);
  self->first_chunk = TRUE;
  self->text = g_string_sized_new (CHUNK * 2);
  self->field = g_string_new (NULL);
  self->line = 1;
  return self;
}

void
kp_csv_reader_free (KpCsvReader *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->stream);
  g_free (self->raw);
  g_string_free (self->text, TRUE);
  g_string_free (self->field, TRUE);
  g_free (self);
}

const char *
kp_csv_reader_get_encoding (KpCsvReader *self)
{
  if (self->mode == MODE_CP1252)
    return "Windows-1252";
  return self->bom ? "UTF-8 with BOM" : "UTF-8";
}

char
kp_csv_reader_get_separator (KpCsvReader *self)
{
  return self->separator != '\0' ? self->separator : ';';
}

guint
kp_csv_reader_get_error_line (KpCsvReader *self)
{
  return self->error_line;
}

guint64
kp_csv_reader_get_bytes_read (KpCsvReader *self)
{
  return self->bytes_read;
}

/* ---- decoding ------------------------------------------------------------------------ */

static guint
count_lines (const guint8 *p,
             gsize         n)
{
  guint lines = 0;

  for (gsize i = 0; i < n; i++)
    if (p[i] == '\n')
      lines++;
  return lines;
}

/* Whether the bytes are the beginning of one UTF-8 character that the next chunk ends. */
static gboolean
incomplete_character (const guint8 *p,
                      gsize         n)
{
  gsize need;

  if (n == 0 || n > 3)
    return FALSE;
  if (p[0] >= 0xC2 && p[0] <= 0xDF)
    need = 2;
  else if (p[0] >= 0xE0 && p[0] <= 0xEF)
    need = 3;
  else if (p[0] >= 0xF0 && p[0] <= 0xF4)
    need = 4;
  else
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if ((p[i] & 0xC0) != 0x80)
      return FALSE;
  return n < need;
}

static gboolean
encoding_error (KpCsvReader   *self,
                const guint8  *chunk,
                gsize          offset,
                const char    *what,
                GError       **error)
{
  guint line = self->decoded_lines + 1 + count_lines (chunk, offset);

  self->error_line = line;
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_ENCODING,
               /* Translators: %u is a line number, %s the name of an encoding */
               _("Line %u: the file is not valid %s text. Save it as “CSV UTF-8” and try again."),
               line, what);
  return FALSE;
}

static void
append_decoded (KpCsvReader *self,
                const char  *text,
                gsize        n)
{
  g_string_append_len (self->text, text, (gssize) n);
  self->decoded_lines += count_lines ((const guint8 *) text, n);
}

static gboolean
append_cp1252 (KpCsvReader   *self,
               const guint8  *p,
               gsize          n,
               GError       **error)
{
  gsize read = 0, written = 0;
  g_autofree char *utf8 = NULL;

  if (n == 0)
    return TRUE;
  utf8 = g_convert ((const char *) p, (gssize) n, "UTF-8", "WINDOWS-1252", &read, &written, NULL);
  if (utf8 == NULL)
    return encoding_error (self, p, read, "UTF-8 or Windows-1252", error);
  append_decoded (self, utf8, written);
  return TRUE;
}

/* Decodes one chunk (after whatever the last one left pending) onto self->text. */
static gboolean
decode (KpCsvReader   *self,
        const guint8  *chunk,
        gsize          n,
        GError       **error)
{
  g_autofree guint8 *joined = NULL;
  const guint8 *p = chunk;
  const char *end;
  gboolean ascii = TRUE;

  if (self->n_pending > 0)
    {
      joined = g_malloc (self->n_pending + n);
      memcpy (joined, self->pending, self->n_pending);
      memcpy (joined + self->n_pending, chunk, n);
      p = joined;
      n += self->n_pending;
      self->n_pending = 0;
    }
  if (self->first_chunk)
    {
      self->first_chunk = FALSE;
      if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
        {
          g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_ENCODING,
                       _("The file is in UTF-16. Save it as “CSV UTF-8” and try again."));
          return FALSE;
        }
      if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        {
          self->bom = TRUE;
          self->mode = MODE_UTF8;
          p += 3;
          n -= 3;
        }
    }
  {
    const guint8 *nul = memchr (p, '\0', n);

    if (nul != NULL)
      {
        self->error_line = self->decoded_lines + 1 + count_lines (p, (gsize) (nul - p));
        g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                     _("Line %u: the file contains binary data; it is not a CSV file."),
                     self->decoded_lines + 1 + count_lines (p, (gsize) (nul - p)));
        return FALSE;
      }
  }
  if (self->mode == MODE_CP1252)
    return append_cp1252 (self, p, n, error);
  for (gsize i = 0; i < n && ascii; i++)
    ascii = p[i] < 0x80;
  if (ascii)
    {
      append_decoded (self, (const char *) p, n);
      return TRUE;
    }
  if (g_utf8_validate ((const char *) p, (gssize) n, &end) ||
      incomplete_character ((const guint8 *) end, n - (gsize) ((const guint8 *) end - p)))
    {
      gsize good = (gsize) ((const guint8 *) end - p);

      self->mode = MODE_UTF8;
      append_decoded (self, (const char *) p, good);
      self->n_pending = n - good;
      memcpy (self->pending, end, self->n_pending);
      return TRUE;
    }
  if (self->mode == MODE_UTF8)
    return encoding_error (self, p, (gsize) ((const guint8 *) end - p), "UTF-8", error);
  /* Not UTF-8, and nothing but ASCII before: the file is Windows-1252 from the start, and
   * the text decoded so far reads the same in it. */
  self->mode = MODE_CP1252;
  return append_cp1252 (self, p, n, error);
}

/* Reads and decodes the next chunk; FALSE on an error. Sets eof at the end. */
static gboolean
fill (KpCsvReader   *self,
      GCancellable  *cancellable,
      GError       **error)
{
  gssize got;

  /* Drop what has been parsed before it piles up. */
  if (self->pos > 0 && (self->pos >= CHUNK || self->pos * 2 >= self->text->len))
    {
      g_string_erase (self->text, 0, (gssize) self->pos);
      self->pos = 0;
    }
  got = g_input_stream_read (self->stream, self->raw, CHUNK, cancellable, error);
  if (got < 0)
    return FALSE;
  if (got == 0)
    {
      self->eof = TRUE;
      if (self->n_pending > 0)
        return encoding_error (self, self->pending, 0, "UTF-8", error);
      return TRUE;
    }
  self->bytes_read += (guint64) got;
  return decode (self, self->raw, (gsize) got, error);
}

/* ---- records ------------------------------------------------------------------------- */

typedef enum
{
  SCAN_RECORD,
  SCAN_MORE,     /* the buffer ends before the record does */
  SCAN_ERROR,
} Scan;

/* The separator the first record uses more, outside quotes. */
static Scan
detect_separator (KpCsvReader *self)
{
  const char *t = self->text->str;
  gsize n = self->text->len;
  guint semicolons = 0, commas = 0;
  gboolean quoted = FALSE, ended = FALSE;
  gsize start = self->pos;

  /* Empty lines before the header say nothing. */
  while (start < n && (t[start] == '\n' || t[start] == '\r' || t[start] == ' '))
    start++;
  if (start == n && !self->eof)
    return n - self->pos > KP_CSV_MAX_RECORD_BYTES ? SCAN_ERROR : SCAN_MORE;
  for (gsize i = start; i < n && !ended; i++)
    {
      if (t[i] == '"')
        quoted = !quoted;
      else if (!quoted && (t[i] == '\n' || t[i] == '\r'))
        ended = TRUE;
      else if (!quoted && t[i] == ';')
        semicolons++;
      else if (!quoted && t[i] == ',')
        commas++;
    }
  if (!ended && !self->eof)
    return n - self->pos > KP_CSV_MAX_RECORD_BYTES ? SCAN_ERROR : SCAN_MORE;
  self->separator = semicolons >= commas && semicolons > 0 ? ';' : commas > 0 ? ',' : ';';
  return SCAN_RECORD;
}

static Scan
scan_record (KpCsvReader *self,
             GPtrArray   *fields,
             guint       *breaks,
             GError     **error)
{
  const char *t = self->text->str;
  gsize n = self->text->len, i = self->pos;
  gboolean quoted = FALSE, was_quoted = FALSE;
  char sep = self->separator;

  g_ptr_array_set_size (fields, 0);
  g_string_truncate (self->field, 0);
  *breaks = 0;
  for (;;)
    {
      char c;

      if (i - self->pos > KP_CSV_MAX_RECORD_BYTES || fields->len >= KP_CSV_MAX_FIELDS)
        {
          self->error_line = self->line;
          g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_TOO_LARGE,
                       i - self->pos > KP_CSV_MAX_RECORD_BYTES
                       ? _("Line %u is longer than a CSV row can be (1 MB).")
                       : _("Line %u has more columns than a CSV row can have (256)."), self->line);
          return SCAN_ERROR;
        }
      if (i == n)
        {
          if (!self->eof)
            return SCAN_MORE;
          if (quoted)
            {
              self->error_line = self->line;
              g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_MALFORMED,
                           _("Line %u: a quoted field starts here and never ends."), self->line);
              return SCAN_ERROR;
            }
          if (i == self->pos)
            return SCAN_RECORD;   /* the end: no record */
          g_ptr_array_add (fields, g_strndup (self->field->str, self->field->len));
          self->pos = i;
          return SCAN_RECORD;
        }
      c = t[i];
      if (quoted)
        {
          if (c == '"')
            {
              if (i + 1 == n && !self->eof)
                return SCAN_MORE;
              if (i + 1 < n && t[i + 1] == '"')
                {
                  g_string_append_c (self->field, '"');
                  i += 2;
                  continue;
                }
              quoted = FALSE;
              i++;
              continue;
            }
          if (c == '\n' || (c == '\r' && (i + 1 == n || t[i + 1] != '\n')))
            (*breaks)++;
          g_string_append_c (self->field, c);
          i++;
          continue;
        }
      if (c == sep)
        {
          g_ptr_array_add (fields, g_strndup (self->field->str, self->field->len));
          g_string_truncate (self->field, 0);
          was_quoted = FALSE;
          i++;
          continue;
        }
      if (c == '\n' || c == '\r')
        {
          if (c == '\r' && i + 1 == n && !self->eof)
            return SCAN_MORE;
          g_ptr_array_add (fields, g_strndup (self->field->str, self->field->len));
          i += (c == '\r' && i + 1 < n && t[i + 1] == '\n') ? 2 : 1;
          self->pos = i;
          return SCAN_RECORD;
        }
      /* A quote opens a quoted field only at its start; elsewhere it is a character, as
       * Excel reads it. */
      if (c == '"' && self->field->len == 0 && !was_quoted)
        {
          quoted = TRUE;
          was_quoted = TRUE;
          i++;
          continue;
        }
      /* The ordinary characters up to the next that means something, all at once. */
      {
        gsize j = i + 1, end = MIN (n, self->pos + KP_CSV_MAX_RECORD_BYTES + 1);

        while (j < end && t[j] != sep && t[j] != '\n' && t[j] != '\r' && t[j] != '"')
          j++;
        g_string_append_len (self->field, t + i, (gssize) (j - i));
        i = j;
      }
    }
}

static gboolean
all_empty (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const char *f = fields->pdata[i];

      while (*f == ' ' || *f == '\t')
        f++;
      if (*f != '\0')
        return FALSE;
    }
  return TRUE;
}

gboolean
kp_csv_reader_next (KpCsvReader   *self,
                    GPtrArray     *fields,
                    guint         *line,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_ptr_array_set_free_func (fields, g_free);
  for (;;)
    {
      guint breaks = 0, start;
      Scan scan;

      if (self->separator == '\0')
        {
          scan = self->text->len > self->pos ? detect_separator (self) : SCAN_MORE;
          if (scan == SCAN_ERROR)
            {
              self->error_line = self->line;
              g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_TOO_LARGE,
                           _("Line %u is longer than a CSV row can be (1 MB)."), self->line);
              return FALSE;
            }
          if (scan == SCAN_MORE)
            {
              if (self->eof)
                {
                  g_ptr_array_set_size (fields, 0);
                  return FALSE;
                }
              if (!fill (self, cancellable, error))
                return FALSE;
              continue;
            }
        }
      start = self->line;
      scan = scan_record (self, fields, &breaks, error);
      if (scan == SCAN_ERROR)
        return FALSE;
      if (scan == SCAN_MORE)
        {
          if (!fill (self, cancellable, error))
            return FALSE;
          continue;
        }
      if (fields->len == 0)
        return FALSE;   /* the end */
      self->line += 1 + breaks;
      if (all_empty (fields))
        continue;
      *line = start;
      return TRUE;
    }
}
