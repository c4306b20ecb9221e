/* kp-entities.c: what each table of the project file holds, and the rules of its fields.
 * Keep in step with the schema (schema-v1.sql and the changes after it); test-store checks every column against the schema. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kp-entities.h"
#include "kp-validate.h"

#define BIG 1e12
#define TEXT(n, c, l, fl)        { n, c, KP_FIELD_TEXT, l, fl, 0, 0, NULL, NULL }
#define LONGTEXT(n, c, l)        { n, c, KP_FIELD_TEXT, l, KP_FIELD_LONG, 0, 0, NULL, NULL }
#define NAME(n, c, l)            TEXT (n, c, l, KP_FIELD_REQUIRED)
#define COUNT(n, c, l)           { n, c, KP_FIELD_INT, l, KP_FIELD_RANGE, 0, BIG, NULL, NULL }
#define ORDER(n, c, l)           { n, c, KP_FIELD_INT, l, KP_FIELD_RANGE | KP_FIELD_HIDDEN, 0, BIG, NULL, NULL }
#define INTRANGE(n, c, l, lo, hi) { n, c, KP_FIELD_INT, l, KP_FIELD_RANGE, lo, hi, NULL, NULL }
#define AMOUNT(n, c, l)          { n, c, KP_FIELD_REAL, l, KP_FIELD_RANGE, 0, BIG, NULL, NULL }
#define PERCENT(n, c, l)         { n, c, KP_FIELD_REAL, l, KP_FIELD_RANGE, 0, 100, NULL, NULL }
#define OPTREAL(n, c, l)         { n, c, KP_FIELD_REAL, l, KP_FIELD_NULLABLE, 0, 0, NULL, NULL }
#define FLAG(n, c, l)            { n, c, KP_FIELD_BOOL, l, 0, 0, 0, NULL, NULL }
#define DATE(n, c, l, fl)        { n, c, KP_FIELD_DATE, l, fl, 0, 0, NULL, NULL }
#define PERIOD(n, c, l)          { n, c, KP_FIELD_PERIOD, l, KP_FIELD_REQUIRED, 0, 0, NULL, NULL }
#define CHOICE(n, c, l, cat)     { n, c, KP_FIELD_CHOICE, l, KP_FIELD_REQUIRED, 0, 0, &kp_catalog_##cat, NULL }
#define OPTCHOICE(n, c, l, cat)  { n, c, KP_FIELD_CHOICE, l, KP_FIELD_NULLABLE, 0, 0, &kp_catalog_##cat, NULL }
#define OWNER(n, c, l, t)        { n, c, KP_FIELD_REF, l, KP_FIELD_REQUIRED | KP_FIELD_CASCADE, 0, 0, NULL, &kp_desc_##t }
#define PARENT(n, c, l, t)       { n, c, KP_FIELD_REF, l, KP_FIELD_CASCADE, 0, 0, NULL, &kp_desc_##t }
#define LINK(n, c, l, t)         { n, c, KP_FIELD_REF, l, 0, 0, 0, NULL, &kp_desc_##t }

#define DESC(id, type, lbl, plu, order, chk, ...) \
  static const KpField id##_fields[] = { __VA_ARGS__ }; \
  const KpEntityDesc kp_desc_##id = { type, #id, lbl, plu, id##_fields, \
    G_N_ELEMENTS (id##_fields), order, FALSE, chk, KP_ENTITY_##id };

const KpEntityDesc kp_desc_project;
static const KpField project_fields[] = {
  NAME ("title", "title", N_("Title")),
  TEXT ("short-name", "short_name", N_("Short name"), 0),
  TEXT ("case-number", "case_number", N_("Case number"), 0),
  TEXT ("owner-org", "owner_org", N_("Project owner"), 0),
  TEXT ("owner-org-number", "owner_org_number", N_("Organisation number"), 0),
  CHOICE ("funder", "funder", N_("Funder"), funder),
  TEXT ("programme", "programme", N_("Programme"), 0),
  TEXT ("programme-area", "programme_area", N_("Programme area"), 0),
  TEXT ("specific-objective", "specific_objective", N_("Specific objective"), 0),
  TEXT ("region", "region", N_("Region"), 0),
  TEXT ("nuts2", "nuts2", N_("NUTS-2 code"), 0),
  DATE ("start-date", "start_date", N_("Start date"), 0),
  DATE ("end-date", "end_date", N_("End date"), 0),
  CHOICE ("status", "status", N_("Status"), project_status),
  AMOUNT ("budget", "budget", N_("Total budget")),
  CHOICE ("currency", "currency", N_("Currency"), currency),
  PERCENT ("funder-share", "funder_share", N_("Funder share")),
  AMOUNT ("planned-hours", "planned_hours", N_("Planned hours")),
  COUNT ("participant-target", "participant_target", N_("Participant target")),
  LONGTEXT ("purpose", "purpose", N_("Purpose")),
  LONGTEXT ("background", "background", N_("Background")),
  LONGTEXT ("method", "method", N_("Method")),
  LONGTEXT ("description", "description", N_("Description")),
  FLAG ("is-example", "is_example", N_("Example project")),
};
const KpEntityDesc kp_desc_project = {
  "KpProject", "project", N_("Project"), N_("Projects"), project_fields,
  G_N_ELEMENTS (project_fields), "id", TRUE, kp_check_project, KP_ENTITY_project
};

DESC (organisation, "KpOrganisation", N_("Organisation"), N_("Organisations"), "position, id", NULL,
  NAME ("name", "name", N_("Name")),
  CHOICE ("kind", "kind", N_("Kind"), org_kind),
  CHOICE ("project-role", "project_role", N_("Role in the project"), org_role),
  TEXT ("org-number", "org_number", N_("Organisation number"), 0),
  ORDER ("position", "position", N_("Position")))

DESC (governance_body, "KpGovernanceBody", N_("Governance body"), N_("Governance bodies"), "position, id", NULL,
  CHOICE ("kind", "kind", N_("Kind"), body_kind),
  NAME ("name", "name", N_("Name")),
  LONGTEXT ("description", "description", N_("Description")),
  ORDER ("position", "position", N_("Position")))

DESC (member, "KpMember", N_("Member"), N_("Members"), "body_id, id", NULL,
  OWNER ("body-id", "body_id", N_("Governance body"), governance_body),
  NAME ("name", "name", N_("Name")),
  TEXT ("role", "role", N_("Role in the group"), 0),
  LINK ("organisation-id", "organisation_id", N_("Organisation"), organisation),
  TEXT ("contact", "contact", N_("Contact"), 0))

DESC (task, "KpTask", N_("Activity"), N_("Phases and activities"), "parent_id NULLS FIRST, position, id", kp_check_date_span,
  PARENT ("parent-id", "parent_id", N_("Phase"), task),
  ORDER ("position", "position", N_("Position")),
  CHOICE ("kind", "kind", N_("Kind"), task_kind),
  NAME ("name", "name", N_("Name")),
  DATE ("start-date", "start_date", N_("Start date"), 0),
  DATE ("end-date", "end_date", N_("End date"), 0),
  PERCENT ("progress", "progress", N_("Progress")),
  TEXT ("responsible", "responsible", N_("Responsible"), 0),
  CHOICE ("status", "status", N_("Status"), task_status),
  FLAG ("is-milestone", "is_milestone", N_("Milestone")),
  LONGTEXT ("notes", "notes", N_("Notes")))

DESC (dependency, "KpDependency", N_("Dependency"), N_("Dependencies"), "id", kp_check_dependency,
  OWNER ("predecessor-id", "predecessor_id", N_("Predecessor"), task),
  OWNER ("successor-id", "successor_id", N_("Successor"), task))

DESC (baseline, "KpBaseline", N_("Baseline"), N_("Baselines"), "id", NULL,
  NAME ("name", "name", N_("Name")),
  { "created", "created", KP_FIELD_DATE, N_("Created"), KP_FIELD_REQUIRED, 0, 0, NULL, NULL })

DESC (baseline_task, "KpBaselineTask", N_("Baseline activity"), N_("Baseline activities"), "id", kp_check_baseline_task,
  OWNER ("baseline-id", "baseline_id", N_("Baseline"), baseline),
  OWNER ("task-id", "task_id", N_("Activity"), task),
  DATE ("start-date", "start_date", N_("Start date"), 0),
  DATE ("end-date", "end_date", N_("End date"), 0))

/* Project goals first, then effect goals and sub-goals, as the catalogue lists them. */
DESC (goal, "KpGoal", N_("Goal"), N_("Goals"),
      "CASE kind WHEN 'project' THEN 0 WHEN 'effect' THEN 1 ELSE 2 END, number, id", kp_check_goal,
  CHOICE ("kind", "kind", N_("Kind"), goal_kind),
  COUNT ("number", "number", N_("Number")),
  { "text", "text", KP_FIELD_TEXT, N_("Goal"), KP_FIELD_REQUIRED | KP_FIELD_LONG, 0, 0, NULL, NULL },
  TEXT ("indicator", "indicator", N_("Indicator"), 0),
  TEXT ("unit", "unit", N_("Unit"), 0),
  OPTREAL ("baseline", "baseline", N_("Baseline")),
  OPTREAL ("target-low", "target_low", N_("Target")),
  OPTREAL ("target-high", "target_high", N_("Target, upper end")),
  OPTREAL ("outcome", "outcome", N_("Outcome")),
  LONGTEXT ("outcome-text", "outcome_text", N_("Outcome, described")),
  OPTCHOICE ("status-override", "status_override", N_("Status set by hand"), goal_status),
  TEXT ("override-reason", "override_reason", N_("Reason for the status"), 0),
  LONGTEXT ("comment", "comment", N_("Comment")))

