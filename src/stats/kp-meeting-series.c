/* kp-meeting-series.c: the dates of recurring meetings, and the meetings they generate. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kp-meeting-series.h"

GArray *
kp_series_dates (KpDate first,
                 int    interval_weeks,
                 KpDate until)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (KpDate));

  if (first == KP_DATE_NONE || until == KP_DATE_NONE || interval_weeks < 1 || interval_weeks > 52)
    return dates;
  for (KpDate d = first; d <= until; d += 7 * interval_weeks)
    g_array_append_val (dates, d);
  return dates;
}

GArray *
kp_series_missing_dates (KpDate        first,
                         int           interval_weeks,
                         KpDate        until,
                         const KpDate *existing,
                         guint         n_existing)
{
  g_autoptr(GArray) dates = kp_series_dates (first, interval_weeks, until);
  GArray *missing = g_array_new (FALSE, FALSE, sizeof (KpDate));
  g_autofree gboolean *covered = g_new0 (gboolean, MAX (dates->len, 1));
  gint64 period = 7 * (gint64) interval_weeks;

  for (guint i = 0; i < n_existing && dates->len > 0; i++)
    {
      /* Slot k spans [first + k·P − P/2, first + k·P + P/2). */
      gint64 offset = (gint64) existing[i] - first + period / 2;
      gint64 slot;

      if (existing[i] == KP_DATE_NONE || offset < 0)
        continue;
      slot = offset / period;
      if (slot < dates->len)
        covered[slot] = TRUE;
    }
  for (guint k = 0; k < dates->len; k++)
    if (!covered[k])
      g_array_append_val (missing, g_array_index (dates, KpDate, k));
  return missing;
}

gboolean
kp_meeting_series_fill (KpDocument  *document,
                        KpEntity    *series,
                        guint       *n_added,
                        GError     **error)
{
  GListModel *meetings = kp_document_get_list (document, &kp_desc_meeting);
  gint64 id = kp_entity_get_id (series);
  g_autoptr(GArray) existing = g_array_new (FALSE, FALSE, sizeof (KpDate));
  g_autoptr(GArray) missing = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (id != 0, FALSE);
  for (guint i = 0, n = g_list_model_get_n_items (meetings); i < n; i++)
    {
      g_autoptr(KpEntity) m = g_list_model_get_item (meetings, i);

      if (kp_entity_get_int (m, "series-id") == id)
        {
          KpDate d = kp_entity_get_date (m, "date");

          g_array_append_val (existing, d);
        }
    }
  missing = kp_series_missing_dates (kp_entity_get_date (series, "first-date"),
                                     (int) kp_entity_get_int (series, "interval-weeks"),
                                     kp_entity_get_date (series, "until-date"),
                                     (const KpDate *) existing->data, existing->len);
  for (guint k = 0; k < missing->len; k++)
    {
      KpEntity *m = kp_entity_new (&kp_desc_meeting);

      kp_entity_set_int (m, "series-id", id);
      kp_entity_set_date (m, "date", g_array_index (missing, KpDate, k));
      kp_entity_set_text (m, "forum", kp_entity_get_text (series, "forum"));
      kp_entity_set_text (m, "kind", "meeting");
      kp_entity_set_text (m, "title", kp_entity_get_text (series, "title"));
      g_ptr_array_add (rows, m);
    }
  if (n_added != NULL)
    *n_added = rows->len;
  if (rows->len == 0)
    return TRUE;
  return kp_document_add_many (document, rows, NULL, NULL, error);
}

gboolean
kp_meeting_series_add (KpDocument  *document,
                       KpEntity    *series,
                       GError     **error)
{
  /* Translators: an undo step */
  kp_document_begin (document, _("Add Meeting Series"));
  if (!kp_document_add (document, series, error) ||
      !kp_meeting_series_fill (document, series, NULL, error))
    {
      kp_document_abort (document);
      kp_entity_set_id (series, 0);
      return FALSE;
    }
  if (!kp_document_end (document, error))
    {
      kp_entity_set_id (series, 0);
      return FALSE;
    }
  return TRUE;
}
