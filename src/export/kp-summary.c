/* kp-summary.c: the project in words. */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "kp-date.h"
#include "kp-format.h"
#include "kp-funding.h"
#include "kp-goal-report.h"
#include "kp-summary.h"
#include "kp-warnings.h"

#define NO_VALUE "—"

char *
kp_format_money (double      amount,
                 const char *currency)
{
  g_autofree char *number = kp_format_number (amount, 2);

  if (isnan (amount))
    return g_strdup (NO_VALUE);
  return g_strdup_printf ("%s %s", number, currency != NULL ? currency : "");
}

static char *
percent (double fraction)
{
  g_autofree char *number = kp_format_number (fraction * 100.0, 0);

  /* Translators: a percentage; the space before % is a no-break space in Swedish */
  return g_strdup_printf (_("%s %%"), number);
}

void
kp_key_texts_fill (const KpStatsKeyFigures *k,
                   const char              *currency,
                   KpKeyText                t[KP_N_KEYS])
{
  char buf[KP_DATE_ISO_SIZE];

  for (guint i = 0; i < KP_N_KEYS; i++)
    {
      t[i].fraction = NAN;
      t[i].compare = NAN;
    }

  t[KP_KEY_DAYS_LEFT].title = _("Days left");
  if (k->days_total > 0)
    {
      t[KP_KEY_DAYS_LEFT].value = g_strdup_printf ("%d", k->days_left);
      /* Translators: of 487 days; the project ends 2021-12-31 */
      t[KP_KEY_DAYS_LEFT].detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "of %d day; the project ends %s",
                                                                 "of %d days; the project ends %s", k->days_total),
                                                    k->days_total, kp_date_format_iso (k->end, buf));
      t[KP_KEY_DAYS_LEFT].fraction = k->time_elapsed;
    }
  else
    {
      t[KP_KEY_DAYS_LEFT].value = g_strdup (NO_VALUE);
      t[KP_KEY_DAYS_LEFT].detail = g_strdup (_("Set the project's start and end dates."));
    }

  t[KP_KEY_PROGRESS].title = _("Progress against time");
  if (!isnan (k->progress))
    {
      g_autofree char *time = !isnan (k->time_elapsed) ? percent (k->time_elapsed) : NULL;

      t[KP_KEY_PROGRESS].value = percent (k->progress);
      t[KP_KEY_PROGRESS].detail = time != NULL
        /* Translators: … of the work is done, and 75 % of the time has gone */
        ? g_strdup_printf (_("of the work is done, and %s of the time has gone"), time)
        : g_strdup (_("of the work is done"));
      t[KP_KEY_PROGRESS].fraction = k->progress;
      t[KP_KEY_PROGRESS].compare = k->time_elapsed;
    }
  else
    {
      t[KP_KEY_PROGRESS].value = g_strdup (NO_VALUE);
      t[KP_KEY_PROGRESS].detail = g_strdup (_("No activities with dates yet."));
    }

  t[KP_KEY_GOALS].title = _("Goals met");
  if (k->goals_total > 0)
    {
      /* Translators: goals met out of all goals, "5 of 13" */
      t[KP_KEY_GOALS].value = g_strdup_printf (_("%u of %u"), k->goals_by_status[0], k->goals_total);
      /* Translators: the other goals, by status */
      t[KP_KEY_GOALS].detail = g_strdup_printf (_("%u partly met, %u not met, %u not assessed"),
                                                k->goals_by_status[1], k->goals_by_status[2], k->goals_by_status[3]);
      t[KP_KEY_GOALS].fraction = (double) k->goals_by_status[0] / k->goals_total;
    }
  else
    {
      t[KP_KEY_GOALS].value = g_strdup (NO_VALUE);
      t[KP_KEY_GOALS].detail = g_strdup (_("No goals yet."));
    }

  t[KP_KEY_HOURS].title = _("Hours reported");
  {
    g_autofree char *hours = kp_format_number (k->hours, 1);
    g_autofree char *weeks = kp_format_number (kp_stats_weeks (k->hours), 2);

    if (k->hours_planned > 0)
      {
        g_autofree char *planned = kp_format_number (k->hours_planned, 1);

        t[KP_KEY_HOURS].value = g_strdup_printf (_("%s of %s"), hours, planned);
        /* Translators: 8.75 working weeks of 40 hours */
        t[KP_KEY_HOURS].detail = g_strdup_printf (_("hours planned; %s working weeks of 40 h"), weeks);
        t[KP_KEY_HOURS].fraction = k->hours_share;
      }
    else
      {
        t[KP_KEY_HOURS].value = g_strdup (hours);
        t[KP_KEY_HOURS].detail = g_strdup_printf (_("%s working weeks of 40 h; no planned hours set"), weeks);
      }
  }

  t[KP_KEY_PARTICIPANTS].title = _("Participants");
  if (k->participants_target > 0)
    {
      t[KP_KEY_PARTICIPANTS].value = g_strdup_printf (_("%u of %u"), k->participants, k->participants_target);
      t[KP_KEY_PARTICIPANTS].detail = g_strdup (_("started, against the target"));
      t[KP_KEY_PARTICIPANTS].fraction = k->participants_share;
    }
  else
    {
      t[KP_KEY_PARTICIPANTS].value = g_strdup_printf ("%u", k->participants);
      t[KP_KEY_PARTICIPANTS].detail = g_strdup (_("started; no target set"));
    }

  t[KP_KEY_BUDGET].title = _("Budget used");
  if (!isnan (k->budget_used))
    {
      g_autofree char *outcome = kp_format_money (k->outcome, currency);
      g_autofree char *budget = kp_format_money (k->budget, currency);

      t[KP_KEY_BUDGET].value = percent (k->budget_used);
      /* Translators: 1 234 567 SEK of 1 417 000 SEK */
      t[KP_KEY_BUDGET].detail = g_strdup_printf (_("%s of %s"), outcome, budget);
      t[KP_KEY_BUDGET].fraction = k->budget_used;
    }
  else
    {
      t[KP_KEY_BUDGET].value = g_strdup (NO_VALUE);
      t[KP_KEY_BUDGET].detail = g_strdup (_("No budget set."));
    }
}

