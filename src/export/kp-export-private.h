/* kp-export-private.h: what the workbook's files share: the context of one export, the
 * helpers that write cells safely, and the list of sheet writers.
 *
 * Adding a sheet: write a KpSheetWriteFunc in a file of its own (see kp-export-goals.c for
 * a small one), declare it below and put it in kp_sheet_writers[] in kp-export-workbook.c,
 * where the sheet should appear. The Competence plan sheet has its place reserved there.
 *
 * The workbook streams each sheet to disk (libxlsxwriter's constant-memory mode), so a
 * sheet must be written top to bottom: every row before the rows below it.
 */
#pragma once

#include <xlsxwriter.h>

#include "kp-export.h"
#include "kp-export-lang.h"
#include "kp-stats.h"

G_BEGIN_DECLS

typedef struct _KpWorkbook KpWorkbook;

typedef gboolean (*KpSheetWriteFunc) (KpWorkbook  *wb,
                                      GError     **error);

typedef struct
{
  const char *id;         /* stable, e.g. "hours" */
  const char *title;      /* N_() marked: the sheet's name */
  KpSheetWriteFunc write;
  guint weight;           /* share of the progress bar */
} KpSheetWriter;

extern const KpSheetWriter kp_sheet_writers[];
extern const guint kp_n_sheet_writers;

/* Formats, by what the cell holds. */
typedef enum
{
  KP_FMT_TEXT,       /* plain text */
  KP_FMT_WRAP,       /* long text, wrapped, top-aligned */
  KP_FMT_HEADER,     /* a table's header row */
  KP_FMT_TITLE,      /* a sheet's title */
  KP_FMT_SUBTITLE,   /* a block's title */
  KP_FMT_LABEL,      /* a label in a facts list */
  KP_FMT_DATE,       /* yyyy-mm-dd */
  KP_FMT_DATETIME,   /* yyyy-mm-dd hh:mm */
  KP_FMT_MONTH,      /* yyyy-mm */
  KP_FMT_INT,        /* #,##0 */
  KP_FMT_HOURS,      /* #,##0.0 */
  KP_FMT_DECIMAL,    /* #,##0.00 */
  KP_FMT_MONEY,      /* #,##0 or #,##0.00 after the project's currency */
  KP_FMT_PERCENT,    /* 0.0%, a fraction */
  KP_FMT_GANTT,      /* a week an activity runs */
  KP_FMT_GANTT_PHASE,/* a week a phase runs */
  KP_FMT_GANTT_MILESTONE,
  KP_FMT_GANTT_HEADER,/* a week's header, turned upright */
  KP_FMT_GANTT_TODAY,/* today's week, in the header */
  KP_FMT_GANTT_TODAY_COLUMN, /* the rest of today's column */
  KP_N_FORMATS
} KpFormat;

/* The bold variant of a number format, for totals. */
#define KP_FMT_TOTAL 0x100

typedef struct
{
  KpWorkbook *wb;
  lxw_worksheet *ws;
  const char *name;
  GArray *widths;          /* double, in characters, per column */
  GPtrArray *col_formats;  /* lxw_format *, per column, or NULL */
  lxw_row_t header_row;    /* the last header row, repeated on every page */
  gboolean has_header;
  lxw_row_t freeze_row;
  lxw_col_t freeze_col;
  lxw_row_t last_row;
  lxw_col_t last_col;
} KpSheet;

/* ---- the export's context ------------------------------------------------------------ */

KpDocument      *kp_workbook_document     (KpWorkbook   *wb);
KpStatsReport   *kp_workbook_report       (KpWorkbook   *wb);
KpTranslator    *kp_workbook_translator   (KpWorkbook   *wb);
const KpExportOptions *kp_workbook_options (KpWorkbook  *wb);
lxw_workbook    *kp_workbook_lxw          (KpWorkbook   *wb);
GDateTime       *kp_workbook_generated    (KpWorkbook   *wb);
KpDate           kp_workbook_today        (KpWorkbook   *wb);
lxw_format      *kp_workbook_format       (KpWorkbook   *wb,
                                           guint         format);
/* The name a sheet got, by writer id, or NULL. */
const char      *kp_workbook_sheet_name   (KpWorkbook   *wb,
                                           const char   *id);
/* Reports progress within the current sheet; FALSE (and error set) once cancelled. */
gboolean         kp_workbook_progress     (KpWorkbook   *wb,
                                           guint64       done,
                                           guint64       total,
                                           GError      **error);

#define KP_TR(wb, msgid) kp_tr (kp_workbook_translator (wb), (msgid))

/* The name of an organisation, role … in the export's language: a shipped role or
 * competence keeps its catalogue key and is shown by its translated label. */
const char      *kp_workbook_role_name    (KpWorkbook   *wb,
                                           const char   *key,
                                           const char   *name);
const char      *kp_workbook_choice       (KpWorkbook      *wb,
                                           const KpCatalog *catalog,
                                           const char      *key);

/* ---- sheets and cells ---------------------------------------------------------------- */

/* Adds the worksheet of the writer with this id (its name is already decided). */
KpSheet  *kp_sheet_new        (KpWorkbook   *wb,
                               const char   *id,
                               GError      **error);
