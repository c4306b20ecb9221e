/* kp-hours-ledger.h: every person's hours per day and per calendar year, which the ESF+
 * caps are checked against. The document keeps one, built on first use and updated with
 * every time entry that comes or goes. */
#pragma once

#include "kp-entity.h"

G_BEGIN_DECLS

typedef struct _KpHoursLedger KpHoursLedger;

KpHoursLedger *kp_hours_ledger_new  (void);
void           kp_hours_ledger_free (KpHoursLedger *self);
/* What the ESF+ rules read of a time entry. */
typedef struct
{
  const char *person;
  KpDate day;
  double hours;
} KpTimeEntryHours;

KpTimeEntryHours kp_time_entry_hours (KpEntity *time_entry);

/* A person's hours on a day and in its calendar year, as the ESF+ caps count them. */
typedef struct
{
  double day;
  double year;
} KpPersonHours;

/* Counts a time entry in (sign +1) or out (-1), and returns its person's hours on its day
 * and in its year after that. Entries without a person do not count (and get zeros). */
KpPersonHours  kp_hours_ledger_add  (KpHoursLedger *self,
                                     KpEntity      *time_entry,
                                     double         sign);
/* People are told apart as the rules tell them: case and surrounding blanks do not matter. */
KpPersonHours  kp_hours_ledger_get  (KpHoursLedger *self,
                                     const char    *person,
                                     KpDate         day);

G_END_DECLS
