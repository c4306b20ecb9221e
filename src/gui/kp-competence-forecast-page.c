/* kp-competence-forecast-page.c: a chart per role of staff against demand over the years,
 * with the demand growth rate of the role, for all organisations, one or one unit. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kp-chart-view.h"
#include "kp-competence-forecast-page.h"
#include "kp-competence-stats.h"
#include "kp-competence-util.h"
#include "kp-entity-cell.h"
#include "kp-entity-form.h"
#include "kp-format.h"
#include "kp-validate.h"

typedef struct
{
  KpCompetenceForecastPage *page;
  gint64 role_id;
  GtkWidget *box;
  KpChartView *chart;
  GtkLabel *figures;
  GtkEntry *growth;
} Card;

struct _KpCompetenceForecastPage
{
  AdwBin parent_instance;

  KpDocument *document;
  GArray *scopes;           /* KpCompetenceScope, in step with the drop-down's items */
  char *scope_key;          /* the organisations and units the items were made from */
  GPtrArray *cards;         /* Card, in the order shown */
  gboolean refreshing;
  KpEntityForm *target_form;

  GtkDropDown *scope_dropdown;
  GtkLabel *summary_label;
  AdwBin *target_bin;
  GtkFlowBox *cards_box;
  GtkLabel *empty_label;
};

G_DEFINE_FINAL_TYPE (KpCompetenceForecastPage, kp_competence_forecast_page, ADW_TYPE_BIN)

static void refresh (KpCompetenceForecastPage *self);

static const KpCompetenceScope *
current_scope (KpCompetenceForecastPage *self)
{
  guint i = gtk_drop_down_get_selected (self->scope_dropdown);
  static const KpCompetenceScope all = { 0 };

  return i < self->scopes->len ? &g_array_index (self->scopes, KpCompetenceScope, i) : &all;
}

/* ---- the scope drop-down ------------------------------------------------------------ */

static char *
scopes_key (KpDocument *doc)
{
  GString *key = g_string_new (NULL);
  const KpEntityDesc *descs[] = { &kp_desc_organisation, &kp_desc_unit };

  for (guint d = 0; d < G_N_ELEMENTS (descs); d++)
    {
      GListModel *list = kp_document_get_list (doc, descs[d]);

      for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
        {
          g_autoptr(KpEntity) e = g_list_model_get_item (list, i);
          g_autofree char *name = kp_entity_dup_display_name (e);

          g_string_append_printf (key, "%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%s|", kp_entity_get_id (e),
                                  d == 1 ? kp_entity_get_int (e, "organisation-id") : 0, name);
        }
    }
  return g_string_free (key, FALSE);
}

/* All organisations, then each organisation that has units, each followed by its units. */
static void
build_scopes (KpCompetenceForecastPage *self)
{
  GListModel *orgs = kp_document_get_list (self->document, &kp_desc_organisation);
  GListModel *units = kp_document_get_list (self->document, &kp_desc_unit);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  KpCompetenceScope kept = *current_scope (self);
  KpCompetenceScope all = { 0 };
  guint select = 0;

  g_array_set_size (self->scopes, 0);
  gtk_string_list_append (labels, _("All organisations"));
  g_array_append_val (self->scopes, all);
  for (guint i = 0, n = g_list_model_get_n_items (orgs); i < n; i++)
    {
      g_autoptr(KpEntity) org = g_list_model_get_item (orgs, i);
      gboolean has_units = FALSE;

      for (guint k = 0, m = g_list_model_get_n_items (units); k < m; k++)
        {
          g_autoptr(KpEntity) unit = g_list_model_get_item (units, k);
          KpCompetenceScope s = { kp_entity_get_id (org), kp_entity_get_id (unit), 0 };
          g_autofree char *name = NULL;
          g_autofree char *label = NULL;

          if (kp_entity_get_int (unit, "organisation-id") != kp_entity_get_id (org))
            continue;
          if (!has_units)
            {
              KpCompetenceScope o = { kp_entity_get_id (org), 0, 0 };
              g_autofree char *org_name = kp_entity_dup_display_name (org);

              has_units = TRUE;
              gtk_string_list_append (labels, org_name);
              if (kept.unit_id == 0 && kept.organisation_id == o.organisation_id)
                select = self->scopes->len;
              g_array_append_val (self->scopes, o);
            }
          name = kp_entity_dup_display_name (unit);
          /* Units stand indented under their organisation. */
          label = g_strconcat ("\u2003", name, NULL);
          gtk_string_list_append (labels, label);
          if (kept.unit_id == s.unit_id)
            select = self->scopes->len;
          g_array_append_val (self->scopes, s);
        }
    }
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->scope_dropdown, select);
}

