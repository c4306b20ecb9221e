/* main.c: Kompetensplan's entry point. */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "kp-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KpApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, kp_application_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = kp_application_new (G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
