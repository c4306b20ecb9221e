/* kp-timeline-view.c: the Timeline page: keeps the outline, the chart and the timeline's
 * data in step with the project. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-gantt-critical.h"
#include "kp-gantt-source.h"
#include "kp-timeline-view-private.h"

G_DEFINE_FINAL_TYPE (KpTimelineView, kp_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CRITICAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void outline_selected_cb (KpTimelineView *self);

/* ---- the outline's tree -------------------------------------------------------------- */

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  KpTimelineView *self = user_data;
  gint64 id = kp_entity_get_id (item);
  GListStore *store = g_hash_table_lookup (self->children, &id);
  gboolean has = store != NULL && g_list_model_get_n_items (G_LIST_MODEL (store)) > 0;
  gint64 *key = g_new (gint64, 1);

  /* Remembered, so that a row whose children come or go can be made anew. */
  *key = id;
  g_hash_table_insert (self->expandable, key, GINT_TO_POINTER (has ? 2 : 1));
  return has ? g_object_ref (G_LIST_MODEL (store)) : NULL;
}

/* Unfolds @task and everything inside it in the folded set: rows that (re)appear come
 * expanded. */
static void
forget_folds (KpTimelineView *self,
              int             task)
{
  int depth = kp_gantt_data_task (self->data, task)->depth;

  for (guint k = (guint) task; k < kp_gantt_data_n_tasks (self->data); k++)
    {
      const KpGanttTask *t = kp_gantt_data_task (self->data, (int) k);

      if (k > (guint) task && t->depth <= depth)
        break;
      g_hash_table_remove (self->folded, &t->id);
    }
}

void
kp_timeline_view_unfolded (KpTimelineView *self,
                           gint64          id)
{
  int task = kp_gantt_data_find (self->data, id);

  if (task >= 0)
    forget_folds (self, task);
}

static gboolean
wants_children (KpTimelineView *self,
                GHashTable     *wanted,
                gint64          id)
{
  GPtrArray *list = g_hash_table_lookup (wanted, &id);

  return list != NULL && list->len > 0;
}

/* Whether the row of @e must be made anew because its children came or went. */
static gboolean
stale_row (KpTimelineView *self,
           GHashTable     *wanted,
           KpEntity       *e)
{
  gint64 id = kp_entity_get_id (e);
  int made = GPOINTER_TO_INT (g_hash_table_lookup (self->expandable, &id));

  return made != 0 && (made == 2) != wants_children (self, wanted, id);
}

static void
sync_store (KpTimelineView *self,
            GHashTable     *wanted,
            gint64          owner)
{
  GListStore *store = g_hash_table_lookup (self->children, &owner);
  GPtrArray *items = g_hash_table_lookup (wanted, &owner);
  guint n_new = items != NULL ? items->len : 0, n_old, head = 0, tail = 0;

  if (store == NULL)
    {
      gint64 *key;

      if (n_new == 0)
        return;
      key = g_new (gint64, 1);
      *key = owner;
      store = g_list_store_new (kp_entity_type_for (&kp_desc_task));
      g_hash_table_insert (self->children, key, store);
    }
  n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  /* Keep the longest unchanged beginning and end; replace what lies between. */
  while (head < n_old && head < n_new)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (G_LIST_MODEL (store), head);

      if (e != items->pdata[head] || stale_row (self, wanted, e))
        break;
      head++;
    }
  while (tail < n_old - head && tail < n_new - head)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (G_LIST_MODEL (store), n_old - 1 - tail);

      if (e != items->pdata[n_new - 1 - tail] || stale_row (self, wanted, e))
        break;
      tail++;
    }
  if (head == n_old && head == n_new)
    return;
  for (guint i = head; i < n_old - tail; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (G_LIST_MODEL (store), i);
      gint64 id = kp_entity_get_id (e);

      g_hash_table_remove (self->expandable, &id);
    }
  for (guint i = head; i < n_new - tail; i++)
    kp_timeline_view_unfolded (self, kp_entity_get_id (items->pdata[i]));
  g_list_store_splice (store, head, n_old - head - tail, items != NULL ? items->pdata + head : NULL, n_new - head - tail);
}

