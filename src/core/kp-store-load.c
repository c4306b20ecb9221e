/* kp-store-load.c: reading every row of a project file into entities.
 *
 * Opening a project reads all of it, and a large one holds a few hundred thousand time
 * entries. Two threads share the work: one steps through the rows and decodes their values,
 * the caller's thread makes the objects, chunk by chunk as they come. Objects are made on one
 * thread only, because GObject construction takes a process-wide lock. The decoding thread
 * uses the store's connection alone until it is done; all kinds are read in one transaction,
 * so they agree with each other even while another program writes to the file.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-date.h"
#include "kp-entities.h"
#include "kp-entity-private.h"
#include "kp-store-private.h"

#define CHUNK_ROWS 2048

/* Reads one column; FALSE for a value no version of Kompetensplan writes. */
static gboolean
read_value (sqlite3_stmt  *stmt,
            int            col,
            const KpField *f,
            KpValue       *v)
{
  gboolean null = !(f->kind == KP_FIELD_TEXT || f->kind == KP_FIELD_CHOICE || f->kind == KP_FIELD_PERIOD) &&
                  sqlite3_column_type (stmt, col) == SQLITE_NULL;

  switch (f->kind)
    {
    case KP_FIELD_TEXT:
    case KP_FIELD_CHOICE:
    case KP_FIELD_PERIOD:
      {
        kp_value_set_text (f, v, (const char *) sqlite3_column_text (stmt, col));
        return TRUE;
      }
    case KP_FIELD_REAL:
      v->d = null ? NAN : sqlite3_column_double (stmt, col);
      return TRUE;
    case KP_FIELD_DATE:
      {
        KpDate d = KP_DATE_NONE;

        if (!null && !kp_date_parse_iso ((const char *) sqlite3_column_text (stmt, col), &d))
          return FALSE;
        v->i = d;
        return TRUE;
      }
    case KP_FIELD_INT:
    case KP_FIELD_BOOL:
    case KP_FIELD_REF:
    default:
      v->i = null ? 0 : sqlite3_column_int64 (stmt, col);
      return TRUE;
    }
}

/* Letting SQLite sort 200,000 time entries by date costs more than reading them. For an
 * ORDER BY of one whole-number column and the id ("date, id", "position, id"), the rows are
 * read in id order and sorted here instead. This returns that column's field, or -1. */
static int
sort_key_field (const KpEntityDesc *desc)
{
  g_auto(GStrv) terms = g_strsplit (desc->order_by, ", ", -1);

  if (g_strv_length (terms) != 2 || !g_str_equal (terms[1], "id"))
    return -1;
  for (guint i = 0; i < desc->n_fields; i++)
    if (g_str_equal (desc->fields[i].column, terms[0]) &&
        (desc->fields[i].kind == KP_FIELD_INT || desc->fields[i].kind == KP_FIELD_DATE))
      return (int) i;
  return -1;
}

static int
compare_by_key (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  KpEntity *x = *(KpEntity **) a, *y = *(KpEntity **) b;
  gint64 kx = kp_entity_values (x)[GPOINTER_TO_INT (data)].i;
  gint64 ky = kp_entity_values (y)[GPOINTER_TO_INT (data)].i;

  if (kx != ky)
    return kx < ky ? -1 : 1;
  return kp_entity_get_id (x) < kp_entity_get_id (y) ? -1 : kp_entity_get_id (x) > kp_entity_get_id (y);
}

/* Sorts rows read in id order by (key, id). Where the keys lie close together, as the dates
 * of a few years do, a stable counting sort does it in linear time. */
static void
sort_by_key (GPtrArray *entities,
             guint      first,
             int        field)
{
  guint n = entities->len - first;
  g_autofree gint64 *keys = g_new (gint64, n);
  g_autofree guint *starts = NULL;
  g_autofree gpointer *sorted = NULL;
  gint64 lo = G_MAXINT64, hi = G_MININT64;

  for (guint i = 0; i < n; i++)
    {
      keys[i] = kp_entity_values (entities->pdata[first + i])[field].i;
      lo = MIN (lo, keys[i]);
      hi = MAX (hi, keys[i]);
    }
  if ((guint64) hi - (guint64) lo > 4 * (guint64) n + 1024)
    {
      g_qsort_with_data (entities->pdata + first, (int) n, sizeof (gpointer), compare_by_key,
                         GINT_TO_POINTER (field));
      return;
    }
  starts = g_new0 (guint, hi - lo + 2);
  for (guint i = 0; i < n; i++)
    starts[keys[i] - lo + 1]++;
  for (gint64 k = 1; k <= hi - lo + 1; k++)
    starts[k] += starts[k - 1];
  sorted = g_new (gpointer, n);
  for (guint i = 0; i < n; i++)
    sorted[starts[keys[i] - lo]++] = entities->pdata[first + i];
  memcpy (entities->pdata + first, sorted, n * sizeof (gpointer));
}

