/* kp-funding.h: what the funder pays. The share is stored per project (ESF+ programme area A
 * is 46 %, or 40 % in a transition region); nothing here assumes a rate. */
#pragma once

#include "kp-entity.h"

G_BEGIN_DECLS

/* budget × share / 100, rounded to whole öre (cent). NAN when the budget is negative, the
 * share lies outside 0–100 or either is not a finite number: core refuses those values,
 * so a NAN here means the caller passed something the document cannot hold. */
double kp_funder_contribution          (double    budget,
                                        double    share_percent);
/* The same for the project row: its total budget and funder share. */
double kp_project_funder_contribution  (KpEntity *project);
/* The part the project itself pays: budget − contribution (co-financing). */
double kp_project_own_financing        (KpEntity *project);

G_END_DECLS
