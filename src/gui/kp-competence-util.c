/* kp-competence-util.c: helpers the competence view's pages and drawn views share. */
#include "config.h"

#include <math.h>

#include "kp-competence-util.h"
#include "kp-format.h"

GListModel *
kp_competence_choices_with_all (GListModel *list,
                                const char *all_label)
{
  GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);
  const char *items[] = { all_label, NULL };
  g_autoptr(GtkStringList) all = gtk_string_list_new (items);

  g_list_store_append (parts, all);
  g_list_store_append (parts, list);
  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
}

static char *
name_of (GObject *item)
{
  if (item == NULL)
    return g_strdup ("");
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  return kp_entity_dup_display_name (KP_ENTITY (item));
}

GtkExpression *
kp_competence_name_expression (void)
{
  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (name_of), NULL, NULL);
}

KpEntity *
kp_competence_dropdown_entity (GtkDropDown *dropdown)
{
  GObject *item = gtk_drop_down_get_selected_item (dropdown);

  return item != NULL && KP_IS_ENTITY (item) ? KP_ENTITY (item) : NULL;
}

void
kp_competence_dropdown_select (GtkDropDown *dropdown,
                               KpEntity    *entity)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0, n = model != NULL ? g_list_model_get_n_items (model) : 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if ((entity == NULL && i == 0) || (entity != NULL && item == G_OBJECT (entity)))
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
}

char *
kp_competence_format_people (double value)
{
  return kp_format_number (value, 1);
}

char *
kp_competence_format_percent (double value)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("–");
  number = kp_format_number (value, 0);
  return g_strdup_printf ("%s\u00a0%%", number);
}

void
kp_competence_follow_document (GtkWidget   *view,
                               KpDocument **slot,
                               KpDocument  *document,
                               GCallback    changed)
{
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, view);
  g_set_object (slot, document);
  if (document != NULL)
    g_signal_connect_swapped (document, "changed", changed, view);
}

void
kp_competence_drawing_init (GtkWidget  *view,
                            const char *label,
                            GCallback   query_tooltip)
{
  gtk_widget_set_has_tooltip (view, TRUE);
  g_signal_connect (view, "query-tooltip", query_tooltip, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
