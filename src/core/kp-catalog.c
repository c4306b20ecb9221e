/* kp-catalog.c: translated catalogues of enumerated values. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kp-catalog.h"

#define CATALOG(cname, ...) \
  static const KpChoice cname##_choices[] = { __VA_ARGS__ }; \
  const KpCatalog kp_catalog_##cname = { #cname, cname##_choices, G_N_ELEMENTS (cname##_choices) };

CATALOG (funder,
  { "esf_plus", N_("ESF+") },
  { "vinnova", N_("Vinnova") },
  { "stimulus", N_("State stimulus funds") },
  { "own", N_("Own budget") },
  { "other", N_("Other funder") })

CATALOG (project_status,
  { "planned", N_("Planned") },
  { "ongoing", N_("Ongoing") },
  { "closed", N_("Closed") })

CATALOG (currency,
  { "SEK", N_("Swedish kronor (SEK)") },
  { "EUR", N_("Euro (EUR)") })

CATALOG (org_kind,
  { "municipality", N_("Municipality") },
  { "association", N_("Municipal association") },
  { "region", N_("Region") },
  { "university", N_("University") },
  { "employment_service", N_("Public Employment Service") },
  { "care_college", N_("Vård- och omsorgscollege") },
  { "rnd_unit", N_("R&D unit") },
  { "care_provider", N_("Care provider") },
  { "other", N_("Other organisation") })

CATALOG (org_role,
  { "owner", N_("Project owner") },
  { "partner", N_("Partner") },
  { "funder", N_("Funder") },
  { "performer", N_("Performer") })

CATALOG (body_kind,
  { "steering_group", N_("Steering group") },
  { "reference_group", N_("Reference group") },
  { "delegated_owner", N_("Delegated project owner") },
  { "project_group", N_("Project group") },
  { "project_leader", N_("Project leader") },
  { "network", N_("Network") })

CATALOG (task_kind,
  { "phase", N_("Phase") },
  { "activity", N_("Activity") })

CATALOG (task_status,
  { "not_started", N_("Not started") },
  { "in_progress", N_("In progress") },
  { "done", N_("Done") },
  { "cancelled", N_("Cancelled") })

CATALOG (goal_kind,
  { "project", N_("Project goal") },
  { "effect", N_("Effect goal") },
  { "sub", N_("Sub-goal") })

CATALOG (goal_status,
  { "met", N_("Met") },
  { "partly_met", N_("Partly met") },
  { "not_met", N_("Not met") },
  { "not_assessed", N_("Not assessed") })

CATALOG (priority,
  { "prio", N_("Prioritised") },
  { "not_prio", N_("Not prioritised") })

CATALOG (decision,
  { "undecided", N_("Not decided") },
  { "subproject", N_("Run as a sub-project") },
  { "network", N_("Handled by an existing network") },
  { "postponed", N_("Postponed") },
  { "rejected", N_("Rejected") })

CATALOG (forum,
  { "steering_group", N_("Steering group") },
  { "mas_network", N_("MAS network") },
  { "elderly_network", N_("Elderly care network") },
  { "hsl_network", N_("Network of HSL managers") },
  { "reference_group", N_("Reference group") },
  { "project_group", N_("Project group") },
  { "municipal_meeting", N_("Other meeting in a municipality") },
  { "external_meeting", N_("Meeting outside the municipalities") })

CATALOG (meeting_kind,
  { "meeting", N_("Meeting") },
  { "presentation", N_("Presentation") })

CATALOG (lesson_kind,
  { "success", N_("Success factor") },
  { "pitfall", N_("Pitfall") },
  { "recommendation", N_("Recommendation") })

CATALOG (training_type,
  { "further_education", N_("Further education") },
  { "web_course", N_("Web course") },
  { "nanolearning", N_("Nanolearning") },
  { "ktc", N_("Skills training at a clinical training centre (KTC)") },
  { "shadowing", N_("Shadowing") },
  { "supervision", N_("Supervision") },
  { "aldreomsorgslyftet", N_("Äldreomsorgslyftet (paid study time)") },
  { "other", N_("Other training") })

CATALOG (funding,
  { "funded", N_("Funded") },
  { "cofinancing", N_("Co-financing") })

CATALOG (gender,
  { "woman", N_("Women") },
  { "man", N_("Men") },
  { "non_binary", N_("Non-binary") })

CATALOG (age_band,
  { "under_18", N_("Under 18") },
  { "18_29", N_("18–29") },
  { "30_54", N_("30–54") },
  { "55_plus", N_("55 and over") })

CATALOG (start_status,
  { "unemployed", N_("Unemployed") },
  { "long_term_unemployed", N_("Long-term unemployed") },
  { "inactive", N_("Inactive") },
  { "employed", N_("Employed") })

CATALOG (result,
  { "in_work", N_("In work at exit") },
  { "in_education", N_("In education at exit") },
  { "job_seeking", N_("Job-seeking at exit") },
  { "in_work_6m", N_("In work 6 months after exit") })

CATALOG (budget_category,
  { "personnel", N_("Personnel") },
  { "external_services", N_("External services") },
  { "travel", N_("Travel") },
  { "premises", N_("Premises") },
  { "other", N_("Other costs") },
  { "indirect", N_("Indirect costs") })

CATALOG (default_role,
  { "underskoterska", N_("Assistant nurse") },
  { "vardbitrade", N_("Care assistant") },
  { "sjukskoterska", N_("Registered nurse") },
  { "specialistsjukskoterska", N_("Specialist nurse") },
  { "arbetsterapeut", N_("Occupational therapist") },
  { "fysioterapeut", N_("Physiotherapist") },
  { "enhetschef", N_("Unit manager") },
  { "mas", N_("Medically responsible nurse (MAS)") },
  { "serviceassistent", N_("Service assistant") },
  { "stodassistent", N_("Support assistant") },
  { "specialist_underskoterska", N_("Specialist assistant nurse") })

CATALOG (default_competence,
  { "demens", N_("Dementia care") },
  { "palliativ_vard", N_("Palliative care") },
  { "lakemedelsdelegering", N_("Delegated medication handling") },
  { "digital_kompetens", N_("Digital skills") },
  { "svenska_i_varden", N_("Swedish for care work") },
  { "basala_hygienrutiner", N_("Basic hygiene routines") },
  { "social_dokumentation", N_("Social documentation") },
  { "nara_vard", N_("Local health care (Nära vård)") })

static const KpCatalog *const all_catalogs[] = {
#define KP_LIST_CATALOG(n) &kp_catalog_##n,
  KP_CATALOGS (KP_LIST_CATALOG)
#undef KP_LIST_CATALOG
};

const KpCatalog *const *
kp_catalog_all (guint *n_catalogs)
{
  *n_catalogs = G_N_ELEMENTS (all_catalogs);
  return all_catalogs;
}

int
kp_catalog_index (const KpCatalog *catalog,
                  const char      *key)
{
  if (key == NULL)
    return -1;
  for (guint i = 0; i < catalog->n_choices; i++)
    if (g_str_equal (catalog->choices[i].key, key))
      return (int) i;
  return -1;
}

const KpChoice *
kp_catalog_find (const KpCatalog *catalog,
                 const char      *key)
{
  int i = kp_catalog_index (catalog, key);

  return i < 0 ? NULL : &catalog->choices[i];
}

gboolean
kp_catalog_has (const KpCatalog *catalog,
                const char      *key)
{
  return kp_catalog_index (catalog, key) >= 0;
}

/* Returns the translated label, or the key itself for a value the catalogue lacks. */
const char *
kp_catalog_label (const KpCatalog *catalog,
                  const char      *key)
{
  const KpChoice *choice = kp_catalog_find (catalog, key);

  return choice != NULL ? _(choice->label) : key;
}

/* Accepts a key, a translated label or an English label, in any case (for imports). */
const char *
kp_catalog_key_for_label (const KpCatalog *catalog,
                          const char      *label)
{
  g_autofree char *wanted = NULL;

  if (label == NULL || !g_utf8_validate (label, -1, NULL))
    return NULL;
  wanted = g_utf8_casefold (label, -1);
  for (guint i = 0; i < catalog->n_choices; i++)
    {
      const KpChoice *c = &catalog->choices[i];
      const char *names[] = { c->key, c->label, _(c->label) };

      for (guint k = 0; k < G_N_ELEMENTS (names); k++)
        {
          g_autofree char *folded = g_utf8_casefold (names[k], -1);

          if (g_str_equal (folded, wanted))
            return c->key;
        }
    }
  return NULL;
}
