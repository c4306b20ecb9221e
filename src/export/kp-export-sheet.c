/* kp-export-sheet.c: writing cells safely, fitting columns, print setup and charts; and
 * writing a file beside its target so that it appears only once complete. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kp-calendar.h"
#include "kp-date.h"
#include "kp-export-private.h"

/* Excel's limit for the text of one cell, in UTF-16 code units. */
#define EXCEL_CELL_MAX 32767
#define MAX_WIDTH 60.0
#define MIN_WIDTH 6.0

/* ---- text ---------------------------------------------------------------------------- */

static gboolean
xml_allowed (gunichar c)
{
  return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}

static gsize
utf16_length (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    n += g_utf8_get_char (p) >= 0x10000 ? 2 : 1;
  return n;
}

/* OOXML reads "_xHHHH_" in a string as an escaped character; a literal one is written
 * with its underscore escaped. libxlsxwriter 1.1.4 does not do that. */
static gboolean
at_escape (const char *p)
{
  if (p[0] != '_' || p[1] != 'x')
    return FALSE;
  for (int i = 2; i < 6; i++)
    if (!g_ascii_isxdigit (p[i]))
      return FALSE;
  return p[6] == '_';
}

char *
kp_export_clean_text (const char *text,
                      const char *cut_mark)
{
  g_autofree char *valid = NULL;
  GString *out;
  gsize limit, mark16, count16 = 0;
  gboolean cut = FALSE;

  if (text == NULL)
    return g_strdup ("");
  valid = g_utf8_make_valid (text, -1);
  mark16 = utf16_length (cut_mark);
  limit = EXCEL_CELL_MAX;
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize units = c >= 0x10000 ? 2 : 1;

      if (!xml_allowed (c))
        continue;
      /* The escape of "_xHHHH_" costs six characters of the cell's limit. */
      if (at_escape (p))
        units += 6;
      if (count16 + units > limit)
        {
          cut = TRUE;
          break;
        }
      count16 += units;
      if (at_escape (p))
        g_string_append (out, "_x005F");
      g_string_append_unichar (out, c);
    }
  if (cut)
    {
      /* Make room for the mark, then add it. */
      while (out->len > 0 && count16 + mark16 > limit)
        {
          const char *last = g_utf8_find_prev_char (out->str, out->str + out->len);
          gunichar c = g_utf8_get_char (last);

          count16 -= c >= 0x10000 ? 2 : 1;
          g_string_truncate (out, last - out->str);
          /* Never leave half an escape behind. */
          if (out->len >= 6 && g_str_has_suffix (out->str, "_x005F"))
            {
              g_string_truncate (out, out->len - 6);
              count16 -= 6;
            }
        }
      g_string_append (out, cut_mark);
    }
  return g_string_free (out, FALSE);
}

double
kp_export_serial (KpDate date)
{
  /* Excel counts 1900-02-29, which never was: serials from 1900-03-01 on are days since
   * 1899-12-30. */
  double serial = (double) (date - kp_date_from_ymd (1899, 12, 30));

  return date < kp_date_from_ymd (1900, 3, 1) ? serial - 1 : serial;
}

char *
kp_export_iso_week (KpDate date)
{
  int year, week;

  if (date == KP_DATE_NONE)
    return g_strdup ("");
  kp_date_iso_week (date, &year, &week);
  return g_strdup_printf ("%04d-W%02d", year, week);
}

/* ---- column widths ------------------------------------------------------------------- */

static void
grow (KpSheet   *sheet,
      lxw_col_t  col,
      double     width)
{
  double *current;

  if (col >= sheet->widths->len)
    g_array_set_size (sheet->widths, col + 1);
  current = &g_array_index (sheet->widths, double, col);
  /* A negative width was set by hand and stays. */
  if (*current >= 0 && width > *current)
    *current = width;
}

static void
note_cell (KpSheet   *sheet,
           lxw_row_t  row,
           lxw_col_t  col)
{
  sheet->last_row = MAX (sheet->last_row, row);
  sheet->last_col = MAX (sheet->last_col, col);
}

