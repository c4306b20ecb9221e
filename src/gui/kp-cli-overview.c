/* kp-cli-overview.c: kompetensplan --summary FILE. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli.h"
#include "kp-cli-overview.h"
#include "kp-document.h"
#include "kp-summary.h"

int
kp_cli_summary (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) document = kp_document_open (file, &error);
  g_autofree char *text = NULL;

  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return KP_EXIT_BAD_INPUT;
    }
  text = kp_summary_text (document, KP_DATE_NONE);
  g_print ("%s", text);
  return KP_EXIT_OK;
}
