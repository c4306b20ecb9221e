/* kp-export-workbook.c: the follow-up workbook: its sheets in order, its formats, the
 * locale guard, writing it safely, and the async call. */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <sys/statvfs.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kp-date.h"
#include "kp-export-private.h"

G_DEFINE_QUARK (kp-export-error-quark, kp_export_error)

/* The sheets, in the order the steering group reads them. Each writer adds one sheet
 * (or none, when it has nothing to show) through kp_sheet_new (wb, its id). */
const KpSheetWriter kp_sheet_writers[] = {
  { "summary", N_("Summary"), kp_sheet_summary_write, 2 },
  { "timeline", N_("Timeline"), kp_sheet_timeline_write, 4 },
  { "goals", N_("Goals"), kp_sheet_goals_write, 1 },
  { "proposals", N_("Proposals and decisions"), kp_sheet_proposals_write, 1 },
  { "competence", N_("Competence plan"), kp_sheet_competence_write, 2 },
  { "hours", N_("Hours"), kp_sheet_hours_write, 3 },
  { "time-entries", N_("Time entries"), kp_sheet_time_entries_write, 20 },
  { "meetings", N_("Meetings"), kp_sheet_meetings_write, 1 },
  { "participants", N_("Participants"), kp_sheet_participants_write, 1 },
  { "staffing", N_("Staffing"), kp_sheet_staffing_write, 4 },
  { "budget", N_("Budget"), kp_sheet_budget_write, 1 },
  { "lessons", N_("Lessons"), kp_sheet_lessons_write, 1 },
  { "about", N_("About this report"), kp_sheet_about_write, 1 },
};
const guint kp_n_sheet_writers = G_N_ELEMENTS (kp_sheet_writers);

/* Compressing the package, after the sheets, in the same units as the writers' weights. */
#define CLOSE_WEIGHT 12

struct _KpWorkbook
{
  KpDocument *document;
  KpStatsReport *report;
  KpTranslator *translator;
  const KpExportOptions *options;
  lxw_workbook *lxw;
  lxw_format *formats[2][KP_N_FORMATS];
  char **sheet_names;       /* in step with kp_sheet_writers */
  GDateTime *generated;
  KpDate today;

  KpExportProgressFunc progress;
  gpointer progress_data;
  GCancellable *cancellable;
  guint weight_done;
  guint weight_current;
  guint weight_total;
  double last_reported;
};

/* ---- context ------------------------------------------------------------------------- */

KpDocument *
kp_workbook_document (KpWorkbook *wb)
{
  return wb->document;
}

KpStatsReport *
kp_workbook_report (KpWorkbook *wb)
{
  return wb->report;
}

KpTranslator *
kp_workbook_translator (KpWorkbook *wb)
{
  return wb->translator;
}

const KpExportOptions *
kp_workbook_options (KpWorkbook *wb)
{
  return wb->options;
}

lxw_workbook *
kp_workbook_lxw (KpWorkbook *wb)
{
  return wb->lxw;
}

GDateTime *
kp_workbook_generated (KpWorkbook *wb)
{
  return wb->generated;
}

KpDate
kp_workbook_today (KpWorkbook *wb)
{
  return wb->today;
}

lxw_format *
kp_workbook_format (KpWorkbook *wb,
                    guint       format)
{
  g_return_val_if_fail ((format & 0xff) < KP_N_FORMATS, NULL);
  return wb->formats[(format & KP_FMT_TOTAL) ? 1 : 0][format & 0xff];
}

const char *
kp_workbook_sheet_name (KpWorkbook *wb,
                        const char *id)
{
  for (guint i = 0; i < kp_n_sheet_writers; i++)
    if (g_str_equal (kp_sheet_writers[i].id, id))
      return wb->sheet_names[i];
  return NULL;
}

const char *
kp_workbook_choice (KpWorkbook      *wb,
                    const KpCatalog *catalog,
                    const char      *key)
{
  const KpChoice *choice = kp_catalog_find (catalog, key);

  return choice != NULL ? kp_tr (wb->translator, choice->label) : key;
}

const char *
kp_workbook_role_name (KpWorkbook *wb,
                       const char *key,
                       const char *name)
{
  const KpChoice *choice = key != NULL && *key ? kp_catalog_find (&kp_catalog_default_role, key) : NULL;

  /* A shipped role keeps its key and English name until the user renames it. */
  if (choice != NULL && g_strcmp0 (choice->label, name) == 0)
    return kp_tr (wb->translator, choice->label);
  return name;
}

