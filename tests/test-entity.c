/* test-entity.c: the entity classes built from their descriptors: properties, notify,
 * duplicates and display strings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "fixtures/kp-test-util.h"

/* A value of the field's kind that differs from the default; entities do not validate. */
static void
sample_value (const KpField *f,
              guint          i,
              KpValue       *out)
{
  memset (out, 0, sizeof *out);
  switch (f->kind)
    {
    case KP_FIELD_TEXT:
      out->s = g_strdup_printf ("värde ✓ \"%u\"\n", i);
      break;
    case KP_FIELD_INT:
      out->i = G_GINT64_CONSTANT (5000000000) + i;
      break;
    case KP_FIELD_REAL:
      out->d = 2.5 + i;
      break;
    case KP_FIELD_BOOL:
      out->i = 1;
      break;
    case KP_FIELD_DATE:
      out->i = kpt_date (2024, 2, 29) + i;
      break;
    case KP_FIELD_PERIOD:
      out->s = g_strdup (i % 2 ? "2024-Q2" : "2024-03");
      break;
    case KP_FIELD_CHOICE:
      out->s = g_strdup (f->catalog->choices[f->catalog->n_choices - 1].key);
      break;
    case KP_FIELD_REF:
      out->i = 77 + i;
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
test_descriptors (void)
{
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);
  g_autoptr(GHashTable) tables = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) types = g_hash_table_new (g_str_hash, g_str_equal);
  guint singletons = 0;

  g_assert_cmpuint (n, ==, KP_N_ENTITIES);
  g_assert_true (descs[KP_ENTITY_project] == &kp_desc_project);
  g_assert_true (descs[KP_ENTITY_time_entry] == &kp_desc_time_entry);
  for (guint d = 0; d < n; d++)
    {
      const KpEntityDesc *desc = descs[d];
      g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);

      g_assert_cmpuint (desc->index, ==, d);
      g_assert_true (g_hash_table_add (tables, (gpointer) desc->table));
      g_assert_true (g_hash_table_add (types, (gpointer) desc->type_name));
      g_assert_true (kp_entity_desc_for_table (desc->table) == desc);
      g_assert_cmpstr (desc->label, !=, "");
      g_assert_cmpstr (desc->plural, !=, "");
      g_assert_nonnull (desc->order_by);
      g_assert_cmpuint (desc->n_fields, >, 0);
      singletons += desc->singleton;
      for (guint i = 0; i < desc->n_fields; i++)
        {
          const KpField *f = &desc->fields[i];

          g_assert_true (g_hash_table_add (names, (gpointer) f->name));
          g_assert_true (g_hash_table_add (columns, (gpointer) f->column));
          g_assert_cmpstr (f->column, !=, "id");
          g_assert_cmpstr (f->label, !=, "");
          g_assert_cmpint (kp_entity_desc_field_index (desc, f->name), ==, (int) i);
          g_assert_true (kp_entity_desc_field (desc, f->name) == f);
          g_assert_true (g_param_spec_is_valid_name (f->name));
          g_assert_true ((f->kind == KP_FIELD_CHOICE) == (f->catalog != NULL));
          g_assert_true ((f->kind == KP_FIELD_REF) == (f->target != NULL));
          if (f->kind == KP_FIELD_CHOICE)
            g_assert_cmpuint (f->catalog->n_choices, >, 0);
          if (f->flags & KP_FIELD_RANGE)
            {
              g_assert_true (f->kind == KP_FIELD_INT || f->kind == KP_FIELD_REAL);
              g_assert_cmpfloat (f->min, <=, f->max);
            }
          if (f->flags & KP_FIELD_CASCADE)
            g_assert_cmpint (f->kind, ==, KP_FIELD_REF);
          /* Parents come first, so that a file can be filled in descriptor order. */
          if (f->kind == KP_FIELD_REF)
            g_assert_cmpuint (f->target->index, <=, d);
        }
      g_assert_cmpint (kp_entity_desc_field_index (desc, "no-such-field"), ==, -1);
      g_assert_null (kp_entity_desc_field (desc, "no-such-field"));
    }
  g_assert_cmpuint (singletons, ==, 1);
  g_assert_true (kp_desc_project.singleton);
  g_assert_null (kp_entity_desc_for_table ("sqlite_master"));
}

