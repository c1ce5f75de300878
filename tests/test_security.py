"""Security behaviour of the editors' area; each test fails without the protection it names."""

from __future__ import annotations

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.main import create_app
from app.models import LoginFailure, Position, User, UserSession
from app.routes import admin
from app.services import users
from app.settings import Settings
from tests.admin_helpers import PASSWORD, csrf_from, post_form, sign_in


def text_of(html: str) -> str:
    return BeautifulSoup(html, "html.parser").get_text(" ", strip=True)


def test_passwords_are_stored_as_argon2id(editor: User) -> None:
    assert editor.password_hash.startswith("$argon2id$")
    assert PASSWORD not in editor.password_hash


def test_wrong_name_and_wrong_password_get_the_same_answer(
    client: TestClient, editor: User
) -> None:
    wrong_password = sign_in(client, password="not-the-password-at-all")
    wrong_name = sign_in(client, name="nobody")
    assert wrong_password.status_code == wrong_name.status_code == 401
    alerts = [
        BeautifulSoup(response.text, "html.parser").select_one("[role=alert]").get_text(strip=True)
        for response in (wrong_password, wrong_name)
    ]
    assert alerts == ["Wrong name or password.", "Wrong name or password."]


def test_login_without_a_csrf_token_is_refused(client: TestClient, editor: User) -> None:
    response = client.post(
        "/admin/login", data={"name": "editor", "password": PASSWORD}, follow_redirects=False
    )
    assert response.status_code == 403
    assert "session" not in str(response.cookies)


def test_a_token_from_another_browser_is_refused(settings: Settings, editor: User) -> None:
    with TestClient(create_app(settings)) as attacker, TestClient(create_app(settings)) as victim:
        token = csrf_from(attacker, "/admin/login")
        victim.get("/admin/login")
        response = victim.post(
            "/admin/login",
            data={"name": "editor", "password": PASSWORD, "csrf_token": token},
            follow_redirects=False,
        )
    assert response.status_code == 403


def test_session_cookie_is_signed_httponly_and_samesite(client: TestClient, editor: User) -> None:
    response = sign_in(client)
    cookie = next(
        v for v in response.headers.get_list("set-cookie") if v.startswith("tracker_session=")
    )
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # plain HTTP here; see the next test
    value = cookie.split(";")[0].split("=", 1)[1]
    assert "." in value  # key.signature

    client.cookies.clear()
    client.cookies.set("tracker_session", value[:-2] + "xx")  # tampered signature
    assert client.get("/admin", follow_redirects=False).status_code == 303


def test_session_cookie_is_secure_over_https(settings: Settings, editor: User) -> None:
    with TestClient(create_app(settings), base_url="https://tracker.example") as client:
        response = sign_in(client)
    cookie = next(
        v for v in response.headers.get_list("set-cookie") if v.startswith("tracker_session=")
    )
    assert "Secure" in cookie


def test_each_sign_in_gets_a_new_session(
    client: TestClient, editor: User, session: Session
) -> None:
    first = sign_in(client).cookies["tracker_session"]
    second = sign_in(client).cookies["tracker_session"]
    assert first != second
    assert len(session.exec(select(UserSession)).all()) == 2


def test_sign_in_rotates_the_csrf_token(client: TestClient, editor: User) -> None:
    before = csrf_from(client, "/admin/login")
    sign_in(client)
    after = csrf_from(client, "/admin/review")
    assert before != after


def test_logout_ends_the_session_on_the_server(admin_client: TestClient) -> None:
    stolen = admin_client.cookies["tracker_session"]
    response = post_form(admin_client, "/admin/logout", {}, form_page="/admin")
    assert response.status_code == 303

    admin_client.cookies.set("tracker_session", stolen)  # replaying the old cookie
    assert admin_client.get("/admin", follow_redirects=False).status_code == 303


