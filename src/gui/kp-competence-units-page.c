/* kp-competence-units-page.c: units and their roles: headcount, demand, gap and
 * recruitment need, year by year, and totals across all organisations. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kp-competence-stats.h"
#include "kp-competence-units-page.h"
#include "kp-competence-util.h"
#include "kp-computed-column.h"
#include "kp-entity-form.h"
#include "kp-entity-table.h"
#include "kp-figure-table.h"

struct _KpCompetenceUnitsPage
{
  AdwBin parent_instance;

  KpDocument *document;
  KpEntityTable *units;
  KpEntityTable *headcount;
  KpEntityForm *form;
  GtkCustomFilter *unit_filter;
  GtkCustomFilter *row_filter;
  gint64 organisation_id;       /* 0: all */
  gint64 unit_id;               /* 0: no unit selected */
  gint64 row_id;                /* the selected headcount row, or 0 */

  GtkDropDown *org_dropdown;
  GtkLabel *summary_label;
  GtkToggleButton *form_toggle;
  AdwBin *units_bin;
  AdwFlap *flap;
  GtkLabel *roles_heading;
  AdwBin *headcount_bin;
  GtkLabel *figures_heading;
  KpFigureTable *years_table;
  KpFigureTable *totals_table;
  AdwBin *form_bin;
  GtkLabel *form_placeholder;
};

G_DEFINE_FINAL_TYPE (KpCompetenceUnitsPage, kp_competence_units_page, ADW_TYPE_BIN)

static const char *const unit_fields[] = { "organisation-id", "name", "target-year", NULL };
static const char *const row_fields[] = {
  "unit-id", "role-id", "persons", "fte", "retirements", "turnover", "demand", "growth", NULL
};
static const char *const form_fields[] = {
  "role-id", "persons", "fte", "retirements", "turnover", "demand", "growth", NULL
};

/* ---- filters --------------------------------------------------------------------- */

static gboolean
unit_visible_cb (gpointer item,
                 gpointer data)
{
  KpCompetenceUnitsPage *self = data;

  return self->organisation_id == 0 || kp_entity_get_int (item, "organisation-id") == self->organisation_id;
}

static gboolean
row_visible_cb (gpointer item,
                gpointer data)
{
  KpCompetenceUnitsPage *self = data;
  KpCompetenceScope scope = { self->unit_id != 0 ? 0 : self->organisation_id, self->unit_id, 0 };

  return self->document != NULL && kp_competence_scope_matches (self->document, &scope, item);
}

/* ---- computed columns -------------------------------------------------------------- */

typedef enum
{
  UNIT_ROLES,
  UNIT_PERSONS,
  UNIT_GAP,
  UNIT_NEED,
  ROW_TARGET_YEAR,
  ROW_GAP,
  ROW_NEED,
} Figure;

typedef struct
{
  KpCompetenceUnitsPage *page;
  Figure figure;
} ColumnData;

static char *
compute_cb (KpEntity *entity,
            double   *sort_key,
            gpointer  data)
{
  ColumnData *c = data;
  KpDocument *doc = c->page->document;
  KpHeadcountSummary s = { 0 };

  if (c->figure <= UNIT_NEED)
    {
      KpCompetenceScope scope = { 0, kp_entity_get_id (entity), 0 };

      kp_competence_summary (doc, &scope, &s);
    }
  else
    kp_headcount_summary_add (doc, entity, &s);
  switch (c->figure)
    {
    case UNIT_ROLES:
      *sort_key = s.n_rows;
      return g_strdup_printf ("%u", s.n_rows);
    case UNIT_PERSONS:
      *sort_key = s.persons;
      return kp_competence_format_people (s.persons);
    case ROW_TARGET_YEAR:
      {
        KpForecastInput in;

        kp_forecast_input_for (doc, entity, &in);
        *sort_key = in.target_year;
        return g_strdup_printf ("%d", in.target_year);
      }
    case UNIT_GAP:
    case ROW_GAP:
      *sort_key = s.gap;
      return kp_competence_format_people (s.gap);
    case UNIT_NEED:
    case ROW_NEED:
    default:
      *sort_key = s.need;
      return kp_competence_format_people (s.need);
    }
}

static void
add_figure_column (KpCompetenceUnitsPage *self,
                   KpEntityTable         *table,
                   const char            *title,
                   Figure                 figure)
{
  ColumnData *c = g_new0 (ColumnData, 1);
  g_autoptr(GtkColumnViewColumn) column = NULL;

  c->page = self;
  c->figure = figure;
  column = kp_computed_column_new (self->document, title, compute_cb, c, g_free);
  kp_entity_table_append_column (table, column);
}

/* ---- figures ----------------------------------------------------------------------- */

