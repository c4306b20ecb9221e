/* kp-entity-table-entry.c: the new row of a table built for typing, e.g. a month of time
 * entries in a row.
 *
 * The new row stays first, above the sorted rows, and edits a draft: an entity that is not
 * in the document yet. A key controller on the column view sees the keys before the cells:
 *   Tab, Shift+Tab  the next or the previous cell of the new row, editing at once, its text
 *                   selected so that typing replaces it; past either end the focus leaves
 *                   the row as usual
 *   Enter           the next cell; in the last cell, adds the row
 *   Ctrl+Enter      adds the row from any cell
 *   letters         in a choice (an organisation, the funding), the next choice that begins
 *                   with them
 * A copy of the row goes into the document (validated, saved, undoable); the new row then
 * keeps the fields the table keeps (e.g. date, organisation and person), takes the defaults
 * for the others, and the focus goes back to its first cell. A refusal shows under the
 * table and leaves the row as typed. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-date.h"
#include "kp-entity-table-private.h"

#define TYPE_AHEAD_USEC (1000 * 1000)

struct _KpTableEntry
{
  KpEntityTable *table;   /* not a reference: the table owns this */
  GtkColumnView *view;
  const KpEntityDesc *desc;
  GArray *fields;         /* guint: the fields of the columns, in order */
  GStrv keep;
  GListStore *store;      /* the draft, alone */
  KpEntity *draft;
  GPtrArray *cells;       /* KpEntityCell bound to the draft (not references) */
  int focus_pending;      /* the column to focus once its cell is shown, or -1 */
  guint focus_source;
  guint focus_tries;
  GString *typed;         /* type-ahead in a choice */
  gint64 typed_time;
  KpEntityCell *typed_cell;
};

/* The defaults of a new row: the table's, and a required date today. */
static KpEntity *
new_draft (KpTableEntry *self)
{
  KpEntity *draft = kp_entity_table_new_draft (self->table);

  for (guint i = 0; i < self->desc->n_fields; i++)
    {
      const KpField *f = &self->desc->fields[i];

      if (f->kind == KP_FIELD_DATE && (f->flags & KP_FIELD_REQUIRED) && kp_entity_peek (draft, i)->i == KP_DATE_NONE)
        {
          KpValue today = { .i = kp_date_today () };

          kp_entity_poke (draft, i, &today);
        }
    }
  return draft;
}

static void
start_draft (KpTableEntry *self)
{
  g_autoptr(KpEntity) draft = new_draft (self);

  g_set_object (&self->draft, draft);
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       (gpointer *) &draft, 1);
}

/* After an addition, the same draft goes on as the next row: its cells stay (GTK 4.8's
 * editable labels must not be destroyed right after losing the focus) and show the
 * defaults again, except for the fields kept. */
static void
restart_draft (KpTableEntry *self)
{
  g_autoptr(KpEntity) fresh = new_draft (self);

  for (guint i = 0; i < self->desc->n_fields; i++)
    if (!g_strv_contains ((const char *const *) self->keep, self->desc->fields[i].name))
      kp_entity_poke (self->draft, i, kp_entity_peek (fresh, i));
}

static int
column_of (KpTableEntry *self,
           KpEntityCell *cell)
{
  guint field = kp_entity_cell_get_field (cell);

  for (guint i = 0; i < self->fields->len; i++)
    if (g_array_index (self->fields, guint, i) == field)
      return (int) i;
  return -1;
}

static KpEntityCell *
cell_at (KpTableEntry *self,
         int           column)
{
  for (guint i = 0; i < self->cells->len; i++)
    {
      KpEntityCell *cell = self->cells->pdata[i];

      if (kp_entity_cell_get_entity (cell) == self->draft && column_of (self, cell) == column)
        return cell;
    }
  return NULL;
}

static gboolean
try_focus (KpTableEntry *self)
{
  KpEntityCell *cell = cell_at (self, self->focus_pending);

  if (cell == NULL || !kp_entity_cell_start_editing (cell))
    return FALSE;
  self->focus_pending = -1;
  return TRUE;
}

/* A new row's cells appear with the next frame: try until then. */
static gboolean
focus_later_cb (gpointer data)
{
  KpTableEntry *self = data;

  if (self->focus_pending < 0 || try_focus (self) || ++self->focus_tries > 50)
    {
      self->focus_source = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
focus_column (KpTableEntry *self,
              int           column)
{
  self->focus_pending = column;
  self->focus_tries = 0;
  if (try_focus (self) || self->focus_source != 0)
    return;
  self->focus_source = g_timeout_add (15, focus_later_cb, self);
}

gboolean
kp_table_entry_focus (KpTableEntry *self)
{
  if (self->draft == NULL)
    return FALSE;
  focus_column (self, 0);
  return TRUE;
}

gboolean
kp_table_entry_commit (KpTableEntry  *self,
                       GError       **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(KpEntity) row = NULL;
  GtkAdjustment *vadjustment;

  if (self->draft == NULL)
    return FALSE;
  for (guint i = 0; i < self->cells->len; i++)
    kp_entity_cell_stop_editing (self->cells->pdata[i]);
  for (guint i = 0; i < self->cells->len; i++)
    {
      const char *message = kp_entity_cell_get_error (self->cells->pdata[i]);

      if (message != NULL && kp_entity_cell_get_entity (self->cells->pdata[i]) == self->draft)
        {
          kp_entity_table_show_entry_error (self->table, message);
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, message);
          return FALSE;
        }
    }
  /* A copy goes into the document; the draft stays the new row. */
  row = kp_entity_dup (self->draft);
  if (!kp_entity_table_add (self->table, row, &local))
    {
      kp_entity_table_show_entry_error (self->table, local->message);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  kp_entity_table_show_entry_error (self->table, NULL);
  restart_draft (self);
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view));
  if (vadjustment != NULL)
    gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
  focus_column (self, 0);
  return TRUE;
}

