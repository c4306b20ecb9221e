/* kp-count-grid.c: counts of one period, typed into a grid. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kp-count-grid.h"
#include "kp-entity-cell.h"
#include "kp-format.h"

#define MAX_ROW_FIELDS 2

typedef struct
{
  KpCountGrid *grid;
  guint row, column;
  GtkWidget *entry;
  KpEntity *entity;        /* the document's row, or NULL */
} Cell;

struct _KpCountGrid
{
  GtkWidget parent_instance;

  const KpEntityDesc *desc;
  int period_field;
  int row_fields[MAX_ROW_FIELDS];
  guint n_row_fields;
  int column_field;
  int count_field;
  guint n_rows, n_columns;
  KpDocument *document;
  char *period;
  GPtrArray *cells;        /* Cell, row by row */
  GtkLabel **row_totals;   /* n_rows */
  GtkLabel **column_totals;/* n_columns */
  GtkLabel *total;
  GtkGrid *layout;
  gboolean refreshing;
};

G_DEFINE_FINAL_TYPE (KpCountGrid, kp_count_grid, GTK_TYPE_WIDGET)

static const KpCatalog *
catalog_of (KpCountGrid *self,
            int          field)
{
  return self->desc->fields[field].catalog;
}

/* The choice of row field k in grid row r. */
static guint
row_choice (KpCountGrid *self,
            guint        row,
            guint        k)
{
  guint inner = 1;

  for (guint j = k + 1; j < self->n_row_fields; j++)
    inner *= catalog_of (self, self->row_fields[j])->n_choices;
  return (row / inner) % catalog_of (self, self->row_fields[k])->n_choices;
}

static Cell *
cell_at (KpCountGrid *self,
         guint        row,
         guint        column)
{
  return self->cells->pdata[row * self->n_columns + column];
}

static char *
cell_name (Cell *cell)
{
  KpCountGrid *self = cell->grid;
  GString *name = g_string_new (NULL);

  for (guint k = 0; k < self->n_row_fields; k++)
    {
      const KpCatalog *cat = catalog_of (self, self->row_fields[k]);

      g_string_append_printf (name, "%s, ", _(cat->choices[row_choice (self, cell->row, k)].label));
    }
  g_string_append (name, _(catalog_of (self, self->column_field)->choices[cell->column].label));
  return g_string_free (name, FALSE);
}

/* Which cell a document row belongs in, or NULL for another period. */
static Cell *
cell_of (KpCountGrid *self,
         KpEntity    *e)
{
  guint row = 0;
  int column;

  if (self->period == NULL || g_strcmp0 (kp_entity_peek (e, self->period_field)->s, self->period) != 0)
    return NULL;
  for (guint k = 0; k < self->n_row_fields; k++)
    {
      const KpCatalog *cat = catalog_of (self, self->row_fields[k]);
      int i = kp_catalog_index (cat, kp_entity_peek (e, self->row_fields[k])->s);

      if (i < 0)
        return NULL;
      row = row * cat->n_choices + (guint) i;
    }
  column = kp_catalog_index (catalog_of (self, self->column_field), kp_entity_peek (e, self->column_field)->s);
  return column < 0 ? NULL : cell_at (self, row, (guint) column);
}

static void
set_number (GtkLabel *label,
            guint64   value)
{
  g_autofree char *text = kp_format_number ((double) value, 0);

  gtk_label_set_text (label, text);
}

