/* kp-damage-mark.h: telling GTK 4.8 to repaint an area as one piece.
 *
 * GTK repaints only what differs from the last frame: it compares the new render nodes
 * with the old, and collects a rectangle for each difference. Past 30 rectangles it gives
 * up on the list it is comparing and repaints all of it, and the lists around it too, so
 * that a drag that changes a few dozen small things (dates in the outline, bars and arrows
 * in the chart) repaints the whole window.
 *
 * A damage mark is an invisible rectangle, drawn first, whose colour is a key: when the key
 * differs from the last frame's, GTK repaints the whole rectangle, and the differences
 * inside it add no rectangles of their own. The cairo renderer skips drawing it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kp_snapshot_append_damage_mark (GtkSnapshot           *snapshot,
                                     const graphene_rect_t *bounds,
                                     guint                  key);

G_END_DECLS
