/* test-validate.c: every validation rule, with its error code and a message that names the
 * field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "fixtures/kp-test-util.h"

typedef struct
{
  char *dir;
  KpDocument *doc;
  KpEntity *org;
  KpEntity *org2;
  KpEntity *unit;
  KpEntity *role;
  KpEntity *role2;
  KpEntity *competence;
  KpEntity *task[4];
} Fixture;

/* ---- helpers ----------------------------------------------------------------------- */

#define OK (-1)
#define INT(x)  (&(KpValue) { .i = (x) })
#define REAL(x) (&(KpValue) { .d = (x) })
#define TEXT(x) (&(KpValue) { .s = (char *) (x) })

/* One field on its own: refused with code, in a message that names it, or accepted (OK). */
static void
check_field (const KpEntityDesc *desc,
             const char         *name,
             const KpValue      *value,
             int                 code)
{
  const KpField *f = kp_entity_desc_field (desc, name);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (f);
  if (code == OK)
    {
      g_assert_true (kp_validate_field (f, value, &error));
      g_assert_no_error (error);
      return;
    }
  g_assert_false (kp_validate_field (f, value, &error));
  kpt_assert_refused (error, code, f->label);
}

/* The edit is refused with code and a message naming label, and the value stays. */
static void
set_refused (KpDocument    *doc,
             KpEntity      *e,
             const char    *field,
             const KpValue *value,
             int            code,
             const char    *label)
{
  int index = kp_entity_desc_field_index (kp_entity_get_desc (e), field);
  const KpField *f = &kp_entity_get_desc (e)->fields[index];
  g_autoptr(GError) error = NULL;
  KpValue before;

  kp_value_copy (f->kind, kp_entity_peek (e, (guint) index), &before);
  /* Through a GValue of the property's own type: int for dates, int64 otherwise. */
  g_assert_false (kpt_set (doc, e, (guint) index, value, &error));
  kpt_assert_refused (error, code, label);
  g_assert_true (kp_value_equal (f->kind, &before, kp_entity_peek (e, (guint) index)));
  kp_value_clear (f->kind, &before);
}

static KpEntity *
time_entry (Fixture    *fx,
            KpDate      day,
            const char *person,
            double      hours)
{
  return kpt_new_entity (&kp_desc_time_entry, "date", (int) day, "person", person, "hours", hours,
                     "organisation-id", kp_entity_get_id (fx->org), "funding", "funded", NULL);
}

static KpEntity *
dependency (KpEntity *pred,
            KpEntity *succ)
{
  return kpt_new_entity (&kp_desc_dependency, "predecessor-id", kp_entity_get_id (pred),
                     "successor-id", kp_entity_get_id (succ), NULL);
}

static void
set_funder (Fixture    *fx,
            const char *funder)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kp_document_set_text (fx->doc, kp_document_get_project (fx->doc), "funder", funder, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  KpEntity *project;
  g_autoptr(GError) error = NULL;

  fx->dir = kpt_tmp_dir ();
  path = g_build_filename (fx->dir, "validate.kplan", NULL);
  fx->doc = kpt_create (path);
  project = kp_document_get_project (fx->doc);
  g_assert_true (kp_document_set_date (fx->doc, project, "start-date", kpt_date (2021, 3, 1), &error));
  g_assert_true (kp_document_set_date (fx->doc, project, "end-date", kpt_date (2023, 12, 31), &error));
  g_assert_no_error (error);

  fx->org = kpt_new_entity (&kp_desc_organisation, "name", "Skövde kommun", "kind", "municipality",
                        "project-role", "owner", NULL);
  kpt_add_ok (fx->doc, fx->org);
  fx->org2 = kpt_new_entity (&kp_desc_organisation, "name", "Högskolan i Skövde", "kind", "university",
                         "project-role", "partner", NULL);
  kpt_add_ok (fx->doc, fx->org2);
  fx->unit = kpt_new_entity (&kp_desc_unit, "organisation-id", kp_entity_get_id (fx->org),
                         "name", "Hemtjänst norr", "target-year", (gint64) 2025, NULL);
  kpt_add_ok (fx->doc, fx->unit);
  fx->role = g_list_model_get_item (kp_document_get_list (fx->doc, &kp_desc_role), 0);
  fx->role2 = g_list_model_get_item (kp_document_get_list (fx->doc, &kp_desc_role), 1);
  fx->competence = g_list_model_get_item (kp_document_get_list (fx->doc, &kp_desc_competence), 0);
  for (guint i = 0; i < G_N_ELEMENTS (fx->task); i++)
    {
      g_autofree char *name = g_strdup_printf ("Aktivitet %c", 'A' + i);

      fx->task[i] = kpt_new_entity (&kp_desc_task, "name", name, "kind", "activity",
                                "status", "not_started", NULL);
      kpt_add_ok (fx->doc, fx->task[i]);
    }
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (fx->task); i++)
    g_clear_object (&fx->task[i]);
  g_clear_object (&fx->org);
  g_clear_object (&fx->org2);
  g_clear_object (&fx->unit);
  g_clear_object (&fx->role);
  g_clear_object (&fx->role2);
  g_clear_object (&fx->competence);
  g_clear_object (&fx->doc);
  kpt_rm_rf (fx->dir);
  g_free (fx->dir);
}

/* ---- text -------------------------------------------------------------------------- */

