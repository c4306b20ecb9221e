/* kp-import-dialog.h: importing follow-up data from a CSV file. The user picks the file and
 * what it holds; the dialog reads it and shows the rows as they will be added, the encoding
 * and separator it found, every problem with its line and column, and the organisations and
 * roles that will be created. Import adds every row or none, as one undoable step, and says
 * so in a toast with Undo. */
#pragma once

#include <adwaita.h>

#include "kp-csv-import.h"
#include "kp-document.h"

G_BEGIN_DECLS

#define KP_TYPE_IMPORT_DIALOG (kp_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KpImportDialog, kp_import_dialog, KP, IMPORT_DIALOG, AdwWindow)

KpImportDialog *kp_import_dialog_new           (GtkWindow      *parent,
                                                KpDocument     *document);
/* Reads the file (as the file chooser does), in the background. */
void            kp_import_dialog_set_file      (KpImportDialog *self,
                                                GFile          *file);
void            kp_import_dialog_set_kind      (KpImportDialog *self,
                                                KpImportKind    kind);
/* Whether the file is still being read. */
gboolean        kp_import_dialog_get_busy      (KpImportDialog *self);
/* The file as read, or NULL. */
KpCsvImport    *kp_import_dialog_get_import    (KpImportDialog *self);
/* What the preview shows: its rows, the problems listed, the line about the file ("UTF-8,
 * separator “;”, decimal comma, 31 rows") and the names to create, one per line. */
guint           kp_import_dialog_get_n_preview_rows (KpImportDialog *self);
guint           kp_import_dialog_get_n_problems_shown (KpImportDialog *self);
const char     *kp_import_dialog_get_summary   (KpImportDialog *self);
const char     *kp_import_dialog_get_error     (KpImportDialog *self);

G_END_DECLS