def test_idle_sessions_expire(admin_client: TestClient, session: Session) -> None:
    row = session.exec(select(UserSession)).one()
    row.last_seen_at = row.last_seen_at - timedelta(hours=2)
    session.add(row)
    session.commit()

    response = admin_client.get("/admin", follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"].startswith("/admin/login")


def test_repeated_failures_are_refused_for_a_while(
    client: TestClient, editor: User, session: Session
) -> None:
    for _ in range(users.MAX_FAILURES_PER_NAME):
        assert sign_in(client, password="wrong-password-guess").status_code == 401

    refused = sign_in(client)  # even the right password, while guessing is being refused

    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert "Too many failed sign-ins" in text_of(refused.text)

    # The window moves on: the real editor is not locked out for good.
    for failure in session.exec(select(LoginFailure)).all():
        failure.created_at = failure.created_at - users.THROTTLE_WINDOW - timedelta(seconds=1)
        session.add(failure)
    session.commit()
    assert sign_in(client).status_code == 303


def test_failures_from_one_address_across_names_are_refused(
    client: TestClient, editor: User
) -> None:
    for number in range(users.MAX_FAILURES_PER_ADDRESS):
        sign_in(client, name=f"guess-{number}", password="wrong-password-guess")
    assert sign_in(client).status_code == 429


def test_slowdown_grows_with_failures(session: Session, editor: User) -> None:
    delays = [
        users.sign_in(session, name="editor", password="wrong", address="10.0.0.1").delay
        for _ in range(4)
    ]
    assert delays[0] == 0
    assert delays == sorted(delays) and delays[-1] > 0


ADMIN_PAGES = [
    "/admin",
    "/admin/positions",
    "/admin/review",
    "/admin/audit",
    "/admin/documents/new",
    "/admin/countries/GB/edit",
    "/admin/countries/GB/history",
]


@pytest.mark.parametrize("url", ADMIN_PAGES)
def test_admin_pages_redirect_to_login_and_back(client: TestClient, editor: User, url: str) -> None:
    response = client.get(url, follow_redirects=False)
    assert response.status_code == 303
    login_url = response.headers["location"]
    assert login_url.startswith("/admin/login?next=")

    signed_in = sign_in(client, next_url=url)

    assert signed_in.headers["location"] == url
    assert client.get(url).status_code == 200


def test_every_admin_route_is_guarded(client: TestClient) -> None:
    """Walks the app's own route list, so that a new admin route cannot forget the check."""
    admin_routes = [
        (method, route.path)
        for route in admin.router.routes
        if isinstance(route, APIRoute)
        for method in route.methods
    ]
    assert len(admin_routes) >= 10
    for method, path in admin_routes:
        url = (
            path.replace("{code}", "GB").replace("{revision_id}", "1").replace("{evidence_id}", "1")
        )
        response = client.request(
            method, url, headers={"Accept": "application/json"}, follow_redirects=False
        )
        assert response.status_code == 401, (method, url, response.status_code)


def test_htmx_requests_without_a_session_get_401_and_a_redirect(client: TestClient) -> None:
    response = client.get("/admin/review", headers={"HX-Request": "true"}, follow_redirects=False)
    assert response.status_code == 401
    assert response.headers["HX-Redirect"].startswith("/admin/login?next=")


def test_post_without_csrf_token_changes_nothing(
    admin_client: TestClient, session: Session
) -> None:
    response = admin_client.post(
        "/admin/countries/SE/edit",
        data={"stance": "bans", "reason": "Test", "version": "0"},
        follow_redirects=False,
    )
    assert response.status_code == 403
    assert session.exec(select(Position)).all() == []


def test_htmx_posts_carry_the_token_in_a_header(admin_client: TestClient, session: Session) -> None:
    page = BeautifulSoup(admin_client.get("/admin").text, "html.parser")
    headers_attr = page.body["hx-headers:inherited"]
    assert "X-CSRF-Token" in headers_attr
    token = csrf_from(admin_client, "/admin")

    response = admin_client.post(
        "/admin/countries/SE/edit",
        data={"stance": "bans", "reason": "Test", "version": "0"},
        headers={"HX-Request": "true", "X-CSRF-Token": token},
    )

    assert response.status_code == 200
    assert session.exec(select(Position)).one().country_code == "SE"


def test_no_open_redirect_after_login(client: TestClient, editor: User) -> None:
    response = sign_in(client, next_url="//evil.example/phish")
    assert response.headers["location"] == "/admin"


def test_reasons_and_uploaded_articles_are_escaped(admin_client: TestClient) -> None:
    evil = "<script>alert('x')</script>"
    post_form(
        admin_client,
        "/admin/countries/SE/edit",
        {"stance": "bans", "reason": f"Because {evil}", "summary": evil, "version": "0"},
        form_page="/admin/countries/SE/edit",
    )
    created = post_form(
        admin_client,
        "/admin/documents/new",
        {"text": f"{evil} The UK government has banned Huawei from its 5G networks."},
        form_page="/admin/documents/new",
    )
    assert created.status_code == 303

    for url in ("/admin/audit", "/countries/SE", "/documents/1"):
        html = admin_client.get(url).text
        assert evil not in html, url
        assert "&lt;script&gt;" in html, url
