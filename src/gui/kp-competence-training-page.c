/* kp-competence-training-page.c: training activities, their participants per role and the
 * competences they address, with the free alternatives one toggle away. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-competence-stats.h"
#include "kp-competence-training-page.h"
#include "kp-competence-util.h"
#include "kp-computed-column.h"
#include "kp-format.h"

struct _KpCompetenceTrainingPage
{
  AdwBin parent_instance;

  KpDocument *document;
  gboolean free_only;
  gint64 training_id;          /* the selected activity, or 0 */
  KpEntityTable *trainings;
  KpEntityTable *roles;
  KpEntityTable *competences;
  GtkCustomFilter *free_filter;
  GtkCustomFilter *detail_filter;

  GtkToggleButton *free_toggle;
  GtkLabel *summary_label;
  AdwBin *trainings_bin;
  GtkLabel *detail_heading;
  AdwBin *roles_bin;
  AdwBin *competences_bin;
  KpFigureTable *per_role;
};

enum {
  PROP_0,
  PROP_FREE_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KpCompetenceTrainingPage, kp_competence_training_page, ADW_TYPE_BIN)

static gboolean
free_visible_cb (gpointer item,
                 gpointer data)
{
  KpCompetenceTrainingPage *self = data;

  return !self->free_only || kp_training_is_free (item);
}

static gboolean
detail_visible_cb (gpointer item,
                   gpointer data)
{
  KpCompetenceTrainingPage *self = data;

  return self->training_id != 0 && kp_entity_get_int (item, "training-id") == self->training_id;
}

typedef enum { FIGURE_PLANNED, FIGURE_COMPLETED, FIGURE_HOURS, FIGURE_COST_EACH } Figure;

static char *
figure_cb (KpEntity *entity,
           double   *sort_key,
           gpointer  data)
{
  KpCompetenceTrainingPage *self = g_object_get_data (G_OBJECT (data), "kp-page");
  Figure figure = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (data), "kp-figure"));
  KpTrainingFigures f;

  kp_training_figures (self->document, entity, &f);
  switch (figure)
    {
    case FIGURE_PLANNED:
      *sort_key = (double) f.planned;
      return g_strdup_printf ("%d", (int) f.planned);
    case FIGURE_COMPLETED:
      *sort_key = (double) f.completed;
      return g_strdup_printf ("%d", (int) f.completed);
    case FIGURE_HOURS:
      *sort_key = f.hours_planned;
      return kp_format_number (f.hours_planned, 1);
    case FIGURE_COST_EACH:
    default:
      *sort_key = f.planned > 0 ? f.cost / (double) f.planned : 0;
      return kp_format_number (*sort_key, 0);
    }
}

static void
add_column (KpCompetenceTrainingPage *self,
            const char               *title,
            Figure                    figure)
{
  GObject *data = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (data, "kp-page", self);
  g_object_set_data (data, "kp-figure", GINT_TO_POINTER (figure));
  column = kp_computed_column_new (self->document, title, figure_cb, data, g_object_unref);
  kp_entity_table_append_column (self->trainings, column);
}

static void
show_per_role (KpCompetenceTrainingPage *self)
{
  KpTrainingFigures total;
  double unassigned;
  g_autoptr(GArray) by_role = kp_training_by_role (self->document, self->free_only, &total, &unassigned);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < by_role->len; i++)
    {
      const KpTrainingRoleFigures *r = &g_array_index (by_role, KpTrainingRoleFigures, i);
      g_autofree char *name = kp_entity_dup_display_name (r->role);
      double values[] = { r->figures.planned, r->figures.completed, r->figures.hours_planned,
                          r->figures.hours_completed, r->figures.cost };

      g_ptr_array_add (rows, kp_figure_row_new (name, values, G_N_ELEMENTS (values), FALSE));
    }
  if (unassigned > 0)
    {
      double values[] = { 0, 0, 0, 0, unassigned };

      g_ptr_array_add (rows, kp_figure_row_new (_("No participants planned"), values, G_N_ELEMENTS (values), TRUE));
    }
  {
    double values[] = { total.planned, total.completed, total.hours_planned, total.hours_completed, total.cost };

    g_ptr_array_add (rows, kp_figure_row_new (_("All roles"), values, G_N_ELEMENTS (values), TRUE));
  }
  kp_figure_table_set_rows (self->per_role, rows);
}

