/* kp-proposals-section.c: proposals, decisions, and making a proposal a sub-project. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-entity-cell.h"
#include "kp-proposals-section.h"
#include "kp-subproject.h"
#include "kp-warnings.h"
#include "kp-window.h"

struct _KpProposalsSection
{
  AdwBin parent_instance;

  KpDocument *document;
  KpEntityTable *table;
  KpEntityForm *form;
  KpEntity *proposal;        /* the selected one */
  guint refresh_id;

  GtkLabel *warnings_label;
  AdwBin *table_bin;
  GtkStack *detail_stack;
  AdwBin *form_bin;
};

G_DEFINE_FINAL_TYPE (KpProposalsSection, kp_proposals_section, ADW_TYPE_BIN)

static void
update_action (KpProposalsSection *self)
{
  gboolean can = self->document != NULL && self->proposal != NULL &&
                 !kp_document_get_read_only (self->document) &&
                 kp_proposal_get_subproject (self->document, self->proposal) == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.make-subproject", can);
}

static gboolean
refresh_cb (gpointer data)
{
  KpProposalsSection *self = data;
  KpEntity *project;
  GListModel *proposals;
  g_autoptr(GString) text = g_string_new (NULL);

  self->refresh_id = 0;
  if (self->document == NULL)
    return G_SOURCE_REMOVE;
  project = kp_document_get_project (self->document);
  proposals = kp_document_get_list (self->document, &kp_desc_proposal);
  for (guint i = 0, n = g_list_model_get_n_items (proposals); i < n; i++)
    {
      g_autoptr(KpEntity) p = g_list_model_get_item (proposals, i);
      g_autoptr(GError) warning = NULL;

      if (!kp_check_decision_date (project, p, &warning))
        /* Translators: "Proposal 3: “Decision date” (…) is outside the project …" */
        g_string_append_printf (text, "%s%s %" G_GINT64_FORMAT ": %s", text->len ? "\n" : "", _("Proposal"),
                                kp_entity_get_int (p, "number"), warning->message);
    }
  gtk_label_set_text (self->warnings_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), text->len > 0);
  if (self->proposal != NULL)
    {
      g_autoptr(GError) warning = NULL;

      kp_entity_form_set_message (self->form, "decision-date",
                                  kp_check_decision_date (project, self->proposal, &warning) ? NULL : warning->message);
    }
  update_action (self);
  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (KpProposalsSection *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_cb, self);
}

static void
proposal_selected_cb (KpProposalsSection *self)
{
  KpEntity *proposal = kp_entity_table_get_selected (self->table);

  g_set_object (&self->proposal, proposal);
  gtk_stack_set_visible_child_name (self->detail_stack, proposal != NULL ? "proposal" : "empty");
  if (proposal != NULL)
    {
      g_autofree char *title = g_strdup_printf ("%s %" G_GINT64_FORMAT, _("Proposal"), kp_entity_get_int (proposal, "number"));

      kp_entity_form_set_title (self->form, title);
      kp_entity_form_bind (self->form, self->document, proposal);
    }
  refresh_cb (self);
}

static void
make_subproject_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  KpProposalsSection *self = KP_PROPOSALS_SECTION (widget);
  g_autoptr(GError) error = NULL;
  KpEntity *sub;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->proposal == NULL)
    return;
  sub = kp_proposal_make_subproject (self->document, self->proposal, &error);
  if (sub == NULL)
    {
      kp_report_error (widget, error);
      return;
    }
  if (KP_IS_WINDOW (root))
    {
      /* Translators: a toast, e.g. "Proposal 3 is now sub-project 5, with a phase on the timeline" */
      g_autofree char *text = g_strdup_printf (_("Proposal %d is now sub-project %d, with a phase on the timeline"),
                                               (int) kp_entity_get_int (self->proposal, "number"),
                                               (int) kp_entity_get_int (sub, "number"));
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      kp_window_add_toast (KP_WINDOW (root), toast);
    }
  update_action (self);
}

void
kp_proposals_section_set_document (KpProposalsSection *self,
                                   KpDocument         *document)
{
  g_return_if_fail (KP_IS_PROPOSALS_SECTION (self));
  g_return_if_fail (self->document == NULL);

  self->document = g_object_ref (document);
  kp_entity_table_set_document (self->table, document);
  g_signal_connect_object (kp_entity_table_get_rows (self->table), "notify::selected",
                           G_CALLBACK (proposal_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  proposal_selected_cb (self);
}

KpEntityTable *
kp_proposals_section_get_table (KpProposalsSection *self)
{
  return self->table;
}

KpEntityForm *
kp_proposals_section_get_form (KpProposalsSection *self)
{
  return self->form;
}

const char *
kp_proposals_section_get_warnings (KpProposalsSection *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->warnings_label)) ? gtk_label_get_text (self->warnings_label) : NULL;
}

static void
kp_proposals_section_dispose (GObject *object)
{
  KpProposalsSection *self = KP_PROPOSALS_SECTION (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_PROPOSALS_SECTION);
  g_clear_object (&self->proposal);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_proposals_section_parent_class)->dispose (object);
}

static void
kp_proposals_section_class_init (KpProposalsSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_proposals_section_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-proposals-section.ui");
  gtk_widget_class_bind_template_child (widget_class, KpProposalsSection, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, KpProposalsSection, table_bin);
  gtk_widget_class_bind_template_child (widget_class, KpProposalsSection, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, KpProposalsSection, form_bin);
  gtk_widget_class_install_action (widget_class, "proposals.make-subproject", NULL, make_subproject_action);
}

static void
kp_proposals_section_init (KpProposalsSection *self)
{
  static const char *const columns[] = { "number", "title", "priority", "decision", "decision-date",
                                         "decision-body", "responsible", NULL };
  static const char *const fields[] = { "number", "title", "priority", "decision", "decision-date",
                                        "decision-body", "responsible", "description", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->table = kp_entity_table_new (&kp_desc_proposal, columns);
  adw_bin_set_child (self->table_bin, GTK_WIDGET (self->table));
  self->form = kp_entity_form_new (&kp_desc_proposal, fields);
  kp_entity_form_set_multiline (self->form, "description");
  adw_bin_set_child (self->form_bin, GTK_WIDGET (self->form));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.make-subproject", FALSE);
}
