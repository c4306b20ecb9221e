/* kp-timeline-outline.c: the outline's columns: WBS, name, start, end, working days,
 * progress, responsible and slip; editing in place and reordering by drag. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kp-cell-text.h"
#include "kp-date.h"
#include "kp-gantt-edit.h"
#include "kp-timeline-view-private.h"

static const char *const titles[N_COLUMNS] = {
  /* Translators: work breakdown structure number, e.g. "2.3" */
  N_("WBS"), N_("Name"), N_("Start"), N_("End"),
  /* Translators: a column title: days later than the baseline */
  N_("Slip"),
  /* Translators: a column title: the duration in working days */
  N_("Days"), N_("Done"), N_("Responsible"),
};

static const int widths[N_COLUMNS] = { 48, 200, 92, 92, 60, 52, 64, 120 };

static gboolean
editable_column (KpOutlineColumn column)
{
  return column != COL_WBS && column != COL_SLIP;
}

/* The entity and the timeline's task of a list item. */
static KpEntity *
item_entity (GtkListItem *item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  KpEntity *e;

  if (row == NULL)
    return NULL;
  e = gtk_tree_list_row_get_item (row);
  if (e != NULL)
    g_object_unref (e);   /* the store keeps it */
  return e;
}

static const KpGanttTask *
item_task (KpTimelineView *self,
           GtkListItem    *item)
{
  KpEntity *e = item_entity (item);
  int index = e != NULL && self->data != NULL ? kp_gantt_data_find (self->data, kp_entity_get_id (e)) : -1;

  return index >= 0 ? kp_gantt_data_task (self->data, index) : NULL;
}

static GtkWidget *
cell_label (GtkListItem     *item,
            KpOutlineColumn  column)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (column == COL_NAME)
    child = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
  return child;
}

static char *
cell_text (const KpGanttTask *t,
           KpOutlineColumn    column)
{
  char buf[KP_DATE_ISO_SIZE];

  switch (column)
    {
    case COL_WBS:
      return g_strdup (t->wbs);
    case COL_NAME:
      return g_strdup (t->name);
    case COL_START:
      return g_strdup (kp_date_format_iso (t->span_start, buf));
    case COL_END:
      return g_strdup (kp_date_format_iso (t->span_end, buf));
    case COL_DAYS:
      return t->span_start != KP_DATE_NONE ? g_strdup_printf ("%d", kp_gantt_task_working_days (t)) : g_strdup ("");
    case COL_PROGRESS:
      return t->is_milestone && !t->is_phase ? g_strdup (t->progress >= 100 ? "✓" : "")
                                               : g_strdup_printf ("%.0f %%", t->progress);
    case COL_RESPONSIBLE:
      return g_strdup (t->responsible);
    case COL_SLIP:
      if (t->base_end == KP_DATE_NONE || t->span_end == KP_DATE_NONE)
        return g_strdup ("");
      /* Translators: slip against the baseline in days: "+5 d", "−3 d", "0 d" */
      return g_strdup_printf (_("%+d d"), kp_gantt_task_slip (t));
    case N_COLUMNS:
    default:
      return g_strdup ("");
    }
}

/* Shows @t (the task of the cell's row, or NULL) in a cell of @column. */
static void
refresh_cell (GtkListItem       *item,
              KpOutlineColumn    column,
              const KpGanttTask *t)
{
  GtkWidget *label = cell_label (item, column);
  g_autofree char *text = t != NULL ? cell_text (t, column) : g_strdup ("");
  gboolean summary = t != NULL && t->is_phase;

  kp_cell_text_set_text (KP_CELL_TEXT (label), text);
  if (column == COL_NAME && gtk_widget_has_css_class (label, "heading") != summary)
    {
      if (summary)
        gtk_widget_add_css_class (label, "heading");
      else
        gtk_widget_remove_css_class (label, "heading");
    }
  if (column == COL_SLIP)
    {
      gboolean late = t != NULL && kp_gantt_task_slip (t) > 0;

      if (gtk_widget_has_css_class (label, "error") != late)
        {
          if (late)
            gtk_widget_add_css_class (label, "error");
          else
            gtk_widget_remove_css_class (label, "error");
        }
    }
}

