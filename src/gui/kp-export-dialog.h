/* kp-export-dialog.h: exporting the steering group's follow-up workbook: the language, the
 * period and the file, then the export in the background with its progress and a Cancel
 * button. A finished export says so in a toast with Open; a failure shows inline, with the
 * file and the cause. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"

G_BEGIN_DECLS

#define KP_TYPE_EXPORT_DIALOG (kp_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KpExportDialog, kp_export_dialog, KP, EXPORT_DIALOG, AdwWindow)

/* settings (may be NULL) give the language and folder offered first, and keep those used. */
KpExportDialog *kp_export_dialog_new          (GtkWindow      *parent,
                                               KpDocument     *document,
                                               GSettings      *settings);
/* The file to write, as the file chooser sets it. */
void            kp_export_dialog_set_file     (KpExportDialog *self,
                                               GFile          *file);
GFile          *kp_export_dialog_get_file     (KpExportDialog *self);
/* "sv" or "en". */
void            kp_export_dialog_set_language (KpExportDialog *self,
                                               const char     *language);
const char     *kp_export_dialog_get_language (KpExportDialog *self);
/* The period as typed: "yyyy-mm-dd", or empty for the project's start or end. */
void            kp_export_dialog_set_range    (KpExportDialog *self,
                                               const char     *from,
                                               const char     *to);
/* Whether an export is running. */
gboolean        kp_export_dialog_get_busy     (KpExportDialog *self);
/* What the dialog says under its fields after a failed or cancelled export, or NULL. */
const char     *kp_export_dialog_get_message  (KpExportDialog *self);

G_END_DECLS
