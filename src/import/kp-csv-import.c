/* kp-csv-import.c: the columns of each kind, reading and checking rows, and adding them. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kp-csv-import.h"
#include "kp-csv-import-private.h"
#include "kp-date.h"
#include "kp-entities.h"
#include "kp-validate.h"

/* ---- the columns --------------------------------------------------------------------- */

static const KpAlias funding_aliases[] = {
  { "stöd", "funded" }, { "stod", "funded" }, { "finansierad", "funded" }, { "funded", "funded" },
  { "medfinansiering", "cofinancing" }, { "co financing", "cofinancing" },
  { "cofinancing", "cofinancing" }, { "co financed", "cofinancing" }, { NULL, NULL }
};
static const KpAlias gender_aliases[] = {
  { "kvinna", "woman" }, { "kvinnor", "woman" }, { "k", "woman" }, { "woman", "woman" },
  { "women", "woman" }, { "female", "woman" }, { "f", "woman" },
  { "man", "man" }, { "män", "man" }, { "m", "man" }, { "men", "man" }, { "male", "man" },
  { "icke binär", "non_binary" }, { "ickebinär", "non_binary" }, { "annat", "non_binary" },
  { "non binary", "non_binary" }, { "nonbinary", "non_binary" }, { "other", "non_binary" },
  { NULL, NULL }
};
static const KpAlias age_aliases[] = {
  { "under 18", "under_18" }, { "<18", "under_18" }, { "0 17", "under_18" }, { "15 17", "under_18" },
  { "18 29", "18_29" }, { "30 54", "30_54" }, { "55+", "55_plus" }, { "55 plus", "55_plus" },
  { "55 och äldre", "55_plus" }, { "55 and over", "55_plus" }, { "55 or over", "55_plus" },
  { NULL, NULL }
};
static const KpAlias start_aliases[] = {
  { "arbetslös", "unemployed" }, { "unemployed", "unemployed" },
  { "långtidsarbetslös", "long_term_unemployed" }, { "long term unemployed", "long_term_unemployed" },
  { "utanför arbetskraften", "inactive" }, { "inaktiv", "inactive" }, { "inactive", "inactive" },
  { "sysselsatt", "employed" }, { "anställd", "employed" }, { "i arbete", "employed" },
  { "employed", "employed" }, { NULL, NULL }
};
static const KpAlias result_aliases[] = {
  { "i arbete", "in_work" }, { "in work", "in_work" }, { "i arbete vid avslut", "in_work" },
  { "i utbildning", "in_education" }, { "in education", "in_education" },
  { "i utbildning vid avslut", "in_education" },
  { "arbetssökande", "job_seeking" }, { "job seeking", "job_seeking" },
  { "arbetssökande vid avslut", "job_seeking" },
  { "i arbete efter 6 månader", "in_work_6m" }, { "i arbete 6 månader efter avslut", "in_work_6m" },
  { "in work after 6 months", "in_work_6m" }, { "in work 6 months after exit", "in_work_6m" },
  { NULL, NULL }
};
static const KpAlias category_aliases[] = {
  { "personal", "personnel" }, { "personalkostnader", "personnel" }, { "personnel", "personnel" },
  { "externa tjänster", "external_services" }, { "köpta tjänster", "external_services" },
  { "external services", "external_services" }, { "resor", "travel" },
  { "resekostnader", "travel" }, { "travel", "travel" }, { "lokaler", "premises" },
  { "lokalkostnader", "premises" }, { "premises", "premises" }, { "övrigt", "other" },
  { "övriga kostnader", "other" }, { "other", "other" }, { "other costs", "other" },
  { "indirekta kostnader", "indirect" }, { "indirect", "indirect" },
  { "indirect costs", "indirect" }, { NULL, NULL }
};

#define COL(field, type, req, cat, aliases, ...) \
  { field, type, req, cat, aliases, { __VA_ARGS__, NULL } }