static double
text_width (const char *text)
{
  double widest = 0, line = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        {
          widest = MAX (widest, line);
          line = 0;
          continue;
        }
      line += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
    }
  return MAX (widest, line);
}

/* How many characters a number takes as its format shows it. */
static double
number_width (double   value,
              KpFormat format)
{
  double digits = fabs (value) >= 1 ? floor (log10 (fabs (value))) + 1 : 1;
  double separators = floor ((digits - 1) / 3);
  double sign = value < 0 ? 1 : 0;

  switch (format)
    {
    case KP_FMT_DATE:
      return 10;
    case KP_FMT_DATETIME:
      return 16;
    case KP_FMT_MONTH:
      return 7;
    case KP_FMT_PERCENT:
      return digits + 4 + sign;
    case KP_FMT_HOURS:
      return digits + separators + 2 + sign;
    case KP_FMT_DECIMAL:
    case KP_FMT_MONEY:
      return digits + separators + 3 + sign;
    case KP_FMT_INT:
    case KP_FMT_TEXT:
    case KP_FMT_WRAP:
    case KP_FMT_HEADER:
    case KP_FMT_TITLE:
    case KP_FMT_SUBTITLE:
    case KP_FMT_LABEL:
    case KP_FMT_GANTT:
    case KP_FMT_GANTT_PHASE:
    case KP_FMT_GANTT_MILESTONE:
    case KP_FMT_GANTT_HEADER:
    case KP_FMT_GANTT_TODAY:
    case KP_FMT_GANTT_TODAY_COLUMN:
    case KP_N_FORMATS:
    default:
      return digits + separators + sign;
    }
}

/* ---- cells --------------------------------------------------------------------------- */

static void
check (KpSheet    *sheet,
       lxw_error   err,
       lxw_row_t   row,
       lxw_col_t   col)
{
  /* Every value is made valid before it gets here, and rows are written in order: a
   * refusal is a bug in this file, not a problem of the user's data. */
  if (err != LXW_NO_ERROR)
    g_critical ("%s!R%uC%u: %s", sheet->name, (guint) row + 1, (guint) col + 1, lxw_strerror (err));
}

/* Whether text can go to the cell as it is: valid UTF-8 without control characters,
 * escapes or noncharacters, and short enough. Nearly all text is, and skipping the copy
 * keeps big sheets fast. */
static gboolean
is_clean (const char *text)
{
  const guchar *p = (const guchar *) text;
  gboolean ascii = TRUE;

  for (; *p; p++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        return FALSE;
      if (*p == '_' && p[1] == 'x')
        return FALSE;
      if (*p >= 0x80)
        ascii = FALSE;
    }
  /* A UTF-16 code unit takes at least one byte. */
  if ((gsize) (p - (const guchar *) text) > EXCEL_CELL_MAX)
    return FALSE;
  return ascii || (g_utf8_validate (text, (gssize) (p - (const guchar *) text), NULL) &&
                   strstr (text, "\xef\xbf\xbe") == NULL && strstr (text, "\xef\xbf\xbf") == NULL);
}

void
kp_sheet_text (KpSheet    *sheet,
               lxw_row_t   row,
               lxw_col_t   col,
               const char *text,
               guint       format)
{
  g_autofree char *clean = NULL;
  const char *shown = text != NULL ? text : "";
  guint kind = format & 0xff;

  note_cell (sheet, row, col);
  if (!is_clean (shown))
    {
      KpTranslator *tr = kp_workbook_translator (sheet->wb);

      clean = kp_export_clean_text (shown, kp_tr (tr, N_(" […text cut: a cell holds at most 32,767 characters]")));
      shown = clean;
    }
  if (*shown == '\0')
    return;
  /* worksheet_write_string() always writes a string: "=SUM(A1)" stays text. */
  check (sheet, worksheet_write_string (sheet->ws, row, col, shown,
                                        kp_workbook_format (sheet->wb, format)), row, col);
  if (kind != KP_FMT_TITLE && kind != KP_FMT_SUBTITLE && kind != KP_FMT_GANTT_HEADER &&
      kind != KP_FMT_GANTT_TODAY)
    grow (sheet, col, MIN (text_width (shown), MAX_WIDTH) * (kind == KP_FMT_HEADER ? 1.1 : 1.0));
}

