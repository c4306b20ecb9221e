/* kp-entity.c: the base class of every domain object, and the subclasses registered from
 * their descriptors. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-date.h"
#include "kp-entity.h"
#include "kp-entities.h"
#include "kp-entity-private.h"

typedef struct
{
  gint64 id;
  KpValue *values;  /* n_fields of them, right after the instance: see kp_entity_type_for() */
} KpEntityPrivate;

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_TYPE_WITH_PRIVATE (KpEntity, kp_entity, G_TYPE_OBJECT)

/* Unchecked: this runs for every value of every row a file loads. */
G_STATIC_ASSERT (sizeof (KpEntity) % G_ALIGNOF (KpValue) == 0);

#define PRIV(self) ((KpEntityPrivate *) kp_entity_get_instance_private ((KpEntity *) (self)))

static const KpEntityDesc *
desc_of (gpointer self)
{
  return KP_ENTITY_GET_CLASS (self)->desc;
}

static gboolean
is_string_kind (KpFieldKind kind)
{
  return kind == KP_FIELD_TEXT || kind == KP_FIELD_CHOICE || kind == KP_FIELD_PERIOD;
}

/* The text of every empty string field of an entity: one shared, never freed, so that a
 * file of a few hundred thousand rows does not allocate one per empty cell. A choice shares
 * its catalogue's key the same way. Only entities' own values point at these; kp_value_copy()
 * always gives the caller a string to free. */
static char empty_text[1];

static gboolean
slot_owns_text (const KpField *f,
                const char    *s)
{
  if (s == NULL || s == empty_text)
    return FALSE;
  if (f->kind == KP_FIELD_CHOICE)
    for (guint i = 0; i < f->catalog->n_choices; i++)
      if (f->catalog->choices[i].key == s)
        return FALSE;
  return TRUE;
}

void
kp_value_clear (KpFieldKind kind,
                KpValue    *value)
{
  if (is_string_kind (kind))
    g_clear_pointer (&value->s, g_free);
  else
    value->i = 0;
}

void
kp_value_set_text (const KpField *field,
                   KpValue       *value,
                   const char    *text)
{
  const KpChoice *choice = NULL;

  if (field->kind == KP_FIELD_CHOICE && text != NULL)
    choice = kp_catalog_find (field->catalog, text);
  if (slot_owns_text (field, value->s))
    g_free (value->s);
  if (choice != NULL)
    value->s = (char *) choice->key;
  else
    value->s = text != NULL && *text != '\0' ? g_strdup (text) : empty_text;
}

void
kp_value_copy (KpFieldKind    kind,
               const KpValue *src,
               KpValue       *dst)
{
  if (is_string_kind (kind))
    dst->s = g_strdup (src->s != NULL ? src->s : "");
  else
    *dst = *src;
}

gboolean
kp_value_equal (KpFieldKind    kind,
                const KpValue *a,
                const KpValue *b)
{
  switch (kind)
    {
    case KP_FIELD_TEXT:
    case KP_FIELD_CHOICE:
    case KP_FIELD_PERIOD:
      return g_strcmp0 (a->s, b->s) == 0;
    case KP_FIELD_REAL:
      return (isnan (a->d) && isnan (b->d)) || a->d == b->d;
    case KP_FIELD_INT:
    case KP_FIELD_BOOL:
    case KP_FIELD_DATE:
    case KP_FIELD_REF:
    default:
      return a->i == b->i;
    }
}

void
kp_value_to_gvalue (const KpField *field,
                    const KpValue *value,
                    GValue        *gvalue)
{
  switch (field->kind)
    {
    case KP_FIELD_TEXT:
    case KP_FIELD_CHOICE:
    case KP_FIELD_PERIOD:
      g_value_set_string (gvalue, value->s);
      break;
    case KP_FIELD_REAL:
      g_value_set_double (gvalue, value->d);
      break;
    case KP_FIELD_BOOL:
      g_value_set_boolean (gvalue, value->i != 0);
      break;
    case KP_FIELD_DATE:
      g_value_set_int (gvalue, (int) value->i);
      break;
    case KP_FIELD_INT:
    case KP_FIELD_REF:
    default:
      g_value_set_int64 (gvalue, value->i);
      break;
    }
}

/* A whole number held in any of GLib's integer types: a date may be set as an int64 and a
 * count as an int, as callers have them. */