static const KpColumn time_columns[] = {
  COL ("date", KP_COL_DATE, TRUE, NULL, NULL, "datum", "date"),
  COL ("organisation-id", KP_COL_ORGANISATION, TRUE, NULL, NULL, "organisation", "organization"),
  COL ("person", KP_COL_TEXT, TRUE, NULL, NULL, "person", "person eller roll", "person or role"),
  COL ("hours", KP_COL_NUMBER, TRUE, NULL, NULL, "timmar", "hours"),
  COL ("activity", KP_COL_TEXT, TRUE, NULL, NULL, "aktivitet", "activity"),
  COL ("funding", KP_COL_CHOICE, TRUE, &kp_catalog_funding, funding_aliases, "finansiering", "funding"),
};
static const KpColumn staffing_columns[] = {
  COL ("period", KP_COL_PERIOD, TRUE, NULL, NULL, "period"),
  COL ("organisation-id", KP_COL_ORGANISATION, TRUE, NULL, NULL, "organisation", "organization"),
  COL ("role-id", KP_COL_ROLE, TRUE, NULL, NULL, "yrkesroll", "roll", "role"),
  COL ("employees", KP_COL_INT, TRUE, NULL, NULL, "anställda", "employees"),
  COL ("fte", KP_COL_NUMBER, TRUE, NULL, NULL, "årsarbetare", "fte", "full time equivalents"),
  COL ("vacancies", KP_COL_INT, TRUE, NULL, NULL, "vakanser", "vacancies"),
  COL ("turnover", KP_COL_PERCENT, TRUE, NULL, NULL, "personalomsättning", "turnover"),
  COL ("sick-leave", KP_COL_PERCENT, TRUE, NULL, NULL, "sjukfrånvaro", "sick leave"),
  COL ("hires-from-project", KP_COL_INT, FALSE, NULL, NULL, "anställda från projektet",
       "anställningar från projektet", "hires from project", "hires from the project"),
};
static const KpColumn count_columns[] = {
  COL ("period", KP_COL_PERIOD, TRUE, NULL, NULL, "period"),
  COL ("gender", KP_COL_CHOICE, TRUE, &kp_catalog_gender, gender_aliases, "kön", "gender"),
  COL ("age-band", KP_COL_CHOICE, TRUE, &kp_catalog_age_band, age_aliases, "åldersgrupp", "ålder", "age band", "age"),
  COL ("start-status", KP_COL_CHOICE, TRUE, &kp_catalog_start_status, start_aliases, "status vid start",
       "status vid inskrivning", "start status", "status at start"),
  COL ("count", KP_COL_INT, TRUE, NULL, NULL, "antal", "count", "deltagare", "participants"),
};
static const KpColumn result_columns[] = {
  COL ("period", KP_COL_PERIOD, TRUE, NULL, NULL, "period"),
  COL ("gender", KP_COL_CHOICE, TRUE, &kp_catalog_gender, gender_aliases, "kön", "gender"),
  COL ("result", KP_COL_CHOICE, TRUE, &kp_catalog_result, result_aliases, "resultat", "result"),
  COL ("count", KP_COL_INT, TRUE, NULL, NULL, "antal", "count", "deltagare", "participants"),
};
static const KpColumn budget_columns[] = {
  COL ("category", KP_COL_CHOICE, TRUE, &kp_catalog_budget_category, category_aliases, "kategori", "category"),
  COL ("description", KP_COL_TEXT, TRUE, NULL, NULL, "beskrivning", "description"),
  COL ("budget", KP_COL_NUMBER, TRUE, NULL, NULL, "budget"),
  COL ("outcome", KP_COL_NUMBER, TRUE, NULL, NULL, "utfall", "outcome"),
  COL ("funder-share", KP_COL_PERCENT, TRUE, NULL, NULL, "finansiärens andel", "stödandel", "funder share"),
};

#define LAYOUT(kind, desc, cols, sv, en) { kind, &kp_desc_##desc, cols, G_N_ELEMENTS (cols), sv, en }

