/* kp-import.c: reading a plan file and writing it as a new project in one go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "kp-date.h"
#include "kp-entities.h"
#include "kp-import-private.h"
#include "kp-validate.h"

G_DEFINE_QUARK (kp-import-error-quark, kp_import_error)

gboolean
kp_import_format_for_path (const char      *path,
                           KpImportFormat  *format,
                           GError         **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".planner") || g_str_has_suffix (lower, ".mrproject"))
    *format = KP_IMPORT_PLANNER;
  else if (g_str_has_suffix (lower, ".gan"))
    *format = KP_IMPORT_GANTTPROJECT;
  else
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _("Only GNOME Planner (.planner) and GanttProject (.gan) files can be imported; “%s” is neither."),
                   path);
      return FALSE;
    }
  return TRUE;
}

/* ---- the plan ------------------------------------------------------------------------ */

static void
task_free (KpImportTask *t)
{
  g_free (t->src_id);
  g_free (t->name);
  g_free (t->responsible);
  g_string_free (t->notes, TRUE);
  g_free (t);
}

static void
link_free (KpImportLink *l)
{
  g_free (l->pred_src);
  g_free (l->succ_src);
  g_free (l->kind);
  g_free (l);
}

static void
plan_clear (KpImportPlan *plan)
{
  g_free (plan->title);
  g_ptr_array_unref (plan->tasks);
  g_hash_table_unref (plan->by_src_id);
  g_ptr_array_unref (plan->links);
  g_hash_table_unref (plan->resources);
  g_ptr_array_unref (plan->resource_order);
  g_ptr_array_unref (plan->allocations);
  g_array_unref (plan->stack);
}

int
kp_import_plan_line (KpImportPlan *plan)
{
  int line = 0;

  if (plan->context != NULL)
    g_markup_parse_context_get_position (plan->context, &line, NULL);
  return line;
}

void
kp_import_plan_error (KpImportPlan *plan,
                      GError      **error,
                      KpImportError code,
                      const char   *message)
{
  /* Translators: an import error: the file's name, the line and what is wrong there */
  g_set_error (error, KP_IMPORT_ERROR, code, _("“%s”, line %d: %s"), plan->name, kp_import_plan_line (plan), message);
}

KpImportTask *
kp_import_plan_add_task (KpImportPlan *plan,
                         const char   *src_id,
                         GError      **error)
{
  KpImportTask *t;

  if (src_id == NULL || *src_id == '\0')
    {
      kp_import_plan_error (plan, error, KP_IMPORT_ERROR_MALFORMED, _("a task has no id."));
      return NULL;
    }
  if (g_hash_table_contains (plan->by_src_id, src_id))
    {
      g_autofree char *msg = g_strdup_printf (_("two tasks have the id “%s”."), src_id);

      kp_import_plan_error (plan, error, KP_IMPORT_ERROR_MALFORMED, msg);
      return NULL;
    }
  if (plan->tasks->len >= KP_IMPORT_MAX_TASKS)
    {
      g_autofree char *msg = g_strdup_printf (_("the file has more than %d tasks."), KP_IMPORT_MAX_TASKS);

      kp_import_plan_error (plan, error, KP_IMPORT_ERROR_TOO_LARGE, msg);
      return NULL;
    }
  if (plan->stack->len >= KP_IMPORT_MAX_DEPTH)
    {
      g_autofree char *msg = g_strdup_printf (_("tasks are nested more than %d levels deep."), KP_IMPORT_MAX_DEPTH);

      kp_import_plan_error (plan, error, KP_IMPORT_ERROR_TOO_LARGE, msg);
      return NULL;
    }
  t = g_new0 (KpImportTask, 1);
  t->src_id = g_strdup (src_id);
  t->parent = plan->stack->len > 0 ? g_array_index (plan->stack, int, plan->stack->len - 1) : -1;
  t->notes = g_string_new (NULL);
  t->name = g_strdup ("");
  t->line = kp_import_plan_line (plan);
  if (t->parent >= 0)
    t->position = ((KpImportTask *) plan->tasks->pdata[t->parent])->n_children++;
  else
    {
      gint64 roots = 0;

      for (guint i = 0; i < plan->tasks->len; i++)
        roots += ((KpImportTask *) plan->tasks->pdata[i])->parent < 0;
      t->position = roots;
    }
  g_ptr_array_add (plan->tasks, t);
  g_hash_table_insert (plan->by_src_id, t->src_id, GINT_TO_POINTER (plan->tasks->len));
  {
    int index = (int) plan->tasks->len - 1;

    g_array_append_val (plan->stack, index);
  }
  return t;
}