static int
cmp_depth_desc (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  KpTimelineView *self = user_data;
  gint64 x = **(gint64 *const *) a, y = **(gint64 *const *) b;
  int dx = x != 0 ? kp_gantt_data_task (self->data, MAX (kp_gantt_data_find (self->data, x), 0))->depth : -1;
  int dy = y != 0 ? kp_gantt_data_task (self->data, MAX (kp_gantt_data_find (self->data, y), 0))->depth : -1;

  return dy - dx;
}

/* Brings the stores of visible children in line with the data, changing only what
 * changed, deepest phases first so that a row made anew finds its children ready. */
static void
sync_stores (KpTimelineView *self)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();
  static const gint64 root = 0;
  GHashTableIter iter;
  gpointer key;

  g_hash_table_insert (wanted, (gpointer) &root, g_ptr_array_new ());
  for (guint k = 0; k < kp_gantt_data_n_tasks (self->data); k++)
    {
      const KpGanttTask *t = kp_gantt_data_task (self->data, (int) k);
      KpEntity *e;
      GPtrArray *list;

      if (!t->visible || (e = kp_document_lookup (self->document, &kp_desc_task, t->id)) == NULL)
        continue;
      list = g_hash_table_lookup (wanted, t->parent >= 0 ? &kp_gantt_data_task (self->data, t->parent)->id : &root);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (wanted, (gpointer) &kp_gantt_data_task (self->data, t->parent)->id, list);
        }
      g_ptr_array_add (list, e);
    }
  g_hash_table_iter_init (&iter, wanted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (owners, key);
  g_hash_table_iter_init (&iter, self->children);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (wanted, key))
      g_ptr_array_add (owners, key);
  g_ptr_array_sort_with_data (owners, cmp_depth_desc, self);
  self->syncing = TRUE;
  for (guint i = 0; i < owners->len; i++)
    sync_store (self, wanted, *(gint64 *) owners->pdata[i]);
  self->syncing = FALSE;
}

static GListStore *
store_for (KpTimelineView *self,
           GHashTable     *batches,
           gint64          parent_id)
{
  GListStore *store = g_hash_table_lookup (self->children, &parent_id);

  if (store == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = parent_id;
      store = g_list_store_new (kp_entity_type_for (&kp_desc_task));
      g_hash_table_insert (self->children, key, store);
      g_hash_table_insert (batches, store, g_ptr_array_new ());
    }
  return store;
}

static void
flush_batch_cb (gpointer key,
                gpointer value,
                gpointer user_data)
{
  GPtrArray *items = value;

  g_list_store_splice (key, 0, 0, items->pdata, items->len);
  g_ptr_array_unref (items);
}

/* One store of visible children per phase (id 0 holds the top level), filled in one splice
 * each; the tree list model expands everything but the folded phases. */
static void
rebuild_tree (KpTimelineView *self)
{
  g_autoptr(GHashTable) batches = g_hash_table_new (NULL, NULL);
  GListStore *root;
  guint n = kp_gantt_data_n_tasks (self->data);

  g_hash_table_remove_all (self->children);
  g_hash_table_remove_all (self->expandable);
  root = store_for (self, batches, 0);
  for (guint k = 0; k < n; k++)
    {
      const KpGanttTask *t = kp_gantt_data_task (self->data, (int) k);
      KpEntity *e;
      GListStore *store;

      if (!t->visible || (e = kp_document_lookup (self->document, &kp_desc_task, t->id)) == NULL)
        continue;
      store = store_for (self, batches, t->parent_id);
      g_ptr_array_add (g_hash_table_lookup (batches, store), e);
    }
  g_hash_table_foreach (batches, flush_batch_cb, NULL);

  self->syncing = TRUE;
  g_clear_object (&self->tree);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (root)), FALSE, TRUE, create_children_cb, self, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(KpEntity) e = gtk_tree_list_row_get_item (row);
      gint64 id = kp_entity_get_id (e);

      if (g_hash_table_contains (self->folded, &id))
        gtk_tree_list_row_set_expanded (row, FALSE);
    }
  /* A new selection model rather than a new model in the old one: the column view then
   * starts afresh instead of working through 10,000 removed and 10,000 added rows. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (outline_selected_cb), self);
  gtk_column_view_set_model (self->outline, GTK_SELECTION_MODEL (self->selection));
  self->syncing = FALSE;
}

static guint
structure_of (KpGanttData *data)
{
  guint hash = 5381;

  for (guint k = 0; k < kp_gantt_data_n_tasks (data); k++)
    {
      const KpGanttTask *t = kp_gantt_data_task (data, (int) k);

      hash = hash * 33 + (guint) t->id;
      hash = hash * 33 + (guint) t->parent_id;
      hash = hash * 33 + (t->visible ? 2u : 1u) + (t->is_phase ? 4u : 0u);
    }
  return hash ^ kp_gantt_data_n_tasks (data);
}

void
kp_timeline_view_relayout (KpTimelineView *self)
{
  kp_gantt_layout_build (self->layout, self->data, self->folded);
  /* The outline and the chart show the same rows: each row of the one is a row of the other. */
  g_warn_if_fail (self->tree == NULL ||
                  g_list_model_get_n_items (G_LIST_MODEL (self->tree)) == kp_gantt_layout_n_rows (self->layout));
  kp_gantt_chart_model_changed (self->chart);
  {
    int lane = kp_gantt_chart_get_lane_height (self->chart), bar = 0;

    /* Below the rows, the outline keeps as much room as the chart's training lane and
     * scroll bar, so that both show the same rows down to the last. */
    gtk_widget_measure (GTK_WIDGET (self->hscrollbar), GTK_ORIENTATION_VERTICAL, -1, NULL, &bar, NULL, NULL);
    gtk_widget_set_size_request (GTK_WIDGET (self->lane_label), -1, lane + bar);
    gtk_label_set_text (self->lane_label, lane > 0 ? _("Training activities") : "");
  }
}

