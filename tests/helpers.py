"""Small helpers shared by the tests: the seed expectations and the CLI runner."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner, Result

from app.cli import app
from app.settings import PROJECT_DIR, get_settings

EXPECTED = json.loads((PROJECT_DIR / "seeds" / "expected.json").read_text(encoding="utf-8"))


def run_cli(*args: str, stdin: str | None = None) -> Result:
    """Run `tracker ARGS` in-process, with the environment the test set (DATABASE_URL)."""
    get_settings.cache_clear()
    return CliRunner().invoke(app, list(args), input=stdin, catch_exceptions=False)


def acceptable(position: dict[str, Any]) -> set[str]:
    """The stances a careful reader accepts for a labelled position."""
    return {position["stance"], *position.get("also_ok", [])}