DESC (goal_task, "KpGoalTask", N_("Goal link"), N_("Goal links"), "id", kp_check_unique_pair,
  OWNER ("goal-id", "goal_id", N_("Goal"), goal),
  OWNER ("task-id", "task_id", N_("Activity"), task))

DESC (proposal, "KpProposal", N_("Proposal"), N_("Proposals"), "number, id", NULL,
  INTRANGE ("number", "number", N_("Number"), 1, 100000),
  NAME ("title", "title", N_("Title")),
  CHOICE ("priority", "priority", N_("Priority"), priority),
  CHOICE ("decision", "decision", N_("Decision"), decision),
  DATE ("decision-date", "decision_date", N_("Decision date"), 0),
  TEXT ("decision-body", "decision_body", N_("Decided by"), 0),
  TEXT ("responsible", "responsible", N_("Responsible"), 0),
  LONGTEXT ("description", "description", N_("Description")))

DESC (subproject, "KpSubproject", N_("Sub-project"), N_("Sub-projects"), "number, id", NULL,
  INTRANGE ("number", "number", N_("Number"), 1, 100000),
  NAME ("title", "title", N_("Title")),
  LINK ("proposal-id", "proposal_id", N_("Proposal"), proposal),
  LINK ("task-id", "task_id", N_("Phase"), task),
  CHOICE ("priority", "priority", N_("Priority"), priority),
  TEXT ("responsible", "responsible", N_("Responsible"), 0))

