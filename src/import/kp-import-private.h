/* kp-import-private.h: what the readers of kp-import share: the plan they fill in. */
#pragma once

#include "kp-import.h"

G_BEGIN_DECLS

typedef struct
{
  char *src_id;
  int parent;                /* index, or -1 */
  int n_children;
  gint64 position;
  char *name;
  KpDate start, end;
  double progress;
  gboolean milestone;
  GString *notes;
  char *responsible;
  int line;
} KpImportTask;

typedef struct
{
  char *pred_src, *succ_src;
  char *kind;                /* "FS", "SS", "FF" or "SF" */
  int line;
} KpImportLink;

typedef struct
{
  const char *name;          /* the file's name, for messages */
  char *title;
  GPtrArray *tasks;          /* KpImportTask */
  GHashTable *by_src_id;     /* src_id → index + 1 */
  GPtrArray *links;          /* KpImportLink */
  GHashTable *resources;     /* src id → name */
  GPtrArray *resource_order; /* src ids in file order */
  GPtrArray *allocations;    /* pairs: task src id, resource src id (responsible first) */
  GPtrArray *report;
  GArray *stack;             /* open task indexes while parsing */
  int depth;                 /* of the element being parsed */
  gboolean in_notes;
  GMarkupParseContext *context;
} KpImportPlan;

/* The reader's parser; the plan is its user data. */
extern const GMarkupParser kp_import_planner_parser;
extern const GMarkupParser kp_import_gan_parser;

KpImportTask *kp_import_plan_add_task (KpImportPlan *plan,
                                       const char   *src_id,
                                       GError      **error);
void          kp_import_plan_add_link (KpImportPlan *plan,
                                       const char   *pred,
                                       const char   *succ,
                                       const char   *kind);
int           kp_import_plan_line     (KpImportPlan *plan);
/* Sets a KP_IMPORT_ERROR that names the line being parsed. */
void          kp_import_plan_error    (KpImportPlan *plan,
                                       GError      **error,
                                       KpImportError code,
                                       const char   *message);
/* A date "yyyy-mm-dd" or Planner's "yyyymmddThhmmssZ"; an error names the attribute. */
gboolean      kp_import_parse_date    (KpImportPlan *plan,
                                       const char   *text,
                                       const char   *attribute,
                                       KpDate       *out,
                                       gboolean     *midnight,
                                       GError      **error);
double        kp_import_parse_percent (const char   *text);

G_END_DECLS
