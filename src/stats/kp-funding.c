/* kp-funding.c: the funder's contribution to a budget. */
#include "config.h"

#include <math.h>

#include "kp-funding.h"

double
kp_funder_contribution (double budget,
                        double share_percent)
{
  if (!isfinite (budget) || !isfinite (share_percent) || budget < 0 ||
      share_percent < 0 || share_percent > 100)
    return NAN;
  /* budget × share is the contribution in öre: round it there, half away from zero. */
  return round (budget * share_percent) / 100.0;
}

double
kp_project_funder_contribution (KpEntity *project)
{
  return kp_funder_contribution (kp_entity_get_real (project, "budget"),
                                 kp_entity_get_real (project, "funder-share"));
}

double
kp_project_own_financing (KpEntity *project)
{
  double contribution = kp_project_funder_contribution (project);

  return isnan (contribution) ? NAN : kp_entity_get_real (project, "budget") - contribution;
}