static void
refresh (KpCompetenceTrainingPage *self)
{
  GListModel *list;
  guint n_shown = 0, n_free = 0;
  KpTrainingFigures total;
  g_autoptr(GArray) by_role = NULL;
  g_autofree char *hours = NULL, *cost = NULL, *text = NULL;
  KpEntity *selected;

  if (self->document == NULL)
    return;
  list = kp_document_get_list (self->document, &kp_desc_training);
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) t = g_list_model_get_item (list, i);
      gboolean free = kp_training_is_free (t);

      n_free += free;
      n_shown += !self->free_only || free;
    }
  by_role = kp_training_by_role (self->document, self->free_only, &total, NULL);
  hours = kp_format_number (total.hours_planned, 0);
  cost = kp_format_number (total.cost, 0);
  {
    guint shown_free = self->free_only ? n_shown : n_free;
    /* Translators: the start of the training summary */
    g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity, %u of them free.",
                                                            "%u activities, %u of them free.", n_shown),
                                              n_shown, shown_free);
    /* Translators: the rest of the training summary; the last %s is a currency code such as SEK */
    g_autofree char *figures = g_strdup_printf (_("Participants: %d planned, %d completed. Hours planned: %s. Cost: %s %s."),
                                                (int) total.planned, (int) total.completed, hours, cost,
                                                kp_entity_get_text (kp_document_get_project (self->document), "currency"));

    text = g_strjoin (" ", count, figures, NULL);
  }
  gtk_label_set_text (self->summary_label, text);
  show_per_role (self);

  selected = self->training_id != 0 ? kp_document_lookup (self->document, &kp_desc_training, self->training_id) : NULL;
  if (selected == NULL)
    {
      self->training_id = 0;
      gtk_label_set_text (self->detail_heading, _("Select an activity to see its participants and competences."));
    }
  else
    {
      /* Translators: %s is a training activity */
      g_autofree char *heading = g_strdup_printf (_("Participants and competences of “%s”"),
                                                  kp_entity_get_text (selected, "name"));

      gtk_label_set_text (self->detail_heading, heading);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->roles_bin), self->training_id != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->competences_bin), self->training_id != 0);
}

static void
training_selected_cb (KpCompetenceTrainingPage *self)
{
  KpEntity *t = kp_entity_table_get_selected (self->trainings);
  g_auto(GValue) value = G_VALUE_INIT;

  self->training_id = t != NULL ? kp_entity_get_id (t) : 0;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, self->training_id);
  kp_entity_table_set_preset (self->roles, "training-id", &value);
  kp_entity_table_set_preset (self->competences, "training-id", &value);
  gtk_filter_changed (GTK_FILTER (self->detail_filter), GTK_FILTER_CHANGE_DIFFERENT);
  refresh (self);
}