/* Brings the cells bound of a row up to date, unless @ids leaves it out: with @ids, only
 * the rows of the tasks in it follow, and the phases' (whose dates and progress follow
 * their activities). The row's task is looked up once for all its cells. */
static void
refresh_row (KpTimelineView *self,
             GtkListItem   **cells,
             GHashTable     *ids)
{
  const KpGanttTask *t = NULL;
  guint c = 0;

  while (c < N_COLUMNS && cells[c] == NULL)
    c++;
  if (c == N_COLUMNS)
    return;
  t = item_task (self, cells[c]);
  if (ids != NULL && t != NULL && !t->is_phase && !g_hash_table_contains (ids, &t->id))
    return;
  for (; c < N_COLUMNS; c++)
    if (cells[c] != NULL)
      refresh_cell (cells[c], (KpOutlineColumn) c, t);
}

/* The cells of the rows the list keeps bound out of view. */
static gboolean
refresh_rest_cb (gpointer user_data)
{
  KpTimelineView *self = user_data;
  g_autoptr(GHashTable) ids = g_steal_pointer (&self->refresh_ids);
  GHashTableIter iter;
  gpointer cells;

  self->refresh_idle = 0;
  g_hash_table_iter_init (&iter, self->row_cells);
  while (g_hash_table_iter_next (&iter, NULL, &cells))
    refresh_row (self, cells, ids);
  return G_SOURCE_REMOVE;
}

/* After a change: the rows of @task_ids (the tasks an edit changed) and the phases', or
 * with NULL all rows. Those in view are brought up to date at once, found by their place
 * in the tree; the list view keeps a couple of hundred more rows bound around them (some
 * 1,500 cells), which follow when the frame is done. */
void
kp_timeline_outline_refresh (KpTimelineView *self,
                             const GArray   *task_ids)
{
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->outline_scroll);
  double top = gtk_adjustment_get_value (vadj);
  guint first = (guint) MAX (top / KP_TIMELINE_ROW_HEIGHT - 2, 0);
  guint last = (guint) ((top + gtk_adjustment_get_page_size (vadj)) / KP_TIMELINE_ROW_HEIGHT + 2);
  guint n = self->tree != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->tree)) : 0;

  /* The rows still waiting for the idle join these; a refresh of all stays one of all. */
  if (task_ids == NULL || (self->refresh_idle != 0 && self->refresh_ids == NULL))
    g_clear_pointer (&self->refresh_ids, g_hash_table_unref);
  else
    {
      if (self->refresh_ids == NULL)
        self->refresh_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; i < task_ids->len; i++)
        g_hash_table_add (self->refresh_ids, g_memdup2 (&g_array_index (task_ids, gint64, i), sizeof (gint64)));
    }
  for (guint pos = first; pos <= last && pos < n; pos++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, pos);
      GtkListItem **cells = row != NULL ? g_hash_table_lookup (self->row_cells, row) : NULL;

      if (cells != NULL)
        refresh_row (self, cells, self->refresh_ids);
    }
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_LOW, refresh_rest_cb, self, NULL);
}

/* ---- editing ------------------------------------------------------------------------- */

static gboolean
parse_number (const char *text,
              double     *out)
{
  g_autofree char *copy = g_strdelimit (g_strstrip (g_strdup (text)), ",", '.');
  char *end;

  if (g_str_has_suffix (copy, "%"))
    copy[strlen (copy) - 1] = '\0';
  g_strstrip (copy);
  *out = g_ascii_strtod (copy, &end);
  return *copy != '\0' && *end == '\0' && isfinite (*out);
}