DESC (remaining_action, "KpRemainingAction", N_("Remaining action"), N_("Remaining actions"), "subproject_id, position, id", NULL,
  OWNER ("subproject-id", "subproject_id", N_("Sub-project"), subproject),
  ORDER ("position", "position", N_("Position")),
  { "text", "text", KP_FIELD_TEXT, N_("Action"), KP_FIELD_REQUIRED | KP_FIELD_LONG, 0, 0, NULL, NULL },
  TEXT ("owner", "owner", N_("Owner"), 0))

DESC (meeting_series, "KpMeetingSeries", N_("Meeting series"), N_("Meeting series"), "id", kp_check_date_span,
  CHOICE ("forum", "forum", N_("Forum"), forum),
  NAME ("title", "title", N_("Title")),
  DATE ("first-date", "first_date", N_("First meeting"), KP_FIELD_REQUIRED),
  INTRANGE ("interval-weeks", "interval_weeks", N_("Weeks between meetings"), 1, 52),
  DATE ("until-date", "until_date", N_("Last date"), KP_FIELD_REQUIRED))

DESC (meeting, "KpMeeting", N_("Meeting"), N_("Meetings"), "date, id", NULL,
  LINK ("series-id", "series_id", N_("Series"), meeting_series),
  DATE ("date", "date", N_("Date"), KP_FIELD_REQUIRED),
  CHOICE ("forum", "forum", N_("Forum"), forum),
  CHOICE ("kind", "kind", N_("Type"), meeting_kind),
  TEXT ("title", "title", N_("Title"), 0),
  LONGTEXT ("decisions", "decisions", N_("Decisions")),
  FLAG ("cancelled", "cancelled", N_("Cancelled")))

