/* kp-gantt-filter.c: the timeline's filters and search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kp-calendar.h"
#include "kp-gantt-filter.h"
#include "kp-timescale.h"

static char *
fold_text (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *norm = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (norm != NULL ? norm : "", -1);
}

static gboolean
meets (const KpGanttTask *t,
       KpDate             from,
       KpDate             to)
{
  return t->span_start != KP_DATE_NONE && t->span_start <= to && t->span_end >= from;
}

gboolean
kp_gantt_filter_is_empty (const KpGanttFilter *filter)
{
  return filter == NULL ||
         (filter->kind == KP_GANTT_FILTER_ALL && (filter->search == NULL || *filter->search == '\0'));
}

guint
kp_gantt_filter_apply (KpGanttData         *data,
                       const KpGanttFilter *filter)
{
  guint n = kp_gantt_data_n_tasks (data), matched = 0;
  g_autofree char *search = NULL, *who = NULL;
  KpDate from = KP_DATE_NONE, to = KP_DATE_NONE;
  int phase = -1;

  if (kp_gantt_filter_is_empty (filter))
    {
      for (guint k = 0; k < n; k++)
        {
          kp_gantt_data_task (data, (int) k)->visible = TRUE;
          kp_gantt_data_task (data, (int) k)->matches = TRUE;
        }
      return n;
    }
  if (filter->search != NULL && *filter->search != '\0')
    search = fold_text (filter->search);
  switch (filter->kind)
    {
    case KP_GANTT_FILTER_THIS_WEEK:
      from = kp_tick_unit_floor (KP_TICK_WEEK, filter->today);
      to = kp_tick_unit_next (KP_TICK_WEEK, filter->today) - 1;
      break;
    case KP_GANTT_FILTER_THIS_MONTH:
      from = kp_tick_unit_floor (KP_TICK_MONTH, filter->today);
      to = kp_tick_unit_next (KP_TICK_MONTH, filter->today) - 1;
      break;
    case KP_GANTT_FILTER_RESPONSIBLE:
      who = fold_text (filter->responsible);
      break;
    case KP_GANTT_FILTER_PHASE:
      phase = kp_gantt_data_find (data, filter->phase_id);
      break;
    case KP_GANTT_FILTER_LATE:
    case KP_GANTT_FILTER_ALL:
    default:
      break;
    }

  for (guint k = 0; k < n; k++)
    {
      KpGanttTask *t = kp_gantt_data_task (data, (int) k);
      gboolean ok;

      switch (filter->kind)
        {
        case KP_GANTT_FILTER_THIS_WEEK:
        case KP_GANTT_FILTER_THIS_MONTH:
          ok = meets (t, from, to);
          break;
        case KP_GANTT_FILTER_LATE:
          ok = kp_gantt_task_is_late (t, filter->today) || kp_gantt_task_slip (t) > 0;
          break;
        case KP_GANTT_FILTER_RESPONSIBLE:
          {
            g_autofree char *mine = fold_text (t->responsible);

            ok = g_str_equal (mine, who);
          }
          break;
        case KP_GANTT_FILTER_PHASE:
          ok = phase >= 0 && kp_gantt_data_is_within (data, (int) k, phase);
          break;
        case KP_GANTT_FILTER_ALL:
        default:
          ok = TRUE;
          break;
        }
      if (ok && search != NULL)
        {
          g_autofree char *name = fold_text (t->name);

          ok = strstr (name, search) != NULL;
        }
      t->matches = ok;
      t->visible = FALSE;
      matched += ok;
    }
  /* Ancestors of a match stay visible; the order puts every parent before its children. */
  for (int k = (int) n - 1; k >= 0; k--)
    {
      KpGanttTask *t = kp_gantt_data_task (data, k);

      if (t->matches || t->visible)
        {
          t->visible = TRUE;
          if (t->parent >= 0)
            kp_gantt_data_task (data, t->parent)->visible = TRUE;
        }
    }
  return matched;
}

static int
cmp_utf8 (gconstpointer a,
          gconstpointer b)
{
  g_autofree char *x = fold_text (*(const char *const *) a);
  g_autofree char *y = fold_text (*(const char *const *) b);

  return g_utf8_collate (x, y);
}

const char **
kp_gantt_data_responsibles (const KpGanttData *data)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *list = g_ptr_array_new ();

  for (guint k = 0; k < kp_gantt_data_n_tasks (data); k++)
    {
      const char *who = kp_gantt_data_task (data, (int) k)->responsible;
      char *key;

      if (*who == '\0')
        continue;
      key = fold_text (who);
      if (*key != '\0' && g_hash_table_add (seen, key))
        g_ptr_array_add (list, (gpointer) who);
    }
  g_ptr_array_sort (list, cmp_utf8);
  g_ptr_array_add (list, NULL);
  return (const char **) g_ptr_array_free (list, FALSE);
}
