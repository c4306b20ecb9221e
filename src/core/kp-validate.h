/* kp-validate.h: the rules every value of the project file obeys. Each broken rule is a
 * KP_VALIDATE_ERROR with a translated sentence that names the field. */
#pragma once

#include "kp-entity.h"
#include "kp-hours-ledger.h"

G_BEGIN_DECLS

#define KP_VALIDATE_ERROR (kp_validate_error_quark ())

typedef enum
{
  KP_VALIDATE_ERROR_REQUIRED,
  KP_VALIDATE_ERROR_INVALID_UTF8,
  KP_VALIDATE_ERROR_TOO_LONG,
  KP_VALIDATE_ERROR_PERSONAL_NUMBER,
  KP_VALIDATE_ERROR_DATE_RANGE,
  KP_VALIDATE_ERROR_END_BEFORE_START,
  KP_VALIDATE_ERROR_PERCENT_RANGE,
  KP_VALIDATE_ERROR_NEGATIVE,
  KP_VALIDATE_ERROR_OUT_OF_RANGE,
  KP_VALIDATE_ERROR_INVALID_CHOICE,
  KP_VALIDATE_ERROR_INVALID_PERIOD,
  KP_VALIDATE_ERROR_MISSING_REFERENCE,
  KP_VALIDATE_ERROR_DUPLICATE,
  KP_VALIDATE_ERROR_CYCLE,
  KP_VALIDATE_ERROR_ESF_WHOLE_HOURS,
  KP_VALIDATE_ERROR_ESF_DAY_CAP,
  KP_VALIDATE_ERROR_ESF_YEAR_CAP,
  KP_VALIDATE_ERROR_RANGE_INVERTED,
  KP_VALIDATE_ERROR_FTE_ABOVE_PERSONS,
  KP_VALIDATE_ERROR_RETIREMENTS_ABOVE_HEADCOUNT,
  KP_VALIDATE_ERROR_TARGET_YEAR_BEFORE_START,
  KP_VALIDATE_ERROR_NOT_A_NUMBER,
} KpValidateError;

#define KP_TEXT_MAX_CHARS 500
#define KP_LONG_TEXT_MAX_CHARS 20000
#define KP_ESF_MAX_HOURS_PER_DAY 13.0
#define KP_ESF_MAX_HOURS_PER_YEAR 1720.0

GQuark   kp_validate_error_quark         (void);

gboolean kp_text_has_personal_number     (const char     *text);
gboolean kp_period_parse                 (const char     *text,
                                          int            *year,
                                          int            *month,
                                          int            *quarter);

/* One field on its own: kind, range, catalogue, text rules. */
gboolean kp_validate_field               (const KpField  *field,
                                          const KpValue  *value,
                                          GError        **error);

/* Every field of a candidate row, its references and its descriptor's check. */
gboolean kp_validate_entity              (KpDocument     *document,
                                          KpEntity       *candidate,
                                          GError        **error);

/* The ESF+ caps on one person's hours: at most KP_ESF_MAX_HOURS_PER_DAY on a day and
 * KP_ESF_MAX_HOURS_PER_YEAR in a calendar year. sums are the person's hours on the row's
 * day and in its year, the row counted. When one is broken, sets *code (when not NULL) and
 * *message, a sentence that names the person: "Anna would have 14 hours on one day; ESF+
 * allows at most 13." Used by the rule below and by the CSV import, which checks a file
 * and the project together. */
gboolean kp_esf_cap_broken               (const char       *person,
                                          KpDate            day,
                                          KpPersonHours     sums,
                                          KpValidateError  *code,
                                          char            **message);

/* KpEntityCheck implementations used by kp-entities.c. */
gboolean kp_check_date_span              (KpDocument *document, KpEntity *candidate, GError **error);
gboolean kp_check_dependency             (KpDocument *document, KpEntity *candidate, GError **error);
gboolean kp_check_baseline_task          (KpDocument *document, KpEntity *candidate, GError **error);
gboolean kp_check_goal                   (KpDocument *document, KpEntity *candidate, GError **error);
gboolean kp_check_unique_name            (KpDocument *document, KpEntity *candidate, GError **error);
gboolean kp_check_unique_pair            (KpDocument *document, KpEntity *candidate, GError **error);
gboolean kp_check_unit                   (KpDocument *document, KpEntity *candidate, GError **error);
gboolean kp_check_project                (KpDocument *document, KpEntity *candidate, GError **error);
gboolean kp_check_headcount              (KpDocument *document, KpEntity *candidate, GError **error);
gboolean kp_check_time_entry             (KpDocument *document, KpEntity *candidate, GError **error);
gboolean kp_check_staffing               (KpDocument *document, KpEntity *candidate, GError **error);

G_END_DECLS