DESC (lesson, "KpLesson", N_("Lesson"), N_("Lessons"), "kind, id", NULL,
  CHOICE ("kind", "kind", N_("Kind"), lesson_kind),
  { "text", "text", KP_FIELD_TEXT, N_("Lesson"), KP_FIELD_REQUIRED | KP_FIELD_LONG, 0, 0, NULL, NULL },
  TEXT ("owner", "owner", N_("Owner"), 0))

DESC (role, "KpRole", N_("Role"), N_("Roles"), "position, id", kp_check_unique_name,
  { "key", "key", KP_FIELD_TEXT, N_("Key"), KP_FIELD_HIDDEN | KP_FIELD_NULLABLE, 0, 0, NULL, NULL },
  NAME ("name", "name", N_("Name")),
  ORDER ("position", "position", N_("Position")))

DESC (competence, "KpCompetence", N_("Competence"), N_("Competences"), "position, id", kp_check_unique_name,
  { "key", "key", KP_FIELD_TEXT, N_("Key"), KP_FIELD_HIDDEN | KP_FIELD_NULLABLE, 0, 0, NULL, NULL },
  NAME ("name", "name", N_("Name")),
  ORDER ("position", "position", N_("Position")))

DESC (unit, "KpUnit", N_("Unit"), N_("Units"), "organisation_id, name, id", kp_check_unit,
  OWNER ("organisation-id", "organisation_id", N_("Organisation"), organisation),
  NAME ("name", "name", N_("Name")),
  INTRANGE ("target-year", "target_year", N_("Target year"), 1900, 2200))

DESC (headcount, "KpHeadcount", N_("Headcount"), N_("Headcount"), "unit_id, role_id", kp_check_headcount,
  OWNER ("unit-id", "unit_id", N_("Unit"), unit),
  OWNER ("role-id", "role_id", N_("Role"), role),
  COUNT ("persons", "persons", N_("Persons")),
  AMOUNT ("fte", "fte", N_("Full-time equivalents")),
  COUNT ("retirements", "retirements", N_("Retirements per year")),
  PERCENT ("turnover", "turnover", N_("Staff turnover")),
  COUNT ("demand", "demand", N_("Demand in the target year")),
  { "growth", "growth", KP_FIELD_REAL, N_("Demand growth per year"), KP_FIELD_RANGE, -100, 100, NULL, NULL })

DESC (required_level, "KpRequiredLevel", N_("Required level"), N_("Required levels"), "role_id, competence_id", kp_check_unique_pair,
  OWNER ("role-id", "role_id", N_("Role"), role),
  OWNER ("competence-id", "competence_id", N_("Competence"), competence),
  INTRANGE ("level", "level", N_("Level"), 0, 4))

DESC (unit_level, "KpUnitLevel", N_("Unit level"), N_("Unit levels"), "unit_id, competence_id", kp_check_unique_pair,
  OWNER ("unit-id", "unit_id", N_("Unit"), unit),
  OWNER ("competence-id", "competence_id", N_("Competence"), competence),
  INTRANGE ("level", "level", N_("Level"), 0, 4),
  COUNT ("holders", "holders", N_("Persons who hold it")))

DESC (certification, "KpCertification", N_("Title certificates"), N_("Title certificates"), "unit_id", kp_check_unique_pair,
  OWNER ("unit-id", "unit_id", N_("Unit"), unit),
  COUNT ("certified", "certified", N_("Hold the certificate")),
  COUNT ("applied", "applied", N_("Have applied")),
  COUNT ("transition", "transition", N_("Covered by the transition rule")),
  COUNT ("no-path", "no_path", N_("No path yet")))

DESC (stair_step, "KpStairStep", N_("Staircase step"), N_("Competence staircase"), "position, id", NULL,
  ORDER ("position", "position", N_("Position")),
  NAME ("name", "name", N_("Name")),
  LINK ("role-id", "role_id", N_("Role"), role),
  LONGTEXT ("requirements", "requirements", N_("Requirements")),
  COUNT ("people-now", "people_now", N_("People now")),
  COUNT ("people-planned", "people_planned", N_("People planned")))

DESC (training, "KpTraining", N_("Training activity"), N_("Training activities"), "start_date, id", kp_check_date_span,
  CHOICE ("type", "type", N_("Type"), training_type),
  NAME ("name", "name", N_("Name")),
  TEXT ("provider", "provider", N_("Provider"), 0),
  AMOUNT ("cost", "cost", N_("Cost")),
  FLAG ("free-of-charge", "free_of_charge", N_("Free of charge")),
  AMOUNT ("hours-per-participant", "hours_per_participant", N_("Hours per participant")),
  DATE ("start-date", "start_date", N_("Start date"), 0),
  DATE ("end-date", "end_date", N_("End date"), 0),
  LONGTEXT ("description", "description", N_("Description")))

