/* kp-cli-timeline.h: the timeline's command-line operations: export and import. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @options hold one of the timeline's options. */
gboolean kp_cli_timeline_wanted   (GVariantDict *options);
/* Runs --export-timeline or --import with their companions; returns the exit code. */
int      kp_cli_timeline_dispatch (GVariantDict *options,
                                   const char  **files);

int      kp_cli_export_timeline   (const char   *output,
                                   const char   *project,
                                   const char   *from,
                                   const char   *to,
                                   const char   *zoom,
                                   const char   *paper);
int      kp_cli_import            (const char   *plan,
                                   const char   *output);

G_END_DECLS