static void
test_text (void)
{
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autoptr(GString) long_text = g_string_new (NULL);

  check_field (&kp_desc_task, "name", TEXT (""), KP_VALIDATE_ERROR_REQUIRED);
  check_field (&kp_desc_task, "name", TEXT (" \t\n\u00a0"), KP_VALIDATE_ERROR_REQUIRED);
  check_field (&kp_desc_lesson, "text", TEXT ("   "), KP_VALIDATE_ERROR_REQUIRED);
  check_field (&kp_desc_task, "responsible", TEXT (""), OK);
  check_field (&kp_desc_task, "name", TEXT ("Förstudiefas"), OK);

  check_field (&kp_desc_task, "name", TEXT ("Fas \xff\xfe"), KP_VALIDATE_ERROR_INVALID_UTF8);
  check_field (&kp_desc_task, "notes", TEXT ("\xc3"), KP_VALIDATE_ERROR_INVALID_UTF8);
  check_field (&kp_desc_project, "title", TEXT ("Vård\xc3\x28"), KP_VALIDATE_ERROR_INVALID_UTF8);

  /* The limit counts characters, not bytes. */
  for (guint i = 0; i < KP_TEXT_MAX_CHARS; i++)
    g_string_append (longest, "å");
  check_field (&kp_desc_task, "name", TEXT (longest->str), OK);
  g_string_append_c (longest, 'x');
  check_field (&kp_desc_task, "name", TEXT (longest->str), KP_VALIDATE_ERROR_TOO_LONG);
  check_field (&kp_desc_task, "notes", TEXT (longest->str), OK);
  for (guint i = 0; i < KP_LONG_TEXT_MAX_CHARS / 10; i++)
    g_string_append (long_text, "Lärdom 12 ");
  check_field (&kp_desc_lesson, "text", TEXT (long_text->str), OK);
  g_string_append_c (long_text, '!');
  check_field (&kp_desc_lesson, "text", TEXT (long_text->str), KP_VALIDATE_ERROR_TOO_LONG);

  check_field (&kp_desc_member, "contact", TEXT ("Anna, 121212-1212"), KP_VALIDATE_ERROR_PERSONAL_NUMBER);
  check_field (&kp_desc_lesson, "text", TEXT ("Deltagare 811218-9876 slutade"), KP_VALIDATE_ERROR_PERSONAL_NUMBER);
  check_field (&kp_desc_project, "case-number", TEXT ("23-023-S04"), OK);
  check_field (&kp_desc_project, "owner-org-number", TEXT ("212000-0951"), OK);
}

/* The Luhn check digit of nine digits, as Skatteverket computes it. */
static char
luhn_digit (const char *nine)
{
  int sum = 0;

  for (int i = 0; i < 9; i++)
    {
      int v = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);

      sum += v > 9 ? v - 9 : v;
    }
  return (char) ('0' + (10 - sum % 10) % 10);
}

static void
test_personal_number (void)
{
  static const char *const looks_like_one[] = {
    "19121212-1212", "121212-1212", "201212121212", "1212121212", "121212+1212",
    "811218-9876", "19811218-9876", "Ring Anna (121212-1212) i morgon", "pnr:121212-1212.",
  };
  static const char *const is_not[] = {
    "212000-0951", "2120000951", "23-023-S04", "0500-497640", "2024-01-01", "121212-1213",
    "1212121213", "12121212121", "1121212-1212", "12121-21212", "811218-98765", "2014-01189",
    "SE0", "A1A", "350 h = 8,75 veckor", "1 720 h per år", "123 000 rekryteringar", "", NULL,
  };
  static const char *const dates[] = { "850709", "000229", "991231", "200101", "450615" };

  for (guint i = 0; i < G_N_ELEMENTS (looks_like_one); i++)
    if (!kp_text_has_personal_number (looks_like_one[i]))
      g_error ("“%s” should be taken for a personal identity number", looks_like_one[i]);
  for (guint i = 0; i < G_N_ELEMENTS (is_not); i++)
    if (kp_text_has_personal_number (is_not[i]))
      g_error ("“%s” is not a personal identity number", is_not[i]);

  /* Computed examples: every birth date and a co-ordination number (day + 60), with the
   * right check digit and with a wrong one, in all three spellings. */
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    for (guint coordination = 0; coordination < 2; coordination++)
      for (guint serial = 0; serial < 1000; serial += 137)
        {
          char nine[10];
          g_autofree char *right = NULL, *wrong = NULL, *long_form = NULL, *bare = NULL;
          char check;
          int day = (dates[i][4] - '0') * 10 + (dates[i][5] - '0') + (coordination ? 60 : 0);

          g_snprintf (nine, sizeof nine, "%.4s%02d%03u", dates[i], day, serial);
          check = luhn_digit (nine);
          right = g_strdup_printf ("%.6s-%s%c", nine, nine + 6, check);
          wrong = g_strdup_printf ("%.6s-%s%c", nine, nine + 6, check == '9' ? '0' : check + 1);
          long_form = g_strdup_printf ("19%.6s-%s%c", nine, nine + 6, check);
          bare = g_strdup_printf ("%s%c", nine, check);
          g_assert_true (kp_text_has_personal_number (right));
          g_assert_true (kp_text_has_personal_number (long_form));
          g_assert_true (kp_text_has_personal_number (bare));
          g_assert_false (kp_text_has_personal_number (wrong));
          check_field (&kp_desc_time_entry, "person", TEXT (right), KP_VALIDATE_ERROR_PERSONAL_NUMBER);
          check_field (&kp_desc_time_entry, "person", TEXT (wrong), OK);
        }
}

/* ---- dates ------------------------------------------------------------------------- */

static void
test_dates (void)
{
  check_field (&kp_desc_task, "start-date", INT (kpt_date (1900, 1, 1)), OK);
  check_field (&kp_desc_task, "start-date", INT (kpt_date (2200, 12, 31)), OK);
  check_field (&kp_desc_task, "start-date", INT (kpt_date (1899, 12, 31)), KP_VALIDATE_ERROR_DATE_RANGE);
  check_field (&kp_desc_task, "end-date", INT (kpt_date (2201, 1, 1)), KP_VALIDATE_ERROR_DATE_RANGE);
  check_field (&kp_desc_meeting, "date", INT (kpt_date (1, 1, 1)), KP_VALIDATE_ERROR_DATE_RANGE);
  check_field (&kp_desc_proposal, "decision-date", INT (-5), KP_VALIDATE_ERROR_DATE_RANGE);
  check_field (&kp_desc_training, "start-date", INT (KP_DATE_MAX + 10), KP_VALIDATE_ERROR_DATE_RANGE);

  /* An optional date may be empty; a required one may not. */
  check_field (&kp_desc_task, "start-date", INT (KP_DATE_NONE), OK);
  check_field (&kp_desc_time_entry, "date", INT (KP_DATE_NONE), KP_VALIDATE_ERROR_REQUIRED);
  check_field (&kp_desc_meeting_series, "until-date", INT (KP_DATE_NONE), KP_VALIDATE_ERROR_REQUIRED);
  check_field (&kp_desc_baseline, "created", INT (KP_DATE_NONE), KP_VALIDATE_ERROR_REQUIRED);
}

