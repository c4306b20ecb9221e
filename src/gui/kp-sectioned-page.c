/* kp-sectioned-page.c: sections behind a sidebar that folds away. */
#include "config.h"

#include "kp-sectioned-page.h"

typedef struct
{
  AdwLeaflet *leaflet;
  GtkListBox *sidebar;
  GtkWidget *back_bar;
  GtkLabel *section_title;
  GtkStack *stack;
} KpSectionedPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KpSectionedPage, kp_sectioned_page, ADW_TYPE_BIN)

void
kp_sectioned_page_show_section (KpSectionedPage *self,
                                const char      *section)
{
  KpSectionedPagePrivate *priv = kp_sectioned_page_get_instance_private (self);

  g_return_if_fail (gtk_stack_get_child_by_name (priv->stack, section) != NULL);
  gtk_stack_set_visible_child_name (priv->stack, section);
  adw_leaflet_set_visible_child_name (priv->leaflet, "content");
}

const char *
kp_sectioned_page_get_section (KpSectionedPage *self)
{
  KpSectionedPagePrivate *priv = kp_sectioned_page_get_instance_private (self);

  return gtk_stack_get_visible_child_name (priv->stack);
}

GtkWidget *
kp_sectioned_page_get_section_widget (KpSectionedPage *self,
                                      const char      *section)
{
  KpSectionedPagePrivate *priv = kp_sectioned_page_get_instance_private (self);

  return gtk_stack_get_child_by_name (priv->stack, section);
}

gboolean
kp_sectioned_page_get_folded (KpSectionedPage *self)
{
  KpSectionedPagePrivate *priv = kp_sectioned_page_get_instance_private (self);

  return adw_leaflet_get_folded (priv->leaflet);
}

const char *
kp_sectioned_page_get_visible_pane (KpSectionedPage *self)
{
  KpSectionedPagePrivate *priv = kp_sectioned_page_get_instance_private (self);

  return adw_leaflet_get_visible_child_name (priv->leaflet);
}

/* Keeps the sidebar's selection and the title above the section in step with the section
 * shown, however it came to be shown. */
static void
visible_child_cb (KpSectionedPage *self)
{
  KpSectionedPagePrivate *priv = kp_sectioned_page_get_instance_private (self);
  GtkWidget *child = gtk_stack_get_visible_child (priv->stack);
  g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (priv->stack);

  for (guint i = 0; child != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkStackPage *page = GTK_STACK_PAGE (item);

      if (gtk_stack_page_get_child (page) != child)
        continue;
      gtk_list_box_select_row (priv->sidebar, gtk_list_box_get_row_at_index (priv->sidebar, (int) i));
      gtk_label_set_text (priv->section_title, gtk_stack_page_get_title (page));
    }
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  kp_sectioned_page_show_section (KP_SECTIONED_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  KpSectionedPagePrivate *priv = kp_sectioned_page_get_instance_private (KP_SECTIONED_PAGE (widget));

  adw_leaflet_navigate (priv->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
kp_sectioned_page_class_set_template (GtkWidgetClass *widget_class,
                                      const char     *resource_path,
                                      const char     *show_action,
                                      const char     *back_action)
{
  g_return_if_fail (g_type_is_a (G_TYPE_FROM_CLASS (widget_class), KP_TYPE_SECTIONED_PAGE));

  KP_SECTIONED_PAGE_CLASS (widget_class)->show_action = show_action;
  gtk_widget_class_set_template_from_resource (widget_class, resource_path);
  /* The subclass's template fills the fields of this class's private part. */
  gtk_widget_class_bind_template_child_private (widget_class, KpSectionedPage, leaflet);
  gtk_widget_class_bind_template_child_private (widget_class, KpSectionedPage, sidebar);
  gtk_widget_class_bind_template_child_private (widget_class, KpSectionedPage, back_bar);
  gtk_widget_class_bind_template_child_private (widget_class, KpSectionedPage, section_title);
  gtk_widget_class_bind_template_child_private (widget_class, KpSectionedPage, stack);
  gtk_widget_class_install_action (widget_class, show_action, "s", show_section_action);
  gtk_widget_class_install_action (widget_class, back_action, NULL, go_back_action);
}

/* Runs after the subclass's init has built its template: a row in the sidebar for each
 * section of the stack, in the stack's order. */
static void
kp_sectioned_page_constructed (GObject *object)
{
  KpSectionedPage *self = KP_SECTIONED_PAGE (object);
  KpSectionedPagePrivate *priv = kp_sectioned_page_get_instance_private (self);
  g_autoptr(GtkSelectionModel) pages = NULL;

  G_OBJECT_CLASS (kp_sectioned_page_parent_class)->constructed (object);
  pages = gtk_stack_get_pages (priv->stack);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkStackPage *page = GTK_STACK_PAGE (item);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (gtk_stack_page_get_title (page));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), KP_SECTIONED_PAGE_GET_CLASS (self)->show_action);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", gtk_stack_page_get_name (page));
      gtk_list_box_append (priv->sidebar, row);
    }
  /* The back button is for a folded leaflet, where the sidebar is a page of its own. */
  g_object_bind_property (priv->leaflet, "folded", priv->back_bar, "visible", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (priv->stack, "notify::visible-child", G_CALLBACK (visible_child_cb), self, G_CONNECT_SWAPPED);
  visible_child_cb (self);
}

static void
kp_sectioned_page_dispose (GObject *object)
{
  KpSectionedPagePrivate *priv = kp_sectioned_page_get_instance_private (KP_SECTIONED_PAGE (object));

  if (priv->stack != NULL)
    g_signal_handlers_disconnect_by_data (priv->stack, object);
  /* The leaflet is both the bin's child and a template child: the bin lets go first, so
   * that it does not unparent a widget the template has already dropped. The template is
   * the subclass's. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), G_OBJECT_TYPE (object));
  G_OBJECT_CLASS (kp_sectioned_page_parent_class)->dispose (object);
}

static void
kp_sectioned_page_class_init (KpSectionedPageClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = kp_sectioned_page_constructed;
  G_OBJECT_CLASS (klass)->dispose = kp_sectioned_page_dispose;
}

static void
kp_sectioned_page_init (KpSectionedPage *self)
{
}