gboolean
kp_workbook_progress (KpWorkbook  *wb,
                      guint64      done,
                      guint64      total,
                      GError     **error)
{
  double within = total > 0 ? MIN (1.0, (double) done / (double) total) : 1.0;
  double fraction = (wb->weight_done + wb->weight_current * within) / wb->weight_total;

  if (g_cancellable_set_error_if_cancelled (wb->cancellable, error))
    return FALSE;
  if (wb->progress != NULL && (fraction - wb->last_reported >= 0.01 || fraction >= 1.0))
    {
      wb->last_reported = fraction;
      wb->progress (fraction, wb->progress_data);
    }
  return TRUE;
}

/* ---- setting up ---------------------------------------------------------------------- */

/* Excel refuses these in a sheet name, and names longer than 31 characters. */
char *
kp_export_sheet_name (const char *title,
                      GHashTable *taken)
{
  g_autofree char *clean = kp_export_clean_text (title, "");
  GString *name = g_string_new (NULL);
  g_autofree char *key = NULL;
  guint chars = 0;

  for (const char *p = clean; *p && chars < 31; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (strchr ("[]:*?/\\", (int) c) != NULL && c < 0x80)
        c = '-';
      if (c < 0x20)
        c = ' ';
      g_string_append_unichar (name, c);
      chars++;
    }
  /* Blanks at the end read as a different name to the eye. */
  while (name->len > 0 && name->str[name->len - 1] == ' ')
    g_string_truncate (name, name->len - 1);
  while (name->len > 0 && name->str[0] == '\'')
    g_string_erase (name, 0, 1);
  while (name->len > 0 && name->str[name->len - 1] == '\'')
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    g_string_assign (name, "Sheet");
  for (guint n = 2;; n++)
    {
      g_autofree char *folded = g_utf8_casefold (name->str, -1);

      if (!g_hash_table_contains (taken, folded))
        {
          g_hash_table_add (taken, g_steal_pointer (&folded));
          break;
        }
      {
        g_autofree char *suffix = g_strdup_printf (" (%u)", n);
        glong keep = 31 - (glong) strlen (suffix);
        g_autofree char *base = g_utf8_substring (name->str, 0, MIN (keep, g_utf8_strlen (name->str, -1)));

        g_string_printf (name, "%s%s", g_strchomp (base), suffix);
      }
    }
  return g_string_free (name, FALSE);
}

static lxw_format *
make_format (lxw_workbook *lxw,
             KpFormat      kind,
             gboolean      total,
             gboolean      cents)
{
  lxw_format *f = workbook_add_format (lxw);

  if (total)
    format_set_bold (f);
  switch (kind)
    {
    case KP_FMT_WRAP:
      format_set_text_wrap (f);
      format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
      break;
    case KP_FMT_HEADER:
      format_set_bold (f);
      format_set_bg_color (f, 0xDDE4EE);
      format_set_bottom (f, LXW_BORDER_THIN);
      format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
      break;
    case KP_FMT_TITLE:
      format_set_bold (f);
      format_set_font_size (f, 16);
      break;
    case KP_FMT_SUBTITLE:
      format_set_bold (f);
      format_set_font_size (f, 12);
      break;
    case KP_FMT_LABEL:
      format_set_bold (f);
      format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
      break;
    case KP_FMT_DATE:
      format_set_num_format (f, "yyyy-mm-dd");
      format_set_align (f, LXW_ALIGN_LEFT);
      break;
    case KP_FMT_DATETIME:
      format_set_num_format (f, "yyyy-mm-dd hh:mm");
      format_set_align (f, LXW_ALIGN_LEFT);
      break;
    case KP_FMT_MONTH:
      format_set_num_format (f, "yyyy-mm");
      format_set_align (f, LXW_ALIGN_LEFT);
      break;
    case KP_FMT_INT:
      format_set_num_format (f, "#,##0");
      break;
    case KP_FMT_HOURS:
      format_set_num_format (f, "#,##0.0");
      break;
    case KP_FMT_DECIMAL:
      format_set_num_format (f, "#,##0.00");
      break;
    case KP_FMT_MONEY:
      format_set_num_format (f, cents ? "#,##0.00" : "#,##0");
      break;
    case KP_FMT_PERCENT:
      format_set_num_format (f, "0.0%");
      break;
    case KP_FMT_GANTT:
      format_set_bg_color (f, 0x5B9BD5);
      format_set_border (f, LXW_BORDER_HAIR);
      format_set_border_color (f, 0xFFFFFF);
      break;
    case KP_FMT_GANTT_PHASE:
      format_set_bg_color (f, 0x1F4E79);
      format_set_border (f, LXW_BORDER_HAIR);
      format_set_border_color (f, 0xFFFFFF);
      break;
    case KP_FMT_GANTT_MILESTONE:
      format_set_font_color (f, 0xC00000);
      format_set_bold (f);
      format_set_align (f, LXW_ALIGN_CENTER);
      break;
    case KP_FMT_GANTT_HEADER:
      format_set_bold (f);
      format_set_bg_color (f, 0xDDE4EE);
      format_set_bottom (f, LXW_BORDER_THIN);
      format_set_rotation (f, 90);
      format_set_align (f, LXW_ALIGN_CENTER);
      break;
    case KP_FMT_GANTT_TODAY:
      format_set_bold (f);
      format_set_bg_color (f, 0xF4B183);
      format_set_font_color (f, 0xC00000);
      format_set_bottom (f, LXW_BORDER_THIN);
      format_set_rotation (f, 90);
      format_set_align (f, LXW_ALIGN_CENTER);
      break;
    case KP_FMT_GANTT_TODAY_COLUMN:
      format_set_bg_color (f, 0xFBE5D6);
      break;
    case KP_FMT_TEXT:
    case KP_N_FORMATS:
    default:
      format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
      break;
    }
  return f;
}

