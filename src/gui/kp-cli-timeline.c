/* kp-cli-timeline.c: --export-timeline and --import, without a display. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli.h"
#include "kp-cli-timeline.h"
#include "kp-date.h"
#include "kp-gantt-source.h"
#include "kp-import.h"
#include "kp-timeline-export.h"

gboolean
kp_cli_timeline_wanted (GVariantDict *options)
{
  static const char *names[] = { "export-timeline", "import", "from", "to", "zoom", "paper" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_variant_dict_contains (options, names[i]))
      return TRUE;
  return FALSE;
}

int
kp_cli_timeline_dispatch (GVariantDict *options,
                          const char  **files)
{
  const char *export = NULL, *import = NULL, *output = NULL;
  const char *from = NULL, *to = NULL, *zoom = NULL, *paper = NULL;
  guint n_files = files != NULL ? g_strv_length ((char **) files) : 0;

  g_variant_dict_lookup (options, "export-timeline", "^&ay", &export);
  g_variant_dict_lookup (options, "import", "^&ay", &import);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  g_variant_dict_lookup (options, "from", "&s", &from);
  g_variant_dict_lookup (options, "to", "&s", &to);
  g_variant_dict_lookup (options, "zoom", "&s", &zoom);
  g_variant_dict_lookup (options, "paper", "&s", &paper);

  if (export != NULL && import == NULL)
    {
      if (n_files != 1 || output != NULL)
        {
          g_printerr (_("--export-timeline=OUT.png|svg|pdf needs exactly one project file, for example: kompetensplan --export-timeline=plan.pdf project.kplan\n"));
          return KP_EXIT_USAGE;
        }
      return kp_cli_export_timeline (export, files[0], from, to, zoom, paper);
    }
  if (import != NULL && export == NULL)
    {
      if (n_files != 0 || from != NULL || to != NULL || zoom != NULL || paper != NULL)
        {
          g_printerr (_("--import=PLAN takes only --output=NEW.kplan.\n"));
          return KP_EXIT_USAGE;
        }
      return kp_cli_import (import, output);
    }
  if (import != NULL)
    g_printerr (_("--export-timeline and --import cannot be used together.\n"));
  else
    g_printerr (_("--zoom and --paper go with --export-timeline, and --from and --to with --export-timeline or --export.\n"));
  return KP_EXIT_USAGE;
}

static gboolean
parse_date (const char *option,
            const char *text,
            KpDate     *out)
{
  *out = KP_DATE_NONE;
  if (text == NULL)
    return TRUE;
  if (kp_date_parse_iso (text, out) && kp_date_year (*out) >= 1900 && kp_date_year (*out) <= 2200)
    return TRUE;
  g_printerr (_("%s must be a date written yyyy-mm-dd between 1900 and 2200, not “%s”.\n"), option, text);
  return FALSE;
}

int
kp_cli_export_timeline (const char *output,
                        const char *project,
                        const char *from,
                        const char *to,
                        const char *zoom,
                        const char *paper)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (project);
  g_autoptr(KpDocument) document = NULL;
  g_autoptr(KpGanttData) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (output);
  KpTimelineOptions opts;
  KpTimelineFormat format;

  kp_timeline_options_init (&opts);
  opts.today = kp_date_today ();
  if (!parse_date ("--from", from, &opts.from) || !parse_date ("--to", to, &opts.to))
    return KP_EXIT_USAGE;
  if (opts.from != KP_DATE_NONE && opts.to != KP_DATE_NONE && opts.to < opts.from)
    {
      g_printerr (_("--to must not come before --from.\n"));
      return KP_EXIT_USAGE;
    }
  if (zoom != NULL && g_str_equal (zoom, "fit"))
    opts.fit = TRUE;
  else if (zoom != NULL && !kp_zoom_from_string (zoom, &opts.zoom))
    {
      g_printerr (_("--zoom must be day, week, month, quarter, year or fit, not “%s”.\n"), zoom);
      return KP_EXIT_USAGE;
    }
  if (paper != NULL && g_ascii_strcasecmp (paper, "a3") == 0)
    opts.paper = KP_TIMELINE_PAPER_A3;
  else if (paper != NULL && g_ascii_strcasecmp (paper, "a4") != 0)
    {
      g_printerr (_("--paper must be a4 or a3, not “%s”.\n"), paper);
      return KP_EXIT_USAGE;
    }
  if (!kp_timeline_format_for_path (output, &format, &error))
    {
      g_printerr ("%s\n", error->message);
      return KP_EXIT_USAGE;
    }
  document = kp_document_open (file, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return KP_EXIT_BAD_INPUT;
    }
  data = kp_gantt_data_new_from_document (document, 0);
  if (!kp_timeline_export_file (data, &opts, g_file_peek_path (out), &error))
    {
      g_printerr ("%s\n", error->message);
      return KP_EXIT_BAD_INPUT;
    }
  return KP_EXIT_OK;
}

int
kp_cli_import (const char *plan,
               const char *output)
{
  g_autoptr(GPtrArray) report = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(KpDocument) document = NULL;
  KpImportFormat format;

  if (output == NULL)
    {
      g_printerr (_("--import needs --output=NEW.kplan: the project file to create.\n"));
      return KP_EXIT_USAGE;
    }
  if (!kp_import_format_for_path (plan, &format, &error))
    {
      g_printerr ("%s\n", error->message);
      return KP_EXIT_USAGE;
    }
  out = g_file_new_for_commandline_arg (output);
  document = kp_import_file (plan, out, report, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return KP_EXIT_BAD_INPUT;
    }
  {
    GListModel *tasks = kp_document_get_list (document, &kp_desc_task);
    GListModel *deps = kp_document_get_list (document, &kp_desc_dependency);

    /* Translators: the summary after an import */
    g_print (_("Imported %u tasks and %u dependencies into “%s”.\n"), g_list_model_get_n_items (tasks),
             g_list_model_get_n_items (deps), output);
  }
  for (guint i = 0; i < report->len; i++)
    g_print ("%s\n", (const char *) report->pdata[i]);
  return KP_EXIT_OK;
}