void
kp_sheet_number (KpSheet   *sheet,
                 lxw_row_t  row,
                 lxw_col_t  col,
                 double     value,
                 guint      format)
{
  note_cell (sheet, row, col);
  if (!isfinite (value))
    return;
  check (sheet, worksheet_write_number (sheet->ws, row, col, value,
                                        kp_workbook_format (sheet->wb, format)), row, col);
  grow (sheet, col, number_width ((format & 0xff) == KP_FMT_PERCENT ? value * 100 : value, format & 0xff));
}

void
kp_sheet_date (KpSheet   *sheet,
               lxw_row_t  row,
               lxw_col_t  col,
               KpDate     date,
               guint      format)
{
  note_cell (sheet, row, col);
  if (date == KP_DATE_NONE)
    return;
  kp_sheet_number (sheet, row, col, kp_export_serial (date), format);
}

void
kp_sheet_datetime (KpSheet    *sheet,
                   lxw_row_t   row,
                   lxw_col_t   col,
                   GDateTime  *time)
{
  KpDate day = kp_date_from_ymd (g_date_time_get_year (time), g_date_time_get_month (time),
                                 g_date_time_get_day_of_month (time));
  double seconds = g_date_time_get_hour (time) * 3600.0 + g_date_time_get_minute (time) * 60.0 +
                   g_date_time_get_second (time);

  kp_sheet_number (sheet, row, col, kp_export_serial (day) + seconds / 86400.0, KP_FMT_DATETIME);
}

void
kp_sheet_blank (KpSheet   *sheet,
                lxw_row_t  row,
                lxw_col_t  col,
                guint      format)
{
  note_cell (sheet, row, col);
  check (sheet, worksheet_write_blank (sheet->ws, row, col, kp_workbook_format (sheet->wb, format)), row, col);
}

void
kp_sheet_header (KpSheet           *sheet,
                 lxw_row_t          row,
                 lxw_col_t          col,
                 const char *const *msgids)
{
  for (guint i = 0; msgids[i] != NULL; i++)
    kp_sheet_text (sheet, row, col + i, KP_TR (sheet->wb, msgids[i]), KP_FMT_HEADER);
  if (!sheet->has_header)
    {
      sheet->has_header = TRUE;
      sheet->header_row = row;
      if (sheet->freeze_row == 0)
        sheet->freeze_row = row + 1;
    }
}

void
kp_sheet_freeze (KpSheet   *sheet,
                 lxw_row_t  row,
                 lxw_col_t  col)
{
  sheet->freeze_row = row;
  sheet->freeze_col = col;
}

void
kp_sheet_set_width (KpSheet   *sheet,
                    lxw_col_t  col,
                    double     width)
{
  if (col >= sheet->widths->len)
    g_array_set_size (sheet->widths, col + 1);
  g_array_index (sheet->widths, double, col) = -width;  /* negative: fixed */
}

void
kp_sheet_set_column_format (KpSheet    *sheet,
                            lxw_col_t   col,
                            lxw_format *format)
{
  if (col >= sheet->col_formats->len)
    g_ptr_array_set_size (sheet->col_formats, col + 1);
  sheet->col_formats->pdata[col] = format;
}

/* ---- sheets -------------------------------------------------------------------------- */

KpSheet *
kp_sheet_new (KpWorkbook  *wb,
              const char  *id,
              GError     **error)
{
  const char *name = kp_workbook_sheet_name (wb, id);
  KpSheet *sheet;
  lxw_worksheet *ws;

  g_assert (name != NULL);
  ws = workbook_add_worksheet (kp_workbook_lxw (wb), name);
  if (ws == NULL)
    {
      g_set_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_FAILED,
                   _("Could not add the sheet “%s” to the workbook."), name);
      return NULL;
    }
  sheet = g_new0 (KpSheet, 1);
  sheet->wb = wb;
  sheet->ws = ws;
  sheet->name = name;
  sheet->widths = g_array_new (FALSE, TRUE, sizeof (double));
  sheet->col_formats = g_ptr_array_new ();
  return sheet;
}

