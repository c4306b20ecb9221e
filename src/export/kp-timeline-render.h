/* kp-timeline-render.h: drawing a timeline scene with cairo, and the colours of its roles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "kp-gantt-scene.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} KpColor;

/* The colour of a role, for a light or a dark background. The chart widget uses the same
 * table, so the screen and the exports agree.
 */
const KpColor *kp_timeline_palette      (KpRole              role,
                                         gboolean            dark);

/* The font size in points of a text role. */
double         kp_timeline_font_size    (KpRole              role);

/* Draws every shape of @scene on @cr in the scene's coordinates (the caller translates and
 * clips). Text uses pangocairo.
 */
void           kp_timeline_render_scene (cairo_t            *cr,
                                         const KpGanttScene *scene,
                                         gboolean            dark);

G_END_DECLS
