/* kp-competence-util.h: small helpers the competence view's pages and drawn views share. */
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

/* For the drawn views (the matrix, the staircase): makes *@slot, the view's document,
 * @document, and has @changed (@view) called whenever it changes; the document before is
 * let go of. NULL lets go of it, as dispose does. */
void           kp_competence_follow_document  (GtkWidget   *view,
                                               KpDocument **slot,
                                               KpDocument  *document,
                                               GCallback    changed);
/* Gives a drawn view its accessible @label and tooltips from @query_tooltip, a
 * "query-tooltip" handler. */
void           kp_competence_drawing_init     (GtkWidget   *view,
                                               const char  *label,
                                               GCallback    query_tooltip);

G_END_DECLS
