/* kp-entity-list.c: an array-backed GListModel of entities. */
#include "config.h"

#include <string.h>

#include "kp-entity-list.h"

struct _KpEntityList
{
  GObject parent_instance;

  GType item_type;
  GPtrArray *items;  /* owns a reference to each */
};

static void kp_entity_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KpEntityList, kp_entity_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, kp_entity_list_model_init))

static GType
kp_entity_list_get_item_type (GListModel *model)
{
  return KP_ENTITY_LIST (model)->item_type;
}

static guint
kp_entity_list_get_n_items (GListModel *model)
{
  return KP_ENTITY_LIST (model)->items->len;
}

static gpointer
kp_entity_list_get_item (GListModel *model,
                         guint       position)
{
  KpEntityList *self = KP_ENTITY_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (self->items->pdata[position]);
}

static void
kp_entity_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kp_entity_list_get_item_type;
  iface->get_n_items = kp_entity_list_get_n_items;
  iface->get_item = kp_entity_list_get_item;
}

static void
kp_entity_list_finalize (GObject *object)
{
  KpEntityList *self = KP_ENTITY_LIST (object);

  g_ptr_array_unref (self->items);
  G_OBJECT_CLASS (kp_entity_list_parent_class)->finalize (object);
}

static void
kp_entity_list_class_init (KpEntityListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kp_entity_list_finalize;
}

static void
kp_entity_list_init (KpEntityList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

KpEntityList *
kp_entity_list_new (GType item_type)
{
  KpEntityList *self;

  g_return_val_if_fail (g_type_is_a (item_type, KP_TYPE_ENTITY), NULL);
  self = g_object_new (KP_TYPE_ENTITY_LIST, NULL);
  self->item_type = item_type;
  return self;
}

guint
kp_entity_list_length (KpEntityList *self)
{
  return self->items->len;
}

/* Borrowed: valid while the item is in the list. */
KpEntity *
kp_entity_list_peek (KpEntityList *self,
                     guint         position)
{
  g_return_val_if_fail (position < self->items->len, NULL);
  return self->items->pdata[position];
}

/* Appends the items, taking over the array's references; the array is left empty. */
void
kp_entity_list_take (KpEntityList *self,
                     GPtrArray    *items)
{
  guint position = self->items->len, n = items->len;

  if (n == 0)
    return;
  g_ptr_array_extend_and_steal (self->items, g_ptr_array_ref (items));
  g_ptr_array_set_size (items, 0);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n);
}

void
kp_entity_list_splice (KpEntityList *self,
                       guint         position,
                       guint         n_removals,
                       KpEntity    **additions,
                       guint         n_additions)
{
  GPtrArray *items = self->items;
  guint old_len = items->len;

  g_return_if_fail (position <= old_len && n_removals <= old_len - position);
  if (n_removals == 0 && n_additions == 0)
    return;
  if (n_removals > 0)
    g_ptr_array_remove_range (items, position, n_removals);
  if (n_additions > 0)
    {
      guint tail = items->len - position;

      g_ptr_array_set_size (items, items->len + n_additions);
      memmove (items->pdata + position + n_additions, items->pdata + position,
               tail * sizeof (gpointer));
      for (guint i = 0; i < n_additions; i++)
        items->pdata[position + i] = g_object_ref (additions[i]);
    }
  g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
}
