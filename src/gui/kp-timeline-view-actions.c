/* kp-timeline-view-actions.c: the Timeline page's actions: adding, deleting, indenting and
 * moving rows, zoom, baselines, export and printing. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-gantt-edit.h"
#include "kp-gantt-source.h"
#include "kp-gantt-critical.h"
#include "kp-timeline-export.h"
#include "kp-timeline-view-private.h"

static gboolean
writable (KpTimelineView *self)
{
  return self->document != NULL && !kp_document_get_read_only (self->document);
}

void
kp_timeline_view_update_actions (KpTimelineView *self)
{
  GtkWidget *w = GTK_WIDGET (self);
  int task = self->data != NULL ? kp_timeline_view_selected_task (self) : -1;
  gboolean edit = writable (self), has = self->data != NULL && kp_gantt_data_n_tasks (self->data) > 0;

  gtk_widget_action_set_enabled (w, "timeline.add-activity", edit);
  gtk_widget_action_set_enabled (w, "timeline.add-phase", edit);
  gtk_widget_action_set_enabled (w, "timeline.delete", edit && task >= 0);
  gtk_widget_action_set_enabled (w, "timeline.indent", edit && task >= 0);
  gtk_widget_action_set_enabled (w, "timeline.outdent", edit && task >= 0 && kp_gantt_data_task (self->data, task)->parent >= 0);
  gtk_widget_action_set_enabled (w, "timeline.move-up", edit && task >= 0);
  gtk_widget_action_set_enabled (w, "timeline.move-down", edit && task >= 0);
  gtk_widget_action_set_enabled (w, "timeline.save-baseline", edit && has);
  gtk_widget_action_set_enabled (w, "timeline.export", has);
  gtk_widget_action_set_enabled (w, "timeline.print", has);
}

gboolean
kp_timeline_view_place (KpTimelineView *self,
                        GArray         *placements,
                        const char     *label)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (placements->len == 0)
    return TRUE;
  kp_document_begin (self->document, label);
  for (guint i = 0; i < placements->len && ok; i++)
    {
      const KpGanttPlacement *p = &g_array_index (placements, KpGanttPlacement, i);
      KpEntity *e = kp_document_lookup (self->document, &kp_desc_task, p->id);

      if (e == NULL)
        continue;
      ok = kp_document_set_int (self->document, e, "parent-id", p->parent_id, &error) &&
           kp_document_set_int (self->document, e, "position", p->position, &error) &&
           (!p->make_phase || kp_document_set_text (self->document, e, "kind", "phase", &error));
    }
  if (!ok)
    kp_document_abort (self->document);
  else
    ok = kp_document_end (self->document, &error);
  if (!ok)
    kp_timeline_view_show_message (self, error->message, TRUE);
  return ok;
}

/* ---- rows ---------------------------------------------------------------------------- */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  KpTimelineView *self = KP_TIMELINE_VIEW (widget);
  gboolean phase = g_str_equal (action_name, "timeline.add-phase");
  int task = phase ? -1 : kp_timeline_view_selected_task (self);
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (KpGanttPlacement));
  g_autoptr(KpEntity) e = kp_entity_new (&kp_desc_task);
  g_autoptr(GError) error = NULL;
  gint64 parent = 0, position = 0;
  KpDate start = kp_date_today ();

  if (!writable (self))
    return;
  if (task >= 0 && kp_gantt_data_task (self->data, task)->n_children > 0)
    {
      /* Below a phase is its first activity. */
      const KpGanttTask *p = kp_gantt_data_task (self->data, task);

      for (int c = p->first_child, i = 1; c >= 0; c = kp_gantt_data_task (self->data, c)->next_sibling, i++)
        {
          KpGanttPlacement pl = { kp_gantt_data_task (self->data, c)->id, p->id, i, FALSE };

          g_array_append_val (out, pl);
        }
      parent = p->id;
      start = p->span_start != KP_DATE_NONE ? p->span_start : start;
    }
  else
    {
      kp_gantt_plan_insert_after (self->data, task, out, &parent, &position);
      if (task >= 0 && kp_gantt_data_task (self->data, task)->span_end != KP_DATE_NONE)
        start = kp_date_add_working_days (kp_gantt_data_task (self->data, task)->span_end, 1);
    }
  kp_entity_set_int (e, "parent-id", parent);
  kp_entity_set_int (e, "position", position);
  kp_entity_set_text (e, "kind", phase ? "phase" : "activity");
  kp_entity_set_text (e, "name", phase ? _("New phase") : _("New activity"));
  kp_entity_set_text (e, "status", "not_started");
  if (!phase)
    {
      kp_entity_set_date (e, "start-date", start);
      kp_entity_set_date (e, "end-date", kp_gantt_end_for_working_days (start, 5));
    }
  /* Translators: an undo step */
  kp_document_begin (self->document, phase ? _("Add Phase") : _("Add Activity"));
  for (guint i = 0; i < out->len; i++)
    {
      const KpGanttPlacement *p = &g_array_index (out, KpGanttPlacement, i);
      KpEntity *sibling = kp_document_lookup (self->document, &kp_desc_task, p->id);

      if (sibling != NULL && !kp_document_set_int (self->document, sibling, "position", p->position, &error))
        break;
    }
  if (error != NULL || !kp_document_add (self->document, e, &error))
    {
      kp_document_abort (self->document);
      kp_timeline_view_show_message (self, error->message, TRUE);
      return;
    }
  if (!kp_document_end (self->document, &error))
    {
      kp_timeline_view_show_message (self, error->message, TRUE);
      return;
    }
  kp_timeline_view_select_id (self, kp_entity_get_id (e));
  kp_timeline_outline_edit_name (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KpTimelineView *self = KP_TIMELINE_VIEW (widget);
  int task = kp_timeline_view_selected_task (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL, *text = NULL;
  KpEntity *e;

  if (task < 0 || !writable (self))
    return;
  e = kp_document_lookup (self->document, &kp_desc_task, kp_gantt_data_task (self->data, task)->id);
  name = g_strdup (kp_gantt_data_task (self->data, task)->name);
  if (e == NULL)
    return;
  if (!kp_document_remove (self->document, e, &error))
    {
      kp_timeline_view_show_message (self, error->message, TRUE);
      return;
    }
  /* Translators: a toast after deleting an activity */
  text = g_strdup_printf (_("Deleted “%s”. Undo brings it back."), name);
  kp_timeline_view_show_message (self, text, FALSE);
}

static void
structure_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KpTimelineView *self = KP_TIMELINE_VIEW (widget);
  int task = kp_timeline_view_selected_task (self);
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (KpGanttPlacement));
  const KpGanttTask *t;
  gboolean planned = FALSE;
  const char *label = NULL;

  if (task < 0 || !writable (self))
    return;
  t = kp_gantt_data_task (self->data, task);
  if (g_str_equal (action_name, "timeline.indent"))
    {
      planned = kp_gantt_plan_indent (self->data, task, out);
      label = _("Indent");
    }
  else if (g_str_equal (action_name, "timeline.outdent"))
    {
      planned = kp_gantt_plan_outdent (self->data, task, out);
      label = _("Outdent");
    }
  else
    {
      gboolean up = g_str_equal (action_name, "timeline.move-up");
      int first = t->parent >= 0 ? kp_gantt_data_task (self->data, t->parent)->first_child : self->data->first_root;
      int before = -1;

      for (int c = first; c >= 0 && c != task; c = kp_gantt_data_task (self->data, c)->next_sibling)
        before = c;
      if (up && before >= 0)
        planned = kp_gantt_plan_drop (self->data, task, before, FALSE, out);
      else if (!up && t->next_sibling >= 0)
        planned = kp_gantt_plan_drop (self->data, task, t->next_sibling, TRUE, out);
      label = _("Move in Outline");
    }
  if (planned)
    kp_timeline_view_place (self, out, label);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KpTimelineView *self = KP_TIMELINE_VIEW (widget);
  int step = g_variant_get_int32 (param);

  if (step == 0)
    kp_gantt_chart_zoom_fit (self->chart);
  else
    kp_gantt_chart_zoom_step (self->chart, step);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  kp_gantt_chart_scroll_to_date (KP_TIMELINE_VIEW (widget)->chart, kp_date_today ());
}