/* ---- cards ------------------------------------------------------------------------- */

static GPtrArray *
rows_of (KpCompetenceForecastPage *self,
         gint64                    role_id)
{
  KpCompetenceScope scope = *current_scope (self);
  GListModel *list = kp_document_get_list (self->document, &kp_desc_headcount);
  GPtrArray *rows = g_ptr_array_new ();

  scope.role_id = role_id;
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) row = g_list_model_get_item (list, i);

      if (kp_competence_scope_matches (self->document, &scope, row))
        g_ptr_array_add (rows, row);
    }
  return rows;
}

/* Sets the growth of every row of the role in scope, as one undo step. */
static void
apply_growth (Card *card)
{
  KpCompetenceForecastPage *self = card->page;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (card->growth));
  const KpField *field = kp_entity_desc_field (&kp_desc_headcount, "growth");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  double value;
  gboolean changed = FALSE;

  if (self->document == NULL || self->refreshing || kp_document_get_read_only (self->document))
    return;
  gtk_widget_remove_css_class (GTK_WIDGET (card->growth), "error");
  if (*text == '\0')
    return;
  if (!kp_parse_number (text, &value) || isnan (value))
    {
      g_set_error (&error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_NOT_A_NUMBER, _("“%s” must be a number."),
                   _(field->label));
      gtk_widget_add_css_class (GTK_WIDGET (card->growth), "error");
      kp_report_error (GTK_WIDGET (self), error);
      return;
    }
  rows = rows_of (self, card->role_id);
  for (guint i = 0; i < rows->len; i++)
    changed |= kp_entity_get_real (rows->pdata[i], "growth") != value;
  if (!changed)
    return;
  /* Translators: an undo step */
  kp_document_begin (self->document, _("Change Demand growth per year"));
  for (guint i = 0; i < rows->len; i++)
    if (!kp_document_set_real (self->document, rows->pdata[i], "growth", value, &error))
      {
        kp_document_abort (self->document);
        gtk_widget_add_css_class (GTK_WIDGET (card->growth), "error");
        kp_report_error (GTK_WIDGET (self), error);
        return;
      }
  if (!kp_document_end (self->document, &error))
    kp_report_error (GTK_WIDGET (self), error);
}

static void
growth_activate_cb (GtkEntry *entry,
                    Card     *card)
{
  apply_growth (card);
}

static void
growth_leave_cb (GtkEventControllerFocus *controller,
                 Card                    *card)
{
  apply_growth (card);
}

static void
card_free (Card *card)
{
  g_free (card);
}

static Card *
card_new (KpCompetenceForecastPage *self,
          KpEntity                 *role)
{
  Card *card = g_new0 (Card, 1);
  g_autofree char *name = kp_entity_dup_display_name (role);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("Demand _growth per year"));
  GtkEventController *focus = gtk_event_controller_focus_new ();

  card->page = self;
  card->role_id = kp_entity_get_id (role);
  card->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (card->box, "card");
  card->chart = KP_CHART_VIEW (kp_chart_view_new ());
  gtk_widget_set_size_request (GTK_WIDGET (card->chart), 260, 220);
  gtk_widget_set_margin_top (GTK_WIDGET (card->chart), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (card->chart), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (card->chart), 6);
  kp_chart_view_set_file_name (card->chart, name);
  card->figures = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (card->figures, TRUE);
  gtk_label_set_xalign (card->figures, 0);
  gtk_widget_set_margin_start (GTK_WIDGET (card->figures), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (card->figures), 12);
  card->growth = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_width_chars (GTK_EDITABLE (card->growth), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (card->growth), 6);
  gtk_editable_set_alignment (GTK_EDITABLE (card->growth), 1.0);
  gtk_entry_set_input_purpose (card->growth, GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_placeholder_text (card->growth, _("varies"));
  {
    /* Translators: the accessible name of a role's growth entry, e.g. "Demand growth per year for Registered nurse, %" */
    g_autofree char *a11y = g_strdup_printf (_("Demand growth per year for %s, in percent"), name);

    gtk_accessible_update_property (GTK_ACCESSIBLE (card->growth), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  }
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (card->growth));
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (card->growth));
  gtk_box_append (GTK_BOX (row), gtk_label_new ("%"));
  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 12);
  gtk_widget_set_margin_bottom (row, 12);
  g_signal_connect (card->growth, "activate", G_CALLBACK (growth_activate_cb), card);
  g_signal_connect (focus, "leave", G_CALLBACK (growth_leave_cb), card);
  gtk_widget_add_controller (GTK_WIDGET (card->growth), focus);
  gtk_box_append (GTK_BOX (card->box), GTK_WIDGET (card->chart));
  gtk_box_append (GTK_BOX (card->box), GTK_WIDGET (card->figures));
  gtk_box_append (GTK_BOX (card->box), row);
  return card;
}

