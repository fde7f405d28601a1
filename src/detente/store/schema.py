"""The store's tables, their schema version and the migration path between versions.

``SCHEMA`` creates the current version from nothing. A later version adds its steps to
``MIGRATIONS[n]`` (the statements that turn version n-1 into n) and bumps ``SCHEMA_VERSION``;
``ensure_schema`` then upgrades older files in place, inside the caller's transaction.
The tables are described column by column in docs/STORE.md.
"""

from __future__ import annotations

from typing import Any

from ..errors import Errors, StoreError

SCHEMA_VERSION = 1

# version n -> statements that turn a version n-1 database into version n.
MIGRATIONS: dict[int, list[str]] = {}

TABLES = ("articles", "events", "clusters", "actors", "errors")

SCHEMA = [
    """CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE articles (
        article_id   VARCHAR PRIMARY KEY,
        content_hash VARCHAR NOT NULL UNIQUE,
        title        VARCHAR,
        url          VARCHAR,
        source       VARCHAR,
        report_date  DATE,
        origin       VARCHAR,
        text         VARCHAR NOT NULL,
        n_chars      INTEGER,
        n_events     INTEGER,
        ingested_at  TIMESTAMP
    )""",
    """CREATE TABLE events (
        event_id         VARCHAR PRIMARY KEY,
        article_id       VARCHAR NOT NULL,
        cluster_id       VARCHAR,
        cluster_key      VARCHAR,
        report_date      DATE,
        sentence_index   INTEGER,
        sentence         VARCHAR,
        sentence_start   INTEGER,
        source_text      VARCHAR,
        source_start     INTEGER,
        source_end       INTEGER,
        source_code      VARCHAR,
        source_country   VARCHAR,
        source_sector    VARCHAR,
        source_name      VARCHAR,
        source_actor_id  VARCHAR,
        target_text      VARCHAR,
        target_start     INTEGER,
        target_end       INTEGER,
        target_code      VARCHAR,
        target_country   VARCHAR,
        target_sector    VARCHAR,
        target_name      VARCHAR,
        target_actor_id  VARCHAR,
        cameo            VARCHAR,
        cameo_root       VARCHAR,
        goldstein        DOUBLE,
        quad_class       INTEGER,
        plover           VARCHAR,
        plover_mode      VARCHAR,
        event_date       DATE,
        date_precision   VARCHAR,
        trigger_text     VARCHAR,
        trigger_start    INTEGER,
        trigger_end      INTEGER,
        negated          BOOLEAN,
        modality         VARCHAR,
        factual          BOOLEAN,
        location_text    VARCHAR,
        location_name    VARCHAR,
        location_country VARCHAR,
        location_lat     DOUBLE,
        location_lon     DOUBLE,
        confidence       DOUBLE,
        coder            VARCHAR,
        reciprocal       BOOLEAN,
        group_id         VARCHAR,
        contexts         VARCHAR[]
    )""",
    """CREATE TABLE clusters (
        cluster_id       VARCHAR PRIMARY KEY,
        cluster_key      VARCHAR NOT NULL,
        source_key       VARCHAR,
        target_key       VARCHAR,
        reciprocal       BOOLEAN,
        factual          BOOLEAN,
        source_code      VARCHAR,
        source_country   VARCHAR,
        target_code      VARCHAR,
        target_country   VARCHAR,
        cameo            VARCHAR,
        cameo_root       VARCHAR,
        quad_class       INTEGER,
        goldstein        DOUBLE,
        plover           VARCHAR,
        event_date       DATE,
        date_precision   VARCHAR,
        date_lo          DATE,
        date_hi          DATE,
        mentions         INTEGER,
        sentences        INTEGER,
        articles         INTEGER,
        sources          INTEGER,
        first_report     DATE,
        first_article_id VARCHAR,
        first_event_id   VARCHAR,
        lead             BOOLEAN
    )""",
    """CREATE TABLE actors (
        actor_id          VARCHAR PRIMARY KEY,
        name              VARCHAR,
        name_key          VARCHAR,
        code              VARCHAR,
        country           VARCHAR,
        sector            VARCHAR,
        canonical         VARCHAR,
        mentions          INTEGER,
        articles          INTEGER,
        first_seen        DATE,
        last_seen         DATE,
        evidence_event_id VARCHAR,
        evidence          VARCHAR
    )""",
    """CREATE TABLE errors (
        error_id   VARCHAR PRIMARY KEY,
        stage      VARCHAR,
        code       VARCHAR,
        record     VARCHAR,
        message    VARCHAR,
        article_id VARCHAR
    )""",
]


def _version(con: Any) -> int | None:
    """The schema version written in the file, or None when it has no detente tables."""
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' AND table_schema = 'main'"
    ).fetchall()[0][0]
    if not has_meta:
        return None
    rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    return int(rows[0][0]) if rows else None


def ensure_schema(con: Any, path: str) -> int:
    """Create the tables, or migrate an older file, inside the caller's transaction. Returns the version."""
    found = _version(con)
    if found is None:
        for stmt in SCHEMA:
            con.execute(stmt)
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        return SCHEMA_VERSION
    if found > SCHEMA_VERSION:
        raise StoreError(Errors.DT703.format(path=path, found=found, known=SCHEMA_VERSION))
    for version in range(found + 1, SCHEMA_VERSION + 1):
        for stmt in MIGRATIONS.get(version, []):
            con.execute(stmt)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
    return SCHEMA_VERSION


def check_schema(con: Any, path: str) -> int:
    """The file's version for reading: raises when it is not a store, newer, or needs a migration."""
    found = _version(con)
    if found is None:
        raise StoreError(Errors.DT710.format(path=path, detail="it has no detente tables"))
    if found > SCHEMA_VERSION:
        raise StoreError(Errors.DT703.format(path=path, found=found, known=SCHEMA_VERSION))
    if found < SCHEMA_VERSION:
        raise StoreError(Errors.DT704.format(path=path, found=found, known=SCHEMA_VERSION))
    return found
