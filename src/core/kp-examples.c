/* kp-examples.c: the bundled example projects. Their rows are SQL in data/examples. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "kp-examples.h"
#include "kp-store.h"

static const KpExample examples[] = {
  { "vardens-medarbetare", "Vårdens medarbetare",
    N_("Skaraborg, 2020–2021: a pre-study and implementation project on further education and skills supply for licensed staff in municipal health care") },
  { "vis-kristianstad", "Vård Innovationsplattform i Samverkan (VIS)",
    N_("Kristianstad, 2023–2024: an ESF+ pre-study on collaboration for skills supply and lifelong learning in care, using design thinking") },
  { "skuggning-linkoping", "Kompetensförsörjning genom skuggning",
    N_("Linköping, 2023–2024: an ESF+ project where labour-market employees shadow a home-care team on the way to becoming service assistants") },
  { "innoversum-vasteras", "INNOVERSUM",
    N_("Västerås, 2014–2016: a Vinnova project developing a reimbursement model for residential care that promotes innovation") },
  { "ktc-fou-nu", "Pilotprojekt för träning av färdighet och förmåga på KTC",
    N_("Stockholm County, 2022–2023: a pilot of joint skills training at a clinical training centre for municipal and geriatric staff, with a learning network") },
};

const KpExample *
kp_examples (guint *n_examples)
{
  *n_examples = G_N_ELEMENTS (examples);
  return examples;
}

const KpExample *
kp_example_find (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    if (g_str_equal (examples[i].name, name))
      return &examples[i];
  return NULL;
}

const KpExample *
kp_example_default (void)
{
  return &examples[0];
}

KpDocument *
kp_example_write (const KpExample  *example,
                  GFile            *target,
                  GError          **error)
{
  g_autofree char *res = g_strdup_printf ("/se/kompetensplan/Kompetensplan/examples/%s.sql", example->name);
  g_autoptr(GBytes) sql = g_resources_lookup_data (res, 0, error);

  if (sql == NULL)
    return NULL;
  return kp_document_create_with_sql (target, g_bytes_get_data (sql, NULL), error);
}

/* Removes the copies nobody has changed for KP_EXAMPLE_COPY_DAYS and no window has open,
 * with their -wal and -shm files: they are in the cache folder, and a copy worth keeping
 * is saved elsewhere with Save As. */
static void
prune_copies (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  gint64 oldest = g_get_real_time () / G_USEC_PER_SEC - (gint64) KP_EXAMPLE_COPY_DAYS * 24 * 3600;
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      GStatBuf st;

      if (!g_str_has_suffix (name, ".kplan") || g_stat (path, &st) != 0 || !S_ISREG (st.st_mode) ||
          (gint64) st.st_mtime > oldest || kp_store_is_in_use (path))
        continue;
      if (g_unlink (path) == 0)
        {
          g_unlink (wal);
          g_unlink (shm);
        }
    }
}

KpDocument *
kp_example_open_copy (const KpExample  *example,
                      GError          **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "kompetensplan", "examples", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   _("Could not create the folder “%s”: %s."), dir, g_strerror (errno));
      return NULL;
    }
  prune_copies (dir);
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *base = attempt == 0 ? g_strdup_printf ("%s-%s.kplan", example->name, stamp)
                                           : g_strdup_printf ("%s-%s-%u.kplan", example->name, stamp, attempt);
      g_autofree char *path = g_build_filename (dir, base, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return kp_example_write (example, file, error);
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("Could not find a free file name in “%s”."), dir);
  return NULL;
}
