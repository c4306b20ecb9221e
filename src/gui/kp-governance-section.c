/* kp-governance-section.c: governance bodies and their members. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-governance-section.h"

struct _KpGovernanceSection
{
  AdwBin parent_instance;

  KpDocument *document;
  KpEntityTable *bodies;
  KpEntityTable *members;
  GtkCustomFilter *of_body;
  gint64 body_id;            /* the selected group, 0 for none */

  AdwBin *bodies_bin;
  GtkLabel *members_heading;
  AdwBin *members_bin;
};

G_DEFINE_FINAL_TYPE (KpGovernanceSection, kp_governance_section, ADW_TYPE_BIN)

static gboolean
of_body_cb (gpointer item,
            gpointer data)
{
  KpGovernanceSection *self = data;

  return self->body_id == 0 || kp_entity_get_int (item, "body-id") == self->body_id;
}

static void
body_selected_cb (KpGovernanceSection *self)
{
  KpEntity *body = kp_entity_table_get_selected (self->bodies);
  g_autofree char *heading = NULL;

  self->body_id = body != NULL ? kp_entity_get_id (body) : 0;
  if (body != NULL)
    {
      g_autofree char *name = kp_entity_dup_display_name (body);
      g_auto(GValue) value = G_VALUE_INIT;

      /* Translators: the heading of the member table, with the group's name */
      heading = g_strdup_printf (_("Members of “%s”"), name);
      g_value_init (&value, G_TYPE_INT64);
      g_value_set_int64 (&value, self->body_id);
      kp_entity_table_set_preset (self->members, "body-id", &value);
    }
  gtk_label_set_text (self->members_heading, heading != NULL ? heading : _("Members of every group"));
  gtk_filter_changed (GTK_FILTER (self->of_body), GTK_FILTER_CHANGE_DIFFERENT);
}

void
kp_governance_section_set_document (KpGovernanceSection *self,
                                    KpDocument          *document)
{
  g_return_if_fail (KP_IS_GOVERNANCE_SECTION (self));

  g_set_object (&self->document, document);
  kp_entity_table_set_document (self->bodies, document);
  kp_entity_table_set_document (self->members, document);
  g_signal_connect_object (kp_entity_table_get_rows (self->bodies), "notify::selected",
                           G_CALLBACK (body_selected_cb), self, G_CONNECT_SWAPPED);
  body_selected_cb (self);
}

KpEntityTable *
kp_governance_section_get_bodies (KpGovernanceSection *self)
{
  return self->bodies;
}

KpEntityTable *
kp_governance_section_get_members (KpGovernanceSection *self)
{
  return self->members;
}

static void
kp_governance_section_dispose (GObject *object)
{
  KpGovernanceSection *self = KP_GOVERNANCE_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_GOVERNANCE_SECTION);
  g_clear_object (&self->of_body);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_governance_section_parent_class)->dispose (object);
}

static void
kp_governance_section_class_init (KpGovernanceSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_governance_section_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/kompetensplan/Kompetensplan/ui/kp-governance-section.ui");
  gtk_widget_class_bind_template_child (widget_class, KpGovernanceSection, bodies_bin);
  gtk_widget_class_bind_template_child (widget_class, KpGovernanceSection, members_heading);
  gtk_widget_class_bind_template_child (widget_class, KpGovernanceSection, members_bin);
}

static void
kp_governance_section_init (KpGovernanceSection *self)
{
  static const char *bodies[] = { "kind", "name", "description", NULL };
  static const char *members[] = { "name", "role", "organisation-id", "contact", "body-id", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->bodies = kp_entity_table_new (&kp_desc_governance_body, bodies);
  self->members = kp_entity_table_new (&kp_desc_member, members);
  self->of_body = gtk_custom_filter_new (of_body_cb, self, NULL);
  kp_entity_table_set_filter (self->members, GTK_FILTER (self->of_body));
  adw_bin_set_child (self->bodies_bin, GTK_WIDGET (self->bodies));
  adw_bin_set_child (self->members_bin, GTK_WIDGET (self->members));
  gtk_label_set_text (self->members_heading, _("Members of every group"));
}
