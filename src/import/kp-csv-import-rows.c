/* kp-csv-import-rows.c: one row of a CSV file: its values as users write them (decimal
 * comma or point, "12,5 %", names of organisations and roles, Swedish or English words for
 * catalogue values), checked by the document's own field rules, and the rules across rows:
 * no row twice, and the ESF+ hour caps over the file and the project together. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-csv-import-private.h"
#include "kp-date.h"
#include "kp-entities.h"
#include "kp-validate.h"

const char *
kp_import_kind_label (KpImportKind kind)
{
  static const char *const labels[] = {
    N_("time entries"), N_("staffing statistics"), N_("participants"), N_("budget lines")
  };

  return labels[kind];
}

const char *
kp_import_kind_undo_label (KpImportKind kind)
{
  static const char *const labels[] = {
    N_("Import time entries"), N_("Import staffing statistics"), N_("Import participants"),
    N_("Import budget lines")
  };

  return labels[kind];
}

char *
kp_import_normalise (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0xFEFF)
        continue;
      if (c == '_' || c == '-' || c == 0x2013 || c == 0x2014 || g_unichar_isspace (c) || c == 0xA0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Swedish letters as the catalogue keys spell them: "undersköterska" → "underskoterska". */
static char *
fold_letters (const char *normalised)
{
  GString *out = g_string_new (NULL);

  for (const char *p = normalised; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case 0xE5: case 0xE4: case 0xE0: case 0xE1: c = 'a'; break;   /* å ä à á */
        case 0xF6: case 0xF8: case 0xF3: c = 'o'; break;              /* ö ø ó */
        case 0xE9: case 0xE8: c = 'e'; break;                         /* é è */
        case 0xFC: c = 'u'; break;                                    /* ü */
        default: break;
        }
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
map_name (GHashTable *map,
          const char *text,
          gint64      id)
{
  char *key;

  if (text == NULL || *text == '\0')
    return;
  key = kp_import_normalise (text);
  if (!g_hash_table_contains (map, key))
    g_hash_table_insert (map, key, GSIZE_TO_POINTER ((gsize) id));
  else
    g_free (key);
}

KpCsvImport *
kp_csv_import_new (KpDocument   *document,
                   KpImportKind  kind)
{
  KpCsvImport *self = g_new0 (KpCsvImport, 1);
  GListModel *orgs = kp_document_get_list (document, &kp_desc_organisation);
  GListModel *roles = kp_document_get_list (document, &kp_desc_role);

  self->document = document;
  self->kind = kind;
  self->esf = g_str_equal (kp_entity_get_text (kp_document_get_project (document), "funder"), "esf_plus");
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->new_org_of_row = g_array_new (FALSE, FALSE, sizeof (guint));
  self->new_role_of_row = g_array_new (FALSE, FALSE, sizeof (guint));
  self->new_orgs = g_ptr_array_new_with_free_func (g_free);
  self->new_roles = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->new_orgs, NULL);
  g_ptr_array_add (self->new_roles, NULL);
  self->org_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->role_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->new_org_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->new_role_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->file_hours = kp_hours_ledger_new ();
  self->issues = g_array_new (FALSE, FALSE, sizeof (KpImportIssue));

  for (guint i = 0, n = g_list_model_get_n_items (orgs); i < n; i++)
    {
      g_autoptr(KpEntity) org = g_list_model_get_item (orgs, i);

      map_name (self->org_ids, kp_entity_get_text (org, "name"), kp_entity_get_id (org));
    }
  /* A role is found by its name, its key, or the label of a shipped role in English or in
   * the user's language, with or without Swedish letters. */
  for (guint i = 0, n = g_list_model_get_n_items (roles); i < n; i++)
    {
      g_autoptr(KpEntity) role = g_list_model_get_item (roles, i);
      const char *key = kp_entity_get_text (role, "key");
      const KpChoice *choice = kp_catalog_find (&kp_catalog_default_role, key);
      const char *names[] = { kp_entity_get_text (role, "name"), key,
                              choice != NULL ? choice->label : NULL,
                              choice != NULL ? _(choice->label) : NULL };

      for (guint k = 0; k < G_N_ELEMENTS (names); k++)
        {
          g_autofree char *norm = names[k] != NULL ? kp_import_normalise (names[k]) : NULL;
          g_autofree char *folded = norm != NULL ? fold_letters (norm) : NULL;

          map_name (self->role_ids, names[k], kp_entity_get_id (role));
          map_name (self->role_ids, folded, kp_entity_get_id (role));
        }
    }
  return self;
}

