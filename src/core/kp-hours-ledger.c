/* kp-hours-ledger.c: hours per person, day and year. */
#include "config.h"

#include "kp-date.h"
#include "kp-entities.h"
#include "kp-hours-ledger.h"

/* One person's sums. */
typedef struct
{
  GHashTable *days;    /* day number → double * */
  GHashTable *years;   /* year → double * */
} Person;

struct _KpHoursLedger
{
  GHashTable *people;      /* casefolded person → Person */
  GHashTable *spellings;   /* person as written → Person */
  int f_person, f_date, f_hours;
};

static void
person_free (Person *person)
{
  g_hash_table_unref (person->days);
  g_hash_table_unref (person->years);
  g_free (person);
}

KpHoursLedger *
kp_hours_ledger_new (void)
{
  KpHoursLedger *self = g_new0 (KpHoursLedger, 1);

  self->people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) person_free);
  self->spellings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->f_person = kp_entity_desc_field_index (&kp_desc_time_entry, "person");
  self->f_date = kp_entity_desc_field_index (&kp_desc_time_entry, "date");
  self->f_hours = kp_entity_desc_field_index (&kp_desc_time_entry, "hours");
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
          p->days = g_hash_table_new_full (NULL, NULL, NULL, g_free);
          p->years = g_hash_table_new_full (NULL, NULL, NULL, g_free);
          g_hash_table_insert (self->people, folded, p);
        }
      else
        g_free (folded);
      g_hash_table_insert (self->spellings, g_strdup (person), p);
    }
  return p;
}

static void
add_to (GHashTable *sums,
        int         key,
        double      hours)
{
  double *sum = g_hash_table_lookup (sums, GINT_TO_POINTER (key));

  if (sum == NULL)
    {
      sum = g_new0 (double, 1);
      g_hash_table_insert (sums, GINT_TO_POINTER (key), sum);
    }
  *sum += hours;
}

void
kp_hours_ledger_add (KpHoursLedger *self,
                     KpEntity      *time_entry,
                     double         sign)
{
  const char *person = kp_entity_peek (time_entry, (guint) self->f_person)->s;
  KpDate day = (KpDate) kp_entity_peek (time_entry, (guint) self->f_date)->i;
  double hours = kp_entity_peek (time_entry, (guint) self->f_hours)->d * sign;
  Person *p;

  if (*person == '\0')
    return;
  p = person_of (self, person);
  add_to (p->days, day, hours);
  add_to (p->years, kp_date_year (day), hours);
}

static double
sum_of (GHashTable *sums,
        int         key)
{
  double *sum = g_hash_table_lookup (sums, GINT_TO_POINTER (key));

  return sum != NULL ? *sum : 0.0;
}

KpPersonHours
kp_hours_ledger_get (KpHoursLedger *self,
                     const char    *person,
                     KpDate         day)
{
  Person *p = person_of (self, person);
  KpPersonHours hours = { sum_of (p->days, day), sum_of (p->years, kp_date_year (day)) };

  return hours;
}
