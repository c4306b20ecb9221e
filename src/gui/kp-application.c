/* kp-application.c: the application, its command line and the windows it opens. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-application.h"
#include "kp-cli.h"
#include "kp-cli-export.h"
#include "kp-cli-overview.h"
#include "kp-cli-timeline.h"
#include "kp-examples.h"
#include "kp-store.h"
#include "kp-window.h"

#define MAX_RECENT 10

struct _KpApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  gboolean local_options_seen;
};

G_DEFINE_FINAL_TYPE (KpApplication, kp_application, ADW_TYPE_APPLICATION)

/* --example takes an optional name, which only a callback option can express. */
static char *example_option;

static gboolean
example_option_cb (const char  *option_name,
                   const char  *value,
                   gpointer     data,
                   GError     **error)
{
  g_free (example_option);
  example_option = g_strdup (value != NULL ? value : kp_example_default ()->name);
  return TRUE;
}

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  { "example", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, example_option_cb,
    N_("Open a new copy of a bundled example project (vardens-medarbetare unless NAME is given)"), N_("NAME") },
  { "list-examples", 0, 0, G_OPTION_ARG_NONE, NULL, N_("List the bundled example projects and quit"), NULL },
  { "write-example", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Write the example project NAME to the file given by --output"), N_("NAME") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL, N_("The file to write"), N_("PATH") },
  { "check", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Check a project file: integrity, schema version and rows per entity"), N_("FILE") },
  { "export-timeline", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Save the timeline of the project FILE as PNG, SVG or PDF (by the suffix of OUT)"), N_("OUT") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export-timeline or --export: the first day, yyyy-mm-dd"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export-timeline or --export: the last day, yyyy-mm-dd"), N_("DATE") },
  { "zoom", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export-timeline: day, week, month, quarter, year or fit"), N_("LEVEL") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export-timeline to PDF: a4 or a3, landscape"), N_("SIZE") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Import a GNOME Planner or GanttProject plan into the new project file given by --output"), N_("PLAN") },
  { "summary", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Print a plain-text summary of a project file: facts, key figures, goal fulfilment and decisions"), N_("FILE") },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write the follow-up workbook (.xlsx) of the project FILE to OUT; --language, --from and --to apply"), N_("OUT") },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export: the workbook's language, sv or en"), N_("LANG") },
  { "import-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Import follow-up rows from a CSV file into the project FILE (all or none); needs --kind"), N_("CSV") },
  { "kind", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --import-csv: time, staffing, participants or budget"), N_("KIND") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

const char *
kp_application_locale_dir (void)
{
  /* A build tree runs with its own translations (see po/meson.build). */
  const char *dir = g_getenv ("KOMPETENSPLAN_LOCALEDIR");

  return dir != NULL ? dir : LOCALEDIR;
}

/* Opens files in the running instance, or in this one once it runs. */
static int
open_files (GApplication       *app,
            const char *const  *paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));
  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return KP_EXIT_BAD_INPUT;
    }
  g_application_open (app, (GFile **) files->pdata, (int) files->len, "");
  /* A remote instance has done its part; this one goes on to run the windows. */
  return g_application_get_is_remote (app) ? KP_EXIT_OK : -1;
}

static int
kp_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  KpApplication *self = KP_APPLICATION (app);
  const char *write_example = NULL, *output = NULL, *check = NULL, *summary = NULL;
  g_autofree const char **files = NULL;

  self->local_options_seen = TRUE;
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  g_variant_dict_lookup (options, "write-example", "&s", &write_example);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  g_variant_dict_lookup (options, "check", "^&ay", &check);

  if (g_variant_dict_contains (options, "version"))
    return kp_cli_version ();
  if (g_variant_dict_contains (options, "list-examples"))
    return kp_cli_list_examples ();
  if (write_example != NULL)
    return kp_cli_write_example (write_example, output);
  {
    int follow_up = kp_cli_follow_up_dispatch (options, files);

    if (follow_up >= 0)
      return follow_up;
  }
  if (kp_cli_timeline_wanted (options))
    return kp_cli_timeline_dispatch (options, files);
  if (output != NULL)
    {
      g_printerr (_("--output goes with --write-example.\n"));
      return KP_EXIT_USAGE;
    }
  if (check != NULL)
    return kp_cli_check (check);
  if (g_variant_dict_lookup (options, "summary", "^&ay", &summary))
    return kp_cli_summary (summary);
  if (example_option != NULL)
    {
      int code = KP_EXIT_OK;
      g_autofree char *path = kp_cli_example_copy (example_option, &code);
      const char *paths[] = { path, NULL };

      g_clear_pointer (&example_option, g_free);
      if (path == NULL)
        return code;
      return open_files (app, paths);
    }
  if (files != NULL && files[0] != NULL)
    return open_files (app, files);
  return -1;
}

/* GApplication exits with 1 on an unknown option; bad usage is 2 here. */
static gboolean
kp_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  KpApplication *self = KP_APPLICATION (app);
  gboolean handled = G_APPLICATION_CLASS (kp_application_parent_class)->local_command_line (app, arguments, exit_status);

  if (handled && *exit_status == 1 && !self->local_options_seen)
    *exit_status = KP_EXIT_USAGE;
  return handled;
}