static void
check_span (Fixture            *fx,
            const KpEntityDesc *desc,
            const char         *start,
            const char         *end)
{
  g_autoptr(KpEntity) e = kpt_new_row (fx->doc, desc, 1);
  g_autoptr(GError) error = NULL;

  kp_entity_set_date (e, start, kpt_date (2021, 6, 10));
  kp_entity_set_date (e, end, kpt_date (2021, 6, 9));
  g_assert_false (kp_validate_entity (fx->doc, e, &error));
  kpt_assert_refused (error, KP_VALIDATE_ERROR_END_BEFORE_START, kp_entity_desc_field (desc, end)->label);
  g_assert_nonnull (strstr (error->message, _(kp_entity_desc_field (desc, start)->label)));
  g_clear_error (&error);

  /* The same day, or an open end, is a valid span. */
  kp_entity_set_date (e, end, kpt_date (2021, 6, 10));
  g_assert_true (kp_validate_entity (fx->doc, e, &error));
  g_assert_no_error (error);
  if (!(kp_entity_desc_field (desc, end)->flags & KP_FIELD_REQUIRED))
    {
      kp_entity_set_date (e, end, KP_DATE_NONE);
      g_assert_true (kp_validate_entity (fx->doc, e, &error));
      g_assert_no_error (error);
    }
}

static void
test_end_before_start (Fixture       *fx,
                       gconstpointer  data)
{
  KpEntity *project = kp_document_get_project (fx->doc);
  g_autoptr(GError) error = NULL;

  kpt_add (fx->doc, &kp_desc_baseline, 0);
  check_span (fx, &kp_desc_task, "start-date", "end-date");
  check_span (fx, &kp_desc_project, "start-date", "end-date");
  check_span (fx, &kp_desc_training, "start-date", "end-date");
  check_span (fx, &kp_desc_meeting_series, "first-date", "until-date");
  check_span (fx, &kp_desc_baseline_task, "start-date", "end-date");

  /* Through the document, on a stored row, both ways round. */
  g_assert_true (kp_document_set_date (fx->doc, fx->task[0], "start-date", kpt_date (2021, 5, 1), &error));
  g_assert_true (kp_document_set_date (fx->doc, fx->task[0], "end-date", kpt_date (2021, 5, 31), &error));
  g_assert_no_error (error);
  set_refused (fx->doc, fx->task[0], "end-date", INT (kpt_date (2021, 4, 30)),
               KP_VALIDATE_ERROR_END_BEFORE_START, "End date");
  set_refused (fx->doc, fx->task[0], "start-date", INT (kpt_date (2021, 6, 1)),
               KP_VALIDATE_ERROR_END_BEFORE_START, "End date");
  set_refused (fx->doc, project, "end-date", INT (kpt_date (2020, 1, 1)), KP_VALIDATE_ERROR_END_BEFORE_START,
               "End date");
}

/* ---- numbers ----------------------------------------------------------------------- */

/* Every ranged number of every table, at and beyond both ends. */
static void
test_ranges (void)
{
  guint n;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);
  guint percent = 0, negative = 0, out_of_range = 0;

  for (guint d = 0; d < n; d++)
    for (guint i = 0; i < descs[d]->n_fields; i++)
      {
        const KpField *f = &descs[d]->fields[i];
        gboolean is_real = f->kind == KP_FIELD_REAL;
        gboolean big = f->max >= 1e12;
        int code, above;

        if (!(f->flags & KP_FIELD_RANGE))
          continue;
        if (f->min == 0 && f->max == 100)
          code = KP_VALIDATE_ERROR_PERCENT_RANGE, percent++;
        else if (f->min == 0 && big)
          code = KP_VALIDATE_ERROR_NEGATIVE, negative++;
        else
          code = KP_VALIDATE_ERROR_OUT_OF_RANGE, out_of_range++;

        above = code == KP_VALIDATE_ERROR_NEGATIVE ? KP_VALIDATE_ERROR_OUT_OF_RANGE : code;
        if (is_real)
          {
            check_field (descs[d], f->name, REAL (f->min), OK);
            check_field (descs[d], f->name, REAL (big ? 1e9 : f->max), OK);
            check_field (descs[d], f->name, REAL (f->min - 0.01), code);
            if (!big)
              check_field (descs[d], f->name, REAL (f->max + 0.01), above);
          }
        else
          {
            check_field (descs[d], f->name, INT ((gint64) f->min), OK);
            check_field (descs[d], f->name, INT (big ? 1000000000 : (gint64) f->max), OK);
            check_field (descs[d], f->name, INT ((gint64) f->min - 1), code);
            if (!big)
              check_field (descs[d], f->name, INT ((gint64) f->max + 1), above);
          }
        if (is_real)
          {
            check_field (descs[d], f->name, REAL (NAN), KP_VALIDATE_ERROR_NOT_A_NUMBER);
            check_field (descs[d], f->name, REAL (INFINITY), KP_VALIDATE_ERROR_NOT_A_NUMBER);
          }
      }
  g_assert_cmpuint (percent, >=, 5);
  g_assert_cmpuint (negative, >=, 10);
  g_assert_cmpuint (out_of_range, >=, 5);
}

