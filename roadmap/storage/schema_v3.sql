-- Crossroads .roadmap format version 3: the frozen schema snapshot.
--
-- Every file of format 3 has exactly these tables and indexes (plus SQLite's
-- automatic indexes for UNIQUE and text primary keys), nothing else. Opening a
-- file compares its sqlite_master with this text before reading any table.
-- Never edit this file: a model change needs format 4, a schema_v4.sql and an
-- Alembic revision in roadmap/storage/revisions/versions (tests/roadmap/test_storage.py
-- checks that this snapshot equals what the model creates).
--
-- Format 3 changes every table of format 2: a row_version counter on every row,
-- a server default for every default, 64-bit budgets (BIGINT), and it adds Alembic's
-- version table, which names the revision (0003) the schema is at.

CREATE TABLE acceptance (
	id INTEGER NOT NULL, 
	code VARCHAR(10) NOT NULL, 
	subject VARCHAR(200) NOT NULL, 
	reason TEXT NOT NULL, 
	accepted_by VARCHAR(120) DEFAULT '' NOT NULL, 
	accepted_at DATETIME NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (code, subject)
);

CREATE TABLE department (
	id INTEGER NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	colour VARCHAR(7) DEFAULT '#4477AA' NOT NULL, 
	is_it BOOLEAN DEFAULT 0 NOT NULL, 
	benefit_areas VARCHAR(200) DEFAULT '' NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE finding_action (
	id INTEGER NOT NULL, 
	code VARCHAR(10) NOT NULL, 
	subject VARCHAR(200) NOT NULL, 
	owner VARCHAR(120) DEFAULT '' NOT NULL, 
	due DATE, 
	note TEXT DEFAULT '' NOT NULL, 
	recorded_at DATETIME NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (code, subject)
);

CREATE TABLE meta (
	"key" VARCHAR(64) NOT NULL, 
	value VARCHAR(200) NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY ("key")
);

CREATE TABLE node_position (
	id INTEGER NOT NULL, 
	layout VARCHAR(40) NOT NULL, 
	node VARCHAR(60) NOT NULL, 
	x FLOAT NOT NULL, 
	y FLOAT NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (layout, node)
);

CREATE TABLE roadmap (
	id INTEGER NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	organisation VARCHAR(200) DEFAULT '' NOT NULL, 
	horizon_start DATE NOT NULL, 
	horizon_end DATE NOT NULL, 
	fiscal_year_start_month INTEGER DEFAULT 1 NOT NULL, 
	currency VARCHAR(3) DEFAULT 'EUR' NOT NULL, 
	author VARCHAR(200) DEFAULT '' NOT NULL, 
	confidentiality VARCHAR(200) DEFAULT 'Confidential' NOT NULL, 
	version VARCHAR(40) DEFAULT '1.0' NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE setting (
	id INTEGER NOT NULL, 
	"key" VARCHAR(120) NOT NULL, 
	value VARCHAR(200) NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE ("key")
);

CREATE TABLE snapshot (
	id INTEGER NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	taken_at DATETIME NOT NULL, 
	payload BLOB NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE vendor (
	id INTEGER NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	category VARCHAR(32) DEFAULT 'other' NOT NULL, 
	contract_end DATE, 
	notes TEXT DEFAULT '' NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE owner (
	id INTEGER NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	role VARCHAR(120) DEFAULT '' NOT NULL, 
	department_id INTEGER, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(department_id) REFERENCES department (id) ON DELETE SET NULL
);

CREATE TABLE initiative (
	id INTEGER NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	description TEXT DEFAULT '' NOT NULL, 
	theme VARCHAR(120) DEFAULT '' NOT NULL, 
	start DATE, 
	"end" DATE, 
	bucket VARCHAR(32), 
	status VARCHAR(32) DEFAULT 'planned' NOT NULL, 
	health VARCHAR(32) DEFAULT 'green' NOT NULL, 
	budget BIGINT, 
	benefit_area VARCHAR(32), 
	success_measure TEXT DEFAULT '' NOT NULL, 
	measure_kind VARCHAR(32) DEFAULT 'none' NOT NULL, 
	sourcing VARCHAR(32), 
	capability VARCHAR(32), 
	customer_facing BOOLEAN DEFAULT 0 NOT NULL, 
	customer_value TEXT DEFAULT '' NOT NULL, 
	owner_id INTEGER, 
	sponsor_id INTEGER, 
	priority INTEGER DEFAULT 3 NOT NULL, 
	journey_stage VARCHAR(32), 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(owner_id) REFERENCES owner (id) ON DELETE SET NULL, 
	FOREIGN KEY(sponsor_id) REFERENCES owner (id) ON DELETE SET NULL
);

CREATE TABLE decision (
	id INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	change VARCHAR(200) DEFAULT '' NOT NULL, 
	initiative_id INTEGER, 
	made_at DATETIME NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(initiative_id) REFERENCES initiative (id) ON DELETE SET NULL
);

CREATE TABLE dependency (
	id INTEGER NOT NULL, 
	initiative_id INTEGER NOT NULL, 
	depends_on_id INTEGER NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (initiative_id, depends_on_id), 
	FOREIGN KEY(initiative_id) REFERENCES initiative (id) ON DELETE CASCADE, 
	FOREIGN KEY(depends_on_id) REFERENCES initiative (id) ON DELETE CASCADE
);

CREATE INDEX ix_dependency_depends_on_id ON dependency (depends_on_id);

CREATE INDEX ix_dependency_initiative_id ON dependency (initiative_id);

CREATE TABLE milestone (
	id INTEGER NOT NULL, 
	initiative_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	date DATE NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(initiative_id) REFERENCES initiative (id) ON DELETE CASCADE
);

CREATE INDEX ix_milestone_initiative_id ON milestone (initiative_id);

CREATE TABLE participation (
	id INTEGER NOT NULL, 
	initiative_id INTEGER NOT NULL, 
	department_id INTEGER NOT NULL, 
	role VARCHAR(32) DEFAULT 'contributor' NOT NULL, 
	row_version INTEGER DEFAULT 1 NOT NULL, 
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
	row_version INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (initiative_id, vendor_id), 
	FOREIGN KEY(initiative_id) REFERENCES initiative (id) ON DELETE CASCADE, 
	FOREIGN KEY(vendor_id) REFERENCES vendor (id) ON DELETE CASCADE
);

CREATE INDEX ix_vendor_use_initiative_id ON vendor_use (initiative_id);

CREATE INDEX ix_vendor_use_vendor_id ON vendor_use (vendor_id);

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
