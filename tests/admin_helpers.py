"""Signing in through the real login form, as a browser would."""

from __future__ import annotations

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from httpx2 import Response

PASSWORD = "a-long-enough-passphrase"


def csrf_from(client: TestClient, url: str) -> str:
    """The CSRF token a page's form carries."""
    page = BeautifulSoup(client.get(url).text, "html.parser")
    field = page.find("input", attrs={"name": "csrf_token"})
    assert field is not None, f"no CSRF field on {url}"
    return str(field["value"])


def sign_in(
    client: TestClient, name: str = "editor", password: str = PASSWORD, next_url: str = "/admin"
) -> Response:
    token = csrf_from(client, "/admin/login")
    return client.post(
        "/admin/login",
        data={"name": name, "password": password, "next": next_url, "csrf_token": token},
        follow_redirects=False,
    )


def post_form(
    client: TestClient, url: str, data: dict[str, str | list[str]], *, form_page: str
) -> Response:
    """Submit a form the way the page does: with the CSRF token it carries."""
    token = csrf_from(client, form_page)
    return client.post(url, data={**data, "csrf_token": token}, follow_redirects=False)