static gboolean
apply_edit (KpTimelineView     *self,
            const KpGanttTask  *t,
            KpEntity           *e,
            KpOutlineColumn     column,
            const char         *text,
            GError            **error)
{
  int task = kp_gantt_data_find (self->data, t->id);
  KpDate date;
  double number;

  switch (column)
    {
    case COL_NAME:
      return kp_document_set_text (self->document, e, "name", text, error);
    case COL_RESPONSIBLE:
      return kp_document_set_text (self->document, e, "responsible", text, error);
    case COL_START:
    case COL_END:
      if (*text == '\0')
        date = KP_DATE_NONE;
      else if (!kp_date_parse_iso (g_strstrip ((char *) text), &date))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” is not a date: write it as yyyy-mm-dd."), text);
          return FALSE;
        }
      if (column == COL_START)
        /* A new start keeps the end unless the end would come first. */
        return kp_gantt_chart_set_span (self->chart, task, date,
                                        t->span_end != KP_DATE_NONE && date != KP_DATE_NONE ? MAX (t->span_end, date) : t->span_end,
                                        error);
      return kp_gantt_chart_set_span (self->chart, task, t->span_start != KP_DATE_NONE ? t->span_start : date, date, error);
    case COL_DAYS:
      if (!parse_number (text, &number) || number < 1 || number > 36500 || number != floor (number))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The duration must be a whole number of working days, at least 1."));
          return FALSE;
        }
      date = t->span_start != KP_DATE_NONE ? t->span_start : kp_date_today ();
      return kp_gantt_chart_set_span (self->chart, task, date, kp_gantt_end_for_working_days (date, (int) number), error);
    case COL_PROGRESS:
      if (!parse_number (text, &number))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Progress must be a percentage from 0 to 100."));
          return FALSE;
        }
      return kp_gantt_chart_set_progress (self->chart, task, number, error);
    case COL_WBS:
    case COL_SLIP:
    case N_COLUMNS:
    default:
      return TRUE;
    }
}

static GtkListItem *
bound_item (KpTimelineView  *self,
            gint64           id,
            KpOutlineColumn  column)
{
  GHashTableIter iter;
  gpointer cells;

  g_hash_table_iter_init (&iter, self->row_cells);
  while (g_hash_table_iter_next (&iter, NULL, &cells))
    {
      GtkListItem *item = ((GtkListItem **) cells)[column];
      KpEntity *e = item != NULL ? item_entity (item) : NULL;

      if (e != NULL && kp_entity_get_id (e) == id)
        return item;
    }
  return NULL;
}

static void
editor_activate_cb (KpTimelineView *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor_entry)));
  g_autoptr(GError) error = NULL;
  int task = self->data != NULL ? kp_gantt_data_find (self->data, self->editor_task) : -1;
  KpEntity *e = kp_document_lookup (self->document, &kp_desc_task, self->editor_task);
  const KpGanttTask *t = task >= 0 ? kp_gantt_data_task (self->data, task) : NULL;
  g_autofree char *before = t != NULL ? cell_text (t, self->editor_column) : NULL;

  gtk_popover_popdown (self->editor);
  if (t == NULL || e == NULL || g_strcmp0 (before, text) == 0)
    return;
  if (!apply_edit (self, t, e, self->editor_column, text, &error))
    kp_timeline_view_show_message (self, error->message, TRUE);
}

static void
editor_closed_cb (KpTimelineView *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self->editor));

  if (parent != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->editor));
      /* Back to the row, so that the keyboard goes on where it was. */
      gtk_widget_grab_focus (GTK_WIDGET (self->outline));
    }
}

static void
ensure_editor (KpTimelineView *self)
{
  if (self->editor != NULL)
    return;
  self->editor_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_width_chars (GTK_EDITABLE (self->editor_entry), 24);
  g_signal_connect_swapped (self->editor_entry, "activate", G_CALLBACK (editor_activate_cb), self);
  self->editor = GTK_POPOVER (gtk_popover_new ());
  g_object_ref_sink (self->editor);
  gtk_popover_set_child (self->editor, GTK_WIDGET (self->editor_entry));
  gtk_popover_set_position (self->editor, GTK_POS_BOTTOM);
  g_signal_connect_swapped (self->editor, "closed", G_CALLBACK (editor_closed_cb), self);
}

/* Opens the editor on a cell; FALSE when the cell cannot be edited. */
static gboolean
edit_cell (KpTimelineView  *self,
           GtkListItem     *item,
           KpOutlineColumn  column)
{
  const KpGanttTask *t = item_task (self, item);
  g_autofree char *text = NULL;
  GtkWidget *label = cell_label (item, column);

  if (t == NULL || self->document == NULL || kp_document_get_read_only (self->document) || !editable_column (column) ||
      (t->is_phase && column != COL_NAME && column != COL_RESPONSIBLE))
    return FALSE;
  ensure_editor (self);
  if (gtk_widget_get_parent (GTK_WIDGET (self->editor)) != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->editor));
  text = cell_text (t, column);
  self->editor_task = t->id;
  self->editor_column = column;
  gtk_editable_set_text (GTK_EDITABLE (self->editor_entry), text);
  gtk_widget_set_parent (GTK_WIDGET (self->editor), label);
  gtk_popover_popup (self->editor);
  gtk_widget_grab_focus (GTK_WIDGET (self->editor_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->editor_entry), 0, -1);
  return TRUE;
}

