/* test-layout-cache.c: shaped texts kept in two generations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "kp-layout-cache.h"

static guint freed;

static void
count_freed (gpointer  data,
             GObject  *where_the_object_was)
{
  freed++;
}

static void
insert (KpLayoutCache *cache,
        PangoContext  *context,
        int            i)
{
  g_autofree char *key = g_strdup_printf ("k%d", i);
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_text (layout, key, -1);
  g_object_weak_ref (G_OBJECT (layout), count_freed, NULL);
  kp_layout_cache_insert (cache, key, layout);
  g_object_unref (layout);
}

static gboolean
has (KpLayoutCache *cache,
     int            i)
{
  g_autofree char *key = g_strdup_printf ("k%d", i);
  PangoLayout *layout = kp_layout_cache_lookup (cache, key);

  g_assert_true (layout == NULL || g_str_equal (pango_layout_get_text (layout), key));
  return layout != NULL;
}

/* What is asked for stays; what is not goes once a newer generation has filled. */
static void
test_generations (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  KpLayoutCache *cache = kp_layout_cache_new (4);

  /* The fifth starts a newer generation; k0 … k3 are the older. */
  for (int i = 0; i < 5; i++)
    insert (cache, context, i);
  g_assert_true (has (cache, 4));
  g_assert_true (has (cache, 0));       /* asked for, k0 moves to the newer one */
  for (int i = 5; i < 8; i++)
    insert (cache, context, i);
  g_assert_true (has (cache, 0));
  for (int i = 1; i < 4; i++)
    g_assert_false (has (cache, i));
  for (int i = 4; i < 8; i++)
    g_assert_true (has (cache, i));
  freed = 0;
  kp_layout_cache_free (cache);
  g_assert_cmpuint (freed, ==, 5);
  g_object_unref (context);
}

/* Inserting never lets go of more than one layout at a time. */
static void
test_one_at_a_time (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  KpLayoutCache *cache = kp_layout_cache_new (10);
  guint total = 0;

  for (int i = 0; i < 100; i++)
    {
      freed = 0;
      insert (cache, context, i);
      g_assert_cmpuint (freed, <=, 1);
      total += freed;
    }
  /* Of 100, at most the last two generations are kept. */
  g_assert_cmpuint (total, >=, 80);
  g_assert_true (has (cache, 99));
  g_assert_false (has (cache, 0));
  kp_layout_cache_free (cache);
  g_object_unref (context);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/layout-cache/generations", test_generations);
  g_test_add_func ("/layout-cache/one-at-a-time", test_one_at_a_time);
  return g_test_run ();
}
