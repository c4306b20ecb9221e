/* kp-import-markup.c: the XML reading the GNOME Planner and GanttProject readers share.
 *
 * One GMarkupParser serves both. It refuses a file whose root is not <project> and reads
 * the elements both formats have: <project name>, <task id name> and their nesting,
 * <resource id name> and <allocation task-id resource-id>. The rest goes to the format's
 * KpImportReader. kp-import.c feeds it and adds the checks against hostile files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kp-import-private.h"

const char *
kp_import_plan_attr (KpImportPlan *plan,
                     const char   *name)
{
  for (guint i = 0; plan->names[i] != NULL; i++)
    if (g_str_equal (plan->names[i], name))
      return plan->values[i];
  return NULL;
}

KpImportTask *
kp_import_plan_current_task (KpImportPlan *plan)
{
  if (plan->stack->len == 0)
    return NULL;
  return plan->tasks->pdata[g_array_index (plan->stack, int, plan->stack->len - 1)];
}

void
kp_import_plan_link_current (KpImportPlan *plan,
                             const char   *other,
                             gboolean      other_follows,
                             const char   *kind,
                             GError      **error)
{
  KpImportTask *t = kp_import_plan_current_task (plan);

  if (t == NULL || other == NULL)
    {
      kp_import_plan_error (plan, error, KP_IMPORT_ERROR_MALFORMED, _("a dependency names no task."));
      return;
    }
  if (other_follows)
    kp_import_plan_add_link (plan, t->src_id, other, kind);
  else
    kp_import_plan_add_link (plan, other, t->src_id, kind);
}

void
kp_import_plan_not_this_format (KpImportPlan  *plan,
                                GError       **error)
{
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
               plan->reader->format == KP_IMPORT_PLANNER ? _("“%s” is not a GNOME Planner file.")
                                                         : _("“%s” is not a GanttProject file."),
               plan->name);
}

/* The name attribute, "" when there is none. */
static char *
dup_name (KpImportPlan *plan)
{
  const char *name = kp_import_plan_attr (plan, "name");

  return g_strdup (name != NULL ? name : "");
}

/* ---- the parser -------------------------------------------------------------------- */

static void
read_start (KpImportPlan  *plan,
            const char    *element,
            GError       **error)
{
  if (plan->depth++ == 0 && !g_str_equal (element, "project"))
    {
      kp_import_plan_not_this_format (plan, error);
      return;
    }
  if (g_str_equal (element, "project") && plan->depth == 1)
    {
      g_free (plan->title);
      plan->title = dup_name (plan);
    }
  else if (g_str_equal (element, "task"))
    {
      KpImportTask *t = kp_import_plan_add_task (plan, kp_import_plan_attr (plan, "id"), error);

      if (t == NULL)
        return;
      g_free (t->name);
      t->name = dup_name (plan);
      plan->reader->task (plan, t, error);
    }
  else if (g_str_equal (element, "resource"))
    {
      const char *id = kp_import_plan_attr (plan, "id"), *name = kp_import_plan_attr (plan, "name");

      if (id != NULL && name != NULL && !g_hash_table_contains (plan->resources, id))
        {
          g_hash_table_insert (plan->resources, g_strdup (id), g_strdup (name));
          g_ptr_array_add (plan->resource_order, g_strdup (id));
        }
    }
  else if (g_str_equal (element, "allocation"))
    {
      const char *task = kp_import_plan_attr (plan, "task-id"), *res = kp_import_plan_attr (plan, "resource-id");

      if (task == NULL || res == NULL)
        return;
      /* The responsible resource goes first, so that it names the task's responsible. */
      if (plan->reader->marks_responsible && g_strcmp0 (kp_import_plan_attr (plan, "responsible"), "true") == 0)
        {
          g_ptr_array_insert (plan->allocations, 0, g_strdup (res));
          g_ptr_array_insert (plan->allocations, 0, g_strdup (task));
        }
      else
        {
          g_ptr_array_add (plan->allocations, g_strdup (task));
          g_ptr_array_add (plan->allocations, g_strdup (res));
        }
    }
  else
    plan->reader->element (plan, element, error);
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

  plan->names = names;
  plan->values = values;
  read_start (plan, element, error);
  plan->names = plan->values = NULL;
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
  if (plan->reader->end_element != NULL)
    plan->reader->end_element (plan, element);
}

const GMarkupParser kp_import_markup_parser = {
  start_element, end_element, NULL, NULL, NULL
};
