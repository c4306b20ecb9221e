/* kp-competence-staircase-page.c: the competence staircase, drawn and as a table. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-competence-staircase-page.h"
#include "kp-competence-stats.h"
#include "kp-computed-column.h"

struct _KpCompetenceStaircasePage
{
  AdwBin parent_instance;

  KpDocument *document;
  KpEntityTable *table;

  GtkLabel *summary_label;
  KpStaircaseView *stairs;
  AdwBin *table_bin;
};

G_DEFINE_FINAL_TYPE (KpCompetenceStaircasePage, kp_competence_staircase_page, ADW_TYPE_BIN)

static char *
change_cb (KpEntity *entity,
           double   *sort_key,
           gpointer  data)
{
  gint64 change = kp_entity_get_int (entity, "people-planned") - kp_entity_get_int (entity, "people-now");

  *sort_key = (double) change;
  return g_strdup_printf ("%+d", (int) change);
}

static char *
headcount_cb (KpEntity *entity,
              double   *sort_key,
              gpointer  data)
{
  KpCompetenceStaircasePage *self = data;
  g_autoptr(GArray) steps = kp_staircase_figures (self->document, NULL);

  for (guint i = 0; i < steps->len; i++)
    {
      const KpStairFigures *f = &g_array_index (steps, KpStairFigures, i);

      if (f->step == entity && f->headcount >= 0)
        {
          *sort_key = (double) f->headcount;
          return g_strdup_printf ("%d", (int) f->headcount);
        }
    }
  return g_strdup ("–");
}

static void
refresh (KpCompetenceStaircasePage *self)
{
  KpStairFigures totals;
  g_autoptr(GArray) steps = kp_staircase_figures (self->document, &totals);
  g_autofree char *text = NULL;

  /* Translators: the staircase's totals: steps, people now, planned and the change */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step: %d people now, %d planned (%+d).",
                                       "%u steps: %d people now, %d planned (%+d).", steps->len),
                          steps->len, (int) totals.now, (int) totals.planned, (int) totals.change);
  gtk_label_set_text (self->summary_label, text);
}

void
kp_competence_staircase_page_set_document (KpCompetenceStaircasePage *self,
                                           KpDocument                *document)
{
  static const char *const fields[] = {
    "position", "name", "role-id", "people-now", "people-planned", "requirements", NULL
  };
  g_autoptr(GtkColumnViewColumn) change = NULL;
  g_autoptr(GtkColumnViewColumn) headcount = NULL;

  g_return_if_fail (self->document == NULL);
  self->document = g_object_ref (document);
  self->table = kp_entity_table_new (&kp_desc_stair_step, fields);
  adw_bin_set_child (self->table_bin, GTK_WIDGET (self->table));
  kp_entity_table_set_document (self->table, document);
  change = kp_computed_column_new (document, _("Change"), change_cb, NULL, NULL);
  headcount = kp_computed_column_new (document, _("Headcount in the role"), headcount_cb, self, NULL);
  kp_entity_table_append_column (self->table, change);
  kp_entity_table_append_column (self->table, headcount);
  kp_staircase_view_set_document (self->stairs, document);
  g_signal_connect_object (document, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
}

KpEntityTable *
kp_competence_staircase_page_get_table (KpCompetenceStaircasePage *self)
{
  return self->table;
}

KpStaircaseView *
kp_competence_staircase_page_get_view (KpCompetenceStaircasePage *self)
{
  return self->stairs;
}

const char *
kp_competence_staircase_page_get_summary (KpCompetenceStaircasePage *self)
{
  return gtk_label_get_text (self->summary_label);
}

static void
kp_competence_staircase_page_dispose (GObject *object)
{
  KpCompetenceStaircasePage *self = KP_COMPETENCE_STAIRCASE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_COMPETENCE_STAIRCASE_PAGE);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_competence_staircase_page_parent_class)->dispose (object);
}

static void
kp_competence_staircase_page_class_init (KpCompetenceStaircasePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_competence_staircase_page_dispose;
  g_type_ensure (KP_TYPE_STAIRCASE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/kompetensplan/Kompetensplan/ui/kp-competence-staircase-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceStaircasePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceStaircasePage, stairs);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceStaircasePage, table_bin);
}

static void
kp_competence_staircase_page_init (KpCompetenceStaircasePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
