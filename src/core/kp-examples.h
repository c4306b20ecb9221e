/* kp-examples.h: the example projects that ship with the app, built from public documents. */
#pragma once

#include "kp-document.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;         /* command-line name, "vardens-medarbetare" */
  const char *title;        /* the project's own name, not translated */
  const char *description;  /* N_() marked, one line */
} KpExample;

const KpExample *kp_examples        (guint            *n_examples);
const KpExample *kp_example_find    (const char       *name);
const KpExample *kp_example_default (void);
KpDocument      *kp_example_write   (const KpExample  *example,
                                     GFile            *target,
                                     GError          **error);
/* Copies nobody has changed for this many days, and that no window has open, are removed
 * when the next copy is made. */
#define KP_EXAMPLE_COPY_DAYS 30

/* A new copy in the user's cache folder, so that the bundled example stays as it is. */
KpDocument      *kp_example_open_copy (const KpExample *example,
                                       GError         **error);

G_END_DECLS