void
kp_sheet_free (KpSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_array_unref (sheet->widths);
  g_ptr_array_unref (sheet->col_formats);
  g_free (sheet);
}

/* "&" starts a code in Excel's page headers and footers. */
static char *
escape_header (const char *text)
{
  g_autofree char *clean = kp_export_clean_text (text, "");
  GString *out = g_string_new (NULL);

  for (const char *p = clean; *p && out->len < 120; p++)
    {
      if (*p == '&')
        g_string_append_c (out, '&');
      if (*p != '\n' && *p != '\r')
        g_string_append_c (out, *p);
    }
  /* Never end inside a character. */
  while (out->len > 0 && !g_utf8_validate (out->str, out->len, NULL))
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

gboolean
kp_sheet_finish (KpSheet  *sheet,
                 GError  **error)
{
  g_autofree char *title = kp_document_dup_title (kp_workbook_document (sheet->wb));
  g_autofree char *head = NULL, *foot = NULL, *escaped_title = escape_header (title);
  guint n_cols = MAX (sheet->widths->len, sheet->col_formats->len);

  for (lxw_col_t c = 0; c < n_cols; c++)
    {
      double w = c < sheet->widths->len ? g_array_index (sheet->widths, double, c) : 0;
      lxw_format *format = c < sheet->col_formats->len ? sheet->col_formats->pdata[c] : NULL;

      w = w < 0 ? -w : CLAMP (w + 2, MIN_WIDTH, MAX_WIDTH);
      worksheet_set_column (sheet->ws, c, c, w, format);
    }
  if (sheet->freeze_row > 0 || sheet->freeze_col > 0)
    worksheet_freeze_panes (sheet->ws, sheet->freeze_row, sheet->freeze_col);

  worksheet_set_landscape (sheet->ws);
  worksheet_set_paper (sheet->ws, 9);  /* A4 */
  worksheet_fit_to_pages (sheet->ws, 1, 0);
  /* The rows frozen on screen are the rows repeated on paper. */
  if (sheet->freeze_row > 0)
    worksheet_repeat_rows (sheet->ws, 0, sheet->freeze_row - 1);
  head = g_strdup_printf ("&L%s&R&A", escaped_title);
  /* Translators: a printed page's footer; keep &P (this page) and &N (the number of pages) */
  foot = g_strdup_printf ("&C%s", KP_TR (sheet->wb, N_("Page &P of &N")));
  worksheet_set_header (sheet->ws, head);
  worksheet_set_footer (sheet->ws, foot);
  kp_sheet_free (sheet);
  return TRUE;
}

/* ---- charts -------------------------------------------------------------------------- */

lxw_chart *
kp_workbook_chart (KpWorkbook *wb,
                   guint8      type,
                   const char *title)
{
  lxw_chart *chart = workbook_add_chart (kp_workbook_lxw (wb), type);
  g_autofree char *clean = kp_export_clean_text (title, "");

  chart_title_set_name (chart, clean);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  return chart;
}

lxw_chart_series *
kp_chart_add_series (lxw_chart   *chart,
                     const char  *sheet_name,
                     lxw_row_t    cat_row0,
                     lxw_col_t    cat_col0,
                     lxw_row_t    cat_row1,
                     lxw_col_t    cat_col1,
                     lxw_row_t    val_row0,
                     lxw_col_t    val_col0,
                     lxw_row_t    val_row1,
                     lxw_col_t    val_col1,
                     lxw_row_t    name_row,
                     lxw_col_t    name_col)
{
  lxw_chart_series *series = chart_add_series (chart, NULL, NULL);

  chart_series_set_categories (series, sheet_name, cat_row0, cat_col0, cat_row1, cat_col1);
  chart_series_set_values (series, sheet_name, val_row0, val_col0, val_row1, val_col1);
  chart_series_set_name_range (series, sheet_name, name_row, name_col);
  return series;
}

void
kp_sheet_insert_chart (KpSheet    *sheet,
                       lxw_row_t   row,
                       lxw_col_t   col,
                       lxw_chart  *chart,
                       double      width,
                       double      height)
{
  lxw_chart_options options = { 0 };

  options.x_scale = width / 480.0;
  options.y_scale = height / 288.0;
  options.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
  check (sheet, worksheet_insert_chart_opt (sheet->ws, row, col, chart, &options), row, col);
}

/* ---- files --------------------------------------------------------------------------- */

void
kp_export_set_io_error (GError **error,
                        GFile   *target,
                        int      err)
{
  g_autofree char *path = g_file_get_parse_name (target);
  g_autoptr(GFile) parent = g_file_get_parent (target);
  g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : g_strdup ("/");

  switch (err)
    {
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_NO_FOLDER,
                   _("Could not write “%s”: the folder “%s” does not exist."), path, folder);
      break;
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_PERMISSION,
                   _("Could not write “%s”: you do not have permission to write there."), path);
      break;
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
      g_set_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_DISK_FULL,
                   _("Could not write “%s”: the disk is full."), path);
      break;
    case EBUSY:
    case ETXTBSY:
      g_set_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_BUSY,
                   _("Could not write “%s”: the file is open in another program. Close it and try again."), path);
      break;
    case EISDIR:
      g_set_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_IS_FOLDER,
                   _("Could not write “%s”: it is a folder."), path);
      break;
    default:
      g_set_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_FAILED,
                   _("Could not write “%s”: %s."), path, g_strerror (err));
      break;
    }
}