/* Decoded rows of one kind, on their way from the decoding thread to the objects. */
typedef struct
{
  const KpEntityDesc *desc;  /* NULL: the end, with the error if any */
  guint n_rows;
  gint64 ids[CHUNK_ROWS];
  KpValue *values;           /* n_rows × desc->n_fields, owned until made into entities */
  GError *error;
} RowChunk;

typedef struct
{
  KpStore *store;
  GAsyncQueue *chunks;
} Decoder;

static RowChunk *
chunk_new (const KpEntityDesc *desc)
{
  RowChunk *chunk = g_new (RowChunk, 1);

  chunk->desc = desc;
  chunk->n_rows = 0;
  chunk->values = desc != NULL ? g_new0 (KpValue, CHUNK_ROWS * desc->n_fields) : NULL;
  chunk->error = NULL;
  return chunk;
}

/* Reads one kind's rows, in id order when the kind has a sort key, else in display order. */
static gboolean
decode_kind (Decoder            *decoder,
             const KpEntityDesc *desc,
             GError            **error)
{
  g_autofree char *cols = kp_store_column_list (desc);
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s ORDER BY %s", cols, desc->table,
                                          sort_key_field (desc) >= 0 ? "id" : desc->order_by);
  sqlite3 *db = kp_store_get_db (decoder->store);
  RowChunk *chunk = chunk_new (desc);
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_free (chunk->values);
      g_free (chunk);
      return kp_store_fail (decoder->store, error);
    }
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KpValue *values = chunk->values + chunk->n_rows * desc->n_fields;

      chunk->ids[chunk->n_rows] = sqlite3_column_int64 (stmt, 0);
      for (guint i = 0; i < desc->n_fields && ok; i++)
        if (!read_value (stmt, (int) i + 1, &desc->fields[i], &values[i]))
          {
            g_autofree char *name = g_filename_display_basename (kp_store_get_path (decoder->store));

            g_set_error (error, KP_STORE_ERROR, KP_STORE_ERROR_CORRUPT,
                         _("“%s” is damaged: “%s” of a row in “%s” is not a valid date."),
                         name, _(desc->fields[i].label), _(desc->plural));
            ok = FALSE;
          }
      /* Even a half-read row goes on: the entity made of it frees what was read. */
      if (++chunk->n_rows == CHUNK_ROWS)
        {
          g_async_queue_push (decoder->chunks, chunk);
          chunk = chunk_new (desc);
        }
    }
  sqlite3_finalize (stmt);
  g_async_queue_push (decoder->chunks, chunk);
  if (ok && rc != SQLITE_DONE)
    return kp_store_fail (decoder->store, error);
  return ok;
}

static gpointer
decode_all (gpointer data)
{
  Decoder *decoder = data;
  guint n_descs;
  const KpEntityDesc *const *descs = kp_entity_descs (&n_descs);
  RowChunk *end = chunk_new (NULL);

  if (kp_store_exec (decoder->store, "BEGIN", &end->error))
    {
      for (guint d = 0; d < n_descs && end->error == NULL; d++)
        decode_kind (decoder, descs[d], &end->error);
      kp_store_rollback (decoder->store);
    }
  g_async_queue_push (decoder->chunks, end);
  return NULL;
}

/* Reads every kind: rows[d] gets a new array of desc d's entities, in display order. */
gboolean
kp_store_load_all (KpStore    *self,
                   GPtrArray **rows,
                   GError    **error)
{
  guint n_descs;
  const KpEntityDesc *const *descs = kp_entity_descs (&n_descs);
  Decoder decoder = { self, g_async_queue_new () };
  GThread *thread;
  RowChunk *chunk;
  gboolean ok;

  for (guint d = 0; d < n_descs; d++)
    {
      rows[d] = g_ptr_array_new_with_free_func (g_object_unref);
      kp_entity_type_for (descs[d]);  /* the types exist before the other thread asks */
    }
  thread = g_thread_new ("kp-decode", decode_all, &decoder);
  while ((chunk = g_async_queue_pop (decoder.chunks))->desc != NULL)
    {
      const KpEntityDesc *desc = chunk->desc;
      GPtrArray *into = rows[desc->index];

      for (guint r = 0; r < chunk->n_rows; r++)
        {
          KpEntity *e = kp_entity_new (desc);

          kp_entity_load_id (e, chunk->ids[r]);
          /* The entity takes over the decoded values, strings included. */
          memcpy (kp_entity_values (e), chunk->values + r * desc->n_fields, desc->n_fields * sizeof (KpValue));
          g_ptr_array_add (into, e);
        }
      g_free (chunk->values);
      g_free (chunk);
    }
  g_thread_join (thread);
  g_async_queue_unref (decoder.chunks);
  ok = chunk->error == NULL;
  if (!ok)
    g_propagate_error (error, chunk->error);
  g_free (chunk);
  for (guint d = 0; d < n_descs; d++)
    {
      int key = sort_key_field (descs[d]);

      if (!ok)
        g_clear_pointer (&rows[d], g_ptr_array_unref);
      else if (key >= 0 && rows[d]->len > 1)
        sort_by_key (rows[d], 0, key);
    }
  return ok;
}
