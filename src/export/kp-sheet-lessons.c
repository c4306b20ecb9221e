/* kp-sheet-lessons.c: the Lessons sheet of the workbook: success factors, pitfalls and
 * recommendations for continued development, each with its owner. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kp-export-private.h"

#define LESSON_WIDTH 80.0
#define OWNER_WIDTH 40.0

gboolean
kp_sheet_lessons_write (KpWorkbook  *wb,
                        GError     **error)
{
  static const char *const header[] = { N_("Kind"), N_("Lesson"), N_("Owner"), NULL };
  g_autoptr(KpSheet) sheet = kp_sheet_new (wb, "lessons", error);
  GListModel *lessons = kp_document_get_list (kp_workbook_document (wb), &kp_desc_lesson);
  guint n = g_list_model_get_n_items (lessons);
  lxw_row_t row = 1;

  if (sheet == NULL)
    return FALSE;
  kp_sheet_header (sheet, 0, 0, header);
  /* In the catalogue's order: success factors, pitfalls, recommendations. */
  for (guint k = 0; k < kp_catalog_lesson_kind.n_choices; k++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(KpEntity) lesson = g_list_model_get_item (lessons, i);
        const char *kind = kp_entity_get_text (lesson, "kind");

        if (!g_str_equal (kind, kp_catalog_lesson_kind.choices[k].key))
          continue;
        kp_sheet_text (sheet, row, 0, kp_workbook_choice (wb, &kp_catalog_lesson_kind, kind), KP_FMT_TEXT);
        kp_sheet_text (sheet, row, 1, kp_entity_get_text (lesson, "text"), KP_FMT_WRAP);
        kp_sheet_text (sheet, row, 2, kp_entity_get_text (lesson, "owner"), KP_FMT_WRAP);
        row++;
      }
  kp_sheet_set_width (sheet, 1, LESSON_WIDTH);
  kp_sheet_set_width (sheet, 2, OWNER_WIDTH);
  return kp_sheet_finish (g_steal_pointer (&sheet), error);
}
