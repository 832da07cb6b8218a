-- Crossroads .roadmap format version 2: the frozen schema snapshot.
--
-- Every file of format 2 has exactly these tables and indexes (plus SQLite's
-- automatic indexes for UNIQUE and text primary keys), nothing else. Opening a
-- file compares its sqlite_master with this text before reading any table.
-- Never edit this file: a model change needs format 3, a schema_v3.sql and a
-- migration step in roadmap/storage/migrations.py (tests/roadmap/test_storage.py
-- checks that this snapshot equals what the model creates).
--
-- Format 2 adds to format 1: finding_action (who acts on a finding, by when) and
-- snapshot (named, dated copies of the whole roadmap, kept in the file).

CREATE TABLE meta (
	"key" VARCHAR(64) NOT NULL, 
	value VARCHAR(200) NOT NULL, 
	PRIMARY KEY ("key")
);

CREATE TABLE roadmap (
	id INTEGER NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	organisation VARCHAR(200) NOT NULL, 
	horizon_start DATE NOT NULL, 
	horizon_end DATE NOT NULL, 
	fiscal_year_start_month INTEGER NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	author VARCHAR(200) NOT NULL, 
	confidentiality VARCHAR(200) NOT NULL, 
	version VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE department (
	id INTEGER NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	colour VARCHAR(7) NOT NULL, 
	is_it BOOLEAN NOT NULL, 
	benefit_areas VARCHAR(200) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE vendor (
	id INTEGER NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	category VARCHAR(32) NOT NULL, 
	contract_end DATE, 
	notes TEXT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE setting (
	id INTEGER NOT NULL, 
	"key" VARCHAR(120) NOT NULL, 
	value VARCHAR(200) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE ("key")
);

CREATE TABLE acceptance (
	id INTEGER NOT NULL, 
	code VARCHAR(10) NOT NULL, 
	subject VARCHAR(200) NOT NULL, 
	reason TEXT NOT NULL, 
	accepted_by VARCHAR(120) NOT NULL, 
	accepted_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (code, subject)
);

CREATE TABLE node_position (
	id INTEGER NOT NULL, 
	layout VARCHAR(40) NOT NULL, 
	node VARCHAR(60) NOT NULL, 
	x FLOAT NOT NULL, 
	y FLOAT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (layout, node)
);

CREATE TABLE owner (
	id INTEGER NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	role VARCHAR(120) NOT NULL, 
	department_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(department_id) REFERENCES department (id) ON DELETE SET NULL
);

CREATE TABLE initiative (
	id INTEGER NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	description TEXT NOT NULL, 
	theme VARCHAR(120) NOT NULL, 
	start DATE, 
	"end" DATE, 
	bucket VARCHAR(32), 
	status VARCHAR(32) NOT NULL, 
	health VARCHAR(32) NOT NULL, 
	budget INTEGER, 
	benefit_area VARCHAR(32), 
	success_measure TEXT NOT NULL, 
	measure_kind VARCHAR(32) NOT NULL, 
	sourcing VARCHAR(32), 
	capability VARCHAR(32), 
	customer_facing BOOLEAN NOT NULL, 
	customer_value TEXT NOT NULL, 
	owner_id INTEGER, 
	sponsor_id INTEGER, 
	priority INTEGER NOT NULL, 
	journey_stage VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(owner_id) REFERENCES owner (id) ON DELETE SET NULL, 
	FOREIGN KEY(sponsor_id) REFERENCES owner (id) ON DELETE SET NULL
);

CREATE TABLE milestone (
	id INTEGER NOT NULL, 
	initiative_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	date DATE NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(initiative_id) REFERENCES initiative (id) ON DELETE CASCADE
);

CREATE INDEX ix_milestone_initiative_id ON milestone (initiative_id);

CREATE TABLE dependency (
	id INTEGER NOT NULL, 
	initiative_id INTEGER NOT NULL, 
	depends_on_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (initiative_id, depends_on_id), 
	FOREIGN KEY(initiative_id) REFERENCES initiative (id) ON DELETE CASCADE, 
	FOREIGN KEY(depends_on_id) REFERENCES initiative (id) ON DELETE CASCADE
);

CREATE INDEX ix_dependency_initiative_id ON dependency (initiative_id);

CREATE INDEX ix_dependency_depends_on_id ON dependency (depends_on_id);

CREATE TABLE participation (
	id INTEGER NOT NULL, 
	initiative_id INTEGER NOT NULL, 
	department_id INTEGER NOT NULL, 
	role VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (initiative_id, department_id), 
	FOREIGN KEY(initiative_id) REFERENCES initiative (id) ON DELETE CASCADE, 
	FOREIGN KEY(department_id) REFERENCES department (id) ON DELETE CASCADE
);

CREATE INDEX ix_participation_department_id ON participation (department_id);

CREATE INDEX ix_participation_initiative_id ON participation (initiative_id);

CREATE TABLE vendor_use (
	id INTEGER NOT NULL, 
	initiative_id INTEGER NOT NULL, 
	vendor_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (initiative_id, vendor_id), 
	FOREIGN KEY(initiative_id) REFERENCES initiative (id) ON DELETE CASCADE, 
	FOREIGN KEY(vendor_id) REFERENCES vendor (id) ON DELETE CASCADE
);

CREATE INDEX ix_vendor_use_initiative_id ON vendor_use (initiative_id);

CREATE INDEX ix_vendor_use_vendor_id ON vendor_use (vendor_id);

CREATE TABLE decision (
	id INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	change VARCHAR(200) NOT NULL, 
	initiative_id INTEGER, 
	made_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(initiative_id) REFERENCES initiative (id) ON DELETE SET NULL
);

CREATE TABLE finding_action (
	id INTEGER NOT NULL, 
	code VARCHAR(10) NOT NULL, 
	subject VARCHAR(200) NOT NULL, 
	owner VARCHAR(120) NOT NULL, 
	due DATE, 
	note TEXT NOT NULL, 
	recorded_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (code, subject)
);

CREATE TABLE snapshot (
	id INTEGER NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	taken_at DATETIME NOT NULL, 
	payload BLOB NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
