/* kp-overview-page.c: the Overview view. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kp-funding.h"
#include "kp-overview-page.h"
#include "kp-summary.h"
#include "kp-warnings.h"

enum { FORM_PROJECT, FORM_FUNDING, FORM_TIME, FORM_BUDGET, FORM_TARGETS, FORM_TEXT, N_FORMS };

struct _KpOverviewPage
{
  AdwBin parent_instance;

  KpDocument *document;
  KpEntityForm *forms[N_FORMS];
  KpKeyFigure *keys[KP_N_KEYS];
  GtkLabel *contribution;
  KpEntityTable *organisations;
  guint refresh_id;

  GtkFlowBox *key_box;
  AdwBin *project_bin;
  AdwBin *funding_bin;
  AdwBin *time_bin;
  AdwBin *budget_bin;
  AdwBin *targets_bin;
  AdwBin *text_bin;
  AdwBin *org_bin;
  GtkLabel *org_warnings;
  KpGovernanceSection *governance;
};

G_DEFINE_FINAL_TYPE (KpOverviewPage, kp_overview_page, ADW_TYPE_BIN)

static const char *const project_fields[] = { "title", "short-name", "case-number", "owner-org", "owner-org-number", NULL };
static const char *const funding_fields[] = { "funder", "programme", "programme-area", "specific-objective", "region", "nuts2", NULL };
static const char *const time_fields[] = { "start-date", "end-date", "status", NULL };
static const char *const budget_fields[] = { "budget", "currency", "funder-share", NULL };
static const char *const target_fields[] = { "planned-hours", "participant-target", NULL };
static const char *const text_fields[] = { "purpose", "background", "method", "description", NULL };

static const char *const *const form_fields[N_FORMS] = {
  project_fields, funding_fields, time_fields, budget_fields, target_fields, text_fields,
};
static const char *const form_titles[N_FORMS] = {
  N_("Project"), N_("Funding Programme"), N_("Dates and Status"), N_("Budget"), N_("Targets"),
  N_("Purpose and Method"),
};

/* ---- what follows from the data ------------------------------------------------------ */

static void
refresh_project (KpOverviewPage *self)
{
  KpEntity *project = kp_document_get_project (self->document);
  g_autoptr(GError) case_warning = NULL;
  g_autoptr(GError) org_warning = NULL;
  double contribution = kp_project_funder_contribution (project);
  g_autofree char *money = kp_format_money (contribution, kp_entity_get_text (project, "currency"));

  kp_check_case_number (kp_entity_get_text (project, "case-number"), &case_warning);
  kp_check_org_number (kp_entity_get_text (project, "owner-org-number"), &org_warning);
  kp_entity_form_set_message (self->forms[FORM_PROJECT], "case-number", case_warning ? case_warning->message : NULL);
  kp_entity_form_set_message (self->forms[FORM_PROJECT], "owner-org-number", org_warning ? org_warning->message : NULL);
  gtk_label_set_text (self->contribution, money);
}

static void
refresh_organisations (KpOverviewPage *self)
{
  GListModel *orgs = kp_document_get_list (self->document, &kp_desc_organisation);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0, n = g_list_model_get_n_items (orgs); i < n; i++)
    {
      g_autoptr(KpEntity) org = g_list_model_get_item (orgs, i);
      g_autoptr(GError) warning = NULL;

      if (!kp_check_org_number (kp_entity_get_text (org, "org-number"), &warning))
        g_string_append_printf (text, "%s%s: %s", text->len ? "\n" : "", kp_entity_get_text (org, "name"),
                                warning->message);
    }
  gtk_label_set_text (self->org_warnings, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->org_warnings), text->len > 0);
}

static void
refresh_key_figures (KpOverviewPage *self)
{
  KpStatsKeyFigures figures;
  KpKeyText texts[KP_N_KEYS] = { 0 };

  kp_stats_key_figures (self->document, NULL, KP_DATE_NONE, &figures);
  kp_key_texts_fill (&figures, kp_entity_get_text (kp_document_get_project (self->document), "currency"), texts);
  for (guint i = 0; i < KP_N_KEYS; i++)
    kp_key_figure_set (self->keys[i], &texts[i]);
  kp_key_texts_clear (texts);
}

static gboolean
refresh_cb (gpointer data)
{
  KpOverviewPage *self = data;

  self->refresh_id = 0;
  if (self->document == NULL)
    return G_SOURCE_REMOVE;
  refresh_project (self);
  refresh_organisations (self);
  refresh_key_figures (self);
  return G_SOURCE_REMOVE;
}

/* Several edits in a row (an import, an undo of a group) refresh once. */
static void
document_changed_cb (KpOverviewPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_cb, self, NULL);
}

