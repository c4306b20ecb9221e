/* kp-stats.h: the follow-up figures of a project, computed from its document.
 *
 * Every function here is a pure function of the document (and, where it says so, of a date
 * range and of "today"): it reads the lists, never changes them and never translates. The
 * results are plain structs that the caller owns and frees. The dashboard, the Follow-up
 * view and the exported workbook all read their numbers from here, so that they always
 * agree.
 *
 * Names in the results are the stored data (an organisation's name, a role's name and
 * key); enumerated values are catalogue keys. Turning them into labels is the caller's job,
 * in the caller's language.
 *
 * The range filter: a time entry or meeting counts when its date lies in [from, to]; a
 * participant or staffing row counts when its period (month or quarter) overlaps [from, to].
 * Budget lines and goals have no date and are never filtered. KP_DATE_NONE leaves that end
 * of the range open; a NULL range is the whole project.
 */
#pragma once

#include "kp-document.h"

G_BEGIN_DECLS

#define KP_STATS_ERROR (kp_stats_error_quark ())

typedef enum
{
  KP_STATS_ERROR_INVALID_DATE,
  KP_STATS_ERROR_INVERTED_RANGE,
} KpStatsError;

/* Working weeks are counted at 40 hours: 350 h is 8.75 weeks. */
#define KP_STATS_HOURS_PER_WEEK 40.0

typedef struct
{
  KpDate from;  /* KP_DATE_NONE: open */
  KpDate to;    /* KP_DATE_NONE: open */
} KpStatsRange;

GQuark   kp_stats_error_quark        (void);

/* Parses "yyyy-mm-dd" for either end (NULL or "" leaves it open) and refuses to > from. */
gboolean kp_stats_range_parse        (const char          *from,
                                      const char          *to,
                                      KpStatsRange        *range,
                                      GError             **error);
gboolean kp_stats_range_contains     (const KpStatsRange  *range,
                                      KpDate               date);
/* Whether the month or quarter overlaps the range; FALSE for a malformed period. */
gboolean kp_stats_range_has_period   (const KpStatsRange  *range,
                                      const char          *period);
/* The first and last day of "yyyy-mm" or "yyyy-Qn". */
gboolean kp_stats_period_span        (const char          *period,
                                      KpDate              *first,
                                      KpDate              *last);
/* Orders periods by first day, then by last day (a month before its quarter). */
int      kp_stats_period_compare     (const char          *a,
                                      const char          *b);
double   kp_stats_weeks              (double               hours);

/* ---- hours per organisation and month ------------------------------------------------ */

typedef struct
{
  double funded;       /* paid by the funder */
  double cofinancing;  /* medfinansiering */
  double total;
} KpStatsSplit;

typedef struct
{
  gint64 organisation_id;
  char *name;
  KpStatsSplit *months;  /* n_months, in step with KpStatsHours.months */
  KpStatsSplit total;
} KpStatsHoursRow;

typedef struct
{
  guint n_months;
  KpDate *months;             /* first day of each month, every month from the first entry's
                               * to the last entry's, empty months included */
  guint n_rows;
  KpStatsHoursRow *rows;      /* organisations with hours, in the organisation list's order */
  KpStatsSplit *month_totals; /* n_months */
  KpStatsSplit total;
  guint n_entries;
} KpStatsHours;

KpStatsHours *kp_stats_hours_new     (KpDocument          *document,
                                      const KpStatsRange  *range);
void          kp_stats_hours_free    (KpStatsHours        *hours);

/* ---- hours per person, for the ESF+ caps --------------------------------------------- */

typedef struct
{
  char *person;          /* as first written; people are told apart as kp_document does:
                          * case and surrounding blanks do not matter */
  int year;              /* calendar year */
  double hours;          /* in that year */
  double max_day_hours;  /* the most on one day */
  KpDate max_day;
  guint days;            /* days with hours */
  guint days_over_cap;   /* days above 13 h */
  gboolean over_year_cap;/* above 1,720 h */
} KpStatsPersonYear;

