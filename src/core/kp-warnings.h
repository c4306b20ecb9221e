/* kp-warnings.h: soft rules. A value that breaks one is kept, and the user is told what was
 * expected: an organisation number in the wrong form, a case number that matches no known
 * pattern, a decision taken outside the project's dates, a status set by hand without a
 * reason. Each check returns FALSE with a KP_WARNING sentence that names the field. */
#pragma once

#include "kp-entity.h"

G_BEGIN_DECLS

#define KP_WARNING (kp_warning_quark ())

typedef enum
{
  KP_WARNING_ORG_NUMBER_FORMAT,
  KP_WARNING_ORG_NUMBER_CHECK_DIGIT,
  KP_WARNING_CASE_NUMBER_FORMAT,
  KP_WARNING_DECISION_DATE_OUTSIDE,
  KP_WARNING_OVERRIDE_WITHOUT_REASON,
} KpWarning;

GQuark   kp_warning_quark                 (void);

/* The Luhn (mod 10) check over a string of ASCII digits, as Swedish organisation and
 * personal identity numbers use it: the last digit is the check digit. FALSE for an empty
 * string or anything that is not a digit. */
gboolean kp_luhn_valid                    (const char  *digits);

/* NNNNNN-NNNN whose last digit is the Luhn check digit. An empty text is fine. */
gboolean kp_check_org_number              (const char  *text,
                                           GError     **warning);
/* An ESF+ case id (23-023-S04) or a registry number such as 2014-01189, KS 2021/123 or
 * SKF 2020/45-3. An empty text is fine. */
gboolean kp_check_case_number             (const char  *text,
                                           GError     **warning);
/* The proposal's decision date lies within the project's start and end dates (either may be
 * unset). */
gboolean kp_check_decision_date           (KpEntity    *project,
                                           KpEntity    *proposal,
                                           GError     **warning);
/* A goal whose status is set by hand says why. */
gboolean kp_check_override_reason         (KpEntity    *goal,
                                           GError     **warning);

G_END_DECLS
