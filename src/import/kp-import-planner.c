/* kp-import-planner.c: the GNOME Planner reader.
 *
 * <project name=…><tasks><task id name note start end percent-complete type>
 *   <predecessors><predecessor predecessor-id type/></predecessors> <task …/> …</task></tasks>
 * <resources><resource id name/></resources><allocations><allocation task-id resource-id/>
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kp-import-private.h"

static void
read_task (KpImportPlan *plan,
           KpImportTask *t,
           GError      **error)
{
  const char *type = kp_import_plan_attr (plan, "type"), *note = kp_import_plan_attr (plan, "note");
  gboolean midnight;

  if (note != NULL)
    g_string_append (t->notes, note);
  t->progress = kp_import_parse_percent (kp_import_plan_attr (plan, "percent-complete"));
  t->milestone = g_strcmp0 (type, "milestone") == 0;
  if (!kp_import_parse_date (plan, "start", &t->start, NULL, error) ||
      !kp_import_parse_date (plan, "end", &t->end, &midnight, error))
    return;
  /* Planner ends a task at the moment it finishes: midnight belongs to the day before. */
  if (midnight && t->end > t->start)
    t->end--;
  if (t->milestone || t->end == KP_DATE_NONE)
    t->end = t->start;
}

static void
read_element (KpImportPlan *plan,
              const char   *element,
              GError      **error)
{
  if (g_str_equal (element, "predecessor"))
    {
      const char *type = kp_import_plan_attr (plan, "type");

      kp_import_plan_link_current (plan, kp_import_plan_attr (plan, "predecessor-id"), FALSE,
                                   type != NULL ? type : "FS", error);
    }
}

const KpImportReader kp_import_planner_reader = {
  .format = KP_IMPORT_PLANNER,
  .marks_responsible = FALSE,
  .task = read_task,
  .element = read_element,
};
