/* kp-stats.c: date ranges and periods, and the hours: per organisation and month, and per
 * person for the ESF+ caps. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-date.h"
#include "kp-stats.h"
#include "kp-stats-private.h"
#include "kp-validate.h"

G_DEFINE_QUARK (kp-stats-error-quark, kp_stats_error)

/* ---- ranges and periods -------------------------------------------------------------- */

static gboolean
parse_end (const char  *text,
           const char  *option,
           KpDate      *date,
           GError     **error)
{
  *date = KP_DATE_NONE;
  if (text == NULL || *text == '\0')
    return TRUE;
  if (kp_date_parse_iso (text, date))
    return TRUE;
  /* Translators: the first %s is what the user wrote, the second "from" or "to" */
  g_set_error (error, KP_STATS_ERROR, KP_STATS_ERROR_INVALID_DATE,
               _("“%s” is not a date for %s: write it as yyyy-mm-dd."), text, option);
  return FALSE;
}

gboolean
kp_stats_range_parse (const char    *from,
                      const char    *to,
                      KpStatsRange  *range,
                      GError       **error)
{
  KpStatsRange r;

  if (!parse_end (from, "--from", &r.from, error) || !parse_end (to, "--to", &r.to, error))
    return FALSE;
  if (r.from != KP_DATE_NONE && r.to != KP_DATE_NONE && r.to < r.from)
    {
      g_set_error (error, KP_STATS_ERROR, KP_STATS_ERROR_INVERTED_RANGE,
                   _("The end of the period (%s) is before its start (%s)."), to, from);
      return FALSE;
    }
  *range = r;
  return TRUE;
}

gboolean
kp_stats_range_contains (const KpStatsRange *range,
                         KpDate              date)
{
  if (range == NULL)
    return TRUE;
  if (range->from != KP_DATE_NONE && date < range->from)
    return FALSE;
  if (range->to != KP_DATE_NONE && date > range->to)
    return FALSE;
  return TRUE;
}

gboolean
kp_stats_period_span (const char *period,
                      KpDate     *first,
                      KpDate     *last)
{
  int year, month, quarter;

  if (!kp_period_parse (period, &year, &month, &quarter))
    return FALSE;
  if (quarter > 0)
    month = (quarter - 1) * 3 + 1;
  if (first != NULL)
    *first = kp_date_from_ymd (year, month, 1);
  if (last != NULL)
    {
      int last_month = quarter > 0 ? month + 2 : month;

      *last = kp_date_from_ymd (year, last_month, kp_date_days_in_month (year, last_month));
    }
  return TRUE;
}

gboolean
kp_stats_range_has_period (const KpStatsRange *range,
                           const char         *period)
{
  KpDate first, last;

  if (!kp_stats_period_span (period, &first, &last))
    return FALSE;
  if (range == NULL)
    return TRUE;
  if (range->from != KP_DATE_NONE && last < range->from)
    return FALSE;
  if (range->to != KP_DATE_NONE && first > range->to)
    return FALSE;
  return TRUE;
}

int
kp_stats_period_compare (const char *a,
                         const char *b)
{
  KpDate fa = 0, la = 0, fb = 0, lb = 0;
  gboolean va = kp_stats_period_span (a, &fa, &la);
  gboolean vb = kp_stats_period_span (b, &fb, &lb);

  if (va != vb)
    return va ? -1 : 1;
  if (!va)
    return g_strcmp0 (a, b);
  if (fa != fb)
    return fa < fb ? -1 : 1;
  if (la != lb)
    return la < lb ? -1 : 1;
  return 0;
}

double
kp_stats_weeks (double hours)
{
  return hours / KP_STATS_HOURS_PER_WEEK;
}

/* ---- shared helpers ------------------------------------------------------------------ */

guint
kp_stats_field (const KpEntityDesc *desc,
                const char         *name)
{
  int i = kp_entity_desc_field_index (desc, name);

  g_assert (i >= 0);
  return (guint) i;
}

void
kp_stats_split_add (KpStatsSplit *split,
                    const char   *funding,
                    double        hours)
{
  if (g_str_equal (funding, "cofinancing"))
    split->cofinancing += hours;
  else
    split->funded += hours;
  split->total += hours;
}

/* ---- hours per organisation and month ------------------------------------------------ */

static int
month_number (KpDate date)
{
  int y, m;

  kp_date_to_ymd (date, &y, &m, NULL);
  return y * 12 + (m - 1);
}

