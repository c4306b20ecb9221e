/* kp-export-lang.h: the language of one export, independent of the app's own.
 *
 * A workbook or CSV file is written in the language the user picks, whatever the app runs
 * in. gettext cannot do that per call: its language comes from the process-wide LANGUAGE
 * variable first, which a worker thread cannot change safely, and from a locale that may
 * not be installed. So an export reads the app's compiled catalogue itself, once, and
 * looks its strings up here. Mark strings with N_() (or NC_()) and translate them with
 * kp_tr() / kp_trc().
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KpTranslator KpTranslator;

/* The languages an export can be written in. */
#define KP_EXPORT_LANGUAGES "sv", "en"

gboolean      kp_translator_is_supported (const char   *language);
/* "sv" when the user's messages are Swedish (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else
 * "en". */
const char   *kp_translator_default_language (void);
/* The folder with <lang>/LC_MESSAGES/kompetensplan.mo: KOMPETENSPLAN_LOCALEDIR when set
 * (a build tree), else the installed one. */
const char   *kp_translator_default_locale_dir (void);

/* English needs no catalogue. For another language, NULL and an error when its catalogue
 * is missing or damaged. locale_dir NULL means the default. */
KpTranslator *kp_translator_new          (const char   *language,
                                          const char   *locale_dir,
                                          GError      **error);
void          kp_translator_free         (KpTranslator *self);
const char   *kp_translator_get_language (KpTranslator *self);
/* The translation of msgid, or msgid itself. */
const char   *kp_tr                      (KpTranslator *self,
                                          const char   *msgid) G_GNUC_FORMAT (2);
const char   *kp_trc                     (KpTranslator *self,
                                          const char   *context,
                                          const char   *msgid) G_GNUC_FORMAT (3);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpTranslator, kp_translator_free)

G_END_DECLS
