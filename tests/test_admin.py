"""The editors' work, through the real forms: edit, conflict, history, review, upload."""

from __future__ import annotations

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.models import Evidence, Position, PositionRevision, PositionStatus, ReviewState
from app.services.ingest import IngestSummary
from tests.admin_helpers import PASSWORD, post_form
from tests.conftest import SEEDS_DIR
from tests.helpers import run_cli


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def edit(client: TestClient, code: str, **fields: str) -> object:
    form_page = f"/admin/countries/{code}/edit"
    version = soup(client.get(form_page).text).find("input", attrs={"name": "version"})["value"]
    data = {"version": version, **fields}
    return post_form(client, form_page, data, form_page=form_page)


def position(session: Session, code: str) -> Position:
    session.expire_all()
    return session.exec(select(Position).where(Position.country_code == code)).one()


# --- create-admin ---------------------------------------------------------------------------


def test_create_admin_refuses_short_passwords(settings: object) -> None:
    result = run_cli("create-admin", "alice", "--password-stdin", stdin="short\n")
    assert result.exit_code == 1
    assert "at least 12 characters" in result.stderr


def test_create_admin_then_reset(settings: object, client: TestClient) -> None:
    created = run_cli("create-admin", "alice", "--password-stdin", stdin=f"{PASSWORD}\n")
    reset = run_cli("create-admin", "alice", "--password-stdin", stdin="another-long-password\n")
    assert created.exit_code == 0 and "Created" in created.stdout
    assert reset.exit_code == 0 and "Reset" in reset.stdout


