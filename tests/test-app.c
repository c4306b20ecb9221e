/* test-app.c: the application shell under a real display (Xvfb in CI). */
#include "config.h"

#include <adwaita.h>

#include "fixtures/kp-gui-test.h"
#include "kp-application.h"
#include "kp-examples.h"
#include "kp-window.h"

static KpWindow *
only_window (KpApplication *app)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (KP_IS_WINDOW (windows->data));
  return windows->data;
}

/* One application for the whole program, as GTK can be initialised only once. */
static KpApplication *app;

static void
test_welcome_and_views (void)
{
  g_autoptr(KpDocument) document = NULL;
  static const char *views[] = { "overview", "timeline", "competence", "goals", "follow-up" };
  KpWindow *window;

  g_application_activate (G_APPLICATION (app));
  kpg_drain ();
  window = only_window (app);
  g_assert_null (kp_window_get_document (window));
  g_assert_cmpstr (kp_window_get_visible_view (window), ==, "welcome");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline") &&
                  g_strcmp0 (kp_window_get_visible_view (window), "timeline") == 0);
  kpg_wait_ms (300);
  kpg_assert_screenshot (GTK_WIDGET (window), "screenshot-welcome.png");

  /* The welcome page's example row opens a fresh copy of the example in this window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", "s",
                                             kp_example_default ()->name));
  kpg_drain ();
  window = only_window (app);
  document = kp_window_get_document (window);
  g_assert_nonnull (document);
  g_object_ref (document);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, kp_example_default ()->title);
  g_assert_false (kp_document_get_read_only (document));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *shot = g_strdup_printf ("screenshot-%s.png", views[i]);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i]));
      kpg_drain ();
      g_assert_cmpstr (kp_window_get_visible_view (window), ==, views[i]);
      kpg_wait_ms (100);
      kpg_assert_screenshot (GTK_WIDGET (window), shot);
    }

  /* The goals' arrows show an activity on the timeline. */
  {
    g_autoptr(KpEntity) task = g_list_model_get_item (kp_document_get_list (document, &kp_desc_task), 0);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "goals"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-task", "x", kp_entity_get_id (task)));
    kpg_drain ();
    g_assert_cmpstr (kp_window_get_visible_view (window), ==, "timeline");
  }

  /* A second window on the same file is read-only and says so. */
  kp_application_open_file (app, kp_document_get_file (document), NULL);
  {
    GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));
    KpWindow *second = NULL;

    for (GList *l = windows; l; l = l->next)
      if (l->data != window)
        second = l->data;
    g_assert_nonnull (second);
    for (guint i = 0; i < 250 && kp_window_get_document (second) == NULL; i++)
      kpg_wait_ms (20);
    g_assert_nonnull (kp_window_get_document (second));
    g_assert_true (kp_document_get_read_only (kp_window_get_document (second)));
    gtk_window_destroy (GTK_WINDOW (second));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  kpg_drain ();
}

static void
test_undo_actions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KpDocument) document = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kp-app-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "p.kplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KpWindow *window;
  KpEntity *project;

  document = kp_document_create (file, &error);
  g_assert_no_error (error);
  kp_application_show_document (app, document, NULL);
  kpg_drain ();
  window = only_window (app);
  project = kp_document_get_project (document);

  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL) &&
                  kp_document_can_redo (document));
  g_assert_true (kp_document_set_text (document, project, "title", "Nytt namn", &error));
  kpg_drain ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Nytt namn");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  kpg_drain ();
  g_assert_cmpstr (kp_entity_get_text (project, "title"), !=, "Nytt namn");
  g_assert_true (kp_document_can_redo (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  kpg_drain ();
  g_assert_cmpstr (kp_entity_get_text (project, "title"), ==, "Nytt namn");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Nytt namn");
  gtk_window_destroy (GTK_WINDOW (window));
  kpg_drain ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("kp-test-cache-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  int status;

  /* Example copies go to a private cache. (G_TEST_OPTION_ISOLATE_DIRS would also hide the
   * MIME database, which GTK needs to load the SVG app icon.) */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);

  g_test_init (&argc, &argv, NULL);
  app = kp_application_new (G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_test_add_func ("/app/welcome-and-views", test_welcome_and_views);
  g_test_add_func ("/app/undo-actions", test_undo_actions);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