static KpWindow *
window_without_document (KpApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (KP_IS_WINDOW (l->data) && kp_window_get_document (l->data) == NULL)
      return l->data;
  return NULL;
}

static KpWindow *
new_window (KpApplication *self)
{
  return kp_window_new (self);
}

static void
kp_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (new_window (KP_APPLICATION (app)));
  gtk_window_present (window);
}

static void
kp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    kp_application_open_file (KP_APPLICATION (app), files[i], NULL);
}

static void
document_opened_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(KpWindow) window = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) document = kp_document_open_finish (result, &error);
  KpApplication *self = KP_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));

  if (document == NULL)
    {
      kp_window_show_error (window, error->message);
      if (g_error_matches (error, KP_STORE_ERROR, KP_STORE_ERROR_NOT_FOUND))
        {
          GFile *file = g_object_get_data (G_OBJECT (window), "kp-opening");

          if (file != NULL)
            kp_application_forget_recent (self, file);
        }
      return;
    }
  kp_application_show_document (self, document, GTK_WINDOW (window));
}

void
kp_application_open_file (KpApplication *self,
                          GFile         *file,
                          GtkWindow     *from)
{
  KpWindow *window = from != NULL && KP_IS_WINDOW (from) && kp_window_get_document (KP_WINDOW (from)) == NULL
                     ? KP_WINDOW (from) : window_without_document (self);

  if (window == NULL)
    window = new_window (self);
  gtk_window_present (GTK_WINDOW (window));
  g_object_set_data_full (G_OBJECT (window), "kp-opening", g_object_ref (file), g_object_unref);
  kp_document_open_async (file, NULL, document_opened_cb, g_object_ref (window));
}

void
kp_application_show_document (KpApplication *self,
                              KpDocument    *document,
                              GtkWindow     *from)
{
  KpWindow *window = from != NULL && KP_IS_WINDOW (from) && kp_window_get_document (KP_WINDOW (from)) == NULL
                     ? KP_WINDOW (from) : window_without_document (self);

  if (window == NULL)
    window = new_window (self);
  kp_window_set_document (window, document);
  kp_application_add_recent (self, kp_document_get_file (document));
  gtk_window_present (GTK_WINDOW (window));
}

GSettings *
kp_application_get_settings (KpApplication *self)
{
  return self->settings;
}

void
kp_application_forget_recent (KpApplication *self,
                              GFile         *file)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-projects");
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_autofree char *path = g_file_get_path (file);
  g_auto(GStrv) list = NULL;

  for (guint i = 0; recent[i] != NULL; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      g_strv_builder_add (kept, recent[i]);
  list = g_strv_builder_end (kept);
  g_settings_set_strv (self->settings, "recent-projects", (const char *const *) list);
}

void
kp_application_add_recent (KpApplication *self,
                           GFile         *file)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-projects");
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *examples = g_build_filename (g_get_user_cache_dir (), "kompetensplan", "examples", NULL);
  g_auto(GStrv) list = NULL;
  guint n = 1;

  /* Fresh copies of examples are not worth remembering. */
  if (path == NULL || g_str_has_prefix (path, examples))
    return;
  g_strv_builder_add (kept, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      {
        g_strv_builder_add (kept, recent[i]);
        n++;
      }
  list = g_strv_builder_end (kept);
  g_settings_set_strv (self->settings, "recent-projects", (const char *const *) list);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (new_window (user_data)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  static const char *developers[] = { "Kompetensplan contributors", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", "Kompetensplan",
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("Kompetensplan contributors"),
                        "developers", developers,
                        "comments", _("Plan competence supply in municipal health and elderly care: the project, its timeline, competence plans, goals and the follow-up the steering group reads."),
                        "website", "https://kompetensplan.se",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Every edit is already saved; closing the windows lets each remember its size. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "about", about_action },
  { "quit", quit_action },
};

static void
kp_application_startup (GApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new-window", { "<Control><Shift>n", NULL } },
    { "win.new-project", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save-copy", { "<Control><Shift>s", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.show-view::overview", { "<Alt>1", NULL } },
    { "win.show-view::timeline", { "<Alt>2", NULL } },
    { "win.show-view::competence", { "<Alt>3", NULL } },
    { "win.show-view::goals", { "<Alt>4", NULL } },
    { "win.show-view::follow-up", { "<Alt>5", NULL } },
  };

  G_APPLICATION_CLASS (kp_application_parent_class)->startup (app);
  /* Only the windows need settings; the headless options work without the schema. */
  KP_APPLICATION (app)->settings = g_settings_new (APP_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

static void
kp_application_finalize (GObject *object)
{
  KpApplication *self = KP_APPLICATION (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (kp_application_parent_class)->finalize (object);
}

static void
kp_application_class_init (KpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = kp_application_finalize;
  app_class->activate = kp_application_activate;
  app_class->open = kp_application_open;
  app_class->startup = kp_application_startup;
  app_class->handle_local_options = kp_application_handle_local_options;
  app_class->local_command_line = kp_application_local_command_line;
}

static void
kp_application_init (KpApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan competence-supply projects in health and elderly care."));
}

KpApplication *
kp_application_new (GApplicationFlags flags)
{
  return g_object_new (KP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/se/kompetensplan/Kompetensplan",
                       NULL);
}