static void
prune_folded (KpTimelineView *self)
{
  GHashTableIter iter;
  gint64 *id;

  g_hash_table_iter_init (&iter, self->folded);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    if (kp_gantt_data_find (self->data, *id) < 0)
      g_hash_table_iter_remove (&iter);
}

void
kp_timeline_view_refresh (KpTimelineView *self)
{
  KpGanttData *old = self->data;
  KpGanttFilter filter = { self->filter_kind, kp_date_today (), self->filter_responsible, self->filter_phase, self->search };
  gint64 selected = kp_gantt_chart_get_selected (self->chart);
  guint structure;
  gboolean rows_stand, known;
  g_autoptr(GArray) edited = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (self->document == NULL)
    return;
  /* After an edit of dates, progress or names the data changes in place, only the edited
   * tasks compared when the document says which; otherwise it is read anew. */
  known = kp_document_changed_fields (self->document, &kp_desc_task, edited);
  if (old == NULL || !kp_gantt_data_update_from_document (old, self->document, self->baseline_id, known ? edited : NULL))
    {
      self->data = kp_gantt_data_new_from_document (self->document, self->baseline_id);
      /* The chart borrows the data: give it the new one before the old goes. */
      kp_gantt_chart_set_model (self->chart, self->data, self->layout);
      kp_gantt_data_free (old);
      old = NULL;
    }
  kp_gantt_filter_apply (self->data, &filter);
  if (self->critical)
    kp_gantt_critical_path (self->data);
  prune_folded (self);

  structure = structure_of (self->data);
  /* Changed in place with the same rows shown, the layout stands; only dates moved. */
  rows_stand = old != NULL && self->tree != NULL && structure == self->structure;
  if (self->tree == NULL)
    rebuild_tree (self);
  else if (structure != self->structure)
    sync_stores (self);
  self->structure = structure;
  if (rows_stand)
    kp_gantt_chart_model_changed (self->chart);
  else
    kp_timeline_view_relayout (self);
  kp_timeline_outline_refresh (self, rows_stand && known ? edited : NULL);
  gtk_stack_set_visible_child_name (self->stack, kp_gantt_data_n_tasks (self->data) > 0 ? "timeline" : "empty");
  if (selected != 0)
    kp_timeline_view_select_id (self, selected);
  kp_timeline_view_update_actions (self);
}

/* ---- selection ----------------------------------------------------------------------- */

int
kp_timeline_view_selected_task (KpTimelineView *self)
{
  gint64 id = kp_gantt_chart_get_selected (self->chart);

  return id != 0 && self->data != NULL ? kp_gantt_data_find (self->data, id) : -1;
}

void
kp_timeline_view_select_id (KpTimelineView *self,
                            gint64          id)
{
  int task = id != 0 ? kp_gantt_data_find (self->data, id) : -1;
  int row = task >= 0 ? kp_gantt_layout_row_of (self->layout, task) : -1;

  self->syncing = TRUE;
  kp_gantt_chart_set_selected (self->chart, row >= 0 ? id : 0);
  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, row >= 0 ? (guint) row : GTK_INVALID_LIST_POSITION);
  self->syncing = FALSE;
  kp_timeline_view_update_actions (self);
}

