/* kp-time-entries-page.h: the time entries of a project, built for typing a month's reports
 * in a row, with the hours per organisation and month, also in working weeks of 40 h, and,
 * in an ESF+ project, each person's hours against the caps. */
#pragma once

#include <adwaita.h>

#include "kp-entity-table.h"
#include "kp-figure-table.h"

G_BEGIN_DECLS

#define KP_TYPE_TIME_ENTRIES_PAGE (kp_time_entries_page_get_type ())
G_DECLARE_FINAL_TYPE (KpTimeEntriesPage, kp_time_entries_page, KP, TIME_ENTRIES_PAGE, AdwBin)

void           kp_time_entries_page_set_document (KpTimeEntriesPage *self,
                                                  KpDocument        *document);
KpEntityTable *kp_time_entries_page_get_table    (KpTimeEntriesPage *self);
/* Organisations, then the total; the figures of the month chosen. */
KpFigureTable *kp_time_entries_page_get_totals   (KpTimeEntriesPage *self);
/* 0: every month; else the n-th month of the hours, from the first. */
void           kp_time_entries_page_set_month    (KpTimeEntriesPage *self,
                                                  guint              month);
/* "Total: 350 h = 8.75 working weeks of 40 h" */
const char    *kp_time_entries_page_get_summary  (KpTimeEntriesPage *self);
/* People and years, in an ESF+ project (hidden otherwise). */
KpFigureTable *kp_time_entries_page_get_people   (KpTimeEntriesPage *self);

G_END_DECLS
