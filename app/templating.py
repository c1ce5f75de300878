"""The Jinja2 environment: one `templates` object with the filters every page uses."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi.templating import Jinja2Templates
from jinja2 import pass_context

from app import countries, security
from app.settings import PROJECT_DIR

templates = Jinja2Templates(directory=str(PROJECT_DIR / "templates"))

STANCE_LABELS = {
    "bans": "Bans",
    "restricts": "Restricts",
    "mitigates": "Mitigates",
    "debating": "Debating",
    "embraces": "Embraces",
}


def stance_label(stance: object) -> str:
    return STANCE_LABELS.get(str(stance), str(stance))


def long_date(value: date | str | None) -> str:
    """15 Mar 2020; an ISO date string (from a form) is shown the same way."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return str(value)
    return f"{value.day} {value:%b %Y}" if value else "undated"


QUOTE_MARKS = ("“", '"', "‘", "'", "«")


def quoted(text: str) -> str:
    """Wrap a quote in “…”, unless it already opens with a quotation mark of its own."""
    return text if text.startswith(QUOTE_MARKS) else f"“{text}”"


def percent(value: float) -> str:
    return f"{round(value * 100)}%"


@pass_context
def url_for(context: dict[str, Any], name: str, /, **path_params: Any) -> str:
    """A root-relative URL for a route or static file (works behind any host name or proxy)."""
    return str(context["request"].app.url_path_for(name, **path_params))


def country_name(code: str) -> str:
    try:
        return countries.name_of(code)
    except KeyError:
        return code


@pass_context
def csrf_token(context: dict[str, Any]) -> str:
    """This browser's CSRF token, for hidden form fields and htmx's X-CSRF-Token header."""
    request = context["request"]
    return security.csrf_token(request.app.state.settings.secret, request.state.csrf_key)


@pass_context
def current_editor(context: dict[str, Any]) -> Any:
    """The signed-in editor when the route looked them up, else None."""
    return getattr(context["request"].state, "editor", None)


templates.env.globals["url_for"] = url_for
templates.env.globals["csrf_token"] = csrf_token
templates.env.globals["current_editor"] = current_editor
templates.env.filters["country_name"] = country_name
templates.env.filters["stance_label"] = stance_label
templates.env.filters["long_date"] = long_date
templates.env.filters["percent"] = percent
templates.env.filters["quoted"] = quoted
