"""The JSON API and CSV export match what the CLI writes."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from app.services.ingest import IngestSummary
from tests.helpers import EXPECTED, run_cli


def test_api_matches_the_cli_export(client: TestClient, seeded: IngestSummary) -> None:
    api = client.get("/api/positions")
    cli = json.loads(run_cli("export").stdout)

    assert api.status_code == 200
    assert api.headers["content-type"] == "application/json"
    body = api.json()
    assert body["positions"] == cli["positions"]
    assert body["generated_at"].endswith("Z")
    assert {p["country_code"]: p["stance"] for p in body["positions"]} == EXPECTED["aggregate"]


def test_api_positions_have_the_contract_fields(client: TestClient, seeded: IngestSummary) -> None:
    position = client.get("/api/positions").json()["positions"][0]
    assert list(position) == [
        "country_code", "country", "stance", "as_of", "confidence", "source_count", "status",
        "evidence",
    ]  # fmt: skip
    assert list(position["evidence"][0]) == [
        "document",
        "stance",
        "quote",
        "start",
        "end",
        "speaker",
    ]


def test_csv_matches_the_cli_csv(client: TestClient, seeded: IngestSummary) -> None:
    response = client.get("/api/positions.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text == run_cli("export", "--format", "csv").stdout


def test_unknown_api_route_is_json_404(client: TestClient) -> None:
    response = client.get("/api/nothing")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


def test_country_api_has_position_timeline_and_evidence(
    client: TestClient, seeded: IngestSummary
) -> None:
    response = client.get("/api/countries/de")

    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "Germany"
    assert {"eu", "nato", "g7", "g20"} <= set(body["blocs"])
    assert body["position"]["stance"] == "debating"
    assert body["position"]["as_of"] == "2019-12-16"
    dates = [entry["published"] for entry in body["timeline"]]
    assert dates == sorted(dates, reverse=True)
    assert body["timeline"][0]["stance"] == "debating"
    for item in body["evidence"]:
        document = client.get(f"/api/documents/{item['document_id']}").json()
        assert document["text"][item["start"] : item["end"]] == item["quote"]
        assert item["url"] == f"/documents/{item['document_id']}#evidence-{item['id']}"


def test_document_api_lists_its_verdicts(client: TestClient, seeded: IngestSummary) -> None:
    documents = {
        doc["name"]: doc for doc in (client.get(f"/api/documents/{n}").json() for n in range(1, 6))
    }
    caixin = documents["003_bdc0f4148f25707f.txt"]
    assert caixin["outlet"] == "Caixin Global"
    assert caixin["published"] == "2019-02-19"
    verdicts = {item["country_code"]: item["stance"] for item in caixin["positions"]}
    assert verdicts["AU"] == verdicts["NZ"] == verdicts["US"] == "bans"
    evidence_ids = {item["id"] for item in caixin["evidence"]}
    assert all(set(item["evidence_ids"]) <= evidence_ids for item in caixin["positions"])


def test_api_404s_are_json(client: TestClient) -> None:
    for url in ("/api/countries/ZZ", "/api/documents/42"):
        response = client.get(url)
        assert response.status_code == 404
        assert "detail" in response.json()


def test_api_bad_parameter_is_a_400_in_json(client: TestClient) -> None:
    response = client.get("/api/documents/not-a-number")
    assert response.status_code == 400
    assert "document_id" in response.json()["detail"]


def test_openapi_schema_lists_every_api_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/positions",
        "/api/positions.csv",
        "/api/countries/{code}",
        "/api/documents/{document_id}",
    } <= set(paths)
    assert all(path.startswith("/api/") for path in paths)  # pages are not part of the API
    schema = paths["/api/countries/{code}"]["get"]["responses"]["200"]["content"]
    assert schema["application/json"]["schema"]["$ref"].endswith("/CountryPublic")


def test_docs_page_uses_local_assets_only(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert "cdn" not in response.text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in response.text
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