/* ---- values -------------------------------------------------------------------------- */

typedef struct
{
  KpCsvImport *self;
  guint line;
  guint column;      /* 1-based */
  const char *header;
} Cell;

static void
cell_issue (const Cell *cell,
            const char *message)
{
  g_autofree char *text = g_strdup_printf ("“%s”: %s", cell->header, message);

  kp_csv_import_add_issue (cell->self, cell->line, cell->column, text);
}

/* Plain digits, as most cells are: the value without building a cleaned copy. */
static gboolean
parse_plain_digits (const char *text,
                    double     *value)
{
  gint64 n = 0;
  const char *p = text;

  for (; *p >= '0' && *p <= '9' && p - text < 15; p++)
    n = n * 10 + (*p - '0');
  if (p == text || *p != '\0')
    return FALSE;
  *value = (double) n;
  return TRUE;
}

/* Digits with one decimal mark, an optional sign and, for a percentage, "%". Blanks and
 * no-break spaces between digits are thousands separators. The first number with a mark
 * decides the file's mark; a later number with the other one is an error, because "1.234"
 * would mean a thousand in one convention and one in the other. */
static gboolean
parse_number (const Cell *cell,
              const char *text,
              gboolean    percent,
              double     *value)
{
  KpCsvImport *self = cell->self;
  GString *clean;
  g_autofree char *owned = NULL;
  char mark = '\0';
  gboolean digits = FALSE;
  char *end;

  if (parse_plain_digits (text, value))
    return TRUE;
  clean = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0xA0 || c == 0x202F || c == 0x2009)
        continue;
      if (c >= '0' && c <= '9')
        {
          digits = TRUE;
          g_string_append_c (clean, (char) c);
        }
      else if ((c == '-' || c == 0x2212 || c == '+') && clean->len == 0)
        g_string_append_c (clean, c == '+' ? '+' : '-');
      else if ((c == ',' || c == '.') && mark == '\0')
        {
          mark = (char) c;
          g_string_append_c (clean, '.');
        }
      else if (c == '%' && percent && p[1] == '\0')
        ;
      else
        {
          g_string_free (clean, TRUE);
          cell_issue (cell, mark != '\0' && (c == ',' || c == '.')
                      ? _("write the number without thousands separators, like 1234,5.")
                      : _("this is not a number."));
          return FALSE;
        }
    }
  owned = g_string_free (clean, FALSE);
  if (!digits)
    {
      cell_issue (cell, _("this is not a number."));
      return FALSE;
    }
  if (mark != '\0')
    {
      if (self->decimal == '\0')
        self->decimal = mark;
      else if (mark != self->decimal)
        {
          cell_issue (cell, self->decimal == ','
                      ? _("the number has a decimal point, but the file uses decimal commas.")
                      : _("the number has a decimal comma, but the file uses decimal points."));
          return FALSE;
        }
    }
  *value = g_ascii_strtod (owned, &end);
  if (*end != '\0' || !isfinite (*value))
    {
      cell_issue (cell, _("this is not a number."));
      return FALSE;
    }
  return TRUE;
}