def test_create_admin_prompts_for_the_password(settings: object) -> None:
    result = run_cli("create-admin", "bob", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert "Created the editor 'bob'" in result.stdout


# --- editing positions ----------------------------------------------------------------------


def test_edit_records_a_revision_and_shows_everywhere(
    admin_client: TestClient, seeded: IngestSummary, session: Session
) -> None:
    response = edit(
        admin_client, "GB", stance="bans", as_of="2020-07-14",
        summary="Huawei to be stripped out of 5G by 2027.", reason="Government announcement",
    )  # fmt: skip

    assert response.status_code == 303
    assert response.headers["location"] == "/countries/GB"
    gb = position(session, "GB")
    assert (gb.stance.value, gb.status, str(gb.as_of)) == (
        "bans",
        PositionStatus.edited,
        "2020-07-14",
    )
    revision = session.exec(select(PositionRevision)).one()
    assert (revision.before_stance, revision.after_stance) == ("mitigates", "bans")
    assert revision.reason == "Government announcement"

    table_row = soup(admin_client.get("/").text).select_one("tr#country-GB")
    assert "Bans" in table_row.get_text() and "edited" in table_row.get_text()
    country = soup(admin_client.get("/countries/GB").text).get_text(" ", strip=True)
    assert "Huawei to be stripped out of 5G by 2027." in country
    exported = {
        p["country_code"]: p for p in admin_client.get("/api/positions").json()["positions"]
    }
    assert exported["GB"]["status"] == "edited" and exported["GB"]["stance"] == "bans"


def test_invalid_edit_rerenders_with_messages_and_saves_nothing(
    admin_client: TestClient, seeded: IngestSummary, session: Session
) -> None:
    response = edit(admin_client, "GB", stance="adores", as_of="2999-01-01", reason="")

    assert response.status_code == 422
    page = soup(response.text)
    errors = {p["id"]: p.get_text() for p in page.select(".field-error")}
    assert errors == {
        "stance-error": "Choose one of the five stances.",
        "as_of-error": "The date cannot be in the future.",
        "reason-error": "Required: say why, for the record.",
    }
    assert position(session, "GB").status is PositionStatus.extracted
    assert session.exec(select(PositionRevision)).all() == []


def test_htmx_save_swaps_in_the_result(admin_client: TestClient, seeded: IngestSummary) -> None:
    page = soup(admin_client.get("/admin/countries/JP/edit").text)
    token = page.find("input", attrs={"name": "csrf_token"})["value"]
    response = admin_client.post(
        "/admin/countries/JP/edit",
        data={"stance": "restricts", "reason": "Guidelines exclude Huawei", "version": "1"},
        headers={"HX-Request": "true", "X-CSRF-Token": token},
    )
    assert response.status_code == 200
    assert "<html" not in response.text
    assert "Saved: Japan now" in soup(response.text).get_text(" ", strip=True)


def test_concurrent_edit_is_refused_with_both_versions(
    admin_client: TestClient, seeded: IngestSummary, session: Session
) -> None:
    form_page = "/admin/countries/DE/edit"
    stale_version = soup(admin_client.get(form_page).text).find("input", attrs={"name": "version"})[
        "value"
    ]
    first = edit(admin_client, "DE", stance="mitigates", reason="Security catalogue adopted")
    assert first.status_code == 303

    second = post_form(
        admin_client, form_page,
        {"stance": "bans", "reason": "I think they banned it", "version": stale_version},
        form_page=form_page,
    )  # fmt: skip

    assert second.status_code == 409
    text = soup(second.text).get_text(" ", strip=True)
    assert "Someone else saved this position" in text
    assert "Mitigates" in text and "Bans" in text
    assert position(session, "DE").stance.value == "mitigates"


def test_history_and_restore(
    admin_client: TestClient, seeded: IngestSummary, session: Session
) -> None:
    edit(admin_client, "FR", stance="restricts", reason="First edit")
    edit(admin_client, "FR", stance="bans", reason="Second edit")
    history = soup(admin_client.get("/admin/countries/FR/history").text)
    rows = history.select("table.audit tbody tr")
    assert [row.find_all("td")[6].get_text() for row in rows] == ["Second edit", "First edit"]
    first_revision = rows[1].find("form")["action"]

    restored = post_form(admin_client, first_revision, {}, form_page="/admin/countries/FR/history")

    assert restored.status_code == 303
    assert position(session, "FR").stance.value == "restricts"
    assert len(session.exec(select(PositionRevision)).all()) == 3
    audit = soup(admin_client.get("/admin/audit?country=fr&editor=editor").text)
    actions = [row.find_all("td")[3].get_text() for row in audit.select("tbody tr")]
    assert actions == ["restore", "edit", "edit"]
    assert "No human changes" in admin_client.get("/admin/audit?editor=someone-else").text


# --- the machine never overrides a person ---------------------------------------------------


def test_reingesting_keeps_every_edit(
    admin_client: TestClient, seeded: IngestSummary, session: Session, settings: object
) -> None:
    edit(admin_client, "GB", stance="bans", reason="Ban announced")
    evidence_before = len(session.exec(select(Evidence)).all())

    result = run_cli("ingest", str(SEEDS_DIR))

    assert result.exit_code == 0
    gb = position(session, "GB")
    assert (gb.stance.value, gb.status) == ("bans", PositionStatus.edited)
    assert len(session.exec(select(Evidence)).all()) == evidence_before


def test_new_disagreeing_evidence_flags_an_edited_position(
    admin_client: TestClient, seeded: IngestSummary, session: Session, tmp_path: object
) -> None:
    edit(admin_client, "AU", stance="embraces", reason="Testing the flag")
    article = "The Australian government has banned Huawei from its 5G network, the minister said."
    created = post_form(
        admin_client, "/admin/documents/new",
        {"text": article, "published": "2020-01-01", "outlet": "Test Wire"},
        form_page="/admin/documents/new",
    )  # fmt: skip
    assert created.status_code == 303

    au = position(session, "AU")
    assert (au.stance.value, au.needs_review) == ("embraces", True)
    queue = soup(admin_client.get("/admin/review").text).get_text(" ", strip=True)
    assert "Edited positions that new evidence disagrees with" in queue and "Australia" in queue


# --- review queue ---------------------------------------------------------------------------


def test_accepting_makes_the_position_reviewed(
    admin_client: TestClient, seeded: IngestSummary, session: Session
) -> None:
    my_evidence = session.exec(select(Evidence).where(Evidence.country_code == "MY")).all()
    response = post_form(
        admin_client, "/admin/review",
        {"action": "accept", "evidence_id": [str(e.id) for e in my_evidence]},
        form_page="/admin/review",
    )  # fmt: skip
    assert response.status_code == 303
    assert position(session, "MY").status is PositionStatus.reviewed
    page = soup(admin_client.get("/admin/review").text)
    assert not page.select(f"#finding-{my_evidence[0].id}")


def test_rejecting_removes_a_finding_from_the_aggregation(
    admin_client: TestClient, seeded: IngestSummary, session: Session
) -> None:
    jp_evidence = session.exec(select(Evidence).where(Evidence.country_code == "JP")).all()
    assert jp_evidence
    for item in jp_evidence:
        response = post_form(
            admin_client, "/admin/review", {"action": "reject", "evidence_id": str(item.id)},
            form_page="/admin/review",
        )  # fmt: skip
        assert response.status_code == 303

    session.expire_all()
    assert session.exec(select(Position).where(Position.country_code == "JP")).first() is None
    assert all(
        e.review is ReviewState.rejected
        for e in session.exec(select(Evidence).where(Evidence.country_code == "JP"))
    )
    codes = [p["country_code"] for p in admin_client.get("/api/positions").json()["positions"]]
    assert "JP" not in codes
    audit = soup(admin_client.get("/admin/audit?country=JP").text).get_text(" ", strip=True)
    assert "reject finding" in audit


def test_correcting_a_finding_moves_it(
    admin_client: TestClient, seeded: IngestSummary, session: Session
) -> None:
    fo = session.exec(select(Evidence).where(Evidence.country_code == "FO")).first()
    assert fo is not None
    response = post_form(
        admin_client, f"/admin/evidence/{fo.id}/correct",
        {"stance": "embraces", "country_code": "dk"},
        form_page="/admin/review",
    )  # fmt: skip
    assert response.status_code == 303
    session.expire_all()
    moved = session.get(Evidence, fo.id)
    assert (moved.country_code, moved.stance.value, moved.review) == (
        "DK",
        "embraces",
        ReviewState.accepted,
    )
    assert position(session, "DK").stance.value == "embraces"


def test_bulk_review_without_a_selection_is_a_400(admin_client: TestClient) -> None:
    response = post_form(
        admin_client, "/admin/review", {"action": "accept"}, form_page="/admin/review"
    )
    assert response.status_code == 400
    assert "Tick at least one finding" in response.text


# --- adding articles ------------------------------------------------------------------------


def test_pasted_article_is_extracted_and_shown_for_review(
    admin_client: TestClient, session: Session
) -> None:
    text = (SEEDS_DIR / "003_bdc0f4148f25707f.txt").read_text(encoding="utf-8")
    response = post_form(
        admin_client, "/admin/documents/new",
        {"text": text, "outlet": "Caixin", "title": "UK", "published": "2019-02-19"},
        form_page="/admin/documents/new",
    )  # fmt: skip
    assert response.status_code == 303
    review_page = soup(admin_client.get(response.headers["location"]).text)
    assert review_page.h1.get_text(strip=True).startswith("Review queue: document")
    countries = {
        item.select_one("label strong").get_text() for item in review_page.select(".review-item")
    }
    assert {"United Kingdom", "United States", "Australia", "New Zealand"} <= countries


def test_uploaded_duplicate_links_to_the_stored_copy(
    admin_client: TestClient, seeded: IngestSummary
) -> None:
    content = (SEEDS_DIR / "000_16fee92e7f3d1fa5.txt").read_bytes()
    token = soup(admin_client.get("/admin/documents/new").text).find(
        "input", attrs={"name": "csrf_token"}
    )["value"]
    response = admin_client.post(
        "/admin/documents/new",
        data={"csrf_token": token},
        files={"file": ("copy.txt", content, "text/plain")},
    )
    assert response.status_code == 409
    link = soup(response.text).select_one("[role=alert] a")
    assert link.get_text() == "See the stored copy"
    assert admin_client.get(link["href"]).status_code == 200


def test_upload_rejects_bad_files_with_a_message(
    admin_client: TestClient, session: Session
) -> None:
    token = soup(admin_client.get("/admin/documents/new").text).find(
        "input", attrs={"name": "csrf_token"}
    )["value"]
    for name, content, message in [
        ("latin1.txt", "fran\xe7ais".encode("latin-1"), "not valid UTF-8"),
        ("scan.pdf", b"%PDF-1.7", "unsupported file type"),
    ]:
        response = admin_client.post(
            "/admin/documents/new",
            data={"csrf_token": token},
            files={"file": (name, content, "text/plain")},
        )
        assert response.status_code == 422
        assert message in soup(response.text).select_one("[role=alert]").get_text()
    assert admin_client.get("/api/positions").json()["positions"] == []


def test_upload_with_a_bad_date_keeps_the_text(admin_client: TestClient) -> None:
    response = post_form(
        admin_client, "/admin/documents/new", {"text": "Some article", "published": "yesterday"},
        form_page="/admin/documents/new",
    )  # fmt: skip
    assert response.status_code == 422
    page = soup(response.text)
    assert "YYYY-MM-DD" in page.select_one("[role=alert]").get_text()
    assert page.find("textarea", id="text").get_text() == "Some article"


def test_signed_in_editor_sees_edit_links_on_public_pages(
    admin_client: TestClient, seeded: IngestSummary
) -> None:
    table = soup(admin_client.get("/").text)
    assert table.select_one("tr#country-GB a[href='/admin/countries/GB/edit']") is not None
    country = soup(admin_client.get("/countries/GB").text)
    assert country.select_one(".editor-links a[href='/admin/countries/GB/edit']") is not None


def test_anonymous_readers_see_no_edit_links(client: TestClient, seeded: IngestSummary) -> None:
    assert "/admin/countries" not in client.get("/").text
    country_page = soup(client.get("/countries/GB").text).get_text(" ", strip=True)
    assert "Sign out" not in country_page and "Edit the position" not in country_page


def test_reextract_keeps_every_human_decision(
    admin_client: TestClient, seeded: IngestSummary, session: Session, settings: object
) -> None:
    jp = session.exec(select(Evidence).where(Evidence.country_code == "JP")).first()
    fo = session.exec(select(Evidence).where(Evidence.country_code == "FO")).first()
    assert jp is not None and fo is not None
    post_form(
        admin_client, "/admin/review", {"action": "reject", "evidence_id": str(jp.id)},
        form_page="/admin/review",
    )  # fmt: skip
    correction = {"stance": "embraces", "country_code": "DK"}
    post_form(
        admin_client, f"/admin/evidence/{fo.id}/correct", correction, form_page="/admin/review"
    )
    edit(admin_client, "GB", stance="bans", reason="Ban announced")
    session.expire_all()
    before = sorted(
        (e.country_code, e.start, e.stance.value, e.review.value)
        for e in session.exec(select(Evidence))
    )

    first = run_cli("reextract")
    second = run_cli("reextract")

    assert first.exit_code == 0 and "5 documents" in first.stdout
    assert "0 findings added, 0 removed" in second.stdout
    session.expire_all()
    after = sorted(
        (e.country_code, e.start, e.stance.value, e.review.value)
        for e in session.exec(select(Evidence))
    )
    assert after == before  # nothing duplicated, the rejected finding stays rejected
    gb = position(session, "GB")
    assert (gb.stance.value, gb.status) == ("bans", PositionStatus.edited)
    assert position(session, "DK").stance.value == "embraces"