/* ---- baselines ----------------------------------------------------------------------- */

static void
baseline_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      KpTimelineView   *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "kp-entry");
  g_autoptr(KpEntity) baseline = kp_entity_new (&kp_desc_baseline);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!g_str_equal (response, "save") || self->document == NULL)
    return;
  kp_entity_set_text (baseline, "name", gtk_editable_get_text (entry));
  kp_entity_set_date (baseline, "created", kp_date_today ());
  /* Translators: an undo step */
  kp_document_begin (self->document, _("Save Baseline"));
  ok = kp_document_add (self->document, baseline, &error);
  for (guint k = 0; ok && k < kp_gantt_data_n_tasks (self->data); k++)
    {
      const KpGanttTask *t = kp_gantt_data_task (self->data, (int) k);
      g_autoptr(KpEntity) row = NULL;

      if (t->span_start == KP_DATE_NONE)
        continue;
      row = kp_entity_new (&kp_desc_baseline_task);
      kp_entity_set_int (row, "baseline-id", kp_entity_get_id (baseline));
      kp_entity_set_int (row, "task-id", t->id);
      kp_entity_set_date (row, "start-date", t->span_start);
      kp_entity_set_date (row, "end-date", t->span_end);
      ok = kp_document_add (self->document, row, &error);
    }
  if (!ok)
    kp_document_abort (self->document);
  else
    ok = kp_document_end (self->document, &error);
  if (!ok)
    {
      kp_timeline_view_show_message (self, error->message, TRUE);
      return;
    }
  /* Show the new baseline straight away. */
  for (guint i = 0; i < self->baseline_ids->len; i++)
    if (g_array_index (self->baseline_ids, gint64, i) == kp_entity_get_id (baseline))
      gtk_drop_down_set_selected (self->baseline_dropdown, i + 1);
}

