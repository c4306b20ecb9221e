/* test-undo.c: undo and redo of every kind of edit, and of long random sequences of edits,
 * ending exactly where they started, in memory and in the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "fixtures/kp-test-util.h"

typedef struct
{
  char *dir;
  char *path;
  KpDocument *doc;
} Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  fx->dir = kpt_tmp_dir ();
  fx->path = g_build_filename (fx->dir, "undo.kplan", NULL);
  fx->doc = kpt_create (fx->path);
  kpt_build_graph (fx->doc, 2);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_clear_object (&fx->doc);
  kpt_rm_rf (fx->dir);
  g_free (fx->path);
  g_free (fx->dir);
}

/* Two dumps are equal; if not, says where they part rather than printing both whole. */
static void
assert_same_dump (const char *what,
                  const char *actual,
                  const char *expected)
{
  g_auto(GStrv) a = NULL;
  g_auto(GStrv) b = NULL;
  guint i;

  if (g_str_equal (actual, expected))
    return;
  a = g_strsplit (actual, "\n", -1);
  b = g_strsplit (expected, "\n", -1);
  for (i = 0; a[i] != NULL && b[i] != NULL && g_str_equal (a[i], b[i]); i++)
    ;
  g_error ("%s differs at row %u (%u rows, expected %u):\n  got:      %s\n  expected: %s", what, i,
           g_strv_length (a), g_strv_length (b), a[i] != NULL ? a[i] : "(end)", b[i] != NULL ? b[i] : "(end)");
}

/* The document, and the file read by a second document beside it, both equal expected. */
static void
assert_state (KpDocument *doc,
              const char *expected)
{
  g_autofree char *memory = kpt_dump (doc);
  g_autofree char *file = kpt_dump_file (kpt_doc_path (doc));

  assert_same_dump ("the document", memory, expected);
  assert_same_dump ("the file", file, expected);
  kpt_assert_consistent (doc);
}

static void
undo_ok (KpDocument *doc)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kp_document_undo (doc, &error));
  g_assert_no_error (error);
}

static void
redo_ok (KpDocument *doc)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kp_document_redo (doc, &error));
  g_assert_no_error (error);
}

/* ---- one edit of every kind -------------------------------------------------------- */

static gboolean
is_absent (const KpField *f,
           const KpValue *v)
{
  switch (f->kind)
    {
    case KP_FIELD_REAL:
      return isnan (v->d);
    case KP_FIELD_TEXT:
    case KP_FIELD_CHOICE:
    case KP_FIELD_PERIOD:
      return *v->s == '\0';
    case KP_FIELD_DATE:
    case KP_FIELD_REF:
    case KP_FIELD_INT:
    case KP_FIELD_BOOL:
    default:
      return v->i == 0;
    }
}

/* Sets one field to a new value, undoes and redoes it, checking memory and file each time. */
static gboolean
set_undo_redo (KpDocument *doc,
               KpEntity   *e,
               guint       field,
               KpValue    *value)
{
  const KpEntityDesc *desc = kp_entity_get_desc (e);
  const KpField *f = &desc->fields[field];
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *label = g_strdup_printf ("Change %s", f->label);
  gint64 id = kp_entity_get_id (e);
  KpEntity *live;
  g_autoptr(GError) error = NULL;

  if (kp_value_equal (f->kind, value, kp_entity_peek (e, field)))
    return FALSE;
  before = kpt_dump (doc);
  if (!kpt_set (doc, e, field, value, &error))
    return FALSE;
  g_assert_no_error (error);
  after = kpt_dump (doc);
  g_assert_cmpstr (after, !=, before);
  g_assert_cmpstr (kp_document_get_undo_label (doc), ==, label);
  assert_state (doc, after);

  undo_ok (doc);
  assert_state (doc, before);
  g_assert_cmpstr (kp_document_get_redo_label (doc), ==, label);
  live = kp_document_lookup (doc, desc, id);
  g_assert_false (kp_value_equal (f->kind, value, kp_entity_peek (live, field)));
  redo_ok (doc);
  assert_state (doc, after);
  live = kp_document_lookup (doc, desc, id);
  g_assert_true (kp_value_equal (f->kind, value, kp_entity_peek (live, field)));
  return TRUE;
}

