-- Kompetensplan project file, schema version 2: the changes from version 1.
-- Indexes serve the rows SQLite looks up when a row they refer to is deleted (ON DELETE),
-- and nothing else: the app reads every row when it opens a project and keeps the rest in
-- memory.

-- Time entries are never looked up by person in SQL (the ESF+ sums are kept in memory);
-- the index only slowed imports of many rows down.
DROP INDEX time_entry_person;

-- Deleting an activity or a role sets these references to NULL.
CREATE INDEX subproject_task ON subproject (task_id);
CREATE INDEX stair_step_role ON stair_step (role_id);
