/* kp-types.h: forward typedefs and small shared types of the core layer. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _KpEntity     KpEntity;
typedef struct _KpEntityDesc KpEntityDesc;
typedef struct _KpField      KpField;
typedef struct _KpDocument   KpDocument;
typedef struct _KpStore      KpStore;

/* A date is a day number as in GDate's Julian day (1 = 0001-01-01); 0 is "no date". */
typedef gint32 KpDate;
#define KP_DATE_NONE 0

/* One stored value; which member holds it depends on the field's kind. */
typedef union
{
  gint64 i;    /* INT, BOOL, DATE, REF (0 = none) */
  double d;    /* REAL (NAN = none for nullable fields) */
  char *s;     /* TEXT, CHOICE, PERIOD; never NULL ("" = none) */
} KpValue;

G_END_DECLS
