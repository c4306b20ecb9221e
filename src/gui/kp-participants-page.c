/* kp-participants-page.c: participant counts and results of a period, typed into grids. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kp-participants-page.h"
#include "kp-stats.h"

struct _KpParticipantsPage
{
  AdwBin parent_instance;

  KpDocument *document;
  GPtrArray *periods;        /* char *: those in the file, and any the user went to */
  char *period;
  gboolean updating;
  KpCountGrid *starts;
  KpCountGrid *results;

  GtkDropDown *period_dropdown;
  GtkEntry *new_period_entry;
  GtkLabel *period_error;
  GtkLabel *summary_label;
  AdwBin *starts_bin;
  AdwBin *results_bin;
};

G_DEFINE_FINAL_TYPE (KpParticipantsPage, kp_participants_page, ADW_TYPE_BIN)

static int
compare_periods (gconstpointer a,
                 gconstpointer b)
{
  return kp_stats_period_compare (*(const char *const *) a, *(const char *const *) b);
}

static void
add_period (GPtrArray  *periods,
            const char *period)
{
  if (period == NULL || *period == '\0')
    return;
  for (guint i = 0; i < periods->len; i++)
    if (g_str_equal (periods->pdata[i], period))
      return;
  g_ptr_array_add (periods, g_strdup (period));
}

/* The current quarter, where a project without counts starts. */
static char *
this_quarter (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_strdup_printf ("%d-Q%d", g_date_time_get_year (now), (g_date_time_get_month (now) - 1) / 3 + 1);
}

static void
show_summary (KpParticipantsPage *self)
{
  guint started = kp_count_grid_get_total (self->starts);
  guint results = kp_count_grid_get_total (self->results);
  g_autofree char *text = NULL;

  /* Translators: "2020-Q4: 45 participants started, 45 with a result" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u participant started, %u with a result",
                                       "%s: %u participants started, %u with a result", started),
                          self->period != NULL ? self->period : "", started, results);
  gtk_label_set_text (self->summary_label, text);
}

/* The drop-down lists the periods of the file, and the one shown. */
static void
refresh (KpParticipantsPage *self)
{
  const KpEntityDesc *descs[] = { &kp_desc_participant_count, &kp_desc_participant_result };
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint select = 0;

  if (self->document == NULL || self->updating)
    return;
  self->updating = TRUE;
  for (guint d = 0; d < G_N_ELEMENTS (descs); d++)
    {
      GListModel *list = kp_document_get_list (self->document, descs[d]);

      for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
        {
          g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

          add_period (self->periods, kp_entity_get_text (e, "period"));
        }
    }
  if (self->period == NULL)
    {
      g_ptr_array_sort (self->periods, compare_periods);
      self->period = self->periods->len > 0 ? g_strdup (self->periods->pdata[self->periods->len - 1]) : this_quarter ();
    }
  add_period (self->periods, self->period);
  g_ptr_array_sort (self->periods, compare_periods);
  for (guint i = 0; i < self->periods->len; i++)
    {
      gtk_string_list_append (labels, self->periods->pdata[i]);
      if (g_str_equal (self->periods->pdata[i], self->period))
        select = i;
    }
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->period_dropdown, select);
  kp_count_grid_set_period (self->starts, self->period);
  kp_count_grid_set_period (self->results, self->period);
  show_summary (self);
  self->updating = FALSE;
}

gboolean
kp_participants_page_set_period (KpParticipantsPage *self,
                                 const char         *period)
{
  g_autofree char *text = g_strstrip (g_strdup (period));
  KpDate first, last;

  g_return_val_if_fail (KP_IS_PARTICIPANTS_PAGE (self), FALSE);
  /* "2025-q1" is the first quarter too. */
  if (strlen (text) == 7 && (text[5] == 'q'))
    text[5] = 'Q';
  if (!kp_stats_period_span (text, &first, &last))
    {
      /* Translators: %s is what was typed */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a period: write a month as yyyy-mm or a quarter as yyyy-Qn, for example 2025-03 or 2025-Q1."), text);

      gtk_label_set_text (self->period_error, message);
      gtk_widget_set_visible (GTK_WIDGET (self->period_error), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->new_period_entry), "error");
      return FALSE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->period_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->new_period_entry), "error");
  g_free (self->period);
  self->period = g_steal_pointer (&text);
  refresh (self);
  return TRUE;
}

const char *
kp_participants_page_get_period (KpParticipantsPage *self)
{
  return self->period;
}

static void
period_selected_cb (KpParticipantsPage *self)
{
  guint i = gtk_drop_down_get_selected (self->period_dropdown);

  if (self->updating || i >= self->periods->len)
    return;
  kp_participants_page_set_period (self, self->periods->pdata[i]);
}

static void
new_period_cb (KpParticipantsPage *self)
{
  if (kp_participants_page_set_period (self, gtk_editable_get_text (GTK_EDITABLE (self->new_period_entry))))
    gtk_editable_set_text (GTK_EDITABLE (self->new_period_entry), "");
}

static void
new_period_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  new_period_cb (KP_PARTICIPANTS_PAGE (widget));
}

void
kp_participants_page_set_document (KpParticipantsPage *self,
                                   KpDocument         *document)
{
  g_return_if_fail (self->document == NULL);
  self->document = g_object_ref (document);
  kp_count_grid_set_document (self->starts, document);
  kp_count_grid_set_document (self->results, document);
  g_signal_connect_object (document, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
}

KpCountGrid *
kp_participants_page_get_starts (KpParticipantsPage *self)
{
  return self->starts;
}

KpCountGrid *
kp_participants_page_get_results (KpParticipantsPage *self)
{
  return self->results;
}

static void
kp_participants_page_dispose (GObject *object)
{
  KpParticipantsPage *self = KP_PARTICIPANTS_PAGE (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_PARTICIPANTS_PAGE);
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  g_clear_pointer (&self->period, g_free);
  G_OBJECT_CLASS (kp_participants_page_parent_class)->dispose (object);
}

static void
kp_participants_page_class_init (KpParticipantsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_participants_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-participants-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpParticipantsPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpParticipantsPage, new_period_entry);
  gtk_widget_class_bind_template_child (widget_class, KpParticipantsPage, period_error);
  gtk_widget_class_bind_template_child (widget_class, KpParticipantsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KpParticipantsPage, starts_bin);
  gtk_widget_class_bind_template_child (widget_class, KpParticipantsPage, results_bin);
  gtk_widget_class_bind_template_callback (widget_class, new_period_cb);
  gtk_widget_class_install_action (widget_class, "participants.new-period", NULL, new_period_action);
}

static void
kp_participants_page_init (KpParticipantsPage *self)
{
  static const char *const start_rows[] = { "gender", "age-band", NULL };
  static const char *const result_rows[] = { "gender", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->periods = g_ptr_array_new_with_free_func (g_free);
  self->starts = KP_COUNT_GRID (kp_count_grid_new (&kp_desc_participant_count, start_rows, "start-status", "count"));
  self->results = KP_COUNT_GRID (kp_count_grid_new (&kp_desc_participant_result, result_rows, "result", "count"));
  adw_bin_set_child (self->starts_bin, GTK_WIDGET (self->starts));
  adw_bin_set_child (self->results_bin, GTK_WIDGET (self->results));
  g_signal_connect_swapped (self->period_dropdown, "notify::selected", G_CALLBACK (period_selected_cb), self);
}