static char *
scope_name (KpCompetenceUnitsPage *self)
{
  KpDocument *doc = self->document;
  KpEntity *row = self->row_id != 0 ? kp_document_lookup (doc, &kp_desc_headcount, self->row_id) : NULL;
  KpEntity *unit = self->unit_id != 0 ? kp_document_lookup (doc, &kp_desc_unit, self->unit_id) : NULL;
  KpEntity *org = self->organisation_id != 0 ? kp_document_lookup (doc, &kp_desc_organisation, self->organisation_id) : NULL;

  if (row != NULL)
    {
      KpEntity *role = kp_document_lookup (doc, &kp_desc_role, kp_entity_get_int (row, "role-id"));
      KpEntity *its_unit = kp_document_lookup (doc, &kp_desc_unit, kp_entity_get_int (row, "unit-id"));
      g_autofree char *role_name = role != NULL ? kp_entity_dup_display_name (role) : g_strdup ("");
      g_autofree char *unit_name = its_unit != NULL ? kp_entity_dup_display_name (its_unit) : g_strdup ("");

      /* Translators: a role in a unit, e.g. "Registered nurse in Hemsjukvården Skövde" */
      return g_strdup_printf (_("%s in %s"), role_name, unit_name);
    }
  if (unit != NULL)
    return kp_entity_dup_display_name (unit);
  if (org != NULL)
    return kp_entity_dup_display_name (org);
  return g_strdup (_("all organisations"));
}

static void
show_years (KpCompetenceUnitsPage *self)
{
  KpCompetenceScope scope = { self->organisation_id, self->unit_id, 0 };
  g_autoptr(GArray) years = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *name = scope_name (self);
  g_autofree char *heading = NULL;

  if (self->row_id != 0)
    {
      KpEntity *row = kp_document_lookup (self->document, &kp_desc_headcount, self->row_id);
      KpForecastInput in;

      years = g_array_new (FALSE, FALSE, sizeof (KpForecastYear));
      kp_forecast_input_for (self->document, row, &in);
      kp_forecast_compute (&in, in.target_year, years);
    }
  else
    years = kp_competence_forecast (self->document, &scope);
  for (guint i = 0; i < years->len; i++)
    {
      const KpForecastYear *f = &g_array_index (years, KpForecastYear, i);
      double values[] = { f->demand, f->staff, f->gap, f->leavers, f->need, f->need_total };
      g_autofree char *label = g_strdup_printf ("%d", f->year);

      g_ptr_array_add (rows, kp_figure_row_new (label, values, G_N_ELEMENTS (values), FALSE));
    }
  kp_figure_table_set_rows (self->years_table, rows);
  /* Translators: %s is a role in a unit, a unit, an organisation or "all organisations" */
  heading = g_strdup_printf (_("Year by year for %s"), name);
  gtk_label_set_text (self->figures_heading, heading);
}

static void
show_totals (KpCompetenceUnitsPage *self)
{
  KpCompetenceScope all = { 0 };
  g_autoptr(GPtrArray) roles = kp_competence_roles (self->document, &all);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  KpHeadcountSummary s;

  for (guint i = 0; i < roles->len; i++)
    {
      KpCompetenceScope scope = { 0, 0, kp_entity_get_id (roles->pdata[i]) };
      g_autofree char *name = kp_entity_dup_display_name (roles->pdata[i]);

      kp_competence_summary (self->document, &scope, &s);
      {
        double values[] = { s.persons, s.fte, s.retirements, s.demand, MAX (0.0, s.gap), s.need };

        g_ptr_array_add (rows, kp_figure_row_new (name, values, G_N_ELEMENTS (values), FALSE));
      }
    }
  kp_competence_summary (self->document, &all, &s);
  {
    double values[] = { s.persons, s.fte, s.retirements, s.demand, MAX (0.0, s.gap), s.need };

    g_ptr_array_add (rows, kp_figure_row_new (_("All roles"), values, G_N_ELEMENTS (values), TRUE));
  }
  kp_figure_table_set_rows (self->totals_table, rows);
}