static void
test_types (void)
{
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);

  for (guint d = 0; d < n; d++)
    {
      GType type = kp_entity_type_for (descs[d]);
      g_autoptr(KpEntity) e = kp_entity_new (descs[d]);

      g_assert_true (g_type_is_a (type, KP_TYPE_ENTITY));
      g_assert_cmpstr (g_type_name (type), ==, descs[d]->type_name);
      g_assert_true (g_type_from_name (descs[d]->type_name) == type);
      g_assert_true (G_OBJECT_TYPE (e) == type);
      g_assert_true (kp_entity_get_desc (e) == descs[d]);
      g_assert_true (KP_ENTITY_GET_CLASS (e)->desc == descs[d]);
      g_assert_cmpint (kp_entity_get_id (e), ==, 0);
      for (guint o = 0; o < d; o++)
        g_assert_true (kp_entity_type_for (descs[o]) != type);
    }
}

/* Every field of every entity through g_object_set_property() and back. */
static void
test_property_round_trip (void)
{
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);
  guint kinds_seen = 0;

  for (guint d = 0; d < n; d++)
    {
      g_autoptr(KpEntity) e = kp_entity_new (descs[d]);
      GObjectClass *klass = G_OBJECT_GET_CLASS (e);
      gint64 id = 0;

      g_object_set (e, "id", (gint64) 4242, NULL);
      g_object_get (e, "id", &id, NULL);
      g_assert_cmpint (id, ==, 4242);
      g_assert_cmpint (kp_entity_get_id (e), ==, 4242);

      for (guint i = 0; i < descs[d]->n_fields; i++)
        {
          const KpField *f = &descs[d]->fields[i];
          GParamSpec *pspec = g_object_class_find_property (klass, f->name);
          g_auto(GValue) in = G_VALUE_INIT;
          g_auto(GValue) out = G_VALUE_INIT;
          g_auto(GValue) def = G_VALUE_INIT;
          KpValue sample, back = { 0 };

          kinds_seen |= 1u << f->kind;
          g_assert_nonnull (pspec);
          g_assert_true (pspec == KP_ENTITY_GET_CLASS (e)->field_pspecs[i]);
          g_assert_true (pspec->owner_type == G_OBJECT_TYPE (e));
          g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == kpt_field_gtype (f->kind));
          g_assert_true ((pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE);
          g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

          /* A new entity holds the default: "" (never NULL), NAN for an absent real. */
          g_value_init (&def, G_PARAM_SPEC_VALUE_TYPE (pspec));
          g_object_get_property (G_OBJECT (e), f->name, &def);
          if (f->kind == KP_FIELD_TEXT || f->kind == KP_FIELD_CHOICE || f->kind == KP_FIELD_PERIOD)
            g_assert_cmpstr (g_value_get_string (&def), ==, "");
          else if (f->kind == KP_FIELD_REAL && (f->flags & KP_FIELD_NULLABLE))
            g_assert_true (isnan (g_value_get_double (&def)));
          else if (f->kind == KP_FIELD_REAL)
            g_assert_cmpfloat (g_value_get_double (&def), ==, 0.0);
          else
            g_assert_true (g_param_value_defaults (pspec, &def));

          sample_value (f, i, &sample);
          g_value_init (&in, G_PARAM_SPEC_VALUE_TYPE (pspec));
          kp_value_to_gvalue (f, &sample, &in);
          g_object_set_property (G_OBJECT (e), f->name, &in);

          g_value_init (&out, G_PARAM_SPEC_VALUE_TYPE (pspec));
          g_object_get_property (G_OBJECT (e), f->name, &out);
          g_assert_cmpint (g_param_values_cmp (pspec, &in, &out), ==, 0);
          kp_value_from_gvalue (f, &out, &back);
          g_assert_true (kp_value_equal (f->kind, &sample, &back));
          g_assert_true (kp_value_equal (f->kind, &sample, kp_entity_peek (e, i)));
          kp_value_clear (f->kind, &sample);
          kp_value_clear (f->kind, &back);
        }
      /* Setting one field did not disturb another. */
      for (guint i = 0; i < descs[d]->n_fields; i++)
        {
          KpValue sample;

          sample_value (&descs[d]->fields[i], i, &sample);
          g_assert_true (kp_value_equal (descs[d]->fields[i].kind, &sample, kp_entity_peek (e, i)));
          kp_value_clear (descs[d]->fields[i].kind, &sample);
        }
    }
  /* Every field kind occurs in some descriptor, so the loops above covered them all. */
  g_assert_cmpuint (kinds_seen, ==, (1u << (KP_FIELD_REF + 1)) - 1);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  GPtrArray *log = user_data;

  g_ptr_array_add (log, (gpointer) g_param_spec_get_name (pspec));
}

