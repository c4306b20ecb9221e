/* kp-layout-cache.h: shaped texts kept for reuse, in two generations.
 *
 * A layout found moves to the newer generation; the older one goes, with whatever nobody
 * asked for since, a layout for each one added, and gives way when the newer is full. So
 * scrolling through 10,000 rows never drops a whole screen's texts, nor frees thousands
 * of layouts in one frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct _KpLayoutCache KpLayoutCache;

KpLayoutCache *kp_layout_cache_new    (guint          per_generation);
void           kp_layout_cache_free   (KpLayoutCache *cache);
/* The layout kept under @key, or NULL; it stays kept at least until the next insert. */
PangoLayout   *kp_layout_cache_lookup (KpLayoutCache *cache,
                                       const char    *key);
/* Keeps @layout under @key, taking a reference. */
void           kp_layout_cache_insert (KpLayoutCache *cache,
                                       const char    *key,
                                       PangoLayout   *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpLayoutCache, kp_layout_cache_free)

G_END_DECLS
