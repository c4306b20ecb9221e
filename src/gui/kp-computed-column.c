/* kp-computed-column.c: a read-only column computed from each row. */
#include "config.h"

#include <math.h>

#include "kp-computed-column.h"

typedef struct
{
  KpComputeFunc func;
  gpointer user_data;
  GDestroyNotify destroy;
  GPtrArray *labels;        /* the bound cells */
  GtkSorter *sorter;        /* not owned */
  KpDocument *document;     /* weak */
} Computed;

static void
label_gone_cb (gpointer  data,
               GObject  *where_the_label_was)
{
  Computed *c = data;

  g_ptr_array_remove_fast (c->labels, where_the_label_was);
}

static void
computed_free (Computed *c)
{
  for (guint i = 0; i < c->labels->len; i++)
    g_object_weak_unref (c->labels->pdata[i], label_gone_cb, c);
  if (c->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (c->document, c);
      g_object_remove_weak_pointer (G_OBJECT (c->document), (gpointer *) &c->document);
    }
  if (c->destroy != NULL)
    c->destroy (c->user_data);
  g_ptr_array_unref (c->labels);
  g_free (c);
}

static void
show (Computed *c,
      GtkLabel *label)
{
  KpEntity *entity = g_object_get_data (G_OBJECT (label), "kp-entity");
  double key = NAN;
  g_autofree char *text = entity != NULL ? c->func (entity, &key, c->user_data) : NULL;

  gtk_label_set_text (label, text != NULL ? text : "");
}

static void
document_changed_cb (Computed *c)
{
  for (guint i = 0; i < c->labels->len; i++)
    show (c, c->labels->pdata[i]);
  if (c->sorter != NULL)
    gtk_sorter_changed (c->sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          Computed                 *c)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Computed                 *c)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  g_object_set_data_full (G_OBJECT (label), "kp-entity", g_object_ref (gtk_list_item_get_item (item)),
                          g_object_unref);
  /* A cell may go without an unbind when its view goes; the weak reference says so. */
  if (!g_ptr_array_find (c->labels, label, NULL))
    {
      g_ptr_array_add (c->labels, label);
      g_object_weak_ref (G_OBJECT (label), label_gone_cb, c);
    }
  show (c, GTK_LABEL (label));
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           Computed                 *c)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  if (g_ptr_array_remove_fast (c->labels, label))
    g_object_weak_unref (G_OBJECT (label), label_gone_cb, c);
  g_object_set_data (G_OBJECT (label), "kp-entity", NULL);
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  Computed *c = data;
  double ka = NAN, kb = NAN;
  g_autofree char *ta = c->func ((KpEntity *) a, &ka, c->user_data);
  g_autofree char *tb = c->func ((KpEntity *) b, &kb, c->user_data);

  if (isnan (ka) != isnan (kb))
    return isnan (ka) ? -1 : 1;
  if (!isnan (ka) && ka != kb)
    return ka < kb ? -1 : 1;
  return g_utf8_collate (ta != NULL ? ta : "", tb != NULL ? tb : "");
}

GtkColumnViewColumn *
kp_computed_column_new (KpDocument     *document,
                        const char     *title,
                        KpComputeFunc   func,
                        gpointer        user_data,
                        GDestroyNotify  destroy)
{
  Computed *c = g_new0 (Computed, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  GtkSorter *sorter;

  c->func = func;
  c->user_data = user_data;
  c->destroy = destroy;
  c->labels = g_ptr_array_new ();
  c->document = document;
  g_object_add_weak_pointer (G_OBJECT (document), (gpointer *) &c->document);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), c);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), c);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), c);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), c);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, c, NULL));
  c->sorter = sorter;
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  /* The column owns the state; the sorter and factory die with it. */
  g_object_set_data_full (G_OBJECT (column), "kp-computed", c, (GDestroyNotify) computed_free);
  return column;
}
