/* kp-time-entries-page.c: time entries typed in a row, and their totals. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kp-date.h"
#include "kp-format.h"
#include "kp-stats.h"
#include "kp-time-entries-page.h"
#include "kp-validate.h"

struct _KpTimeEntriesPage
{
  AdwBin parent_instance;

  KpDocument *document;
  KpEntityTable *table;
  GArray *months;          /* KpDate: the first day of each month in the drop-down, after "all" */
  GtkCustomFilter *in_month;
  KpDate month;            /* the month shown, KP_DATE_NONE for all */
  gboolean dirty;
  gboolean refreshing;

  GtkLabel *esf_label;
  AdwBin *table_bin;
  GtkDropDown *month_dropdown;
  KpFigureTable *totals;
  GtkLabel *summary_label;
  GtkWidget *people_box;
  KpFigureTable *people;
};

G_DEFINE_FINAL_TYPE (KpTimeEntriesPage, kp_time_entries_page, ADW_TYPE_BIN)

static char *
month_label (KpDate month)
{
  int y, m;
  g_autoptr(GDateTime) dt = NULL;

  kp_date_to_ymd (month, &y, &m, NULL);
  dt = g_date_time_new_local (y, m, 1, 0, 0, 0);
  /* The locale's name of the month: "mars 2025". */
  return g_date_time_format (dt, "%B %Y");
}

/* The months of the hours in the drop-down, keeping the one chosen. */
static void
update_months (KpTimeEntriesPage  *self,
               const KpStatsHours *hours)
{
  guint chosen = gtk_drop_down_get_selected (self->month_dropdown);
  KpDate kept = chosen > 0 && chosen - 1 < self->months->len ? g_array_index (self->months, KpDate, chosen - 1) : 0;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  gboolean same = self->months->len == hours->n_months;
  guint select = 0;

  for (guint i = 0; same && i < hours->n_months; i++)
    same = g_array_index (self->months, KpDate, i) == hours->months[i];
  if (same && gtk_drop_down_get_model (self->month_dropdown) != NULL)
    return;
  g_array_set_size (self->months, 0);
  gtk_string_list_append (labels, _("All months"));
  for (guint i = 0; i < hours->n_months; i++)
    {
      g_autofree char *label = month_label (hours->months[i]);

      gtk_string_list_append (labels, label);
      g_array_append_val (self->months, hours->months[i]);
      if (hours->months[i] == kept)
        select = i + 1;
    }
  gtk_drop_down_set_model (self->month_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->month_dropdown, select);
}

static KpFigureRow *
hours_row (const char         *label,
           const KpStatsSplit *split,
           gboolean            pinned)
{
  double values[] = { split->funded, split->cofinancing, split->total, kp_stats_weeks (split->total) };

  return kp_figure_row_new (label, values, G_N_ELEMENTS (values), pinned);
}

static void
show_totals (KpTimeEntriesPage  *self,
             const KpStatsHours *hours)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint chosen = gtk_drop_down_get_selected (self->month_dropdown);
  gboolean all = chosen == 0 || chosen == GTK_INVALID_LIST_POSITION || chosen > hours->n_months;
  const KpStatsSplit *total = all ? &hours->total : &hours->month_totals[chosen - 1];
  g_autofree char *h = kp_format_number (total->total, 2);
  g_autofree char *w = kp_format_number (kp_stats_weeks (total->total), 2);
  g_autofree char *text = NULL;

  for (guint i = 0; i < hours->n_rows; i++)
    {
      const KpStatsSplit *split = all ? &hours->rows[i].total : &hours->rows[i].months[chosen - 1];

      if (split->total != 0)
        g_ptr_array_add (rows, hours_row (hours->rows[i].name, split, FALSE));
    }
  g_ptr_array_add (rows, hours_row (_("Total"), total, TRUE));
  kp_figure_table_set_rows (self->totals, rows);
  if (all)
    /* Translators: 350 h = 8.75 working weeks */
    text = g_strdup_printf (_("Total: %s h = %s working weeks of 40 h"), h, w);
  else
    {
      g_autofree char *month = month_label (self->months->len >= chosen ? g_array_index (self->months, KpDate, chosen - 1) : 0);

      /* Translators: the hours of one month, e.g. "March 2025: 120 h = 3 working weeks of 40 h" */
      text = g_strdup_printf (_("%s: %s h = %s working weeks of 40 h"), month, h, w);
    }
  gtk_label_set_text (self->summary_label, text);
}

static void
show_people (KpTimeEntriesPage *self)
{
  g_autoptr(KpStatsPersonHours) people = kp_stats_person_hours_new (self->document, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < people->n_rows; i++)
    {
      const KpStatsPersonYear *p = &people->rows[i];
      double values[] = { p->hours, 100.0 * p->hours / KP_ESF_MAX_HOURS_PER_YEAR, p->max_day_hours, p->days };
      /* Translators: a person and a year, "Anna Berg, 2025" */
      g_autofree char *label = g_strdup_printf (_("%s, %d"), p->person, p->year);

      g_ptr_array_add (rows, kp_figure_row_new (label, values, G_N_ELEMENTS (values), FALSE));
    }
  kp_figure_table_set_rows (self->people, rows);
}

static gboolean
in_month_cb (gpointer item,
             gpointer data)
{
  KpTimeEntriesPage *self = data;
  int y, m, year, month;

  if (self->month == KP_DATE_NONE)
    return TRUE;
  kp_date_to_ymd (kp_entity_get_date (item, "date"), &y, &m, NULL);
  kp_date_to_ymd (self->month, &year, &month, NULL);
  return y == year && m == month;
}

