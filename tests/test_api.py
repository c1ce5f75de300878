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