static void
test_numbers (void)
{
  check_field (&kp_desc_task, "progress", REAL (100.5), KP_VALIDATE_ERROR_PERCENT_RANGE);
  check_field (&kp_desc_project, "funder-share", REAL (-1), KP_VALIDATE_ERROR_PERCENT_RANGE);
  check_field (&kp_desc_project, "funder-share", REAL (46), OK);
  check_field (&kp_desc_headcount, "persons", INT (-1), KP_VALIDATE_ERROR_NEGATIVE);
  check_field (&kp_desc_participant_count, "count", INT (-1), KP_VALIDATE_ERROR_NEGATIVE);
  check_field (&kp_desc_budget_line, "budget", REAL (-0.5), KP_VALIDATE_ERROR_NEGATIVE);
  check_field (&kp_desc_training, "cost", REAL (-0.5), KP_VALIDATE_ERROR_NEGATIVE);
  check_field (&kp_desc_time_entry, "hours", REAL (-0.5), KP_VALIDATE_ERROR_OUT_OF_RANGE);
  check_field (&kp_desc_time_entry, "hours", REAL (24.5), KP_VALIDATE_ERROR_OUT_OF_RANGE);

  /* Competence levels run 0 none … 4 can train others. */
  for (gint64 level = -1; level <= 5; level++)
    {
      if (level >= 0 && level <= 4)
        {
          check_field (&kp_desc_required_level, "level", INT (level), OK);
          check_field (&kp_desc_unit_level, "level", INT (level), OK);
        }
      else
        {
          check_field (&kp_desc_required_level, "level", INT (level), KP_VALIDATE_ERROR_OUT_OF_RANGE);
          check_field (&kp_desc_unit_level, "level", INT (level), KP_VALIDATE_ERROR_OUT_OF_RANGE);
        }
    }
  check_field (&kp_desc_meeting_series, "interval-weeks", INT (0), KP_VALIDATE_ERROR_OUT_OF_RANGE);
  check_field (&kp_desc_proposal, "number", INT (0), KP_VALIDATE_ERROR_OUT_OF_RANGE);

  /* An absent optional number is fine; an absent required one is not. */
  check_field (&kp_desc_goal, "target-low", REAL (NAN), OK);
  check_field (&kp_desc_goal, "outcome", REAL (NAN), OK);
  check_field (&kp_desc_budget_line, "outcome", REAL (NAN), KP_VALIDATE_ERROR_NOT_A_NUMBER);
  check_field (&kp_desc_goal, "baseline", REAL (-INFINITY), KP_VALIDATE_ERROR_NOT_A_NUMBER);
  check_field (&kp_desc_goal, "baseline", REAL (-12.5), OK);
}

/* ---- choices and periods ----------------------------------------------------------- */

static void
test_choices (void)
{
  guint n, fields = 0;
  const KpEntityDesc *const *descs = kp_entity_descs (&n);

  for (guint d = 0; d < n; d++)
    for (guint i = 0; i < descs[d]->n_fields; i++)
      {
        const KpField *f = &descs[d]->fields[i];
        g_autofree char *upper = NULL;

        if (f->kind != KP_FIELD_CHOICE)
          continue;
        fields++;
        for (guint c = 0; c < f->catalog->n_choices; c++)
          check_field (descs[d], f->name, TEXT (f->catalog->choices[c].key), OK);
        check_field (descs[d], f->name, TEXT ("bogus"), KP_VALIDATE_ERROR_INVALID_CHOICE);
        /* The translated label is not a key. */
        check_field (descs[d], f->name, TEXT (f->catalog->choices[0].label), KP_VALIDATE_ERROR_INVALID_CHOICE);
        upper = g_ascii_strup (f->catalog->choices[0].key, -1);
        if (!g_str_equal (upper, f->catalog->choices[0].key))
          check_field (descs[d], f->name, TEXT (upper), KP_VALIDATE_ERROR_INVALID_CHOICE);
        if (f->flags & KP_FIELD_REQUIRED)
          check_field (descs[d], f->name, TEXT (""), KP_VALIDATE_ERROR_REQUIRED);
        else
          check_field (descs[d], f->name, TEXT (""), OK);
      }
  g_assert_cmpuint (fields, >=, 20);
  check_field (&kp_desc_project, "funder", TEXT ("esf_plus"), OK);
  check_field (&kp_desc_project, "funder", TEXT ("ESF+"), KP_VALIDATE_ERROR_INVALID_CHOICE);
}

static void
test_periods (void)
{
  static const char *const good[] = {
    "2024-03", "2024-Q2", "1900-01", "2200-12", "2024-Q1", "2024-Q4", "2023-10",
  };
  static const char *const bad[] = {
    "2024-13", "2024-Q5", "1899-01", "2201-01", "2024-00", "2024-Q0", "2024-3", "24-03",
    "2024/03", "2024-q2", "2024-03-01", "", "abcd-01", "2024-1a", "2024-Q",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      int year = 0, month = -1, quarter = -1;

      g_assert_true (kp_period_parse (good[i], &year, &month, &quarter));
      g_assert_cmpint (year, ==, atoi (good[i]));
      g_assert_true ((month == 0) != (quarter == 0));
      check_field (&kp_desc_staffing_stat, "period", TEXT (good[i]), OK);
      check_field (&kp_desc_participant_count, "period", TEXT (good[i]), OK);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      if (kp_period_parse (bad[i], NULL, NULL, NULL))
        g_error ("“%s” is not a period", bad[i]);
      check_field (&kp_desc_staffing_stat, "period", TEXT (bad[i]), KP_VALIDATE_ERROR_INVALID_PERIOD);
      check_field (&kp_desc_participant_result, "period", TEXT (bad[i]), KP_VALIDATE_ERROR_INVALID_PERIOD);
    }
  g_assert_false (kp_period_parse (NULL, NULL, NULL, NULL));
}

/* ---- references -------------------------------------------------------------------- */

