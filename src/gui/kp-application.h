/* kp-application.h: the application: its windows, its actions and its command line. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"

G_BEGIN_DECLS

#define KP_TYPE_APPLICATION (kp_application_get_type ())
G_DECLARE_FINAL_TYPE (KpApplication, kp_application, KP, APPLICATION, AdwApplication)

KpApplication *kp_application_new        (GApplicationFlags flags);
const char    *kp_application_locale_dir (void);
void           kp_application_add_recent (KpApplication   *self,
                                          GFile           *file);
void           kp_application_forget_recent (KpApplication *self,
                                             GFile         *file);
GSettings     *kp_application_get_settings (KpApplication *self);
/* Opens file in the window that has no project yet, or in a new window. */
void           kp_application_open_file  (KpApplication   *self,
                                          GFile           *file,
                                          GtkWindow       *from);
void           kp_application_show_document (KpApplication *self,
                                             KpDocument    *document,
                                             GtkWindow     *from);

G_END_DECLS