static void
test_set_every_field (Fixture       *fx,
                      gconstpointer  data)
{
  guint n, kinds = 0, absent_kinds = 0;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);

  /* Room for a dependency to move without making a cycle or a duplicate … */
  kpt_add (fx->doc, &kp_desc_task, 10);
  kpt_add (fx->doc, &kp_desc_task, 11);
  /* … and for a certificate count to move to a unit without one. */
  kpt_add (fx->doc, &kp_desc_unit, 12);
  for (guint d = 0; d < n; d++)
    {
      g_autoptr(GPtrArray) rows = kpt_rows_by_id (fx->doc, descs[d]);

      for (guint i = 0; i < descs[d]->n_fields; i++)
        {
          const KpField *f = &descs[d]->fields[i];
          gboolean changed = FALSE;
          KpEntity *e = NULL;

          /* Some value the rules accept (in some row: an activity cannot move below its
           * own sub-activities), then, where the field allows it, none at all. */
          for (guint r = 0; r < rows->len && !changed; r++)
            for (guint seed = 20; seed < 60 && !changed; seed++)
              {
                KpValue v;

                e = rows->pdata[r];
                if (!kpt_valid_value (fx->doc, e, i, seed, &v))
                  continue;
                changed = (f->kind == KP_FIELD_BOOL || !is_absent (f, &v)) && set_undo_redo (fx->doc, e, i, &v);
                kp_value_clear (f->kind, &v);
                /* A set changes the row in place: it is still the document's object. */
                g_assert_true (kp_document_lookup (fx->doc, descs[d], kp_entity_get_id (e)) == e);
              }
          if (!changed)
            g_error ("could not change %s.%s", descs[d]->table, f->column);
          kinds |= 1u << f->kind;
          {
            KpValue none = { 0 };

            if (f->kind == KP_FIELD_REAL)
              none.d = NAN;
            else if (f->kind == KP_FIELD_TEXT || f->kind == KP_FIELD_CHOICE || f->kind == KP_FIELD_PERIOD)
              none.s = (char *) "";
            if (set_undo_redo (fx->doc, e, i, &none))
              absent_kinds |= 1u << f->kind;
          }
        }
    }
  g_assert_cmpuint (kinds, ==, (1u << (KP_FIELD_REF + 1)) - 1);
  /* Clearing was tried for every kind that can be empty. */
  g_assert_true (absent_kinds & (1u << KP_FIELD_REAL));
  g_assert_true (absent_kinds & (1u << KP_FIELD_DATE));
  g_assert_true (absent_kinds & (1u << KP_FIELD_REF));
  g_assert_true (absent_kinds & (1u << KP_FIELD_CHOICE));
  g_assert_true (absent_kinds & (1u << KP_FIELD_TEXT));
}

static void
test_add_every_kind (Fixture       *fx,
                     gconstpointer  data)
{
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);

  for (guint d = 0; d < n; d++)
    {
      g_autofree char *before = NULL, *after = NULL, *label = NULL;
      g_autoptr(KpEntity) e = NULL;
      g_autoptr(GError) error = NULL;
      gint64 id;

      if (descs[d]->singleton)
        continue;
      before = kpt_dump (fx->doc);
      /* A seed whose row is no duplicate of one already there. */
      for (guint seed = 40; e == NULL && seed < 100; seed++)
        {
          e = kpt_new_row (fx->doc, descs[d], seed);
          if (!kp_document_add (fx->doc, e, NULL))
            g_clear_object (&e);
        }
      g_assert_nonnull (e);
      id = kp_entity_get_id (e);
      after = kpt_dump (fx->doc);
      label = g_strdup_printf ("Add %s", descs[d]->label);
      g_assert_cmpstr (kp_document_get_undo_label (fx->doc), ==, label);
      assert_state (fx->doc, after);

      undo_ok (fx->doc);
      g_assert_null (kp_document_lookup (fx->doc, descs[d], id));
      assert_state (fx->doc, before);
      redo_ok (fx->doc);
      /* Back with the same id. */
      g_assert_nonnull (kp_document_lookup (fx->doc, descs[d], id));
      assert_state (fx->doc, after);
    }
}

