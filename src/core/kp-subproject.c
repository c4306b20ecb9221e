/* kp-subproject.c: a proposal becomes a sub-project with its own phase on the timeline. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kp-date.h"
#include "kp-subproject.h"
#include "kp-validate.h"

#define DEFAULT_PHASE_DAYS 182

KpEntity *
kp_proposal_get_subproject (KpDocument *document,
                            KpEntity   *proposal)
{
  GListModel *list = kp_document_get_list (document, &kp_desc_subproject);
  gint64 id = kp_entity_get_id (proposal);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) s = g_list_model_get_item (list, i);

      if (id != 0 && kp_entity_get_int (s, "proposal-id") == id)
        return s;  /* the list holds it */
    }
  return NULL;
}

/* The largest value of an INT field, over top-level rows only when asked; -1 for none. */
static gint64
max_of (GListModel *list,
        const char *field,
        gboolean    top_level_only)
{
  gint64 max = -1;

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      if (!top_level_only || kp_entity_get_int (e, "parent-id") == 0)
        max = MAX (max, kp_entity_get_int (e, field));
    }
  return max;
}

KpEntity *
kp_proposal_make_subproject (KpDocument  *document,
                             KpEntity    *proposal,
                             GError     **error)
{
  KpEntity *project = kp_document_get_project (document);
  KpDate p_start = kp_entity_get_date (project, "start-date");
  KpDate p_end = kp_entity_get_date (project, "end-date");
  KpDate start = kp_entity_get_date (proposal, "decision-date");
  KpDate end;
  KpEntity *existing = kp_proposal_get_subproject (document, proposal);
  g_autoptr(KpEntity) phase = NULL;
  g_autoptr(KpEntity) sub = NULL;
  g_autofree char *name = NULL;
  gint64 number;

  if (existing != NULL)
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_DUPLICATE,
                   _("“%s” %d is already run as sub-project %d."), _("Proposal"),
                   (int) kp_entity_get_int (proposal, "number"), (int) kp_entity_get_int (existing, "number"));
      return NULL;
    }
  if (start == KP_DATE_NONE)
    start = kp_date_today ();
  if (p_start != KP_DATE_NONE && start < p_start)
    start = p_start;
  if (p_end != KP_DATE_NONE && start > p_end)
    start = p_end;
  end = p_end != KP_DATE_NONE ? p_end : start + DEFAULT_PHASE_DAYS;

  number = MAX (max_of (kp_document_get_list (document, &kp_desc_subproject), "number", FALSE), 0) + 1;
  /* Translators: the name of a new phase on the timeline, e.g. "Sub-project 5: Dialogue meetings" */
  name = g_strdup_printf (_("Sub-project %d: %s"), (int) number, kp_entity_get_text (proposal, "title"));
  phase = kp_entity_new (&kp_desc_task);
  kp_entity_set_int (phase, "position", max_of (kp_document_get_list (document, &kp_desc_task), "position", TRUE) + 1);
  kp_entity_set_text (phase, "kind", "phase");
  kp_entity_set_text (phase, "name", name);
  kp_entity_set_date (phase, "start-date", start);
  kp_entity_set_date (phase, "end-date", end);
  kp_entity_set_text (phase, "responsible", kp_entity_get_text (proposal, "responsible"));
  kp_entity_set_text (phase, "status", "not_started");

  sub = kp_entity_new (&kp_desc_subproject);
  kp_entity_set_int (sub, "number", number);
  kp_entity_set_text (sub, "title", kp_entity_get_text (proposal, "title"));
  kp_entity_set_int (sub, "proposal-id", kp_entity_get_id (proposal));
  kp_entity_set_text (sub, "priority", kp_entity_get_text (proposal, "priority"));
  kp_entity_set_text (sub, "responsible", kp_entity_get_text (proposal, "responsible"));

  /* Translators: an undo step */
  kp_document_begin (document, _("Make Sub-project"));
  if (!kp_document_add (document, phase, error))
    goto failed;
  kp_entity_set_int (sub, "task-id", kp_entity_get_id (phase));
  if (!kp_document_add (document, sub, error) ||
      !kp_document_set_text (document, proposal, "decision", "subproject", error))
    goto failed;
  if (!kp_document_end (document, error))
    return NULL;
  return sub;

failed:
  kp_document_abort (document);
  return NULL;
}
