/* kp-gantt-scene-diff.c: where two scenes of the same band differ.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kp-gantt-scene.h"

static guint
prim_hash (gconstpointer key)
{
  const KpPrim *p = key;
  guint32 bits[4];
  guint h = (guint) p->kind << 16 | (guint) p->role << 8 | p->align;

  G_STATIC_ASSERT (G_STRUCT_OFFSET (KpPrim, h) == G_STRUCT_OFFSET (KpPrim, x) + 3 * sizeof (float));
  memcpy (bits, &p->x, sizeof bits);   /* x, y, w, h */
  for (guint i = 0; i < G_N_ELEMENTS (bits); i++)
    h = h * 31 + bits[i];
  return p->text != NULL ? h ^ g_str_hash (p->text) : h;
}

static gboolean
prim_equal (gconstpointer a,
            gconstpointer b)
{
  const KpPrim *p = a, *q = b;

  return p->kind == q->kind && p->role == q->role && p->align == q->align &&
         p->x == q->x && p->y == q->y && p->w == q->w && p->h == q->h &&
         g_strcmp0 (p->text, q->text) == 0;
}

static void
widen_box (float box[4],
           float x1,
           float y1,
           float x2,
           float y2)
{
  if (box[2] < box[0])
    {
      box[0] = x1, box[1] = y1, box[2] = x2, box[3] = y2;
      return;
    }
  box[0] = MIN (box[0], x1);
  box[1] = MIN (box[1], y1);
  box[2] = MAX (box[2], x2);
  box[3] = MAX (box[3], y2);
}

typedef struct
{
  float text_right, top, step;
  guint n;
  float *boxes;
} Bands;

/* The band y falls in; those above the first and below the last count as them. */
static guint
band_of (const Bands *b,
         float        y)
{
  float i = floorf ((y - b->top) / b->step);

  return i <= 0 ? 0 : i >= (float) (b->n - 1) ? b->n - 1 : (guint) i;
}

static void
widen (const KpPrim *p,
       const Bands  *b)
{
  float x1 = p->x, y1 = p->y, x2 = p->x + p->w, y2 = p->y + p->h;
  guint first = band_of (b, y1), last = MAX (first, band_of (b, y2 - 1e-3f));

  /* A text not cut at its box may run on to the band's end. */
  if (p->kind == KP_PRIM_TEXT && p->w <= 0)
    x2 = MAX (x2, b->text_right);
  for (guint i = first; i <= last; i++)
    {
      float top = b->top + (float) i * b->step;

      widen_box (b->boxes + 4 * i, x1, i == first ? y1 : top, x2, i == last ? y2 : top + b->step);
    }
}

guint
kp_gantt_scene_diff_bands (const KpGanttScene *before,
                           const KpGanttScene *after,
                           float               text_right,
                           float               top,
                           float               step,
                           guint               n_bands,
                           float              *boxes)
{
  /* Each prim of @before counted by its look; those of @after take their twins away. */
  g_autoptr(GHashTable) left = g_hash_table_new (prim_hash, prim_equal);
  Bands b = { text_right, top, step, n_bands, boxes };
  GHashTableIter iter;
  gpointer key, count;
  guint changed = 0;

  g_return_val_if_fail (n_bands > 0 && step > 0, 0);
  for (guint i = 0; i < n_bands; i++)
    boxes[4 * i] = 0, boxes[4 * i + 1] = 0, boxes[4 * i + 2] = -1, boxes[4 * i + 3] = -1;

  for (guint i = 0; i < before->prims->len; i++)
    {
      const KpPrim *p = &g_array_index (before->prims, KpPrim, i);

      g_hash_table_insert (left, (gpointer) p, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (left, p)) + 1));
    }
  for (guint i = 0; i < after->prims->len; i++)
    {
      const KpPrim *p = &g_array_index (after->prims, KpPrim, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (left, p));

      if (n == 0)
        widen (p, &b);
      else if (n == 1)
        g_hash_table_remove (left, p);
      else
        g_hash_table_insert (left, (gpointer) p, GUINT_TO_POINTER (n - 1));
    }
  g_hash_table_iter_init (&iter, left);
  while (g_hash_table_iter_next (&iter, &key, &count))
    widen (key, &b);
  for (guint i = 0; i < n_bands; i++)
    changed += boxes[4 * i + 2] >= boxes[4 * i];
  return changed;
}