void
kp_competence_training_page_set_document (KpCompetenceTrainingPage *self,
                                          KpDocument               *document)
{
  static const char *const titles[] = {
    N_("Participants planned"), N_("Participants completed"), N_("Hours planned"), N_("Hours completed"),
    N_("Cost"), NULL
  };
  static const int decimals[] = { 0, 0, 1, 1, 0 };
  const char *translated[G_N_ELEMENTS (titles)];

  g_return_if_fail (self->document == NULL);
  self->document = g_object_ref (document);
  kp_entity_table_set_document (self->trainings, document);
  kp_entity_table_set_document (self->roles, document);
  kp_entity_table_set_document (self->competences, document);
  add_column (self, _("Participants planned"), FIGURE_PLANNED);
  add_column (self, _("Participants completed"), FIGURE_COMPLETED);
  add_column (self, _("Hours planned"), FIGURE_HOURS);
  add_column (self, _("Cost per participant"), FIGURE_COST_EACH);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    translated[i] = titles[i] != NULL ? _(titles[i]) : NULL;
  kp_figure_table_set_columns (self->per_role, _("Role"), translated, decimals);
  g_signal_connect_object (kp_entity_table_get_rows (self->trainings), "notify::selected-item",
                           G_CALLBACK (training_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  training_selected_cb (self);
}

KpEntityTable *
kp_competence_training_page_get_trainings (KpCompetenceTrainingPage *self)
{
  return self->trainings;
}

KpEntityTable *
kp_competence_training_page_get_roles (KpCompetenceTrainingPage *self)
{
  return self->roles;
}

KpFigureTable *
kp_competence_training_page_get_per_role (KpCompetenceTrainingPage *self)
{
  return self->per_role;
}

static void
set_free_only (KpCompetenceTrainingPage *self,
               gboolean                  free_only)
{
  if (self->free_only == free_only)
    return;
  self->free_only = free_only;
  gtk_filter_changed (GTK_FILTER (self->free_filter),
                      free_only ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_LESS_STRICT);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FREE_ONLY]);
}

static void
kp_competence_training_page_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FREE_ONLY:
      g_value_set_boolean (value, KP_COMPETENCE_TRAINING_PAGE (object)->free_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_competence_training_page_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_FREE_ONLY:
      set_free_only (KP_COMPETENCE_TRAINING_PAGE (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_competence_training_page_dispose (GObject *object)
{
  KpCompetenceTrainingPage *self = KP_COMPETENCE_TRAINING_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_COMPETENCE_TRAINING_PAGE);
  g_clear_object (&self->free_filter);
  g_clear_object (&self->detail_filter);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_competence_training_page_parent_class)->dispose (object);
}

static void
kp_competence_training_page_class_init (KpCompetenceTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_competence_training_page_dispose;
  object_class->get_property = kp_competence_training_page_get_property;
  object_class->set_property = kp_competence_training_page_set_property;
  properties[PROP_FREE_ONLY] =
    g_param_spec_boolean ("free-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KP_TYPE_FIGURE_TABLE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/kompetensplan/Kompetensplan/ui/kp-competence-training-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceTrainingPage, free_toggle);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceTrainingPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceTrainingPage, trainings_bin);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceTrainingPage, detail_heading);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceTrainingPage, roles_bin);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceTrainingPage, competences_bin);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceTrainingPage, per_role);
  gtk_widget_class_install_property_action (widget_class, "training.free-only", "free-only");
}

static void
kp_competence_training_page_init (KpCompetenceTrainingPage *self)
{
  static const char *const training_fields[] = {
    "type", "name", "provider", "cost", "free-of-charge", "hours-per-participant", "start-date", "end-date", NULL
  };
  static const char *const role_fields[] = { "role-id", "planned", "completed", NULL };
  static const char *const competence_fields[] = { "competence-id", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->free_filter = gtk_custom_filter_new (free_visible_cb, self, NULL);
  self->detail_filter = gtk_custom_filter_new (detail_visible_cb, self, NULL);
  self->trainings = kp_entity_table_new (&kp_desc_training, training_fields);
  self->roles = kp_entity_table_new (&kp_desc_training_role, role_fields);
  self->competences = kp_entity_table_new (&kp_desc_training_competence, competence_fields);
  kp_entity_table_set_filter (self->trainings, GTK_FILTER (self->free_filter));
  kp_entity_table_set_filter (self->roles, GTK_FILTER (self->detail_filter));
  kp_entity_table_set_filter (self->competences, GTK_FILTER (self->detail_filter));
  adw_bin_set_child (self->trainings_bin, GTK_WIDGET (self->trainings));
  adw_bin_set_child (self->roles_bin, GTK_WIDGET (self->roles));
  adw_bin_set_child (self->competences_bin, GTK_WIDGET (self->competences));
}
