/* kp-cli.c: headless command-line operations. They print one clear sentence on stderr when
 * something is wrong and return the exit code: 0 ok, 1 bad input, 2 bad usage. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli.h"
#include "kp-examples.h"
#include "kp-store.h"

int
kp_cli_version (void)
{
  g_print ("kompetensplan %s\n", PACKAGE_VERSION);
  return KP_EXIT_OK;
}

int
kp_cli_list_examples (void)
{
  guint n;
  const KpExample *examples = kp_examples (&n);

  for (guint i = 0; i < n; i++)
    g_print ("%-22s %s%s\n  %s\n", examples[i].name, examples[i].title,
             i == 0 ? _(" (default)") : "", _(examples[i].description));
  return KP_EXIT_OK;
}

static const KpExample *
find_example (const char *name)
{
  const KpExample *example = kp_example_find (name);

  if (example == NULL)
    g_printerr (_("There is no example called “%s”. Run “kompetensplan --list-examples” to see them.\n"), name);
  return example;
}

int
kp_cli_write_example (const char *name,
                      const char *output)
{
  const KpExample *example = find_example (name);
  g_autoptr(GFile) file = NULL;
  g_autoptr(KpDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (example == NULL)
    return KP_EXIT_USAGE;
  if (output == NULL)
    {
      g_printerr (_("--write-example needs --output=PATH: the project file to write.\n"));
      return KP_EXIT_USAGE;
    }
  file = g_file_new_for_commandline_arg (output);
  document = kp_example_write (example, file, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return KP_EXIT_BAD_INPUT;
    }
  return KP_EXIT_OK;
}

int
kp_cli_check (const char *path)
{
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (!kp_store_check (path, report, &error))
    {
      g_printerr ("%s\n", error->message);
      return KP_EXIT_BAD_INPUT;
    }
  g_print ("%s", report->str);
  return KP_EXIT_OK;
}

char *
kp_cli_example_copy (const char *name,
                     int        *exit_code)
{
  const KpExample *example = find_example (name);
  g_autoptr(KpDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (example == NULL)
    {
      *exit_code = KP_EXIT_USAGE;
      return NULL;
    }
  document = kp_example_open_copy (example, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      *exit_code = KP_EXIT_BAD_INPUT;
      return NULL;
    }
  return g_file_get_path (kp_document_get_file (document));
}
