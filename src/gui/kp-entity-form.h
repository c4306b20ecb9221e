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
/* A warning shown under a field's row, e.g. a value in an unusual form that is kept; NULL
 * takes it away. The refusal of an edit shows in the same place, before the warning. */
void          kp_entity_form_set_message (KpEntityForm       *self,
                                          const char         *field,
                                          const char         *warning);
/* The message under a field's row, or NULL. */
const char   *kp_entity_form_get_message (KpEntityForm       *self,
                                          const char         *field);
/* Edits a TEXT field in a multi-line text view (applied with its button, Ctrl+Enter or by
 * leaving it). Call before the first bind. */
void          kp_entity_form_set_multiline (KpEntityForm     *self,
                                            const char       *field);
/* Appends a row of the caller's, e.g. a figure computed from the fields, after the fields. */
void          kp_entity_form_add_row     (KpEntityForm       *self,
                                          GtkWidget          *row);
/* FALSE, with the reason, while a row holds text that is not a valid value. */
gboolean      kp_entity_form_check_draft (KpEntityForm       *self,
                                          GError            **error);

G_END_DECLS
