/* kp-validate.c: the rules of the domain, with messages that name the field. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-date.h"
#include "kp-document.h"
#include "kp-validate.h"

G_DEFINE_QUARK (kp-validate-error-quark, kp_validate_error)

#define MIN_YEAR 1900
#define MAX_YEAR 2200

static const char *
label_of (const KpField *field)
{
  return _(field->label);
}

/* A Swedish personal identity number: [yy]yymmdd[-+]nnnn whose date is real (or a
 * co-ordination number, day + 60) and whose last digit is the Luhn check digit. */
static gboolean
digits_are_personal_number (const char *d10)
{
  int month = (d10[2] - '0') * 10 + (d10[3] - '0');
  int day = (d10[4] - '0') * 10 + (d10[5] - '0');
  int sum = 0;

  if (day > 60)
    day -= 60;
  if (month < 1 || month > 12 || day < 1 || day > 31)
    return FALSE;
  for (int i = 0; i < 10; i++)
    {
      int v = (d10[i] - '0') * (i % 2 == 0 ? 2 : 1);

      sum += v > 9 ? v - 9 : v;
    }
  return sum % 10 == 0;
}

gboolean
kp_text_has_personal_number (const char *text)
{
  const char *p = text;

  if (text == NULL)
    return FALSE;
  while (*p)
    {
      char digits[13];
      int n = 0;
      const char *q = p;
      gboolean sep = FALSE;

      if (!g_ascii_isdigit (*p) || (p > text && g_ascii_isdigit (p[-1])))
        {
          p++;
          continue;
        }
      while (n < 12 && (g_ascii_isdigit (*q) || ((*q == '-' || *q == '+') && !sep && (n == 6 || n == 8))))
        {
          if (g_ascii_isdigit (*q))
            digits[n++] = *q;
          else
            sep = TRUE;
          q++;
        }
      if (!g_ascii_isdigit (*q) && (n == 10 || n == 12))
        {
          /* A separator may only stand before the last four digits. */
          const char *sep_at = strpbrk (p, "-+");
          gboolean sep_ok = !sep || (sep_at != NULL && sep_at < q && q - sep_at == 5);

          if (sep_ok && digits_are_personal_number (digits + (n - 10)))
            return TRUE;
        }
      p++;
    }
  return FALSE;
}

gboolean
kp_period_parse (const char *text,
                 int        *year,
                 int        *month,
                 int        *quarter)
{
  int y, m = 0, q = 0;

  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;
  for (int i = 0; i < 4; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  y = atoi (text);
  if (text[5] == 'Q' && text[6] >= '1' && text[6] <= '4')
    q = text[6] - '0';
  else if (g_ascii_isdigit (text[5]) && g_ascii_isdigit (text[6]))
    {
      m = (text[5] - '0') * 10 + (text[6] - '0');
      if (m < 1 || m > 12)
        return FALSE;
    }
  else
    return FALSE;
  if (y < MIN_YEAR || y > MAX_YEAR)
    return FALSE;
  if (year) *year = y;
  if (month) *month = m;
  if (quarter) *quarter = q;
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
validate_text (const KpField *field,
               const char    *text,
               GError       **error)
{
  glong max = (field->flags & KP_FIELD_LONG) ? KP_LONG_TEXT_MAX_CHARS : KP_TEXT_MAX_CHARS;
  const char *end;

  if (!g_utf8_validate (text, -1, &end))
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_INVALID_UTF8,
                   _("“%s” contains characters that are not valid text."), label_of (field));
      return FALSE;
    }
  if ((field->flags & KP_FIELD_REQUIRED) && is_blank (text))
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_REQUIRED,
                   _("“%s” must not be empty."), label_of (field));
      return FALSE;
    }
  /* A text has no more characters than bytes: most are counted without counting. */
  if (end - text > max && g_utf8_strlen (text, -1) > max)
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_TOO_LONG,
                   _("“%s” is too long: at most %ld characters."), label_of (field), max);
      return FALSE;
    }
  if (kp_text_has_personal_number (text))
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_PERSONAL_NUMBER,
                   _("“%s” looks like it contains a personal identity number. "
                     "Kompetensplan never stores personal identity numbers."), label_of (field));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_number (const KpField *field,
                 double         v,
                 GError       **error)
{
  if (isnan (v))
    {
      if (field->flags & KP_FIELD_NULLABLE)
        return TRUE;
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_NOT_A_NUMBER,
                   _("“%s” must be a number."), label_of (field));
      return FALSE;
    }
  if (isinf (v))
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_NOT_A_NUMBER,
                   _("“%s” must be a finite number."), label_of (field));
      return FALSE;
    }
  if (!(field->flags & KP_FIELD_RANGE) || (v >= field->min && v <= field->max))
    return TRUE;
  if (field->min == 0 && field->max == 100)
    g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_PERCENT_RANGE,
                 _("“%s” must be a percentage from 0 to 100."), label_of (field));
  else if (field->min == 0 && v < 0 && field->max >= 1e12)
    g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_NEGATIVE,
                 _("“%s” must not be negative."), label_of (field));
  else
    g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_OUT_OF_RANGE,
                 _("“%s” must be between %g and %g."), label_of (field), field->min, field->max);
  return FALSE;
}

