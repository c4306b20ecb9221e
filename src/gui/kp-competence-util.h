/* kp-competence-util.h: small helpers the competence view's pages share. */
#pragma once

#include <gtk/gtk.h>

#include "kp-document.h"

G_BEGIN_DECLS

/* A list for a GtkDropDown: first an item that stands for "all" (a GtkStringObject with
 * all_label), then the entities of list as they change. */
GListModel    *kp_competence_choices_with_all (GListModel  *list,
                                               const char  *all_label);
/* The expression a GtkDropDown shows its items by: an entity's display name, or the string
 * of a GtkStringObject. */
GtkExpression *kp_competence_name_expression  (void);
/* The entity a drop-down has selected, or NULL for the "all" item or none. */
KpEntity      *kp_competence_dropdown_entity  (GtkDropDown *dropdown);
/* Selects the entity (NULL: the first item). */
void           kp_competence_dropdown_select  (GtkDropDown *dropdown,
                                               KpEntity    *entity);
/* A count of people as the view shows it: at most one decimal. */
char          *kp_competence_format_people    (double       value);
/* "45 %", or "–" for NAN. */
char          *kp_competence_format_percent   (double       value);

G_END_DECLS
