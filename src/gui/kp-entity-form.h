/* kp-entity-form.h: the fields of one entity as libadwaita rows. Bound to an entity of the
 * document, every change is an edit of the document; bound to a draft (an entity not yet
 * added), changes go to the draft until the caller adds it. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"

G_BEGIN_DECLS

#define KP_TYPE_ENTITY_FORM (kp_entity_form_get_type ())
G_DECLARE_FINAL_TYPE (KpEntityForm, kp_entity_form, KP, ENTITY_FORM, AdwBin)

KpEntityForm *kp_entity_form_new         (const KpEntityDesc *desc,
                                          const char *const  *fields);
void          kp_entity_form_set_title   (KpEntityForm       *self,
                                          const char         *title);
void          kp_entity_form_bind        (KpEntityForm       *self,
                                          KpDocument         *document,
                                          KpEntity           *entity);
/* A new draft with sensible defaults: the first choice of required choices and references. */
KpEntity     *kp_entity_form_new_draft   (KpEntityForm       *self,
                                          KpDocument         *document);
/* The row of a field, to add a subtitle or a suffix, or for a test to type into. */
GtkWidget    *kp_entity_form_get_row     (KpEntityForm       *self,
                                          const char         *field);
/* FALSE, with the reason, while a row holds text that is not a valid value. */
gboolean      kp_entity_form_check_draft (KpEntityForm       *self,
                                          GError            **error);

G_END_DECLS