/* yyyy-mm-dd, with a time of day after it as Excel may write it. */
static gboolean
parse_date (const Cell *cell,
            const char *text,
            KpDate     *date)
{
  char day[11];
  const char *rest = text + MIN (strlen (text), 10);

  g_strlcpy (day, text, sizeof day);
  if (kp_date_parse_iso (day, date) &&
      (*rest == '\0' || ((*rest == ' ' || *rest == 'T') && g_ascii_isdigit (rest[1]) &&
                         g_ascii_isdigit (rest[2]) && rest[3] == ':')))
    return TRUE;
  cell_issue (cell, _("this is not a date: write it as yyyy-mm-dd, for example 2024-03-15."));
  return FALSE;
}

/* What the cell's column has worked out for each spelling, made on first use. */
static GHashTable *
cache_of (const Cell     *cell,
          GDestroyNotify  free_value)
{
  GHashTable **cached = &cell->self->cached[cell->column - 1];

  if (*cached == NULL)
    *cached = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_value);
  return *cached;
}

static const char *
parse_choice (const Cell     *cell,
              const KpColumn *column,
              const char     *text)
{
  GHashTable *cache = cache_of (cell, NULL);
  g_autofree char *norm = NULL;
  const KpCatalog *catalog = column->catalog;
  const char *known = g_hash_table_lookup (cache, text);

  if (known != NULL)
    return known;
  norm = kp_import_normalise (text);
  for (guint i = 0; column->aliases != NULL && column->aliases[i].text != NULL; i++)
    if (g_str_equal (norm, column->aliases[i].text))
      {
        g_hash_table_insert (cache, g_strdup (text), (gpointer) column->aliases[i].key);
        return column->aliases[i].key;
      }

  for (guint i = 0; i < catalog->n_choices; i++)
    {
      const KpChoice *c = &catalog->choices[i];
      g_autofree char *key = kp_import_normalise (c->key);
      g_autofree char *label = kp_import_normalise (c->label);
      g_autofree char *translated = kp_import_normalise (_(c->label));

      if (g_str_equal (norm, key) || g_str_equal (norm, label) || g_str_equal (norm, translated))
        {
          g_hash_table_insert (cache, g_strdup (text), (gpointer) c->key);
          return c->key;
        }
    }
  {
    g_autofree char *message = g_strdup_printf (_("“%s” is not one of the values this column takes."), text);

    cell_issue (cell, message);
  }
  return NULL;
}

/* An existing id, or 0 and the 1-based index of a new name. */
static gint64
resolve_name (const Cell  *cell,
              gboolean     is_org,
              const char  *text,
              guint       *new_one)
{
  KpCsvImport *self = cell->self;
  GHashTable *cache = cache_of (cell, g_free);
  KpImportName *name = g_hash_table_lookup (cache, text);
  GHashTable *ids = is_org ? self->org_ids : self->role_ids;
  GHashTable *new_index = is_org ? self->new_org_index : self->new_role_index;
  GPtrArray *new_names = is_org ? self->new_orgs : self->new_roles;
  g_autofree char *norm = NULL;
  gpointer found;

  if (name != NULL)
    {
      *new_one = name->fresh;
      return name->id;
    }
  name = g_new0 (KpImportName, 1);
  g_hash_table_insert (cache, g_strdup (text), name);
  norm = kp_import_normalise (text);
  if (g_hash_table_lookup_extended (ids, norm, NULL, &found))
    name->id = (gint64) GPOINTER_TO_SIZE (found);
  else
    {
      g_autofree char *folded = is_org ? NULL : fold_letters (norm);

      if (folded != NULL && g_hash_table_lookup_extended (ids, folded, NULL, &found))
        name->id = (gint64) GPOINTER_TO_SIZE (found);
      else
        {
          if (!g_hash_table_lookup_extended (new_index, norm, NULL, &found))
            {
              /* The last slot holds the terminating NULL. */
              new_names->pdata[new_names->len - 1] = g_strdup (text);
              g_ptr_array_add (new_names, NULL);
              found = GUINT_TO_POINTER (new_names->len - 1);
              g_hash_table_insert (new_index, g_steal_pointer (&norm), found);
            }
          name->fresh = GPOINTER_TO_UINT (found);
        }
    }
  *new_one = name->fresh;
  return name->id;
}