static void
save_baseline_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  KpTimelineView *self = KP_TIMELINE_VIEW (widget);
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Save Baseline"),
                                              _("A baseline keeps today's dates of every activity, to compare the plan with later."));
  GtkWidget *entry = gtk_entry_new ();
  char day[KP_DATE_ISO_SIZE];
  /* Translators: the suggested name of a baseline, with today's date */
  g_autofree char *name = g_strdup_printf (_("Baseline %s"), kp_date_format_iso (kp_date_today (), day));

  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "kp-entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (baseline_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- export and print ---------------------------------------------------------------- */

typedef struct
{
  KpTimelineView *view;
  KpTimelineOptions opts;
  KpGanttData *data;
  KpTimelinePages *pages;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  kp_timeline_pages_free (job->pages);
  kp_gantt_data_free (job->data);
  g_object_unref (job->view);
  g_free (job);
}

static KpGanttData *
fresh_data (KpTimelineView *self,
            const KpTimelineOptions *opts)
{
  KpGanttData *data = kp_gantt_data_new_from_document (self->document, opts->baseline ? self->baseline_id : 0);

  if (opts->critical)
    kp_gantt_critical_path (data);
  return data;
}

static void
begin_print_cb (GtkPrintOperation *op,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  g_autoptr(GError) error = NULL;

  job->pages = kp_timeline_pages_new (job->data, &job->opts, gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context), &error);
  if (job->pages == NULL)
    {
      kp_timeline_view_show_message (job->view, error->message, TRUE);
      gtk_print_operation_cancel (op);
      return;
    }
  gtk_print_operation_set_n_pages (op, (int) kp_timeline_pages_get_count (job->pages));
}