static void
test_references (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(KpEntity) unit = kpt_new_entity (&kp_desc_unit, "name", "Korttidsboende",
                                         "target-year", (gint64) 2025, NULL);
  g_autoptr(KpEntity) member = NULL;

  kpt_add (fx->doc, &kp_desc_governance_body, 0);
  member = kpt_new_row (fx->doc, &kp_desc_member, 2);

  check_field (&kp_desc_unit, "organisation-id", INT (0), KP_VALIDATE_ERROR_REQUIRED);
  check_field (&kp_desc_member, "organisation-id", INT (0), OK);
  kpt_add_refused (fx->doc, unit, KP_VALIDATE_ERROR_REQUIRED, "Organisation");
  kp_entity_set_int (unit, "organisation-id", 9999);
  kpt_add_refused (fx->doc, unit, KP_VALIDATE_ERROR_MISSING_REFERENCE, "Organisation");
  kp_entity_set_int (unit, "organisation-id", kp_entity_get_id (fx->org));
  kpt_add_ok (fx->doc, unit);

  /* An optional reference must still point at something that exists. */
  kp_entity_set_int (member, "organisation-id", 4711);
  kpt_add_refused (fx->doc, member, KP_VALIDATE_ERROR_MISSING_REFERENCE, "Organisation");
  kp_entity_set_int (member, "organisation-id", 0);
  kpt_add_ok (fx->doc, member);
  set_refused (fx->doc, member, "organisation-id", INT (4712), KP_VALIDATE_ERROR_MISSING_REFERENCE,
               "Organisation");
  set_refused (fx->doc, unit, "organisation-id", INT (0), KP_VALIDATE_ERROR_REQUIRED, "Organisation");
}

/* ---- cycles ------------------------------------------------------------------------ */

static void
test_cycles (Fixture       *fx,
             gconstpointer  data)
{
  KpEntity **t = fx->task;
  g_autoptr(KpEntity) ab = dependency (t[0], t[1]);
  g_autoptr(KpEntity) bc = dependency (t[1], t[2]);
  g_autoptr(KpEntity) ca = dependency (t[2], t[0]);
  g_autoptr(KpEntity) ba = dependency (t[1], t[0]);
  g_autoptr(KpEntity) aa = dependency (t[0], t[0]);
  g_autoptr(KpEntity) ab2 = dependency (t[0], t[1]);
  g_autoptr(KpEntity) ac = dependency (t[0], t[2]);
  g_autoptr(KpEntity) dc = dependency (t[3], t[2]);
  g_autoptr(GError) error = NULL;

  kpt_add_ok (fx->doc, ab);
  kpt_add_ok (fx->doc, bc);
  kpt_add_refused (fx->doc, ca, KP_VALIDATE_ERROR_CYCLE, "Predecessor");
  kpt_add_refused (fx->doc, ba, KP_VALIDATE_ERROR_CYCLE, "Predecessor");
  kpt_add_refused (fx->doc, aa, KP_VALIDATE_ERROR_CYCLE, "Predecessor");
  kpt_add_refused (fx->doc, ab2, KP_VALIDATE_ERROR_DUPLICATE, "Predecessor");
  /* A shortcut is not a cycle, and neither is a second branch. */
  kpt_add_ok (fx->doc, ac);
  kpt_add_ok (fx->doc, dc);

  /* Editing a stored dependency into a cycle is refused too. */
  set_refused (fx->doc, dc, "predecessor-id", INT (kp_entity_get_id (t[2])), KP_VALIDATE_ERROR_CYCLE,
               "Predecessor");
  set_refused (fx->doc, bc, "successor-id", INT (kp_entity_get_id (t[0])), KP_VALIDATE_ERROR_CYCLE, "Predecessor");
  set_refused (fx->doc, dc, "successor-id", INT (kp_entity_get_id (t[3])), KP_VALIDATE_ERROR_CYCLE, "Predecessor");
  /* A new successor that does not lead back is fine: D → C becomes D → B. */
  g_assert_true (kp_document_set_int (fx->doc, dc, "successor-id", kp_entity_get_id (t[1]), &error));
  g_assert_no_error (error);

  /* A phase cannot be placed inside its own activities. */
  g_assert_true (kp_document_set_int (fx->doc, t[1], "parent-id", kp_entity_get_id (t[0]), &error));
  g_assert_true (kp_document_set_int (fx->doc, t[2], "parent-id", kp_entity_get_id (t[1]), &error));
  g_assert_no_error (error);
  set_refused (fx->doc, t[0], "parent-id", INT (kp_entity_get_id (t[2])), KP_VALIDATE_ERROR_CYCLE, "Phase");
  set_refused (fx->doc, t[0], "parent-id", INT (kp_entity_get_id (t[0])), KP_VALIDATE_ERROR_CYCLE, "Phase");
}

/* ---- duplicates -------------------------------------------------------------------- */