static gboolean
is_choice (KpTableEntry *self,
           int           column)
{
  KpFieldKind kind = self->desc->fields[g_array_index (self->fields, guint, column)].kind;

  return kind == KP_FIELD_CHOICE || kind == KP_FIELD_REF;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KpTableEntry          *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self->view));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *ancestor = focus != NULL ? gtk_widget_get_ancestor (focus, KP_TYPE_ENTITY_CELL) : NULL;
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  KpEntityCell *cell;
  int column;

  if (ancestor == NULL || kp_entity_cell_get_entity (KP_ENTITY_CELL (ancestor)) != self->draft)
    return FALSE;
  cell = KP_ENTITY_CELL (ancestor);
  column = column_of (self, cell);
  if (column < 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      {
        int next = column + ((keyval == GDK_KEY_ISO_Left_Tab || (mods & GDK_SHIFT_MASK)) ? -1 : 1);

        if (next < 0 || next >= (int) self->fields->len)
          return FALSE;
        kp_entity_cell_stop_editing (cell);
        focus_column (self, next);
        return TRUE;
      }
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      kp_entity_cell_stop_editing (cell);
      if ((mods & GDK_CONTROL_MASK) || column + 1 >= (int) self->fields->len)
        kp_table_entry_commit (self, NULL);
      else
        focus_column (self, column + 1);
      return TRUE;
    default:
      break;
    }
  if (is_choice (self, column) && !(mods & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    {
      gunichar c = gdk_keyval_to_unicode (keyval);
      gint64 now = g_get_monotonic_time ();

      if (c == 0 || !g_unichar_isprint (c) || g_unichar_isspace (c))
        return FALSE;
      /* What was typed into another cell, or a while ago, starts over. */
      if (now - self->typed_time > TYPE_AHEAD_USEC || self->typed_cell != cell)
        g_string_truncate (self->typed, 0);
      self->typed_cell = cell;
      g_string_append_unichar (self->typed, c);
      self->typed_time = now;
      if (!kp_entity_cell_select_by_prefix (cell, self->typed->str))
        gtk_widget_error_bell (GTK_WIDGET (cell));
      return TRUE;
    }
  return FALSE;
}

KpTableEntry *
kp_table_entry_new (KpEntityTable      *table,
                    GtkColumnView      *view,
                    const KpEntityDesc *desc,
                    GArray             *fields,
                    const char *const  *keep)
{
  KpTableEntry *self = g_new0 (KpTableEntry, 1);
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->table = table;
  self->view = view;
  self->desc = desc;
  self->fields = g_array_ref (fields);
  self->keep = g_strdupv ((char **) keep);
  self->store = g_list_store_new (kp_entity_type_for (desc));
  self->cells = g_ptr_array_new ();
  self->focus_pending = -1;
  self->typed = g_string_new (NULL);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (keys, "kp-entry-row");
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (view), keys);
  return self;
}

void
kp_table_entry_free (KpTableEntry *self)
{
  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_object (&self->draft);
  g_clear_object (&self->store);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_array_unref);
  g_clear_pointer (&self->keep, g_strfreev);
  g_string_free (self->typed, TRUE);
  g_free (self);
}

GListModel *
kp_table_entry_wrap (KpTableEntry *self,
                     GListModel   *rows)
{
  KpDocument *document = kp_entity_table_get_document (self->table);
  GListStore *parts;

  /* A read-only project gets no new row. */
  if (kp_document_get_read_only (document))
    {
      g_clear_object (&self->draft);
      g_list_store_remove_all (self->store);
      return g_object_ref (rows);
    }
  start_draft (self);
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (parts, self->store);
  g_list_store_append (parts, rows);
  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
}

gboolean
kp_table_entry_is_draft (KpTableEntry *self,
                         gpointer      item)
{
  return item != NULL && item == (gpointer) self->draft;
}

KpEntity *
kp_table_entry_get_draft (KpTableEntry *self)
{
  return self->draft;
}

void
kp_table_entry_cell_bound (KpTableEntry *self,
                           KpEntityCell *cell)
{
  if (kp_entity_cell_get_entity (cell) != self->draft)
    return;
  if (!g_ptr_array_find (self->cells, cell, NULL))
    g_ptr_array_add (self->cells, cell);
}

void
kp_table_entry_cell_unbound (KpTableEntry *self,
                             KpEntityCell *cell)
{
  if (self->typed_cell == cell)
    self->typed_cell = NULL;
  g_ptr_array_remove (self->cells, cell);
}