static void
refresh (KpCountGrid *self)
{
  GListModel *list;
  g_autofree guint64 *rows = NULL, *columns = NULL;
  guint64 total = 0;

  if (self->document == NULL || self->refreshing)
    return;
  self->refreshing = TRUE;
  for (guint i = 0; i < self->cells->len; i++)
    g_clear_object (&((Cell *) self->cells->pdata[i])->entity);
  list = kp_document_get_list (self->document, self->desc);
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);
      Cell *cell = cell_of (self, e);

      if (cell != NULL && cell->entity == NULL)
        cell->entity = g_object_ref (e);
    }
  rows = g_new0 (guint64, self->n_rows);
  columns = g_new0 (guint64, self->n_columns);
  for (guint i = 0; i < self->cells->len; i++)
    {
      Cell *cell = self->cells->pdata[i];
      g_autofree char *text = NULL;

      if (cell->entity != NULL)
        {
          gint64 count = kp_entity_peek (cell->entity, self->count_field)->i;

          text = kp_format_number ((double) count, 0);
          rows[cell->row] += (guint64) count;
          columns[cell->column] += (guint64) count;
          total += (guint64) count;
        }
      gtk_editable_set_text (GTK_EDITABLE (cell->entry), text != NULL ? text : "");
      gtk_widget_remove_css_class (cell->entry, "error");
      gtk_widget_set_sensitive (cell->entry, self->period != NULL && !kp_document_get_read_only (self->document));
    }
  for (guint r = 0; r < self->n_rows; r++)
    set_number (self->row_totals[r], rows[r]);
  for (guint c = 0; c < self->n_columns; c++)
    set_number (self->column_totals[c], columns[c]);
  set_number (self->total, total);
  self->refreshing = FALSE;
}

static gboolean
commit_cell (Cell *cell)
{
  KpCountGrid *self = cell->grid;
  const KpField *field = &self->desc->fields[self->count_field];
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (cell->entry))));
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (self->document == NULL || self->refreshing || self->period == NULL)
    return FALSE;
  gtk_widget_remove_css_class (cell->entry, "error");
  if (*text == '\0')
    {
      if (cell->entity != NULL)
        ok = kp_document_remove (self->document, cell->entity, &error);
    }
  else if (!kp_field_parse (field, text, &value, &error))
    ok = FALSE;
  else if (cell->entity != NULL)
    {
      if (g_value_get_int64 (&value) != kp_entity_peek (cell->entity, self->count_field)->i)
        ok = kp_document_set_value (self->document, cell->entity, field->name, &value, &error);
    }
  else
    {
      g_autoptr(KpEntity) e = kp_entity_new (self->desc);

      kp_entity_set_text (e, self->desc->fields[self->period_field].name, self->period);
      for (guint k = 0; k < self->n_row_fields; k++)
        kp_entity_set_text (e, self->desc->fields[self->row_fields[k]].name,
                            catalog_of (self, self->row_fields[k])->choices[row_choice (self, cell->row, k)].key);
      kp_entity_set_text (e, self->desc->fields[self->column_field].name,
                          catalog_of (self, self->column_field)->choices[cell->column].key);
      g_object_set_property (G_OBJECT (e), field->name, &value);
      ok = kp_document_add (self->document, e, &error);
    }
  if (!ok)
    {
      g_autofree char *name = cell_name (cell);
      /* Translators: the first %s is a cell ("Women, 18–29, Unemployed"), the second why */
      g_autoptr(GError) shown = g_error_new (error->domain, error->code, _("%s: %s"), name, error->message);

      gtk_widget_add_css_class (cell->entry, "error");
      kp_report_error (GTK_WIDGET (self), shown);
    }
  return ok;
}

static void
activate_cb (GtkEntry *entry,
             Cell     *cell)
{
  if (commit_cell (cell))
    gtk_widget_child_focus (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (entry))), GTK_DIR_TAB_FORWARD);
}

static void
leave_cb (GtkEventControllerFocus *controller,
          Cell                    *cell)
{
  commit_cell (cell);
}

gboolean
kp_count_grid_commit (KpCountGrid *self,
                      guint        row,
                      guint        column)
{
  g_return_val_if_fail (row < self->n_rows && column < self->n_columns, FALSE);
  return commit_cell (cell_at (self, row, column));
}

