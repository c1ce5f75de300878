"""Engines and sessions. Nothing here connects until a function is called."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import Request
from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlmodel import Session, SQLModel, create_engine

# Named constraints, so that Alembic's batch mode can drop and recreate them on SQLite.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def make_engine(url: str) -> Engine:
    """An engine for an SQLite file or a PostgreSQL server."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLite ignores foreign keys unless asked; WAL lets readers work during an ingest.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def get_session(request: Request) -> Iterator[Session]:
    """One session per request, on the engine the app was built with."""
    with Session(request.app.state.engine) as session:
        yield session


def alembic_config(url: str) -> Any:
    """The Alembic configuration for this project, pointed at `url`."""
    from alembic.config import Config

    project_dir = Path(__file__).resolve().parent.parent
    config = Config(str(project_dir / "alembic.ini"))
    config.set_main_option("script_location", str(project_dir / "migrations"))
    config.attributes["database_url"] = url
    return config


def upgrade_database(url: str) -> None:
    """Apply every migration to the database at `url` (what `tracker db upgrade` does)."""
    from alembic import command

    command.upgrade(alembic_config(url), "head")
