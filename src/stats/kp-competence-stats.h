/* kp-competence-stats.h: every figure of the competence plan, computed from the document.
 *
 * The competence view, the follow-up dashboard and the workbook read these numbers, so that
 * a figure is the same wherever it is shown. Nothing here keeps state: each call reads the
 * document as it is now.
 *
 * The forecast model (see kp_forecast_compute() for the exact rules):
 *   - The headcount row describes the staff in the base year, the year the project starts
 *     (the year the plan is drawn up); without a start date, the current calendar year.
 *   - Demand is given for the unit's target year and follows the row's growth rate in every
 *     other year: demand(y) = demand(target) × (1 + growth/100)^(y − target).
 *   - Staff without recruitment: staff(base) = persons; each later year loses the expected
 *     retirements plus turnover % of last year's staff (turnover counts the leavers for any
 *     other reason than retirement), never more than there are.
 *   - Gap(y) = demand(y) − staff without recruitment(y): what the unit lacks if it recruits
 *     nobody; negative is a surplus.
 *   - Recruitment need(y): the people to hire in year y so that staff meets demand that year,
 *     when every earlier year's need was met and nobody is dismissed when demand falls.
 *     need(base) = max(0, demand(base) − persons); then with staffed(y − 1) the staff after
 *     the previous year's recruitment, leavers(y) = min(staffed, retirements + turnover % ×
 *     staffed), need(y) = max(0, demand(y) − (staffed − leavers(y))).
 *   - Figures are exact (fractions of persons); views round them when they show them.
 *   - Totals over several rows add shortages only (max(0, gap) of each row): a surplus of
 *     one role or unit does not fill the shortage of another.
 */
#pragma once

#include "kp-document.h"

G_BEGIN_DECLS

/* The protected title undersköterska: people employed on 2023-07-01 keep the title until
 * 2033-06-30 without a certificate; the view warns from 2031 on. */
#define KP_TITLE_PROTECTED_FROM   "2023-07-01"
#define KP_TITLE_TRANSITION_END   "2033-06-30"
#define KP_TITLE_WARN_FROM_YEAR   2031
/* The key of the role the certificate is for. */
#define KP_TITLE_ROLE_KEY         "underskoterska"

/* ---- forecast ------------------------------------------------------------------------ */

typedef struct
{
  double persons;       /* staff in the base year */
  double retirements;   /* expected retirements per year */
  double turnover;      /* other leavers, % of staff per year */
  double demand;        /* demand in the target year */
  double growth;        /* demand growth, % per year */
  int base_year;
  int target_year;
} KpForecastInput;

typedef struct
{
  int year;
  double demand;
  double staff;         /* without recruitment */
  double gap;           /* demand − staff; for totals the sum of shortages */
  double leavers;       /* when the unit recruits as needed */
  double need;          /* recruitment need in this year */
  double need_total;    /* recruitment need from the base year to this year */
} KpForecastYear;

/* Demand in one year (see the model above). */
double   kp_forecast_demand        (const KpForecastInput *input,
                                    int                    year);
/* Appends one KpForecastYear for each year from the base year to last_year (at least the
 * base year) to out, a GArray of KpForecastYear. */
void     kp_forecast_compute       (const KpForecastInput *input,
                                    int                    last_year,
                                    GArray                *out);

/* The year the headcount describes: the project's start year, else this calendar year. */
int      kp_competence_base_year   (KpDocument            *document);
void     kp_forecast_input_for     (KpDocument            *document,
                                    KpEntity              *headcount,
                                    KpForecastInput       *out);

/* Which headcount rows a figure covers; 0 means any. */
typedef struct
{
  gint64 organisation_id;
  gint64 unit_id;
  gint64 role_id;
} KpCompetenceScope;

gboolean kp_competence_scope_matches (KpDocument              *document,
                                      const KpCompetenceScope *scope,
                                      KpEntity                *headcount);

/* One headcount row, or the sum of several, each in its own unit's target year. */
typedef struct
{
  guint n_rows;
  double persons;
  double fte;
  double retirements;
  double demand;        /* in the target year */
  double staff;         /* without recruitment, in the target year */
  double gap;           /* one row: signed; a sum: shortages only */
  double need;          /* recruitment need from the base year to the target year */
} KpHeadcountSummary;

void     kp_headcount_summary_add  (KpDocument            *document,
                                    KpEntity              *headcount,
                                    KpHeadcountSummary    *sum);
void     kp_competence_summary     (KpDocument              *document,
                                    const KpCompetenceScope *scope,
                                    KpHeadcountSummary      *out);
/* The latest target year of the rows in scope, at least the base year. */
int      kp_competence_last_year   (KpDocument              *document,
                                    const KpCompetenceScope *scope);
/* The rows in scope year by year from the base year to kp_competence_last_year(), summed.
 * A row whose target year comes earlier carries on with its growth rate. */
GArray  *kp_competence_forecast    (KpDocument              *document,
                                    const KpCompetenceScope *scope);