static void
test_duplicates (Fixture       *fx,
                 gconstpointer  data)
{
  gint64 unit = kp_entity_get_id (fx->unit), role = kp_entity_get_id (fx->role);
  gint64 role2 = kp_entity_get_id (fx->role2), comp = kp_entity_get_id (fx->competence);
  g_autoptr(KpEntity) h1 = kpt_new_entity (&kp_desc_headcount, "unit-id", unit, "role-id", role,
                                       "persons", (gint64) 10, NULL);
  g_autoptr(KpEntity) h2 = kpt_new_entity (&kp_desc_headcount, "unit-id", unit, "role-id", role,
                                       "persons", (gint64) 3, NULL);
  g_autoptr(KpEntity) h3 = kpt_new_entity (&kp_desc_headcount, "unit-id", unit, "role-id", role2, NULL);
  g_autoptr(KpEntity) r1 = kpt_new_entity (&kp_desc_required_level, "role-id", role, "competence-id", comp,
                                       "level", (gint64) 3, NULL);
  g_autoptr(KpEntity) r2 = kpt_new_entity (&kp_desc_required_level, "role-id", role, "competence-id", comp,
                                       "level", (gint64) 2, NULL);
  g_autoptr(KpEntity) u1 = kpt_new_entity (&kp_desc_unit_level, "unit-id", unit, "competence-id", comp, NULL);
  g_autoptr(KpEntity) u2 = kpt_new_entity (&kp_desc_unit_level, "unit-id", unit, "competence-id", comp, NULL);
  g_autoptr(KpEntity) c1 = kpt_new_entity (&kp_desc_certification, "unit-id", unit, NULL);
  g_autoptr(KpEntity) c2 = kpt_new_entity (&kp_desc_certification, "unit-id", unit, "certified", (gint64) 4, NULL);
  g_autoptr(KpEntity) p1 = kpt_new_entity (&kp_desc_participant_count, "period", "2024-Q1", "gender", "woman",
                                       "age-band", "18_29", "start-status", "unemployed", NULL);
  g_autoptr(KpEntity) p2 = kp_entity_dup (p1);
  g_autoptr(KpEntity) s1 = kpt_new_entity (&kp_desc_staffing_stat, "organisation-id", kp_entity_get_id (fx->org),
                                       "period", "2024-03", "role-id", role, NULL);
  g_autoptr(KpEntity) s2 = kp_entity_dup (s1);
  KpEntity *g1 = kpt_add (fx->doc, &kp_desc_goal, 1);
  g_autoptr(KpEntity) gt1 = kpt_new_entity (&kp_desc_goal_task, "goal-id", kp_entity_get_id (g1),
                                        "task-id", kp_entity_get_id (fx->task[0]), NULL);
  g_autoptr(KpEntity) gt2 = kp_entity_dup (gt1);
  KpEntity *b = kpt_add (fx->doc, &kp_desc_baseline, 1);
  g_autoptr(KpEntity) bt1 = kpt_new_entity (&kp_desc_baseline_task, "baseline-id", kp_entity_get_id (b),
                                        "task-id", kp_entity_get_id (fx->task[0]), NULL);
  g_autoptr(KpEntity) bt2 = kp_entity_dup (bt1);
  g_autoptr(KpEntity) role_same = kpt_new_entity (&kp_desc_role, "name",
                                              kp_entity_get_text (fx->role, "name"), NULL);
  g_autofree char *shouted = g_utf8_strup (kp_entity_get_text (fx->role, "name"), -1);
  g_autoptr(KpEntity) role_shouted = kpt_new_entity (&kp_desc_role, "name", shouted, NULL);
  g_autoptr(KpEntity) comp_same = kpt_new_entity (&kp_desc_competence, "name",
                                              kp_entity_get_text (fx->competence, "name"), NULL);

  kpt_add_ok (fx->doc, h1);
  kpt_add_refused (fx->doc, h2, KP_VALIDATE_ERROR_DUPLICATE, "Role");
  kpt_add_ok (fx->doc, h3);
  /* Moving a row onto another's key is refused; keeping its own key is not a duplicate. */
  set_refused (fx->doc, h3, "role-id", INT (role), KP_VALIDATE_ERROR_DUPLICATE, "Role");
  g_assert_true (kp_document_set_int (fx->doc, h1, "persons", 12, NULL));

  kpt_add_ok (fx->doc, r1);
  kpt_add_refused (fx->doc, r2, KP_VALIDATE_ERROR_DUPLICATE, "Role");
  kp_entity_set_int (r2, "competence-id", kp_entity_get_id (fx->competence) + 1);
  kpt_add_ok (fx->doc, r2);
  set_refused (fx->doc, r2, "competence-id", INT (comp), KP_VALIDATE_ERROR_DUPLICATE, "Role");

  kpt_add_ok (fx->doc, u1);
  kpt_add_refused (fx->doc, u2, KP_VALIDATE_ERROR_DUPLICATE, "Unit");
  kpt_add_ok (fx->doc, c1);
  kpt_add_refused (fx->doc, c2, KP_VALIDATE_ERROR_DUPLICATE, "Unit");
  kpt_add_ok (fx->doc, p1);
  kpt_add_refused (fx->doc, p2, KP_VALIDATE_ERROR_DUPLICATE, "Period");
  kp_entity_set_text (p2, "gender", "non_binary");
  kpt_add_ok (fx->doc, p2);
  kpt_add_ok (fx->doc, s1);
  kpt_add_refused (fx->doc, s2, KP_VALIDATE_ERROR_DUPLICATE, "Organisation");
  kpt_add_ok (fx->doc, gt1);
  kpt_add_refused (fx->doc, gt2, KP_VALIDATE_ERROR_DUPLICATE, "Goal");
  kpt_add_ok (fx->doc, bt1);
  kpt_add_refused (fx->doc, bt2, KP_VALIDATE_ERROR_DUPLICATE, "Baseline");

  /* Names in the editable catalogues are unique, whatever their case. */
  kpt_add_refused (fx->doc, role_same, KP_VALIDATE_ERROR_DUPLICATE, "Name");
  kpt_add_refused (fx->doc, role_shouted, KP_VALIDATE_ERROR_DUPLICATE, "Name");
  kpt_add_refused (fx->doc, comp_same, KP_VALIDATE_ERROR_DUPLICATE, "Name");
  kp_entity_set_text (role_same, "name", "Serviceassistent i Linköping");
  kpt_add_ok (fx->doc, role_same);
  {
    g_autoptr(GError) error = NULL;

    set_refused (fx->doc, role_same, "name", TEXT (kp_entity_get_text (fx->role2, "name")),
                 KP_VALIDATE_ERROR_DUPLICATE, "Name");
  }
}

/* ---- ESF+ hours -------------------------------------------------------------------- */