void
kp_key_texts_clear (KpKeyText t[KP_N_KEYS])
{
  for (guint i = 0; i < KP_N_KEYS; i++)
    {
      g_clear_pointer (&t[i].value, g_free);
      g_clear_pointer (&t[i].detail, g_free);
    }
}

/* ---- the summary --------------------------------------------------------------------- */

static void
fact (GString    *out,
      const char *label,
      const char *value)
{
  if (value != NULL && *value != '\0')
    g_string_append_printf (out, "%s: %s\n", label, value);
}

static void
append_facts (GString  *out,
              KpEntity *project)
{
  const char *currency = kp_entity_get_text (project, "currency");
  char s[KP_DATE_ISO_SIZE], e[KP_DATE_ISO_SIZE];
  g_autofree char *owner = NULL;
  g_autofree char *funding = NULL;
  g_autofree char *region = NULL;
  g_autofree char *period = NULL;
  g_autofree char *budget = NULL;

  fact (out, _("Short name"), kp_entity_get_text (project, "short-name"));
  fact (out, _("Case number"), kp_entity_get_text (project, "case-number"));
  owner = *kp_entity_get_text (project, "owner-org-number")
          ? g_strdup_printf ("%s (%s)", kp_entity_get_text (project, "owner-org"),
                             kp_entity_get_text (project, "owner-org-number"))
          : g_strdup (kp_entity_get_text (project, "owner-org"));
  fact (out, _("Project owner"), owner);
  funding = *kp_entity_get_text (project, "programme")
            ? g_strdup_printf ("%s, %s", kp_catalog_label (&kp_catalog_funder, kp_entity_get_text (project, "funder")),
                               kp_entity_get_text (project, "programme"))
            : g_strdup (kp_catalog_label (&kp_catalog_funder, kp_entity_get_text (project, "funder")));
  fact (out, _("Funder"), funding);
  fact (out, _("Programme area"), kp_entity_get_text (project, "programme-area"));
  fact (out, _("Specific objective"), kp_entity_get_text (project, "specific-objective"));
  region = *kp_entity_get_text (project, "nuts2")
           ? g_strdup_printf ("%s (%s)", kp_entity_get_text (project, "region"), kp_entity_get_text (project, "nuts2"))
           : g_strdup (kp_entity_get_text (project, "region"));
  fact (out, _("Region"), region);
  kp_date_format_iso (kp_entity_get_date (project, "start-date"), s);
  kp_date_format_iso (kp_entity_get_date (project, "end-date"), e);
  if (*s || *e)
    {
      /* Translators: the project's period and status, "2020-09-01 – 2021-12-31, Closed" */
      period = g_strdup_printf (_("%s – %s, %s"), s, e,
                                kp_catalog_label (&kp_catalog_project_status, kp_entity_get_text (project, "status")));
      fact (out, _("Period"), period);
    }
  if (kp_entity_get_real (project, "budget") > 0)
    {
      g_autofree char *total = kp_format_money (kp_entity_get_real (project, "budget"), currency);
      g_autofree char *share = kp_format_number (kp_entity_get_real (project, "funder-share"), 2);
      g_autofree char *contribution = kp_format_money (kp_project_funder_contribution (project), currency);

      /* Translators: "1 417 000 SEK; the funder pays 87,3 %: 1 237 041 SEK" */
      budget = g_strdup_printf (_("%s; the funder pays %s %%: %s"), total, share, contribution);
      fact (out, _("Total budget"), budget);
    }
}

