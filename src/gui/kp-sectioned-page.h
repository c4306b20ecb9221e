/* kp-sectioned-page.h: the base of a view made of sections: a sidebar that lists them
 * beside the section shown, in a leaflet that folds on a narrow window, where the sidebar
 * becomes a page of its own and the section gets a button back to it.
 *
 * A subclass's template (set with kp_sectioned_page_class_set_template) holds:
 * - an AdwLeaflet "leaflet" with the pages "sidebar" and "content";
 * - an empty GtkListBox "sidebar", which gets a row for each section;
 * - a GtkStack "stack" of the sections, each page with a name and a title;
 * - a GtkLabel "section_title", the title of the section shown, and a widget "back_bar"
 *   around it (with a button for the back action), shown while the leaflet is folded. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KP_TYPE_SECTIONED_PAGE (kp_sectioned_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (KpSectionedPage, kp_sectioned_page, KP, SECTIONED_PAGE, AdwBin)

struct _KpSectionedPageClass
{
  AdwBinClass parent_class;

  /*< private >*/
  const char *show_action;
};

/* For a subclass's class_init, before it binds its own template children. The actions are
 * a string-valued one that shows a section (its rows in the sidebar use it) and one that
 * goes back to the sidebar; both names must be static strings, e.g. "goals.show-section"
 * and "goals.back". */
void        kp_sectioned_page_class_set_template (GtkWidgetClass *widget_class,
                                                  const char     *resource_path,
                                                  const char     *show_action,
                                                  const char     *back_action);

/* Shows a section by its name in the stack; on a folded leaflet, in place of the sidebar. */
void        kp_sectioned_page_show_section       (KpSectionedPage *self,
                                                  const char      *section);
const char *kp_sectioned_page_get_section        (KpSectionedPage *self);
GtkWidget  *kp_sectioned_page_get_section_widget (KpSectionedPage *self,
                                                  const char      *section);
/* Whether the window is too narrow for the sidebar beside the section, and which of the
 * two ("sidebar" or "content") shows then. */
gboolean    kp_sectioned_page_get_folded         (KpSectionedPage *self);
const char *kp_sectioned_page_get_visible_pane   (KpSectionedPage *self);

G_END_DECLS