static gint64
whole_number (const GValue *gvalue)
{
  g_auto(GValue) as_int64 = G_VALUE_INIT;

  if (G_VALUE_HOLDS_INT64 (gvalue))
    return g_value_get_int64 (gvalue);
  g_value_init (&as_int64, G_TYPE_INT64);
  if (!g_value_transform (gvalue, &as_int64))
    {
      g_critical ("a whole number cannot be read from a %s", G_VALUE_TYPE_NAME (gvalue));
      return 0;
    }
  return g_value_get_int64 (&as_int64);
}

void
kp_value_from_gvalue (const KpField *field,
                      const GValue  *gvalue,
                      KpValue       *value)
{
  switch (field->kind)
    {
    case KP_FIELD_TEXT:
    case KP_FIELD_CHOICE:
    case KP_FIELD_PERIOD:
      value->s = g_value_dup_string (gvalue);
      if (value->s == NULL)
        value->s = g_strdup ("");
      break;
    case KP_FIELD_REAL:
      value->d = g_value_get_double (gvalue);
      break;
    case KP_FIELD_BOOL:
      value->i = g_value_get_boolean (gvalue) ? 1 : 0;
      break;
    case KP_FIELD_DATE:
    case KP_FIELD_INT:
    case KP_FIELD_REF:
    default:
      value->i = whole_number (gvalue);
      break;
    }
}

static GParamSpec *
pspec_for_field (const KpField *f)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  switch (f->kind)
    {
    case KP_FIELD_TEXT:
    case KP_FIELD_CHOICE:
    case KP_FIELD_PERIOD:
      return g_param_spec_string (f->name, NULL, NULL, "", flags);
    case KP_FIELD_REAL:
      /* NAN means "absent" in a nullable real, and GParamSpecDouble calls NAN out of
       * range: without lax validation, g_object_set() would refuse it with a warning. */
      return g_param_spec_double (f->name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                                  flags | ((f->flags & KP_FIELD_NULLABLE) ? G_PARAM_LAX_VALIDATION : 0));
    case KP_FIELD_BOOL:
      return g_param_spec_boolean (f->name, NULL, NULL, FALSE, flags);
    case KP_FIELD_DATE:
      return g_param_spec_int (f->name, NULL, NULL, 0, G_MAXINT32, 0, flags);
    case KP_FIELD_INT:
    case KP_FIELD_REF:
    default:
      return g_param_spec_int64 (f->name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
    }
}

static void
kp_entity_finalize (GObject *object)
{
  KpEntityPrivate *priv = PRIV (object);
  const KpEntityDesc *desc = desc_of (object);

  for (guint i = 0; i < desc->n_fields; i++)
    if (is_string_kind (desc->fields[i].kind) && slot_owns_text (&desc->fields[i], priv->values[i].s))
      g_free (priv->values[i].s);
  G_OBJECT_CLASS (kp_entity_parent_class)->finalize (object);
}

static void
kp_entity_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KpEntityPrivate *priv = PRIV (object);
  const KpEntityDesc *desc = desc_of (object);

  /* The subclass installs its fields with ids 1 … n_fields; PROP_ID belongs to this class. */
  if (pspec->owner_type == KP_TYPE_ENTITY)
    {
      g_value_set_int64 (value, priv->id);
      return;
    }
  g_assert (prop_id >= 1 && prop_id <= desc->n_fields);
  kp_value_to_gvalue (&desc->fields[prop_id - 1], &priv->values[prop_id - 1], value);
}

static void
kp_entity_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  const KpEntityDesc *desc = desc_of (object);
  KpValue v = { 0 };

  if (pspec->owner_type == KP_TYPE_ENTITY)
    {
      kp_entity_set_id (KP_ENTITY (object), g_value_get_int64 (value));
      return;
    }
  g_assert (prop_id >= 1 && prop_id <= desc->n_fields);
  kp_value_from_gvalue (&desc->fields[prop_id - 1], value, &v);
  kp_entity_poke (KP_ENTITY (object), prop_id - 1, &v);
  kp_value_clear (desc->fields[prop_id - 1].kind, &v);
}