gboolean
kp_validate_field (const KpField  *field,
                   const KpValue  *value,
                   GError        **error)
{
  switch (field->kind)
    {
    case KP_FIELD_TEXT:
      return validate_text (field, value->s, error);
    case KP_FIELD_CHOICE:
      if (*value->s == '\0')
        {
          if (!(field->flags & KP_FIELD_REQUIRED))
            return TRUE;
          g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_REQUIRED,
                       _("“%s” must not be empty."), label_of (field));
          return FALSE;
        }
      if (!kp_catalog_has (field->catalog, value->s))
        {
          g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_INVALID_CHOICE,
                       _("“%s” cannot be “%s”."), label_of (field), value->s);
          return FALSE;
        }
      return TRUE;
    case KP_FIELD_PERIOD:
      if (!kp_period_parse (value->s, NULL, NULL, NULL))
        {
          g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_INVALID_PERIOD,
                       _("“%s” must be a month (yyyy-mm) or a quarter (yyyy-Qn) between 1900 and 2200."),
                       label_of (field));
          return FALSE;
        }
      return TRUE;
    case KP_FIELD_DATE:
      if (value->i == KP_DATE_NONE)
        {
          if (!(field->flags & KP_FIELD_REQUIRED))
            return TRUE;
          g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_REQUIRED,
                       _("“%s” must not be empty."), label_of (field));
          return FALSE;
        }
      if (value->i < 0 || kp_date_year ((KpDate) value->i) < MIN_YEAR || kp_date_year ((KpDate) value->i) > MAX_YEAR)
        {
          g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_DATE_RANGE,
                       _("“%s” must be a date between 1900 and 2200."), label_of (field));
          return FALSE;
        }
      return TRUE;
    case KP_FIELD_REF:
      if (value->i == 0 && (field->flags & KP_FIELD_REQUIRED))
        {
          g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_REQUIRED,
                       _("“%s” must be chosen."), label_of (field));
          return FALSE;
        }
      return TRUE;
    case KP_FIELD_REAL:
      return validate_number (field, value->d, error);
    case KP_FIELD_INT:
      return validate_number (field, (double) value->i, error);
    case KP_FIELD_BOOL:
    default:
      return TRUE;
    }
}

gboolean
kp_validate_entity (KpDocument  *document,
                    KpEntity    *candidate,
                    GError     **error)
{
  const KpEntityDesc *desc = kp_entity_get_desc (candidate);

  for (guint i = 0; i < desc->n_fields; i++)
    {
      const KpField *f = &desc->fields[i];
      const KpValue *v = kp_entity_peek (candidate, i);

      if (!kp_validate_field (f, v, error))
        return FALSE;
      if (f->kind == KP_FIELD_REF && v->i != 0 && document != NULL &&
          kp_document_lookup (document, f->target, v->i) == NULL)
        {
          g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_MISSING_REFERENCE,
                       _("“%s” refers to something that does not exist."), label_of (f));
          return FALSE;
        }
    }
  return desc->check == NULL || document == NULL || desc->check (document, candidate, error);
}

/* Every pair of fields named …start… and …end…/until… is a span whose end may not come
 * before its start. */