static void
card_update (Card *card)
{
  KpCompetenceForecastPage *self = card->page;
  KpCompetenceScope scope = *current_scope (self);
  KpEntity *role = kp_document_lookup (self->document, &kp_desc_role, card->role_id);
  g_autofree char *name = role != NULL ? kp_entity_dup_display_name (role) : g_strdup ("");
  g_autoptr(GArray) years = NULL;
  g_autoptr(GPtrArray) rows = rows_of (self, card->role_id);
  g_autoptr(KpChart) chart = kp_chart_new (KP_CHART_LINE);
  g_autoptr(GArray) demand = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) staff = g_array_new (FALSE, FALSE, sizeof (double));
  KpHeadcountSummary s;
  g_autofree char *gap = NULL, *need = NULL, *text = NULL;
  gboolean same = TRUE;
  guint series;

  scope.role_id = card->role_id;
  years = kp_competence_forecast (self->document, &scope);
  for (guint i = 0; i < years->len; i++)
    {
      const KpForecastYear *f = &g_array_index (years, KpForecastYear, i);
      g_autofree char *label = g_strdup_printf ("%d", f->year);

      kp_chart_add_category (chart, label);
      g_array_append_val (demand, f->demand);
      g_array_append_val (staff, f->staff);
    }
  kp_chart_set_title (chart, name);
  kp_chart_set_axis_titles (chart, NULL, _("Persons"));
  kp_chart_append_series (chart, _("Staff without recruitment"), (double *) staff->data, staff->len);
  series = kp_chart_append_series (chart, _("Demand"), (double *) demand->data, demand->len);
  kp_chart_set_series_dashed (chart, series, TRUE);
  kp_chart_view_set_chart (card->chart, chart);

  kp_competence_summary (self->document, &scope, &s);
  gap = kp_competence_format_people (MAX (0.0, s.gap));
  need = kp_competence_format_people (s.need);
  /* Translators: the figures under a role's forecast chart */
  text = g_strdup_printf (_("Gap in the target year: %s. Recruitment need up to it: %s."), gap, need);
  gtk_label_set_text (card->figures, text);

  for (guint i = 1; i < rows->len; i++)
    same &= kp_entity_get_real (rows->pdata[i], "growth") == kp_entity_get_real (rows->pdata[0], "growth");
  if (!gtk_widget_has_focus (GTK_WIDGET (card->growth)) && !gtk_widget_has_css_class (GTK_WIDGET (card->growth), "error"))
    {
      g_autofree char *shown = rows->len > 0 && same ? kp_format_number (kp_entity_get_real (rows->pdata[0], "growth"), 2)
                                                     : g_strdup ("");

      gtk_editable_set_text (GTK_EDITABLE (card->growth), shown);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (card->growth), !kp_document_get_read_only (self->document));
}

static void
refresh (KpCompetenceForecastPage *self)
{
  g_autofree char *key = NULL;
  g_autoptr(GPtrArray) roles = NULL;
  gboolean same = TRUE;
  const KpCompetenceScope *scope;
  KpHeadcountSummary s;

  /* Rebuilding the drop-down or the cards calls back here. */
  if (self->document == NULL || self->refreshing)
    return;
  self->refreshing = TRUE;
  key = scopes_key (self->document);
  if (g_strcmp0 (key, self->scope_key) != 0)
    {
      g_free (self->scope_key);
      self->scope_key = g_steal_pointer (&key);
      build_scopes (self);
    }
  scope = current_scope (self);
  roles = kp_competence_roles (self->document, scope);
  same = roles->len == self->cards->len;
  for (guint i = 0; same && i < roles->len; i++)
    same = ((Card *) self->cards->pdata[i])->role_id == kp_entity_get_id (roles->pdata[i]);
  if (!same)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box))) != NULL)
        gtk_flow_box_remove (self->cards_box, child);
      g_ptr_array_set_size (self->cards, 0);
      for (guint i = 0; i < roles->len; i++)
        {
          Card *card = card_new (self, roles->pdata[i]);

          g_ptr_array_add (self->cards, card);
          gtk_flow_box_append (self->cards_box, card->box);
        }
    }
  for (guint i = 0; i < self->cards->len; i++)
    card_update (self->cards->pdata[i]);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->cards->len == 0);

  gtk_widget_set_visible (GTK_WIDGET (self->target_bin), scope->unit_id != 0);
  if (scope->unit_id != 0)
    kp_entity_form_bind (self->target_form, self->document,
                         kp_document_lookup (self->document, &kp_desc_unit, scope->unit_id));
  kp_competence_summary (self->document, scope, &s);
  {
    g_autofree char *persons = kp_competence_format_people (s.persons);
    g_autofree char *text = NULL;
    int base = kp_competence_base_year (self->document);
    int last = kp_competence_last_year (self->document, scope);

    /* Translators: e.g. "From 2020 to 2026: 445 persons in 6 roles" */
    text = g_strdup_printf (_("From %d to %d: %s persons in %u roles"), base, last, persons, roles->len);
    gtk_label_set_text (self->summary_label, text);
  }
  self->refreshing = FALSE;
}