static void
set_properties (KpWorkbook *wb)
{
  KpEntity *project = kp_document_get_project (wb->document);
  g_autofree char *title = kp_document_dup_title (wb->document);
  g_autofree char *clean_title = kp_export_clean_text (title, "");
  g_autofree char *owner = kp_export_clean_text (kp_entity_get_text (project, "owner-org"), "");
  g_autofree char *keywords = kp_export_clean_text (kp_entity_get_text (project, "case-number"), "");
  g_autofree char *comments = g_strdup_printf ("Kompetensplan %s", PACKAGE_VERSION);
  lxw_doc_properties props = { 0 };

  /* The owner organisation writes the report; without one, the app does. */
  if (*owner == '\0')
    {
      GListModel *orgs = kp_document_get_list (wb->document, &kp_desc_organisation);

      for (guint i = 0, n = g_list_model_get_n_items (orgs); i < n && *owner == '\0'; i++)
        {
          g_autoptr(KpEntity) org = g_list_model_get_item (orgs, i);

          if (g_str_equal (kp_entity_get_text (org, "project-role"), "owner"))
            {
              g_free (owner);
              owner = kp_export_clean_text (kp_entity_get_text (org, "name"), "");
            }
        }
    }
  if (*owner == '\0')
    {
      g_free (owner);
      owner = g_strdup ("Kompetensplan");
    }
  props.title = clean_title;
  props.subject = (char *) KP_TR (wb, N_("Follow-up report"));
  props.author = owner;
  props.company = owner;
  props.keywords = keywords;
  props.comments = comments;
  props.created = (time_t) g_date_time_to_unix (wb->generated);
  workbook_set_properties (wb->lxw, &props);
}

static void
workbook_free (KpWorkbook *wb)
{
  g_clear_pointer (&wb->report, kp_stats_report_free);
  g_clear_pointer (&wb->translator, kp_translator_free);
  g_clear_pointer (&wb->sheet_names, g_strfreev);
  g_clear_pointer (&wb->generated, g_date_time_unref);
}

static gboolean
disk_is_full (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct statvfs st;

  return statvfs (dir, &st) == 0 && (guint64) st.f_bavail * st.f_frsize < 64 * 1024;
}

/* ---- writing ------------------------------------------------------------------------- */

