/* kp-layout-cache.c: shaped texts kept for reuse, in two generations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kp-layout-cache.h"

struct _KpLayoutCache
{
  GHashTable *now;       /* key → PangoLayout, asked for lately */
  GHashTable *before;    /* the generation before, going */
  GHashTableIter going;  /* over before, which loses layouts only through it: those left
                          * are ahead of it */
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
  g_hash_table_iter_init (&cache->going, cache->before);
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
  /* The older generation goes a layout for each new one, so that it is about gone when the
   * newer fills: a frame that let go of thousands of layouts at once took milliseconds. */
  if (g_hash_table_size (cache->before) > 0 && g_hash_table_iter_next (&cache->going, NULL, NULL))
    g_hash_table_iter_remove (&cache->going);
  if (g_hash_table_size (cache->now) >= cache->per_generation)
    {
      g_hash_table_unref (cache->before);
      cache->before = cache->now;
      cache->now = generation_new ();
      g_hash_table_iter_init (&cache->going, cache->before);
    }
  g_hash_table_insert (cache->now, g_strdup (key), g_object_ref (layout));
}
