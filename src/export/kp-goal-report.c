/* kp-goal-report.c: goal fulfilment as text and HTML. */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "kp-format.h"
#include "kp-goal-report.h"
#include "kp-goal-target.h"

char *
kp_goal_format_value (double      low,
                      double      high,
                      const char *unit)
{
  g_autofree char *value = kp_goal_target_format (low, high);

  if (*value == '\0' || unit == NULL || *unit == '\0')
    return g_steal_pointer (&value);
  return g_strdup_printf ("%s %s", value, unit);
}

const char *
kp_goal_status_label (KpGoalStatus status)
{
  return kp_catalog_label (&kp_catalog_goal_status, kp_goal_status_key (status));
}

const char *
kp_goal_status_color (KpGoalStatus status,
                      gboolean     light)
{
  /* GNOME's palette: green 4, yellow 5, red 3, light grey 5; and their light tints. */
  static const char *const strong[] = { "#26a269", "#e5a50a", "#c01c28", "#9a9996" };
  static const char *const tint[] = { "#c6efd5", "#fdefc3", "#f6c9cc", "#e8e8e7" };

  g_return_val_if_fail (status <= KP_GOAL_NOT_ASSESSED, "#000000");
  return light ? tint[status] : strong[status];
}

char *
kp_goal_report_tally (KpDocument *document)
{
  GListModel *goals = kp_document_get_list (document, &kp_desc_goal);
  guint n = g_list_model_get_n_items (goals);
  guint count[KP_N_GOAL_STATUSES] = { 0 };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) goal = g_list_model_get_item (goals, i);

      count[kp_goal_status_of (goal)]++;
    }
  /* Translators: the counts of goals per status, then the number of goals */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u met, %u partly met, %u not met and %u not assessed, of %u goal.",
                                       "%u met, %u partly met, %u not met and %u not assessed, of %u goals.", n),
                          count[KP_GOAL_MET], count[KP_GOAL_PARTLY_MET], count[KP_GOAL_NOT_MET],
                          count[KP_GOAL_NOT_ASSESSED], n);
}

/* Goals in the order the report wants them: project goals, effect goals, sub-goals, each
 * by number. The document's list is already sorted so (kind, number), but kinds sort by
 * key, so they are picked per kind here. */
static GPtrArray *
goals_of_kind (KpDocument *document,
               const char *kind)
{
  GListModel *goals = kp_document_get_list (document, &kp_desc_goal);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0, n = g_list_model_get_n_items (goals); i < n; i++)
    {
      KpEntity *goal = g_list_model_get_item (goals, i);

      if (g_str_equal (kp_entity_get_text (goal, "kind"), kind))
        g_ptr_array_add (out, goal);
      else
        g_object_unref (goal);
    }
  return out;
}

static char *
goal_heading (KpEntity *goal)
{
  gint64 number = kp_entity_get_int (goal, "number");

  return number > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT ". %s", number, kp_entity_get_text (goal, "text"))
                    : g_strdup (kp_entity_get_text (goal, "text"));
}

char *
kp_goal_report_text (KpDocument *document)
{
  GString *out = g_string_new (NULL);
  g_autofree char *title = kp_document_dup_title (document);
  g_autofree char *tally = kp_goal_report_tally (document);

  /* Translators: the heading of the goal fulfilment summary, then the project's title */
  g_string_append_printf (out, _("Goal fulfilment: %s"), title);
  g_string_append (out, "\n");
  for (guint k = 0; k < kp_catalog_goal_kind.n_choices; k++)
    {
      const KpChoice *kind = &kp_catalog_goal_kind.choices[k];
      g_autoptr(GPtrArray) goals = goals_of_kind (document, kind->key);

      if (goals->len == 0)
        continue;
      g_string_append_printf (out, "\n%s\n", _(kind->label));
      for (guint i = 0; i < goals->len; i++)
        {
          KpEntity *goal = goals->pdata[i];
          KpGoalStatus status = kp_goal_status_of (goal);
          const char *unit = kp_entity_get_text (goal, "unit");
          g_autofree char *heading = goal_heading (goal);
          g_autofree char *target = kp_goal_format_value (kp_entity_get_real (goal, "target-low"),
                                                          kp_entity_get_real (goal, "target-high"), unit);
          g_autofree char *outcome = kp_goal_format_value (kp_entity_get_real (goal, "outcome"), NAN, unit);

          g_string_append_printf (out, "%s: %s\n", kp_goal_status_label (status), heading);
          if (*kp_entity_get_text (goal, "indicator"))
            g_string_append_printf (out, "    %s: %s\n", _("Indicator"), kp_entity_get_text (goal, "indicator"));
          if (*target)
            g_string_append_printf (out, "    %s: %s\n", _("Target"), target);
          if (*outcome)
            g_string_append_printf (out, "    %s: %s\n", _("Outcome"), outcome);
          if (*kp_entity_get_text (goal, "outcome-text"))
            g_string_append_printf (out, "    %s\n", kp_entity_get_text (goal, "outcome-text"));
          if (kp_goal_status_is_manual (goal) && *kp_entity_get_text (goal, "override-reason"))
            g_string_append_printf (out, "    %s: %s\n", _("Reason for the status"),
                                    kp_entity_get_text (goal, "override-reason"));
        }
    }
  g_string_append_printf (out, "\n%s\n", tally);
  return g_string_free (out, FALSE);
}