static void
show_summary (KpCompetenceUnitsPage *self)
{
  KpCompetenceScope scope = { self->unit_id != 0 ? 0 : self->organisation_id, self->unit_id, 0 };
  KpHeadcountSummary s;
  g_autofree char *persons = NULL, *fte = NULL, *gap = NULL, *need = NULL, *text = NULL;
  g_autofree char *name = NULL;
  KpEntity *unit = self->unit_id != 0 ? kp_document_lookup (self->document, &kp_desc_unit, self->unit_id) : NULL;

  kp_competence_summary (self->document, &scope, &s);
  persons = kp_competence_format_people (s.persons);
  fte = kp_competence_format_people (s.fte);
  gap = kp_competence_format_people (MAX (0.0, s.gap));
  need = kp_competence_format_people (s.need);
  /* Translators: a summary of the roles shown: persons, full-time equivalents, gap and need */
  text = g_strdup_printf (_("%s persons, %s full-time equivalents. Gap in the target year: %s. "
                            "Recruitment need up to it: %s."), persons, fte, gap, need);
  gtk_label_set_text (self->summary_label, text);
  if (unit != NULL)
    {
      g_autofree char *unit_name = kp_entity_dup_display_name (unit);

      /* Translators: %s is a unit, %d its target year */
      name = g_strdup_printf (_("Roles in %s, target year %d"), unit_name, (int) kp_entity_get_int (unit, "target-year"));
    }
  else
    {
      g_autofree char *where = NULL;

      where = self->organisation_id != 0
              ? kp_entity_dup_display_name (kp_document_lookup (self->document, &kp_desc_organisation, self->organisation_id))
              : g_strdup (_("all organisations"));
      /* Translators: %s is an organisation or "all organisations" */
      name = g_strdup_printf (_("Roles in %s"), where);
    }
  gtk_label_set_text (self->roles_heading, name);
}

static void
refresh (KpCompetenceUnitsPage *self)
{
  if (self->document == NULL)
    return;
  if (self->row_id != 0 && kp_document_lookup (self->document, &kp_desc_headcount, self->row_id) == NULL)
    self->row_id = 0;
  show_summary (self);
  show_years (self);
  show_totals (self);
}

/* ---- selection --------------------------------------------------------------------- */

static void
preset_unit (KpCompetenceUnitsPage *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 unit = self->unit_id;

  /* Without a selected unit, new rows go to the first unit shown. */
  if (unit == 0)
    {
      g_autoptr(KpEntity) first = g_list_model_get_item (kp_entity_table_get_rows (self->units), 0);

      unit = first != NULL ? kp_entity_get_id (first) : 0;
    }
  if (unit == 0)
    return;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, unit);
  kp_entity_table_set_preset (self->headcount, "unit-id", &value);
}

static void
unit_selected_cb (KpCompetenceUnitsPage *self)
{
  KpEntity *unit = kp_entity_table_get_selected (self->units);
  gint64 id = unit != NULL ? kp_entity_get_id (unit) : 0;

  if (id == self->unit_id)
    return;
  self->unit_id = id;
  self->row_id = 0;
  gtk_filter_changed (GTK_FILTER (self->row_filter), GTK_FILTER_CHANGE_DIFFERENT);
  preset_unit (self);
  refresh (self);
}

static void
row_selected_cb (KpCompetenceUnitsPage *self)
{
  KpEntity *row = kp_entity_table_get_selected (self->headcount);

  self->row_id = row != NULL ? kp_entity_get_id (row) : 0;
  gtk_widget_set_visible (GTK_WIDGET (self->form), row != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->form_placeholder), row == NULL);
  if (row != NULL)
    kp_entity_form_bind (self->form, self->document, row);
  show_years (self);
}

static void
organisation_selected_cb (KpCompetenceUnitsPage *self)
{
  KpEntity *org;

  if (self->document == NULL)
    return;
  org = kp_competence_dropdown_entity (self->org_dropdown);
  self->organisation_id = org != NULL ? kp_entity_get_id (org) : 0;
  gtk_filter_changed (GTK_FILTER (self->unit_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->row_filter), GTK_FILTER_CHANGE_DIFFERENT);
  preset_unit (self);
  refresh (self);
}

/* ---- public ------------------------------------------------------------------------ */