/* Removing each row of each table in turn (taking along whatever belongs to it), undone. */
static void
test_remove_every_kind (Fixture       *fx,
                        gconstpointer  data)
{
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);
  g_autofree char *start = kpt_dump (fx->doc);

  for (guint d = 0; d < n; d++)
    {
      g_autoptr(GPtrArray) rows = NULL;

      if (descs[d]->singleton)
        continue;
      rows = kpt_rows_by_id (fx->doc, descs[d]);
      for (guint r = 0; r < rows->len; r++)
        {
          g_autofree char *after = NULL, *label = NULL;
          g_autoptr(GPtrArray) dependents = kp_document_dependents (fx->doc, rows->pdata[r]);
          g_autoptr(GError) error = NULL;
          gint64 id = kp_entity_get_id (rows->pdata[r]);
          KpEntity *live = kp_document_lookup (fx->doc, descs[d], id);

          g_assert_true (kp_document_remove (fx->doc, live, &error));
          g_assert_no_error (error);
          label = g_strdup_printf ("Delete %s", descs[d]->label);
          g_assert_cmpstr (kp_document_get_undo_label (fx->doc), ==, label);
          for (guint k = 0; k < dependents->len; k++)
            g_assert_null (kp_document_lookup (fx->doc, kp_entity_get_desc (dependents->pdata[k]),
                                               kp_entity_get_id (dependents->pdata[k])));
          after = kpt_dump (fx->doc);
          assert_state (fx->doc, after);
          undo_ok (fx->doc);
          assert_state (fx->doc, start);
          redo_ok (fx->doc);
          assert_state (fx->doc, after);
          undo_ok (fx->doc);
        }
    }
  assert_state (fx->doc, start);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *counter)
{
  (*counter)++;
}

static void
test_history (Fixture       *fx,
              gconstpointer  data)
{
  KpDocument *doc = fx->doc;
  KpEntity *project = kp_document_get_project (doc);
  g_autofree char *start = kpt_dump (doc);
  g_autofree char *one = NULL, *two = NULL, *three = NULL;
  g_autoptr(GError) error = NULL;
  guint can_undo_notifies = 0;
  gboolean can_redo = TRUE;

  g_signal_connect (doc, "notify::can-undo", G_CALLBACK (notify_cb), &can_undo_notifies);
  g_assert_true (kp_document_can_undo (doc));
  g_assert_false (kp_document_can_redo (doc));
  g_assert_true (kp_document_set_text (doc, project, "title", "Ett", &error));
  one = kpt_dump (doc);
  g_assert_true (kp_document_set_text (doc, project, "title", "Två", &error));
  two = kpt_dump (doc);
  g_assert_cmpuint (can_undo_notifies, ==, 2);

  g_assert_cmpstr (one, !=, two);
  undo_ok (doc);
  assert_state (doc, one);
  g_object_get (doc, "can-redo", &can_redo, NULL);
  g_assert_true (can_redo);
  /* A new edit after an undo drops what could be redone. */
  g_assert_true (kp_document_set_text (doc, project, "short-name", "TRE", &error));
  g_assert_no_error (error);
  g_assert_false (kp_document_can_redo (doc));
  g_assert_false (kp_document_redo (doc, &error));
  g_assert_error (error, KP_DOCUMENT_ERROR, KP_DOCUMENT_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);
  g_assert_null (kp_document_get_redo_label (doc));
  three = kpt_dump (doc);
  undo_ok (doc);
  undo_ok (doc);
  assert_state (doc, start);
  /* Unlimited: back through the whole of building the project. */
  while (kp_document_can_undo (doc))
    undo_ok (doc);
  {
    g_autofree char *empty = kpt_dump (doc);
    g_autoptr(KpDocument) fresh = NULL;
    g_autofree char *fresh_path = g_build_filename (fx->dir, "fresh.kplan", NULL);
    g_autofree char *fresh_dump = NULL;

    fresh = kpt_create (fresh_path);
    fresh_dump = kpt_dump (fresh);
    g_assert_cmpstr (empty, ==, fresh_dump);
  }
  while (kp_document_can_redo (doc))
    redo_ok (doc);
  assert_state (doc, three);
}