void
kp_timeline_view_show_task (KpTimelineView *self,
                            gint64          id)
{
  g_return_if_fail (KP_IS_TIMELINE_VIEW (self));
  kp_timeline_view_select_id (self, id);
  gtk_widget_grab_focus (GTK_WIDGET (self->chart));
}

static void
outline_selected_cb (KpTimelineView *self)
{
  guint pos = gtk_single_selection_get_selected (self->selection);
  int task = pos != GTK_INVALID_LIST_POSITION ? kp_gantt_layout_task_at (self->layout, (int) pos) : -1;

  if (self->syncing)
    return;
  self->syncing = TRUE;
  kp_gantt_chart_set_selected (self->chart, task >= 0 ? kp_gantt_data_task (self->data, task)->id : 0);
  self->syncing = FALSE;
  kp_timeline_view_update_actions (self);
}

static void
chart_selected_cb (KpTimelineView *self)
{
  if (!self->syncing)
    kp_timeline_view_select_id (self, kp_gantt_chart_get_selected (self->chart));
}

/* ---- messages ------------------------------------------------------------------------ */

void
kp_timeline_view_show_message (KpTimelineView *self,
                               const char     *message,
                               gboolean        error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_message ("%s", message);
      return;
    }
  toast = adw_toast_new (message);
  if (error)
    {
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, 10);
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
chart_message_cb (KpTimelineView *self,
                  const char     *message)
{
  kp_timeline_view_show_message (self, message, TRUE);
}

/* ---- filters, baselines and zoom ----------------------------------------------------- */

static void
fill_filter_choices (KpTimelineView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->filter_choices, 0);
  if (self->filter_kind == KP_GANTT_FILTER_RESPONSIBLE)
    {
      g_autofree const char **who = kp_gantt_data_responsibles (self->data);

      for (guint i = 0; who[i] != NULL; i++)
        {
          gtk_string_list_append (names, who[i]);
          g_ptr_array_add (self->filter_choices, g_strdup (who[i]));
        }
    }
  else if (self->filter_kind == KP_GANTT_FILTER_PHASE)
    for (guint k = 0; k < kp_gantt_data_n_tasks (self->data); k++)
      {
        const KpGanttTask *t = kp_gantt_data_task (self->data, (int) k);

        if (t->is_phase)
          {
            g_autofree char *label = g_strdup_printf ("%s %s", t->wbs, t->name);

            gtk_string_list_append (names, label);
            g_ptr_array_add (self->filter_choices, g_strdup_printf ("%" G_GINT64_FORMAT, t->id));
          }
      }
  gtk_drop_down_set_model (self->filter_value_dropdown, G_LIST_MODEL (names));
  gtk_widget_set_visible (GTK_WIDGET (self->filter_value_dropdown), self->filter_choices->len > 0);
}

static void
filter_value_cb (KpTimelineView *self)
{
  guint i = gtk_drop_down_get_selected (self->filter_value_dropdown);
  const char *choice = i < self->filter_choices->len ? self->filter_choices->pdata[i] : NULL;

  g_clear_pointer (&self->filter_responsible, g_free);
  self->filter_phase = 0;
  if (choice != NULL && self->filter_kind == KP_GANTT_FILTER_RESPONSIBLE)
    self->filter_responsible = g_strdup (choice);
  else if (choice != NULL && self->filter_kind == KP_GANTT_FILTER_PHASE)
    self->filter_phase = g_ascii_strtoll (choice, NULL, 10);
  kp_timeline_view_refresh (self);
}

static void
filter_kind_cb (KpTimelineView *self)
{
  self->filter_kind = (KpGanttFilterKind) gtk_drop_down_get_selected (self->filter_kind_dropdown);
  if (self->data == NULL)
    return;
  g_signal_handlers_block_by_func (self->filter_value_dropdown, filter_value_cb, self);
  fill_filter_choices (self);
  g_signal_handlers_unblock_by_func (self->filter_value_dropdown, filter_value_cb, self);
  filter_value_cb (self);
}

static void
search_changed_cb (KpTimelineView *self)
{
  g_free (self->search);
  self->search = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  kp_timeline_view_refresh (self);
}