void
kp_competence_units_page_set_document (KpCompetenceUnitsPage *self,
                                       KpDocument            *document)
{
  static const char *const year_titles[] = {
    N_("Demand"), N_("Staff without recruitment"), N_("Gap"), N_("Leavers"), N_("Recruitment need"),
    N_("Recruitment need so far"), NULL
  };
  static const char *const total_titles[] = {
    N_("Persons"), N_("Full-time equivalents"), N_("Retirements per year"), N_("Demand in the target year"),
    N_("Gap"), N_("Recruitment need"), NULL
  };
  const char *years[G_N_ELEMENTS (year_titles)], *totals[G_N_ELEMENTS (total_titles)];
  static const int year_decimals[] = { 1, 1, 1, 1, 1, 1 };
  static const int total_decimals[] = { 0, 1, 0, 0, 1, 1 };
  g_autoptr(GListModel) orgs = NULL;

  g_return_if_fail (KP_IS_COMPETENCE_UNITS_PAGE (self));
  g_return_if_fail (self->document == NULL);
  self->document = g_object_ref (document);

  kp_entity_table_set_document (self->units, document);
  kp_entity_table_set_document (self->headcount, document);
  add_figure_column (self, self->units, _("Roles"), UNIT_ROLES);
  add_figure_column (self, self->units, _("Persons"), UNIT_PERSONS);
  add_figure_column (self, self->units, _("Gap"), UNIT_GAP);
  add_figure_column (self, self->units, _("Recruitment need"), UNIT_NEED);
  add_figure_column (self, self->headcount, _("Target year"), ROW_TARGET_YEAR);
  add_figure_column (self, self->headcount, _("Gap"), ROW_GAP);
  add_figure_column (self, self->headcount, _("Recruitment need"), ROW_NEED);
  g_signal_connect_object (kp_entity_table_get_rows (self->units), "notify::selected-item",
                           G_CALLBACK (unit_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kp_entity_table_get_rows (self->headcount), "notify::selected-item",
                           G_CALLBACK (row_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);

  for (guint i = 0; year_titles[i] != NULL; i++)
    years[i] = _(year_titles[i]);
  years[G_N_ELEMENTS (year_titles) - 1] = NULL;
  for (guint i = 0; total_titles[i] != NULL; i++)
    totals[i] = _(total_titles[i]);
  totals[G_N_ELEMENTS (total_titles) - 1] = NULL;
  kp_figure_table_set_columns (self->years_table, _("Year"), years, year_decimals);
  kp_figure_table_set_columns (self->totals_table, _("Role"), totals, total_decimals);

  orgs = kp_competence_choices_with_all (kp_document_get_list (document, &kp_desc_organisation),
                                         _("All organisations"));
  gtk_drop_down_set_model (self->org_dropdown, orgs);
  /* A new table selects its first row before anyone listens: start from what it shows. */
  unit_selected_cb (self);
  preset_unit (self);
  row_selected_cb (self);
  refresh (self);
}

KpEntityTable *
kp_competence_units_page_get_units (KpCompetenceUnitsPage *self)
{
  return self->units;
}

KpEntityTable *
kp_competence_units_page_get_headcount (KpCompetenceUnitsPage *self)
{
  return self->headcount;
}

KpEntityForm *
kp_competence_units_page_get_form (KpCompetenceUnitsPage *self)
{
  return self->form;
}

KpFigureTable *
kp_competence_units_page_get_years (KpCompetenceUnitsPage *self)
{
  return self->years_table;
}

KpFigureTable *
kp_competence_units_page_get_totals (KpCompetenceUnitsPage *self)
{
  return self->totals_table;
}

void
kp_competence_units_page_select_organisation (KpCompetenceUnitsPage *self,
                                              KpEntity              *organisation)
{
  kp_competence_dropdown_select (self->org_dropdown, organisation);
}

/* ---- the widget -------------------------------------------------------------------- */

static void
kp_competence_units_page_dispose (GObject *object)
{
  KpCompetenceUnitsPage *self = KP_COMPETENCE_UNITS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_COMPETENCE_UNITS_PAGE);
  g_clear_object (&self->unit_filter);
  g_clear_object (&self->row_filter);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_competence_units_page_parent_class)->dispose (object);
}

static void
kp_competence_units_page_class_init (KpCompetenceUnitsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_competence_units_page_dispose;
  g_type_ensure (KP_TYPE_FIGURE_TABLE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/kompetensplan/Kompetensplan/ui/kp-competence-units-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceUnitsPage, org_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceUnitsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceUnitsPage, form_toggle);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceUnitsPage, units_bin);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceUnitsPage, flap);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceUnitsPage, roles_heading);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceUnitsPage, headcount_bin);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceUnitsPage, figures_heading);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceUnitsPage, years_table);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceUnitsPage, totals_table);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceUnitsPage, form_bin);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceUnitsPage, form_placeholder);
}

static void
kp_competence_units_page_init (KpCompetenceUnitsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_expression (self->org_dropdown, kp_competence_name_expression ());
  g_signal_connect_swapped (self->org_dropdown, "notify::selected", G_CALLBACK (organisation_selected_cb), self);

  self->unit_filter = gtk_custom_filter_new (unit_visible_cb, self, NULL);
  self->row_filter = gtk_custom_filter_new (row_visible_cb, self, NULL);
  self->units = kp_entity_table_new (&kp_desc_unit, unit_fields);
  self->headcount = kp_entity_table_new (&kp_desc_headcount, row_fields);
  kp_entity_table_set_filter (self->units, GTK_FILTER (self->unit_filter));
  kp_entity_table_set_filter (self->headcount, GTK_FILTER (self->row_filter));
  adw_bin_set_child (self->units_bin, GTK_WIDGET (self->units));
  adw_bin_set_child (self->headcount_bin, GTK_WIDGET (self->headcount));

  self->form = kp_entity_form_new (&kp_desc_headcount, form_fields);
  kp_entity_form_set_title (self->form, _("Selected Role"));
  adw_bin_set_child (self->form_bin, GTK_WIDGET (self->form));
}