gboolean
kp_timeline_outline_is_editing (KpTimelineView *self)
{
  return self->editor != NULL && gtk_widget_get_visible (GTK_WIDGET (self->editor));
}

gboolean
kp_timeline_outline_edit (KpTimelineView  *self,
                          gint64           id,
                          KpOutlineColumn  column)
{
  GtkListItem *item = bound_item (self, id, column);

  return item != NULL && edit_cell (self, item, column);
}

void
kp_timeline_outline_edit_name (KpTimelineView *self)
{
  kp_timeline_outline_edit (self, kp_gantt_chart_get_selected (self->chart), COL_NAME);
}

/* A double click on a cell edits it. */
static void
outline_pressed_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    KpTimelineView  *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->outline), x, y, GTK_PICK_DEFAULT);

  for (; n_press == 2 && picked != NULL && picked != GTK_WIDGET (self->outline); picked = gtk_widget_get_parent (picked))
    {
      GtkListItem *item = g_object_get_data (G_OBJECT (picked), "kp-item");

      if (item != NULL)
        {
          KpOutlineFactory *factory = g_object_get_data (G_OBJECT (picked), "kp-factory");

          if (edit_cell (self, item, factory->column))
            gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
          return;
        }
    }
}

/* ---- reordering by drag -------------------------------------------------------------- */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *item)
{
  KpEntity *e = item_entity (item);
  g_autofree char *text = NULL;

  if (e == NULL)
    return NULL;
  text = g_strdup_printf ("kompetensplan-task:%" G_GINT64_FORMAT, kp_entity_get_id (e));
  return gdk_content_provider_new_typed (G_TYPE_STRING, text);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkListItem   *item)
{
  KpOutlineFactory *factory = g_object_get_data (G_OBJECT (target), "kp-factory");
  KpTimelineView *self = factory->view;
  const char *text = g_value_get_string (value);
  KpEntity *e = item_entity (item);
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (KpGanttPlacement));
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  int moved, onto;

  if (e == NULL || text == NULL || !g_str_has_prefix (text, "kompetensplan-task:"))
    return FALSE;
  moved = kp_gantt_data_find (self->data, g_ascii_strtoll (text + 19, NULL, 10));
  onto = kp_gantt_data_find (self->data, kp_entity_get_id (e));
  if (moved < 0 || onto < 0 || moved == onto)
    return FALSE;
  if (!kp_gantt_plan_drop (self->data, moved, onto, y > gtk_widget_get_height (widget) / 2.0, out))
    {
      kp_timeline_view_show_message (self, _("A phase cannot be moved into itself."), TRUE);
      return FALSE;
    }
  return kp_timeline_view_place (self, out, _("Move in Outline"));
}

/* ---- factories ----------------------------------------------------------------------- */

static void
setup_cb (GtkSignalListItemFactory *f,
          GtkListItem              *item,
          KpOutlineFactory         *factory)
{
  /* Cells change their text as rows are recycled and dates move: a KpCellText redraws
   * them without laying the list out again. */
  GtkWidget *label = kp_cell_text_new ();
  KpOutlineColumn column = factory->column;

  gtk_widget_set_hexpand (label, TRUE);
  kp_cell_text_set_xalign (KP_CELL_TEXT (label), column == COL_SLIP || column == COL_DAYS || column == COL_PROGRESS ? 1 : 0);
  if (column != COL_NAME)
    kp_cell_text_set_numeric (KP_CELL_TEXT (label), TRUE);
  if (column == COL_WBS)
    gtk_widget_add_css_class (label, "dim-label");
  g_object_set_data (G_OBJECT (label), "kp-item", item);
  g_object_set_data (G_OBJECT (label), "kp-factory", factory);
  if (column == COL_NAME)
    {
      GtkWidget *expander = gtk_tree_expander_new ();
      GtkDragSource *source = gtk_drag_source_new ();
      GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), item);
      gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (source));
      g_object_set_data (G_OBJECT (target), "kp-factory", factory);
      g_signal_connect (target, "drop", G_CALLBACK (drop_cb), item);
      gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (target));
      label = expander;
    }
  gtk_list_item_set_child (item, label);
}