static void
kp_entity_class_init (KpEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kp_entity_finalize;
  object_class->get_property = kp_entity_get_property;
  object_class->set_property = kp_entity_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_entity_init (KpEntity *self)
{
}

/* Runs with the subclass as the instance's class, unlike kp_entity_init(). */
static void
subclass_instance_init (GTypeInstance *instance,
                        gpointer       g_class)
{
  const KpEntityDesc *desc = KP_ENTITY_CLASS (g_class)->desc;
  KpEntityPrivate *priv = PRIV (instance);

  priv->values = (KpValue *) ((char *) instance + sizeof (KpEntity));
  for (guint i = 0; i < desc->n_fields; i++)
    {
      const KpField *f = &desc->fields[i];

      if (is_string_kind (f->kind))
        priv->values[i].s = empty_text;
      else if (f->kind == KP_FIELD_REAL && (f->flags & KP_FIELD_NULLABLE))
        priv->values[i].d = NAN;
    }
}

static void
subclass_init (gpointer g_class,
               gpointer class_data)
{
  KpEntityClass *klass = g_class;
  const KpEntityDesc *desc = class_data;

  /* GObject does not inherit these: each class handles its own properties. */
  G_OBJECT_CLASS (klass)->get_property = kp_entity_get_property;
  G_OBJECT_CLASS (klass)->set_property = kp_entity_set_property;
  klass->desc = desc;
  klass->field_pspecs = g_new0 (GParamSpec *, desc->n_fields);
  for (guint i = 0; i < desc->n_fields; i++)
    {
      klass->field_pspecs[i] = pspec_for_field (&desc->fields[i]);
      g_object_class_install_property (G_OBJECT_CLASS (klass), i + 1, klass->field_pspecs[i]);
    }
}

GType
kp_entity_type_for (const KpEntityDesc *desc)
{
  static GType *types;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      guint n;
      const KpEntityDesc *const *all = kp_entity_descs (&n);

      types = g_new0 (GType, n);
      for (guint i = 0; i < n; i++)
        {
          GTypeQuery q;
          GTypeInfo info = { 0 };

          g_type_query (KP_TYPE_ENTITY, &q);
          info.class_size = q.class_size;
          /* The values live in the same allocation as the object, after it. */
          info.instance_size = q.instance_size + all[i]->n_fields * sizeof (KpValue);
          info.class_init = subclass_init;
          info.instance_init = subclass_instance_init;
          info.class_data = all[i];
          types[i] = g_type_register_static (KP_TYPE_ENTITY, all[i]->type_name, &info, 0);
        }
      g_once_init_leave (&initialized, 1);
    }
  return types[desc->index];
}

KpEntity *
kp_entity_new (const KpEntityDesc *desc)
{
  return g_object_new (kp_entity_type_for (desc), NULL);
}

KpEntity *
kp_entity_dup (KpEntity *self)
{
  const KpEntityDesc *desc = desc_of (self);
  KpEntity *copy = kp_entity_new (desc);
  KpEntityPrivate *src = PRIV (self), *dst = PRIV (copy);

  dst->id = src->id;
  for (guint i = 0; i < desc->n_fields; i++)
    {
      if (is_string_kind (desc->fields[i].kind))
        kp_value_set_text (&desc->fields[i], &dst->values[i], src->values[i].s);
      else
        dst->values[i] = src->values[i];
    }
  return copy;
}

const KpEntityDesc *
kp_entity_get_desc (KpEntity *self)
{
  return desc_of (self);
}

gint64
kp_entity_get_id (KpEntity *self)
{
  return PRIV (self)->id;
}

