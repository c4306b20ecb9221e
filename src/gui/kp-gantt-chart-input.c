/* kp-gantt-chart-input.c: editing the chart with the mouse and the keyboard.
 *
 * Mouse: drag a bar to move it, its ends to resize it, the handle at its progress to set
 * progress, and the dot after it onto another bar to add a dependency (or Shift+drag the
 * bar). Click an arrow to select it; Delete removes it. Ctrl+scroll zooms.
 * Keyboard: Up/Down move between bars, Left/Right move a bar a day (Shift: a week),
 * Alt+Left/Right move its end, Alt+Shift+Left/Right its start, Alt+Up/Down change progress
 * by 10 %, L starts a dependency that Enter ends on the bar selected then, D selects the
 * next arrow of the bar, Delete removes the selected arrow.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kp-gantt-chart-private.h"

/* ---- mouse --------------------------------------------------------------------------- */

static KpGanttHit
hit_at (KpGanttChart *self,
        double        wx,
        double        wy)
{
  KpGanttHit none = { KP_GANTT_HIT_NONE, -1, -1, -1, KP_DATE_NONE };
  double cx, cy;

  if (self->data == NULL || !kp_gantt_chart_to_content (self, wx, wy, &cx, &cy))
    return none;
  return kp_gantt_geometry_hit (&self->geom, cx, cy);
}

