/* kp-subprojects-section.c: sub-projects and what remains after the project. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-goals-section.h"
#include "kp-subprojects-section.h"

struct _KpSubprojectsSection
{
  AdwBin parent_instance;

  KpDocument *document;
  KpEntityTable *table;
  KpEntityTable *actions;
  GtkCustomFilter *of_subproject;
  gint64 subproject_id;

  AdwBin *table_bin;
  AdwPreferencesGroup *actions_group;
  AdwBin *actions_bin;
};

G_DEFINE_FINAL_TYPE (KpSubprojectsSection, kp_subprojects_section, ADW_TYPE_BIN)

static gboolean
of_subproject_cb (gpointer item,
                  gpointer data)
{
  KpSubprojectsSection *self = data;

  return kp_entity_get_int (item, "subproject-id") == self->subproject_id;
}

static void
subproject_selected_cb (KpSubprojectsSection *self)
{
  KpEntity *sub = kp_entity_table_get_selected (self->table);

  self->subproject_id = sub != NULL ? kp_entity_get_id (sub) : 0;
  gtk_widget_set_sensitive (GTK_WIDGET (self->actions_group), sub != NULL);
  if (sub != NULL)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      /* Translators: a heading, "Remaining after the project: 3. Gemensamma utbildningsåtaganden" */
      g_autofree char *title = g_strdup_printf (_("Remaining After the Project: %d. %s"),
                                                (int) kp_entity_get_int (sub, "number"), kp_entity_get_text (sub, "title"));

      adw_preferences_group_set_title (self->actions_group, title);
      g_value_init (&value, G_TYPE_INT64);
      g_value_set_int64 (&value, self->subproject_id);
      kp_entity_table_set_preset (self->actions, "subproject-id", &value);
    }
  else
    adw_preferences_group_set_title (self->actions_group, _("Remaining After the Project: select a sub-project"));
  gtk_filter_changed (GTK_FILTER (self->of_subproject), GTK_FILTER_CHANGE_DIFFERENT);
}

void
kp_subprojects_section_set_document (KpSubprojectsSection *self,
                                     KpDocument           *document)
{
  g_return_if_fail (KP_IS_SUBPROJECTS_SECTION (self));
  g_return_if_fail (self->document == NULL);

  self->document = g_object_ref (document);
  kp_entity_table_set_document (self->table, document);
  kp_entity_table_set_document (self->actions, document);
  kp_entity_table_append_column (self->table, kp_task_jump_column_new ("task-id"));
  g_signal_connect_object (kp_entity_table_get_rows (self->table), "notify::selected",
                           G_CALLBACK (subproject_selected_cb), self, G_CONNECT_SWAPPED);
  subproject_selected_cb (self);
}

KpEntityTable *
kp_subprojects_section_get_table (KpSubprojectsSection *self)
{
  return self->table;
}

KpEntityTable *
kp_subprojects_section_get_actions (KpSubprojectsSection *self)
{
  return self->actions;
}

static void
kp_subprojects_section_dispose (GObject *object)
{
  KpSubprojectsSection *self = KP_SUBPROJECTS_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_SUBPROJECTS_SECTION);
  g_clear_object (&self->of_subproject);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_subprojects_section_parent_class)->dispose (object);
}

static void
kp_subprojects_section_class_init (KpSubprojectsSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_subprojects_section_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/kompetensplan/Kompetensplan/ui/kp-subprojects-section.ui");
  gtk_widget_class_bind_template_child (widget_class, KpSubprojectsSection, table_bin);
  gtk_widget_class_bind_template_child (widget_class, KpSubprojectsSection, actions_group);
  gtk_widget_class_bind_template_child (widget_class, KpSubprojectsSection, actions_bin);
}

static void
kp_subprojects_section_init (KpSubprojectsSection *self)
{
  static const char *const columns[] = { "number", "title", "priority", "responsible", "proposal-id", "task-id", NULL };
  static const char *const action_columns[] = { "text", "owner", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->table = kp_entity_table_new (&kp_desc_subproject, columns);
  adw_bin_set_child (self->table_bin, GTK_WIDGET (self->table));
  self->actions = kp_entity_table_new (&kp_desc_remaining_action, action_columns);
  kp_entity_table_set_form_multiline (self->actions, "text");
  self->of_subproject = gtk_custom_filter_new (of_subproject_cb, self, NULL);
  kp_entity_table_set_filter (self->actions, GTK_FILTER (self->of_subproject));
  adw_bin_set_child (self->actions_bin, GTK_WIDGET (self->actions));
}