static void
draw_page_cb (GtkPrintOperation *op,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  if (job->pages != NULL)
    kp_timeline_pages_draw (job->pages, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
print_timeline (KpTimelineView          *self,
                const KpTimelineOptions *opts)
{
  g_autoptr(GtkPrintOperation) op = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (opts->paper == KP_TIMELINE_PAPER_A3 ? GTK_PAPER_NAME_A3 : GTK_PAPER_NAME_A4);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PrintJob *job = g_new0 (PrintJob, 1);
  g_autoptr(GError) error = NULL;

  job->view = g_object_ref (self);
  job->opts = *opts;
  job->data = fresh_data (self, opts);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (op, setup);
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  gtk_print_operation_set_job_name (op, job->data->title);
  g_signal_connect (op, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (op, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (op), "kp-job", job, (GDestroyNotify) print_job_free);
  if (gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    kp_timeline_view_show_message (self, error->message, TRUE);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(KpTimelineView) self = user_data;
  g_autoptr(GError) error = NULL;
  const char *name = g_object_get_data (G_OBJECT (self), "kp-export-name");

  if (!kp_timeline_export_finish (result, &error))
    kp_timeline_view_show_message (self, error->message, TRUE);
  else
    {
      /* Translators: a toast after an export */
      g_autofree char *text = g_strdup_printf (_("Saved the timeline as “%s”"), name);

      kp_timeline_view_show_message (self, text, FALSE);
    }
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  KpTimelineView  *self)
{
  KpTimelineOptions *opts = g_object_get_data (G_OBJECT (chooser), "kp-options");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;
      KpTimelineFormat format;

      if (path == NULL || !kp_timeline_format_for_path (path, &format, &error))
        kp_timeline_view_show_message (self, error != NULL ? error->message : _("Choose a file on this computer."), TRUE);
      else
        {
          g_autofree char *name = g_file_get_basename (file);

          g_object_set_data_full (G_OBJECT (self), "kp-export-name", g_strdup (name), g_free);
          kp_timeline_export_async (fresh_data (self, opts), opts, path, NULL, exported_cb, g_object_ref (self));
        }
    }
  g_object_unref (chooser);
}

static void
save_timeline (KpTimelineView          *self,
               const KpTimelineOptions *opts)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Export Timeline"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  static const struct { const char *name; const char *suffix; const char *mime; } kinds[] = {
    { N_("PDF document"), "pdf", "application/pdf" },
    { N_("PNG image"), "png", "image/png" },
    { N_("SVG image"), "svg", "image/svg+xml" },
  };
  g_autofree char *title = kp_document_dup_title (self->document);
  g_autofree char *name = g_strdup_printf ("%s.pdf", title);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(kinds[i].name));
      gtk_file_filter_add_suffix (filter, kinds[i].suffix);
      gtk_file_filter_add_mime_type (filter, kinds[i].mime);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  g_strdelimit (name, "/", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "kp-options", g_memdup2 (opts, sizeof *opts), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
read_date (GtkEditable *entry,
           KpDate      *out)
{
  const char *text = gtk_editable_get_text (entry);

  *out = KP_DATE_NONE;
  return *text == '\0' || kp_date_parse_iso (text, out);
}

static void
output_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    KpTimelineView   *self)
{
  GtkEditable *from = g_object_get_data (G_OBJECT (dialog), "kp-from");
  GtkEditable *to = g_object_get_data (G_OBJECT (dialog), "kp-to");
  GtkDropDown *zoom = g_object_get_data (G_OBJECT (dialog), "kp-zoom");
  GtkDropDown *paper = g_object_get_data (G_OBJECT (dialog), "kp-paper");
  KpTimelineOptions opts;

  if (g_str_equal (response, "cancel") || self->document == NULL)
    return;
  kp_timeline_options_init (&opts);
  if (!read_date (from, &opts.from) || !read_date (to, &opts.to))
    {
      kp_timeline_view_show_message (self, _("Write the dates as yyyy-mm-dd, or leave them empty for the whole project."), TRUE);
      return;
    }
  if (gtk_drop_down_get_selected (zoom) > KP_ZOOM_LAST)
    opts.fit = TRUE;
  else
    opts.zoom = (KpZoom) gtk_drop_down_get_selected (zoom);
  opts.paper = gtk_drop_down_get_selected (paper) == 1 ? KP_TIMELINE_PAPER_A3 : KP_TIMELINE_PAPER_A4;
  opts.critical = self->critical;
  opts.baseline = self->baseline_id != 0;
  opts.today = kp_date_today ();
  if (g_str_equal (response, "print"))
    print_timeline (self, &opts);
  else
    save_timeline (self, &opts);
}

static GtkWidget *
grid_row (GtkGrid    *grid,
          int         row,
          const char *label,
          GtkWidget  *field)
{
  GtkWidget *l = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (l), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (l), field);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, l, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
  return field;
}