static void
baseline_selected_cb (KpTimelineView *self)
{
  guint i = gtk_drop_down_get_selected (self->baseline_dropdown);
  gint64 id = i >= 1 && i - 1 < self->baseline_ids->len ? g_array_index (self->baseline_ids, gint64, i - 1) : 0;

  if (id == self->baseline_id)
    return;
  self->baseline_id = id;
  g_object_set (self->chart, "show-baseline", id != 0, NULL);
  gtk_column_view_column_set_visible (self->slip_column, id != 0);
  kp_timeline_view_refresh (self);
}

static void
update_baselines (KpTimelineView *self)
{
  GListModel *list = kp_document_get_list (self->document, &kp_desc_baseline);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_array_set_size (self->baseline_ids, 0);
  gtk_string_list_append (names, _("None"));
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) b = g_list_model_get_item (list, i);
      gint64 id = kp_entity_get_id (b);
      char day[KP_DATE_ISO_SIZE];
      g_autofree char *label = g_strdup_printf ("%s (%s)", kp_entity_get_text (b, "name"),
                                                kp_date_format_iso (kp_entity_get_date (b, "created"), day));

      gtk_string_list_append (names, label);
      g_array_append_val (self->baseline_ids, id);
      if (id == self->baseline_id)
        selected = i + 1;
    }
  g_signal_handlers_block_by_func (self->baseline_dropdown, baseline_selected_cb, self);
  gtk_drop_down_set_model (self->baseline_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->baseline_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->baseline_dropdown, baseline_selected_cb, self);
  if (selected == 0 && self->baseline_id != 0)
    baseline_selected_cb (self);
}

static void
zoom_dropdown_cb (KpTimelineView *self)
{
  guint i = gtk_drop_down_get_selected (self->zoom_dropdown);

  if (i <= KP_ZOOM_LAST && (KpZoom) i != kp_gantt_chart_get_zoom (self->chart))
    kp_gantt_chart_set_zoom (self->chart, (KpZoom) i);
}

static void
chart_zoom_cb (KpTimelineView *self)
{
  g_signal_handlers_block_by_func (self->zoom_dropdown, zoom_dropdown_cb, self);
  gtk_drop_down_set_selected (self->zoom_dropdown, kp_gantt_chart_get_zoom (self->chart));
  g_signal_handlers_unblock_by_func (self->zoom_dropdown, zoom_dropdown_cb, self);
}

/* ---- the document -------------------------------------------------------------------- */

static void
document_changed_cb (KpTimelineView *self)
{
  guint n_baselines = g_list_model_get_n_items (kp_document_get_list (self->document, &kp_desc_baseline));

  kp_timeline_view_refresh (self);
  if (n_baselines != self->baseline_ids->len)
    update_baselines (self);
}

void
kp_timeline_view_set_document (KpTimelineView *self,
                               KpDocument     *document)
{
  g_return_if_fail (KP_IS_TIMELINE_VIEW (self));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  kp_gantt_chart_set_document (self->chart, document);
  g_clear_object (&self->tree);
  kp_gantt_chart_set_model (self->chart, NULL, NULL);
  g_clear_pointer (&self->data, kp_gantt_data_free);
  self->structure = 0;
  if (document == NULL)
    return;
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  kp_timeline_view_refresh (self);
  update_baselines (self);
  kp_gantt_chart_scroll_to_date (self->chart, self->data->min_date != KP_DATE_NONE ? self->data->min_date : kp_date_today ());
}

KpDocument *
kp_timeline_view_get_document (KpTimelineView *self)
{
  return self->document;
}

/* ---- the object ---------------------------------------------------------------------- */

static void
kp_timeline_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KpTimelineView *self = KP_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CRITICAL:
      g_value_set_boolean (value, self->critical);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_timeline_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KpTimelineView *self = KP_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CRITICAL:
      if (self->critical != g_value_get_boolean (value))
        {
          self->critical = g_value_get_boolean (value);
          g_object_set (self->chart, "critical", self->critical, NULL);
          kp_timeline_view_refresh (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_timeline_view_dispose (GObject *object)
{
  KpTimelineView *self = KP_TIMELINE_VIEW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->chart != NULL)
    kp_gantt_chart_set_model (self->chart, NULL, NULL);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_pointer (&self->refresh_ids, g_hash_table_unref);
  if (self->editor != NULL && gtk_widget_get_parent (GTK_WIDGET (self->editor)) != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->editor));
  g_clear_object (&self->editor);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_TIMELINE_VIEW);
  g_clear_object (&self->tree);
  g_clear_object (&self->selection);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (kp_timeline_view_parent_class)->dispose (object);
}