gboolean
kp_check_date_span (KpDocument *document,
                    KpEntity   *candidate,
                    GError    **error)
{
  const KpEntityDesc *desc = kp_entity_get_desc (candidate);
  int start = -1, end = -1;

  for (guint i = 0; i < desc->n_fields; i++)
    {
      if (desc->fields[i].kind != KP_FIELD_DATE)
        continue;
      if (strstr (desc->fields[i].name, "start") || strstr (desc->fields[i].name, "first"))
        start = (int) i;
      else if (strstr (desc->fields[i].name, "end") || strstr (desc->fields[i].name, "until"))
        end = (int) i;
    }
  g_assert (start >= 0 && end >= 0);
  {
    gint64 s = kp_entity_peek (candidate, start)->i, e = kp_entity_peek (candidate, end)->i;

    if (s != 0 && e != 0 && e < s)
      {
        g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_END_BEFORE_START,
                     _("“%s” must not be before “%s”."),
                     label_of (&desc->fields[end]), label_of (&desc->fields[start]));
        return FALSE;
      }
  }
  /* A task may not become its own ancestor. */
  if (desc == &kp_desc_task && kp_entity_get_id (candidate) != 0)
    {
      gint64 self_id = kp_entity_get_id (candidate);
      gint64 parent = kp_entity_get_int (candidate, "parent-id");

      for (guint guard = 0; parent != 0 && guard < 100000; guard++)
        {
          KpEntity *p = kp_document_lookup (document, &kp_desc_task, parent);

          if (parent == self_id)
            {
              g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_CYCLE,
                           _("“%s” cannot be placed inside itself."), _("Phase"));
              return FALSE;
            }
          parent = p != NULL ? kp_entity_get_int (p, "parent-id") : 0;
        }
    }
  return TRUE;
}

/* A baseline holds one span per activity (UNIQUE in the schema). */
gboolean
kp_check_baseline_task (KpDocument *document,
                        KpEntity   *candidate,
                        GError    **error)
{
  return kp_check_date_span (document, candidate, error) &&
         kp_check_unique_pair (document, candidate, error);
}

gboolean
kp_check_dependency (KpDocument *document,
                     KpEntity   *candidate,
                     GError    **error)
{
  gint64 pred = kp_entity_get_int (candidate, "predecessor-id");
  gint64 succ = kp_entity_get_int (candidate, "successor-id");
  GListModel *deps = kp_document_get_list (document, &kp_desc_dependency);
  guint n = g_list_model_get_n_items (deps);
  g_autoptr(GHashTable) next = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                      (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (kp_document_find_same_key (document, candidate) != NULL)
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_DUPLICATE,
                   _("“%s”: these two activities already depend on each other."), _("Predecessor"));
      return FALSE;
    }
  if (pred == succ)
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_CYCLE,
                   _("“%s”: an activity cannot depend on itself."), _("Predecessor"));
      return FALSE;
    }
  /* Would succ reach pred through the other dependencies? */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KpEntity) d = g_list_model_get_item (deps, i);
      KpEntity *from;
      GArray *list;

      if (kp_entity_get_id (d) == kp_entity_get_id (candidate))
        continue;
      from = d;
      list = g_hash_table_lookup (next, kp_entity_peek (from, 0));
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (next, (gpointer) &kp_entity_peek (from, 0)->i, list);
        }
      g_array_append_val (list, kp_entity_peek (from, 1)->i);
    }
  g_array_append_val (queue, succ);
  for (guint q = 0; q < queue->len; q++)
    {
      gint64 at = g_array_index (queue, gint64, q);
      GArray *list;

      if (at == pred)
        {
          g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_CYCLE,
                       _("“%s”: this dependency would make a circle: the activities would wait for each other."),
                       _("Predecessor"));
          return FALSE;
        }
      if (!g_hash_table_add (seen, &g_array_index (queue, gint64, q)))
        continue;
      list = g_hash_table_lookup (next, &at);
      for (guint j = 0; list != NULL && j < list->len; j++)
        g_array_append_val (queue, g_array_index (list, gint64, j));
    }
  return TRUE;
}

gboolean
kp_check_goal (KpDocument *document,
               KpEntity   *candidate,
               GError    **error)
{
  double lo = kp_entity_get_real (candidate, "target-low");
  double hi = kp_entity_get_real (candidate, "target-high");

  if (!isnan (hi) && isnan (lo))
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_REQUIRED,
                   _("“%s” must not be empty when “%s” is set."), _("Target"), _("Target, upper end"));
      return FALSE;
    }
  if (!isnan (lo) && !isnan (hi) && lo > hi)
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_RANGE_INVERTED,
                   _("The low end of “%s” (%g) is above its high end (%g)."), _("Target"), lo, hi);
      return FALSE;
    }
  return TRUE;
}