static void
test_esf_caps (Fixture       *fx,
               gconstpointer  data)
{
  KpDate day = kpt_date (2022, 3, 14);
  g_autoptr(KpEntity) half = time_entry (fx, day, "Anna Berg", 2.5);
  g_autoptr(KpEntity) eight = time_entry (fx, day, "Anna Berg", 8);
  g_autoptr(KpEntity) six = time_entry (fx, day, "anna berg ", 6);
  g_autoptr(KpEntity) five = time_entry (fx, day, "Anna Berg", 5);
  g_autoptr(KpEntity) other = time_entry (fx, day, "Bo Ek", 13);
  g_autoptr(KpEntity) nobody = time_entry (fx, day, "", 13);
  g_autoptr(KpEntity) next_day = time_entry (fx, day + 1, "Anna Berg", 13);
  g_autoptr(GError) error = NULL;

  set_funder (fx, "esf_plus");
  kpt_add_refused (fx->doc, half, KP_VALIDATE_ERROR_ESF_WHOLE_HOURS, "Hours");
  kpt_add_ok (fx->doc, eight);
  /* The same person, however it is spelt, across entries. */
  kpt_add_refused (fx->doc, six, KP_VALIDATE_ERROR_ESF_DAY_CAP, "Hours");
  /* The sentence names the person as the row spells it, and the hours the day would have. */
  g_assert_false (kp_document_add (fx->doc, six, &error));
  g_assert_cmpstr (error->message, ==, "“Hours”: anna berg would have 14 hours on one day; ESF+ allows at most 13.");
  g_clear_error (&error);
  kpt_add_ok (fx->doc, five);
  kpt_add_ok (fx->doc, other);
  kpt_add_ok (fx->doc, nobody);
  kpt_add_ok (fx->doc, next_day);

  /* An edit replaces the row's own hours rather than adding to them. */
  g_assert_true (kp_document_set_real (fx->doc, eight, "hours", 7, &error));
  g_assert_true (kp_document_set_real (fx->doc, eight, "hours", 8, &error));
  g_assert_no_error (error);
  set_refused (fx->doc, eight, "hours", REAL (9), KP_VALIDATE_ERROR_ESF_DAY_CAP, "Hours");
  set_refused (fx->doc, eight, "hours", REAL (7.5), KP_VALIDATE_ERROR_ESF_WHOLE_HOURS, "Hours");
  /* Respelling the person of an entry is not a second entry. */
  g_assert_true (kp_document_set_text (fx->doc, eight, "person", " anna BERG", &error));
  g_assert_no_error (error);
  /* Moving hours onto a full day is refused: another person's, or another date's. */
  set_refused (fx->doc, other, "person", TEXT ("Anna Berg"), KP_VALIDATE_ERROR_ESF_DAY_CAP, "Hours");
  set_refused (fx->doc, next_day, "date", INT (day), KP_VALIDATE_ERROR_ESF_DAY_CAP, "Hours");
  /* A removed entry no longer counts. */
  g_assert_true (kp_document_remove (fx->doc, five, &error));
  g_assert_true (kp_document_set_real (fx->doc, eight, "hours", 13, &error));
  g_assert_no_error (error);
}

