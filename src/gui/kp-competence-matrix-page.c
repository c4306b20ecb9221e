/* kp-competence-matrix-page.c: the competence matrix of a unit, its levels and the roles'
 * required levels. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-competence-matrix-page.h"
#include "kp-competence-stats.h"
#include "kp-competence-util.h"
#include "kp-computed-column.h"
#include "kp-entity-table.h"

struct _KpCompetenceMatrixPage
{
  AdwBin parent_instance;

  KpDocument *document;
  gint64 unit_id;
  KpCompetenceMatrix *figures;   /* of the unit, for the computed columns */
  KpEntityTable *levels;
  KpEntityTable *required;
  GtkCustomFilter *levels_filter;

  GtkDropDown *unit_dropdown;
  GtkLabel *summary_label;
  KpMatrixView *matrix;
  AdwBin *levels_bin;
  AdwBin *required_bin;
};

G_DEFINE_FINAL_TYPE (KpCompetenceMatrixPage, kp_competence_matrix_page, ADW_TYPE_BIN)

static gboolean
level_visible_cb (gpointer item,
                  gpointer data)
{
  KpCompetenceMatrixPage *self = data;

  return kp_entity_get_int (item, "unit-id") == self->unit_id;
}

static void
refresh (KpCompetenceMatrixPage *self)
{
  g_autofree char *text = NULL;

  if (self->document == NULL)
    return;
  g_clear_pointer (&self->figures, kp_competence_matrix_free);
  self->figures = kp_competence_matrix_new (self->document, self->unit_id);
  if (self->unit_id == 0)
    text = g_strdup (_("Add a unit under Units and Roles to compare its levels with the roles' requirements."));
  else
    {
      guint gaps = kp_competence_matrix_n_gaps (self->figures);
      guint single = kp_competence_matrix_n_single_holders (self->figures);
      g_autofree char *gap_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u gap, the largest %d levels.",
                                                                 "%u gaps, the largest %d levels.", gaps),
                                                   gaps, kp_competence_matrix_max_gap (self->figures));
      g_autofree char *single_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "%u competence held by one person only.",
                                                                   "%u competences held by one person only.", single),
                                                      single);

      text = g_strjoin (" ", gap_text, single_text, NULL);
    }
  gtk_label_set_text (self->summary_label, text);
}

static int
competence_index (KpCompetenceMatrix *m,
                  KpEntity           *level_row)
{
  gint64 id = kp_entity_get_int (level_row, "competence-id");

  for (guint i = 0; i < kp_competence_matrix_n_competences (m); i++)
    if (kp_entity_get_id (kp_competence_matrix_competence (m, i)) == id)
      return (int) i;
  return -1;
}

static char *
largest_gap_cb (KpEntity *entity,
                double   *sort_key,
                gpointer  data)
{
  KpCompetenceMatrixPage *self = data;
  int c = self->figures != NULL ? competence_index (self->figures, entity) : -1;
  int max = -1;

  for (guint r = 0; c >= 0 && r < kp_competence_matrix_n_roles (self->figures); r++)
    max = MAX (max, kp_competence_matrix_gap (self->figures, (guint) c, r));
  *sort_key = max;
  return max >= 0 ? g_strdup_printf ("%d", max) : g_strdup ("–");
}

static char *
single_holder_cb (KpEntity *entity,
                  double   *sort_key,
                  gpointer  data)
{
  gboolean single = kp_entity_get_int (entity, "holders") == 1;

  *sort_key = single;
  return g_strdup (single ? _("⚠ One holder only") : "");
}

static void
unit_selected_cb (KpCompetenceMatrixPage *self)
{
  KpEntity *unit = kp_competence_dropdown_entity (self->unit_dropdown);
  g_auto(GValue) value = G_VALUE_INIT;

  self->unit_id = unit != NULL ? kp_entity_get_id (unit) : 0;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, self->unit_id);
  kp_entity_table_set_preset (self->levels, "unit-id", &value);
  refresh (self);
  gtk_filter_changed (GTK_FILTER (self->levels_filter), GTK_FILTER_CHANGE_DIFFERENT);
  kp_matrix_view_set_unit (self->matrix, self->unit_id);
}

void
kp_competence_matrix_page_set_document (KpCompetenceMatrixPage *self,
                                        KpDocument             *document)
{
  g_autoptr(GtkColumnViewColumn) gap = NULL;
  g_autoptr(GtkColumnViewColumn) single = NULL;

  g_return_if_fail (self->document == NULL);
  self->document = g_object_ref (document);
  /* The page's own figures first: the computed columns read them when the document changes. */
  g_signal_connect_object (document, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  kp_entity_table_set_document (self->levels, document);
  kp_entity_table_set_document (self->required, document);
  gap = kp_computed_column_new (document, _("Largest gap"), largest_gap_cb, self, NULL);
  single = kp_computed_column_new (document, _("Flag"), single_holder_cb, self, NULL);
  kp_entity_table_append_column (self->levels, gap);
  kp_entity_table_append_column (self->levels, single);
  kp_matrix_view_set_document (self->matrix, document);
  gtk_drop_down_set_model (self->unit_dropdown, kp_document_get_list (document, &kp_desc_unit));
  unit_selected_cb (self);
}

KpMatrixView *
kp_competence_matrix_page_get_matrix (KpCompetenceMatrixPage *self)
{
  return self->matrix;
}

KpEntityTable *
kp_competence_matrix_page_get_levels (KpCompetenceMatrixPage *self)
{
  return self->levels;
}

void
kp_competence_matrix_page_select_unit (KpCompetenceMatrixPage *self,
                                       KpEntity               *unit)
{
  kp_competence_dropdown_select (self->unit_dropdown, unit);
}

static void
kp_competence_matrix_page_dispose (GObject *object)
{
  KpCompetenceMatrixPage *self = KP_COMPETENCE_MATRIX_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_COMPETENCE_MATRIX_PAGE);
  g_clear_pointer (&self->figures, kp_competence_matrix_free);
  g_clear_object (&self->levels_filter);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_competence_matrix_page_parent_class)->dispose (object);
}

static void
kp_competence_matrix_page_class_init (KpCompetenceMatrixPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_competence_matrix_page_dispose;
  g_type_ensure (KP_TYPE_MATRIX_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/kompetensplan/Kompetensplan/ui/kp-competence-matrix-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceMatrixPage, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceMatrixPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceMatrixPage, matrix);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceMatrixPage, levels_bin);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceMatrixPage, required_bin);
}

static void
kp_competence_matrix_page_init (KpCompetenceMatrixPage *self)
{
  static const char *const level_fields[] = { "competence-id", "level", "holders", NULL };
  static const char *const required_fields[] = { "role-id", "competence-id", "level", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_expression (self->unit_dropdown, kp_competence_name_expression ());
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected", G_CALLBACK (unit_selected_cb), self);
  self->levels_filter = gtk_custom_filter_new (level_visible_cb, self, NULL);
  self->levels = kp_entity_table_new (&kp_desc_unit_level, level_fields);
  self->required = kp_entity_table_new (&kp_desc_required_level, required_fields);
  kp_entity_table_set_filter (self->levels, GTK_FILTER (self->levels_filter));
  adw_bin_set_child (self->levels_bin, GTK_WIDGET (self->levels));
  adw_bin_set_child (self->required_bin, GTK_WIDGET (self->required));
}