static const KpLayout layouts[] = {
  LAYOUT (KP_IMPORT_TIME, time_entry, time_columns,
          "datum;organisation;person;timmar;aktivitet;finansiering",
          "date,organisation,person,hours,activity,funding"),
  LAYOUT (KP_IMPORT_STAFFING, staffing_stat, staffing_columns,
          "period;organisation;yrkesroll;anställda;årsarbetare;vakanser;personalomsättning;sjukfrånvaro",
          "period,organisation,role,employees,fte,vacancies,turnover,sick_leave"),
  LAYOUT (KP_IMPORT_PARTICIPANTS, participant_count, count_columns,
          "period;kön;åldersgrupp;status vid start;antal", "period,gender,age_band,start_status,count"),
  LAYOUT (KP_IMPORT_PARTICIPANTS, participant_result, result_columns,
          "period;kön;resultat;antal", "period,gender,result,count"),
  LAYOUT (KP_IMPORT_BUDGET, budget_line, budget_columns,
          "kategori;beskrivning;budget;utfall;finansiärens andel",
          "category,description,budget,outcome,funder_share"),
};

static const char *const kind_names[] = { "time", "staffing", "participants", "budget" };

gboolean
kp_import_kind_from_name (const char   *name,
                          KpImportKind *kind)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (name, kind_names[i]))
      {
        *kind = (KpImportKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_import_kind_name (KpImportKind kind)
{
  g_return_val_if_fail (kind <= KP_IMPORT_BUDGET, NULL);
  return kind_names[kind];
}

/* ---- the import ---------------------------------------------------------------------- */

void
kp_csv_import_free (KpCsvImport *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->issues->len; i++)
    g_free (g_array_index (self->issues, KpImportIssue, i).message);
  g_array_unref (self->issues);
  g_ptr_array_unref (self->rows);
  g_array_unref (self->lines);
  g_array_unref (self->new_org_of_row);
  g_array_unref (self->new_role_of_row);
  g_ptr_array_unref (self->new_orgs);
  g_ptr_array_unref (self->new_roles);
  g_hash_table_unref (self->org_ids);
  g_hash_table_unref (self->role_ids);
  g_hash_table_unref (self->new_org_index);
  g_hash_table_unref (self->new_role_index);
  g_hash_table_unref (self->keys);
  kp_hours_ledger_free (self->file_hours);
  for (guint f = 0; self->cached != NULL && f < self->n_fields; f++)
    g_clear_pointer (&self->cached[f], g_hash_table_unref);
  g_free (self->cached);
  g_free (self->column_of);
  g_free (self->field_of);
  g_strfreev (self->headers);
  g_free (self->encoding);
  g_free (self);
}

void
kp_csv_import_add_issue (KpCsvImport *self,
                         guint        line,
                         guint        column,
                         const char  *message)
{
  KpImportIssue issue = { line, column, NULL };

  self->n_issues_total++;
  if (self->issues->len >= KP_IMPORT_MAX_ISSUES)
    return;
  issue.message = g_strdup (message);
  g_array_append_val (self->issues, issue);
}

const KpEntityDesc *
kp_csv_import_get_desc (KpCsvImport *self)
{
  return self->layout != NULL ? self->layout->desc : NULL;
}

guint
kp_csv_import_get_n_rows (KpCsvImport *self)
{
  return self->rows->len;
}

KpEntity *
kp_csv_import_get_row (KpCsvImport *self,
                       guint        index)
{
  g_return_val_if_fail (index < self->rows->len, NULL);
  return self->rows->pdata[index];
}

guint
kp_csv_import_get_row_line (KpCsvImport *self,
                            guint        index)
{
  g_return_val_if_fail (index < self->lines->len, 0);
  return g_array_index (self->lines, guint, index);
}

const char *
kp_csv_import_get_encoding (KpCsvImport *self)
{
  return self->encoding;
}

char
kp_csv_import_get_separator (KpCsvImport *self)
{
  return self->separator;
}

char
kp_csv_import_get_decimal (KpCsvImport *self)
{
  if (self->decimal != '\0')
    return self->decimal;
  return self->separator == ',' ? '.' : ',';
}

const KpImportIssue *
kp_csv_import_get_issues (KpCsvImport *self,
                          guint       *n_issues)
{
  *n_issues = self->issues->len;
  return (const KpImportIssue *) (void *) self->issues->data;
}

guint
kp_csv_import_count_issues (KpCsvImport *self)
{
  return self->n_issues_total;
}

const char *const *
kp_csv_import_get_new_organisations (KpCsvImport *self)
{
  return (const char *const *) self->new_orgs->pdata;
}

const char *const *
kp_csv_import_get_new_roles (KpCsvImport *self)
{
  return (const char *const *) self->new_roles->pdata;
}

const char *
kp_csv_import_get_row_new_name (KpCsvImport *self,
                                guint        index,
                                const char  *field)
{
  GArray *of_row = g_str_equal (field, "organisation-id") ? self->new_org_of_row
                 : g_str_equal (field, "role-id") ? self->new_role_of_row : NULL;
  GPtrArray *names = of_row == self->new_org_of_row ? self->new_orgs : self->new_roles;
  guint k;

  g_return_val_if_fail (index < self->rows->len, NULL);
  if (of_row == NULL || index >= of_row->len || (k = g_array_index (of_row, guint, index)) == 0)
    return NULL;
  return names->pdata[k - 1];
}

/* Chooses the layout whose columns the header names, and maps them. */
static gboolean
read_header (KpCsvImport *self,
             GPtrArray   *fields,
             guint        line)
{
  for (guint l = 0; l < G_N_ELEMENTS (layouts); l++)
    {
      const KpLayout *layout = &layouts[l];
      g_autofree int *column_of = NULL;
      gboolean ok = TRUE;

      if (layout->kind != self->kind)
        continue;
      column_of = g_new (int, fields->len);
      for (guint f = 0; f < fields->len && ok; f++)
        {
          g_autofree char *name = kp_import_normalise (fields->pdata[f]);

          column_of[f] = -1;
          for (guint c = 0; c < layout->n_columns && column_of[f] < 0; c++)
            for (guint k = 0; layout->columns[c].names[k] != NULL; k++)
              if (g_str_equal (name, layout->columns[c].names[k]))
                column_of[f] = (int) c;
          ok = column_of[f] >= 0;
          for (guint g = 0; g < f && ok; g++)
            ok = column_of[g] != column_of[f];
        }
      for (guint c = 0; c < layout->n_columns && ok; c++)
        {
          gboolean found = FALSE;

          for (guint f = 0; f < fields->len; f++)
            found |= column_of[f] == (int) c;
          ok = found || !layout->columns[c].required;
        }
      if (ok)
        {
          self->layout = layout;
          self->n_fields = fields->len;
          self->column_of = g_steal_pointer (&column_of);
          self->field_of = g_new (int, fields->len);
          self->cached = g_new0 (GHashTable *, fields->len);
          self->hours_column = -1;
          self->headers = g_new0 (char *, fields->len + 1);
          for (guint f = 0; f < fields->len; f++)
            {
              const char *field = layout->columns[self->column_of[f]].field;

              self->field_of[f] = kp_entity_desc_field_index (layout->desc, field);
              if (g_str_equal (field, "hours"))
                self->hours_column = (int) f;
              self->headers[f] = g_strstrip (g_strdup (fields->pdata[f]));
            }
          return TRUE;
        }
    }
  {
    g_autoptr(GString) expected = g_string_new (NULL);
    g_autofree char *message = NULL;

    for (guint l = 0; l < G_N_ELEMENTS (layouts); l++)
      if (layouts[l].kind == self->kind)
        g_string_append_printf (expected, "%s“%s” / “%s”", expected->len ? _(" or ") : "",
                                layouts[l].swedish, layouts[l].english);
    message = g_strdup_printf (_("The header does not have the columns of %s: expected %s, in either language."),
                               _(kp_import_kind_label (self->kind)), expected->str);
    kp_csv_import_add_issue (self, line, 0, message);
  }
  return FALSE;
}

KpCsvImport *
kp_csv_import_parse_stream (KpDocument   *document,
                            GInputStream *stream,
                            KpImportKind  kind,
                            GCancellable *cancellable)
{
  KpCsvImport *self = kp_csv_import_new (document, kind);
  g_autoptr(KpCsvReader) reader = kp_csv_reader_new (stream);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  gboolean header = TRUE;
  guint line = 0;

  while (kp_csv_reader_next (reader, fields, &line, cancellable, &error))
    {
      if (header)
        {
          self->separator = kp_csv_reader_get_separator (reader);
          if (!read_header (self, fields, line))
            break;
          header = FALSE;
          continue;
        }
      kp_csv_import_read_row (self, fields, line);
      /* A file full of errors is not worth reading to its end. */
      if (self->n_issues_total >= KP_IMPORT_MAX_ISSUES)
        {
          kp_csv_import_add_issue (self, 0, 0, _("There are too many problems in the file: reading stopped."));
          break;
        }
    }
  self->encoding = g_strdup (kp_csv_reader_get_encoding (reader));
  if (self->separator == '\0')
    self->separator = kp_csv_reader_get_separator (reader);
  if (error != NULL)
    kp_csv_import_add_issue (self, kp_csv_reader_get_error_line (reader), 0, error->message);
  else if (header && self->n_issues_total == 0)
    kp_csv_import_add_issue (self, 0, 0, _("The file is empty: it has no header and no rows."));
  else if (!header && self->rows->len == 0 && self->n_issues_total == 0)
    kp_csv_import_add_issue (self, 0, 0, _("The file has a header but no rows."));
  return self;
}

KpCsvImport *
kp_csv_import_parse (KpDocument    *document,
                     GFile         *file,
                     KpImportKind   kind,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFileInputStream) in = g_file_read (file, cancellable, error);

  if (in == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_clear_error (error);
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _("Could not read “%s”."), name);
      return NULL;
    }
  return kp_csv_import_parse_stream (document, G_INPUT_STREAM (in), kind, cancellable);
}