static void
test_group (Fixture       *fx,
            gconstpointer  data)
{
  KpDocument *doc = fx->doc;
  g_autofree char *before = kpt_dump (doc);
  g_autofree char *after = NULL;
  g_autoptr(KpEntity) org = g_list_model_get_item (kp_document_get_list (doc, &kp_desc_organisation), 0);
  KpEntity *unit;
  g_autoptr(GError) error = NULL;

  kp_document_begin (doc, "Omorganisation");
  unit = kpt_add (doc, &kp_desc_unit, 30);
  g_assert_true (kp_document_set_text (doc, unit, "name", "Ny enhet", &error));
  kpt_add (doc, &kp_desc_headcount, 30);
  g_assert_true (kp_document_remove (doc, org, &error));
  g_assert_true (kp_document_set_text (doc, kp_document_get_project (doc), "title", "Efter", &error));
  g_assert_no_error (error);
  g_assert_true (kp_document_end (doc, &error));
  g_assert_no_error (error);
  after = kpt_dump (doc);
  assert_state (doc, after);

  for (guint round = 0; round < 3; round++)
    {
      undo_ok (doc);
      assert_state (doc, before);
      redo_ok (doc);
      assert_state (doc, after);
    }
}

/* ---- random sequences -------------------------------------------------------------- */

static const KpEntityDesc *
random_desc (GRand    *rand,
             gboolean  with_project)
{
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);

  return descs[g_rand_int_range (rand, with_project ? 0 : 1, (gint32) n)];
}

static KpEntity *
random_row (GRand              *rand,
            KpDocument         *doc,
            const KpEntityDesc *desc)
{
  GListModel *list = kp_document_get_list (doc, desc);
  guint n = g_list_model_get_n_items (list);
  g_autoptr(KpEntity) e = NULL;

  if (n == 0)
    return NULL;
  e = g_list_model_get_item (list, (guint) g_rand_int_range (rand, 0, (gint32) n));
  return e;  /* the list keeps it alive */
}

typedef enum
{
  EDIT_SET,
  EDIT_ADD,
  EDIT_REMOVE,
} EditKind;

/* One random edit. TRUE if it changed the document (a value set to what it already was is
 * no edit and no undo step); a refused one must leave everything as it was. */