DESC (training_role, "KpTrainingRole", N_("Training participants"), N_("Training participants"), "training_id, role_id", kp_check_unique_pair,
  OWNER ("training-id", "training_id", N_("Training activity"), training),
  OWNER ("role-id", "role_id", N_("Role"), role),
  COUNT ("planned", "planned", N_("Participants planned")),
  COUNT ("completed", "completed", N_("Participants completed")))

DESC (training_competence, "KpTrainingCompetence", N_("Training competence"), N_("Training competences"), "training_id, competence_id", kp_check_unique_pair,
  OWNER ("training-id", "training_id", N_("Training activity"), training),
  OWNER ("competence-id", "competence_id", N_("Competence"), competence))

DESC (time_entry, "KpTimeEntry", N_("Time entry"), N_("Time entries"), "date, id", kp_check_time_entry,
  DATE ("date", "date", N_("Date"), KP_FIELD_REQUIRED),
  OWNER ("organisation-id", "organisation_id", N_("Organisation"), organisation),
  TEXT ("person", "person", N_("Person or role"), 0),
  { "hours", "hours", KP_FIELD_REAL, N_("Hours"), KP_FIELD_RANGE, 0, 24, NULL, NULL },
  TEXT ("activity", "activity", N_("Activity"), 0),
  CHOICE ("funding", "funding", N_("Funding"), funding))

DESC (participant_count, "KpParticipantCount", N_("Participant count"), N_("Participant counts"), "period, id", kp_check_unique_pair,
  PERIOD ("period", "period", N_("Period")),
  CHOICE ("gender", "gender", N_("Gender"), gender),
  CHOICE ("age-band", "age_band", N_("Age"), age_band),
  CHOICE ("start-status", "start_status", N_("Status at start"), start_status),
  COUNT ("count", "count", N_("Participants")))

DESC (participant_result, "KpParticipantResult", N_("Participant result"), N_("Participant results"), "period, id", kp_check_unique_pair,
  PERIOD ("period", "period", N_("Period")),
  CHOICE ("gender", "gender", N_("Gender"), gender),
  CHOICE ("result", "result", N_("Result"), result),
  COUNT ("count", "count", N_("Participants")))

DESC (staffing_stat, "KpStaffingStat", N_("Staffing figures"), N_("Staffing statistics"), "period, organisation_id, role_id", kp_check_staffing,
  OWNER ("organisation-id", "organisation_id", N_("Organisation"), organisation),
  PERIOD ("period", "period", N_("Period")),
  OWNER ("role-id", "role_id", N_("Role"), role),
  COUNT ("employees", "employees", N_("Employees")),
  AMOUNT ("fte", "fte", N_("Full-time equivalents")),
  COUNT ("vacancies", "vacancies", N_("Vacancies")),
  PERCENT ("turnover", "turnover", N_("Staff turnover")),
  PERCENT ("sick-leave", "sick_leave", N_("Sick leave")),
  COUNT ("hires-from-project", "hires_from_project", N_("Hires from the project")))

DESC (budget_line, "KpBudgetLine", N_("Budget line"), N_("Budget"), "id", NULL,
  CHOICE ("category", "category", N_("Category"), budget_category),
  TEXT ("description", "description", N_("Description"), 0),
  AMOUNT ("budget", "budget", N_("Budget")),
  AMOUNT ("outcome", "outcome", N_("Outcome")),
  PERCENT ("funder-share", "funder_share", N_("Funder share")))

static const KpEntityDesc *const all_descs[] = {
#define KP_LIST_DESC(n) &kp_desc_##n,
  KP_ENTITIES (KP_LIST_DESC)
#undef KP_LIST_DESC
};

const KpEntityDesc *const *
kp_entity_descs (guint *n_descs)
{
  *n_descs = G_N_ELEMENTS (all_descs);
  return all_descs;
}

const KpEntityDesc *
kp_entity_desc_for_table (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (all_descs); i++)
    if (g_str_equal (all_descs[i]->table, table))
      return all_descs[i];
  return NULL;
}