/* ---- applying ------------------------------------------------------------------------ */

static void
row_failed_cb (guint         index,
               const GError *error,
               gpointer      user_data)
{
  KpCsvImport *self = user_data;

  kp_csv_import_add_issue (self, g_array_index (self->lines, guint, index), 0, error->message);
}

static gboolean
add_named (KpDocument          *document,
           const KpEntityDesc  *desc,
           GPtrArray           *names,
           GArray              *ids,
           GError             **error)
{
  GListModel *list = kp_document_get_list (document, desc);
  gint64 position = 0;

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      position = MAX (position, kp_entity_get_int (e, "position") + 1);
    }
  for (guint i = 0; i + 1 < names->len; i++)
    {
      g_autoptr(KpEntity) e = kp_entity_new (desc);
      gint64 id;

      kp_entity_set_text (e, "name", names->pdata[i]);
      kp_entity_set_int (e, "position", position + i);
      if (desc == &kp_desc_organisation)
        {
          kp_entity_set_text (e, "kind", "other");
          kp_entity_set_text (e, "project-role", "partner");
        }
      if (!kp_document_add (document, e, error))
        return FALSE;
      id = kp_entity_get_id (e);
      g_array_append_val (ids, id);
    }
  return TRUE;
}

gboolean
kp_csv_import_apply (KpCsvImport  *self,
                     KpDocument   *document,
                     GError      **error)
{
  g_autoptr(GArray) org_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) role_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const KpEntityDesc *desc = kp_csv_import_get_desc (self);
  g_autoptr(GError) local = NULL;

  if (self->n_issues_total > 0 || desc == NULL)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_INVALID,
                   _("The file has %u problems: nothing was imported."), MAX (self->n_issues_total, 1));
      return FALSE;
    }
  kp_document_begin (document, _(kp_import_kind_undo_label (self->kind)));
  if (!add_named (document, &kp_desc_organisation, self->new_orgs, org_ids, &local) ||
      !add_named (document, &kp_desc_role, self->new_roles, role_ids, &local))
    {
      kp_document_abort (document);
      kp_csv_import_add_issue (self, 0, 0, local->message);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  for (guint i = 0; i < self->rows->len; i++)
    {
      guint org = g_array_index (self->new_org_of_row, guint, i);
      guint role = g_array_index (self->new_role_of_row, guint, i);

      if (org > 0)
        kp_entity_set_int (self->rows->pdata[i], "organisation-id", g_array_index (org_ids, gint64, org - 1));
      if (role > 0)
        kp_entity_set_int (self->rows->pdata[i], "role-id", g_array_index (role_ids, gint64, role - 1));
    }
  if (!kp_document_add_many (document, self->rows, row_failed_cb, self, &local))
    {
      guint failures = self->n_issues_total;

      kp_document_abort (document);
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_INVALID,
                   _("%u rows break the project's rules: nothing was imported. The first: %s"),
                   MAX (failures, 1), local->message);
      return FALSE;
    }
  return kp_document_end (document, error);
}