void
kp_import_plan_add_link (KpImportPlan *plan,
                         const char   *pred,
                         const char   *succ,
                         const char   *kind)
{
  KpImportLink *l = g_new0 (KpImportLink, 1);

  l->pred_src = g_strdup (pred);
  l->succ_src = g_strdup (succ);
  l->kind = g_strdup (kind);
  l->line = kp_import_plan_line (plan);
  g_ptr_array_add (plan->links, l);
}

gboolean
kp_import_parse_date (KpImportPlan *plan,
                      const char   *attribute,
                      KpDate       *out,
                      gboolean     *midnight,
                      GError      **error)
{
  const char *text = kp_import_plan_attr (plan, attribute);
  int y = 0, m = 0, d = 0;
  KpDate date = KP_DATE_NONE;

  if (midnight != NULL)
    *midnight = FALSE;
  if (text == NULL || *text == '\0')
    {
      *out = KP_DATE_NONE;
      return TRUE;
    }
  if (strlen (text) >= 10 && text[4] == '-' && text[7] == '-')
    {
      char buf[KP_DATE_ISO_SIZE];

      g_strlcpy (buf, text, sizeof buf);
      if (kp_date_parse_iso (buf, &date))
        kp_date_to_ymd (date, &y, &m, &d);
    }
  else if (strlen (text) >= 8)
    {
      gboolean digits = TRUE;

      for (int i = 0; i < 8; i++)
        digits = digits && g_ascii_isdigit (text[i]);
      if (digits)
        {
          y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
          m = (text[4] - '0') * 10 + (text[5] - '0');
          d = (text[6] - '0') * 10 + (text[7] - '0');
          date = kp_date_from_ymd (y, m, d);
          if (midnight != NULL && strlen (text) >= 15 && text[8] == 'T')
            *midnight = strncmp (text + 9, "000000", 6) == 0;
        }
    }
  if (date == KP_DATE_NONE)
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a date: “%s”."), attribute, text);

      kp_import_plan_error (plan, error, KP_IMPORT_ERROR_DATE, msg);
      return FALSE;
    }
  if (y < 1900 || y > 2200)
    {
      g_autofree char *msg = g_strdup_printf (_("the date “%s” lies outside the years 1900–2200."), text);

      kp_import_plan_error (plan, error, KP_IMPORT_ERROR_DATE, msg);
      return FALSE;
    }
  *out = date;
  return TRUE;
}

double
kp_import_parse_percent (const char *text)
{
  double v = text != NULL ? g_ascii_strtod (text, NULL) : 0;

  return isfinite (v) ? CLAMP (v, 0, 100) : 0;
}

/* ---- checks before anything is written --------------------------------------------- */

static gboolean
check_encoding (const char  *text,
                gsize        length,
                const char  *name,
                GError     **error)
{
  const char *end;
  const char *decl_end = length > 5 && strncmp (text, "<?xml", 5) == 0 ? strstr (text, "?>") : NULL;

  if (decl_end != NULL && decl_end - text < 200)
    {
      g_autofree char *decl = g_ascii_strdown (text, decl_end - text);
      const char *enc = strstr (decl, "encoding=");

      if (enc != NULL && strncmp (enc + 10, "utf-8", 5) != 0 && strncmp (enc + 10, "utf8", 4) != 0)
        {
          g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_ENCODING,
                       _("“%s”, line %d: the file is not in UTF-8, the only encoding Kompetensplan reads."), name, 1);
          return FALSE;
        }
    }
  if (!g_utf8_validate (text, (gssize) length, &end))
    {
      int line = 1;

      for (const char *p = text; p < end; p++)
        line += *p == '\n';
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_ENCODING,
                   _("“%s”, line %d: the file is not valid UTF-8 text."), name, line);
      return FALSE;
    }
  return TRUE;
}

static void
passthrough_cb (GMarkupParseContext *context,
                const char          *text,
                gsize                length,
                gpointer             user_data,
                GError             **error)
{
  KpImportPlan *plan = user_data;

  /* GMarkup never expands entities, but say plainly why such a file is refused. */
  if (g_strstr_len (text, (gssize) length, "<!ENTITY") != NULL || g_strstr_len (text, (gssize) length, "<!DOCTYPE") != NULL)
    kp_import_plan_error (plan, error, KP_IMPORT_ERROR_MALFORMED,
                          _("the file declares its own entities or a document type, which plan files never do."));
}