/* Fits the columns, freezes the header, sets up printing; then frees the helper. */
gboolean  kp_sheet_finish     (KpSheet      *sheet,
                               GError      **error);
void      kp_sheet_free       (KpSheet      *sheet);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpSheet, kp_sheet_free)

/* Text as given by the user: made valid UTF-8, without control characters, cut to
 * Excel's 32,767 characters with a visible mark, and always a string, never a formula. */
void      kp_sheet_text       (KpSheet      *sheet,
                               lxw_row_t     row,
                               lxw_col_t     col,
                               const char   *text,
                               guint         format);
/* NAN leaves the cell empty. */
void      kp_sheet_number     (KpSheet      *sheet,
                               lxw_row_t     row,
                               lxw_col_t     col,
                               double        value,
                               guint         format);
/* KP_DATE_NONE leaves the cell empty. */
void      kp_sheet_date       (KpSheet      *sheet,
                               lxw_row_t     row,
                               lxw_col_t     col,
                               KpDate        date,
                               guint         format);
void      kp_sheet_datetime   (KpSheet      *sheet,
                               lxw_row_t     row,
                               lxw_col_t     col,
                               GDateTime    *time);
void      kp_sheet_blank      (KpSheet      *sheet,
                               lxw_row_t     row,
                               lxw_col_t     col,
                               guint         format);
/* A header row of translated msgids (NULL-terminated), starting at col. The first header
 * row also becomes the row repeated on printed pages and frozen. */
void      kp_sheet_header     (KpSheet           *sheet,
                               lxw_row_t          row,
                               lxw_col_t          col,
                               const char *const *msgids);
void      kp_sheet_freeze     (KpSheet      *sheet,
                               lxw_row_t     row,
                               lxw_col_t     col);
/* A column's width that fitting must not go below or above. */
void      kp_sheet_set_width  (KpSheet      *sheet,
                               lxw_col_t     col,
                               double        width);
void      kp_sheet_set_column_format (KpSheet *sheet,
                                      lxw_col_t col,
                                      lxw_format *format);
/* A chart placed at (row, col), spanning about width × height pixels. */
void      kp_sheet_insert_chart (KpSheet    *sheet,
                                 lxw_row_t   row,
                                 lxw_col_t   col,
                                 lxw_chart  *chart,
                                 double      width,
                                 double      height);
/* A chart with a translated title and the house style; type is LXW_CHART_*. */
lxw_chart *kp_workbook_chart  (KpWorkbook   *wb,
                               guint8        type,
                               const char   *title);
/* Adds a series whose values are rows first_row … last_row of one column (or, with
 * by_row, columns of one row) of sheet_name, named by a cell. */
lxw_chart_series *kp_chart_add_series (lxw_chart   *chart,
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
                                       lxw_col_t    name_col);

/* The text the cell will hold: see kp_sheet_text(). Exposed for the tests. */
char     *kp_export_clean_text (const char  *text,
                                const char  *cut_mark);
/* A valid sheet name for title (at most 31 characters, none of []:*?/\, no apostrophe at
 * either end), not yet in taken (casefolded names; the new one is added). */
char     *kp_export_sheet_name (const char  *title,
                                GHashTable  *taken);
/* The Excel serial number of a date (1900 system). */
double    kp_export_serial     (KpDate       date);
/* "2020-W36" */
char     *kp_export_iso_week   (KpDate       date);

/* ---- the sheets ---------------------------------------------------------------------- */

gboolean kp_sheet_summary_write      (KpWorkbook *wb, GError **error);
gboolean kp_sheet_timeline_write     (KpWorkbook *wb, GError **error);
gboolean kp_sheet_goals_write        (KpWorkbook *wb, GError **error);
gboolean kp_sheet_proposals_write    (KpWorkbook *wb, GError **error);
gboolean kp_sheet_competence_write   (KpWorkbook *wb, GError **error);
gboolean kp_sheet_hours_write        (KpWorkbook *wb, GError **error);
gboolean kp_sheet_time_entries_write (KpWorkbook *wb, GError **error);
gboolean kp_sheet_meetings_write     (KpWorkbook *wb, GError **error);
gboolean kp_sheet_participants_write (KpWorkbook *wb, GError **error);
gboolean kp_sheet_staffing_write     (KpWorkbook *wb, GError **error);
gboolean kp_sheet_budget_write       (KpWorkbook *wb, GError **error);
gboolean kp_sheet_lessons_write      (KpWorkbook *wb, GError **error);  /* kp-sheet-lessons.c */
gboolean kp_sheet_about_write        (KpWorkbook *wb, GError **error);

/* ---- writing a file safely ----------------------------------------------------------- */

/* A new, empty temporary file beside target, or an error that says why there cannot be
 * one (no such folder, no permission …), naming the target. */
char     *kp_export_temp_beside  (GFile      *target,
                                  GError    **error);
/* Makes the finished temporary file the target; removes it on failure. */
gboolean  kp_export_commit       (const char *temp,
                                  GFile      *target,
                                  GError    **error);
/* An error for a failed write of target, from errno. */
void      kp_export_set_io_error (GError    **error,
                                  GFile      *target,
                                  int         err);

G_END_DECLS
