/* kp-import.h: new projects from GNOME Planner (.planner) and GanttProject (.gan) files.
 *
 * The task hierarchy becomes phases and activities with their names, dates, progress,
 * milestones and notes; dependencies become finish-to-start (other kinds are converted and
 * noted in the report); resources are listed in the report and the responsible resource of
 * a task becomes its responsible. A malformed or hostile file is refused with the line it
 * failed at, and no project file is left behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kp-document.h"

G_BEGIN_DECLS

#define KP_IMPORT_ERROR (kp_import_error_quark ())

typedef enum
{
  KP_IMPORT_ERROR_FORMAT,      /* neither .planner nor .gan, or not such a file */
  KP_IMPORT_ERROR_MALFORMED,   /* not well-formed XML, or a required attribute is missing */
  KP_IMPORT_ERROR_ENCODING,    /* not UTF-8 */
  KP_IMPORT_ERROR_TOO_LARGE,   /* too many bytes, tasks or levels */
  KP_IMPORT_ERROR_DATE,        /* a date that cannot be read or lies outside 1900–2200 */
  KP_IMPORT_ERROR_CYCLE,       /* dependencies that go round in a circle */
  KP_IMPORT_ERROR_INVALID,     /* a value the project file refuses (see kp-validate.h) */
  KP_IMPORT_ERROR_EXISTS,      /* the new project file exists already */
} KpImportError;

typedef enum
{
  KP_IMPORT_PLANNER,
  KP_IMPORT_GANTTPROJECT,
} KpImportFormat;

#define KP_IMPORT_MAX_BYTES  (64 * 1024 * 1024)
#define KP_IMPORT_MAX_TASKS  200000
#define KP_IMPORT_MAX_DEPTH  64

GQuark       kp_import_error_quark  (void);

gboolean     kp_import_format_for_path (const char     *path,
                                        KpImportFormat *format,
                                        GError        **error);
/* Reads @plan and writes a new project to @output, which must not exist. @report (may be
 * NULL) receives one translated line (char *) per thing the user should know: resources,
 * converted dependencies, shortened notes. Returns the open new project, or NULL.
 */
KpDocument  *kp_import_file         (const char     *plan,
                                     GFile          *output,
                                     GPtrArray      *report,
                                     GError        **error);
/* The same from text in memory; @name is the file name used in messages. */
KpDocument  *kp_import_data         (const char     *text,
                                     gsize           length,
                                     KpImportFormat  format,
                                     const char     *name,
                                     GFile          *output,
                                     GPtrArray      *report,
                                     GError        **error);

G_END_DECLS
