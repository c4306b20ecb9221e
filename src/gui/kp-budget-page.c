/* kp-budget-page.c: budget lines with the funder's contribution, and totals. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kp-budget-page.h"
#include "kp-computed-column.h"
#include "kp-format.h"
#include "kp-funding.h"
#include "kp-stats.h"
#include "kp-summary.h"

struct _KpBudgetPage
{
  AdwBin parent_instance;

  KpDocument *document;
  KpEntityTable *table;
  gboolean dirty;

  AdwBin *table_bin;
  KpFigureTable *totals;
  GtkLabel *summary_label;
};

G_DEFINE_FINAL_TYPE (KpBudgetPage, kp_budget_page, ADW_TYPE_BIN)

static const char *
currency_of (KpBudgetPage *self)
{
  return kp_entity_get_text (kp_document_get_project (self->document), "currency");
}

static char *
contribution_cb (KpEntity *line,
                 double   *sort_key,
                 gpointer  data)
{
  double amount = kp_funder_contribution (kp_entity_get_real (line, "outcome"), kp_entity_get_real (line, "funder-share"));

  *sort_key = amount;
  return isnan (amount) ? g_strdup ("") : kp_format_number (amount, 2);
}

static KpFigureRow *
category_row (const char                  *label,
              const KpStatsBudgetCategory *c,
              gboolean                     pinned)
{
  double values[] = {
    c->budget, c->outcome, c->budget > 0 ? 100.0 * c->outcome / c->budget : NAN, c->funder_budget, c->funder_outcome,
  };

  return kp_figure_row_new (label, values, G_N_ELEMENTS (values), pinned);
}

static void
refresh (KpBudgetPage *self)
{
  g_autoptr(KpStatsBudget) budget = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *total = NULL, *outcome = NULL, *funder = NULL, *own = NULL, *text = NULL;

  if (self->document == NULL)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;
  budget = kp_stats_budget_new (self->document);
  for (guint i = 0; i < budget->n_categories; i++)
    if (budget->categories[i].n_lines > 0)
      g_ptr_array_add (rows, category_row (kp_catalog_label (&kp_catalog_budget_category, budget->categories[i].category),
                                           &budget->categories[i], FALSE));
  g_ptr_array_add (rows, category_row (_("Total"), &budget->total, TRUE));
  kp_figure_table_set_rows (self->totals, rows);

  total = kp_format_money (budget->total.budget, currency_of (self));
  outcome = kp_format_money (budget->total.outcome, currency_of (self));
  funder = kp_format_money (budget->total.funder_outcome, currency_of (self));
  own = kp_format_money (budget->total.outcome - budget->total.funder_outcome, currency_of (self));
  /* Translators: the budget's totals in a sentence */
  text = g_strdup_printf (_("Budget %s, outcome %s. The funder pays %s of the outcome; the project's own financing is %s."),
                          total, outcome, funder, own);
  gtk_label_set_text (self->summary_label, text);
}

void
kp_budget_page_set_document (KpBudgetPage *self,
                             KpDocument   *document)
{
  g_autoptr(GtkColumnViewColumn) contribution = NULL;

  g_return_if_fail (self->document == NULL);
  self->document = g_object_ref (document);
  contribution = kp_computed_column_new (document, _("Funder's contribution"), contribution_cb, self, NULL);
  kp_entity_table_append_column (self->table, contribution);
  kp_entity_table_set_document (self->table, document);
  g_signal_connect_object (document, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
}

KpEntityTable *
kp_budget_page_get_table (KpBudgetPage *self)
{
  return self->table;
}

KpFigureTable *
kp_budget_page_get_totals (KpBudgetPage *self)
{
  return self->totals;
}

const char *
kp_budget_page_get_summary (KpBudgetPage *self)
{
  return gtk_label_get_text (self->summary_label);
}

static void
kp_budget_page_map (GtkWidget *widget)
{
  KpBudgetPage *self = KP_BUDGET_PAGE (widget);

  GTK_WIDGET_CLASS (kp_budget_page_parent_class)->map (widget);
  if (self->dirty)
    refresh (self);
}

static void
kp_budget_page_dispose (GObject *object)
{
  KpBudgetPage *self = KP_BUDGET_PAGE (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_BUDGET_PAGE);
  G_OBJECT_CLASS (kp_budget_page_parent_class)->dispose (object);
}

static void
kp_budget_page_class_init (KpBudgetPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_budget_page_dispose;
  widget_class->map = kp_budget_page_map;
  g_type_ensure (KP_TYPE_FIGURE_TABLE);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-budget-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpBudgetPage, table_bin);
  gtk_widget_class_bind_template_child (widget_class, KpBudgetPage, totals);
  gtk_widget_class_bind_template_child (widget_class, KpBudgetPage, summary_label);
}

static void
kp_budget_page_init (KpBudgetPage *self)
{
  static const char *const fields[] = { "category", "description", "budget", "outcome", "funder-share", NULL };
  static const int decimals[] = { 0, 0, 1, 0, 0 };
  const char *titles[] = { _("Budget"), _("Outcome"), _("Used, %"), _("Funder's part of the budget"),
                           _("Funder's part of the outcome"), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->table = kp_entity_table_new (&kp_desc_budget_line, fields);
  adw_bin_set_child (self->table_bin, GTK_WIDGET (self->table));
  kp_figure_table_set_columns (self->totals, _("Category"), titles, decimals);
}