static gboolean
resolve_links (KpImportPlan *plan,
               GArray       *pairs,
               GError      **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = plan->tasks->len;

  for (guint i = 0; i < plan->links->len; i++)
    {
      KpImportLink *l = plan->links->pdata[i];
      int pred = GPOINTER_TO_INT (g_hash_table_lookup (plan->by_src_id, l->pred_src)) - 1;
      int succ = GPOINTER_TO_INT (g_hash_table_lookup (plan->by_src_id, l->succ_src)) - 1;
      int pair[2] = { pred, succ };

      if (pred < 0 || succ < 0)
        {
          g_ptr_array_add (plan->report, g_strdup_printf (_("Line %d: a dependency on a task that is not in the file was left out."), l->line));
          continue;
        }
      if (pred == succ)
        {
          g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_CYCLE,
                       _("“%s”, line %d: the task “%s” depends on itself."), plan->name, l->line,
                       ((KpImportTask *) plan->tasks->pdata[pred])->name);
          return FALSE;
        }
      if (!g_hash_table_add (seen, g_strdup_printf ("%d:%d", pred, succ)))
        continue;
      if (g_strcmp0 (l->kind, "FS") != 0)
        {
          const char *kind = g_str_equal (l->kind, "SS") ? _("start-to-start")
                             : g_str_equal (l->kind, "FF") ? _("finish-to-finish") : _("start-to-finish");

          /* Translators: e.g. "“Kick-off” → “Survey”: a start-to-start dependency became finish-to-start." */
          g_ptr_array_add (plan->report, g_strdup_printf (_("“%s” → “%s”: a %s dependency became finish-to-start."),
                                                          ((KpImportTask *) plan->tasks->pdata[pred])->name,
                                                          ((KpImportTask *) plan->tasks->pdata[succ])->name, kind));
        }
      g_array_append_vals (pairs, pair, 1);
    }

  /* Kahn's algorithm: whatever cannot be ordered lies on a cycle. */
  {
    g_autofree int *indeg = g_new0 (int, MAX (n, 1));
    g_autofree int *queue = g_new (int, MAX (n, 1));
    g_autofree int *first = g_new (int, MAX (n, 1));
    g_autofree int *next = g_new (int, MAX (pairs->len, 1));
    guint head = 0, tail = 0;

    for (guint k = 0; k < n; k++)
      first[k] = -1;
    for (guint i = 0; i < pairs->len; i++)
      {
        int *p = &g_array_index (pairs, int, 2 * i);

        indeg[p[1]]++;
        next[i] = first[p[0]];
        first[p[0]] = (int) i;
      }
    for (guint k = 0; k < n; k++)
      if (indeg[k] == 0)
        queue[tail++] = (int) k;
    while (head < tail)
      for (int i = first[queue[head++]]; i >= 0; i = next[i])
        if (--indeg[g_array_index (pairs, int, 2 * i + 1)] == 0)
          queue[tail++] = g_array_index (pairs, int, 2 * i + 1);
    if (tail < n)
      {
        for (guint k = 0; k < n; k++)
          if (indeg[k] > 0)
            {
              KpImportTask *t = plan->tasks->pdata[k];

              g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_CYCLE,
                           _("“%s”, line %d: the dependencies of “%s” go round in a circle, so the tasks would wait for each other for ever."),
                           plan->name, t->line, t->name);
              return FALSE;
            }
      }
  }
  return TRUE;
}

static gboolean
check_text (KpImportPlan  *plan,
            KpImportTask  *t,
            const char    *field,
            const char    *value,
            GError       **error)
{
  const KpField *f = kp_entity_desc_field (&kp_desc_task, field);
  KpValue v = { .s = (char *) value };
  g_autoptr(GError) local = NULL;

  if (kp_validate_field (f, &v, &local))
    return TRUE;
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_INVALID, _("“%s”, line %d: %s"), plan->name, t->line, local->message);
  return FALSE;
}

static char *
sql_date (KpDate date)
{
  char buf[KP_DATE_ISO_SIZE];

  return date != KP_DATE_NONE ? sqlite3_mprintf ("%Q", kp_date_format_iso (date, buf)) : sqlite3_mprintf ("NULL");
}

