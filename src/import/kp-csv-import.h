/* kp-csv-import.h: follow-up data from CSV files: time entries, staffing statistics,
 * participants and budget lines.
 *
 * Two steps. kp_csv_import_parse() reads the whole file and checks every row without
 * changing the document: the result is a preview (the rows, the encoding and separator it
 * found, every problem with its line and column, and the organisations and roles that
 * would be created). kp_csv_import_apply() then adds every row or none, as one undo step;
 * the document's own rules are checked once more as the rows go in.
 *
 * The columns of each kind, in Swedish or English (README.md, "CSV import", has samples):
 *   time          datum;organisation;person;timmar;aktivitet;finansiering
 *                 date,organisation,person,hours,activity,funding
 *   staffing      period;organisation;yrkesroll;anställda;årsarbetare;vakanser;
 *                 personalomsättning;sjukfrånvaro[;anställda från projektet]
 *                 period,organisation,role,employees,fte,vacancies,turnover,sick_leave
 *                 [,hires_from_project]
 *   participants  period;kön;åldersgrupp;status vid start;antal
 *                 period,gender,age_band,start_status,count
 *                 or the results at exit:
 *                 period;kön;resultat;antal
 *                 period,gender,result,count
 *   budget        kategori;beskrivning;budget;utfall;finansiärens andel
 *                 category,description,budget,outcome,funder_share
 * A header names each column once, in any order; every column above is required except
 * those in brackets.
 */
#pragma once

#include "kp-csv-reader.h"
#include "kp-document.h"

G_BEGIN_DECLS

typedef enum
{
  KP_IMPORT_TIME,
  KP_IMPORT_STAFFING,
  KP_IMPORT_PARTICIPANTS,
  KP_IMPORT_BUDGET,
} KpImportKind;

/* A problem in the file. column is 1-based, 0 when it concerns the whole line (or, with
 * line 0, the whole file). */
typedef struct
{
  guint line;
  guint column;
  char *message;
} KpImportIssue;

/* Problems beyond this many are counted, not listed, and reading stops. */
#define KP_IMPORT_MAX_ISSUES 500

typedef struct _KpCsvImport KpCsvImport;

/* "time", "staffing", "participants", "budget". */
gboolean            kp_import_kind_from_name  (const char    *name,
                                               KpImportKind  *kind);
const char         *kp_import_kind_name       (KpImportKind   kind);

/* NULL only when the file cannot be opened; every problem in it is an issue. */
KpCsvImport        *kp_csv_import_parse       (KpDocument    *document,
                                               GFile         *file,
                                               KpImportKind   kind,
                                               GCancellable  *cancellable,
                                               GError       **error);
KpCsvImport        *kp_csv_import_parse_stream (KpDocument   *document,
                                                GInputStream *stream,
                                                KpImportKind  kind,
                                                GCancellable *cancellable);
void                kp_csv_import_free        (KpCsvImport   *self);

/* The table the rows go to: participant counts or results for KP_IMPORT_PARTICIPANTS. */
const KpEntityDesc *kp_csv_import_get_desc    (KpCsvImport   *self);
guint               kp_csv_import_get_n_rows  (KpCsvImport   *self);
/* A row as it will be added (detached; a reference to an organisation or role that does
 * not exist yet is 0 until kp_csv_import_apply()). */
KpEntity           *kp_csv_import_get_row     (KpCsvImport   *self,
                                               guint          index);
guint               kp_csv_import_get_row_line (KpCsvImport  *self,
                                                guint         index);
const char         *kp_csv_import_get_encoding (KpCsvImport  *self);
char                kp_csv_import_get_separator (KpCsvImport *self);
/* ',' or '.': the decimal mark the numbers use. */
char                kp_csv_import_get_decimal (KpCsvImport   *self);
const KpImportIssue *kp_csv_import_get_issues (KpCsvImport   *self,
                                               guint         *n_issues);
/* Every problem, also those beyond KP_IMPORT_MAX_ISSUES. */
guint               kp_csv_import_count_issues (KpCsvImport  *self);
/* NULL-terminated names, as first written in the file. */
const char *const  *kp_csv_import_get_new_organisations (KpCsvImport *self);
const char *const  *kp_csv_import_get_new_roles (KpCsvImport *self);
/* The name, as written in the file, of the organisation ("organisation-id") or role
 * ("role-id") that a row refers to and that the import creates; NULL for one that exists. */
const char         *kp_csv_import_get_row_new_name (KpCsvImport *self,
                                                    guint        index,
                                                    const char  *field);

/* Creates the new organisations and roles and adds every row, as one undo step; or, when
 * anything fails, changes nothing: the failures become issues, and the error says how
 * many. Refuses an import that has issues. */
gboolean            kp_csv_import_apply       (KpCsvImport   *self,
                                               KpDocument    *document,
                                               GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCsvImport, kp_csv_import_free)

G_END_DECLS