void
kp_count_grid_set_document (KpCountGrid *self,
                            KpDocument  *document)
{
  g_return_if_fail (self->document == NULL);
  self->document = g_object_ref (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
}

void
kp_count_grid_set_period (KpCountGrid *self,
                          const char  *period)
{
  if (g_strcmp0 (self->period, period) == 0)
    return;
  g_free (self->period);
  self->period = g_strdup (period);
  refresh (self);
}

guint
kp_count_grid_get_n_rows (KpCountGrid *self)
{
  return self->n_rows;
}

guint
kp_count_grid_get_n_columns (KpCountGrid *self)
{
  return self->n_columns;
}

GtkEditable *
kp_count_grid_get_cell (KpCountGrid *self,
                        guint        row,
                        guint        column)
{
  g_return_val_if_fail (row < self->n_rows && column < self->n_columns, NULL);
  return GTK_EDITABLE (cell_at (self, row, column)->entry);
}

guint
kp_count_grid_get_total (KpCountGrid *self)
{
  guint total = 0;

  for (guint i = 0; i < self->cells->len; i++)
    {
      Cell *cell = self->cells->pdata[i];

      if (cell->entity != NULL)
        total += (guint) kp_entity_peek (cell->entity, self->count_field)->i;
    }
  return total;
}

static GtkWidget *
header_label (const char *text,
              gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_justify (GTK_LABEL (label), numeric ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);
  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_yalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "caption-heading");
  return label;
}

static GtkLabel *
total_label (void)
{
  GtkWidget *label = gtk_label_new ("0");

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "heading");
  return GTK_LABEL (label);
}

static void
build (KpCountGrid *self)
{
  const KpCatalog *columns = catalog_of (self, self->column_field);
  guint first = self->n_row_fields;

  /* The headers: the row fields' names, the column choices, the total. */
  for (guint k = 0; k < self->n_row_fields; k++)
    gtk_grid_attach (self->layout, header_label (_(self->desc->fields[self->row_fields[k]].label), FALSE), (int) k, 0, 1, 1);
  for (guint c = 0; c < self->n_columns; c++)
    gtk_grid_attach (self->layout, header_label (_(columns->choices[c].label), TRUE), (int) (first + c), 0, 1, 1);
  gtk_grid_attach (self->layout, header_label (_("Total"), TRUE), (int) (first + self->n_columns), 0, 1, 1);

  self->row_totals = g_new0 (GtkLabel *, self->n_rows);
  self->column_totals = g_new0 (GtkLabel *, self->n_columns);
  for (guint r = 0; r < self->n_rows; r++)
    {
      for (guint k = 0; k < self->n_row_fields; k++)
        {
          guint choice = row_choice (self, r, k);
          GtkWidget *label;

          /* An outer field's name stands once, at the top of its rows. */
          if (k + 1 < self->n_row_fields && r > 0 && row_choice (self, r - 1, k) == choice)
            continue;
          label = gtk_label_new (_(catalog_of (self, self->row_fields[k])->choices[choice].label));
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          if (k + 1 < self->n_row_fields)
            gtk_widget_add_css_class (label, "heading");
          gtk_grid_attach (self->layout, label, (int) k, (int) r + 1, 1, 1);
        }
      for (guint c = 0; c < self->n_columns; c++)
        {
          Cell *cell = g_new0 (Cell, 1);
          GtkEventController *focus = gtk_event_controller_focus_new ();
          g_autofree char *name = NULL;

          cell->grid = self;
          cell->row = r;
          cell->column = c;
          cell->entry = gtk_entry_new ();
          gtk_editable_set_width_chars (GTK_EDITABLE (cell->entry), 5);
          gtk_editable_set_max_width_chars (GTK_EDITABLE (cell->entry), 7);
          gtk_editable_set_alignment (GTK_EDITABLE (cell->entry), 1.0);
          gtk_entry_set_input_purpose (GTK_ENTRY (cell->entry), GTK_INPUT_PURPOSE_DIGITS);
          gtk_widget_set_hexpand (cell->entry, TRUE);
          name = cell_name (cell);
          gtk_accessible_update_property (GTK_ACCESSIBLE (cell->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          g_signal_connect (cell->entry, "activate", G_CALLBACK (activate_cb), cell);
          g_signal_connect (focus, "leave", G_CALLBACK (leave_cb), cell);
          gtk_widget_add_controller (cell->entry, focus);
          gtk_grid_attach (self->layout, cell->entry, (int) (first + c), (int) r + 1, 1, 1);
          g_ptr_array_add (self->cells, cell);
        }
      self->row_totals[r] = total_label ();
      gtk_grid_attach (self->layout, GTK_WIDGET (self->row_totals[r]), (int) (first + self->n_columns), (int) r + 1, 1, 1);
    }
  {
    GtkWidget *label = gtk_label_new (_("Total"));

    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_widget_add_css_class (label, "heading");
    gtk_grid_attach (self->layout, label, 0, (int) self->n_rows + 1, (int) first, 1);
  }
  for (guint c = 0; c < self->n_columns; c++)
    {
      self->column_totals[c] = total_label ();
      gtk_grid_attach (self->layout, GTK_WIDGET (self->column_totals[c]), (int) (first + c), (int) self->n_rows + 1, 1, 1);
    }
  self->total = total_label ();
  gtk_grid_attach (self->layout, GTK_WIDGET (self->total), (int) (first + self->n_columns), (int) self->n_rows + 1, 1, 1);
}

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_clear_object (&cell->entity);
  g_free (cell);
}

static void
kp_count_grid_dispose (GObject *object)
{
  KpCountGrid *self = KP_COUNT_GRID (object);

  /* Entries that lose the focus now must not edit. */
  g_clear_object (&self->document);
  g_clear_pointer ((GtkWidget **) &self->layout, gtk_widget_unparent);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->row_totals, g_free);
  g_clear_pointer (&self->column_totals, g_free);
  g_clear_pointer (&self->period, g_free);
  G_OBJECT_CLASS (kp_count_grid_parent_class)->dispose (object);
}