static void
append_key_figures (GString                 *out,
                    const KpStatsKeyFigures *figures,
                    const char              *currency)
{
  KpKeyText texts[KP_N_KEYS] = { 0 };

  kp_key_texts_fill (figures, currency, texts);
  g_string_append_printf (out, "\n%s\n", _("Key figures"));
  for (guint i = 0; i < KP_N_KEYS; i++)
    g_string_append_printf (out, "  %s: %s (%s)\n", texts[i].title, texts[i].value, texts[i].detail);
  kp_key_texts_clear (texts);
}

static void
append_decisions (GString    *out,
                  KpDocument *document)
{
  GListModel *proposals = kp_document_get_list (document, &kp_desc_proposal);
  GListModel *subs = kp_document_get_list (document, &kp_desc_subproject);
  GListModel *actions = kp_document_get_list (document, &kp_desc_remaining_action);
  guint n = g_list_model_get_n_items (proposals);

  if (n > 0)
    g_string_append_printf (out, "\n%s\n", _("Proposals and decisions"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) p = g_list_model_get_item (proposals, i);
      char d[KP_DATE_ISO_SIZE];
      g_autoptr(GString) how = g_string_new (kp_catalog_label (&kp_catalog_decision, kp_entity_get_text (p, "decision")));

      kp_date_format_iso (kp_entity_get_date (p, "decision-date"), d);
      if (*d)
        g_string_append_printf (how, ", %s", d);
      if (*kp_entity_get_text (p, "decision-body"))
        g_string_append_printf (how, ", %s", kp_entity_get_text (p, "decision-body"));
      g_string_append_printf (out, "  %" G_GINT64_FORMAT ". %s (%s): %s\n", kp_entity_get_int (p, "number"),
                              kp_entity_get_text (p, "title"),
                              kp_catalog_label (&kp_catalog_priority, kp_entity_get_text (p, "priority")), how->str);
    }
  if (g_list_model_get_n_items (subs) > 0)
    g_string_append_printf (out, "\n%s\n", _("Sub-projects"));
  for (guint i = 0, ns = g_list_model_get_n_items (subs); i < ns; i++)
    {
      g_autoptr(KpEntity) s = g_list_model_get_item (subs, i);

      g_string_append_printf (out, "  %" G_GINT64_FORMAT ". %s\n", kp_entity_get_int (s, "number"),
                              kp_entity_get_text (s, "title"));
      for (guint j = 0, na = g_list_model_get_n_items (actions); j < na; j++)
        {
          g_autoptr(KpEntity) a = g_list_model_get_item (actions, j);

          if (kp_entity_get_int (a, "subproject-id") != kp_entity_get_id (s))
            continue;
          if (*kp_entity_get_text (a, "owner"))
            /* Translators: a remaining action and who owns it after the project */
            g_string_append_printf (out, "     – %s (%s)\n", kp_entity_get_text (a, "text"), kp_entity_get_text (a, "owner"));
          else
            g_string_append_printf (out, "     – %s\n", kp_entity_get_text (a, "text"));
        }
    }
}

static void
append_meetings (GString    *out,
                 KpDocument *document)
{
  g_autoptr(KpStatsMeetings) meetings = kp_stats_meetings_new (document, NULL);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < meetings->n_forums; i++)
    if (meetings->forums[i].held > 0)
      g_string_append_printf (line, "%s%s %u", line->len ? ", " : "",
                              kp_catalog_label (&kp_catalog_forum, meetings->forums[i].forum), meetings->forums[i].held);
  if (line->len > 0)
    g_string_append_printf (out, "\n%s\n  %s\n", _("Meetings and presentations per forum"), line->str);
}

char *
kp_summary_text (KpDocument *document,
                 KpDate      today)
{
  KpEntity *project = kp_document_get_project (document);
  GString *out = g_string_new (NULL);
  g_autofree char *title = kp_document_dup_title (document);
  g_autofree char *goals = kp_goal_report_text (document);
  KpStatsKeyFigures figures;

  g_string_append_printf (out, "%s\n", title);
  for (const char *p = title; *p; p = g_utf8_next_char (p))
    g_string_append (out, "=");
  g_string_append (out, "\n");
  append_facts (out, project);
  kp_stats_key_figures (document, NULL, today, &figures);
  append_key_figures (out, &figures, kp_entity_get_text (project, "currency"));
  g_string_append_printf (out, "\n%s", goals);
  append_decisions (out, document);
  append_meetings (out, document);
  return g_string_free (out, FALSE);
}
