/* kp-goals-section.h: project goals, effect goals and sub-goals: the table, and for the
 * selected goal its target (a value or a range), outcome, status and linked activities.
 *
 * An activity's arrow activates "win.show-task" with the task's id (an int64): the window
 * action that the timeline view implements to show and select that activity. Until a
 * window has the action, GTK shows the arrows insensitive. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-entity-form.h"
#include "kp-entity-table.h"

G_BEGIN_DECLS

#define KP_TYPE_GOALS_SECTION (kp_goals_section_get_type ())
G_DECLARE_FINAL_TYPE (KpGoalsSection, kp_goals_section, KP, GOALS_SECTION, AdwBin)

void           kp_goals_section_set_document (KpGoalsSection *self,
                                              KpDocument     *document);
KpEntityTable *kp_goals_section_get_table    (KpGoalsSection *self);
/* Selects a goal (NULL for none) and shows its details. */
void           kp_goals_section_select       (KpGoalsSection *self,
                                              KpEntity       *goal);
/* The target row: an AdwEntryRow that takes "15" or "8–16". */
GtkWidget     *kp_goals_section_get_target_row (KpGoalsSection *self);
/* The status shown for the selected goal. */
const char    *kp_goals_section_get_status_text (KpGoalsSection *self);
/* The message under the target row (why a target was refused), or NULL. */
const char    *kp_goals_section_get_target_message (KpGoalsSection *self);
KpEntityForm  *kp_goals_section_get_override_form  (KpGoalsSection *self);
KpEntityTable *kp_goals_section_get_links    (KpGoalsSection *self);

/* A column of buttons that show each row's task (the REF field task_field) in the
 * timeline through "win.show-task"; for any table whose rows point at a task. */
GtkColumnViewColumn *kp_task_jump_column_new (const char *task_field);

G_END_DECLS
