/* kp-import-private.h: what the readers of kp-import share: the plan they fill in, and
 * the XML reading both formats go through (kp-import-markup.c). */
#pragma once

#include "kp-import.h"

G_BEGIN_DECLS

typedef struct _KpImportReader KpImportReader;

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
  const char **names;        /* the attributes of the element whose start is being read */
  const char **values;
  const KpImportReader *reader;
  GMarkupParseContext *context;
} KpImportPlan;

/* What sets one format apart. kp-import-markup.c reads what both have: the root
 * <project name>, each <task id name> and their nesting, <resource id name> and
 * <allocation task-id resource-id>; the rest of each element goes to the reader. */
struct _KpImportReader
{
  KpImportFormat format;
  /* Whether <allocation responsible="true"> marks the resource responsible for the task. */
  gboolean marks_responsible;
  /* The attributes of a task after its id and name. */
  void (*task)        (KpImportPlan *plan,
                       KpImportTask *task,
                       GError      **error);
  /* An element the shared part does not read. */
  void (*element)     (KpImportPlan *plan,
                       const char   *element,
                       GError      **error);
  /* The end of any element (may be NULL). */
  void (*end_element) (KpImportPlan *plan,
                       const char   *element);
  /* The parser's text callback, the plan its user data (may be NULL). */
  void (*text)        (GMarkupParseContext *context,
                       const char          *text,
                       gsize                length,
                       gpointer             user_data,
                       GError             **error);
};

extern const KpImportReader kp_import_planner_reader;
extern const KpImportReader kp_import_gan_reader;

/* The parser both readers go through, the plan its user data: it reads the shared
 * elements and hands the rest to plan->reader. It has no text or passthrough callback;
 * kp_import_data () adds the reader's text callback and its own checks. */
extern const GMarkupParser kp_import_markup_parser;

/* Sets the KP_IMPORT_ERROR_FORMAT that says the file is not of plan->reader's format. */
void          kp_import_plan_not_this_format (KpImportPlan  *plan,
                                              GError       **error);
/* The attribute @name of the element whose start is being read, or NULL. */
const char   *kp_import_plan_attr     (KpImportPlan  *plan,
                                       const char    *name);
/* The innermost task being read, or NULL. */
KpImportTask *kp_import_plan_current_task (KpImportPlan *plan);
/* A dependency between the current task and @other, which follows it when @other_follows
 * and goes before it otherwise; an error when there is no current task or no @other. */
void          kp_import_plan_link_current (KpImportPlan *plan,
                                           const char   *other,
                                           gboolean      other_follows,
                                           const char   *kind,
                                           GError      **error);

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
/* The attribute @attribute of the element being read as a date, "yyyy-mm-dd" or Planner's
 * "yyyymmddThhmmssZ" (none when it is missing or empty); an error names the attribute. */
gboolean      kp_import_parse_date    (KpImportPlan *plan,
                                       const char   *attribute,
                                       KpDate       *out,
                                       gboolean     *midnight,
                                       GError      **error);
double        kp_import_parse_percent (const char   *text);

G_END_DECLS