static int
drag_days (KpGanttChart *self,
           double        dx)
{
  return (int) lround (dx / self->ts.px_per_day);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               KpGanttChart   *self)
{
  KpGanttHit hit = hit_at (self, x, y);
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  double cx, cy;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  kp_gantt_chart_to_content (self, x, y, &cx, &cy);
  self->drag = DRAG_NONE;
  self->drag_x = cx;
  self->drag_y = cy;
  if (hit.kind == KP_GANTT_HIT_LINK)
    {
      self->selected_link_id = g_array_index (self->data->links, KpGanttLink, hit.link).id;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      return;
    }
  if (hit.task < 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->selected_link_id = 0;
  kp_gantt_chart_select_index (self, hit.task, FALSE);
  if (self->document == NULL || kp_document_get_read_only (self->document))
    return;
  switch (hit.kind)
    {
    case KP_GANTT_HIT_BAR:
      self->drag = (mods & GDK_SHIFT_MASK) ? DRAG_LINK : DRAG_MOVE;
      break;
    case KP_GANTT_HIT_START:
      self->drag = DRAG_START;
      break;
    case KP_GANTT_HIT_END:
      self->drag = DRAG_END;
      break;
    case KP_GANTT_HIT_PROGRESS:
      self->drag = DRAG_PROGRESS;
      break;
    case KP_GANTT_HIT_LINK_HANDLE:
      self->drag = DRAG_LINK;
      break;
    case KP_GANTT_HIT_NONE:
    case KP_GANTT_HIT_ROW:
    case KP_GANTT_HIT_LINK:
    default:
      break;
    }
  self->drag_task = self->drag != DRAG_NONE ? hit.task : -1;
  if (self->drag != DRAG_NONE)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
drag_preview (KpGanttChart *self,
              double        ox,
              double        oy)
{
  const KpGanttTask *t = kp_gantt_data_task (self->data, self->drag_task);
  int days = drag_days (self, ox);
  KpGanttSceneOptions *o = &self->opts;

  o->drag_task = -1;
  o->drag_progress = -1;
  o->link_from = -1;
  switch (self->drag)
    {
    case DRAG_MOVE:
      o->drag_task = self->drag_task;
      o->drag_start = t->span_start + days;
      o->drag_end = t->span_end + days;
      break;
    case DRAG_START:
      o->drag_task = self->drag_task;
      o->drag_start = MIN (t->span_start + days, t->span_end);
      o->drag_end = t->span_end;
      break;
    case DRAG_END:
      o->drag_task = self->drag_task;
      o->drag_start = t->span_start;
      o->drag_end = MAX (t->span_end + days, t->span_start);
      break;
    case DRAG_PROGRESS:
      {
        KpRect bar;

        if (kp_gantt_geometry_bar (&self->geom, self->drag_task, KP_DATE_NONE, KP_DATE_NONE, &bar))
          {
            o->drag_task = self->drag_task;
            o->drag_start = o->drag_end = KP_DATE_NONE;
            o->drag_progress = CLAMP (round ((self->drag_x + ox - bar.x) / bar.width * 20) * 5, 0, 100);
          }
      }
      break;
    case DRAG_LINK:
      o->link_from = self->drag_task;
      o->link_x = self->drag_x + ox;
      o->link_y = self->drag_y + oy;
      break;
    case DRAG_NONE:
    default:
      break;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          ox,
                double          oy,
                KpGanttChart   *self)
{
  if (self->drag != DRAG_NONE)
    drag_preview (self, ox, oy);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          ox,
             double          oy,
             KpGanttChart   *self)
{
  g_autoptr(GError) error = NULL;
  KpGanttSceneOptions o = self->opts;
  DragMode mode = self->drag;
  int task = self->drag_task;
  gboolean ok = TRUE;

  if (mode == DRAG_NONE)
    return;
  drag_preview (self, ox, oy);
  o = self->opts;
  self->opts.drag_task = -1;
  self->opts.drag_progress = -1;
  self->opts.link_from = -1;
  self->drag = DRAG_NONE;
  self->drag_task = -1;
  switch (mode)
    {
    case DRAG_MOVE:
      ok = kp_gantt_chart_move_task (self, task, drag_days (self, ox), &error);
      break;
    case DRAG_START:
    case DRAG_END:
      if (o.drag_start != kp_gantt_data_task (self->data, task)->span_start ||
          o.drag_end != kp_gantt_data_task (self->data, task)->span_end)
        ok = kp_gantt_chart_set_span (self, task, o.drag_start, o.drag_end, &error);
      break;
    case DRAG_PROGRESS:
      if (o.drag_progress >= 0)
        ok = kp_gantt_chart_set_progress (self, task, o.drag_progress, &error);
      break;
    case DRAG_LINK:
      {
        KpGanttHit hit = kp_gantt_geometry_hit (&self->geom, o.link_x, o.link_y);

        if (hit.task >= 0 && hit.task != task && hit.kind != KP_GANTT_HIT_ROW && hit.kind != KP_GANTT_HIT_NONE)
          ok = kp_gantt_chart_link (self, task, hit.task, &error);
      }
      break;
    case DRAG_NONE:
    default:
      break;
    }
  if (!ok)
    kp_gantt_chart_report (self, error);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           KpGanttChart             *self)
{
  KpGanttHit hit = hit_at (self, x, y);
  const char *cursor = NULL;

  self->pointer_x = x;
  switch (hit.kind)
    {
    case KP_GANTT_HIT_BAR:
      cursor = "grab";
      break;
    case KP_GANTT_HIT_START:
    case KP_GANTT_HIT_END:
      cursor = "ew-resize";
      break;
    case KP_GANTT_HIT_PROGRESS:
      cursor = "col-resize";
      break;
    case KP_GANTT_HIT_LINK_HANDLE:
      cursor = "crosshair";
      break;
    case KP_GANTT_HIT_LINK:
      cursor = "pointer";
      break;
    case KP_GANTT_HIT_NONE:
    case KP_GANTT_HIT_ROW:
    default:
      break;
    }
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

static void
leave_cb (KpGanttChart *self)
{
  self->pointer_x = -1;
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           KpGanttChart             *self)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean smooth = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE;
  double step = smooth ? 1 : 48;

  if (mods & GDK_CONTROL_MASK)
    {
      /* The day under the pointer stays under it. */
      double x = self->pointer_x >= 0 ? self->pointer_x : gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;

      if (dy != 0)
        kp_gantt_chart_zoom_step_at (self, dy < 0 ? 1 : -1, x);
      return TRUE;
    }
  if (mods & GDK_SHIFT_MASK)
    {
      dx = dy;
      dy = 0;
    }
  if (dx != 0)
    gtk_adjustment_set_value (self->hadj, gtk_adjustment_get_value (self->hadj) + dx * step);
  if (dy != 0 && self->vadj != NULL)
    gtk_adjustment_set_value (self->vadj, gtk_adjustment_get_value (self->vadj) + dy * step);
  return TRUE;
}

static gboolean
query_tooltip_cb (GtkWidget    *widget,
                  int           x,
                  int           y,
                  gboolean      keyboard,
                  GtkTooltip   *tooltip,
                  KpGanttChart *self)
{
  KpGanttHit hit;

  if (self->data == NULL)
    return FALSE;
  if (keyboard)
    {
      int task = kp_gantt_chart_selected_index (self);
      g_autofree char *text = task >= 0 ? kp_gantt_chart_describe_task (self, task) : NULL;

      gtk_tooltip_set_text (tooltip, text);
      return text != NULL;
    }
  /* Meetings are named in the header's lowest row. */
  if (y >= KP_GANTT_HEADER_UPPER + KP_GANTT_HEADER_LOWER && y < CHART_HEADER)
    {
      KpDate day = kp_timescale_x_to_date (&self->ts, x + gtk_adjustment_get_value (self->hadj));
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < self->data->meetings->len; i++)
        {
          const KpGanttMeeting *m = &g_array_index (self->data->meetings, KpGanttMeeting, i);
          double tol = MAX (1, ceil (6 / self->ts.px_per_day));
          char iso[KP_DATE_ISO_SIZE];

          if (fabs ((double) m->date - day) <= tol)
            g_string_append_printf (text, "%s%s %s%s", text->len ? "\n" : "", kp_date_format_iso (m->date, iso),
                                    *m->title ? m->title : kp_catalog_label (&kp_catalog_forum, m->forum),
                                    m->cancelled ? _(" (cancelled)") : "");
        }
      gtk_tooltip_set_text (tooltip, text->str);
      return text->len > 0;
    }
  hit = hit_at (self, x, y);
  if (hit.kind == KP_GANTT_HIT_NONE || hit.kind == KP_GANTT_HIT_ROW || hit.task < 0)
    return FALSE;
  if (hit.kind == KP_GANTT_HIT_LINK)
    {
      const KpGanttLink *l = &g_array_index (self->data->links, KpGanttLink, hit.link);
      /* Translators: a dependency's tooltip: predecessor → successor */
      g_autofree char *text = g_strdup_printf (_("%s → %s (select it and press Delete to remove it)"),
                                               kp_gantt_data_task (self->data, l->pred)->name,
                                               kp_gantt_data_task (self->data, l->succ)->name);

      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  {
    g_autofree char *text = kp_gantt_chart_describe_task (self, hit.task);

    gtk_tooltip_set_text (tooltip, text);
  }
  return TRUE;
}

/* ---- keyboard ------------------------------------------------------------------------ */

static int
selected_or_first (KpGanttChart *self)
{
  int task = kp_gantt_chart_selected_index (self);

  if (task < 0 && self->layout != NULL)
    task = kp_gantt_layout_task_at (self->layout, 0);
  return task;
}

static void
select_row_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  KpGanttChart *self = KP_GANTT_CHART (widget);
  int delta = g_variant_get_int32 (param);
  int n = self->layout != NULL ? (int) kp_gantt_layout_n_rows (self->layout) : 0;
  int task = kp_gantt_chart_selected_index (self);
  int row = task >= 0 ? kp_gantt_layout_row_of (self->layout, task) : -1;

  if (n == 0)
    return;
  if (delta == G_MININT32)
    row = 0;
  else if (delta == G_MAXINT32)
    row = n - 1;
  else
    row = row < 0 ? 0 : CLAMP (row + delta, 0, n - 1);
  self->selected_link_id = 0;
  kp_gantt_chart_select_index (self, kp_gantt_layout_task_at (self->layout, row), TRUE);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KpGanttChart *self = KP_GANTT_CHART (widget);
  g_autoptr(GError) error = NULL;
  int task = selected_or_first (self);
  int amount = g_variant_get_int32 (param);
  const KpGanttTask *t;
  gboolean ok = TRUE;

  if (task < 0 || self->document == NULL)
    return;
  t = kp_gantt_data_task (self->data, task);
  if (g_str_equal (action_name, "chart.move"))
    ok = kp_gantt_chart_move_task (self, task, amount, &error);
  else if (t->span_start == KP_DATE_NONE)
    return;
  else if (g_str_equal (action_name, "chart.resize-end") && !t->is_phase)
    ok = kp_gantt_chart_set_span (self, task, t->span_start, MAX (t->span_end + amount, t->span_start), &error);
  else if (g_str_equal (action_name, "chart.resize-start") && !t->is_phase)
    ok = kp_gantt_chart_set_span (self, task, MIN (t->span_start + amount, t->span_end), t->span_end, &error);
  else if (g_str_equal (action_name, "chart.progress") && !t->is_phase)
    ok = kp_gantt_chart_set_progress (self, task, t->progress + amount, &error);
  if (!ok)
    kp_gantt_chart_report (self, error);
}

static void
link_start_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  KpGanttChart *self = KP_GANTT_CHART (widget);

  self->link_pending = kp_gantt_chart_selected_index (self);
  self->opts.link_from = -1;
  if (self->link_pending >= 0)
    g_signal_emit_by_name (self, "message",
                           _("Choose the activity that waits for this one with the arrow keys, then press Enter (Escape cancels)."));
}

static void
link_finish_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  KpGanttChart *self = KP_GANTT_CHART (widget);
  g_autoptr(GError) error = NULL;
  int from = self->link_pending, to = kp_gantt_chart_selected_index (self);

  self->link_pending = -1;
  if (g_str_equal (action_name, "chart.link-cancel") || from < 0 || to < 0 || from == to)
    return;
  if (!kp_gantt_chart_link (self, from, to, &error))
    kp_gantt_chart_report (self, error);
}

