/* kp-csv-reader.h: records of a CSV file as Swedish Excel and HR systems write it.
 *
 * Streaming: the file is read in chunks, decoded and split into records as it goes, so a
 * file of any size costs the same small memory, and a file that is not CSV fails on its
 * first bad chunk or record. Encoding: UTF-8 with or without a byte order mark, or
 * Windows-1252, detected from the bytes. Separator: ';' or ',', whichever the first record
 * (the header) uses more, outside quotes. Fields may be quoted with '"', and a quoted
 * field may hold separators, doubled quotes and line breaks. Lines end in CRLF, LF or CR.
 */
#pragma once

#include <gio/gio.h>

#include "kp-import.h"

G_BEGIN_DECLS

/* Errors are in the import module's domain, KP_IMPORT_ERROR (kp-import.h): ENCODING,
 * FORMAT (binary data), TOO_LARGE (a record beyond the limits below), MALFORMED (a quoted
 * field that never ends). */

/* Limits that keep a broken file from using unbounded memory. */
#define KP_CSV_MAX_RECORD_BYTES (1024 * 1024)
#define KP_CSV_MAX_FIELDS 256

typedef struct _KpCsvReader KpCsvReader;

KpCsvReader  *kp_csv_reader_new           (GInputStream  *stream);
void          kp_csv_reader_free          (KpCsvReader   *self);
/* The next record that has a non-empty field. fields is cleared and filled with the
 * record's fields (UTF-8, owned by fields); line is where the record starts (1-based).
 * Returns FALSE at the end (error unset) or on an error (which names the line). */
gboolean      kp_csv_reader_next          (KpCsvReader   *self,
                                           GPtrArray     *fields,
                                           guint         *line,
                                           GCancellable  *cancellable,
                                           GError       **error);
/* "UTF-8", "UTF-8 with BOM" or "Windows-1252": known after the first record. */
const char   *kp_csv_reader_get_encoding  (KpCsvReader   *self);
/* ';' or ',': known after the first record. */
char          kp_csv_reader_get_separator (KpCsvReader   *self);
guint64       kp_csv_reader_get_bytes_read (KpCsvReader  *self);
/* The line an error of kp_csv_reader_next() concerns, 0 if none. */
guint         kp_csv_reader_get_error_line (KpCsvReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCsvReader, kp_csv_reader_free)

G_END_DECLS
