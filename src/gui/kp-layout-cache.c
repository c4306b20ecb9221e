/* kp-layout-cache.c: shaped texts kept for reuse, in two generations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kp-layout-cache.h"

struct _KpLayoutCache
{
  GHashTable *now;       /* key → PangoLayout, asked for lately */
  GHashTable *before;    /* the generation before */
  guint per_generation;
};

static GHashTable *
generation_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

KpLayoutCache *
kp_layout_cache_new (guint per_generation)
{
  KpLayoutCache *cache = g_new0 (KpLayoutCache, 1);

  cache->now = generation_new ();
  cache->before = generation_new ();
  cache->per_generation = MAX (per_generation, 1);
  return cache;
}

void
kp_layout_cache_free (KpLayoutCache *cache)
{
  if (cache == NULL)
    return;
  g_hash_table_unref (cache->now);
  g_hash_table_unref (cache->before);
  g_free (cache);
}

PangoLayout *
kp_layout_cache_lookup (KpLayoutCache *cache,
                        const char    *key)
{
  PangoLayout *layout = g_hash_table_lookup (cache->now, key);

  if (layout == NULL && (layout = g_hash_table_lookup (cache->before, key)) != NULL)
    g_hash_table_insert (cache->now, g_strdup (key), g_object_ref (layout));
  return layout;
}

void
kp_layout_cache_insert (KpLayoutCache *cache,
                        const char    *key,
                        PangoLayout   *layout)
{
  GHashTableIter iter;

  /* The older generation goes a layout for each new one, so that it is about gone when the
   * newer fills: a frame that let go of thousands of layouts at once took milliseconds. */
  g_hash_table_iter_init (&iter, cache->before);
  if (g_hash_table_iter_next (&iter, NULL, NULL))
    g_hash_table_iter_remove (&iter);
  if (g_hash_table_size (cache->now) >= cache->per_generation)
    {
      g_hash_table_unref (cache->before);
      cache->before = cache->now;
      cache->now = generation_new ();
    }
  g_hash_table_insert (cache->now, g_strdup (key), g_object_ref (layout));
}
