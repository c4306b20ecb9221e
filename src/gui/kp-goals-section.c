/* kp-goals-section.c: goals, their targets, status and activities. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kp-computed-column.h"
#include "kp-date.h"
#include "kp-entity-cell.h"
#include "kp-goal-fulfilment.h"
#include "kp-goal-report.h"
#include "kp-goal-status.h"
#include "kp-goal-target.h"
#include "kp-goals-section.h"
#include "kp-warnings.h"

struct _KpGoalsSection
{
  AdwBin parent_instance;

  KpDocument *document;
  KpEntityTable *table;
  KpEntityTable *links;
  KpEntityForm *goal_form;
  KpEntityForm *result_form;
  KpEntityForm *override_form;
  GtkWidget *target_row;
  GtkWidget *target_message_row;
  GtkLabel *target_message;
  GtkCustomFilter *of_goal;
  KpEntity *goal;            /* the selected goal */
  gulong goal_notify_id;

  AdwBin *table_bin;
  GtkStack *detail_stack;
  AdwBin *goal_bin;
  AdwBin *result_bin;
  AdwActionRow *status_row;
  GtkWidget *status_image;
  AdwBin *override_bin;
  AdwBin *links_bin;
};

G_DEFINE_FINAL_TYPE (KpGoalsSection, kp_goals_section, ADW_TYPE_BIN)

/* ---- the status column --------------------------------------------------------------- */

static void
status_cell_update (GtkWidget *box)
{
  KpEntity *goal = g_object_get_data (G_OBJECT (box), "kp-goal");
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  KpGoalStatus status;

  if (goal == NULL)
    return;
  status = kp_goal_status_of (goal);
  kp_goal_status_image_set (image, status);
  gtk_label_set_text (GTK_LABEL (label), kp_goal_status_label (status));
  gtk_widget_set_tooltip_text (box, kp_goal_status_is_manual (goal) ? _("Status set by hand") : NULL);
}

static void
status_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), kp_goal_status_image_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
status_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  KpEntity *goal = gtk_list_item_get_item (item);
  gulong id = g_signal_connect_swapped (goal, "notify", G_CALLBACK (status_cell_update), box);

  g_object_set_data_full (G_OBJECT (box), "kp-goal", g_object_ref (goal), g_object_unref);
  g_object_set_data (G_OBJECT (box), "kp-notify", GSIZE_TO_POINTER ((gsize) id));
  status_cell_update (box);
}

static void
status_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  KpEntity *goal = g_object_get_data (G_OBJECT (box), "kp-goal");
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (box), "kp-notify"));

  if (goal != NULL && id != 0)
    g_signal_handler_disconnect (goal, id);
  g_object_set_data (G_OBJECT (box), "kp-notify", NULL);
  g_object_set_data (G_OBJECT (box), "kp-goal", NULL);
}

static int
status_compare_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  return (int) kp_goal_status_of ((KpEntity *) a) - (int) kp_goal_status_of ((KpEntity *) b);
}