static void
test_notify_on_change_only (void)
{
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);

  for (guint d = 0; d < n; d++)
    {
      g_autoptr(KpEntity) e = kp_entity_new (descs[d]);
      g_autoptr(GPtrArray) log = g_ptr_array_new ();

      g_signal_connect (e, "notify", G_CALLBACK (count_notify_cb), log);
      kp_entity_set_id (e, 5);
      kp_entity_set_id (e, 5);
      g_assert_cmpuint (log->len, ==, 1);
      g_assert_cmpstr (log->pdata[0], ==, "id");
      g_ptr_array_set_size (log, 0);

      for (guint i = 0; i < descs[d]->n_fields; i++)
        {
          const KpField *f = &descs[d]->fields[i];
          g_auto(GValue) gv = G_VALUE_INIT;
          KpValue sample;

          /* The default again: no change, no notify. */
          g_value_init (&gv, kpt_field_gtype (f->kind));
          kp_value_to_gvalue (f, kp_entity_peek (e, i), &gv);
          g_object_set_property (G_OBJECT (e), f->name, &gv);
          kp_entity_poke (e, i, kp_entity_peek (e, i));
          if (G_VALUE_HOLDS_STRING (&gv))
            {
              /* NULL is stored as "", which it already is. */
              g_value_set_string (&gv, NULL);
              g_object_set_property (G_OBJECT (e), f->name, &gv);
              g_assert_cmpstr (kp_entity_peek (e, i)->s, ==, "");
            }
          g_assert_cmpuint (log->len, ==, 0);

          sample_value (f, i, &sample);
          kp_value_to_gvalue (f, &sample, &gv);
          g_object_set_property (G_OBJECT (e), f->name, &gv);
          g_assert_cmpuint (log->len, ==, 1);
          g_assert_cmpstr (log->pdata[0], ==, f->name);
          g_object_set_property (G_OBJECT (e), f->name, &gv);
          kp_entity_poke (e, i, &sample);
          g_assert_cmpuint (log->len, ==, 1);
          g_ptr_array_set_size (log, 0);
          kp_value_clear (f->kind, &sample);
        }
    }
}

static void
test_notify_nan (void)
{
  g_autoptr(KpEntity) goal = kp_entity_new (&kp_desc_goal);
  g_autoptr(GPtrArray) log = g_ptr_array_new ();

  g_signal_connect (goal, "notify", G_CALLBACK (count_notify_cb), log);
  g_assert_true (isnan (kp_entity_get_real (goal, "target-low")));
  kp_entity_set_real (goal, "target-low", NAN);
  g_object_set (goal, "target-low", (double) NAN, NULL);
  g_assert_cmpuint (log->len, ==, 0);
  kp_entity_set_real (goal, "target-low", 8);
  kp_entity_set_real (goal, "target-low", 8);
  g_assert_cmpuint (log->len, ==, 1);
  kp_entity_set_real (goal, "target-low", NAN);
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_cmpstr (log->pdata[1], ==, "target-low");
}

static void
test_typed_accessors (void)
{
  g_autoptr(KpEntity) t = kp_entity_new (&kp_desc_time_entry);
  KpDate day = kpt_date (2023, 12, 31);
  char *person = NULL;
  double hours = 0;
  int date = 0;

  kp_entity_set_text (t, "person", "Åsa Öberg");
  kp_entity_set_real (t, "hours", 7.5);
  kp_entity_set_date (t, "date", day);
  kp_entity_set_int (t, "organisation-id", 12);
  kp_entity_set_text (t, "activity", NULL);
  g_assert_cmpstr (kp_entity_get_text (t, "person"), ==, "Åsa Öberg");
  g_assert_cmpstr (kp_entity_get_text (t, "activity"), ==, "");
  g_assert_cmpfloat (kp_entity_get_real (t, "hours"), ==, 7.5);
  g_assert_cmpint (kp_entity_get_date (t, "date"), ==, day);
  g_assert_cmpint (kp_entity_get_int (t, "organisation-id"), ==, 12);

  g_object_get (t, "person", &person, "hours", &hours, "date", &date, NULL);
  g_assert_cmpstr (person, ==, "Åsa Öberg");
  g_assert_cmpfloat (hours, ==, 7.5);
  g_assert_cmpint (date, ==, day);
  g_free (person);
}