static gboolean
random_edit (GRand      *rand,
             KpDocument *doc,
             EditKind    kind)
{
  g_autofree char *before = kpt_dump (doc);
  g_autoptr(GError) error = NULL;
  guint seed = (guint) g_rand_int_range (rand, 0, 100000);
  gboolean ok = FALSE;

  switch (kind)
    {
    case EDIT_SET:
      {
        const KpEntityDesc *desc = random_desc (rand, TRUE);
        KpEntity *e = random_row (rand, doc, desc);
        guint field = (guint) g_rand_int_range (rand, 0, (gint32) desc->n_fields);
        KpValue v;

        if (e == NULL || !kpt_valid_value (doc, e, field, seed, &v))
          return FALSE;
        ok = kpt_set (doc, e, field, &v, &error);
        kp_value_clear (desc->fields[field].kind, &v);
      }
      break;
    case EDIT_ADD:
      {
        g_autoptr(KpEntity) e = kpt_new_row (doc, random_desc (rand, FALSE), seed);

        if (e == NULL)
          return FALSE;
        ok = kp_document_add (doc, e, &error);
      }
      break;
    case EDIT_REMOVE:
      {
        KpEntity *e = random_row (rand, doc, random_desc (rand, FALSE));

        if (e == NULL)
          return FALSE;
        ok = kp_document_remove (doc, e, &error);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    {
      g_autofree char *after = kpt_dump (doc);

      /* Refused by a rule of the domain, and nothing changed. */
      g_assert_nonnull (error);
      if (error->domain != KP_VALIDATE_ERROR)
        g_error ("an edit failed outside validation: %s", error->message);
      assert_same_dump ("a refused edit", after, before);
      return FALSE;
    }
  {
    g_autofree char *after = kpt_dump (doc);

    return !g_str_equal (after, before);
  }
}

static EditKind
random_kind (GRand *rand)
{
  int r = g_rand_int_range (rand, 0, 100);

  return r < 55 ? EDIT_SET : r < 85 ? EDIT_ADD : EDIT_REMOVE;
}

static void
test_random (Fixture       *fx,
             gconstpointer  data)
{
  KpDocument *doc = fx->doc;
  g_autofree char *start = NULL, *end = NULL;
  guint made = 0, refused = 0, groups = 0, aborted = 0, undos = 0, redos = 0, steps = 0;
  const guint target = GPOINTER_TO_UINT (data) / 10;
  /* Each variant its own sequence, reproducible with the test's --seed. */
  guint32 seed = (guint32) g_test_rand_int () + GPOINTER_TO_UINT (data) % 10;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;

  /* Building the project is on the undo stack too; the sequence starts after it. */
  start = kpt_dump (doc);
  /* The walk goes on until it has also grouped, undone and redone along the way: with
   * some seeds, 220 edits did not happen to redo. */
  for (guint attempt = 0; made < target || groups == 0 || undos == 0 || redos == 0; attempt++)
    {
      int r = g_rand_int_range (rand, 0, 100);

      g_assert_cmpuint (attempt, <, target * 20);
      if (r < 30 && kp_document_can_redo (doc))
        {
          redo_ok (doc);
          redos++;
          steps++;
        }
      else if (r >= 30 && r < 37 && steps > 0)
        {
          undo_ok (doc);
          undos++;
          steps--;
        }
      else if (r >= 37 && r < 47)
        {
          g_autofree char *before = kpt_dump (doc);
          guint inside = 0, n = (guint) g_rand_int_range (rand, 2, 6);
          gboolean abort = g_rand_int_range (rand, 0, 5) == 0;
          g_autofree char *label = g_strdup_printf ("Group %u", attempt);

          kp_document_begin (doc, label);
          for (guint k = 0; k < n; k++)
            inside += random_edit (rand, doc, random_kind (rand));
          if (abort)
            {
              g_autofree char *after = NULL;

              kp_document_abort (doc);
              after = kpt_dump (doc);
              assert_same_dump ("an aborted group", after, before);
              aborted++;
            }
          else
            {
              g_assert_true (kp_document_end (doc, &error));
              g_assert_no_error (error);
              /* A group is one undo step when anything in it changed something. */
              g_assert_cmpint (inside > 0, ==, g_strcmp0 (kp_document_get_undo_label (doc), label) == 0);
              if (inside > 0)
                {
                  made++;
                  steps++;
                  groups++;
                }
            }
        }
      else if (random_edit (rand, doc, random_kind (rand)))
        {
          made++;
          steps++;
        }
      else
        refused++;
      if (attempt % 40 == 0)
        {
          g_autofree char *now = kpt_dump (doc);

          assert_state (doc, now);
        }
    }
  /* End on an edit, so that nothing is left to redo. */
  g_assert_true (kp_document_set_text (doc, kp_document_get_project (doc), "title", "Slut", &error));
  g_assert_no_error (error);
  steps++;
  end = kpt_dump (doc);
  assert_state (doc, end);
  g_test_message ("seed %u: %u edits (%u groups, %u aborted), %u refused or no change, %u undone and "
                  "%u redone on the way", seed, made, groups, aborted, refused, undos, redos);

  /* Undo all: exactly the start, in memory and in the file. */
  for (guint i = 0; i < steps; i++)
    undo_ok (doc);
  assert_state (doc, start);
  /* Redo all: exactly the end. */
  for (guint i = 0; i < steps; i++)
    redo_ok (doc);
  g_assert_false (kp_document_can_redo (doc));
  assert_state (doc, end);

  /* And the file says so after closing. */
  g_clear_object (&fx->doc);
  fx->doc = kpt_open (fx->path);
  {
    g_autofree char *reopened = kpt_dump (fx->doc);

    g_assert_cmpstr (reopened, ==, end);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, data, fn) g_test_add (path, Fixture, data, fixture_set_up, fn, fixture_tear_down)
  ADD ("/undo/set/every-field", NULL, test_set_every_field);
  ADD ("/undo/add/every-kind", NULL, test_add_every_kind);
  ADD ("/undo/remove/every-kind", NULL, test_remove_every_kind);
  ADD ("/undo/history", NULL, test_history);
  ADD ("/undo/group", NULL, test_group);
  /* data: edits × 10 + variant */
  ADD ("/undo/random/1", GUINT_TO_POINTER (2201), test_random);
  ADD ("/undo/random/2", GUINT_TO_POINTER (2202), test_random);
  ADD ("/undo/random/3", GUINT_TO_POINTER (3003), test_random);
#undef ADD

  return g_test_run ();
}