gboolean
kp_check_unique_name (KpDocument *document,
                      KpEntity   *candidate,
                      GError    **error)
{
  const KpEntityDesc *desc = kp_entity_get_desc (candidate);
  GListModel *list = kp_document_get_list (document, desc);
  g_autofree char *name = g_utf8_casefold (kp_entity_get_text (candidate, "name"), -1);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) other = g_list_model_get_item (list, i);
      g_autofree char *other_name = NULL;

      if (kp_entity_get_id (other) == kp_entity_get_id (candidate))
        continue;
      other_name = g_utf8_casefold (kp_entity_get_text (other, "name"), -1);
      if (g_str_equal (name, other_name))
        {
          g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_DUPLICATE,
                       _("“%s”: “%s” already has an entry named “%s”."), _("Name"), _(desc->plural),
                       kp_entity_get_text (candidate, "name"));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
kp_check_unique_pair (KpDocument *document,
                      KpEntity   *candidate,
                      GError    **error)
{
  const KpEntityDesc *desc = kp_entity_get_desc (candidate);

  if (kp_document_find_same_key (document, candidate) != NULL)
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_DUPLICATE,
                   _("“%s” already has a row for the same %s."), _(desc->plural),
                   _(desc->fields[0].label));
      return FALSE;
    }
  return TRUE;
}

gboolean
kp_check_unit (KpDocument *document,
               KpEntity   *candidate,
               GError    **error)
{
  KpDate start = kp_entity_get_date (kp_document_get_project (document), "start-date");
  gint64 target = kp_entity_get_int (candidate, "target-year");

  if (start != KP_DATE_NONE && target < kp_date_year (start))
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_TARGET_YEAR_BEFORE_START,
                   _("“%s” (%d) must not be before the project starts (%d)."), _("Target year"),
                   (int) target, kp_date_year (start));
      return FALSE;
    }
  return TRUE;
}

/* The project's span, and no unit's target year before the year the project starts: the
 * rule of kp_check_unit() seen from the project, when its start date moves. */
gboolean
kp_check_project (KpDocument *document,
                  KpEntity   *candidate,
                  GError    **error)
{
  KpDate start = kp_entity_get_date (candidate, "start-date");
  GListModel *units;

  if (!kp_check_date_span (document, candidate, error))
    return FALSE;
  if (start == KP_DATE_NONE)
    return TRUE;
  units = kp_document_get_list (document, &kp_desc_unit);
  for (guint i = 0, n = g_list_model_get_n_items (units); i < n; i++)
    {
      g_autoptr(KpEntity) unit = g_list_model_get_item (units, i);
      gint64 target = kp_entity_get_int (unit, "target-year");

      if (target < kp_date_year (start))
        {
          g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_TARGET_YEAR_BEFORE_START,
                       /* Translators: “Start date” (2027) must not be after the target year of “Hemtjänst norr” (2025). */
                       _("“%s” (%d) must not be after the target year of “%s” (%d)."), _("Start date"),
                       kp_date_year (start), kp_entity_get_text (unit, "name"), (int) target);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
kp_check_headcount (KpDocument *document,
                    KpEntity   *candidate,
                    GError    **error)
{
  gint64 persons = kp_entity_get_int (candidate, "persons");

  if (kp_entity_get_real (candidate, "fte") > (double) persons)
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_FTE_ABOVE_PERSONS,
                   _("“%s” (%g) cannot be more than “%s” (%g)."),
                   _("Full-time equivalents"), kp_entity_get_real (candidate, "fte"),
                   _("Persons"), (double) persons);
      return FALSE;
    }
  if (kp_entity_get_int (candidate, "retirements") > persons)
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_RETIREMENTS_ABOVE_HEADCOUNT,
                   _("“%s” (%g) cannot be more than “%s” (%g)."),
                   _("Retirements per year"), (double) kp_entity_get_int (candidate, "retirements"),
                   _("Persons"), (double) persons);
      return FALSE;
    }
  if (kp_document_find_same_key (document, candidate) != NULL)
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_DUPLICATE,
                   _("“%s”: this role is already in this unit."), _("Role"));
      return FALSE;
    }
  return TRUE;
}

