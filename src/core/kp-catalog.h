/* kp-catalog.h: the fixed, translated catalogues of enumerated values.
 *
 * A value is stored in the project file as a stable English key ("esf_plus") and shown by its
 * translated label. The role and competence catalogues are different: they are tables in the
 * project file that the user can extend; this file only holds their shipped defaults.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *key;
  const char *label;  /* N_() marked; translate with kp_catalog_label() */
} KpChoice;

typedef struct
{
  const char *name;   /* for messages and tests, e.g. "funder" */
  const KpChoice *choices;
  guint n_choices;
} KpCatalog;

#define KP_CATALOGS(X) \
  X (funder) X (project_status) X (currency) X (org_kind) X (org_role) X (body_kind) \
  X (task_kind) X (task_status) X (goal_kind) X (goal_status) X (priority) X (decision) \
  X (forum) X (meeting_kind) X (lesson_kind) X (training_type) X (funding) X (gender) \
  X (age_band) X (start_status) X (result) X (budget_category) X (default_role) \
  X (default_competence)

#define KP_DECLARE_CATALOG(n) extern const KpCatalog kp_catalog_##n;
KP_CATALOGS (KP_DECLARE_CATALOG)
#undef KP_DECLARE_CATALOG

const KpCatalog *const *kp_catalog_all    (guint          *n_catalogs);
const KpChoice         *kp_catalog_find   (const KpCatalog *catalog,
                                           const char      *key);
gboolean                kp_catalog_has    (const KpCatalog *catalog,
                                           const char      *key);
const char             *kp_catalog_label  (const KpCatalog *catalog,
                                           const char      *key);
int                     kp_catalog_index  (const KpCatalog *catalog,
                                           const char      *key);
const char             *kp_catalog_key_for_label (const KpCatalog *catalog,
                                                  const char      *label);

G_END_DECLS