/* ---- public ------------------------------------------------------------------------ */

void
kp_competence_forecast_page_set_document (KpCompetenceForecastPage *self,
                                          KpDocument               *document)
{
  g_return_if_fail (self->document == NULL);
  self->document = g_object_ref (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
}

gboolean
kp_competence_forecast_page_select (KpCompetenceForecastPage *self,
                                    gint64                    organisation_id,
                                    gint64                    unit_id)
{
  for (guint i = 0; i < self->scopes->len; i++)
    {
      const KpCompetenceScope *s = &g_array_index (self->scopes, KpCompetenceScope, i);

      if (s->unit_id == unit_id && (unit_id != 0 || s->organisation_id == organisation_id))
        {
          gtk_drop_down_set_selected (self->scope_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

static Card *
find_card (KpCompetenceForecastPage *self,
           gint64                    role_id)
{
  for (guint i = 0; i < self->cards->len; i++)
    if (((Card *) self->cards->pdata[i])->role_id == role_id)
      return self->cards->pdata[i];
  return NULL;
}

KpChartView *
kp_competence_forecast_page_get_chart (KpCompetenceForecastPage *self,
                                       gint64                    role_id)
{
  Card *card = find_card (self, role_id);

  return card != NULL ? card->chart : NULL;
}

GtkEntry *
kp_competence_forecast_page_get_growth_entry (KpCompetenceForecastPage *self,
                                              gint64                    role_id)
{
  Card *card = find_card (self, role_id);

  return card != NULL ? card->growth : NULL;
}

KpEntityForm *
kp_competence_forecast_page_get_target_form (KpCompetenceForecastPage *self)
{
  return self->target_form;
}

guint
kp_competence_forecast_page_get_n_charts (KpCompetenceForecastPage *self)
{
  return self->cards->len;
}

/* ---- the widget -------------------------------------------------------------------- */

static void
kp_competence_forecast_page_dispose (GObject *object)
{
  KpCompetenceForecastPage *self = KP_COMPETENCE_FORECAST_PAGE (object);

  /* Entries that lose the focus now must not edit. */
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_COMPETENCE_FORECAST_PAGE);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->scopes, g_array_unref);
  g_clear_pointer (&self->scope_key, g_free);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_competence_forecast_page_parent_class)->dispose (object);
}

static void
kp_competence_forecast_page_class_init (KpCompetenceForecastPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_competence_forecast_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/kompetensplan/Kompetensplan/ui/kp-competence-forecast-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceForecastPage, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceForecastPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceForecastPage, target_bin);
  gtk_widget_class_bind_template_child_full (widget_class, "cards", FALSE,
                                             G_STRUCT_OFFSET (KpCompetenceForecastPage, cards_box));
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceForecastPage, empty_label);
}

static void
kp_competence_forecast_page_init (KpCompetenceForecastPage *self)
{
  static const char *const target_fields[] = { "target-year", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->scopes = g_array_new (FALSE, FALSE, sizeof (KpCompetenceScope));
  self->cards = g_ptr_array_new_with_free_func ((GDestroyNotify) card_free);
  g_signal_connect_swapped (self->scope_dropdown, "notify::selected", G_CALLBACK (refresh), self);
  self->target_form = kp_entity_form_new (&kp_desc_unit, target_fields);
  kp_entity_form_set_title (self->target_form, _("Target year of the unit"));
  adw_bin_set_child (self->target_bin, GTK_WIDGET (self->target_form));
}