/* The table shows the entries of the month chosen. */
static void
apply_month (KpTimeEntriesPage *self)
{
  guint chosen = gtk_drop_down_get_selected (self->month_dropdown);
  KpDate month = chosen > 0 && chosen - 1 < self->months->len ? g_array_index (self->months, KpDate, chosen - 1)
                                                             : KP_DATE_NONE;

  if (month == self->month)
    return;
  self->month = month;
  gtk_filter_changed (GTK_FILTER (self->in_month), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
refresh (KpTimeEntriesPage *self)
{
  g_autoptr(KpStatsHours) hours = NULL;
  gboolean esf;

  if (self->document == NULL || self->refreshing)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;
  self->refreshing = TRUE;
  hours = kp_stats_hours_new (self->document, NULL);
  update_months (self, hours);
  apply_month (self);
  show_totals (self, hours);
  esf = g_str_equal (kp_entity_get_text (kp_document_get_project (self->document), "funder"), "esf_plus");
  gtk_widget_set_visible (GTK_WIDGET (self->esf_label), esf);
  gtk_widget_set_visible (self->people_box, esf);
  if (esf)
    show_people (self);
  self->refreshing = FALSE;
}

void
kp_time_entries_page_set_document (KpTimeEntriesPage *self,
                                   KpDocument        *document)
{
  g_return_if_fail (KP_IS_TIME_ENTRIES_PAGE (self));
  g_return_if_fail (self->document == NULL);
  self->document = g_object_ref (document);
  kp_entity_table_set_document (self->table, document);
  g_signal_connect_object (document, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
}

KpEntityTable *
kp_time_entries_page_get_table (KpTimeEntriesPage *self)
{
  return self->table;
}

KpFigureTable *
kp_time_entries_page_get_totals (KpTimeEntriesPage *self)
{
  return self->totals;
}

KpFigureTable *
kp_time_entries_page_get_people (KpTimeEntriesPage *self)
{
  return self->people;
}

void
kp_time_entries_page_set_month (KpTimeEntriesPage *self,
                                guint              month)
{
  g_return_if_fail (month <= self->months->len);
  gtk_drop_down_set_selected (self->month_dropdown, month);
}

const char *
kp_time_entries_page_get_summary (KpTimeEntriesPage *self)
{
  return gtk_label_get_text (self->summary_label);
}

static void
month_changed_cb (KpTimeEntriesPage *self)
{
  g_autoptr(KpStatsHours) hours = NULL;

  if (self->document == NULL || self->refreshing)
    return;
  apply_month (self);
  hours = kp_stats_hours_new (self->document, NULL);
  show_totals (self, hours);
}

static void
kp_time_entries_page_map (GtkWidget *widget)
{
  KpTimeEntriesPage *self = KP_TIME_ENTRIES_PAGE (widget);

  GTK_WIDGET_CLASS (kp_time_entries_page_parent_class)->map (widget);
  if (self->dirty)
    refresh (self);
}

static void
kp_time_entries_page_dispose (GObject *object)
{
  KpTimeEntriesPage *self = KP_TIME_ENTRIES_PAGE (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_TIME_ENTRIES_PAGE);
  g_clear_pointer (&self->months, g_array_unref);
  g_clear_object (&self->in_month);
  G_OBJECT_CLASS (kp_time_entries_page_parent_class)->dispose (object);
}

static void
kp_time_entries_page_class_init (KpTimeEntriesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_time_entries_page_dispose;
  widget_class->map = kp_time_entries_page_map;
  g_type_ensure (KP_TYPE_FIGURE_TABLE);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-time-entries-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpTimeEntriesPage, esf_label);
  gtk_widget_class_bind_template_child (widget_class, KpTimeEntriesPage, table_bin);
  gtk_widget_class_bind_template_child (widget_class, KpTimeEntriesPage, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpTimeEntriesPage, totals);
  gtk_widget_class_bind_template_child (widget_class, KpTimeEntriesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KpTimeEntriesPage, people_box);
  gtk_widget_class_bind_template_child (widget_class, KpTimeEntriesPage, people);
}

static void
kp_time_entries_page_init (KpTimeEntriesPage *self)
{
  static const char *const fields[] = { "date", "organisation-id", "person", "hours", "activity", "funding", NULL };
  static const char *const keep[] = { "date", "organisation-id", "person", "activity", "funding", NULL };
  static const int hour_decimals[] = { 2, 2, 2, 2 };
  static const int people_decimals[] = { 2, 1, 2, 0 };
  const char *hour_titles[] = { _("Funded, h"), _("Co-financing, h"), _("Total, h"), _("Working weeks"), NULL };
  /* Translators: column titles of the ESF+ table of each person's hours in a year */
  const char *people_titles[] = { _("Hours"), _("Of 1,720 h, %"), _("Most in a day, h"), _("Days"), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->months = g_array_new (FALSE, FALSE, sizeof (KpDate));
  self->table = kp_entity_table_new (&kp_desc_time_entry, fields);
  self->in_month = gtk_custom_filter_new (in_month_cb, self, NULL);
  kp_entity_table_set_filter (self->table, GTK_FILTER (self->in_month));
  kp_entity_table_set_entry_row (self->table, keep);
  /* The latest first, just under the new row, where a month typed in a row shows. */
  kp_entity_table_sort_by (self->table, "date", GTK_SORT_DESCENDING);
  adw_bin_set_child (self->table_bin, GTK_WIDGET (self->table));
  kp_figure_table_set_columns (self->totals, _("Organisation"), hour_titles, hour_decimals);
  kp_figure_table_set_columns (self->people, _("Person and year"), people_titles, people_decimals);
  g_signal_connect_swapped (self->month_dropdown, "notify::selected", G_CALLBACK (month_changed_cb), self);
}