static char *
build_sql (KpImportPlan  *plan,
           GArray        *pairs,
           GError       **error)
{
  GString *sql = g_string_new ("");
  KpDate min = KP_DATE_NONE, max = KP_DATE_NONE;

  for (guint i = 0; i < plan->tasks->len; i++)
    {
      KpImportTask *t = plan->tasks->pdata[i];
      char *s_start, *s_end, *s_parent, *row;
      const char *status = t->progress >= 100 ? "done" : t->progress > 0 ? "in_progress" : "not_started";
      char progress[G_ASCII_DTOSTR_BUF_SIZE];

      g_strstrip (t->name);
      if (*t->name == '\0')
        {
          g_free (t->name);
          /* Translators: the name of an imported task that had none */
          t->name = g_strdup_printf (_("Task %s"), t->src_id);
        }
      if (g_utf8_strlen (t->name, -1) > KP_TEXT_MAX_CHARS)
        {
          char *cut = g_utf8_substring (t->name, 0, KP_TEXT_MAX_CHARS);

          g_free (t->name);
          t->name = cut;
          g_ptr_array_add (plan->report, g_strdup_printf (_("Line %d: a task name was shortened to %d characters."), t->line, KP_TEXT_MAX_CHARS));
        }
      if (g_utf8_strlen (t->notes->str, -1) > KP_LONG_TEXT_MAX_CHARS)
        {
          char *cut = g_utf8_substring (t->notes->str, 0, KP_LONG_TEXT_MAX_CHARS);

          g_string_assign (t->notes, cut);
          g_free (cut);
          g_ptr_array_add (plan->report, g_strdup_printf (_("“%s”: the notes were shortened to %d characters."), t->name, KP_LONG_TEXT_MAX_CHARS));
        }
      if (!check_text (plan, t, "name", t->name, error) || !check_text (plan, t, "notes", t->notes->str, error) ||
          !check_text (plan, t, "responsible", t->responsible != NULL ? t->responsible : "", error))
        {
          g_string_free (sql, TRUE);
          return NULL;
        }
      if (t->end != KP_DATE_NONE && t->start != KP_DATE_NONE && t->end < t->start)
        t->end = t->start;
      if (t->start != KP_DATE_NONE)
        {
          min = min == KP_DATE_NONE ? t->start : MIN (min, t->start);
          max = max == KP_DATE_NONE ? t->end : MAX (max, t->end);
        }
      s_start = sql_date (t->start);
      s_end = sql_date (t->end);
      s_parent = t->parent >= 0 ? sqlite3_mprintf ("%d", t->parent + 1) : sqlite3_mprintf ("NULL");
      g_ascii_dtostr (progress, sizeof progress, t->progress);
      row = sqlite3_mprintf ("INSERT INTO task (id, parent_id, position, kind, name, start_date, end_date, progress, "
                             "responsible, status, is_milestone, notes) VALUES (%u, %s, %lld, %Q, %Q, %s, %s, %s, %Q, %Q, %d, %Q);\n",
                             i + 1, s_parent,
                             (long long) t->position, t->n_children > 0 ? "phase" : "activity", t->name, s_start, s_end,
                             progress, t->responsible != NULL ? t->responsible : "", status, t->milestone ? 1 : 0,
                             t->notes->str);
      g_string_append (sql, row);
      sqlite3_free (row);
      sqlite3_free (s_parent);
      sqlite3_free (s_start);
      sqlite3_free (s_end);
    }
  for (guint i = 0; i < pairs->len; i++)
    g_string_append_printf (sql, "INSERT INTO dependency (predecessor_id, successor_id) VALUES (%d, %d);\n",
                            g_array_index (pairs, int, 2 * i) + 1, g_array_index (pairs, int, 2 * i + 1) + 1);
  {
    char *s_min = sql_date (min), *s_max = sql_date (max);
    char *row = sqlite3_mprintf ("UPDATE project SET title = %Q, start_date = %s, end_date = %s WHERE id = 1;\n",
                                 plan->title, s_min, s_max);

    g_string_append (sql, row);
    sqlite3_free (row);
    sqlite3_free (s_min);
    sqlite3_free (s_max);
  }
  return g_string_free (sql, FALSE);
}

