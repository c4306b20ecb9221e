/* kp-cli-overview.h: the project summary on the command line. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* kompetensplan --summary FILE: prints the project's facts, key figures, goal fulfilment
 * and decisions as plain text in the user's language. Returns a KpExitCode. */
int kp_cli_summary (const char *path);

G_END_DECLS
