/* kp-cli.h: the command-line operations that need no display. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KP_EXIT_OK = 0,
  KP_EXIT_BAD_INPUT = 1,
  KP_EXIT_USAGE = 2,
} KpExitCode;

int kp_cli_version       (void);
int kp_cli_list_examples (void);
int kp_cli_write_example (const char *name,
                          const char *output);
int kp_cli_check         (const char *path);
/* Writes a fresh copy of an example and returns its path, or NULL after telling why. */
char *kp_cli_example_copy (const char *name,
                           int        *exit_code);

G_END_DECLS
