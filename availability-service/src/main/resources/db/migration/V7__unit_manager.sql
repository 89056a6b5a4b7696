-- The unit's manager from directory.units.v1, for the one manager scope of every service (platform's ManagerScope):
-- a manager sees the subtree of every unit the directory names them manager of, as well as their token's unit.
-- Rows stored before this column fill in with each unit's next snapshot (or a republish from directory-service).
ALTER TABLE unit_node ADD COLUMN manager_employee_id TEXT;
