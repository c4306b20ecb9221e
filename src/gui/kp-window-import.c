/* kp-window-import.c: the window's follow-up actions: importing CSV, exporting the
 * steering group's workbook, and opening an exported file. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-export-dialog.h"
#include "kp-import-dialog.h"
#include "kp-window-private.h"

static void
import_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  KpWindow *self = KP_WINDOW (widget);
  KpImportDialog *dialog;

  if (self->document == NULL)
    return;
  dialog = kp_import_dialog_new (GTK_WINDOW (self), self->document);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_workbook_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  KpWindow *self = KP_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  KpExportDialog *dialog;

  if (self->document == NULL)
    return;
  dialog = kp_export_dialog_new (GTK_WINDOW (self), self->document,
                                 KP_IS_APPLICATION (app) ? kp_application_get_settings (KP_APPLICATION (app)) : NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

void
kp_window_class_install_import_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, import_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export-workbook", NULL, export_workbook_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
}