static GtkColumnViewColumn *
status_column (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  GtkCustomSorter *sorter = gtk_custom_sorter_new (status_compare_cb, NULL, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (status_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (status_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (status_unbind_cb), NULL);
  column = gtk_column_view_column_new (_("Status"), factory);
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
  gtk_column_view_column_set_resizable (column, TRUE);
  g_object_unref (sorter);
  return column;
}

static char *
target_text_cb (KpEntity *goal,
                double   *sort_key,
                gpointer  data)
{
  *sort_key = kp_entity_get_real (goal, "target-low");
  return kp_goal_format_value (kp_entity_get_real (goal, "target-low"), kp_entity_get_real (goal, "target-high"),
                               kp_entity_get_text (goal, "unit"));
}

static char *
outcome_text_cb (KpEntity *goal,
                 double   *sort_key,
                 gpointer  data)
{
  *sort_key = kp_entity_get_real (goal, "outcome");
  return kp_goal_format_value (kp_entity_get_real (goal, "outcome"), NAN, kp_entity_get_text (goal, "unit"));
}

/* ---- the linked activities -------------------------------------------------------------- */

static char *
task_dates_cb (KpEntity *link,
               double   *sort_key,
               gpointer  data)
{
  KpGoalsSection *self = data;
  KpEntity *task = self->document != NULL
                   ? kp_document_lookup (self->document, &kp_desc_task, kp_entity_get_int (link, "task-id")) : NULL;
  char a[KP_DATE_ISO_SIZE], b[KP_DATE_ISO_SIZE];

  if (task == NULL)
    return g_strdup ("");
  *sort_key = kp_entity_get_date (task, "start-date");
  kp_date_format_iso (kp_entity_get_date (task, "start-date"), a);
  kp_date_format_iso (kp_entity_get_date (task, "end-date"), b);
  return g_strdup_printf ("%s – %s", a, b);
}

static void
jump_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("go-jump-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Show in the Timeline"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show in the Timeline"), -1);
  /* The target comes first: the action takes an id, and a button without one is refused. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-task");
  gtk_list_item_set_child (item, button);
}

static void
jump_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  data)
{
  const char *field = data;
  KpEntity *row = gtk_list_item_get_item (item);
  gint64 task = kp_entity_get_int (row, field);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (gtk_list_item_get_child (item)), "x", task);
  gtk_widget_set_visible (gtk_list_item_get_child (item), task != 0);
}

GtkColumnViewColumn *
kp_task_jump_column_new (const char *task_field)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (jump_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (jump_bind_cb), (gpointer) task_field);
  return gtk_column_view_column_new (_("Timeline"), factory);
}

static gboolean
of_goal_cb (gpointer item,
            gpointer data)
{
  KpGoalsSection *self = data;

  return self->goal != NULL && kp_entity_get_int (item, "goal-id") == kp_entity_get_id (self->goal);
}

/* ---- the selected goal ------------------------------------------------------------------ */

static void
show_target_message (KpGoalsSection *self,
                     const char     *message)
{
  gtk_label_set_text (self->target_message, message != NULL ? message : "");
  gtk_widget_set_visible (self->target_message_row, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (self->target_row, "error");
  else
    gtk_widget_remove_css_class (self->target_row, "error");
}

static void
show_goal (KpGoalsSection *self)
{
  KpGoalStatus status;
  g_autofree char *target = NULL;
  g_autoptr(GError) warning = NULL;
  const char *how;

  if (self->goal == NULL)
    return;
  status = kp_goal_status_of (self->goal);
  target = kp_goal_target_format (kp_entity_get_real (self->goal, "target-low"),
                                  kp_entity_get_real (self->goal, "target-high"));
  gtk_editable_set_text (GTK_EDITABLE (self->target_row), target);
  kp_goal_status_image_set (self->status_image, status);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), kp_goal_status_label (status));
  if (kp_goal_status_is_manual (self->goal))
    how = _("Set by hand. Clear “Status set by hand” to derive it from the outcome again.");
  else if (status == KP_GOAL_NOT_ASSESSED)
    how = _("Not assessed: the goal needs a target and an outcome.");
  else
    how = _("Derived from the outcome against the target and the baseline.");
  adw_action_row_set_subtitle (self->status_row, how);
  kp_entity_form_set_message (self->override_form, "override-reason",
                              kp_check_override_reason (self->goal, &warning) ? NULL : warning->message);
}

void
kp_goals_section_select (KpGoalsSection *self,
                         KpEntity       *goal)
{
  GListModel *rows = kp_entity_table_get_rows (self->table);

  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (rows, i);

      if (e == goal)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), i);
          return;
        }
    }
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), GTK_INVALID_LIST_POSITION);
}

