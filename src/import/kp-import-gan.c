/* kp-import-gan.c: the GanttProject reader.
 *
 * <project name=…><tasks><task id name start duration complete meeting>
 *   <notes>…</notes><depend id type/> <task …/> …</task></tasks>
 * <resources><resource id name/></resources>
 * <allocations><allocation task-id resource-id responsible/></allocations>
 *
 * A duration counts working days, Monday to Friday, as GanttProject's default calendar
 * does. Dependency types: 1 start-start, 2 finish-start, 3 finish-finish, 4 start-finish.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-calendar.h"
#include "kp-import-private.h"

#define MAX_DURATION 36500

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

/* The last of @days weekdays from @start (itself counted when a weekday). */
static KpDate
end_after_weekdays (KpDate start,
                    int    days)
{
  KpDate d = start;

  while (kp_date_is_weekend (d))
    d++;
  for (int n = 1; n < days; n++)
    {
      d++;
      while (kp_date_is_weekend (d))
        d++;
    }
  return d;
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
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _("“%s” is not a GanttProject file."), plan->name);
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
      const char *duration = attr (names, values, "duration");
      char *end = NULL;
      long days = duration != NULL ? strtol (duration, &end, 10) : 1;

      if (t == NULL)
        return;
      g_free (t->name);
      t->name = g_strdup (attr (names, values, "name") ? attr (names, values, "name") : "");
      t->progress = kp_import_parse_percent (attr (names, values, "complete"));
      t->milestone = g_strcmp0 (attr (names, values, "meeting"), "true") == 0 ||
                     g_strcmp0 (attr (names, values, "milestone"), "true") == 0;
      if (!kp_import_parse_date (plan, attr (names, values, "start"), "start", &t->start, NULL, error))
        return;
      if (duration != NULL && (end == duration || *end != '\0' || days < 0 || days > MAX_DURATION))
        {
          g_autofree char *msg = g_strdup_printf (_("the duration “%s” is not a number of days from 0 to %d."),
                                                  duration, MAX_DURATION);

          kp_import_plan_error (plan, error, KP_IMPORT_ERROR_DATE, msg);
          return;
        }
      if (t->start == KP_DATE_NONE)
        return;
      t->end = t->milestone || days <= 1 ? t->start : end_after_weekdays (t->start, (int) days);
      if (kp_date_year (t->end) > 2200)
        {
          kp_import_plan_error (plan, error, KP_IMPORT_ERROR_DATE, _("the task ends after the year 2200."));
          return;
        }
    }
  else if (g_str_equal (element, "notes"))
    plan->in_notes = current_task (plan) != NULL;
  else if (g_str_equal (element, "depend"))
    {
      KpImportTask *t = current_task (plan);
      const char *succ = attr (names, values, "id"), *type = attr (names, values, "type");
      static const char *kinds[] = { "FS", "SS", "FS", "FF", "SF" };
      int k = type != NULL ? atoi (type) : 2;

      if (t == NULL || succ == NULL)
        {
          kp_import_plan_error (plan, error, KP_IMPORT_ERROR_MALFORMED, _("a dependency names no task."));
          return;
        }
      kp_import_plan_add_link (plan, t->src_id, succ, kinds[k >= 1 && k <= 4 ? k : 2]);
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

      if (task == NULL || res == NULL)
        return;
      /* The responsible resource goes first, so that it names the task's responsible. */
      if (g_strcmp0 (attr (names, values, "responsible"), "true") == 0)
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
}

static void
end_element (GMarkupParseContext *context,
             const char          *element,
             gpointer             user_data,
             GError             **error)
{
  KpImportPlan *plan = user_data;

  plan->depth--;
  if (g_str_equal (element, "notes"))
    plan->in_notes = FALSE;
  else if (g_str_equal (element, "task") && plan->stack->len > 0)
    g_array_set_size (plan->stack, plan->stack->len - 1);
}

static void
text_cb (GMarkupParseContext *context,
         const char          *text,
         gsize                length,
         gpointer             user_data,
         GError             **error)
{
  KpImportPlan *plan = user_data;

  if (plan->in_notes)
    g_string_append_len (current_task (plan)->notes, text, (gssize) length);
}

const GMarkupParser kp_import_gan_parser = {
  start_element, end_element, text_cb, NULL, NULL
};
