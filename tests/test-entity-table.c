/* test-entity-table.c: the generic editable table and form, through their widgets. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fixtures/kp-gui-test.h"
#include "kp-entity-cell.h"
#include "kp-entity-form.h"
#include "kp-entity-table.h"
#include "kp-examples.h"
#include "kp-format.h"

static KpDocument *
example (void)
{
  g_autoptr(GError) error = NULL;
  KpDocument *document = kp_example_open_copy (kp_example_default (), &error);

  g_assert_no_error (error);
  return document;
}

static KpEntity *
find_by_name (KpDocument         *document,
              const KpEntityDesc *desc,
              const char         *name)
{
  GListModel *list = kp_document_get_list (document, desc);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      if (g_str_equal (kp_entity_get_text (e, "name"), name))
        return e;
    }
  return NULL;
}

static void
test_rows_search_add_remove (void)
{
  g_autoptr(KpDocument) document = example ();
  static const char *fields[] = { "name", "kind", "project-role", "org-number", NULL };
  KpEntityTable *table = kp_entity_table_new (&kp_desc_organisation, fields);
  GtkWidget *window = gtk_window_new ();
  GListModel *orgs = kp_document_get_list (document, &kp_desc_organisation);
  g_autoptr(KpEntity) draft = kp_entity_new (&kp_desc_organisation);
  g_autoptr(GError) error = NULL;
  guint before = g_list_model_get_n_items (orgs);
  GtkWidget *search;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (table));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  kp_entity_table_set_document (table, document);
  gtk_window_present (GTK_WINDOW (window));
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (table)), ==, before);

  /* The search matches any shown text, case-insensitively. */
  search = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (table)));
  g_assert_true (GTK_IS_SEARCH_ENTRY (search));
  gtk_editable_set_text (GTK_EDITABLE (search), "SKÖVDE");
  g_signal_emit_by_name (search, "search-changed");
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (table)), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (table)), <, before);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  kpg_drain ();

  /* A bad draft is refused with the field named; a good one is added and undoable. */
  kp_entity_set_text (draft, "kind", "municipality");
  kp_entity_set_text (draft, "project-role", "partner");
  g_assert_false (kp_entity_table_add (table, draft, &error));
  g_assert_nonnull (strstr (error->message, "Name"));
  g_clear_error (&error);
  kp_entity_set_text (draft, "name", "Töreboda kommun");
  g_assert_true (kp_entity_table_add (table, draft, &error));
  g_assert_no_error (error);
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (table)), ==, before + 1);

  /* Removing a row that nothing belongs to needs no question. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (kp_entity_table_get_rows (table)),
                                     GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < g_list_model_get_n_items (kp_entity_table_get_rows (table)); i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (kp_entity_table_get_rows (table), i);

      if (e == draft)
        gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (kp_entity_table_get_rows (table)), i);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.remove", NULL));
  kpg_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, before);
  g_assert_null (find_by_name (document, &kp_desc_organisation, "Töreboda kommun"));
  g_assert_true (kp_document_undo (document, &error));
  g_assert_nonnull (find_by_name (document, &kp_desc_organisation, "Töreboda kommun"));
  gtk_window_destroy (GTK_WINDOW (window));
  kpg_drain ();
}

static void
test_form_edits_document (void)
{
  g_autoptr(KpDocument) document = example ();
  static const char *fields[] = { "title", "budget", "funder-share", "start-date", "funder", NULL };
  KpEntityForm *form = kp_entity_form_new (&kp_desc_project, fields);
  GtkWidget *window = gtk_window_new ();
  KpEntity *project = kp_document_get_project (document);
  g_autoptr(GError) error = NULL;
  GtkWidget *row = kp_entity_form_get_row (form, "funder-share");
  double before = kp_entity_get_real (project, "funder-share");

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (form));
  kp_entity_form_bind (form, document, project);
  gtk_window_present (GTK_WINDOW (window));
  kpg_drain ();

  g_assert_true (ADW_IS_ENTRY_ROW (row));

  /* Out of range: refused, nothing stored, the row marked. */
  gtk_editable_set_text (GTK_EDITABLE (row), "140");
  g_signal_emit_by_name (row, "apply");
  kpg_drain ();
  g_assert_cmpfloat (kp_entity_get_real (project, "funder-share"), ==, before);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  /* Accepted, then undone: the row follows. */
  gtk_editable_set_text (GTK_EDITABLE (row), "46");
  g_signal_emit_by_name (row, "apply");
  kpg_drain ();
  g_assert_cmpfloat (kp_entity_get_real (project, "funder-share"), ==, 46.0);
  g_assert_true (kp_document_undo (document, &error));
  kpg_drain ();
  g_assert_cmpfloat (kp_entity_get_real (project, "funder-share"), ==, before);
  {
    g_autofree char *shown = kp_format_number (before, 2);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, shown);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  kpg_drain ();
}

/* A table out of sight has its rows but makes no cells for them until it is shown. */
static void
test_cells_when_shown (void)
{
  g_autoptr(KpDocument) document = example ();
  static const char *fields[] = { "name", "kind", NULL };
  KpEntityTable *table = kp_entity_table_new (&kp_desc_organisation, fields);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *column_view;
  guint n = g_list_model_get_n_items (kp_document_get_list (document, &kp_desc_organisation));

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (table));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  kp_entity_table_set_document (table, document);
  column_view = kpg_find (GTK_WIDGET (table), GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (column_view);
  g_assert_cmpuint (g_list_model_get_n_items (kp_entity_table_get_rows (table)), ==, n);
  g_assert_null (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
  g_assert_null (kpg_find (column_view, KP_TYPE_ENTITY_CELL));

  gtk_window_present (GTK_WINDOW (window));
  kpg_drain ();
  g_assert_true (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view))) == kp_entity_table_get_rows (table));
  g_assert_nonnull (kpg_find (column_view, KP_TYPE_ENTITY_CELL));

  /* Out of sight again, the table keeps its cells; new rows wait to be shown. */
  gtk_widget_set_visible (window, FALSE);
  kpg_drain ();
  g_assert_nonnull (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
  kp_entity_table_set_document (table, document);
  g_assert_null (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
  gtk_window_present (GTK_WINDOW (window));
  kpg_drain ();
  g_assert_true (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view))) == kp_entity_table_get_rows (table));
  gtk_window_destroy (GTK_WINDOW (window));
  kpg_drain ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("kp-test-cache-XXXXXX", NULL);

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/entity-table/rows-search-add-remove", test_rows_search_add_remove);
  g_test_add_func ("/entity-table/cells-when-shown", test_cells_when_shown);
  g_test_add_func ("/entity-form/edits-document", test_form_edits_document);
  return g_test_run ();
}