typedef struct
{
  guint n_rows;
  KpStatsPersonYear *rows;  /* by person (casefolded, in code point order: the same in
                             * every locale), then year */
} KpStatsPersonHours;

KpStatsPersonHours *kp_stats_person_hours_new  (KpDocument         *document,
                                                const KpStatsRange *range);
void                kp_stats_person_hours_free (KpStatsPersonHours *hours);

/* ---- meetings per forum -------------------------------------------------------------- */

typedef struct
{
  const char *forum;     /* key of kp_catalog_forum */
  guint meetings;        /* held, of kind "meeting" */
  guint presentations;   /* held, of kind "presentation" */
  guint held;            /* meetings + presentations; cancelled ones never count */
  guint cancelled;
} KpStatsForum;

typedef struct
{
  guint n_forums;
  KpStatsForum *forums;  /* every forum of the catalogue, in its order */
  guint held;
  guint cancelled;
} KpStatsMeetings;

KpStatsMeetings *kp_stats_meetings_new  (KpDocument          *document,
                                         const KpStatsRange  *range);
void             kp_stats_meetings_free (KpStatsMeetings     *meetings);
/* The held count of one forum, 0 for an unknown key. */
guint            kp_stats_meetings_held (const KpStatsMeetings *meetings,
                                         const char            *forum);

/* ---- participants -------------------------------------------------------------------- */

typedef struct
{
  char *period;
  guint started;   /* participant counts of the period */
  guint results;   /* participant results of the period */
} KpStatsParticipantPeriod;

/* Counts only: nothing here identifies a person. The arrays are indexed by the position
 * of a key in its catalogue (kp_catalog_index()). */
typedef struct
{
  guint n_genders, n_ages, n_statuses, n_results;
  guint *by_gender_age;      /* [gender * n_ages + age] */
  guint *by_gender_status;   /* [gender * n_statuses + status] */
  guint *by_gender_result;   /* [gender * n_results + result] */
  guint *by_gender;          /* started, per gender */
  guint *by_age;
  guint *by_status;
  guint *by_result;
  guint total;               /* participants who started */
  guint total_results;
  guint n_periods;
  KpStatsParticipantPeriod *periods;  /* in period order */
} KpStatsParticipants;

KpStatsParticipants *kp_stats_participants_new  (KpDocument         *document,
                                                 const KpStatsRange *range);
void                 kp_stats_participants_free (KpStatsParticipants *participants);

/* ---- staffing ------------------------------------------------------------------------ */

typedef struct
{
  char *period;
  gint64 organisation_id;
  char *organisation;
  gint64 role_id;
  char *role_key;          /* "" for a role the user added */
  char *role_name;
  gint64 employees;
  double fte;
  gint64 vacancies;
  double turnover;         /* percent */
  double sick_leave;       /* percent */
  gint64 hires_from_project;
} KpStatsStaffingRow;

/* One role in one period, over every organisation. Turnover and sick leave are averages
 * weighted by employees (the plain average when no row has employees). */
typedef struct
{
  gint64 employees;
  double fte;
  gint64 vacancies;
  double turnover;
  double sick_leave;
  gint64 hires_from_project;
  guint n_rows;            /* 0: no figures for this role in this period */
} KpStatsStaffingCell;

typedef struct
{
  guint n_rows;
  KpStatsStaffingRow *rows;   /* by period, organisation position, role position */
  guint n_periods;
  char **periods;             /* in period order */
  guint n_roles;
  gint64 *role_ids;           /* roles with figures, in the role list's order */
  char **role_keys;
  char **role_names;
  KpStatsStaffingCell *trend; /* [period * n_roles + role] */
} KpStatsStaffing;

KpStatsStaffing *kp_stats_staffing_new  (KpDocument          *document,
                                         const KpStatsRange  *range);
void             kp_stats_staffing_free (KpStatsStaffing     *staffing);

/* ---- budget -------------------------------------------------------------------------- */