static void
cell (GString    *out,
      const char *tag,
      const char *style,
      const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append_printf (out, "<%s style=\"border:1px solid #c0bfbc;padding:4px 8px;text-align:left;"
                          "vertical-align:top;%s\">%s</%s>", tag, style, escaped, tag);
}

char *
kp_goal_report_html (KpDocument *document)
{
  GString *out = g_string_new (NULL);
  g_autofree char *title = kp_document_dup_title (document);
  g_autofree char *heading = g_strdup_printf (_("Goal fulfilment: %s"), title);
  g_autofree char *tally = kp_goal_report_tally (document);
  g_autofree char *escaped = g_markup_escape_text (heading, -1);
  g_autofree char *escaped_tally = g_markup_escape_text (tally, -1);
  const char *headers[] = { N_("Goal"), N_("Indicator"), N_("Target"), N_("Outcome"), N_("Status") };

  g_string_append_printf (out, "<meta charset=\"utf-8\"><h2>%s</h2>\n"
                          "<table style=\"border-collapse:collapse\">\n<tr>", escaped);
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    cell (out, "th", "background:#f6f5f4", _(headers[i]));
  g_string_append (out, "</tr>\n");
  for (guint k = 0; k < kp_catalog_goal_kind.n_choices; k++)
    {
      const KpChoice *kind = &kp_catalog_goal_kind.choices[k];
      g_autoptr(GPtrArray) goals = goals_of_kind (document, kind->key);
      g_autofree char *kind_label = g_markup_escape_text (_(kind->label), -1);

      if (goals->len == 0)
        continue;
      g_string_append_printf (out, "<tr><th colspan=\"5\" style=\"border:1px solid #c0bfbc;padding:4px 8px;"
                              "text-align:left;background:#deddda\">%s</th></tr>\n", kind_label);
      for (guint i = 0; i < goals->len; i++)
        {
          KpEntity *goal = goals->pdata[i];
          KpGoalStatus status = kp_goal_status_of (goal);
          const char *unit = kp_entity_get_text (goal, "unit");
          g_autofree char *text = goal_heading (goal);
          g_autofree char *target = kp_goal_format_value (kp_entity_get_real (goal, "target-low"),
                                                          kp_entity_get_real (goal, "target-high"), unit);
          g_autofree char *outcome = kp_goal_format_value (kp_entity_get_real (goal, "outcome"), NAN, unit);
          g_autofree char *outcome_all = NULL;
          g_autofree char *status_text = NULL;
          g_autofree char *status_style = g_strdup_printf ("background:%s;border-left:6px solid %s",
                                                           kp_goal_status_color (status, TRUE),
                                                           kp_goal_status_color (status, FALSE));

          if (*kp_entity_get_text (goal, "outcome-text"))
            outcome_all = *outcome ? g_strdup_printf ("%s. %s", outcome, kp_entity_get_text (goal, "outcome-text"))
                                   : g_strdup (kp_entity_get_text (goal, "outcome-text"));
          else
            outcome_all = g_strdup (outcome);
          if (kp_goal_status_is_manual (goal) && *kp_entity_get_text (goal, "override-reason"))
            status_text = g_strdup_printf ("%s (%s)", kp_goal_status_label (status),
                                           kp_entity_get_text (goal, "override-reason"));
          else
            status_text = g_strdup (kp_goal_status_label (status));
          g_string_append (out, "<tr>");
          cell (out, "td", "", text);
          cell (out, "td", "", kp_entity_get_text (goal, "indicator"));
          cell (out, "td", "white-space:nowrap", target);
          cell (out, "td", "", outcome_all);
          cell (out, "td", status_style, status_text);
          g_string_append (out, "</tr>\n");
        }
    }
  g_string_append_printf (out, "</table>\n<p>%s</p>\n", escaped_tally);
  return g_string_free (out, FALSE);
}