KpStatsHours *
kp_stats_hours_new (KpDocument         *document,
                    const KpStatsRange *range)
{
  GListModel *entries = kp_document_get_list (document, &kp_desc_time_entry);
  GListModel *orgs = kp_document_get_list (document, &kp_desc_organisation);
  guint f_date = kp_stats_field (&kp_desc_time_entry, "date");
  guint f_org = kp_stats_field (&kp_desc_time_entry, "organisation-id");
  guint f_hours = kp_stats_field (&kp_desc_time_entry, "hours");
  guint f_funding = kp_stats_field (&kp_desc_time_entry, "funding");
  g_autoptr(GHashTable) org_hours = g_hash_table_new (NULL, NULL);  /* id → 1 */
  g_autoptr(GHashTable) org_row = g_hash_table_new (NULL, NULL);    /* id → row + 1 */
  KpStatsHours *hours = g_new0 (KpStatsHours, 1);
  int first = G_MAXINT, last = G_MININT;
  guint n = g_list_model_get_n_items (entries);

  /* First pass: which months and organisations have hours. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (entries, i);
      KpDate date = (KpDate) kp_entity_peek (e, f_date)->i;
      int mn;

      if (!kp_stats_range_contains (range, date))
        continue;
      mn = month_number (date);
      first = MIN (first, mn);
      last = MAX (last, mn);
      g_hash_table_add (org_hours, GSIZE_TO_POINTER ((gsize) kp_entity_peek (e, f_org)->i));
      hours->n_entries++;
    }
  if (hours->n_entries == 0)
    return hours;

  hours->n_months = (guint) (last - first + 1);
  hours->months = g_new (KpDate, hours->n_months);
  for (guint m = 0; m < hours->n_months; m++)
    hours->months[m] = kp_date_from_ymd ((first + (int) m) / 12, (first + (int) m) % 12 + 1, 1);
  hours->month_totals = g_new0 (KpStatsSplit, hours->n_months);
  hours->rows = g_new0 (KpStatsHoursRow, g_hash_table_size (org_hours));
  for (guint i = 0, no = g_list_model_get_n_items (orgs); i < no; i++)
    {
      g_autoptr(KpEntity) org = g_list_model_get_item (orgs, i);
      gint64 id = kp_entity_get_id (org);
      KpStatsHoursRow *row;

      if (!g_hash_table_contains (org_hours, GSIZE_TO_POINTER ((gsize) id)))
        continue;
      row = &hours->rows[hours->n_rows];
      row->organisation_id = id;
      row->name = g_strdup (kp_entity_get_text (org, "name"));
      row->months = g_new0 (KpStatsSplit, hours->n_months);
      g_hash_table_insert (org_row, GSIZE_TO_POINTER ((gsize) id), GUINT_TO_POINTER (++hours->n_rows));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (entries, i);
      KpDate date = (KpDate) kp_entity_peek (e, f_date)->i;
      const char *funding = kp_entity_peek (e, f_funding)->s;
      double h = kp_entity_peek (e, f_hours)->d;
      guint r, m;

      if (!kp_stats_range_contains (range, date))
        continue;
      r = GPOINTER_TO_UINT (g_hash_table_lookup (org_row, GSIZE_TO_POINTER ((gsize) kp_entity_peek (e, f_org)->i)));
      m = (guint) (month_number (date) - first);
      kp_stats_split_add (&hours->month_totals[m], funding, h);
      kp_stats_split_add (&hours->total, funding, h);
      if (r > 0)
        {
          kp_stats_split_add (&hours->rows[r - 1].months[m], funding, h);
          kp_stats_split_add (&hours->rows[r - 1].total, funding, h);
        }
    }
  return hours;
}

void
kp_stats_hours_free (KpStatsHours *hours)
{
  if (hours == NULL)
    return;
  for (guint r = 0; r < hours->n_rows; r++)
    {
      g_free (hours->rows[r].name);
      g_free (hours->rows[r].months);
    }
  g_free (hours->rows);
  g_free (hours->months);
  g_free (hours->month_totals);
  g_free (hours);
}

/* ---- hours per person ---------------------------------------------------------------- */

typedef struct
{
  guint person;
  KpDate day;
  double hours;
} DayHours;

static int
day_hours_compare (gconstpointer a,
                   gconstpointer b)
{
  const DayHours *x = a, *y = b;

  if (x->person != y->person)
    return x->person < y->person ? -1 : 1;
  return x->day < y->day ? -1 : x->day > y->day;
}

typedef struct
{
  char *key;     /* casefolded */
  char *shown;   /* as first written */
} Person;

static int
person_order (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const Person *people = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;

  /* Code point order of the casefolded names: the same under every locale, so that the
   * workbook does not depend on the one it is written in. */
  return strcmp (people[x].key, people[y].key);
}

KpStatsPersonHours *
kp_stats_person_hours_new (KpDocument         *document,
                           const KpStatsRange *range)
{
  GListModel *entries = kp_document_get_list (document, &kp_desc_time_entry);
  guint f_date = kp_stats_field (&kp_desc_time_entry, "date");
  guint f_person = kp_stats_field (&kp_desc_time_entry, "person");
  guint f_hours = kp_stats_field (&kp_desc_time_entry, "hours");
  g_autoptr(GHashTable) by_spelling = g_hash_table_new (g_str_hash, g_str_equal);  /* borrowed */
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (Person));
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (DayHours));
  g_autoptr(GArray) order = NULL;
  g_autofree guint *rank = NULL;
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (KpStatsPersonYear));
  KpStatsPersonHours *result = g_new0 (KpStatsPersonHours, 1);

  for (guint i = 0, n = g_list_model_get_n_items (entries); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (entries, i);
      const char *person = kp_entity_peek (e, f_person)->s;
      KpDate date = (KpDate) kp_entity_peek (e, f_date)->i;
      DayHours dh;
      gpointer found;

      if (*person == '\0' || !kp_stats_range_contains (range, date))
        continue;
      /* Most rows repeat a spelling already seen: look that up before casefolding. */
      if (!g_hash_table_lookup_extended (by_spelling, person, NULL, &found))
        {
          g_autofree char *stripped = g_strstrip (g_strdup (person));
          char *key = g_utf8_casefold (stripped, -1);

          if (!g_hash_table_lookup_extended (by_key, key, NULL, &found))
            {
              Person p = { key, g_steal_pointer (&stripped) };

              g_array_append_val (people, p);
              found = GUINT_TO_POINTER (people->len - 1);
              g_hash_table_insert (by_key, key, found);
            }
          else
            g_free (key);
          /* The entity's string lives as long as the list holds the entity. */
          g_hash_table_insert (by_spelling, (gpointer) person, found);
        }
      dh.person = GPOINTER_TO_UINT (found);
      dh.day = date;
      dh.hours = kp_entity_peek (e, f_hours)->d;
      g_array_append_val (days, dh);
    }

  /* People in alphabetical order; then each one's days in date order. */
  order = g_array_sized_new (FALSE, FALSE, sizeof (guint), people->len);
  for (guint p = 0; p < people->len; p++)
    g_array_append_val (order, p);
  g_array_sort_with_data (order, person_order, people->data);
  rank = g_new (guint, MAX (people->len, 1));
  for (guint k = 0; k < order->len; k++)
    rank[g_array_index (order, guint, k)] = k;
  for (guint k = 0; k < days->len; k++)
    g_array_index (days, DayHours, k).person = rank[g_array_index (days, DayHours, k).person];
  g_array_sort (days, day_hours_compare);

  for (guint k = 0, row_person = G_MAXUINT; k < days->len;)
    {
      DayHours *d = &g_array_index (days, DayHours, k);
      KpStatsPersonYear *row = rows->len > 0 ? &g_array_index (rows, KpStatsPersonYear, rows->len - 1) : NULL;
      int year = kp_date_year (d->day);
      guint person = d->person;
      KpDate day = d->day;
      double day_sum = 0;
      const Person *who = &g_array_index (people, Person, g_array_index (order, guint, person));

      for (; k < days->len && g_array_index (days, DayHours, k).person == person &&
             g_array_index (days, DayHours, k).day == day; k++)
        day_sum += g_array_index (days, DayHours, k).hours;
      if (row == NULL || row->year != year || row_person != person)
        {
          KpStatsPersonYear fresh = { 0 };

          fresh.person = g_strdup (who->shown);
          fresh.year = year;
          g_array_append_val (rows, fresh);
          row = &g_array_index (rows, KpStatsPersonYear, rows->len - 1);
          row_person = person;
        }
      row->hours += day_sum;
      row->days++;
      if (day_sum > row->max_day_hours)
        {
          row->max_day_hours = day_sum;
          row->max_day = day;
        }
      if (day_sum > KP_ESF_MAX_HOURS_PER_DAY)
        row->days_over_cap++;
      row->over_year_cap = row->hours > KP_ESF_MAX_HOURS_PER_YEAR;
    }
  for (guint p = 0; p < people->len; p++)
    {
      g_free (g_array_index (people, Person, p).key);
      g_free (g_array_index (people, Person, p).shown);
    }
  result->n_rows = rows->len;
  result->rows = (KpStatsPersonYear *) (void *) g_array_free (rows, FALSE);
  return result;
}

void
kp_stats_person_hours_free (KpStatsPersonHours *hours)
{
  if (hours == NULL)
    return;
  for (guint i = 0; i < hours->n_rows; i++)
    g_free (hours->rows[i].person);
  g_free (hours->rows);
  g_free (hours);
}
