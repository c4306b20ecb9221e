-- Kompetensplan project file, schema version 1.
-- Dates are TEXT 'yyyy-mm-dd'; periods are 'yyyy-mm' (month) or 'yyyy-Qn' (quarter).
-- Enumerated values are stable English keys; their translated labels live in kp-catalog.c.

CREATE TABLE project (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL DEFAULT '',
  short_name TEXT NOT NULL DEFAULT '',
  case_number TEXT NOT NULL DEFAULT '',
  owner_org TEXT NOT NULL DEFAULT '',
  owner_org_number TEXT NOT NULL DEFAULT '',
  funder TEXT NOT NULL DEFAULT 'own',
  programme TEXT NOT NULL DEFAULT '',
  programme_area TEXT NOT NULL DEFAULT '',
  specific_objective TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  nuts2 TEXT NOT NULL DEFAULT '',
  start_date TEXT,
  end_date TEXT,
  status TEXT NOT NULL DEFAULT 'planned',
  budget REAL NOT NULL DEFAULT 0,
  currency TEXT NOT NULL DEFAULT 'SEK',
  funder_share REAL NOT NULL DEFAULT 0,
  planned_hours REAL NOT NULL DEFAULT 0,
  participant_target INTEGER NOT NULL DEFAULT 0,
  purpose TEXT NOT NULL DEFAULT '',
  background TEXT NOT NULL DEFAULT '',
  method TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  is_example INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE organisation (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'municipality',
  project_role TEXT NOT NULL DEFAULT 'partner',
  org_number TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE governance_body (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL DEFAULT 'steering_group',
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  body_id INTEGER NOT NULL REFERENCES governance_body (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
  contact TEXT NOT NULL DEFAULT ''
);
CREATE INDEX member_body ON member (body_id);
CREATE INDEX member_organisation ON member (organisation_id);

-- Phases and activities form a tree; milestones are tasks with is_milestone = 1.
CREATE TABLE task (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES task (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL DEFAULT 'activity',
  name TEXT NOT NULL,
  start_date TEXT,
  end_date TEXT,
  progress REAL NOT NULL DEFAULT 0,
  responsible TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'not_started',
  is_milestone INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX task_parent ON task (parent_id, position);

CREATE TABLE dependency (
  id INTEGER PRIMARY KEY,
  predecessor_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
  successor_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
  UNIQUE (predecessor_id, successor_id),
  CHECK (predecessor_id <> successor_id)
);
CREATE INDEX dependency_successor ON dependency (successor_id);

CREATE TABLE baseline (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created TEXT NOT NULL
);

CREATE TABLE baseline_task (
  id INTEGER PRIMARY KEY,
  baseline_id INTEGER NOT NULL REFERENCES baseline (id) ON DELETE CASCADE,
  task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
  start_date TEXT,
  end_date TEXT,
  UNIQUE (baseline_id, task_id)
);
CREATE INDEX baseline_task_task ON baseline_task (task_id);

CREATE TABLE goal (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL DEFAULT 'project',
  number INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  indicator TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  baseline REAL,
  target_low REAL,
  target_high REAL,
  outcome REAL,
  outcome_text TEXT NOT NULL DEFAULT '',
  status_override TEXT,
  override_reason TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT ''
);

CREATE TABLE goal_task (
  id INTEGER PRIMARY KEY,
  goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
  task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
  UNIQUE (goal_id, task_id)
);
CREATE INDEX goal_task_task ON goal_task (task_id);

CREATE TABLE proposal (
  id INTEGER PRIMARY KEY,
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  priority TEXT NOT NULL DEFAULT 'prio',
  decision TEXT NOT NULL DEFAULT 'undecided',
  decision_date TEXT,
  decision_body TEXT NOT NULL DEFAULT '',
  responsible TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE subproject (
  id INTEGER PRIMARY KEY,
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  proposal_id INTEGER REFERENCES proposal (id) ON DELETE SET NULL,
  task_id INTEGER REFERENCES task (id) ON DELETE SET NULL,
  priority TEXT NOT NULL DEFAULT 'prio',
  responsible TEXT NOT NULL DEFAULT ''
);
CREATE INDEX subproject_proposal ON subproject (proposal_id);

CREATE TABLE remaining_action (
  id INTEGER PRIMARY KEY,
  subproject_id INTEGER NOT NULL REFERENCES subproject (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT ''
);
CREATE INDEX remaining_action_subproject ON remaining_action (subproject_id, position);

CREATE TABLE meeting_series (
  id INTEGER PRIMARY KEY,
  forum TEXT NOT NULL DEFAULT 'steering_group',
  title TEXT NOT NULL,
  first_date TEXT NOT NULL,
  interval_weeks INTEGER NOT NULL DEFAULT 6,
  until_date TEXT NOT NULL
);

CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  series_id INTEGER REFERENCES meeting_series (id) ON DELETE SET NULL,
  date TEXT NOT NULL,
  forum TEXT NOT NULL DEFAULT 'steering_group',
  kind TEXT NOT NULL DEFAULT 'presentation',
  title TEXT NOT NULL DEFAULT '',
  decisions TEXT NOT NULL DEFAULT '',
  cancelled INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX meeting_date ON meeting (date);
CREATE INDEX meeting_series_idx ON meeting (series_id);

CREATE TABLE lesson (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL DEFAULT 'success',
  text TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT ''
);

-- Competence plan. Roles and competences are editable catalogues; a shipped entry keeps its
-- stable key so that its name can be shown translated.
CREATE TABLE role (
  id INTEGER PRIMARY KEY,
  key TEXT UNIQUE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE competence (
  id INTEGER PRIMARY KEY,
  key TEXT UNIQUE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE unit (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  target_year INTEGER NOT NULL
);
CREATE INDEX unit_organisation ON unit (organisation_id);

CREATE TABLE headcount (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
  role_id INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
  persons INTEGER NOT NULL DEFAULT 0,
  fte REAL NOT NULL DEFAULT 0,
  retirements INTEGER NOT NULL DEFAULT 0,     -- expected retirements per year
  turnover REAL NOT NULL DEFAULT 0,           -- staff turnover, percent per year
  demand INTEGER NOT NULL DEFAULT 0,          -- persons needed in the unit's target year
  growth REAL NOT NULL DEFAULT 0,             -- demand growth, percent per year
  UNIQUE (unit_id, role_id)
);
CREATE INDEX headcount_role ON headcount (role_id);

CREATE TABLE required_level (
  id INTEGER PRIMARY KEY,
  role_id INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
  competence_id INTEGER NOT NULL REFERENCES competence (id) ON DELETE CASCADE,
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
  UNIQUE (role_id, competence_id)
);
CREATE INDEX required_level_competence ON required_level (competence_id);

CREATE TABLE unit_level (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
  competence_id INTEGER NOT NULL REFERENCES competence (id) ON DELETE CASCADE,
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
  holders INTEGER NOT NULL DEFAULT 0,          -- persons who hold the competence
  UNIQUE (unit_id, competence_id)
);
CREATE INDEX unit_level_competence ON unit_level (competence_id);

-- The protected title undersköterska: counts per unit, never persons.
CREATE TABLE certification (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL UNIQUE REFERENCES unit (id) ON DELETE CASCADE,
  certified INTEGER NOT NULL DEFAULT 0,
  applied INTEGER NOT NULL DEFAULT 0,
  transition INTEGER NOT NULL DEFAULT 0,
  no_path INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stair_step (
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  role_id INTEGER REFERENCES role (id) ON DELETE SET NULL,
  requirements TEXT NOT NULL DEFAULT '',
  people_now INTEGER NOT NULL DEFAULT 0,
  people_planned INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE training (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL DEFAULT 'further_education',
  name TEXT NOT NULL,
  provider TEXT NOT NULL DEFAULT '',
  cost REAL NOT NULL DEFAULT 0,
  free_of_charge INTEGER NOT NULL DEFAULT 0,
  hours_per_participant REAL NOT NULL DEFAULT 0,
  start_date TEXT,
  end_date TEXT,
  description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE training_role (
  id INTEGER PRIMARY KEY,
  training_id INTEGER NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  role_id INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
  planned INTEGER NOT NULL DEFAULT 0,
  completed INTEGER NOT NULL DEFAULT 0,
  UNIQUE (training_id, role_id)
);
CREATE INDEX training_role_role ON training_role (role_id);

CREATE TABLE training_competence (
  id INTEGER PRIMARY KEY,
  training_id INTEGER NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  competence_id INTEGER NOT NULL REFERENCES competence (id) ON DELETE CASCADE,
  UNIQUE (training_id, competence_id)
);
CREATE INDEX training_competence_competence ON training_competence (competence_id);

-- Follow-up.
CREATE TABLE time_entry (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  person TEXT NOT NULL DEFAULT '',
  hours REAL NOT NULL,
  activity TEXT NOT NULL DEFAULT '',
  funding TEXT NOT NULL DEFAULT 'funded'
);
CREATE INDEX time_entry_organisation ON time_entry (organisation_id, date);
CREATE INDEX time_entry_person ON time_entry (person, date);

CREATE TABLE participant_count (
  id INTEGER PRIMARY KEY,
  period TEXT NOT NULL,
  gender TEXT NOT NULL,
  age_band TEXT NOT NULL,
  start_status TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  UNIQUE (period, gender, age_band, start_status)
);

CREATE TABLE participant_result (
  id INTEGER PRIMARY KEY,
  period TEXT NOT NULL,
  gender TEXT NOT NULL,
  result TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  UNIQUE (period, gender, result)
);

CREATE TABLE staffing_stat (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  role_id INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
  employees INTEGER NOT NULL DEFAULT 0,
  fte REAL NOT NULL DEFAULT 0,
  vacancies INTEGER NOT NULL DEFAULT 0,
  turnover REAL NOT NULL DEFAULT 0,
  sick_leave REAL NOT NULL DEFAULT 0,
  hires_from_project INTEGER NOT NULL DEFAULT 0,
  UNIQUE (organisation_id, period, role_id)
);
CREATE INDEX staffing_stat_role ON staffing_stat (role_id);

CREATE TABLE budget_line (
  id INTEGER PRIMARY KEY,
  category TEXT NOT NULL DEFAULT 'personnel',
  description TEXT NOT NULL DEFAULT '',
  budget REAL NOT NULL DEFAULT 0,
  outcome REAL NOT NULL DEFAULT 0,
  funder_share REAL NOT NULL DEFAULT 0
);
