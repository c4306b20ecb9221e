/* kp-entity-list.h: the list model behind every kind of entity in a document.
 *
 * A GListModel over a plain array: position lookups are O(1), a whole file's rows are taken
 * over without copying, and views get the usual items-changed signal. GListStore keeps a
 * balanced tree instead, which costs a node per item to build and to free; a project of a
 * few hundred thousand rows spent more time there than in reading them.
 */
#pragma once

#include <gio/gio.h>

#include "kp-entity.h"

G_BEGIN_DECLS

#define KP_TYPE_ENTITY_LIST (kp_entity_list_get_type ())
G_DECLARE_FINAL_TYPE (KpEntityList, kp_entity_list, KP, ENTITY_LIST, GObject)

KpEntityList *kp_entity_list_new    (GType         item_type);
guint         kp_entity_list_length (KpEntityList *self);
KpEntity     *kp_entity_list_peek   (KpEntityList *self,
                                     guint         position);
void          kp_entity_list_take   (KpEntityList *self,
                                     GPtrArray    *items);
void          kp_entity_list_splice (KpEntityList *self,
                                     guint         position,
                                     guint         n_removals,
                                     KpEntity    **additions,
                                     guint         n_additions);

G_END_DECLS
