/* kp-budget-page.h: the budget lines, each with the funder's contribution, and the totals
 * per category. */
#pragma once

#include <adwaita.h>

#include "kp-entity-table.h"
#include "kp-figure-table.h"

G_BEGIN_DECLS

#define KP_TYPE_BUDGET_PAGE (kp_budget_page_get_type ())
G_DECLARE_FINAL_TYPE (KpBudgetPage, kp_budget_page, KP, BUDGET_PAGE, AdwBin)

void           kp_budget_page_set_document (KpBudgetPage *self,
                                            KpDocument   *document);
KpEntityTable *kp_budget_page_get_table    (KpBudgetPage *self);
/* Categories with lines, then the total. */
KpFigureTable *kp_budget_page_get_totals   (KpBudgetPage *self);
/* "Budget 1 417 000 SEK; outcome …; the funder pays …" */
const char    *kp_budget_page_get_summary  (KpBudgetPage *self);

G_END_DECLS