void
kp_entity_set_id (KpEntity *self,
                  gint64    id)
{
  KpEntityPrivate *priv = PRIV (self);

  if (priv->id == id)
    return;
  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

int
kp_entity_desc_field_index (const KpEntityDesc *desc,
                            const char         *name)
{
  for (guint i = 0; i < desc->n_fields; i++)
    if (g_str_equal (desc->fields[i].name, name))
      return (int) i;
  return -1;
}

const KpField *
kp_entity_desc_field (const KpEntityDesc *desc,
                      const char         *name)
{
  int i = kp_entity_desc_field_index (desc, name);

  return i < 0 ? NULL : &desc->fields[i];
}

const KpValue *
kp_entity_peek (KpEntity *self,
                guint     field)
{
  g_return_val_if_fail (field < desc_of (self)->n_fields, NULL);
  return &PRIV (self)->values[field];
}

void
kp_entity_poke (KpEntity      *self,
                guint          field,
                const KpValue *value)
{
  const KpEntityDesc *desc = desc_of (self);
  KpValue *slot;

  g_return_if_fail (field < desc->n_fields);
  slot = &PRIV (self)->values[field];
  if (kp_value_equal (desc->fields[field].kind, slot, value))
    return;
  if (is_string_kind (desc->fields[field].kind))
    kp_value_set_text (&desc->fields[field], slot, value->s);
  else
    *slot = *value;
  g_object_notify_by_pspec (G_OBJECT (self), KP_ENTITY_GET_CLASS (self)->field_pspecs[field]);
}

static guint
field_or_die (KpEntity   *self,
              const char *name)
{
  int i = kp_entity_desc_field_index (desc_of (self), name);

  if (i < 0)
    g_error ("%s has no field “%s”", desc_of (self)->type_name, name);
  return (guint) i;
}

const char *
kp_entity_get_text (KpEntity   *self,
                    const char *name)
{
  return kp_entity_peek (self, field_or_die (self, name))->s;
}

gint64
kp_entity_get_int (KpEntity   *self,
                   const char *name)
{
  return kp_entity_peek (self, field_or_die (self, name))->i;
}

double
kp_entity_get_real (KpEntity   *self,
                    const char *name)
{
  return kp_entity_peek (self, field_or_die (self, name))->d;
}

KpDate
kp_entity_get_date (KpEntity   *self,
                    const char *name)
{
  return (KpDate) kp_entity_peek (self, field_or_die (self, name))->i;
}

void
kp_entity_set_text (KpEntity   *self,
                    const char *name,
                    const char *value)
{
  KpValue v = { .s = (char *) (value != NULL ? value : "") };

  kp_entity_poke (self, field_or_die (self, name), &v);
}

void
kp_entity_set_int (KpEntity   *self,
                   const char *name,
                   gint64      value)
{
  KpValue v = { .i = value };

  kp_entity_poke (self, field_or_die (self, name), &v);
}

void
kp_entity_set_real (KpEntity   *self,
                    const char *name,
                    double      value)
{
  KpValue v = { .d = value };

  kp_entity_poke (self, field_or_die (self, name), &v);
}

void
kp_entity_set_date (KpEntity   *self,
                    const char *name,
                    KpDate      value)
{
  kp_entity_set_int (self, name, value);
}

char *
kp_entity_format_field (KpEntity *self,
                        guint     field)
{
  const KpField *f = &desc_of (self)->fields[field];
  const KpValue *v = kp_entity_peek (self, field);

  switch (f->kind)
    {
    case KP_FIELD_TEXT:
    case KP_FIELD_PERIOD:
      return g_strdup (v->s);
    case KP_FIELD_CHOICE:
      return g_strdup (*v->s ? kp_catalog_label (f->catalog, v->s) : "");
    case KP_FIELD_REAL:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];

        return isnan (v->d) ? g_strdup ("") : g_strdup (g_ascii_formatd (buf, sizeof buf, "%.15g", v->d));
      }
    case KP_FIELD_BOOL:
      return g_strdup (v->i ? _("Yes") : _("No"));
    case KP_FIELD_DATE:
      {
        char buf[KP_DATE_ISO_SIZE];

        kp_date_format_iso ((KpDate) v->i, buf);
        return g_strdup (buf);
      }
    case KP_FIELD_INT:
    case KP_FIELD_REF:
    default:
      return (f->kind == KP_FIELD_REF && v->i == 0) ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, v->i);
    }
}

KpValue *
kp_entity_values (KpEntity *self)
{
  return PRIV (self)->values;
}

/* Without a notification: nobody can be listening to a row that is being read. */
void
kp_entity_load_id (KpEntity *self,
                   gint64    id)
{
  PRIV (self)->id = id;
}

char *
kp_entity_dup_display_name (KpEntity *self)
{
  const KpEntityDesc *desc = desc_of (self);
  static const char *names[] = { "name", "title", "text" };
  int key = kp_entity_desc_field_index (desc, "key");

  if (key >= 0 && *PRIV (self)->values[key].s)
    {
      const KpCatalog *catalog = desc->index == KP_ENTITY_role ? &kp_catalog_default_role
                               : desc->index == KP_ENTITY_competence ? &kp_catalog_default_competence : NULL;
      const KpChoice *choice = catalog != NULL ? kp_catalog_find (catalog, PRIV (self)->values[key].s) : NULL;

      /* A shipped entry keeps its key until the user renames it. */
      if (choice != NULL && g_str_equal (choice->label, kp_entity_get_text (self, "name")))
        return g_strdup (_(choice->label));
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      int f = kp_entity_desc_field_index (desc, names[i]);

      if (f >= 0 && desc->fields[f].kind == KP_FIELD_TEXT)
        return g_strdup (PRIV (self)->values[f].s);
    }
  return g_strdup_printf ("%s %" G_GINT64_FORMAT, _(desc->label), PRIV (self)->id);
}
