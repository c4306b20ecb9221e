/* kp-timeline-view-import.c: importing a GNOME Planner or GanttProject plan from the
 * Timeline page into a new project, which opens in a window of its own. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kp-application.h"
#include "kp-import.h"
#include "kp-timeline-view-private.h"

typedef struct
{
  char *plan;
  GFile *output;
  GPtrArray *report;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->plan);
  g_object_unref (job->output);
  g_ptr_array_unref (job->report);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GError *error = NULL;
  KpDocument *document = kp_import_file (job->plan, job->output, job->report, &error);

  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(KpTimelineView) self = user_data;
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) document = g_task_propagate_pointer (G_TASK (result), &error);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
  g_autofree char *text = NULL;

  if (document == NULL)
    {
      kp_timeline_view_show_message (self, error->message, TRUE);
      return;
    }
  /* Translators: a toast after an import; the second %s is the import report's first line */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u task. %s", "Imported %u tasks. %s",
                                       g_list_model_get_n_items (kp_document_get_list (document, &kp_desc_task))),
                          g_list_model_get_n_items (kp_document_get_list (document, &kp_desc_task)),
                          job->report->len > 0 ? (const char *) job->report->pdata[0] : "");
  kp_timeline_view_show_message (self, text, FALSE);
  if (app != NULL && KP_IS_APPLICATION (app))
    kp_application_show_document (KP_APPLICATION (app), document, NULL);
}

static void
target_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    KpTimelineView  *self)
{
  const char *plan = g_object_get_data (G_OBJECT (chooser), "kp-plan");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, imported_cb, g_object_ref (self));
      ImportJob *job = g_new0 (ImportJob, 1);
      g_autoptr(GFile) output = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (output);

      /* The chooser has asked before replacing; the import never writes over a file. */
      if (path != NULL && g_file_test (path, G_FILE_TEST_EXISTS))
        g_file_delete (output, NULL, NULL);
      job->plan = g_strdup (plan);
      job->output = g_object_ref (output);
      job->report = g_ptr_array_new_with_free_func (g_free);
      g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
      g_task_run_in_thread (task, import_thread);
    }
  g_object_unref (chooser);
}

static void
plan_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  KpTimelineView  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *base = g_file_get_basename (file);
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkFileChooserNative *target;
      g_autofree char *name = NULL;
      char *dot;

      if (path == NULL)
        {
          kp_timeline_view_show_message (self, _("Choose a file on this computer."), TRUE);
          g_object_unref (chooser);
          return;
        }
      target = gtk_file_chooser_native_new (_("Save the Imported Project"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                            GTK_FILE_CHOOSER_ACTION_SAVE, _("_Import"), _("_Cancel"));
      if ((dot = strrchr (base, '.')) != NULL)
        *dot = '\0';
      name = g_strdup_printf ("%s.kplan", base);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (target), name);
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (target), TRUE);
      g_object_set_data_full (G_OBJECT (target), "kp-plan", g_steal_pointer (&path), g_free);
      g_signal_connect (target, "response", G_CALLBACK (target_response_cb), self);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (target));
    }
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Import a Plan"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("GNOME Planner and GanttProject plans"));
  gtk_file_filter_add_suffix (filter, "planner");
  gtk_file_filter_add_suffix (filter, "mrproject");
  gtk_file_filter_add_suffix (filter, "gan");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (plan_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
kp_timeline_view_class_install_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.import", NULL, import_action);
}