typedef struct
{
  const char *category;   /* key of kp_catalog_budget_category */
  guint n_lines;
  double budget;
  double outcome;
  double funder_budget;   /* sum of kp_funder_contribution (budget, share) */
  double funder_outcome;  /* the same on the outcome: what the funder pays */
} KpStatsBudgetCategory;

typedef struct
{
  guint n_categories;
  KpStatsBudgetCategory *categories;  /* every category of the catalogue, in its order */
  KpStatsBudgetCategory total;        /* category NULL */
  double used;            /* outcome / budget, NAN without a budget */
} KpStatsBudget;

KpStatsBudget *kp_stats_budget_new  (KpDocument    *document);
void           kp_stats_budget_free (KpStatsBudget *budget);

/* ---- the timeline -------------------------------------------------------------------- */

typedef struct
{
  gint64 task_id;
  guint depth;           /* 0 for a top-level phase or activity */
  KpDate start, end;
  double progress;       /* percent */
  gboolean has_baseline;
  KpDate baseline_start, baseline_end;
  int slip_days;         /* end − baseline end (positive: late); 0 without a baseline */
} KpStatsTimelineRow;

typedef struct
{
  gint64 baseline_id;    /* the latest baseline (by date created), 0 if none */
  guint n_rows;
  KpStatsTimelineRow *rows;  /* depth first, in each level's order (position, id) */
  KpDate first, last;    /* the span of every dated row, KP_DATE_NONE if none */
} KpStatsTimeline;

/* Rows overlapping the range; rows without dates are always kept. */
KpStatsTimeline *kp_stats_timeline_new  (KpDocument         *document,
                                         const KpStatsRange *range);
void             kp_stats_timeline_free (KpStatsTimeline    *timeline);

/* ---- key figures --------------------------------------------------------------------- */

typedef struct
{
  KpDate today;
  KpDate start, end;          /* the project's dates */
  int days_total;             /* start to end, both included; 0 without both dates */
  int days_elapsed;           /* start to today, clamped to [0, days_total] */
  int days_left;              /* after today to end, clamped to [0, days_total] */
  double time_elapsed;        /* days_elapsed / days_total, NAN without dates */
  double progress;            /* duration-weighted progress of the activities, 0–1, NAN
                               * without any */
  guint goals_total;
  guint goals_by_status[4];   /* indexed by KpGoalStatus */
  double hours;               /* reported in the range */
  double hours_planned;       /* the project's planned hours, 0 if not set */
  double hours_share;         /* hours / planned, NAN without a plan */
  guint participants;         /* started in the range */
  guint participants_target;
  double participants_share;  /* NAN without a target */
  double budget;              /* the budget lines' total, else the project's budget */
  double outcome;
  double budget_used;         /* outcome / budget, NAN without a budget */
  double funder_contribution; /* on the outcome */
  guint meetings_held;
} KpStatsKeyFigures;

/* today KP_DATE_NONE means kp_date_today(). */
void kp_stats_key_figures (KpDocument          *document,
                           const KpStatsRange  *range,
                           KpDate               today,
                           KpStatsKeyFigures   *figures);

/* ---- everything at once -------------------------------------------------------------- */

typedef struct
{
  KpStatsRange range;
  KpStatsHours *hours;
  KpStatsPersonHours *person_hours;
  KpStatsMeetings *meetings;
  KpStatsParticipants *participants;
  KpStatsStaffing *staffing;
  KpStatsBudget *budget;
  KpStatsTimeline *timeline;
  KpStatsKeyFigures key;
} KpStatsReport;

KpStatsReport *kp_stats_report_new  (KpDocument         *document,
                                     const KpStatsRange *range,
                                     KpDate              today);
void           kp_stats_report_free (KpStatsReport      *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpStatsHours, kp_stats_hours_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpStatsPersonHours, kp_stats_person_hours_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpStatsMeetings, kp_stats_meetings_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpStatsParticipants, kp_stats_participants_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpStatsStaffing, kp_stats_staffing_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpStatsBudget, kp_stats_budget_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpStatsTimeline, kp_stats_timeline_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpStatsReport, kp_stats_report_free)

G_END_DECLS
