"""Fixtures: a real migrated database per test, on SQLite and on PostgreSQL.

Migrations run once per test session into a template (an SQLite file, a PostgreSQL template
database); each test gets a fresh copy of it. In CI (CI=true) a missing PostgreSQL server is
a failure; elsewhere those tests skip with a message saying how to start it.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from app.db import make_engine, upgrade_database
from app.main import create_app
from app.models import User
from app.services import ingest, users
from app.settings import PROJECT_DIR, Settings, get_settings

SEEDS_DIR = PROJECT_DIR / "seeds"
DEVSET_DIR = PROJECT_DIR / "tests" / "data" / "devset"
POSTGRES_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg://tracker:tracker@127.0.0.1:5432/tracker_test"
)
IN_CI = os.environ.get("CI") == "true"
DATABASES = ["sqlite", "postgresql"]


def _worker(request: pytest.FixtureRequest) -> str:
    return str(getattr(request.config, "workerinput", {}).get("workerid", "main"))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "tracker.db"
    upgrade_database(f"sqlite:///{path}")
    return path


def _admin_engine() -> Engine:
    return create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def postgres_template(request: pytest.FixtureRequest) -> Iterator[str]:
    """A migrated PostgreSQL template database; its name."""
    admin = _admin_engine()
    try:
        with admin.connect() as connection:
            connection.execute(text("select 1"))
    except Exception as error:  # noqa: BLE001 - any failure to connect means "no server"
        admin.dispose()
        message = (
            f"PostgreSQL is not reachable at {make_url(POSTGRES_URL).render_as_string()} "
            f"({error}). "
            "Start it with `bash scripts/postgres-up.sh` (or `make services`)."
        )
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    # Unique per run, so that two test runs on one server never drop each other's template.
    name = f"tracker_template_{_worker(request)}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    upgrade_database(
        make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    )
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=DATABASES)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated, empty database: an SQLite file or a PostgreSQL database."""
    if request.param == "sqlite":
        path = tmp_path / "tracker.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    template = request.getfixturevalue("postgres_template")
    name = f"test_{_worker(request)}_{uuid.uuid4().hex[:10]}"
    admin = _admin_engine()
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def settings(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Settings]:
    """Settings for this test's database; the CLI sees the same through the environment."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("SECRET_KEY", "test-secret-key-for-this-test-only")
    get_settings.cache_clear()
    yield Settings(
        database_url=database_url,
        secret_key="test-secret-key-for-this-test-only",
        login_slowdown=False,  # tests never sleep
    )
    get_settings.cache_clear()


@pytest.fixture
def engine(settings: Settings) -> Iterator[Engine]:
    engine = make_engine(settings.database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        yield session


@pytest.fixture
def seeded(session: Session, settings: Settings) -> ingest.IngestSummary:
    """The database with the five seed articles ingested."""
    summary = ingest.ingest_paths(session, paths=[SEEDS_DIR], max_bytes=settings.max_document_bytes)
    assert not summary.rejected
    return summary


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture
def editor(session: Session) -> User:
    """An editor account (its password is tests.admin_helpers.PASSWORD)."""
    from tests.admin_helpers import PASSWORD

    user, _ = users.create_or_reset_admin(session, name="editor", password=PASSWORD)
    return user


@pytest.fixture
def admin_client(client: TestClient, editor: User) -> TestClient:
    """A client signed in as `editor` through the login form."""
    from tests.admin_helpers import sign_in

    response = sign_in(client)
    assert response.status_code == 303, response.text
    return client
