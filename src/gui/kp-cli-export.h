/* kp-cli-export.h: the headless follow-up commands: the workbook and CSV import. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* --export (with --language, --from, --to) and --import-csv (with --kind). Returns -1
 * when neither was given, else the exit code (see kp-cli.h). --from and --to alone belong
 * to --export-timeline. */
int kp_cli_follow_up_dispatch (GVariantDict  *options,
                               const char   **files);

G_END_DECLS
