/* kp-overview-page.h: the Overview view: key figures, the project's facts, its
 * organisations and its governance. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-entity-form.h"
#include "kp-entity-table.h"
#include "kp-governance-section.h"
#include "kp-key-figure.h"

G_BEGIN_DECLS

#define KP_TYPE_OVERVIEW_PAGE (kp_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (KpOverviewPage, kp_overview_page, KP, OVERVIEW_PAGE, AdwBin)

void                 kp_overview_page_set_document   (KpOverviewPage *self,
                                                      KpDocument     *document);
/* The form that holds a project field ("case-number"), for tests and keyboard users. */
KpEntityForm        *kp_overview_page_get_form       (KpOverviewPage *self,
                                                      const char     *field);
KpKeyFigure         *kp_overview_page_get_key_figure (KpOverviewPage *self,
                                                      KpKey           key);
/* The funder's contribution as shown. */
const char          *kp_overview_page_get_contribution (KpOverviewPage *self);
KpEntityTable       *kp_overview_page_get_organisations (KpOverviewPage *self);
const char          *kp_overview_page_get_organisation_warnings (KpOverviewPage *self);
KpGovernanceSection *kp_overview_page_get_governance (KpOverviewPage *self);

G_END_DECLS