static void
next_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KpGanttChart *self = KP_GANTT_CHART (widget);
  int task = kp_gantt_chart_selected_index (self);
  int current = -1, first = -1, next = -1;

  if (task < 0)
    return;
  for (guint i = 0; i < self->data->links->len; i++)
    if (g_array_index (self->data->links, KpGanttLink, i).id == self->selected_link_id)
      current = (int) i;
  for (guint i = 0; i < self->data->links->len; i++)
    {
      const KpGanttLink *l = &g_array_index (self->data->links, KpGanttLink, i);

      if (l->pred != task && l->succ != task)
        continue;
      if (first < 0)
        first = (int) i;
      if (next < 0 && (int) i > current)
        next = (int) i;
    }
  next = next >= 0 ? next : first;
  self->selected_link_id = next >= 0 ? g_array_index (self->data->links, KpGanttLink, next).id : 0;
  if (next >= 0)
    {
      const KpGanttLink *l = &g_array_index (self->data->links, KpGanttLink, next);
      g_autofree char *text = g_strdup_printf (_("Dependency %s → %s selected"), kp_gantt_data_task (self->data, l->pred)->name,
                                               kp_gantt_data_task (self->data, l->succ)->name);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
    }
  gtk_widget_queue_draw (widget);
}

static void
delete_link_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  KpGanttChart *self = KP_GANTT_CHART (widget);
  g_autoptr(GError) error = NULL;

  if (self->selected_link_id != 0 && !kp_gantt_chart_unlink (self, self->selected_link_id, &error))
    kp_gantt_chart_report (self, error);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  int step = g_variant_get_int32 (param);

  if (step == 0)
    kp_gantt_chart_zoom_fit (KP_GANTT_CHART (widget));
  else
    kp_gantt_chart_zoom_step (KP_GANTT_CHART (widget), step);
}

