-- MedCoord storage schema for H2 2.x (run in PostgreSQL compatibility mode). The same tables as the
-- PostgreSQL folder; the differences: VARBINARY for BYTEA, no COLLATE (H2 compares strings by their
-- UTF-16 code units, which equals code point order for every id MedCoord makes), and no append-only
-- trigger (H2 triggers are Java classes; an embedded H2 file is only reachable through this process).
--
-- H2 commits each DDL statement on its own, so a migration that fails half-way can leave some of its
-- tables behind; MedCoord reports it (MC-JDBC-006) and the file should be deleted or repaired before
-- the next start. Every H2 migration therefore only creates new objects, so a retry after a fix is safe.

CREATE TABLE mc_documents (
    tenant  VARCHAR(64)              NOT NULL,
    type    VARCHAR(64)              NOT NULL,
    id      VARCHAR(200)             NOT NULL,
    version BIGINT                   NOT NULL,
    body    VARBINARY                NOT NULL,
    written TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mc_documents_pk PRIMARY KEY (tenant, type, id)
);

CREATE TABLE mc_index_entries (
    tenant VARCHAR(64)  NOT NULL,
    type   VARCHAR(64)  NOT NULL,
    id     VARCHAR(200) NOT NULL,
    field  VARCHAR(64)  NOT NULL,
    val    VARBINARY    NOT NULL,
    CONSTRAINT mc_index_entries_pk PRIMARY KEY (tenant, type, id, field, val)
);
CREATE INDEX mc_index_entries_by_value ON mc_index_entries (tenant, type, field, val);

CREATE TABLE mc_unique_keys (
    tenant     VARCHAR(64)  NOT NULL,
    name       VARCHAR(128) NOT NULL,
    val        VARCHAR(512) NOT NULL,
    owner_type VARCHAR(64)  NOT NULL,
    owner_id   VARCHAR(200) NOT NULL,
    CONSTRAINT mc_unique_keys_pk PRIMARY KEY (tenant, name, val)
);
CREATE INDEX mc_unique_keys_by_owner ON mc_unique_keys (tenant, owner_type, owner_id);

CREATE TABLE mc_locks (
    tenant VARCHAR(64)  NOT NULL,
    type   VARCHAR(64)  NOT NULL,
    id     VARCHAR(200) NOT NULL,
    CONSTRAINT mc_locks_pk PRIMARY KEY (tenant, type, id)
);

CREATE TABLE mc_log_heads (
    tenant   VARCHAR(64)  NOT NULL,
    stream   VARCHAR(128) NOT NULL,
    last_seq BIGINT       NOT NULL,
    CONSTRAINT mc_log_heads_pk PRIMARY KEY (tenant, stream)
);

CREATE TABLE mc_logs (
    tenant   VARCHAR(64)              NOT NULL,
    stream   VARCHAR(128)             NOT NULL,
    seq      BIGINT                   NOT NULL,
    entry    VARBINARY                NOT NULL,
    appended TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mc_logs_pk PRIMARY KEY (tenant, stream, seq)
);
