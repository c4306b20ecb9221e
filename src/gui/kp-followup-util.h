/* kp-followup-util.h: what the follow-up view and its dialogs share: the dashboard's charts,
 * made from the follow-up figures of src/stats with labels in the user's language, and the
 * period a user types. */
#pragma once

#include "kp-chart.h"
#include "kp-stats.h"

G_BEGIN_DECLS

/* What the staffing trend shows per role and period. */
typedef enum
{
  KP_STAFFING_EMPLOYEES,
  KP_STAFFING_FTE,
  KP_STAFFING_VACANCIES,
  KP_STAFFING_TURNOVER,
  KP_STAFFING_SICK_LEAVE,
  KP_N_STAFFING_MEASURES
} KpStaffingMeasure;

/* The measure's name, translated: "Employees". */
const char *kp_staffing_measure_label      (KpStaffingMeasure          measure);

/* Each returns NULL when there is nothing to draw. */
/* Hours per organisation, funded and co-financed stacked. */
KpChart    *kp_followup_chart_hours        (const KpStatsHours        *hours);
/* Meetings and presentations held per forum (forums without any are left out). */
KpChart    *kp_followup_chart_meetings     (const KpStatsMeetings     *meetings);
/* Participants per gender: started, then each result. */
KpChart    *kp_followup_chart_participants (const KpStatsParticipants *participants);
/* One line per role through the periods. */
KpChart    *kp_followup_chart_staffing     (const KpStatsStaffing     *staffing,
                                            KpStaffingMeasure          measure);
/* Budget against outcome per category (categories without lines are left out). */
KpChart    *kp_followup_chart_budget       (const KpStatsBudget       *budget,
                                            const char                *currency);

/* A period as typed in two fields, "yyyy-mm-dd" or empty for an open end. On failure the
 * error names the field, and bad_from / bad_to (either may be NULL) say which is wrong. */
gboolean    kp_followup_parse_range        (const char                *from,
                                            const char                *to,
                                            KpStatsRange              *range,
                                            gboolean                  *bad_from,
                                            gboolean                  *bad_to,
                                            GError                   **error);

G_END_DECLS
