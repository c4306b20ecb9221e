/* kp-timeline-view-private.h: what the timeline view's own files share. */
#pragma once

#include "kp-calendar.h"
#include "kp-date.h"
#include "kp-gantt-chart.h"
#include "kp-gantt-data.h"
#include "kp-gantt-filter.h"
#include "kp-gantt-layout.h"
#include "kp-timeline-view.h"

G_BEGIN_DECLS

/* One row of the outline and of the chart; the CSS in kp-timeline-view.css matches it. */
#define KP_TIMELINE_ROW_HEIGHT 30

typedef enum
{
  COL_WBS,
  COL_NAME,
  COL_START,
  COL_END,
  COL_SLIP,
  COL_DAYS,
  COL_PROGRESS,
  COL_RESPONSIBLE,
  N_COLUMNS
} KpOutlineColumn;

typedef struct
{
  KpTimelineView *view;
  KpOutlineColumn column;
} KpOutlineFactory;

struct _KpTimelineView
{
  GtkWidget parent_instance;

  KpDocument *document;
  GSettings *settings;
  KpGanttData *data;
  KpGanttLayout *layout;
  GHashTable *folded;             /* gint64 * ids of folded phases */
  guint structure;                /* a hash of the outline's shape, to know when to rebuild */
  GHashTable *children;           /* gint64 * id → GListStore of visible children */
  GHashTable *expandable;         /* gint64 * id → 1 (row made without children) or 2 (with) */
  GtkTreeListModel *tree;
  GtkSingleSelection *selection;
  GHashTable *row_cells;          /* GtkTreeListRow → its GtkListItem *[N_COLUMNS] bound */
  KpOutlineFactory factories[N_COLUMNS];
  GtkPopover *editor;             /* the one cell editor, on the cell being edited */
  GtkEntry *editor_entry;
  gint64 editor_task;
  KpOutlineColumn editor_column;
  guint refresh_idle;             /* refreshes the cells out of view after a frame */
  GHashTable *refresh_ids;        /* the tasks whose rows it refreshes, with every phase's;
                                   * NULL: all rows */
  gboolean syncing;
  gboolean critical;

  KpGanttFilterKind filter_kind;
  char *filter_responsible;
  gint64 filter_phase;
  char *search;
  gint64 baseline_id;
  GArray *baseline_ids;           /* gint64, parallel to the baseline drop-down after "None" */
  GPtrArray *filter_choices;      /* responsible names or phase ids as strings */

  /* template */
  GtkWidget *toolbar;
  GtkSearchEntry *search_entry;
  GtkDropDown *filter_kind_dropdown;
  GtkDropDown *filter_value_dropdown;
  GtkDropDown *baseline_dropdown;
  GtkDropDown *zoom_dropdown;
  GtkColumnView *outline;
  GtkScrolledWindow *outline_scroll;
  GtkLabel *lane_label;
  KpGanttChart *chart;
  GtkScrollbar *vscrollbar;
  GtkScrollbar *hscrollbar;
  GtkColumnViewColumn *slip_column;
  GtkStack *stack;
};

/* kp-timeline-view.c */
void       kp_timeline_view_refresh       (KpTimelineView *self);
void       kp_timeline_view_relayout      (KpTimelineView *self);
/* A row was expanded: it and the rows inside it are no longer folded. */
void       kp_timeline_view_unfolded      (KpTimelineView *self,
                                           gint64          id);
void       kp_timeline_view_show_message  (KpTimelineView *self,
                                           const char     *message,
                                           gboolean        error);
int        kp_timeline_view_selected_task (KpTimelineView *self);
void       kp_timeline_view_select_id     (KpTimelineView *self,
                                           gint64          id);

/* kp-timeline-outline.c */
void       kp_timeline_outline_setup      (KpTimelineView *self);
void       kp_timeline_outline_refresh    (KpTimelineView *self,
                                           const GArray   *task_ids);
gboolean   kp_timeline_outline_is_editing (KpTimelineView *self);
void       kp_timeline_outline_edit_name  (KpTimelineView *self);
/* Opens the cell editor on a task's cell, if its row is on screen and the cell editable. */
gboolean   kp_timeline_outline_edit       (KpTimelineView *self,
                                           gint64          id,
                                           KpOutlineColumn column);

/* kp-timeline-view-actions.c */
void       kp_timeline_view_class_install_actions (GtkWidgetClass *widget_class);
/* kp-timeline-view-import.c */
void       kp_timeline_view_class_install_import  (GtkWidgetClass *widget_class);
void       kp_timeline_view_update_actions (KpTimelineView *self);
void       kp_timeline_view_install_keys  (KpTimelineView *self);
gboolean   kp_timeline_view_place         (KpTimelineView *self,
                                           GArray         *placements,
                                           const char     *label);

G_END_DECLS