/* LibreOffice marks a document it has open with ".~lock.NAME#" beside it, Microsoft
 * Office with "~$NAME". */
static gboolean
open_elsewhere (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *lo_name = g_strdup_printf (".~lock.%s#", base);
  g_autofree char *ms_name = g_strdup_printf ("~$%s", base);
  g_autofree char *lo = g_build_filename (dir, lo_name, NULL);
  g_autofree char *ms = g_build_filename (dir, ms_name, NULL);

  return g_file_test (lo, G_FILE_TEST_EXISTS) || g_file_test (ms, G_FILE_TEST_EXISTS);
}

char *
kp_export_temp_beside (GFile   *target,
                       GError **error)
{
  const char *path = g_file_peek_path (target);
  g_autofree char *dir = NULL, *base = NULL, *name = NULL, *temp = NULL;
  GStatBuf st;
  int fd;

  if (path == NULL)
    {
      g_autofree char *shown = g_file_get_parse_name (target);

      g_set_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_FAILED,
                   _("Could not write “%s”: files can only be written on this computer or a mounted drive."), shown);
      return NULL;
    }
  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          kp_export_set_io_error (error, target, EISDIR);
          return NULL;
        }
      if (g_access (path, W_OK) != 0)
        {
          kp_export_set_io_error (error, target, errno == EROFS ? EROFS : EACCES);
          return NULL;
        }
    }
  if (open_elsewhere (path))
    {
      kp_export_set_io_error (error, target, EBUSY);
      return NULL;
    }
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  name = g_strdup_printf (".%s.XXXXXX.part", base);
  temp = g_build_filename (dir, name, NULL);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      kp_export_set_io_error (error, target, errno);
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&temp);
}

gboolean
kp_export_commit (const char  *temp,
                  GFile       *target,
                  GError     **error)
{
  const char *path = g_file_peek_path (target);
  GStatBuf st;
  mode_t mode = 0644;
  int fd;

  /* A file replaced keeps its permissions; a new one is readable like any document. */
  if (g_stat (path, &st) == 0)
    mode = st.st_mode & 0777;
  fd = g_open (temp, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0 || fsync (fd) != 0 || fchmod (fd, mode) != 0)
    {
      int err = errno;

      if (fd >= 0)
        close (fd);
      g_unlink (temp);
      kp_export_set_io_error (error, target, err);
      return FALSE;
    }
  close (fd);
  if (open_elsewhere (path))
    {
      g_unlink (temp);
      kp_export_set_io_error (error, target, EBUSY);
      return FALSE;
    }
  if (g_rename (temp, path) != 0)
    {
      int err = errno;

      g_unlink (temp);
      kp_export_set_io_error (error, target, err);
      return FALSE;
    }
  return TRUE;
}