static gboolean
write_workbook (KpWorkbook  *wb,
                const char  *temp,
                GFile       *target,
                GError     **error)
{
  lxw_workbook_options lxw_options = { 0 };
  lxw_error err;

  /* Each sheet streams to a temporary file: memory stays flat whatever the row count. */
  lxw_options.constant_memory = LXW_TRUE;
  wb->lxw = workbook_new_opt (temp, &lxw_options);
  if (wb->lxw == NULL)
    {
      kp_export_set_io_error (error, target, errno != 0 ? errno : EIO);
      return FALSE;
    }
  for (guint total = 0; total < 2; total++)
    for (guint k = 0; k < KP_N_FORMATS; k++)
      wb->formats[total][k] = make_format (wb->lxw, k, total, g_str_equal (
        kp_entity_get_text (kp_document_get_project (wb->document), "currency"), "EUR"));
  set_properties (wb);

  for (guint i = 0; i < kp_n_sheet_writers; i++)
    {
      wb->weight_current = kp_sheet_writers[i].weight;
      if (!kp_workbook_progress (wb, 0, 1, error) || !kp_sheet_writers[i].write (wb, error))
        {
          /* Frees everything without writing the package. */
          lxw_workbook_free (wb->lxw);
          wb->lxw = NULL;
          return FALSE;
        }
      wb->weight_done += wb->weight_current;
    }
  wb->weight_current = CLOSE_WEIGHT;
  if (!kp_workbook_progress (wb, 0, 1, error))
    {
      lxw_workbook_free (wb->lxw);
      wb->lxw = NULL;
      return FALSE;
    }
  errno = 0;
  err = workbook_close (wb->lxw);
  wb->lxw = NULL;
  if (err != LXW_NO_ERROR)
    {
      int saved = errno;

      if (saved == ENOSPC || saved == EDQUOT || disk_is_full (temp))
        kp_export_set_io_error (error, target, ENOSPC);
      else if (saved != 0 && saved != ENOENT)
        kp_export_set_io_error (error, target, saved);
      else
        {
          g_autofree char *path = g_file_get_parse_name (target);

          g_set_error (error, KP_EXPORT_ERROR, KP_EXPORT_ERROR_FAILED,
                       _("Could not write “%s”: %s."), path, lxw_strerror (err));
        }
      return FALSE;
    }
  wb->weight_done += CLOSE_WEIGHT;
  wb->weight_current = 0;
  return kp_workbook_progress (wb, 1, 1, error);
}

gboolean
kp_export_workbook (KpDocument            *document,
                    GFile                 *target,
                    const KpExportOptions *options,
                    KpExportProgressFunc   progress,
                    gpointer               progress_data,
                    GCancellable          *cancellable,
                    GError               **error)
{
  static const KpExportOptions defaults = { 0 };
  KpWorkbook wb = { 0 };
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *temp = NULL;
  locale_t c_numeric, previous;
  gboolean ok;

  if (options == NULL)
    options = &defaults;
  wb.document = document;
  wb.options = options;
  wb.progress = progress;
  wb.progress_data = progress_data;
  wb.cancellable = cancellable;
  wb.translator = kp_translator_new (options->language != NULL ? options->language
                                                              : kp_translator_default_language (),
                                     options->locale_dir, error);
  if (wb.translator == NULL)
    return FALSE;
  wb.generated = options->generated != NULL ? g_date_time_ref (options->generated)
                                            : g_date_time_new_now_local ();
  wb.today = options->today != KP_DATE_NONE ? options->today : kp_date_today ();
  wb.weight_total = CLOSE_WEIGHT;
  wb.sheet_names = g_new0 (char *, kp_n_sheet_writers + 1);
  for (guint i = 0; i < kp_n_sheet_writers; i++)
    {
      wb.sheet_names[i] = kp_export_sheet_name (kp_tr (wb.translator, kp_sheet_writers[i].title), taken);
      wb.weight_total += kp_sheet_writers[i].weight;
    }

  temp = kp_export_temp_beside (target, error);
  if (temp == NULL)
    {
      workbook_free (&wb);
      return FALSE;
    }
  wb.report = kp_stats_report_new (document, &options->range, wb.today);

  /* libxlsxwriter prints numbers with printf: under a locale with a decimal comma it
   * would write "1,5" into the XML. This thread uses the C numeric conventions while it
   * writes; the rest of the process keeps its own. */
  c_numeric = newlocale (LC_NUMERIC_MASK, "C", duplocale (LC_GLOBAL_LOCALE));
  if (c_numeric == (locale_t) 0)
    {
      kp_export_set_io_error (error, target, errno);
      g_unlink (temp);
      workbook_free (&wb);
      return FALSE;
    }
  previous = uselocale (c_numeric);
  ok = write_workbook (&wb, temp, target, error);
  uselocale (previous);
  freelocale (c_numeric);

  if (ok)
    ok = kp_export_commit (temp, target, error);
  else
    g_unlink (temp);
  workbook_free (&wb);
  return ok;
}

