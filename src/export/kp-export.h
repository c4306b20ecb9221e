/* kp-export.h: the steering group's follow-up workbook (.xlsx) and CSV files of any table.
 *
 * Both are written in the language the caller picks, with numbers that do not depend on
 * the locale the app runs in. A file is written beside its target under a temporary name
 * and renamed over it only once complete: a failure leaves nothing behind and says why.
 */
#pragma once

#include <gio/gio.h>

#include "kp-document.h"
#include "kp-stats.h"

G_BEGIN_DECLS

#define KP_EXPORT_ERROR (kp_export_error_quark ())

typedef enum
{
  KP_EXPORT_ERROR_NO_FOLDER,    /* the folder does not exist, or is not a folder */
  KP_EXPORT_ERROR_PERMISSION,   /* may not write there */
  KP_EXPORT_ERROR_DISK_FULL,
  KP_EXPORT_ERROR_BUSY,         /* the file is open in another program */
  KP_EXPORT_ERROR_IS_FOLDER,    /* the target is a folder */
  KP_EXPORT_ERROR_LANGUAGE,     /* no translation for the language asked for */
  KP_EXPORT_ERROR_FAILED,
} KpExportError;

typedef struct
{
  const char *language;     /* "sv" or "en"; NULL: kp_translator_default_language() */
  const char *locale_dir;   /* NULL: kp_translator_default_locale_dir() */
  KpStatsRange range;       /* the follow-up period; both ends KP_DATE_NONE: everything */
  KpDate today;             /* marks the Gantt and counts days left; KP_DATE_NONE: today */
  GDateTime *generated;     /* "generated at" and the file's creation time; NULL: now */
} KpExportOptions;

/* fraction runs from 0 to 1. The async call reports it in the caller's main context. */
typedef void (*KpExportProgressFunc) (double   fraction,
                                      gpointer user_data);

GQuark   kp_export_error_quark       (void);

/* Writes the workbook in the calling thread, reading the document directly. */
gboolean kp_export_workbook          (KpDocument            *document,
                                      GFile                 *target,
                                      const KpExportOptions *options,
                                      KpExportProgressFunc   progress,
                                      gpointer               progress_data,
                                      GCancellable          *cancellable,
                                      GError               **error);
/* The same in a worker thread. The worker reads a copy of the project file taken when this
 * is called, so the document stays free to edit meanwhile. */
void     kp_export_workbook_async    (KpDocument            *document,
                                      GFile                 *target,
                                      const KpExportOptions *options,
                                      KpExportProgressFunc   progress,
                                      gpointer               progress_data,
                                      GDestroyNotify         progress_notify,
                                      GCancellable          *cancellable,
                                      GAsyncReadyCallback    callback,
                                      gpointer               user_data);
gboolean kp_export_workbook_finish   (GAsyncResult          *result,
                                      GError               **error);

/* A table as CSV: the descriptor's visible fields with translated headers, catalogue labels,
 * the names of referenced rows (when document is given), ISO dates. Swedish uses ';' and a
 * decimal comma, English ',' and a decimal point; UTF-8 with a byte order mark. Text that
 * a spreadsheet would read as a formula gets a leading apostrophe. */
gboolean kp_export_csv               (GListModel            *rows,
                                      const KpEntityDesc    *desc,
                                      KpDocument            *document,
                                      GFile                 *target,
                                      const char            *language,
                                      const char            *locale_dir,
                                      GError               **error);
/* The same as a string, for the clipboard and for tests. */
char    *kp_export_csv_to_string     (GListModel            *rows,
                                      const KpEntityDesc    *desc,
                                      KpDocument            *document,
                                      const char            *language,
                                      const char            *locale_dir,
                                      GError               **error);

G_END_DECLS
