/* kp-competence-catalogue-page.c: the role and competence catalogues of the project. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-competence-catalogue-page.h"
#include "kp-computed-column.h"

struct _KpCompetenceCataloguePage
{
  AdwBin parent_instance;

  KpDocument *document;
  KpEntityTable *roles;
  KpEntityTable *competences;

  AdwBin *roles_bin;
  AdwBin *competences_bin;
};

G_DEFINE_FINAL_TYPE (KpCompetenceCataloguePage, kp_competence_catalogue_page, ADW_TYPE_BIN)

/* How many rows of other tables refer to the entry: what a removal would touch. */
static char *
in_use_cb (KpEntity *entity,
           double   *sort_key,
           gpointer  data)
{
  KpCompetenceCataloguePage *self = data;
  const KpEntityDesc *target = kp_entity_get_desc (entity);
  guint n_descs, count = 0;
  const KpEntityDesc *const *descs = kp_entity_descs (&n_descs);

  for (guint d = 0; d < n_descs; d++)
    for (guint f = 0; f < descs[d]->n_fields; f++)
      {
        GListModel *list;

        if (descs[d]->fields[f].kind != KP_FIELD_REF || descs[d]->fields[f].target != target)
          continue;
        list = kp_document_get_list (self->document, descs[d]);
        for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
          {
            g_autoptr(KpEntity) row = g_list_model_get_item (list, i);

            count += kp_entity_peek (row, f)->i == kp_entity_get_id (entity);
          }
      }
  *sort_key = count;
  return g_strdup_printf ("%u", count);
}

void
kp_competence_catalogue_page_set_document (KpCompetenceCataloguePage *self,
                                           KpDocument                *document)
{
  g_autoptr(GtkColumnViewColumn) roles_used = NULL;
  g_autoptr(GtkColumnViewColumn) competences_used = NULL;

  g_return_if_fail (self->document == NULL);
  self->document = g_object_ref (document);
  kp_entity_table_set_document (self->roles, document);
  kp_entity_table_set_document (self->competences, document);
  roles_used = kp_computed_column_new (document, _("Rows that use it"), in_use_cb, self, NULL);
  competences_used = kp_computed_column_new (document, _("Rows that use it"), in_use_cb, self, NULL);
  kp_entity_table_append_column (self->roles, roles_used);
  kp_entity_table_append_column (self->competences, competences_used);
}

KpEntityTable *
kp_competence_catalogue_page_get_roles (KpCompetenceCataloguePage *self)
{
  return self->roles;
}

KpEntityTable *
kp_competence_catalogue_page_get_competences (KpCompetenceCataloguePage *self)
{
  return self->competences;
}

static void
kp_competence_catalogue_page_dispose (GObject *object)
{
  KpCompetenceCataloguePage *self = KP_COMPETENCE_CATALOGUE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_COMPETENCE_CATALOGUE_PAGE);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_competence_catalogue_page_parent_class)->dispose (object);
}

static void
kp_competence_catalogue_page_class_init (KpCompetenceCataloguePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_competence_catalogue_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/kompetensplan/Kompetensplan/ui/kp-competence-catalogue-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceCataloguePage, roles_bin);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceCataloguePage, competences_bin);
}

static void
kp_competence_catalogue_page_init (KpCompetenceCataloguePage *self)
{
  static const char *const fields[] = { "name", "position", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->roles = kp_entity_table_new (&kp_desc_role, fields);
  self->competences = kp_entity_table_new (&kp_desc_competence, fields);
  adw_bin_set_child (self->roles_bin, GTK_WIDGET (self->roles));
  adw_bin_set_child (self->competences_bin, GTK_WIDGET (self->competences));
}
