"""The `tracker` command: thin wrappers that parse, call a service and print a summary."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from app.db import make_engine, upgrade_database
from app.services import evaluation, export, ingest, users
from app.settings import Settings, get_settings

app = typer.Typer(
    help="Where each country stands on Huawei in its 5G networks.", no_args_is_help=True
)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=1)


def _ready_engine(settings: Settings) -> Engine:
    """The configured database, migrated to the latest schema (so every command works fresh)."""
    try:
        upgrade_database(settings.database_url)
    except OperationalError as error:
        raise _fail(f"cannot use the database: {error.orig}") from None
    return make_engine(settings.database_url)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply the database migrations."""
    _ready_engine(get_settings()).dispose()
    typer.echo("Database is up to date.")


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (read recursively).")],
    only_if_empty: Annotated[
        bool, typer.Option("--only-if-empty", help="Do nothing if the database has documents.")
    ] = False,
) -> None:
    """Store articles once each, extract their evidence and update the positions."""
    settings = get_settings()
    engine = _ready_engine(settings)
    with Session(engine) as session:
        if only_if_empty and ingest.has_documents(session):
            typer.echo("The database already has documents; nothing ingested.")
            return
        summary = ingest.ingest_paths(session, paths=paths, max_bytes=settings.max_document_bytes)
    for result in summary.rejected:
        typer.echo(f"rejected: {result.name}: {result.reason}", err=True)
    typer.echo(
        f"{summary.count(ingest.Outcome.stored)} stored, "
        f"{summary.count(ingest.Outcome.present)} already present, "
        f"{summary.count(ingest.Outcome.rejected)} rejected, "
        f"{summary.count(ingest.Outcome.skipped)} skipped (not articles)."
    )
    if summary.rejected:
        raise typer.Exit(code=1)


@app.command("reextract")
def reextract_command() -> None:
    """Run the current extraction again on every stored document; people's decisions stay."""
    engine = _ready_engine(get_settings())
    with Session(engine) as session:
        summary = ingest.reextract(session)
    typer.echo(
        f"{summary.documents} documents: {summary.added} findings added, "
        f"{summary.removed} removed, {summary.kept} unchanged."
    )


@app.command("export")
def export_command(
    output_format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.json,
    by_document: Annotated[
        bool, typer.Option("--by-document", help="One verdict set per document.")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Write the current positions as JSON or CSV."""
    if by_document and output_format is ExportFormat.csv:
        raise _fail("--by-document is only available as JSON")
    engine = _ready_engine(get_settings())
    with Session(engine) as session:
        if by_document:
            content = export.by_document_export(session).model_dump_json(indent=2) + "\n"
        elif output_format is ExportFormat.csv:
            content = export.positions_csv(session)
        else:
            content = export.positions_export(session).model_dump_json(indent=2) + "\n"
    if output is None:
        typer.echo(content, nl=False)
        return
    try:
        output.write_text(content, encoding="utf-8")
    except OSError as error:
        raise _fail(f"cannot write {output}: {error.strerror}") from None
    typer.echo(f"Wrote {output}.", err=True)


@app.command("evaluate")
def evaluate_command(
    expected: Annotated[Path, typer.Argument(help="Labels: an expected.json like seeds/'s.")],
    docs_dir: Annotated[Path, typer.Argument(help="The folder holding the labelled documents.")],
    fail_under: Annotated[
        float | None, typer.Option(help="Exit 1 if the overall F1 is below this (0-1).")
    ] = None,
) -> None:
    """Score the extraction against labelled documents: P/R/F1, confusion, every error."""
    try:
        report = evaluation.evaluate(expected, docs_dir)
    except (OSError, ValueError, KeyError) as error:
        raise _fail(f"cannot evaluate {expected} on {docs_dir}: {error}") from None
    typer.echo(evaluation.render(report))
    overall = report.counts().f1
    if fail_under is not None and overall < fail_under:
        raise _fail(f"F1 {overall:.3f} is below {fail_under:.3f}")


@app.command("create-admin")
def create_admin_command(
    name: Annotated[str, typer.Argument(help="The editor's sign-in name.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Create an editor account, or reset its password (which signs it out everywhere)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    engine = _ready_engine(get_settings())
    with Session(engine) as session:
        try:
            user, created = users.create_or_reset_admin(session, name=name, password=password)
        except ValueError as error:
            raise _fail(str(error)) from None
    typer.echo(f"{'Created' if created else 'Reset the password of'} the editor {user.name!r}.")


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web app."""
    import uvicorn

    from app.main import create_app

    settings = get_settings()
    _ready_engine(settings).dispose()
    uvicorn.run(create_app(settings), host=host, port=port)