static void
test_dup (void)
{
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);

  for (guint d = 0; d < n; d++)
    {
      g_autoptr(KpEntity) e = kp_entity_new (descs[d]);
      g_autoptr(KpEntity) copy = NULL;
      g_autoptr(KpEntity) blank = kp_entity_new (descs[d]);
      g_autoptr(KpEntity) blank_copy = kp_entity_dup (blank);

      kp_entity_set_id (e, 99);
      for (guint i = 0; i < descs[d]->n_fields; i++)
        {
          KpValue sample;

          sample_value (&descs[d]->fields[i], i, &sample);
          kp_entity_poke (e, i, &sample);
          kp_value_clear (descs[d]->fields[i].kind, &sample);
        }
      copy = kp_entity_dup (e);
      g_assert_true (copy != e);
      g_assert_true (G_OBJECT_TYPE (copy) == G_OBJECT_TYPE (e));
      g_assert_cmpint (kp_entity_get_id (copy), ==, 99);
      for (guint i = 0; i < descs[d]->n_fields; i++)
        {
          const KpField *f = &descs[d]->fields[i];
          KpValue other;

          g_assert_true (kp_value_equal (f->kind, kp_entity_peek (e, i), kp_entity_peek (copy, i)));
          g_assert_true (kp_value_equal (f->kind, kp_entity_peek (blank, i), kp_entity_peek (blank_copy, i)));
          /* Free texts are copied; a choice shares its catalogue's key, which never changes. */
          if (f->kind == KP_FIELD_TEXT || f->kind == KP_FIELD_PERIOD)
            g_assert_true (kp_entity_peek (e, i)->s != kp_entity_peek (copy, i)->s);
          else if (f->kind == KP_FIELD_CHOICE)
            g_assert_true (kp_entity_peek (e, i)->s == kp_catalog_find (f->catalog, kp_entity_peek (e, i)->s)->key);

          /* The copy is independent: changing it leaves the original alone. */
          sample_value (f, i + 1, &other);
          if (f->kind == KP_FIELD_BOOL)
            other.i = 0;
          else if (f->kind == KP_FIELD_CHOICE)
            {
              g_free (other.s);
              other.s = g_strdup (f->catalog->choices[0].key);
            }
          kp_entity_poke (copy, i, &other);
          g_assert_false (kp_value_equal (f->kind, kp_entity_peek (e, i), kp_entity_peek (copy, i)));
          kp_value_clear (f->kind, &other);
        }
      kp_entity_set_id (copy, 100);
      g_assert_cmpint (kp_entity_get_id (e), ==, 99);
    }
}

static void
test_value_helpers (void)
{
  KpValue a = { .d = NAN }, b = { .d = NAN }, c = { .d = 0.0 }, z = { .d = -0.0 };
  KpValue s1 = { .s = (char *) "abc" }, s2 = { .s = (char *) "abd" }, copy = { 0 };
  KpValue null_text = { .s = NULL };

  g_assert_true (kp_value_equal (KP_FIELD_REAL, &a, &b));
  g_assert_false (kp_value_equal (KP_FIELD_REAL, &a, &c));
  g_assert_true (kp_value_equal (KP_FIELD_REAL, &c, &z));
  g_assert_false (kp_value_equal (KP_FIELD_TEXT, &s1, &s2));
  kp_value_copy (KP_FIELD_TEXT, &s1, &copy);
  g_assert_true (copy.s != s1.s);
  g_assert_true (kp_value_equal (KP_FIELD_TEXT, &s1, &copy));
  kp_value_clear (KP_FIELD_TEXT, &copy);
  g_assert_null (copy.s);
  kp_value_copy (KP_FIELD_PERIOD, &null_text, &copy);
  g_assert_cmpstr (copy.s, ==, "");
  kp_value_clear (KP_FIELD_PERIOD, &copy);
  copy.i = 5;
  kp_value_clear (KP_FIELD_DATE, &copy);
  g_assert_cmpint (copy.i, ==, 0);
}

static char *
format_named (KpEntity   *e,
              const char *name)
{
  return kp_entity_format_field (e, (guint) kp_entity_desc_field_index (kp_entity_get_desc (e), name));
}

#define assert_format(e, name, expected) \
  G_STMT_START { \
    g_autofree char *s_ = format_named ((e), (name)); \
    g_assert_cmpstr (s_, ==, (expected)); \
  } G_STMT_END