/* ---- rows ---------------------------------------------------------------------------- */

/* Blanks around a value do not count, as g_strstrip() has it, but without moving the text:
 * the reader hands over fresh strings for every row, trimmed where they lie. */
static char *
trim (char *text)
{
  char *end;

  while (g_ascii_isspace (*text))
    text++;
  end = text + strlen (text);
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  *end = '\0';
  return text;
}

static void
check_esf_hours (KpCsvImport *self,
                 const Cell  *cell,
                 KpEntity    *e)
{
  KpTimeEntryHours h = kp_time_entry_hours (e);
  const char *person = h.person;
  double hours = h.hours;
  KpDate day = h.day;
  KpPersonHours file, project;
  g_autofree char *message = NULL;

  /* The same rules as kp_check_time_entry(), over the file and the project together. */
  if (hours != floor (hours))
    {
      cell_issue (cell, _("ESF+ accepts whole hours only."));
      return;
    }
  if (*person == '\0')
    return;
  file = kp_hours_ledger_add (self->file_hours, e, 1);
  project = kp_document_person_hours (self->document, person, day);
  if (kp_esf_cap_broken (person, day, (KpPersonHours) { file.day + project.day, file.year + project.year }, NULL, &message))
    cell_issue (cell, message);
}

/* The values that make a row unique in its table, to find a row the file repeats. */
static char *
row_key (KpCsvImport *self,
         KpEntity    *e,
         guint        new_org,
         guint        new_role)
{
  const KpEntityDesc *desc = kp_entity_get_desc (e);

  if (desc == &kp_desc_staffing_stat)
    return g_strdup_printf ("%" G_GINT64_FORMAT "/%u\x1f%s\x1f%" G_GINT64_FORMAT "/%u",
                            kp_entity_get_int (e, "organisation-id"), new_org, kp_entity_get_text (e, "period"),
                            kp_entity_get_int (e, "role-id"), new_role);
  if (desc == &kp_desc_participant_count)
    return g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s", kp_entity_get_text (e, "period"), kp_entity_get_text (e, "gender"),
                            kp_entity_get_text (e, "age-band"), kp_entity_get_text (e, "start-status"));
  if (desc == &kp_desc_participant_result)
    return g_strdup_printf ("%s\x1f%s\x1f%s", kp_entity_get_text (e, "period"), kp_entity_get_text (e, "gender"),
                            kp_entity_get_text (e, "result"));
  return NULL;
}

