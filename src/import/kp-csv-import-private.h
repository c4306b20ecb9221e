/* kp-csv-import-private.h: what the files of the CSV import share. */
#pragma once

#include "kp-hours-ledger.h"

#include "kp-csv-import.h"

G_BEGIN_DECLS

typedef enum
{
  KP_COL_DATE,
  KP_COL_ORGANISATION,  /* a name: an existing organisation, or a new one */
  KP_COL_ROLE,          /* a name or key: an existing role, or a new one */
  KP_COL_TEXT,
  KP_COL_NUMBER,
  KP_COL_INT,
  KP_COL_PERCENT,       /* 0–100, "12,5" or "12,5 %" */
  KP_COL_PERIOD,
  KP_COL_CHOICE,
} KpColumnType;

/* A spelling users write for a catalogue key; text is normalised (kp_import_normalise). */
typedef struct
{
  const char *text;
  const char *key;
} KpAlias;

typedef struct
{
  const char *field;           /* the entity's property */
  KpColumnType type;
  gboolean required;
  const KpCatalog *catalog;    /* KP_COL_CHOICE */
  const KpAlias *aliases;      /* KP_COL_CHOICE, besides the keys and labels */
  const char *names[6];        /* header names, normalised, NULL-terminated */
} KpColumn;

typedef struct
{
  KpImportKind kind;
  const KpEntityDesc *desc;
  const KpColumn *columns;
  guint n_columns;
  const char *swedish;         /* the header, for messages */
  const char *english;
} KpLayout;

struct _KpCsvImport
{
  KpDocument *document;        /* not a reference: the caller keeps it alive while parsing */
  KpImportKind kind;
  const KpLayout *layout;
  guint n_fields;
  int *column_of;              /* the file's column → the layout's column */
  int *field_of;               /* the file's column → the entity's field */
  int hours_column;            /* the file's column of hours, or -1 */
  char **headers;              /* as written, for messages */
  char separator;
  char decimal;                /* '\0' until a number shows it */
  char *encoding;
  gboolean esf;                /* the ESF+ hour rules apply */

  GPtrArray *rows;             /* KpEntity */
  GArray *lines;               /* guint, per row */
  GArray *new_org_of_row;      /* guint: 0, or 1 + index into new_orgs */
  GArray *new_role_of_row;
  GPtrArray *new_orgs;         /* NULL-terminated */
  GPtrArray *new_roles;
  GHashTable *org_ids;         /* normalised name → id (gint64 as pointer) */
  GHashTable *role_ids;
  GHashTable *new_org_index;   /* normalised name → 1 + index */
  GHashTable *new_role_index;
  GHashTable *keys;            /* identifying values of the rows read, to find repeats */
  KpHoursLedger *file_hours;   /* the file's hours per person, day and year, for ESF+ */
  /* Files repeat a few values on every row: each spelling is worked out once, per column of
   * the file: the value as written → a catalogue key, or a KpImportName. */
  GHashTable **cached;

  GArray *issues;              /* KpImportIssue */
  guint n_issues_total;
};

/* What a name in the file stands for: an existing row, or the n-th new one (1-based). */
typedef struct
{
  gint64 id;
  guint fresh;
} KpImportName;

KpCsvImport *kp_csv_import_new       (KpDocument   *document,
                                      KpImportKind  kind);
void         kp_csv_import_add_issue (KpCsvImport  *self,
                                      guint         line,
                                      guint         column,
                                      const char   *message);
/* Trims the fields in place. */
void         kp_csv_import_read_row  (KpCsvImport  *self,
                                      GPtrArray    *fields,
                                      guint         line);
/* Casefolded, trimmed, '_', '-' and dashes as spaces, runs of blanks as one space. */
char        *kp_import_normalise     (const char   *text);
const char  *kp_import_kind_label    (KpImportKind  kind);  /* N_() marked */
const char  *kp_import_kind_undo_label (KpImportKind kind); /* N_() marked */

G_END_DECLS