static void
goal_selected_cb (KpGoalsSection *self)
{
  KpEntity *goal = kp_entity_table_get_selected (self->table);
  g_auto(GValue) value = G_VALUE_INIT;

  if (goal == self->goal)
    return;
  if (self->goal != NULL)
    g_clear_signal_handler (&self->goal_notify_id, self->goal);
  g_set_object (&self->goal, goal);
  gtk_filter_changed (GTK_FILTER (self->of_goal), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_stack_set_visible_child_name (self->detail_stack, goal != NULL ? "goal" : "empty");
  if (goal == NULL)
    return;
  kp_entity_form_bind (self->goal_form, self->document, goal);
  kp_entity_form_bind (self->result_form, self->document, goal);
  kp_entity_form_bind (self->override_form, self->document, goal);
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, kp_entity_get_id (goal));
  kp_entity_table_set_preset (self->links, "goal-id", &value);
  self->goal_notify_id = g_signal_connect_swapped (goal, "notify", G_CALLBACK (show_goal), self);
  show_target_message (self, NULL);
  gtk_widget_set_sensitive (self->target_row, !kp_document_get_read_only (self->document));
  show_goal (self);
}

/* Both ends in one undo step. The upper end is cleared first, so that no step between
 * holds a range whose low end is above its high end. */
static void
target_apply_cb (KpGoalsSection *self)
{
  g_autoptr(GError) error = NULL;
  double low, high;

  if (self->goal == NULL)
    return;
  if (!kp_goal_target_parse (gtk_editable_get_text (GTK_EDITABLE (self->target_row)), &low, &high, &error))
    {
      show_target_message (self, error->message);
      return;
    }
  kp_document_begin (self->document, _("Change Target"));
  if (!kp_document_set_real (self->document, self->goal, "target-high", NAN, &error) ||
      !kp_document_set_real (self->document, self->goal, "target-low", low, &error) ||
      !kp_document_set_real (self->document, self->goal, "target-high", high, &error))
    {
      kp_document_abort (self->document);
      show_target_message (self, error->message);
      return;
    }
  if (!kp_document_end (self->document, &error))
    {
      show_target_message (self, error->message);
      return;
    }
  show_target_message (self, NULL);
  show_goal (self);
}

/* ---- the widget -------------------------------------------------------------------------- */

void
kp_goals_section_set_document (KpGoalsSection *self,
                               KpDocument     *document)
{
  g_return_if_fail (KP_IS_GOALS_SECTION (self));
  g_return_if_fail (self->document == NULL);

  self->document = g_object_ref (document);
  kp_entity_table_set_document (self->table, document);
  kp_entity_table_set_document (self->links, document);
  /* Status, kind, number, target and outcome, then the goal's text, which may be long. */
  kp_entity_table_insert_column (self->table, 0, status_column ());
  kp_entity_table_insert_column (self->table, 3, kp_computed_column_new (document, _("Target"), target_text_cb, NULL, NULL));
  kp_entity_table_insert_column (self->table, 4, kp_computed_column_new (document, _("Outcome"), outcome_text_cb, NULL, NULL));
  kp_entity_table_append_column (self->links, kp_computed_column_new (document, _("Dates"), task_dates_cb, self, NULL));
  kp_entity_table_append_column (self->links, kp_task_jump_column_new ("task-id"));
  g_signal_connect_object (kp_entity_table_get_rows (self->table), "notify::selected",
                           G_CALLBACK (goal_selected_cb), self, G_CONNECT_SWAPPED);
  goal_selected_cb (self);
}

KpEntityTable *
kp_goals_section_get_table (KpGoalsSection *self)
{
  return self->table;
}

GtkWidget *
kp_goals_section_get_target_row (KpGoalsSection *self)
{
  return self->target_row;
}

const char *
kp_goals_section_get_status_text (KpGoalsSection *self)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->status_row));
}

const char *
kp_goals_section_get_target_message (KpGoalsSection *self)
{
  return gtk_widget_get_visible (self->target_message_row) ? gtk_label_get_text (self->target_message) : NULL;
}

KpEntityForm *
kp_goals_section_get_override_form (KpGoalsSection *self)
{
  return self->override_form;
}

KpEntityTable *
kp_goals_section_get_links (KpGoalsSection *self)
{
  return self->links;
}