static void
kp_count_grid_class_init (KpCountGridClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_count_grid_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "kp-count-grid");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GRID);
}

static void
kp_count_grid_init (KpCountGrid *self)
{
  self->cells = g_ptr_array_new_with_free_func (cell_free);
  self->layout = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->layout, 6);
  gtk_grid_set_column_spacing (self->layout, 12);
  gtk_widget_set_parent (GTK_WIDGET (self->layout), GTK_WIDGET (self));
}

GtkWidget *
kp_count_grid_new (const KpEntityDesc *desc,
                   const char *const  *row_fields,
                   const char         *column_field,
                   const char         *count_field)
{
  KpCountGrid *self = g_object_new (KP_TYPE_COUNT_GRID, NULL);

  self->desc = desc;
  self->period_field = kp_entity_desc_field_index (desc, "period");
  self->column_field = kp_entity_desc_field_index (desc, column_field);
  self->count_field = kp_entity_desc_field_index (desc, count_field);
  g_return_val_if_fail (self->period_field >= 0 && self->column_field >= 0 && self->count_field >= 0, GTK_WIDGET (self));
  self->n_rows = 1;
  for (guint k = 0; row_fields[k] != NULL && k < MAX_ROW_FIELDS; k++)
    {
      self->row_fields[k] = kp_entity_desc_field_index (desc, row_fields[k]);
      g_return_val_if_fail (self->row_fields[k] >= 0, GTK_WIDGET (self));
      self->n_row_fields = k + 1;
      self->n_rows *= catalog_of (self, self->row_fields[k])->n_choices;
    }
  self->n_columns = catalog_of (self, self->column_field)->n_choices;
  build (self);
  return GTK_WIDGET (self);
}