static void
kp_timeline_view_finalize (GObject *object)
{
  KpTimelineView *self = KP_TIMELINE_VIEW (object);

  g_clear_pointer (&self->data, kp_gantt_data_free);
  g_clear_pointer (&self->layout, kp_gantt_layout_free);
  g_clear_pointer (&self->folded, g_hash_table_unref);
  g_clear_pointer (&self->children, g_hash_table_unref);
  g_clear_pointer (&self->expandable, g_hash_table_unref);
  g_clear_pointer (&self->row_cells, g_hash_table_unref);
  g_clear_pointer (&self->baseline_ids, g_array_unref);
  g_clear_pointer (&self->filter_choices, g_ptr_array_unref);
  g_free (self->filter_responsible);
  g_free (self->search);
  G_OBJECT_CLASS (kp_timeline_view_parent_class)->finalize (object);
}

static void
kp_timeline_view_class_init (KpTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_timeline_view_dispose;
  object_class->finalize = kp_timeline_view_finalize;
  object_class->get_property = kp_timeline_view_get_property;
  object_class->set_property = kp_timeline_view_set_property;

  properties[PROP_CRITICAL] = g_param_spec_boolean ("critical", NULL, NULL, FALSE,
                                                    G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KP_TYPE_GANTT_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, filter_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, filter_value_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, baseline_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, zoom_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, outline);
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, outline_scroll);
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, lane_label);
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, chart);
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, vscrollbar);
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, hscrollbar);
  gtk_widget_class_bind_template_child (widget_class, KpTimelineView, stack);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  kp_timeline_view_class_install_actions (widget_class);
}

static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded || gdk_display_get_default () == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/se/kompetensplan/Kompetensplan/ui/kp-timeline-view.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
kp_timeline_view_init (KpTimelineView *self)
{
  GSettingsSchema *schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (), APP_ID, TRUE);
  GtkAdjustment *vadj;

  load_css ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->layout = kp_gantt_layout_new (KP_TIMELINE_ROW_HEIGHT);
  self->folded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->expandable = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->row_cells = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->baseline_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->filter_choices = g_ptr_array_new_with_free_func (g_free);
  kp_timeline_outline_setup (self);
  kp_timeline_view_install_keys (self);

  /* One vertical position for the outline and the chart: the outline's. */
  vadj = gtk_scrolled_window_get_vadjustment (self->outline_scroll);
  kp_gantt_chart_set_vadjustment (self->chart, vadj);
  gtk_scrollbar_set_adjustment (self->vscrollbar, vadj);
  gtk_scrollbar_set_adjustment (self->hscrollbar, kp_gantt_chart_get_hadjustment (self->chart));

  g_signal_connect_swapped (self->chart, "notify::selected-task-id", G_CALLBACK (chart_selected_cb), self);
  g_signal_connect_swapped (self->chart, "notify::zoom", G_CALLBACK (chart_zoom_cb), self);
  g_signal_connect_swapped (self->chart, "message", G_CALLBACK (chart_message_cb), self);
  g_signal_connect_swapped (self->zoom_dropdown, "notify::selected", G_CALLBACK (zoom_dropdown_cb), self);
  g_signal_connect_swapped (self->filter_kind_dropdown, "notify::selected", G_CALLBACK (filter_kind_cb), self);
  g_signal_connect_swapped (self->filter_value_dropdown, "notify::selected", G_CALLBACK (filter_value_cb), self);
  g_signal_connect_swapped (self->baseline_dropdown, "notify::selected", G_CALLBACK (baseline_selected_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  chart_zoom_cb (self);

  if (schema != NULL)
    {
      self->settings = g_settings_new (APP_ID);
      g_settings_bind (self->settings, "gantt-zoom", self->chart, "zoom", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "move-dependents", self->chart, "move-dependents", G_SETTINGS_BIND_DEFAULT);
      g_settings_schema_unref (schema);
    }
  kp_timeline_view_update_actions (self);
}

GtkWidget *
kp_timeline_view_new (void)
{
  return g_object_new (KP_TYPE_TIMELINE_VIEW, NULL);
}