static void
focus_changed_cb (KpGanttChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
bind (GtkWidgetClass  *klass,
      guint            key,
      GdkModifierType  mods,
      const char      *action,
      int              value)
{
  gtk_widget_class_add_binding_action (klass, key, mods, action, "i", value);
}

void
kp_gantt_chart_class_init_input (GtkWidgetClass *klass)
{
  gtk_widget_class_install_action (klass, "chart.select", "i", select_row_action);
  gtk_widget_class_install_action (klass, "chart.move", "i", edit_action);
  gtk_widget_class_install_action (klass, "chart.resize-end", "i", edit_action);
  gtk_widget_class_install_action (klass, "chart.resize-start", "i", edit_action);
  gtk_widget_class_install_action (klass, "chart.progress", "i", edit_action);
  gtk_widget_class_install_action (klass, "chart.link-start", NULL, link_start_action);
  gtk_widget_class_install_action (klass, "chart.link-finish", NULL, link_finish_action);
  gtk_widget_class_install_action (klass, "chart.link-cancel", NULL, link_finish_action);
  gtk_widget_class_install_action (klass, "chart.next-link", NULL, next_link_action);
  gtk_widget_class_install_action (klass, "chart.delete-link", NULL, delete_link_action);
  gtk_widget_class_install_action (klass, "chart.zoom", "i", zoom_action);

  bind (klass, GDK_KEY_Up, 0, "chart.select", -1);
  bind (klass, GDK_KEY_Down, 0, "chart.select", 1);
  bind (klass, GDK_KEY_Page_Up, 0, "chart.select", -10);
  bind (klass, GDK_KEY_Page_Down, 0, "chart.select", 10);
  bind (klass, GDK_KEY_Home, 0, "chart.select", G_MININT32);
  bind (klass, GDK_KEY_End, 0, "chart.select", G_MAXINT32);
  bind (klass, GDK_KEY_Left, 0, "chart.move", -1);
  bind (klass, GDK_KEY_Right, 0, "chart.move", 1);
  bind (klass, GDK_KEY_Left, GDK_SHIFT_MASK, "chart.move", -7);
  bind (klass, GDK_KEY_Right, GDK_SHIFT_MASK, "chart.move", 7);
  bind (klass, GDK_KEY_Left, GDK_ALT_MASK, "chart.resize-end", -1);
  bind (klass, GDK_KEY_Right, GDK_ALT_MASK, "chart.resize-end", 1);
  bind (klass, GDK_KEY_Left, GDK_ALT_MASK | GDK_SHIFT_MASK, "chart.resize-start", -1);
  bind (klass, GDK_KEY_Right, GDK_ALT_MASK | GDK_SHIFT_MASK, "chart.resize-start", 1);
  bind (klass, GDK_KEY_Up, GDK_ALT_MASK, "chart.progress", 10);
  bind (klass, GDK_KEY_Down, GDK_ALT_MASK, "chart.progress", -10);
  bind (klass, GDK_KEY_plus, GDK_CONTROL_MASK, "chart.zoom", 1);
  bind (klass, GDK_KEY_equal, GDK_CONTROL_MASK, "chart.zoom", 1);
  bind (klass, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "chart.zoom", 1);
  bind (klass, GDK_KEY_minus, GDK_CONTROL_MASK, "chart.zoom", -1);
  bind (klass, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "chart.zoom", -1);
  bind (klass, GDK_KEY_0, GDK_CONTROL_MASK, "chart.zoom", 0);
  gtk_widget_class_add_binding_action (klass, GDK_KEY_l, 0, "chart.link-start", NULL);
  gtk_widget_class_add_binding_action (klass, GDK_KEY_Return, 0, "chart.link-finish", NULL);
  gtk_widget_class_add_binding_action (klass, GDK_KEY_KP_Enter, 0, "chart.link-finish", NULL);
  gtk_widget_class_add_binding_action (klass, GDK_KEY_Escape, 0, "chart.link-cancel", NULL);
  gtk_widget_class_add_binding_action (klass, GDK_KEY_d, 0, "chart.next-link", NULL);
  gtk_widget_class_add_binding_action (klass, GDK_KEY_Delete, 0, "chart.delete-link", NULL);
  gtk_widget_class_add_binding_action (klass, GDK_KEY_BackSpace, 0, "chart.delete-link", NULL);
}

void
kp_gantt_chart_init_input (KpGanttChart *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
}