void
kp_overview_page_set_document (KpOverviewPage *self,
                               KpDocument     *document)
{
  KpEntity *project = kp_document_get_project (document);

  g_return_if_fail (KP_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (self->document == NULL);

  self->document = g_object_ref (document);
  for (guint i = 0; i < N_FORMS; i++)
    kp_entity_form_bind (self->forms[i], document, project);
  kp_entity_table_set_document (self->organisations, document);
  kp_governance_section_set_document (self->governance, document);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  /* A refused edit changes nothing, but the row shows the refusal; the figures stay. */
  refresh_cb (self);
}

KpEntityForm *
kp_overview_page_get_form (KpOverviewPage *self,
                           const char     *field)
{
  for (guint i = 0; i < N_FORMS; i++)
    for (guint j = 0; form_fields[i][j] != NULL; j++)
      if (g_str_equal (form_fields[i][j], field))
        return self->forms[i];
  g_return_val_if_reached (NULL);
}

KpKeyFigure *
kp_overview_page_get_key_figure (KpOverviewPage *self,
                                 KpKey           key)
{
  g_return_val_if_fail (key < KP_N_KEYS, NULL);
  return self->keys[key];
}

const char *
kp_overview_page_get_contribution (KpOverviewPage *self)
{
  return gtk_label_get_text (self->contribution);
}

KpEntityTable *
kp_overview_page_get_organisations (KpOverviewPage *self)
{
  return self->organisations;
}

const char *
kp_overview_page_get_organisation_warnings (KpOverviewPage *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->org_warnings)) ? gtk_label_get_text (self->org_warnings) : NULL;
}

KpGovernanceSection *
kp_overview_page_get_governance (KpOverviewPage *self)
{
  return self->governance;
}

/* ---- the widget ------------------------------------------------------------------------ */

static void
kp_overview_page_dispose (GObject *object)
{
  KpOverviewPage *self = KP_OVERVIEW_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_overview_page_parent_class)->dispose (object);
}

static void
kp_overview_page_class_init (KpOverviewPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_overview_page_dispose;
  g_type_ensure (KP_TYPE_GOVERNANCE_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpOverviewPage, key_box);
  gtk_widget_class_bind_template_child (widget_class, KpOverviewPage, project_bin);
  gtk_widget_class_bind_template_child (widget_class, KpOverviewPage, funding_bin);
  gtk_widget_class_bind_template_child (widget_class, KpOverviewPage, time_bin);
  gtk_widget_class_bind_template_child (widget_class, KpOverviewPage, budget_bin);
  gtk_widget_class_bind_template_child (widget_class, KpOverviewPage, targets_bin);
  gtk_widget_class_bind_template_child (widget_class, KpOverviewPage, text_bin);
  gtk_widget_class_bind_template_child (widget_class, KpOverviewPage, org_bin);
  gtk_widget_class_bind_template_child (widget_class, KpOverviewPage, org_warnings);
  gtk_widget_class_bind_template_child (widget_class, KpOverviewPage, governance);
}

static GtkWidget *
contribution_row (KpOverviewPage *self)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Funder’s contribution"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Total budget × funder share; computed, not typed"));
  self->contribution = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_selectable (self->contribution, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->contribution), "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->contribution));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->contribution), GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
  return row;
}

static void
kp_overview_page_init (KpOverviewPage *self)
{
  static const char *const org_fields[] = { "name", "kind", "project-role", "org-number", NULL };
  AdwBin *bins[N_FORMS];

  gtk_widget_init_template (GTK_WIDGET (self));
  bins[FORM_PROJECT] = self->project_bin;
  bins[FORM_FUNDING] = self->funding_bin;
  bins[FORM_TIME] = self->time_bin;
  bins[FORM_BUDGET] = self->budget_bin;
  bins[FORM_TARGETS] = self->targets_bin;
  bins[FORM_TEXT] = self->text_bin;
  for (guint i = 0; i < N_FORMS; i++)
    {
      self->forms[i] = kp_entity_form_new (&kp_desc_project, form_fields[i]);
      kp_entity_form_set_title (self->forms[i], _(form_titles[i]));
      adw_bin_set_child (bins[i], GTK_WIDGET (self->forms[i]));
    }
  for (guint j = 0; text_fields[j] != NULL; j++)
    kp_entity_form_set_multiline (self->forms[FORM_TEXT], text_fields[j]);
  kp_entity_form_add_row (self->forms[FORM_BUDGET], contribution_row (self));

  for (guint i = 0; i < KP_N_KEYS; i++)
    {
      self->keys[i] = kp_key_figure_new ();
      gtk_flow_box_append (self->key_box, GTK_WIDGET (self->keys[i]));
    }
  /* Translators: the two bars of "Progress against time": work done, time gone */
  kp_key_figure_set_bar_labels (self->keys[KP_KEY_PROGRESS], C_("progress", "Work"), C_("progress", "Time"));

  self->organisations = kp_entity_table_new (&kp_desc_organisation, org_fields);
  adw_bin_set_child (self->org_bin, GTK_WIDGET (self->organisations));
}
