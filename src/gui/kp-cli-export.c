/* kp-cli-export.c: `kompetensplan --export=OUT.xlsx PROJECT.kplan` and
 * `kompetensplan --import-csv=FILE.csv --kind=KIND PROJECT.kplan`, without a display. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli.h"
#include "kp-cli-export.h"
#include "kp-csv-import.h"
#include "kp-export.h"
#include "kp-export-lang.h"

static const char *
only_project (const char        **files,
              const char        *option)
{
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      /* Translators: %s is an option, e.g. --export */
      g_printerr (_("%s needs exactly one project file after the options.\n"), option);
      return NULL;
    }
  return files[0];
}

static KpDocument *
open_project (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  KpDocument *document = kp_document_open (file, &error);

  if (document == NULL)
    g_printerr ("%s\n", error->message);
  return document;
}

static int
export_workbook (const char *output,
                 const char *project,
                 const char *language,
                 const char *from,
                 const char *to)
{
  g_autoptr(KpDocument) document = NULL;
  g_autoptr(GFile) target = g_file_new_for_commandline_arg (output);
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  KpExportOptions options = { 0 };

  if (language != NULL && !kp_translator_is_supported (language))
    {
      g_printerr (_("--language must be sv or en.\n"));
      return KP_EXIT_USAGE;
    }
  if (!kp_stats_range_parse (from, to, &options.range, &error))
    {
      g_printerr ("%s\n", error->message);
      return KP_EXIT_USAGE;
    }
  document = open_project (project);
  if (document == NULL)
    return KP_EXIT_BAD_INPUT;
  options.language = language;
  if (!kp_export_workbook (document, target, &options, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return KP_EXIT_BAD_INPUT;
    }
  shown = g_file_get_parse_name (target);
  g_print (_("Wrote “%s”.\n"), shown);
  return KP_EXIT_OK;
}

static void
print_issues (KpCsvImport *import,
              const char  *name)
{
  guint n;
  const KpImportIssue *issues = kp_csv_import_get_issues (import, &n);

  for (guint i = 0; i < n; i++)
    {
      if (issues[i].line > 0 && issues[i].column > 0)
        g_printerr ("%s:%u:%u: %s\n", name, issues[i].line, issues[i].column, issues[i].message);
      else if (issues[i].line > 0)
        g_printerr ("%s:%u: %s\n", name, issues[i].line, issues[i].message);
      else
        g_printerr ("%s: %s\n", name, issues[i].message);
    }
  if (kp_csv_import_count_issues (import) > n)
    g_printerr (_("%s: … and %u more problems.\n"), name, kp_csv_import_count_issues (import) - n);
}

static int
import_csv (const char *csv,
            const char *kind_name,
            const char *project)
{
  g_autoptr(KpDocument) document = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (csv);
  g_autoptr(KpCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  const char *const *created;
  KpImportKind kind;

  if (kind_name == NULL || !kp_import_kind_from_name (kind_name, &kind))
    {
      g_printerr (_("--import-csv needs --kind=time, staffing, participants or budget.\n"));
      return KP_EXIT_USAGE;
    }
  document = open_project (project);
  if (document == NULL)
    return KP_EXIT_BAD_INPUT;
  if (kp_document_get_read_only (document))
    {
      g_printerr (_("The project cannot be changed: %s\n"), kp_document_get_read_only_reason (document));
      return KP_EXIT_BAD_INPUT;
    }
  import = kp_csv_import_parse (document, file, kind, NULL, &error);
  if (import == NULL)
    {
      g_printerr ("%s\n", error->message);
      return KP_EXIT_BAD_INPUT;
    }
  if (kp_csv_import_count_issues (import) > 0 || !kp_csv_import_apply (import, document, &error))
    {
      print_issues (import, name);
      /* Translators: %u is a number of problems */
      g_printerr (_("%u problems: nothing was imported, and the project is unchanged.\n"),
                  MAX (kp_csv_import_count_issues (import), 1));
      return KP_EXIT_BAD_INPUT;
    }
  /* Translators: "Imported 12 rows from tid.csv (UTF-8, separator ;, decimal comma ,)." */
  g_print (_("Imported %u rows from %s (%s, separator %c, decimal mark %c).\n"),
           kp_csv_import_get_n_rows (import), name, kp_csv_import_get_encoding (import),
           kp_csv_import_get_separator (import), kp_csv_import_get_decimal (import));
  created = kp_csv_import_get_new_organisations (import);
  for (guint i = 0; created[i] != NULL; i++)
    g_print (_("Created the organisation “%s”.\n"), created[i]);
  created = kp_csv_import_get_new_roles (import);
  for (guint i = 0; created[i] != NULL; i++)
    g_print (_("Created the role “%s”.\n"), created[i]);
  return KP_EXIT_OK;
}

int
kp_cli_follow_up_dispatch (GVariantDict  *options,
                           const char   **files)
{
  const char *export_path = NULL, *import_path = NULL, *language = NULL, *from = NULL, *to = NULL;
  const char *kind = NULL, *project;
  static const char *const timeline_only[] = { "export-timeline", "import", "zoom", "paper" };

  g_variant_dict_lookup (options, "export", "^&ay", &export_path);
  g_variant_dict_lookup (options, "import-csv", "^&ay", &import_path);
  g_variant_dict_lookup (options, "language", "&s", &language);
  g_variant_dict_lookup (options, "from", "&s", &from);
  g_variant_dict_lookup (options, "to", "&s", &to);
  g_variant_dict_lookup (options, "kind", "&s", &kind);

  if (export_path == NULL && import_path == NULL)
    {
      if (language != NULL)
        {
          g_printerr (_("--language goes with --export.\n"));
          return KP_EXIT_USAGE;
        }
      if (kind != NULL)
        {
          g_printerr (_("--kind goes with --import-csv.\n"));
          return KP_EXIT_USAGE;
        }
      return -1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (timeline_only); i++)
    if (g_variant_dict_contains (options, timeline_only[i]) || g_variant_dict_contains (options, "output"))
      {
        g_printerr (_("--export and --import-csv do not go with other commands.\n"));
        return KP_EXIT_USAGE;
      }
  if (export_path != NULL && import_path != NULL)
    {
      g_printerr (_("--export and --import-csv cannot be used together.\n"));
      return KP_EXIT_USAGE;
    }
  if (export_path != NULL)
    {
      if (kind != NULL)
        {
          g_printerr (_("--kind goes with --import-csv.\n"));
          return KP_EXIT_USAGE;
        }
      if ((project = only_project (files, "--export")) == NULL)
        return KP_EXIT_USAGE;
      return export_workbook (export_path, project, language, from, to);
    }
  if (language != NULL || from != NULL || to != NULL)
    {
      g_printerr (_("--language, --from and --to go with --export.\n"));
      return KP_EXIT_USAGE;
    }
  if ((project = only_project (files, "--import-csv")) == NULL)
    return KP_EXIT_USAGE;
  return import_csv (import_path, kind, project);
}
