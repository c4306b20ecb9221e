/* kp-key-figure.h: one key figure as a card: its name, value, a bar where it helps and a
 * line of detail. */
#pragma once

#include <adwaita.h>

#include "kp-summary.h"

G_BEGIN_DECLS

#define KP_TYPE_KEY_FIGURE (kp_key_figure_get_type ())
G_DECLARE_FINAL_TYPE (KpKeyFigure, kp_key_figure, KP, KEY_FIGURE, AdwBin)

KpKeyFigure *kp_key_figure_new            (void);
/* Shows the text; a fraction shows as a bar, a compare fraction as a second bar below. */
void         kp_key_figure_set            (KpKeyFigure     *self,
                                           const KpKeyText *text);
/* The names of the two bars when both show, e.g. "Work" and "Time". */
void         kp_key_figure_set_bar_labels (KpKeyFigure     *self,
                                           const char      *first,
                                           const char      *second);
const char  *kp_key_figure_get_value      (KpKeyFigure     *self);

G_END_DECLS
