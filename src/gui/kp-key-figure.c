/* kp-key-figure.c: a key figure card. */
#include "config.h"

#include <math.h>

#include "kp-key-figure.h"

struct _KpKeyFigure
{
  AdwBin parent_instance;

  GtkLabel *title_label;
  GtkLabel *value_label;
  GtkWidget *bars;
  GtkLabel *bar_label;
  GtkLevelBar *bar;
  GtkLabel *compare_label;
  GtkLevelBar *compare_bar;
  GtkLabel *detail_label;
};

G_DEFINE_FINAL_TYPE (KpKeyFigure, kp_key_figure, ADW_TYPE_BIN)

static void
show_fraction (GtkLevelBar *bar,
               double       fraction)
{
  gtk_widget_set_visible (GTK_WIDGET (bar), !isnan (fraction));
  if (!isnan (fraction))
    gtk_level_bar_set_value (bar, CLAMP (fraction, 0.0, 1.0));
}

void
kp_key_figure_set (KpKeyFigure     *self,
                   const KpKeyText *text)
{
  g_autofree char *description = g_strdup_printf ("%s %s", text->value, text->detail);
  gboolean two = !isnan (text->fraction) && !isnan (text->compare);

  g_return_if_fail (KP_IS_KEY_FIGURE (self));
  gtk_label_set_text (self->title_label, text->title);
  gtk_label_set_text (self->value_label, text->value);
  gtk_label_set_text (self->detail_label, text->detail);
  gtk_widget_set_visible (self->bars, !isnan (text->fraction) || !isnan (text->compare));
  show_fraction (self->bar, text->fraction);
  show_fraction (self->compare_bar, text->compare);
  gtk_widget_set_visible (GTK_WIDGET (self->bar_label), two);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_label), two);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

void
kp_key_figure_set_bar_labels (KpKeyFigure *self,
                              const char  *first,
                              const char  *second)
{
  gtk_label_set_text (self->bar_label, first);
  gtk_label_set_text (self->compare_label, second);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_PROPERTY_LABEL, first, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->compare_bar), GTK_ACCESSIBLE_PROPERTY_LABEL, second, -1);
}

const char *
kp_key_figure_get_value (KpKeyFigure *self)
{
  return gtk_label_get_text (self->value_label);
}

static void
kp_key_figure_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KP_TYPE_KEY_FIGURE);
  G_OBJECT_CLASS (kp_key_figure_parent_class)->dispose (object);
}

static void
kp_key_figure_class_init (KpKeyFigureClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_key_figure_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-key-figure.ui");
  gtk_widget_class_bind_template_child (widget_class, KpKeyFigure, title_label);
  gtk_widget_class_bind_template_child (widget_class, KpKeyFigure, value_label);
  gtk_widget_class_bind_template_child (widget_class, KpKeyFigure, bars);
  gtk_widget_class_bind_template_child (widget_class, KpKeyFigure, bar_label);
  gtk_widget_class_bind_template_child (widget_class, KpKeyFigure, bar);
  gtk_widget_class_bind_template_child (widget_class, KpKeyFigure, compare_label);
  gtk_widget_class_bind_template_child (widget_class, KpKeyFigure, compare_bar);
  gtk_widget_class_bind_template_child (widget_class, KpKeyFigure, detail_label);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kp_key_figure_init (KpKeyFigure *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* One neutral colour: a key figure is not good or bad by its level alone. */
  for (GtkLevelBar **b = (GtkLevelBar *[]) { self->bar, self->compare_bar, NULL }; *b != NULL; b++)
    {
      gtk_level_bar_remove_offset_value (*b, GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (*b, GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (*b, GTK_LEVEL_BAR_OFFSET_FULL);
    }
}

KpKeyFigure *
kp_key_figure_new (void)
{
  return g_object_new (KP_TYPE_KEY_FIGURE, NULL);
}
