/* kp-import-planner.c: the GNOME Planner reader.
 *
 * <project name=…><tasks><task id name note start end percent-complete type>
 *   <predecessors><predecessor predecessor-id type/></predecessors> <task …/> …</task></tasks>
 * <resources><resource id name/></resources><allocations><allocation task-id resource-id/>
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-import-private.h"

static const char *
attr (const char **names,
      const char **values,
      const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

static KpImportTask *
current_task (KpImportPlan *plan)
{
  if (plan->stack->len == 0)
    return NULL;
  return plan->tasks->pdata[g_array_index (plan->stack, int, plan->stack->len - 1)];
}

static void
start_element (GMarkupParseContext *context,
               const char          *element,
               const char         **names,
               const char         **values,
               gpointer             user_data,
               GError             **error)
{
  KpImportPlan *plan = user_data;

  if (plan->depth++ == 0 && !g_str_equal (element, "project"))
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _("“%s” is not a GNOME Planner file."), plan->name);
      return;
    }
  if (g_str_equal (element, "project") && plan->depth == 1)
    {
      g_free (plan->title);
      plan->title = g_strdup (attr (names, values, "name") ? attr (names, values, "name") : "");
    }
  else if (g_str_equal (element, "task"))
    {
      KpImportTask *t = kp_import_plan_add_task (plan, attr (names, values, "id"), error);
      const char *type = attr (names, values, "type"), *note = attr (names, values, "note");
      gboolean midnight;

      if (t == NULL)
        return;
      g_free (t->name);
      t->name = g_strdup (attr (names, values, "name") ? attr (names, values, "name") : "");
      if (note != NULL)
        g_string_append (t->notes, note);
      t->progress = kp_import_parse_percent (attr (names, values, "percent-complete"));
      t->milestone = g_strcmp0 (type, "milestone") == 0;
      if (!kp_import_parse_date (plan, attr (names, values, "start"), "start", &t->start, NULL, error) ||
          !kp_import_parse_date (plan, attr (names, values, "end"), "end", &t->end, &midnight, error))
        return;
      /* Planner ends a task at the moment it finishes: midnight belongs to the day before. */
      if (midnight && t->end > t->start)
        t->end--;
      if (t->milestone || t->end == KP_DATE_NONE)
        t->end = t->start;
    }
  else if (g_str_equal (element, "predecessor"))
    {
      KpImportTask *t = current_task (plan);
      const char *pred = attr (names, values, "predecessor-id"), *type = attr (names, values, "type");

      if (t == NULL || pred == NULL)
        {
          kp_import_plan_error (plan, error, KP_IMPORT_ERROR_MALFORMED, _("a dependency names no task."));
          return;
        }
      kp_import_plan_add_link (plan, pred, t->src_id, type != NULL ? type : "FS");
    }
  else if (g_str_equal (element, "resource"))
    {
      const char *id = attr (names, values, "id"), *name = attr (names, values, "name");

      if (id != NULL && name != NULL && !g_hash_table_contains (plan->resources, id))
        {
          g_hash_table_insert (plan->resources, g_strdup (id), g_strdup (name));
          g_ptr_array_add (plan->resource_order, g_strdup (id));
        }
    }
  else if (g_str_equal (element, "allocation"))
    {
      const char *task = attr (names, values, "task-id"), *res = attr (names, values, "resource-id");

      if (task != NULL && res != NULL)
        {
          g_ptr_array_add (plan->allocations, g_strdup (task));
          g_ptr_array_add (plan->allocations, g_strdup (res));
        }
    }
}

static void
end_element (GMarkupParseContext *context,
             const char          *element,
             gpointer             user_data,
             GError             **error)
{
  KpImportPlan *plan = user_data;

  plan->depth--;
  if (g_str_equal (element, "task") && plan->stack->len > 0)
    g_array_set_size (plan->stack, plan->stack->len - 1);
}

const GMarkupParser kp_import_planner_parser = {
  start_element, end_element, NULL, NULL, NULL
};