static void
test_format_field (void)
{
  g_autoptr(KpEntity) t = kp_entity_new (&kp_desc_time_entry);
  g_autoptr(KpEntity) task = kp_entity_new (&kp_desc_task);
  g_autoptr(KpEntity) goal = kp_entity_new (&kp_desc_goal);
  g_autoptr(KpEntity) count = kp_entity_new (&kp_desc_participant_count);
  g_autoptr(KpEntity) project = kp_entity_new (&kp_desc_project);

  assert_format (t, "date", "");
  assert_format (t, "organisation-id", "");
  assert_format (t, "hours", "0");
  assert_format (t, "funding", "");
  kp_entity_set_date (t, "date", kpt_date (2024, 3, 5));
  kp_entity_set_int (t, "organisation-id", 12);
  kp_entity_set_real (t, "hours", 7.5);
  kp_entity_set_text (t, "funding", "cofinancing");
  kp_entity_set_text (t, "person", "Anna; \"Berg\"");
  assert_format (t, "date", "2024-03-05");
  assert_format (t, "organisation-id", "12");
  assert_format (t, "hours", "7.5");
  assert_format (t, "funding", "Co-financing");
  assert_format (t, "person", "Anna; \"Berg\"");
  /* A key the catalogue lacks shows as itself rather than as nothing. */
  kp_entity_set_text (t, "funding", "no_such_key");
  assert_format (t, "funding", "no_such_key");

  assert_format (task, "is-milestone", "No");
  kp_entity_set_int (task, "is-milestone", 1);
  assert_format (task, "is-milestone", "Yes");
  kp_entity_set_int (task, "position", -3);
  assert_format (task, "position", "-3");
  kp_entity_set_real (task, "progress", 0.1 + 0.2);
  assert_format (task, "progress", "0.3");
  kp_entity_set_real (task, "progress", 1e21);
  assert_format (task, "progress", "1e+21");
  kp_entity_set_date (task, "start-date", kpt_date (1900, 1, 1));
  assert_format (task, "start-date", "1900-01-01");

  assert_format (goal, "target-low", "");
  assert_format (goal, "status-override", "");
  kp_entity_set_real (goal, "target-low", 8);
  kp_entity_set_text (goal, "status-override", "partly_met");
  assert_format (goal, "target-low", "8");
  assert_format (goal, "status-override", "Partly met");

  kp_entity_set_text (count, "period", "2024-Q2");
  assert_format (count, "period", "2024-Q2");
  kp_entity_set_int (count, "count", G_MAXINT64);
  assert_format (count, "count", "9223372036854775807");

  kp_entity_set_text (project, "funder", "esf_plus");
  assert_format (project, "funder", "ESF+");
  kp_entity_set_real (project, "budget", 1234567.25);
  assert_format (project, "budget", "1234567.25");
}

/* Every field formats to valid UTF-8 without a crash, whatever the value. */
static void
test_format_every_field (void)
{
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);

  for (guint d = 0; d < n; d++)
    {
      g_autoptr(KpEntity) e = kp_entity_new (descs[d]);

      for (guint round = 0; round < 2; round++)
        for (guint i = 0; i < descs[d]->n_fields; i++)
          {
            g_autofree char *s = NULL;

            if (round == 1)
              {
                KpValue sample;

                sample_value (&descs[d]->fields[i], i, &sample);
                kp_entity_poke (e, i, &sample);
                kp_value_clear (descs[d]->fields[i].kind, &sample);
              }
            s = kp_entity_format_field (e, i);
            g_assert_nonnull (s);
            g_assert_true (g_utf8_validate (s, -1, NULL));
            if (round == 1 && descs[d]->fields[i].kind != KP_FIELD_TEXT)
              g_assert_cmpstr (s, !=, "");
          }
    }
}

static void
test_bad_field_index (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(KpEntity) e = kp_entity_new (&kp_desc_lesson);

      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      kp_entity_peek (e, kp_desc_lesson.n_fields);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*kp_entity_peek*");
}

static void
test_unknown_field_name (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(KpEntity) e = kp_entity_new (&kp_desc_lesson);

      kp_entity_get_text (e, "no-such-field");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*KpLesson has no field “no-such-field”*");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entity/descriptors", test_descriptors);
  g_test_add_func ("/entity/types", test_types);
  g_test_add_func ("/entity/properties/round-trip", test_property_round_trip);
  g_test_add_func ("/entity/properties/notify-on-change-only", test_notify_on_change_only);
  g_test_add_func ("/entity/properties/notify-nan", test_notify_nan);
  g_test_add_func ("/entity/typed-accessors", test_typed_accessors);
  g_test_add_func ("/entity/dup", test_dup);
  g_test_add_func ("/entity/value-helpers", test_value_helpers);
  g_test_add_func ("/entity/format-field", test_format_field);
  g_test_add_func ("/entity/format-field/every-field", test_format_every_field);
  g_test_add_func ("/entity/bad-field-index", test_bad_field_index);
  g_test_add_func ("/entity/unknown-field-name", test_unknown_field_name);

  return g_test_run ();
}
