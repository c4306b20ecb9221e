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
read_task (KpImportPlan *plan,
           KpImportTask *t,
           GError      **error)
{
  const char *duration = kp_import_plan_attr (plan, "duration");
  char *end = NULL;
  long days = duration != NULL ? strtol (duration, &end, 10) : 1;

  t->progress = kp_import_parse_percent (kp_import_plan_attr (plan, "complete"));
  t->milestone = g_strcmp0 (kp_import_plan_attr (plan, "meeting"), "true") == 0 ||
                 g_strcmp0 (kp_import_plan_attr (plan, "milestone"), "true") == 0;
  if (!kp_import_parse_date (plan, "start", &t->start, NULL, error))
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
    kp_import_plan_error (plan, error, KP_IMPORT_ERROR_DATE, _("the task ends after the year 2200."));
}

static void
read_element (KpImportPlan *plan,
              const char   *element,
              GError      **error)
{
  if (g_str_equal (element, "notes"))
    plan->in_notes = kp_import_plan_current_task (plan) != NULL;
  else if (g_str_equal (element, "depend"))
    {
      const char *type = kp_import_plan_attr (plan, "type");
      static const char *kinds[] = { "FS", "SS", "FS", "FF", "SF" };
      int k = type != NULL ? atoi (type) : 2;

      kp_import_plan_link_current (plan, kp_import_plan_attr (plan, "id"), TRUE, kinds[k >= 1 && k <= 4 ? k : 2],
                                   error);
    }
}

static void
read_end (KpImportPlan *plan,
          const char   *element)
{
  if (g_str_equal (element, "notes"))
    plan->in_notes = FALSE;
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
    g_string_append_len (kp_import_plan_current_task (plan)->notes, text, (gssize) length);
}

const KpImportReader kp_import_gan_reader = {
  .format = KP_IMPORT_GANTTPROJECT,
  .marks_responsible = TRUE,
  .task = read_task,
  .element = read_element,
  .end_element = read_end,
  .text = text_cb,
};
