/* kp-damage-mark.c: telling GTK 4.8 to repaint an area as one piece.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kp-damage-mark.h"

void
kp_snapshot_append_damage_mark (GtkSnapshot           *snapshot,
                                const graphene_rect_t *bounds,
                                guint                  key)
{
  /* The key in the colour channels, nothing in the alpha. */
  GdkRGBA color = { (key & 0xff) / 255.f, (key >> 8 & 0xff) / 255.f, (key >> 16 & 0xff) / 255.f, 0 };

  gtk_snapshot_append_color (snapshot, &color, bounds);
}
