/* kp-welcome-page.c: new, open, recent projects and the bundled examples. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-examples.h"
#include "kp-welcome-page.h"

struct _KpWelcomePage
{
  AdwBin parent_instance;

  GSettings *settings;
  AdwPreferencesGroup *recent_group;
  GtkListBox *recent_list;
  GtkListBox *example_list;
};

G_DEFINE_FINAL_TYPE (KpWelcomePage, kp_welcome_page, ADW_TYPE_BIN)

static GtkWidget *
action_row (const char *title,
            const char *subtitle,
            const char *action,
            GVariant   *target)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  return row;
}

static void
fill_recent (KpWelcomePage *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-projects");
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *dir = NULL;

      if (!g_file_test (recent[i], G_FILE_TEST_IS_REGULAR))
        continue;
      name = g_filename_display_basename (recent[i]);
      dir = g_filename_display_name (recent[i]);
      gtk_list_box_append (self->recent_list,
                           action_row (name, dir, "win.open-recent", g_variant_new_string (recent[i])));
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), shown > 0);
}

void
kp_welcome_page_set_settings (KpWelcomePage *self,
                              GSettings     *settings)
{
  g_return_if_fail (KP_IS_WELCOME_PAGE (self));

  g_set_object (&self->settings, settings);
  g_signal_connect_object (settings, "changed::recent-projects", G_CALLBACK (fill_recent), self,
                           G_CONNECT_SWAPPED);
  fill_recent (self);
}

static void
kp_welcome_page_dispose (GObject *object)
{
  KpWelcomePage *self = KP_WELCOME_PAGE (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_WELCOME_PAGE);
  G_OBJECT_CLASS (kp_welcome_page_parent_class)->dispose (object);
}

static void
kp_welcome_page_class_init (KpWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_welcome_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/se/kompetensplan/Kompetensplan/ui/kp-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, KpWelcomePage, recent_list);
  gtk_widget_class_bind_template_child (widget_class, KpWelcomePage, example_list);
}

static void
kp_welcome_page_init (KpWelcomePage *self)
{
  guint n;
  const KpExample *examples = kp_examples (&n);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->example_list,
                         action_row (examples[i].title, _(examples[i].description),
                                     "win.open-example", g_variant_new_string (examples[i].name)));
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), FALSE);
}