gboolean
kp_check_staffing (KpDocument *document,
                   KpEntity   *candidate,
                   GError    **error)
{
  if (kp_entity_get_real (candidate, "fte") > (double) kp_entity_get_int (candidate, "employees"))
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_FTE_ABOVE_PERSONS,
                   _("“%s” (%g) cannot be more than “%s” (%g)."),
                   _("Full-time equivalents"), kp_entity_get_real (candidate, "fte"),
                   _("Employees"), (double) kp_entity_get_int (candidate, "employees"));
      return FALSE;
    }
  return kp_check_unique_pair (document, candidate, error);
}

/* Whether two spellings name the same person, as kp_document_person_hours() counts them:
 * case and surrounding blanks do not matter. */
static gboolean
same_person (const char *a,
             const char *b)
{
  g_autofree char *sa = g_strstrip (g_strdup (a));
  g_autofree char *sb = g_strstrip (g_strdup (b));
  g_autofree char *ka = g_utf8_casefold (sa, -1);
  g_autofree char *kb = g_utf8_casefold (sb, -1);

  return g_str_equal (ka, kb);
}

gboolean
kp_esf_cap_broken (const char       *person,
                   KpDate            day,
                   KpPersonHours     sums,
                   KpValidateError  *code,
                   char            **message)
{
  g_autofree char *shown = NULL;

  if (sums.day <= KP_ESF_MAX_HOURS_PER_DAY && sums.year <= KP_ESF_MAX_HOURS_PER_YEAR)
    return FALSE;
  shown = g_strstrip (g_strdup (person));
  if (sums.day > KP_ESF_MAX_HOURS_PER_DAY)
    {
      if (code != NULL)
        *code = KP_VALIDATE_ERROR_ESF_DAY_CAP;
      *message = g_strdup_printf (_("%s would have %g hours on one day; ESF+ allows at most %g."),
                                  shown, sums.day, KP_ESF_MAX_HOURS_PER_DAY);
      return TRUE;
    }
  if (code != NULL)
    *code = KP_VALIDATE_ERROR_ESF_YEAR_CAP;
  *message = g_strdup_printf (_("%s would have %g hours in %d; ESF+ allows at most %g a calendar year."),
                              shown, sums.year, kp_date_year (day), KP_ESF_MAX_HOURS_PER_YEAR);
  return TRUE;
}

/* ESF+: whole hours, at most 13 a day and 1,720 a calendar year for each person. */
gboolean
kp_check_time_entry (KpDocument *document,
                     KpEntity   *candidate,
                     GError    **error)
{
  KpEntity *project = kp_document_get_project (document);
  KpTimeEntryHours h = kp_time_entry_hours (candidate);
  const char *person = h.person;
  double hours = h.hours;
  KpDate day = h.day;
  gint64 id = kp_entity_get_id (candidate);
  KpEntity *before = NULL;
  KpPersonHours sums;
  KpValidateError code;
  g_autofree char *message = NULL;

  if (!g_str_equal (kp_entity_get_text (project, "funder"), "esf_plus"))
    return TRUE;
  if (hours != floor (hours))
    {
      g_set_error (error, KP_VALIDATE_ERROR, KP_VALIDATE_ERROR_ESF_WHOLE_HOURS,
                   _("“%s” must be whole hours in an ESF+ project."), _("Hours"));
      return FALSE;
    }
  if (*person == '\0')
    return TRUE;
  sums = kp_document_person_hours (document, person, day);
  sums.day += hours;
  sums.year += hours;
  /* An edit replaces the row's earlier hours. */
  if (id != 0)
    before = kp_document_lookup (document, &kp_desc_time_entry, id);
  if (before != NULL && same_person (kp_entity_get_text (before, "person"), person))
    {
      if (kp_entity_get_date (before, "date") == day)
        sums.day -= kp_entity_get_real (before, "hours");
      if (kp_date_year (kp_entity_get_date (before, "date")) == kp_date_year (day))
        sums.year -= kp_entity_get_real (before, "hours");
    }
  if (kp_esf_cap_broken (person, day, sums, &code, &message))
    {
      /* Translators: a field's name, then what is wrong with its value */
      g_set_error (error, KP_VALIDATE_ERROR, code, _("“%s”: %s"), _("Hours"), message);
      return FALSE;
    }
  return TRUE;
}