static void
apply_allocations (KpImportPlan *plan)
{
  for (guint i = 0; i + 1 < plan->allocations->len; i += 2)
    {
      int task = GPOINTER_TO_INT (g_hash_table_lookup (plan->by_src_id, plan->allocations->pdata[i])) - 1;
      const char *who = g_hash_table_lookup (plan->resources, plan->allocations->pdata[i + 1]);
      KpImportTask *t;

      if (task < 0 || who == NULL)
        continue;
      t = plan->tasks->pdata[task];
      if (t->responsible == NULL)
        t->responsible = g_strdup (who);
    }
  if (plan->resource_order->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < plan->resource_order->len; i++)
        {
          const char *who = g_hash_table_lookup (plan->resources, plan->resource_order->pdata[i]);

          g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", who != NULL ? who : "");
        }
      /* Translators: the import report's list of the plan's people and other resources */
      g_ptr_array_insert (plan->report, 0, g_strdup_printf (_("Resources: %s"), names->str));
    }
}

static KpDocument *
too_large (const char  *name,
           GError     **error)
{
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_TOO_LARGE,
               _("“%s” is larger than %d MB, more than any plan file."), name, KP_IMPORT_MAX_BYTES / (1024 * 1024));
  return NULL;
}

KpDocument *
kp_import_data (const char     *text,
                gsize           length,
                KpImportFormat  format,
                const char     *name,
                GFile          *output,
                GPtrArray      *report,
                GError        **error)
{
  KpImportPlan plan = { 0 };
  GMarkupParser parser = kp_import_markup_parser;
  g_autoptr(GPtrArray) own_report = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, 2 * sizeof (int));   /* predecessor, successor */
  g_autofree char *sql = NULL;
  KpDocument *document = NULL;
  gboolean ok;

  if (length > KP_IMPORT_MAX_BYTES)
    return too_large (name, error);
  if (g_file_query_exists (output, NULL))
    {
      g_autofree char *out = g_file_get_parse_name (output);

      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_EXISTS,
                   _("“%s” exists already; the import writes a new project file."), out);
      return NULL;
    }
  if (!check_encoding (text, length, name, error))
    return NULL;

  plan.name = name;
  plan.title = g_strdup ("");
  plan.tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) task_free);
  plan.by_src_id = g_hash_table_new (g_str_hash, g_str_equal);
  plan.links = g_ptr_array_new_with_free_func ((GDestroyNotify) link_free);
  plan.resources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  plan.resource_order = g_ptr_array_new_with_free_func (g_free);
  plan.allocations = g_ptr_array_new_with_free_func (g_free);
  plan.report = report != NULL ? report : own_report;
  plan.stack = g_array_new (FALSE, FALSE, sizeof (int));
  plan.reader = format == KP_IMPORT_PLANNER ? &kp_import_planner_reader : &kp_import_gan_reader;
  parser.text = plan.reader->text;
  parser.passthrough = passthrough_cb;
  plan.context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &plan, NULL);

  ok = g_markup_parse_context_parse (plan.context, text, (gssize) length, error) &&
       g_markup_parse_context_end_parse (plan.context, error);
  if (!ok && error != NULL && *error != NULL && (*error)->domain == G_MARKUP_ERROR)
    {
      GError *markup = *error;

      *error = NULL;
      /* Translators: the file and GLib's reason, which names the line: "Error on line 4 char 48: …" */
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_MALFORMED, _("“%s” is not well-formed XML. %s"),
                   name, markup->message);
      g_error_free (markup);
    }
  g_markup_parse_context_free (plan.context);
  plan.context = NULL;
  if (ok && plan.tasks->len == 0 && *plan.title == '\0')
    {
      kp_import_plan_not_this_format (&plan, error);
      ok = FALSE;
    }
  if (ok)
    {
      apply_allocations (&plan);
      if (*plan.title == '\0')
        {
          g_free (plan.title);
          plan.title = g_strdup (name);
        }
      ok = resolve_links (&plan, pairs, error) && (sql = build_sql (&plan, pairs, error)) != NULL;
    }
  /* One transaction: either the whole project is written or no file is left behind. */
  if (ok)
    document = kp_document_create_with_sql (output, sql, error);
  plan_clear (&plan);
  return document;
}

KpDocument *
kp_import_file (const char  *path,
                GFile       *output,
                GPtrArray   *report,
                GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *name = g_path_get_basename (path);
  KpImportFormat format;
  gsize length;
  GStatBuf st;

  if (!kp_import_format_for_path (path, &format, error))
    return NULL;
  if (g_stat (path, &st) == 0 && st.st_size > KP_IMPORT_MAX_BYTES)
    return too_large (name, error);
  if (!g_file_get_contents (path, &text, &length, error))
    return NULL;
  return kp_import_data (text, length, format, name, output, report, error);
}