static void
kp_goals_section_dispose (GObject *object)
{
  KpGoalsSection *self = KP_GOALS_SECTION (object);

  if (self->goal != NULL)
    g_clear_signal_handler (&self->goal_notify_id, self->goal);
  g_clear_object (&self->goal);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_GOALS_SECTION);
  g_clear_object (&self->of_goal);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (kp_goals_section_parent_class)->dispose (object);
}

static void
kp_goals_section_class_init (KpGoalsSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_goals_section_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-goals-section.ui");
  gtk_widget_class_bind_template_child (widget_class, KpGoalsSection, table_bin);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsSection, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsSection, goal_bin);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsSection, result_bin);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsSection, status_row);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsSection, status_image);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsSection, override_bin);
  gtk_widget_class_bind_template_child (widget_class, KpGoalsSection, links_bin);
}

static GtkWidget *
message_row (GtkLabel **label)
{
  GtkWidget *row = gtk_list_box_row_new ();

  *label = GTK_LABEL (gtk_label_new (NULL));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_label_set_wrap (*label, TRUE);
  gtk_label_set_xalign (*label, 0);
  g_object_set (*label, "margin-start", 12, "margin-end", 12, "margin-top", 6, "margin-bottom", 6, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (*label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (*label), "error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), GTK_WIDGET (*label));
  gtk_widget_set_visible (row, FALSE);
  return row;
}

static void
kp_goals_section_init (KpGoalsSection *self)
{
  static const char *const columns[] = { "kind", "number", "text", NULL };
  static const char *const goal_fields[] = { "kind", "number", "text", "indicator", "unit", "baseline", NULL };
  static const char *const result_fields[] = { "outcome", "outcome-text", "comment", NULL };
  /* The table shows what a goal is and how it went; the rest is in the form below. */
  static const char *const override_fields[] = { "status-override", "override-reason", NULL };
  static const char *const link_fields[] = { "task-id", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->table = kp_entity_table_new (&kp_desc_goal, columns);
  kp_entity_table_set_form_multiline (self->table, "text");
  adw_bin_set_child (self->table_bin, GTK_WIDGET (self->table));

  self->goal_form = kp_entity_form_new (&kp_desc_goal, goal_fields);
  kp_entity_form_set_title (self->goal_form, _("Goal"));
  kp_entity_form_set_multiline (self->goal_form, "text");
  self->target_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->target_row), _("Target"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->target_row), TRUE);
  gtk_widget_set_tooltip_text (self->target_row, _("A value, or a range such as 8–16"));
  g_signal_connect_swapped (self->target_row, "apply", G_CALLBACK (target_apply_cb), self);
  g_signal_connect_swapped (self->target_row, "entry-activated", G_CALLBACK (target_apply_cb), self);
  kp_entity_form_add_row (self->goal_form, self->target_row);
  self->target_message_row = message_row (&self->target_message);
  kp_entity_form_add_row (self->goal_form, self->target_message_row);
  adw_bin_set_child (self->goal_bin, GTK_WIDGET (self->goal_form));

  self->result_form = kp_entity_form_new (&kp_desc_goal, result_fields);
  kp_entity_form_set_title (self->result_form, _("Outcome"));
  kp_entity_form_set_multiline (self->result_form, "outcome-text");
  kp_entity_form_set_multiline (self->result_form, "comment");
  adw_bin_set_child (self->result_bin, GTK_WIDGET (self->result_form));

  self->override_form = kp_entity_form_new (&kp_desc_goal, override_fields);
  adw_bin_set_child (self->override_bin, GTK_WIDGET (self->override_form));

  self->links = kp_entity_table_new (&kp_desc_goal_task, link_fields);
  self->of_goal = gtk_custom_filter_new (of_goal_cb, self, NULL);
  kp_entity_table_set_filter (self->links, GTK_FILTER (self->of_goal));
  adw_bin_set_child (self->links_bin, GTK_WIDGET (self->links));
}
