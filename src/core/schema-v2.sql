-- Kompetensplan project file, schema version 2: the changes from version 1.
-- Indexes serve the rows SQLite looks up when a row they refer to is deleted (ON DELETE),
-- and nothing else: the app reads every row when it opens a project and keeps the rest in
-- memory.

-- Time entries are never looked up in SQL: the ESF+ sums and every total are kept in
-- memory. Their indexes made an import of 200,000 rows a third slower; without them,
-- deleting an organisation scans the time entries once (60 ms for 200,000).
DROP INDEX time_entry_person;
DROP INDEX time_entry_organisation;

-- Deleting an activity or a role sets these references to NULL.
CREATE INDEX subproject_task ON subproject (task_id);
CREATE INDEX stair_step_role ON stair_step (role_id);