void
kp_csv_import_read_row (KpCsvImport *self,
                        GPtrArray   *fields,
                        guint        line)
{
  const KpLayout *layout = self->layout;
  const KpEntityDesc *desc = layout->desc;
  g_autoptr(KpEntity) e = NULL;
  guint issues_before = self->n_issues_total;
  guint new_org = 0, new_role = 0;
  gboolean all_known = TRUE;
  g_autofree char *key = NULL;

  if (fields->len != self->n_fields)
    {
      g_autofree char *message = g_strdup_printf (_("this line has %u fields, the header has %u."),
                                                  fields->len, self->n_fields);

      kp_csv_import_add_issue (self, line, 0, message);
      return;
    }
  e = kp_entity_new (desc);
  for (guint f = 0; f < fields->len; f++)
    {
      const KpColumn *column = &layout->columns[self->column_of[f]];
      Cell cell = { self, line, f + 1, self->headers[f] };
      const char *text = trim (fields->pdata[f]);
      guint index = (guint) self->field_of[f];
      const KpField *field = &desc->fields[index];
      g_autofree char *upper = NULL;
      GError *error = NULL;
      KpValue value = { 0 };
      double number = 0;
      KpDate date = KP_DATE_NONE;
      guint issues = self->n_issues_total;
      gboolean ok = FALSE;

      switch (column->type)
        {
        case KP_COL_DATE:
          if ((ok = parse_date (&cell, text, &date)))
            value.i = date;
          break;
        case KP_COL_ORGANISATION:
        case KP_COL_ROLE:
          {
            gboolean is_org = column->type == KP_COL_ORGANISATION;
            guint fresh = 0;

            if (*text == '\0')
              {
                cell_issue (&cell, _("must not be empty."));
                break;
              }
            value.i = resolve_name (&cell, is_org, text, &fresh);
            ok = TRUE;
            if (is_org)
              new_org = fresh;
            else
              new_role = fresh;
            all_known &= fresh == 0;
          }
          break;
        case KP_COL_TEXT:
          value.s = (char *) text;
          ok = TRUE;
          break;
        case KP_COL_NUMBER:
        case KP_COL_PERCENT:
          if (*text == '\0' && !column->required)
            break;
          if ((ok = parse_number (&cell, text, column->type == KP_COL_PERCENT, &number)))
            value.d = number;
          break;
        case KP_COL_INT:
          if (*text == '\0' && !column->required)
            break;
          if (parse_number (&cell, text, FALSE, &number))
            {
              if (number != floor (number))
                cell_issue (&cell, _("must be a whole number."));
              else
                {
                  value.i = (gint64) number;
                  ok = TRUE;
                }
            }
          break;
        case KP_COL_PERIOD:
          value.s = upper = g_ascii_strup (text, -1);
          ok = TRUE;
          break;
        case KP_COL_CHOICE:
        default:
          value.s = (char *) parse_choice (&cell, column, text);
          ok = value.s != NULL;
          break;
        }
      if (ok)
        kp_entity_poke (e, index, &value);
      /* The document's own rule for the field: range, personal numbers, length … */
      if (issues == self->n_issues_total && field->kind != KP_FIELD_REF &&
          !kp_validate_field (field, kp_entity_peek (e, index), &error))
        {
          kp_csv_import_add_issue (self, line, f + 1, error->message);
          g_error_free (error);
        }
    }
  if (self->n_issues_total > issues_before)
    return;

  /* The rules across fields and rows. */
  {
    Cell whole = { self, line, 0, "" };
    GError *error = NULL;

    if (desc == &kp_desc_staffing_stat &&
        kp_entity_get_real (e, "fte") > (double) kp_entity_get_int (e, "employees"))
      {
        g_autofree char *message = g_strdup_printf (_("“%s” (%g) cannot be more than “%s” (%g)."),
                                                    _("Full-time equivalents"), kp_entity_get_real (e, "fte"),
                                                    _("Employees"), (double) kp_entity_get_int (e, "employees"));

        kp_csv_import_add_issue (self, line, 0, message);
        return;
      }
    if (desc == &kp_desc_time_entry && self->esf)
      {
        whole.column = (guint) self->hours_column + 1;
        whole.header = self->headers[self->hours_column];
        check_esf_hours (self, &whole, e);
      }
    else if (all_known && !kp_validate_entity (self->document, e, &error))
      {
        kp_csv_import_add_issue (self, line, 0, error->message);
        g_error_free (error);
      }
  }
  key = row_key (self, e, new_org, new_role);
  if (key != NULL && self->n_issues_total == issues_before)
    {
      gpointer first;

      if (g_hash_table_lookup_extended (self->keys, key, NULL, &first))
        {
          g_autofree char *message = g_strdup_printf (_("this row repeats line %u: the same %s."),
                                                      GPOINTER_TO_UINT (first),
                                                      desc == &kp_desc_staffing_stat
                                                      ? _("organisation, period and role")
                                                      : _("period, gender and group"));

          kp_csv_import_add_issue (self, line, 0, message);
        }
      else
        g_hash_table_insert (self->keys, g_steal_pointer (&key), GUINT_TO_POINTER (line));
    }
  if (self->n_issues_total > issues_before)
    return;
  g_ptr_array_add (self->rows, g_steal_pointer (&e));
  g_array_append_val (self->lines, line);
  g_array_append_val (self->new_org_of_row, new_org);
  g_array_append_val (self->new_role_of_row, new_role);
}
