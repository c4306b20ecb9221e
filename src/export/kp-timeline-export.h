/* kp-timeline-export.h: the timeline as PNG, SVG or PDF, and as printed pages.
 *
 * PNG and SVG are one picture of the whole range. PDF and printing tile the timeline over
 * A4 or A3 landscape pages; every page repeats the time header and the outline and names
 * the project, the date range and the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kp-gantt-data.h"
#include "kp-timescale.h"

G_BEGIN_DECLS

#define KP_TIMELINE_EXPORT_ERROR (kp_timeline_export_error_quark ())

typedef enum
{
  KP_TIMELINE_EXPORT_ERROR_FORMAT,     /* not .png, .svg or .pdf */
  KP_TIMELINE_EXPORT_ERROR_RANGE,      /* the date range is empty or backwards */
  KP_TIMELINE_EXPORT_ERROR_TOO_LARGE,  /* too big for one picture */
  KP_TIMELINE_EXPORT_ERROR_WRITE,
} KpTimelineExportError;

typedef enum
{
  KP_TIMELINE_PNG,
  KP_TIMELINE_SVG,
  KP_TIMELINE_PDF,
} KpTimelineFormat;

typedef enum
{
  KP_TIMELINE_PAPER_A4,
  KP_TIMELINE_PAPER_A3,
} KpTimelinePaper;

typedef struct
{
  KpDate from, to;        /* KP_DATE_NONE: the project's span and a week either side */
  KpZoom zoom;
  gboolean fit;           /* make the range fill the width of a page (or 1600 units) */
  KpTimelinePaper paper;
  gboolean critical;
  gboolean baseline;      /* draw the baseline spans the data holds */
  KpDate today;           /* KP_DATE_NONE: no today line */
} KpTimelineOptions;

/* The size of the paper, landscape, in points. */
#define KP_TIMELINE_A4_WIDTH  841.89
#define KP_TIMELINE_A4_HEIGHT 595.28
#define KP_TIMELINE_A3_WIDTH  1190.55
#define KP_TIMELINE_A3_HEIGHT 841.89

typedef struct _KpTimelinePages KpTimelinePages;

GQuark            kp_timeline_export_error_quark (void);

void              kp_timeline_options_init     (KpTimelineOptions       *opts);
/* The format named by the file's suffix. */
gboolean          kp_timeline_format_for_path  (const char              *path,
                                                KpTimelineFormat        *format,
                                                GError                 **error);

/* Pages of @page_width × @page_height points. With a date range, only the tasks that meet
 * it are shown (with their phases). @data must outlive the pages.
 */
KpTimelinePages  *kp_timeline_pages_new        (KpGanttData             *data,
                                                const KpTimelineOptions *opts,
                                                double                   page_width,
                                                double                   page_height,
                                                GError                 **error);
void              kp_timeline_pages_free       (KpTimelinePages         *pages);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpTimelinePages, kp_timeline_pages_free)
guint             kp_timeline_pages_get_count  (KpTimelinePages         *pages);
/* Draws page @page (from 0) with its top left corner at cairo's origin. */
void              kp_timeline_pages_draw       (KpTimelinePages         *pages,
                                                cairo_t                 *cr,
                                                guint                    page);

/* Writes @data to @path in the format of its suffix. On failure no file is left. */
gboolean          kp_timeline_export_file      (KpGanttData             *data,
                                                const KpTimelineOptions *opts,
                                                const char              *path,
                                                GError                 **error);
/* The same in a worker thread, which takes @data. */
void              kp_timeline_export_async     (KpGanttData             *data,
                                                const KpTimelineOptions *opts,
                                                const char              *path,
                                                GCancellable            *cancellable,
                                                GAsyncReadyCallback      callback,
                                                gpointer                 user_data);
gboolean          kp_timeline_export_finish    (GAsyncResult            *result,
                                                GError                 **error);

G_END_DECLS
