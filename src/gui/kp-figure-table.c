/* kp-figure-table.c: computed figures as a read-only, sortable table. */
#include "config.h"

#include <math.h>

#include "kp-figure-table.h"
#include "kp-format.h"

struct _KpFigureTable
{
  GtkWidget parent_instance;

  GListStore *rows;
  GtkSortListModel *sorted;
  GArray *decimals;           /* int, one per figure column */
  GtkColumnView *column_view;
};

G_DEFINE_FINAL_TYPE (KpFigureTable, kp_figure_table, GTK_TYPE_WIDGET)

/* Column -1 is the label. */
static char *
cell_text (KpFigureTable *self,
           KpFigureRow   *row,
           int            column)
{
  if (column < 0)
    return g_strdup (kp_figure_row_get_label (row));
  return kp_format_number (kp_figure_row_get_value (row, (guint) column),
                           (guint) column < self->decimals->len ? g_array_index (self->decimals, int, column) : 0);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  data)
{
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "kp-column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column < 0 ? 0.0 : 1.0);
  if (column >= 0)
    gtk_widget_add_css_class (label, "numeric");
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         KpFigureTable            *self)
{
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "kp-column"));
  KpFigureRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = cell_text (self, row, column);

  gtk_label_set_text (GTK_LABEL (label), text);
  if (kp_figure_row_get_pinned (row))
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  int column = GPOINTER_TO_INT (data);
  double va, vb;

  if (column < 0)
    return g_utf8_collate (kp_figure_row_get_label ((KpFigureRow *) a), kp_figure_row_get_label ((KpFigureRow *) b));
  va = kp_figure_row_get_value ((KpFigureRow *) a, (guint) column);
  vb = kp_figure_row_get_value ((KpFigureRow *) b, (guint) column);
  va = isnan (va) ? -INFINITY : va;
  vb = isnan (vb) ? -INFINITY : vb;
  return va < vb ? -1 : va > vb;
}

/* Totals stay last, whichever way the user sorts. */
static int
pinned_cb (gconstpointer a,
           gconstpointer b,
           gpointer      data)
{
  return (int) kp_figure_row_get_pinned ((KpFigureRow *) a) - (int) kp_figure_row_get_pinned ((KpFigureRow *) b);
}

static void
add_column (KpFigureTable *self,
            const char    *title,
            int            column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) col = NULL;
  GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, GINT_TO_POINTER (column), NULL));

  g_object_set_data (G_OBJECT (factory), "kp-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_column_set_expand (col, column < 0);
  gtk_column_view_column_set_sorter (col, sorter);
  g_object_unref (sorter);
  gtk_column_view_append_column (self->column_view, col);
}

void
kp_figure_table_set_columns (KpFigureTable      *self,
                             const char         *label_title,
                             const char *const  *titles,
                             const int          *decimals)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  g_list_store_remove_all (self->rows);
  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, col);
    }
  g_array_set_size (self->decimals, 0);
  add_column (self, label_title, -1);
  for (guint i = 0; titles[i] != NULL; i++)
    {
      int d = decimals != NULL ? decimals[i] : 0;

      g_array_append_val (self->decimals, d);
      add_column (self, titles[i], (int) i);
    }
}

void
kp_figure_table_set_rows (KpFigureTable *self,
                          GPtrArray     *rows)
{
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);
}

GListModel *
kp_figure_table_get_rows (KpFigureTable *self)
{
  return G_LIST_MODEL (self->sorted);
}

char *
kp_figure_table_dup_text (KpFigureTable *self,
                          guint          row,
                          guint          column)
{
  g_autoptr(KpFigureRow) r = g_list_model_get_item (G_LIST_MODEL (self->sorted), row);

  g_return_val_if_fail (r != NULL, NULL);
  return cell_text (self, r, (int) column - 1);
}

GtkWidget *
kp_figure_table_new (void)
{
  return g_object_new (KP_TYPE_FIGURE_TABLE, NULL);
}

static void
kp_figure_table_dispose (GObject *object)
{
  KpFigureTable *self = KP_FIGURE_TABLE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_FIGURE_TABLE);
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  g_clear_object (&self->sorted);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->decimals, g_array_unref);
  G_OBJECT_CLASS (kp_figure_table_parent_class)->dispose (object);
}

static void
kp_figure_table_class_init (KpFigureTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_figure_table_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-figure-table.ui");
  gtk_widget_class_bind_template_child (widget_class, KpFigureTable, column_view);
}

static void
kp_figure_table_init (KpFigureTable *self)
{
  GtkMultiSorter *sorter = gtk_multi_sorter_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->decimals = g_array_new (FALSE, FALSE, sizeof (int));
  self->rows = g_list_store_new (KP_TYPE_FIGURE_ROW);
  gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_custom_sorter_new (pinned_cb, NULL, NULL)));
  gtk_multi_sorter_append (sorter, g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)), GTK_SORTER (sorter));
  gtk_column_view_set_model (self->column_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)))));
}
