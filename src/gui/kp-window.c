/* kp-window.c: the main window: header bar, welcome page or the project's five views. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kp-examples.h"
#include "kp-welcome-page.h"
#include "kp-window-private.h"

G_DEFINE_FINAL_TYPE (KpWindow, kp_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_history_actions (KpWindow *self)
{
  gboolean open = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", open && kp_document_can_undo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", open && kp_document_can_redo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-view", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-csv", open && !kp_document_get_read_only (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-workbook", open);
}

static void
update_title (KpWindow *self)
{
  g_autofree char *title = self->document != NULL ? kp_document_dup_title (self->document) : NULL;

  adw_view_switcher_title_set_title (self->switcher_title, title != NULL ? title : "Kompetensplan");
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : "Kompetensplan");
  if (self->document != NULL)
    {
      g_autofree char *path = g_file_get_path (kp_document_get_file (self->document));
      g_autofree char *home = g_strdup (g_get_home_dir ());
      g_autofree char *shown = g_str_has_prefix (path, home) ? g_strconcat ("~", path + strlen (home), NULL)
                                                            : g_strdup (path);

      adw_view_switcher_title_set_subtitle (self->switcher_title, shown);
    }
}

static void
document_changed_cb (KpWindow *self)
{
  update_history_actions (self);
  update_title (self);
}

KpDocument *
kp_window_get_document (KpWindow *self)
{
  g_return_val_if_fail (KP_IS_WINDOW (self), NULL);
  return self->document;
}

void
kp_window_set_document (KpWindow   *self,
                        KpDocument *document)
{
  g_return_if_fail (KP_IS_WINDOW (self));
  g_return_if_fail (self->document == NULL);

  self->document = g_object_ref (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::can-undo", G_CALLBACK (update_history_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::can-redo", G_CALLBACK (update_history_actions), self, G_CONNECT_SWAPPED);

  if (kp_document_get_read_only (document))
    {
      g_autofree char *text = g_strdup_printf (_("Read-only: %s Changes cannot be made in this window."),
                                               kp_document_get_read_only_reason (document));

      gtk_label_set_text (self->banner_label, text);
      gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
    }
  kp_overview_page_set_document (self->overview, document);
  kp_timeline_view_set_document (self->timeline_view, document);
  kp_goals_page_set_document (self->goals, document);
  kp_competence_view_set_document (self->competence_view, document);
  kp_followup_view_set_document (self->followup_view, document);
  gtk_widget_set_visible (GTK_WIDGET (self->history_box), TRUE);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "project");
  adw_view_stack_set_visible_child_name (self->view_stack, "overview");
  update_title (self);
  update_history_actions (self);
}

void
kp_window_show_toast (KpWindow   *self,
                      const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
kp_window_add_toast (KpWindow *self,
                     AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
kp_window_show_error (KpWindow   *self,
                      const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

const char *
kp_window_get_visible_view (KpWindow *self)
{
  if (self->document == NULL)
    return "welcome";
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

static gboolean
kp_window_close_request (GtkWindow *window)
{
  KpWindow *self = KP_WINDOW (window);
  GtkApplication *app = gtk_window_get_application (window);
  GSettings *settings = app != NULL ? kp_application_get_settings (KP_APPLICATION (app)) : NULL;

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
    }
  (void) self;
  return GTK_WINDOW_CLASS (kp_window_parent_class)->close_request (window);
}

static void
kp_window_dispose (GObject *object)
{
  KpWindow *self = KP_WINDOW (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_WINDOW);
  G_OBJECT_CLASS (kp_window_parent_class)->dispose (object);
}

static void
kp_window_class_init (KpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kp_window_dispose;
  window_class->close_request = kp_window_close_request;

  g_type_ensure (KP_TYPE_WELCOME_PAGE);
  g_type_ensure (KP_TYPE_TIMELINE_VIEW);
  g_type_ensure (KP_TYPE_OVERVIEW_PAGE);
  g_type_ensure (KP_TYPE_GOALS_PAGE);
  g_type_ensure (KP_TYPE_COMPETENCE_VIEW);
  g_type_ensure (KP_TYPE_FOLLOWUP_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, history_box);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, goals);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, competence_view);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, followup_view);

  kp_window_class_install_actions (widget_class);
}

static void
kp_window_init (KpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The bottom switcher appears when the title has no room for the view switcher. */
  g_object_bind_property (self->switcher_title, "title-visible", self->switcher_bar, "reveal",
                          G_BINDING_SYNC_CREATE);
  gtk_menu_button_set_menu_model (self->menu_button, kp_window_build_menu ());
  gtk_widget_set_visible (GTK_WIDGET (self->history_box), FALSE);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  update_history_actions (self);
}

KpWindow *
kp_window_new (KpApplication *application)
{
  GSettings *settings = kp_application_get_settings (application);
  KpWindow *self = g_object_new (KP_TYPE_WINDOW, "application", application, NULL);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  kp_welcome_page_set_settings (self->welcome_page, settings);
  return self;
}
