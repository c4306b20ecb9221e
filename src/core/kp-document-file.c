/* kp-document-file.c: creating, opening and copying project files. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kp-document-private.h"

static gboolean
require_local (GFile   *file,
               GError **error)
{
  if (g_file_peek_path (file) != NULL)
    return TRUE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("Project files must be on this computer or a mounted drive."));
  return FALSE;
}

static gboolean
insert_catalogue (KpStore            *store,
                  const KpEntityDesc *desc,
                  const KpCatalog    *catalog,
                  GError            **error)
{
  for (guint i = 0; i < catalog->n_choices; i++)
    {
      g_autoptr(KpEntity) e = kp_entity_new (desc);

      kp_entity_set_text (e, "key", catalog->choices[i].key);
      kp_entity_set_text (e, "name", catalog->choices[i].label);
      kp_entity_set_int (e, "position", i);
      if (!kp_store_insert (store, e, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_defaults (KpStore  *store,
                 GError  **error)
{
  g_autoptr(KpEntity) project = kp_entity_new (&kp_desc_project);

  kp_entity_set_text (project, "title", _("New project"));
  kp_entity_set_text (project, "funder", "own");
  kp_entity_set_text (project, "status", "planned");
  kp_entity_set_text (project, "currency", "SEK");
  kp_entity_set_id (project, 1);
  return kp_store_insert (store, project, error) &&
         insert_catalogue (store, &kp_desc_role, &kp_catalog_default_role, error) &&
         insert_catalogue (store, &kp_desc_competence, &kp_catalog_default_competence, error);
}

static void
remove_with_sidecars (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

/* A new project file with the shipped catalogues and, if given, the rows of sql. Either the
 * whole file is written or no file is left behind. */
KpDocument *
kp_document_create_with_sql (GFile      *file,
                             const char *sql,
                             GError    **error)
{
  const char *path;
  KpStore *store;
  KpDocument *document;

  if (!require_local (file, error))
    return NULL;
  path = g_file_peek_path (file);
  store = kp_store_open (path, KP_STORE_CREATE, error);
  if (store == NULL)
    return NULL;
  if (!kp_store_begin (store, error) || !insert_defaults (store, error) ||
      (sql != NULL && !kp_store_exec (store, sql, error)) || !kp_store_commit (store, error))
    {
      kp_store_rollback (store);
      kp_store_free (store);
      remove_with_sidecars (path);
      return NULL;
    }
  document = kp_document_new_for_store (store, file, error);
  if (document == NULL)
    {
      kp_store_free (store);
      remove_with_sidecars (path);
    }
  return document;
}

KpDocument *
kp_document_create (GFile   *file,
                    GError **error)
{
  return kp_document_create_with_sql (file, NULL, error);
}

KpDocument *
kp_document_open (GFile   *file,
                  GError **error)
{
  g_autoptr(GError) load_error = NULL;
  KpStore *store;
  KpDocument *document;

  if (!require_local (file, error))
    return NULL;
  store = kp_store_open (g_file_peek_path (file), KP_STORE_OPEN_FOR_LOADING, error);
  if (store == NULL)
    return NULL;
  document = kp_document_new_for_store (store, file, &load_error);
  /* A damaged file is reported as such, even when reading it failed first. */
  if (!kp_store_finish_loading (store, error))
    {
      if (document != NULL)
        g_object_unref (document);
      else
        kp_store_free (store);
      return NULL;
    }
  if (document == NULL)
    {
      kp_store_free (store);
      g_propagate_error (error, g_steal_pointer (&load_error));
    }
  return document;
}

static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  KpDocument *document = kp_document_open (task_data, &error);

  if (document == NULL)
    g_task_return_error (task, error);
  else if (g_task_return_error_if_cancelled (task))
    g_object_unref (document);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

void
kp_document_open_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, kp_document_open_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, open_thread);
}

KpDocument *
kp_document_open_finish (GAsyncResult  *result,
                         GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
kp_document_save_copy (KpDocument  *self,
                       GFile       *target,
                       GError     **error)
{
  if (!require_local (target, error))
    return FALSE;
  return kp_store_copy_to (kp_document_get_store (self), g_file_peek_path (target), error);
}
