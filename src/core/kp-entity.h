/* kp-entity.h: the domain objects.
 *
 * Every entity of the project file (project, organisation, task, time entry …) is a GObject
 * subclass of KpEntity whose properties are declared by a KpEntityDesc: one table row, one
 * object, one property per column. The descriptors live in kp-entities.c; the same
 * description drives the SQL, the validation, undo, counts and CSV export.
 */
#pragma once

#include "kp-types.h"
#include "kp-catalog.h"

G_BEGIN_DECLS

typedef enum
{
  KP_FIELD_TEXT,
  KP_FIELD_INT,
  KP_FIELD_REAL,
  KP_FIELD_BOOL,
  KP_FIELD_DATE,
  KP_FIELD_PERIOD,   /* "yyyy-mm" or "yyyy-Qn" */
  KP_FIELD_CHOICE,   /* a key of the field's catalogue */
  KP_FIELD_REF,      /* the id of a row of the field's target */
} KpFieldKind;

typedef enum
{
  KP_FIELD_REQUIRED = 1 << 0,  /* non-empty text, a set date or reference */
  KP_FIELD_NULLABLE = 1 << 1,  /* a REAL or CHOICE that may be absent (stored as NULL) */
  KP_FIELD_LONG     = 1 << 2,  /* long free text */
  KP_FIELD_CASCADE  = 1 << 3,  /* REF: deleting the target deletes this row too */
  KP_FIELD_HIDDEN   = 1 << 4,  /* not shown in generic tables and CSV */
  KP_FIELD_RANGE    = 1 << 5,  /* INT/REAL: checked against min and max */
} KpFieldFlags;

struct _KpField
{
  const char *name;        /* property name, "start-date" */
  const char *column;      /* SQL column, "start_date" */
  KpFieldKind kind;
  const char *label;       /* N_() marked */
  guint flags;
  double min, max;         /* with KP_FIELD_RANGE */
  const KpCatalog *catalog;
  const KpEntityDesc *target;
};

typedef gboolean (*KpEntityCheck) (KpDocument *document,
                                   KpEntity   *candidate,
                                   GError    **error);

struct _KpEntityDesc
{
  const char *type_name;   /* "KpTask" */
  const char *table;       /* "task" */
  const char *label;       /* N_("Activity") */
  const char *plural;      /* N_("Activities") */
  const KpField *fields;
  guint n_fields;
  const char *order_by;    /* SQL ORDER BY of the loaded list */
  gboolean singleton;      /* the project row */
  KpEntityCheck check;     /* rules across fields and rows, or NULL */
  guint index;             /* position in kp_entity_descs() */
};

#define KP_TYPE_ENTITY (kp_entity_get_type ())
G_DECLARE_DERIVABLE_TYPE (KpEntity, kp_entity, KP, ENTITY, GObject)

struct _KpEntityClass
{
  GObjectClass parent_class;
  const KpEntityDesc *desc;
  GParamSpec **field_pspecs;
};

GType               kp_entity_type_for      (const KpEntityDesc *desc);
KpEntity           *kp_entity_new           (const KpEntityDesc *desc);
KpEntity           *kp_entity_dup           (KpEntity           *self);
const KpEntityDesc *kp_entity_get_desc      (KpEntity           *self);
gint64              kp_entity_get_id        (KpEntity           *self);
void                kp_entity_set_id        (KpEntity           *self,
                                             gint64              id);

int                 kp_entity_desc_field_index (const KpEntityDesc *desc,
                                                const char         *name);
const KpField      *kp_entity_desc_field       (const KpEntityDesc *desc,
                                                const char         *name);

/* Raw access by field index. Setting notifies the property on a real change. */
const KpValue      *kp_entity_peek          (KpEntity           *self,
                                             guint               field);
void                kp_entity_poke          (KpEntity           *self,
                                             guint               field,
                                             const KpValue      *value);
const char         *kp_entity_get_text      (KpEntity           *self,
                                             const char         *name);
gint64              kp_entity_get_int       (KpEntity           *self,
                                             const char         *name);
double              kp_entity_get_real      (KpEntity           *self,
                                             const char         *name);
KpDate              kp_entity_get_date      (KpEntity           *self,
                                             const char         *name);
void                kp_entity_set_text      (KpEntity           *self,
                                             const char         *name,
                                             const char         *value);
void                kp_entity_set_int       (KpEntity           *self,
                                             const char         *name,
                                             gint64              value);
void                kp_entity_set_real      (KpEntity           *self,
                                             const char         *name,
                                             double              value);
void                kp_entity_set_date      (KpEntity           *self,
                                             const char         *name,
                                             KpDate              value);

/* What a user calls the row: the translated name of a shipped catalogue entry, else its
 * name, title or text field. */
char               *kp_entity_dup_display_name (KpEntity        *self);

/* A display string of a field: catalogue label, ISO date, number in the C locale. */
char               *kp_entity_format_field  (KpEntity           *self,
                                             guint               field);

void                kp_value_copy           (KpFieldKind         kind,
                                             const KpValue      *src,
                                             KpValue            *dst);
void                kp_value_clear          (KpFieldKind         kind,
                                             KpValue            *value);
gboolean            kp_value_equal          (KpFieldKind         kind,
                                             const KpValue      *a,
                                             const KpValue      *b);
void                kp_value_to_gvalue      (const KpField      *field,
                                             const KpValue      *value,
                                             GValue             *gvalue);
void                kp_value_from_gvalue    (const KpField      *field,
                                             const GValue       *gvalue,
                                             KpValue            *value);

G_END_DECLS