/* The roles of the rows in scope, in catalogue order (KpEntity, owned by the document). */
GPtrArray *kp_competence_roles     (KpDocument              *document,
                                    const KpCompetenceScope *scope);

/* ---- competence matrix --------------------------------------------------------------- */

typedef struct _KpCompetenceMatrix KpCompetenceMatrix;

/* Competences down, roles across: the roles of the unit's headcount (all roles with a
 * required level when the unit has none, or unit_id is 0), every competence. */
KpCompetenceMatrix *kp_competence_matrix_new          (KpDocument         *document,
                                                       gint64              unit_id);
void                kp_competence_matrix_free         (KpCompetenceMatrix *self);
guint               kp_competence_matrix_n_roles      (KpCompetenceMatrix *self);
guint               kp_competence_matrix_n_competences (KpCompetenceMatrix *self);
KpEntity           *kp_competence_matrix_role         (KpCompetenceMatrix *self,
                                                       guint               role);
KpEntity           *kp_competence_matrix_competence   (KpCompetenceMatrix *self,
                                                       guint               competence);
/* The level the role requires, or -1 when none is recorded. */
int                 kp_competence_matrix_required     (KpCompetenceMatrix *self,
                                                       guint               competence,
                                                       guint               role);
/* The unit's level, or -1 when it is not assessed. */
int                 kp_competence_matrix_level        (KpCompetenceMatrix *self,
                                                       guint               competence);
gint64              kp_competence_matrix_holders      (KpCompetenceMatrix *self,
                                                       guint               competence);
/* max(0, required − unit level), or -1 when either is missing. */
int                 kp_competence_matrix_gap          (KpCompetenceMatrix *self,
                                                       guint               competence,
                                                       guint               role);
/* The unit holds the competence through one person only. */
gboolean            kp_competence_matrix_single_holder (KpCompetenceMatrix *self,
                                                        guint               competence);
guint               kp_competence_matrix_n_gaps       (KpCompetenceMatrix *self);
int                 kp_competence_matrix_max_gap      (KpCompetenceMatrix *self);
guint               kp_competence_matrix_n_single_holders (KpCompetenceMatrix *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCompetenceMatrix, kp_competence_matrix_free)

/* ---- protected title ----------------------------------------------------------------- */

typedef struct
{
  gint64 certified;
  gint64 applied;
  gint64 transition;
  gint64 no_path;
  gint64 total;
  gint64 without_certificate;  /* applied + transition + no path */
  double coverage;             /* certified / total in %, NAN when total is 0 */
} KpTitleFigures;

typedef enum
{
  KP_TITLE_ALERT_NONE,
  KP_TITLE_ALERT_APPROACHING,  /* from KP_TITLE_WARN_FROM_YEAR to the end of the rule */
  KP_TITLE_ALERT_PASSED,       /* after KP_TITLE_TRANSITION_END */
} KpTitleAlert;

void         kp_title_figures        (KpEntity             *certification,
                                      KpTitleFigures       *out);
void         kp_title_totals         (KpDocument           *document,
                                      KpTitleFigures       *out);
/* Only when someone still lacks the certificate. */
KpTitleAlert kp_title_alert          (const KpTitleFigures *figures,
                                      KpDate                today);
KpDate       kp_title_transition_end (void);
/* The unit's persons in the role undersköterska, to compare with the counts. */
gint64       kp_title_headcount      (KpDocument           *document,
                                      gint64                unit_id);

/* ---- competence staircase ------------------------------------------------------------ */

typedef struct
{
  KpEntity *step;       /* NULL in the totals */
  gint64 now;
  gint64 planned;
  gint64 change;        /* planned − now */
  gint64 headcount;     /* persons in the step's role in all units, -1 without a role */
} KpStairFigures;

/* The steps in order (position, then id), as KpStairFigures; totals may be NULL. */
GArray      *kp_staircase_figures    (KpDocument           *document,
                                      KpStairFigures       *totals);

/* ---- training activities ------------------------------------------------------------- */

typedef struct
{
  gint64 planned;
  gint64 completed;
  double hours_planned;      /* hours per participant × participants planned */
  double hours_completed;
  double cost;               /* a role's share: the cost split by participants planned */
} KpTrainingFigures;

typedef struct
{
  KpEntity *role;
  KpTrainingFigures figures;
} KpTrainingRoleFigures;

/* Costs nothing: marked free of charge, or a cost of 0. */
gboolean     kp_training_is_free     (KpEntity             *training);
void         kp_training_figures     (KpDocument           *document,
                                      KpEntity             *training,
                                      KpTrainingFigures    *out);
/* Per role (KpTrainingRoleFigures in catalogue order, roles without participants left
 * out), over every activity or the free ones only. total may be NULL; unassigned_cost, the
 * cost of activities without participants planned, may be NULL. */
GArray      *kp_training_by_role     (KpDocument           *document,
                                      gboolean              free_only,
                                      KpTrainingFigures    *total,
                                      double               *unassigned_cost);

G_END_DECLS