static void
test_esf_year_cap (Fixture       *fx,
                   gconstpointer  data)
{
  KpDate jan1 = kpt_date (2022, 1, 1);
  g_autoptr(KpEntity) four = time_entry (fx, jan1 + 200, "Cecilia", 4);
  g_autoptr(KpEntity) one = time_entry (fx, jan1 + 201, "cecilia", 1);
  g_autoptr(KpEntity) next_year = time_entry (fx, kpt_date (2023, 1, 2), "Cecilia", 13);
  g_autoptr(GError) error = NULL;

  set_funder (fx, "esf_plus");
  /* 132 days of 13 hours make 1,716 hours. */
  kp_document_begin (fx->doc, "Fill a year");
  for (guint i = 0; i < 132; i++)
    {
      g_autoptr(KpEntity) e = time_entry (fx, jan1 + i, "Cecilia", 13);

      kpt_add_ok (fx->doc, e);
    }
  g_assert_true (kp_document_end (fx->doc, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (kp_document_person_hours (fx->doc, "Cecilia", kpt_date (2022, 1, 1)).year, ==, 1716);

  kpt_add_ok (fx->doc, four);
  g_assert_cmpfloat (kp_document_person_hours (fx->doc, "CECILIA", kpt_date (2022, 1, 1)).year, ==, 1720);
  kpt_add_refused (fx->doc, one, KP_VALIDATE_ERROR_ESF_YEAR_CAP, "Hours");
  kpt_add_ok (fx->doc, next_year);
  set_refused (fx->doc, four, "hours", REAL (5), KP_VALIDATE_ERROR_ESF_YEAR_CAP, "Hours");
  set_refused (fx->doc, next_year, "date", INT (jan1 + 300), KP_VALIDATE_ERROR_ESF_YEAR_CAP, "Hours");
}

/* Other funders have no hour rules beyond 0–24 an entry. */
static void
test_esf_not_applied (Fixture       *fx,
                      gconstpointer  data)
{
  static const char *const funders[] = { "own", "vinnova", "stimulus", "other" };
  KpDate day = kpt_date (2022, 5, 2);
  g_autoptr(GError) error = NULL;

  for (guint f = 0; f < G_N_ELEMENTS (funders); f++)
    {
      set_funder (fx, funders[f]);
      for (guint i = 0; i < 3; i++)
        {
          g_autoptr(KpEntity) e = time_entry (fx, day + f, "Anna Berg", 12.5);

          kpt_add_ok (fx->doc, e);
        }
    }
  kp_document_begin (fx->doc, "A long year");
  for (guint i = 0; i < 150; i++)
    {
      g_autoptr(KpEntity) e = time_entry (fx, day + 10 + i, "Anna Berg", 24);

      kpt_add_ok (fx->doc, e);
    }
  g_assert_true (kp_document_end (fx->doc, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (kp_document_person_hours (fx->doc, "Anna Berg", kpt_date (2022, 1, 1)).year, >, 3600);

  /* Switching to ESF+ applies the rules to the next edit. */
  set_funder (fx, "esf_plus");
  {
    g_autoptr(KpEntity) e = time_entry (fx, kpt_date (2023, 1, 3), "Anna Berg", 1.5);

    kpt_add_refused (fx->doc, e, KP_VALIDATE_ERROR_ESF_WHOLE_HOURS, "Hours");
  }
}

/* ---- competence plan and goals ----------------------------------------------------- */

static void
test_headcount (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(KpEntity) h = kpt_new_entity (&kp_desc_headcount, "unit-id", kp_entity_get_id (fx->unit),
                                      "role-id", kp_entity_get_id (fx->role), "persons", (gint64) 5,
                                      "fte", 5.5, NULL);
  g_autoptr(KpEntity) s = kpt_new_entity (&kp_desc_staffing_stat, "organisation-id", kp_entity_get_id (fx->org),
                                      "period", "2024-Q1", "role-id", kp_entity_get_id (fx->role),
                                      "employees", (gint64) 40, "fte", 40.5, NULL);
  g_autoptr(GError) error = NULL;

  kpt_add_refused (fx->doc, h, KP_VALIDATE_ERROR_FTE_ABOVE_PERSONS, "Full-time equivalents");
  kp_entity_set_real (h, "fte", 5);
  kp_entity_set_int (h, "retirements", 6);
  kpt_add_refused (fx->doc, h, KP_VALIDATE_ERROR_RETIREMENTS_ABOVE_HEADCOUNT, "Retirements per year");
  kp_entity_set_int (h, "retirements", 5);
  kpt_add_ok (fx->doc, h);
  set_refused (fx->doc, h, "persons", INT (4), KP_VALIDATE_ERROR_FTE_ABOVE_PERSONS, "Full-time equivalents");
  g_assert_true (kp_document_set_real (fx->doc, h, "fte", 3.5, &error));
  g_assert_no_error (error);
  set_refused (fx->doc, h, "persons", INT (4), KP_VALIDATE_ERROR_RETIREMENTS_ABOVE_HEADCOUNT,
               "Retirements per year");

  kpt_add_refused (fx->doc, s, KP_VALIDATE_ERROR_FTE_ABOVE_PERSONS, "Full-time equivalents");
  kp_entity_set_real (s, "fte", 38.25);
  kpt_add_ok (fx->doc, s);
  set_refused (fx->doc, s, "fte", REAL (41), KP_VALIDATE_ERROR_FTE_ABOVE_PERSONS, "Full-time equivalents");
}

static void
test_unit_target_year (Fixture       *fx,
                       gconstpointer  data)
{
  g_autoptr(KpEntity) unit = kpt_new_entity (&kp_desc_unit, "organisation-id", kp_entity_get_id (fx->org),
                                         "name", "Särskilt boende", "target-year", (gint64) 2020, NULL);
  g_autoptr(GError) error = NULL;

  kpt_add_refused (fx->doc, unit, KP_VALIDATE_ERROR_TARGET_YEAR_BEFORE_START, "Target year");
  kp_entity_set_int (unit, "target-year", 2021);
  kpt_add_ok (fx->doc, unit);
  set_refused (fx->doc, unit, "target-year", INT (2019), KP_VALIDATE_ERROR_TARGET_YEAR_BEFORE_START,
               "Target year");
  set_refused (fx->doc, unit, "target-year", INT (1899), KP_VALIDATE_ERROR_OUT_OF_RANGE, "Target year");

  /* Without a start date there is nothing to compare with. */
  g_assert_true (kp_document_set_date (fx->doc, kp_document_get_project (fx->doc), "start-date",
                                       KP_DATE_NONE, &error));
  g_assert_true (kp_document_set_int (fx->doc, unit, "target-year", 1990, &error));
  g_assert_no_error (error);
}

static void
test_goal_range (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(KpEntity) goal = kpt_new_entity (&kp_desc_goal, "kind", "effect", "text",
                                         "8–16 individer i arbete", "target-low", 16.0,
                                         "target-high", 8.0, NULL);
  g_autoptr(GError) error = NULL;

  kpt_add_refused (fx->doc, goal, KP_VALIDATE_ERROR_RANGE_INVERTED, "Target");
  kp_entity_set_real (goal, "target-low", NAN);
  kpt_add_refused (fx->doc, goal, KP_VALIDATE_ERROR_REQUIRED, "Target");
  kp_entity_set_real (goal, "target-low", 8);
  kp_entity_set_real (goal, "target-high", 16);
  kpt_add_ok (fx->doc, goal);
  set_refused (fx->doc, goal, "target-high", REAL (7.5), KP_VALIDATE_ERROR_RANGE_INVERTED, "Target");
  g_assert_true (kp_document_set_real (fx->doc, goal, "target-high", 8, &error));
  g_assert_true (kp_document_set_real (fx->doc, goal, "target-high", NAN, &error));
  g_assert_true (kp_document_set_real (fx->doc, goal, "target-low", NAN, &error));
  g_assert_no_error (error);
}

/* A refused edit leaves the list, the file and the undo history as they were. */
static void
test_refusal_changes_nothing (Fixture       *fx,
                              gconstpointer  data)
{
  g_autofree char *before = kpt_dump (fx->doc);
  g_autofree char *file_before = kpt_dump_file (kpt_doc_path (fx->doc));
  g_autofree char *after = NULL, *file_after = NULL;
  const char *undo_label = kp_document_get_undo_label (fx->doc);
  g_autoptr(KpEntity) bad = kpt_new_entity (&kp_desc_task, "name", "x", "progress", 101.0, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (before, ==, file_before);
  g_assert_false (kp_document_add (fx->doc, bad, &error));
  g_clear_error (&error);
  g_assert_false (kp_document_set_text (fx->doc, fx->task[0], "name", "", &error));
  g_clear_error (&error);
  g_assert_false (kp_document_set_text (fx->doc, fx->org, "kind", "bogus", &error));
  g_clear_error (&error);
  g_assert_false (kp_document_set_text (fx->doc, fx->org, "org-number", "19121212-1212", &error));
  g_clear_error (&error);
  after = kpt_dump (fx->doc);
  file_after = kpt_dump_file (kpt_doc_path (fx->doc));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (file_after, ==, before);
  g_assert_cmpstr (kp_document_get_undo_label (fx->doc), ==, undo_label);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  g_test_add_func ("/validate/text", test_text);
  g_test_add_func ("/validate/personal-number", test_personal_number);
  g_test_add_func ("/validate/dates", test_dates);
  ADD ("/validate/end-before-start", test_end_before_start);
  g_test_add_func ("/validate/ranges", test_ranges);
  g_test_add_func ("/validate/numbers", test_numbers);
  g_test_add_func ("/validate/choices", test_choices);
  g_test_add_func ("/validate/periods", test_periods);
  ADD ("/validate/references", test_references);
  ADD ("/validate/cycles", test_cycles);
  ADD ("/validate/duplicates", test_duplicates);
  ADD ("/validate/esf/caps", test_esf_caps);
  ADD ("/validate/esf/year-cap", test_esf_year_cap);
  ADD ("/validate/esf/not-applied", test_esf_not_applied);
  ADD ("/validate/headcount", test_headcount);
  ADD ("/validate/unit-target-year", test_unit_target_year);
  ADD ("/validate/goal-range", test_goal_range);
  ADD ("/validate/refusal-changes-nothing", test_refusal_changes_nothing);
#undef ADD

  return g_test_run ();
}