static void
expanded_cb (GtkTreeListRow *row,
             GParamSpec     *pspec,
             KpTimelineView *self)
{
  g_autoptr(KpEntity) e = gtk_tree_list_row_get_item (row);
  gint64 *id;

  /* Rows of a tree being replaced fold as they go; that is no choice of the user's. */
  if (e == NULL || self->syncing)
    return;
  id = g_new (gint64, 1);
  *id = kp_entity_get_id (e);
  if (gtk_tree_list_row_get_expanded (row))
    {
      /* Rows come back expanded (autoexpand), those inside it too. */
      kp_timeline_view_unfolded (self, *id);
      g_free (id);
    }
  else
    g_hash_table_add (self->folded, id);
  kp_timeline_view_relayout (self);
}

static void
bind_cb (GtkSignalListItemFactory *f,
         GtkListItem              *item,
         KpOutlineFactory         *factory)
{
  KpTimelineView *self = factory->view;
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkListItem **cells = g_hash_table_lookup (self->row_cells, row);

  if (factory->column == COL_NAME)
    {
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), row);
      g_signal_connect (row, "notify::expanded", G_CALLBACK (expanded_cb), self);
    }
  if (cells == NULL)
    g_hash_table_insert (self->row_cells, row, cells = g_new0 (GtkListItem *, N_COLUMNS));
  cells[factory->column] = item;
  refresh_cell (item, factory->column, item_task (self, item));
}

/* The cell leaves its row's place in row_cells, and the row too when it was the last. */
static void
forget_cell (KpTimelineView   *self,
             GtkListItem      *item,
             KpOutlineFactory *factory)
{
  gpointer row = gtk_list_item_get_item (item);
  GtkListItem **cells = row != NULL ? g_hash_table_lookup (self->row_cells, row) : NULL;
  gboolean empty = TRUE;

  if (cells == NULL || cells[factory->column] != item)
    return;
  cells[factory->column] = NULL;
  for (guint c = 0; c < N_COLUMNS; c++)
    empty &= cells[c] == NULL;
  if (empty)
    g_hash_table_remove (self->row_cells, row);
}

static void
unbind_cb (GtkSignalListItemFactory *f,
           GtkListItem              *item,
           KpOutlineFactory         *factory)
{
  /* A recycled cell must not carry an edit over to another row. */
  if (factory->view->editor != NULL && gtk_widget_get_parent (GTK_WIDGET (factory->view->editor)) == cell_label (item, factory->column))
    gtk_popover_popdown (factory->view->editor);
  if (factory->column == COL_NAME)
    {
      GtkTreeListRow *row = gtk_list_item_get_item (item);

      if (row != NULL)
        g_signal_handlers_disconnect_by_func (row, expanded_cb, factory->view);
      /* The expander keeps its row until the next bind, which reuses its indent and arrow
       * widgets where the depth is the same; letting go of the row here would destroy them. */
    }
  forget_cell (factory->view, item, factory);
}

static void
teardown_cb (GtkSignalListItemFactory *f,
             GtkListItem              *item,
             KpOutlineFactory         *factory)
{
  forget_cell (factory->view, item, factory);
}

void
kp_timeline_outline_setup (KpTimelineView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (outline_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->outline), GTK_EVENT_CONTROLLER (click));
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      self->factories[c] = (KpOutlineFactory) { self, (KpOutlineColumn) c };
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), &self->factories[c]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), &self->factories[c]);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), &self->factories[c]);
      g_signal_connect (factory, "teardown", G_CALLBACK (teardown_cb), &self->factories[c]);
      column = gtk_column_view_column_new (_(titles[c]), factory);
      gtk_column_view_column_set_fixed_width (column, widths[c]);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, c == COL_NAME);
      gtk_column_view_append_column (self->outline, column);
      if (c == COL_SLIP)
        {
          self->slip_column = column;
          gtk_column_view_column_set_visible (column, FALSE);
        }
      g_object_unref (column);
    }
}