static void
output_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KpTimelineView *self = KP_TIMELINE_VIEW (widget);
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  gboolean print = g_str_equal (action_name, "timeline.print");
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              print ? _("Print Timeline") : _("Export Timeline"),
                                              _("Leave the dates empty for the whole project. PDF and print are tiled over landscape pages."));
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  const char *zooms[] = { _("Day"), _("Week"), _("Month"), _("Quarter"), _("Year"), _("Fit to the page"), NULL };
  const char *papers[] = { "A4", "A3", NULL };
  GtkWidget *from = gtk_entry_new (), *to = gtk_entry_new ();
  GtkWidget *zoom = gtk_drop_down_new_from_strings (zooms), *paper = gtk_drop_down_new_from_strings (papers);
  char a[KP_DATE_ISO_SIZE], b[KP_DATE_ISO_SIZE];

  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 12);
  gtk_entry_set_placeholder_text (GTK_ENTRY (from), kp_date_format_iso (self->data->min_date, a));
  gtk_entry_set_placeholder_text (GTK_ENTRY (to), kp_date_format_iso (self->data->max_date, b));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (zoom), kp_gantt_chart_get_zoom (self->chart));
  grid_row (grid, 0, _("_From"), from);
  grid_row (grid, 1, _("_To"), to);
  grid_row (grid, 2, _("_Zoom"), zoom);
  grid_row (grid, 3, _("_Paper"), paper);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (grid));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), NULL);
  if (print)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "print", _("_Print…"));
  else
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "save", _("_Save…"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), print ? "print" : "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), print ? "print" : "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "kp-from", from);
  g_object_set_data (G_OBJECT (dialog), "kp-to", to);
  g_object_set_data (G_OBJECT (dialog), "kp-zoom", zoom);
  g_object_set_data (G_OBJECT (dialog), "kp-paper", paper);
  g_signal_connect_object (dialog, "response", G_CALLBACK (output_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the outline's keys -------------------------------------------------------------- */

static gboolean
outline_key_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  KpTimelineView *self = KP_TIMELINE_VIEW (gtk_widget_get_ancestor (widget, KP_TYPE_TIMELINE_VIEW));
  const char *action = user_data;

  /* While a cell is edited, its keys are its own. */
  if (self == NULL || kp_timeline_outline_is_editing (self))
    return FALSE;
  if (g_str_equal (action, "edit-name"))
    kp_timeline_outline_edit_name (self);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
  return TRUE;
}

static void
add_key (GtkShortcutController *controller,
         guint                  key,
         GdkModifierType        mods,
         const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (key, mods),
                                                          gtk_callback_action_new (outline_key_cb, (gpointer) action, NULL)));
}

void
kp_timeline_view_install_keys (KpTimelineView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *keys = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_key (keys, GDK_KEY_Return, 0, "timeline.add-activity");
  add_key (keys, GDK_KEY_KP_Enter, 0, "timeline.add-activity");
  add_key (keys, GDK_KEY_Tab, 0, "timeline.indent");
  add_key (keys, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, "timeline.outdent");
  add_key (keys, GDK_KEY_Tab, GDK_SHIFT_MASK, "timeline.outdent");
  add_key (keys, GDK_KEY_Delete, 0, "timeline.delete");
  add_key (keys, GDK_KEY_Up, GDK_ALT_MASK, "timeline.move-up");
  add_key (keys, GDK_KEY_Down, GDK_ALT_MASK, "timeline.move-down");
  add_key (keys, GDK_KEY_F2, 0, "edit-name");
  gtk_widget_add_controller (GTK_WIDGET (self->outline), controller);
}

void
kp_timeline_view_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.add-activity", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "timeline.add-phase", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "timeline.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "timeline.indent", NULL, structure_action);
  gtk_widget_class_install_action (widget_class, "timeline.outdent", NULL, structure_action);
  gtk_widget_class_install_action (widget_class, "timeline.move-up", NULL, structure_action);
  gtk_widget_class_install_action (widget_class, "timeline.move-down", NULL, structure_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom", "i", zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.today", NULL, today_action);
  gtk_widget_class_install_property_action (widget_class, "timeline.critical", "critical");
  gtk_widget_class_install_action (widget_class, "timeline.save-baseline", NULL, save_baseline_action);
  gtk_widget_class_install_action (widget_class, "timeline.export", NULL, output_action);
  gtk_widget_class_install_action (widget_class, "timeline.print", NULL, output_action);
  kp_timeline_view_class_install_import (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "timeline.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "timeline.zoom", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom", "i", 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "timeline.print", NULL);
}