/* ---- async --------------------------------------------------------------------------- */

typedef struct
{
  char *copy_dir;          /* a private folder with the copy of the project */
  char *copy_path;
  GFile *target;
  KpExportOptions options;
  char *language;
  char *locale_dir;
  KpExportProgressFunc progress;
  gpointer progress_data;
  GDestroyNotify progress_notify;
  GMainContext *context;
} ExportJob;

typedef struct
{
  GTask *task;   /* keeps the job alive */
  double fraction;
} ProgressCall;

static void
remove_copy (ExportJob *job)
{
  if (job->copy_path != NULL)
    {
      g_autofree char *wal = g_strconcat (job->copy_path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (job->copy_path, "-shm", NULL);

      g_unlink (wal);
      g_unlink (shm);
      g_unlink (job->copy_path);
    }
  if (job->copy_dir != NULL)
    g_rmdir (job->copy_dir);
}

static void
export_job_free (ExportJob *job)
{
  remove_copy (job);
  if (job->progress_notify != NULL)
    job->progress_notify (job->progress_data);
  g_clear_pointer (&job->options.generated, g_date_time_unref);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_clear_object (&job->target);
  g_free (job->copy_dir);
  g_free (job->copy_path);
  g_free (job->language);
  g_free (job->locale_dir);
  g_free (job);
}

static gboolean
progress_in_context_cb (gpointer data)
{
  ProgressCall *call = data;
  ExportJob *job = g_task_get_task_data (call->task);

  job->progress (call->fraction, job->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_call_free (gpointer data)
{
  ProgressCall *call = data;

  g_object_unref (call->task);
  g_free (call);
}

static void
progress_from_thread (double   fraction,
                      gpointer user_data)
{
  GTask *task = user_data;
  ExportJob *job = g_task_get_task_data (task);
  g_autoptr(GSource) idle = NULL;
  ProgressCall *call;

  if (job->progress == NULL)
    return;
  call = g_new (ProgressCall, 1);
  call->task = g_object_ref (task);
  call->fraction = fraction;
  /* Always through the caller's context: g_main_context_invoke() would call back on this
   * thread whenever the caller's thread is not iterating its context at the moment. */
  idle = g_idle_source_new ();
  g_source_set_priority (idle, G_PRIORITY_DEFAULT);
  g_source_set_callback (idle, progress_in_context_cb, call, progress_call_free);
  g_source_attach (idle, job->context);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GFile) copy = g_file_new_for_path (job->copy_path);
  g_autoptr(KpDocument) document = NULL;
  GError *error = NULL;

  document = kp_document_open (copy, &error);
  if (document == NULL ||
      !kp_export_workbook (document, job->target, &job->options, progress_from_thread, task,
                           cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

void
kp_export_workbook_async (KpDocument            *document,
                          GFile                 *target,
                          const KpExportOptions *options,
                          KpExportProgressFunc   progress,
                          gpointer               progress_data,
                          GDestroyNotify         progress_notify,
                          GCancellable          *cancellable,
                          GAsyncReadyCallback    callback,
                          gpointer               user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autoptr(GFile) copy = NULL;
  GError *error = NULL;

  g_task_set_source_tag (task, kp_export_workbook_async);
  job->target = g_object_ref (target);
  if (options != NULL)
    job->options = *options;
  job->language = g_strdup (job->options.language);
  job->locale_dir = g_strdup (job->options.locale_dir);
  job->options.language = job->language;
  job->options.locale_dir = job->locale_dir;
  if (job->options.generated != NULL)
    g_date_time_ref (job->options.generated);
  job->progress = progress;
  job->progress_data = progress_data;
  job->progress_notify = progress_notify;
  job->context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);

  /* The worker gets its own copy of the project: the document is not thread-safe, and
   * the user may go on editing while the workbook is written. The copy is one
   * consistent snapshot (SQLite's VACUUM INTO). */
  job->copy_dir = g_dir_make_tmp ("kompetensplan-export-XXXXXX", &error);
  if (job->copy_dir == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  job->copy_path = g_build_filename (job->copy_dir, "snapshot.kplan", NULL);
  copy = g_file_new_for_path (job->copy_path);
  if (!kp_document_save_copy (document, copy, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, export_thread);
}

gboolean
kp_export_workbook_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
