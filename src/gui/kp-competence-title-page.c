/* kp-competence-title-page.c: certificates for the protected title undersköterska. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-competence-stats.h"
#include "kp-competence-title-page.h"
#include "kp-competence-util.h"
#include "kp-computed-column.h"
#include "kp-date.h"

struct _KpCompetenceTitlePage
{
  AdwBin parent_instance;

  KpDocument *document;
  KpDate today;             /* KP_DATE_NONE: the real today */
  KpEntityTable *table;

  GtkRevealer *alert_revealer;
  GtkLabel *alert_label;
  GtkLabel *summary_label;
  AdwBin *table_bin;
  KpChartView *chart;
};

G_DEFINE_FINAL_TYPE (KpCompetenceTitlePage, kp_competence_title_page, ADW_TYPE_BIN)

typedef enum { FIGURE_TOTAL, FIGURE_COVERAGE, FIGURE_HEADCOUNT } Figure;

static char *
figure_cb (KpEntity *entity,
           double   *sort_key,
           gpointer  data)
{
  KpCompetenceTitlePage *self = g_object_get_data (G_OBJECT (data), "kp-page");
  Figure figure = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (data), "kp-figure"));
  KpTitleFigures f;

  kp_title_figures (entity, &f);
  switch (figure)
    {
    case FIGURE_TOTAL:
      *sort_key = (double) f.total;
      return g_strdup_printf ("%" G_GINT64_FORMAT, f.total);
    case FIGURE_COVERAGE:
      *sort_key = f.coverage;
      return kp_competence_format_percent (f.coverage);
    case FIGURE_HEADCOUNT:
    default:
      {
        gint64 persons = kp_title_headcount (self->document, kp_entity_get_int (entity, "unit-id"));

        *sort_key = (double) persons;
        return g_strdup_printf ("%" G_GINT64_FORMAT, persons);
      }
    }
}

static void
add_column (KpCompetenceTitlePage *self,
            const char            *title,
            Figure                 figure)
{
  GObject *data = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (data, "kp-page", self);
  g_object_set_data (data, "kp-figure", GINT_TO_POINTER (figure));
  column = kp_computed_column_new (self->document, title, figure_cb, data, g_object_unref);
  kp_entity_table_append_column (self->table, column);
}

static void
show_chart (KpCompetenceTitlePage *self)
{
  GListModel *rows = kp_document_get_list (self->document, &kp_desc_certification);
  guint n = g_list_model_get_n_items (rows);
  g_autoptr(KpChart) chart = kp_chart_new (KP_CHART_STACKED_BAR);
  g_autofree double *values = g_new0 (double, 4 * MAX (n, 1));
  const char *names[] = { _("Hold the certificate"), _("Have applied"), _("Covered by the transition rule"),
                          _("No path yet") };
  const guint colors[] = { 2, 0, 5, 4 };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) row = g_list_model_get_item (rows, i);
      KpEntity *unit = kp_document_lookup (self->document, &kp_desc_unit, kp_entity_get_int (row, "unit-id"));
      g_autofree char *name = unit != NULL ? kp_entity_dup_display_name (unit) : g_strdup ("");
      KpTitleFigures f;

      kp_title_figures (row, &f);
      kp_chart_add_category (chart, name);
      values[0 * n + i] = (double) f.certified;
      values[1 * n + i] = (double) f.applied;
      values[2 * n + i] = (double) f.transition;
      values[3 * n + i] = (double) f.no_path;
    }
  kp_chart_set_title (chart, _("Assistant nurses by certificate, per unit"));
  kp_chart_set_axis_titles (chart, NULL, _("Persons"));
  for (guint s = 0; s < G_N_ELEMENTS (names); s++)
    kp_chart_set_series_color (chart, kp_chart_append_series (chart, names[s], values + s * n, n), colors[s]);
  kp_chart_view_set_chart (self->chart, chart);
}

