"""The reader's pages, asserting what a person sees."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.models import Document, Evidence
from app.services.ingest import IngestSummary
from app.templating import quoted
from tests.helpers import EXPECTED


def soup(html: str) -> BeautifulSoup:
    # Keep whitespace-only strings, as a browser does under `white-space: pre-wrap`
    # (BeautifulSoup collapses them outside <pre> by default).
    return BeautifulSoup(html, "html.parser", preserve_whitespace_tags=["pre", "textarea", "div"])


def table_rows(page: BeautifulSoup) -> dict[str, str]:
    """Country name -> stance word, as shown in the table."""
    rows = page.select("#country-table tbody tr, table.countries tbody tr")
    return {
        row.th.a.get_text(strip=True): row.select_one(".badge").get_text(strip=True)
        for row in rows
        if row.th is not None
    }


def test_table_shows_every_seed_country_with_its_stance(
    client: TestClient, seeded: IngestSummary
) -> None:
    response = client.get("/")

    assert response.status_code == 200
    rows = table_rows(soup(response.text))
    assert len(rows) == len(EXPECTED["aggregate"]) == 13
    assert rows["Malaysia"] == "Embraces"
    assert rows["United Kingdom"] == "Mitigates"
    assert rows["United States"] == "Bans"
    assert rows["Germany"] == "Debating"
    assert rows["Faroe Islands"] == "Debating"
    assert rows["European Union"] == "Mitigates"


def test_table_row_shows_date_sources_and_links_to_the_country(
    client: TestClient, seeded: IngestSummary
) -> None:
    page = soup(client.get("/").text)
    row = page.select_one("tr#country-GB")
    assert row is not None
    cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
    assert cells[0] == "United Kingdom"
    assert row.th.img["src"] == "/static/vendor/flags/gb.svg"
    assert row.th.img["alt"] == ""  # decorative: the name is the text
    assert client.get(row.th.img["src"]).headers["content-type"] == "image/svg+xml"
    assert cells[2] == "28 Sep 2019"
    assert cells[3] == "3"
    assert row.th.a["href"] == "/countries/GB"


def test_empty_database_says_so(client: TestClient) -> None:
    page = soup(client.get("/").text)
    assert "No country matches" in page.get_text()


def test_filters_by_stance_and_text(client: TestClient, seeded: IngestSummary) -> None:
    bans = table_rows(soup(client.get("/?stance=bans").text))
    assert set(bans) == {"United States", "Australia", "New Zealand"}

    both = table_rows(soup(client.get("/?stance=bans&stance=embraces").text))
    assert set(both) == {"United States", "Australia", "New Zealand", "Malaysia", "China"}

    by_name = table_rows(soup(client.get("/?q=MALAYSIA").text))
    assert set(by_name) == {"Malaysia"}

    by_quote = soup(client.get("/?q=blanket+ban").text)
    assert "France" in table_rows(by_quote)
    quotes = [cell.get_text() for cell in by_quote.select("td.quote")]
    assert quotes and all("blanket ban" in quote for quote in quotes)


def test_filters_by_bloc(client: TestClient, seeded: IngestSummary) -> None:
    five_eyes = table_rows(soup(client.get("/?bloc=five-eyes").text))
    assert set(five_eyes) == {"Australia", "New Zealand", "United Kingdom", "United States"}

    eu_bans = table_rows(soup(client.get("/?bloc=eu&stance=restricts").text))
    assert set(eu_bans) == {"Poland", "Romania"}


def test_unknown_bloc_is_a_400(client: TestClient) -> None:
    response = client.get("/?bloc=warsaw-pact")
    assert response.status_code == 400
    assert "unknown bloc" in soup(response.text).get_text()


def test_sorting_by_date_and_by_stance(client: TestClient, seeded: IngestSummary) -> None:
    newest_first = list(table_rows(soup(client.get("/?sort=-as_of").text)))
    assert newest_first[:3] == ["China", "Faroe Islands", "Germany"]  # 16 Dec 2019, by name

    by_stance = list(table_rows(soup(client.get("/?sort=stance").text)).values())
    assert by_stance == sorted(
        by_stance, key=["Bans", "Restricts", "Mitigates", "Debating", "Embraces"].index
    )


def test_sort_header_links_flip_direction_and_keep_filters(
    client: TestClient, seeded: IngestSummary
) -> None:
    page = soup(client.get("/?stance=bans&sort=as_of").text)
    header = page.find("th", attrs={"aria-sort": "ascending"})
    assert header is not None and header.get_text(strip=True).startswith("As of")
    assert header.a["href"] == "/?stance=bans&sort=-as_of"
    country_header = page.select("table.countries thead th")[0]
    assert country_header.a["href"] == "/?stance=bans"


def test_summary_strip_counts_every_position(client: TestClient, seeded: IngestSummary) -> None:
    page = soup(client.get("/?stance=bans").text)
    counts = {
        item.select_one(".badge").get_text(strip=True): int(item.select_one(".summary-count").text)
        for item in page.select(".summary li")
    }
    assert counts == {"Bans": 3, "Restricts": 2, "Mitigates": 3, "Debating": 3, "Embraces": 2}


def test_htmx_request_gets_only_the_table_fragment(
    client: TestClient, seeded: IngestSummary
) -> None:
    response = client.get("/?stance=bans", headers={"HX-Request": "true"})

    assert response.status_code == 200
    assert "HX-Request" in response.headers["Vary"].split(", ")
    assert "<html" not in response.text
    page = soup(response.text)
    assert page.select_one("table.countries") is not None
    assert page.select_one("form") is None
    assert "3 of 13 countries" in page.get_text()
    # The form outside the fragment keeps the sort order through an out-of-band swap.
    sort_input = page.select_one("#sort-input")
    assert sort_input is not None
    assert sort_input["hx-swap-oob"] == "true"


def test_boosted_navigation_and_history_restore_get_the_full_page(
    client: TestClient, seeded: IngestSummary
) -> None:
    full = client.get("/", headers={"HX-Request": "true", "HX-Request-Type": "full"})
    restore = client.get("/", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in full.text
    assert "<html" in restore.text


def test_bad_filter_is_a_400_with_a_message(client: TestClient) -> None:
    response = client.get("/?stance=loves")
    assert response.status_code == 400
    assert "stance" in soup(response.text).get_text()


def test_country_page_shows_position_and_quotes_with_outlet_and_date(
    client: TestClient, seeded: IngestSummary
) -> None:
    response = client.get("/countries/my")

    assert response.status_code == 200
    page = soup(response.text)
    assert page.h1.get_text(strip=True) == "Malaysia"
    assert page.select_one(".position .badge").get_text(strip=True) == "Embraces"
    quotes = [item.get_text(" ", strip=True) for item in page.select(".evidence li")]
    assert any("We try to make use of their technology as much as possible" in q for q in quotes)
    assert any("CNN Business" in q and "31 May 2019" in q for q in quotes)


def test_country_quote_links_to_its_mark_in_the_document(
    client: TestClient, seeded: IngestSummary
) -> None:
    page = soup(client.get("/countries/US").text)
    link = page.select_one(".evidence blockquote a")
    assert link is not None
    match = re.fullmatch(r"/documents/(\d+)#(evidence-\d+)", link["href"])
    assert match is not None

    document_page = soup(client.get(f"/documents/{match.group(1)}").text)

    mark = document_page.find("mark", id=match.group(2))
    assert mark is not None
    assert quoted(mark.get_text()) == link.get_text(strip=True)


def test_quotes_are_not_double_quoted(client: TestClient, seeded: IngestSummary) -> None:
    shown = [
        a.get_text(strip=True) for a in soup(client.get("/countries/MY").text).select(".evidence a")
    ]
    assert shown and not any(text.startswith("““") for text in shown)


def test_every_mark_covers_exactly_its_quote(
    client: TestClient, seeded: IngestSummary, session: Session
) -> None:
    for document in session.exec(select(Document)).all():
        page = soup(client.get(f"/documents/{document.id}").text)
        text_box = page.select_one(".document-text")
        assert text_box is not None
        assert text_box.get_text() == document.text
        evidence = session.exec(select(Evidence).where(Evidence.document_id == document.id)).all()
        for item in evidence:
            mark = text_box.find("mark", id=f"evidence-{item.id}")
            assert mark is not None
            assert mark.get_text() == item.quote


def test_unknown_country_and_document_are_friendly_404s(client: TestClient) -> None:
    for url in ("/countries/ZZ", "/documents/999"):
        response = client.get(url)
        assert response.status_code == 404
        page = soup(response.text)
        assert page.h1.get_text(strip=True) == "Not found"
        assert "Back to the country table" in page.get_text()


def test_404_under_htmx_is_a_fragment(client: TestClient) -> None:
    response = client.get("/countries/ZZ", headers={"HX-Request": "true"})
    assert response.status_code == 404
    assert "<html" not in response.text
    assert soup(response.text).select_one("[role=alert]") is not None


def test_article_text_is_escaped(client: TestClient, session: Session) -> None:
    document = Document(
        name="x.txt", content_hash="0" * 64, text="<script>alert(1)</script> The UK bans nothing.",
        format="txt",
    )  # fmt: skip
    session.add(document)
    session.commit()

    response = client.get(f"/documents/{document.id}")

    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_security_headers_are_set(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_htmx_is_served_locally(client: TestClient) -> None:
    page = soup(client.get("/").text)
    sources = [script["src"] for script in page.find_all("script")]
    assert sources == ["/static/vendor/htmx.min.js"]
    response = client.get(sources[0])
    assert response.status_code == 200
    assert "htmx" in response.text[:2000]
