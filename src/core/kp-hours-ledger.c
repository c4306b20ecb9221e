/* kp-hours-ledger.c: hours per person, day and year. */
#include "config.h"

#include "kp-date.h"
#include "kp-entities.h"
#include "kp-hours-ledger.h"

/* One person's hours in one calendar year: the year's sum and each day's. A block per year
 * finds both sums with one lookup, and imports of many rows add to it without allocating. */
typedef struct
{
  KpDate first;        /* 1 January */
  int n_days;          /* 365 or 366 */
  double year;
  double days[366];
} Year;

/* One person's sums. */
typedef struct
{
  GHashTable *years;   /* year → Year */
  Year *last;          /* the year used last: rows come in runs of the same year */
} Person;

struct _KpHoursLedger
{
  GHashTable *people;      /* casefolded person → Person */
  GHashTable *spellings;   /* person as written → Person */
};

KpTimeEntryHours
kp_time_entry_hours (KpEntity *time_entry)
{
  /* The rules read rows by the hundred thousand in an import: the fields are found once. */
  static gsize found;
  static guint f_person, f_date, f_hours;
  KpTimeEntryHours h;

  if (g_once_init_enter (&found))
    {
      f_person = (guint) kp_entity_desc_field_index (&kp_desc_time_entry, "person");
      f_date = (guint) kp_entity_desc_field_index (&kp_desc_time_entry, "date");
      f_hours = (guint) kp_entity_desc_field_index (&kp_desc_time_entry, "hours");
      g_once_init_leave (&found, 1);
    }
  h.person = kp_entity_peek (time_entry, f_person)->s;
  h.day = (KpDate) kp_entity_peek (time_entry, f_date)->i;
  h.hours = kp_entity_peek (time_entry, f_hours)->d;
  return h;
}

static void
person_free (Person *person)
{
  g_hash_table_unref (person->years);
  g_free (person);
}

KpHoursLedger *
kp_hours_ledger_new (void)
{
  KpHoursLedger *self = g_new0 (KpHoursLedger, 1);

  self->people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) person_free);
  self->spellings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
kp_hours_ledger_free (KpHoursLedger *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->spellings);
  g_hash_table_unref (self->people);
  g_free (self);
}

/* The person a spelling stands for, made on first sight. Each spelling is casefolded once,
 * not three times per row (two checks and the row's own arrival): imports bring many rows
 * of few people. */
static Person *
person_of (KpHoursLedger *self,
           const char    *person)
{
  Person *p = g_hash_table_lookup (self->spellings, person);

  if (p == NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (person));
      char *folded = g_utf8_casefold (stripped, -1);

      p = g_hash_table_lookup (self->people, folded);
      if (p == NULL)
        {
          p = g_new0 (Person, 1);
          p->years = g_hash_table_new_full (NULL, NULL, NULL, g_free);
          g_hash_table_insert (self->people, folded, p);
        }
      else
        g_free (folded);
      g_hash_table_insert (self->spellings, g_strdup (person), p);
    }
  return p;
}

/* The block of day's year, made on first use when make is set. */
static Year *
year_of (Person  *p,
         KpDate   day,
         gboolean make)
{
  Year *y = p->last;
  int year;

  if (y != NULL && day >= y->first && day < y->first + y->n_days)
    return y;
  if (!make && g_hash_table_size (p->years) == 0)
    return NULL;
  year = kp_date_year (day);
  y = g_hash_table_lookup (p->years, GINT_TO_POINTER (year));
  if (y == NULL && make)
    {
      y = g_new0 (Year, 1);
      y->first = kp_date_from_ymd (year, 1, 1);
      y->n_days = kp_date_from_ymd (year + 1, 1, 1) - y->first;
      g_hash_table_insert (p->years, GINT_TO_POINTER (year), y);
    }
  if (y != NULL)
    p->last = y;
  return y;
}

KpPersonHours
kp_hours_ledger_add (KpHoursLedger *self,
                     KpEntity      *time_entry,
                     double         sign)
{
  KpTimeEntryHours h = kp_time_entry_hours (time_entry);
  KpPersonHours sums = { 0, 0 };
  Year *y;

  if (*h.person == '\0' || h.day == KP_DATE_NONE)
    return sums;
  y = year_of (person_of (self, h.person), h.day, TRUE);
  sums.day = y->days[h.day - y->first] += h.hours * sign;
  sums.year = y->year += h.hours * sign;
  return sums;
}

KpPersonHours
kp_hours_ledger_get (KpHoursLedger *self,
                     const char    *person,
                     KpDate         day)
{
  KpPersonHours hours = { 0, 0 };
  /* Nobody has hours yet (a first import): nothing to look up, and no one to make. */
  Year *y = day != KP_DATE_NONE && g_hash_table_size (self->people) > 0
            ? year_of (person_of (self, person), day, FALSE) : NULL;

  if (y != NULL)
    {
      hours.day = y->days[day - y->first];
      hours.year = y->year;
    }
  return hours;
}