static void
refresh (KpCompetenceTitlePage *self)
{
  KpTitleFigures total;
  KpDate today = self->today != KP_DATE_NONE ? self->today : kp_date_today ();
  KpDate end = kp_title_transition_end ();
  g_autofree char *coverage = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *alert = NULL;

  if (self->document == NULL)
    return;
  kp_title_totals (self->document, &total);
  coverage = kp_competence_format_percent (total.coverage);
  /* Translators: e.g. "131 of 264 assistant nurses hold the certificate (50 %); 133 do not yet." */
  summary = g_strdup_printf (_("%d of %d assistant nurses hold the certificate (%s); %d do not yet."),
                             (int) total.certified, (int) total.total, coverage, (int) total.without_certificate);
  gtk_label_set_text (self->summary_label, summary);
  switch (kp_title_alert (&total, today))
    {
    case KP_TITLE_ALERT_APPROACHING:
      /* Translators: the warning as the transition rule's end nears; %s is 2033-06-30 */
      alert = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The transition rule for the title undersköterska ends on %s, in %d day. "
                                            "%d assistant nurses still lack the certificate.",
                                            "The transition rule for the title undersköterska ends on %s, in %d days. "
                                            "%d assistant nurses still lack the certificate.",
                                            (gulong) (end - today)),
                               KP_TITLE_TRANSITION_END, (int) (end - today), (int) total.without_certificate);
      break;
    case KP_TITLE_ALERT_PASSED:
      alert = g_strdup_printf (_("The transition rule for the title undersköterska ended on %s. "
                                 "%d assistant nurses lack the certificate and may no longer use the title."),
                               KP_TITLE_TRANSITION_END, (int) total.without_certificate);
      break;
    case KP_TITLE_ALERT_NONE:
    default:
      break;
    }
  gtk_label_set_text (self->alert_label, alert != NULL ? alert : "");
  gtk_revealer_set_reveal_child (self->alert_revealer, alert != NULL);
  show_chart (self);
}

void
kp_competence_title_page_set_document (KpCompetenceTitlePage *self,
                                       KpDocument            *document)
{
  static const char *const fields[] = { "unit-id", "certified", "applied", "transition", "no-path", NULL };

  g_return_if_fail (self->document == NULL);
  self->document = g_object_ref (document);
  self->table = kp_entity_table_new (&kp_desc_certification, fields);
  adw_bin_set_child (self->table_bin, GTK_WIDGET (self->table));
  kp_entity_table_set_document (self->table, document);
  add_column (self, _("Total"), FIGURE_TOTAL);
  add_column (self, _("Share certified"), FIGURE_COVERAGE);
  add_column (self, _("Assistant nurses in the headcount"), FIGURE_HEADCOUNT);
  kp_chart_view_set_file_name (self->chart, _("title-certificates"));
  g_signal_connect_object (document, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
}

void
kp_competence_title_page_set_today (KpCompetenceTitlePage *self,
                                    KpDate                 today)
{
  self->today = today;
  refresh (self);
}

const char *
kp_competence_title_page_get_alert (KpCompetenceTitlePage *self)
{
  return gtk_revealer_get_reveal_child (self->alert_revealer) ? gtk_label_get_text (self->alert_label) : NULL;
}

KpEntityTable *
kp_competence_title_page_get_table (KpCompetenceTitlePage *self)
{
  return self->table;
}

KpChartView *
kp_competence_title_page_get_chart (KpCompetenceTitlePage *self)
{
  return self->chart;
}

static void
kp_competence_title_page_dispose (GObject *object)
{
  KpCompetenceTitlePage *self = KP_COMPETENCE_TITLE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_COMPETENCE_TITLE_PAGE);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_competence_title_page_parent_class)->dispose (object);
}

static void
kp_competence_title_page_class_init (KpCompetenceTitlePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_competence_title_page_dispose;
  g_type_ensure (KP_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/kompetensplan/Kompetensplan/ui/kp-competence-title-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceTitlePage, alert_revealer);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceTitlePage, alert_label);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceTitlePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceTitlePage, table_bin);
  gtk_widget_class_bind_template_child (widget_class, KpCompetenceTitlePage, chart);
}

static void
kp_competence_title_page_init (KpCompetenceTitlePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
