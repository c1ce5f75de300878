"""The `tracker` command, through its front door, on a real database."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from app.models import Document, Evidence, Position, Stance
from app.settings import PROJECT_DIR
from tests.conftest import SEEDS_DIR
from tests.helpers import EXPECTED, acceptable, run_cli


def table_counts(session: Session) -> tuple[int, int, int]:
    return (
        session.exec(select(func.count()).select_from(Document)).one(),
        session.exec(select(func.count()).select_from(Evidence)).one(),
        session.exec(select(func.count()).select_from(Position)).one(),
    )


def test_db_upgrade_migrates_a_fresh_database(settings: object) -> None:
    result = run_cli("db", "upgrade")
    assert result.exit_code == 0
    assert "up to date" in result.output


def test_ingest_seeds_prints_a_summary(settings: object) -> None:
    result = run_cli("ingest", str(SEEDS_DIR))
    assert result.exit_code == 0, result.output
    assert "5 stored, 0 already present, 0 rejected" in result.output


def test_ingesting_twice_changes_nothing(settings: object, session: Session) -> None:
    assert run_cli("ingest", str(SEEDS_DIR)).exit_code == 0
    first_counts = table_counts(session)
    first_export = json.loads(run_cli("export").stdout)["positions"]

    again = run_cli("ingest", str(SEEDS_DIR))

    assert again.exit_code == 0
    assert "0 stored, 5 already present" in again.output
    assert table_counts(session) == first_counts
    assert json.loads(run_cli("export").stdout)["positions"] == first_export


def test_same_text_under_another_name_is_stored_once(settings: object, tmp_path: Path) -> None:
    shutil.copy(SEEDS_DIR / "000_16fee92e7f3d1fa5.txt", tmp_path / "copy.txt")
    assert run_cli("ingest", str(SEEDS_DIR / "000_16fee92e7f3d1fa5.txt")).exit_code == 0
    result = run_cli("ingest", str(tmp_path / "copy.txt"))
    assert result.exit_code == 0
    assert "0 stored, 1 already present" in result.output


def test_invalid_utf8_is_rejected_and_the_others_are_stored(
    settings: object, session: Session, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEEDS_DIR / "000_16fee92e7f3d1fa5.txt", folder / "good.txt")
    (folder / "latin1.txt").write_bytes("Le gouvernement fran\xe7ais".encode("latin-1"))

    result = run_cli("ingest", str(folder))

    assert result.exit_code == 1
    assert "latin1.txt" in result.stderr
    assert "not valid UTF-8" in result.stderr
    assert "Traceback" not in result.output
    names = session.exec(select(Document.name)).all()
    assert names == ["good.txt"]


@pytest.mark.parametrize(
    ("file_name", "content", "reason"),
    [
        ("report.pdf", b"%PDF-1.4", "unsupported file type (.pdf)"),
        ("empty.txt", b"  \n\n", "has no text"),
        ("binary.txt", b"abc\x00def", "NUL bytes"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(
    settings: object, session: Session, tmp_path: Path, file_name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / file_name
    path.write_bytes(content)

    result = run_cli("ingest", str(path))

    assert result.exit_code == 1
    assert f"rejected: {path}: " in result.stderr
    assert reason in result.stderr
    assert table_counts(session) == (0, 0, 0)


def test_missing_path_is_rejected(settings: object) -> None:
    result = run_cli("ingest", "/no/such/article.txt")
    assert result.exit_code == 1
    assert "no such file or folder" in result.stderr


def test_a_bad_sources_entry_rejects_that_document_only(
    settings: object, session: Session, tmp_path: Path
) -> None:
    for name in ("000_16fee92e7f3d1fa5.txt", "003_bdc0f4148f25707f.txt"):
        shutil.copy(SEEDS_DIR / name, tmp_path / name)
    (tmp_path / "sources.json").write_text(
        json.dumps(
            {
                "000_16fee92e7f3d1fa5.txt": {"outlet": "CNN", "published": "31 May 2019"},
                "003_bdc0f4148f25707f.txt": {"outlet": "Caixin", "published": "2019-02-19"},
            }
        )
    )

    result = run_cli("ingest", str(tmp_path))

    assert result.exit_code == 1
    assert "000_16fee92e7f3d1fa5.txt" in result.stderr
    assert "YYYY-MM-DD" in result.stderr
    stored = session.exec(select(Document)).all()
    assert [(doc.name, doc.outlet, str(doc.published)) for doc in stored] == [
        ("003_bdc0f4148f25707f.txt", "Caixin", "2019-02-19")
    ]


def test_the_outlet_in_sources_names_an_unnamed_government(
    settings: object, session: Session, tmp_path: Path
) -> None:
    (tmp_path / "bill.txt").write_text(
        "Security bill published\n\nThe Government has introduced legislation that will "
        "exclude Huawei from the core of 5G networks, the minister said.\n",
        encoding="utf-8",
    )
    (tmp_path / "sources.json").write_text(
        json.dumps({"bill.txt": {"outlet": "Irish Examiner", "published": "2022-10-30"}})
    )

    assert run_cli("ingest", str(tmp_path)).exit_code == 0

    stored = session.exec(select(Position)).all()
    assert [(p.country_code, p.stance) for p in stored] == [("IE", Stance.restricts)]


def test_html_and_markdown_with_bom_are_read(
    settings: object, session: Session, tmp_path: Path
) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><title>Ban news</title><script>var x = 1;</script></head>"
        "<body><p>The <b>U.S.</b>, Australia and New Zealand have banned Huawei equipment "
        "outright for 5G wireless networks.</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "note.md").write_bytes(
        "\ufeff# Malaysia\n\nMalaysian Prime Minister Mahathir Mohamad said: “We try to make use "
        "of their technology as much as possible.”\n".encode()
    )

    result = run_cli("ingest", str(tmp_path))

    assert result.exit_code == 0, result.output
    documents = {doc.name: doc for doc in session.exec(select(Document)).all()}
    assert documents["page.html"].title == "Ban news"
    assert "var x" not in documents["page.html"].text
    assert documents["note.md"].text.startswith("# Malaysia")


def test_export_by_document_agrees_with_the_seed_labels(settings: object) -> None:
    assert run_cli("ingest", str(SEEDS_DIR)).exit_code == 0

    result = run_cli("export", "--by-document")

    assert result.exit_code == 0
    exported = {doc["document"]: doc for doc in json.loads(result.stdout)["documents"]}
    assert set(exported) == set(EXPECTED["documents"])
    for name, labels in EXPECTED["documents"].items():
        found = {p["country_code"]: p["stance"] for p in exported[name]["positions"]}
        expected = {p["country"]: acceptable(p) for p in labels["positions"]}
        assert set(found) == set(expected), name
        for code, stance in found.items():
            assert stance in expected[code], (name, code, stance)


def test_every_evidence_offset_is_exact(settings: object, session: Session) -> None:
    assert run_cli("ingest", str(SEEDS_DIR)).exit_code == 0
    texts = {doc.name: doc.text for doc in session.exec(select(Document)).all()}
    exported = json.loads(run_cli("export").stdout)["positions"]
    evidence = [item for position in exported for item in position["evidence"]]
    assert evidence
    for item in evidence:
        assert texts[item["document"]][item["start"] : item["end"]] == item["quote"]


def test_export_aggregate_matches_the_seed_table(settings: object) -> None:
    assert run_cli("ingest", str(SEEDS_DIR)).exit_code == 0

    positions = json.loads(run_cli("export").stdout)["positions"]

    assert {p["country_code"]: p["stance"] for p in positions} == EXPECTED["aggregate"]
    by_code = {p["country_code"]: p for p in positions}
    assert by_code["MY"]["as_of"] == "2019-05-31"
    assert by_code["DE"]["as_of"] == "2019-12-16"  # the latest-dated evidence wins
    assert by_code["GB"]["source_count"] == 3
    assert all(p["status"] == "extracted" and p["evidence"] for p in positions)


def test_export_csv_to_a_file(settings: object, tmp_path: Path) -> None:
    assert run_cli("ingest", str(SEEDS_DIR)).exit_code == 0
    output = tmp_path / "positions.csv"

    result = run_cli("export", "--format", "csv", "--output", str(output))

    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"))))
    assert list(rows[0]) == [
        "country_code", "country", "stance", "as_of", "confidence", "source_count", "status",
    ]  # fmt: skip
    assert {row["country_code"]: row["stance"] for row in rows} == EXPECTED["aggregate"]
    assert next(row for row in rows if row["country_code"] == "GB")["country"] == "United Kingdom"


def test_export_to_an_unwritable_place_fails_cleanly(settings: object) -> None:
    result = run_cli("export", "--output", "/no/such/folder/out.json")
    assert result.exit_code == 1
    assert "cannot write" in result.stderr


def test_only_if_empty_leaves_a_filled_database_alone(settings: object, tmp_path: Path) -> None:
    shutil.copy(SEEDS_DIR / "003_bdc0f4148f25707f.txt", tmp_path / "one.txt")
    assert run_cli("ingest", "--only-if-empty", str(tmp_path)).exit_code == 0
    result = run_cli("ingest", "--only-if-empty", str(SEEDS_DIR))
    assert result.exit_code == 0
    assert "already has documents" in result.output


def test_installed_console_script_runs(settings: object) -> None:
    tracker = Path(sys.executable).parent / "tracker"
    result = subprocess.run(
        [str(tracker), "export", "--format", "csv"], capture_output=True, text=True, check=False,
        cwd=PROJECT_DIR,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("country_code,country,stance")


def test_evaluate_scores_the_seeds() -> None:
    result = run_cli("evaluate", str(SEEDS_DIR / "expected.json"), str(SEEDS_DIR))

    assert result.exit_code == 0, result.output
    overall = next(line for line in result.stdout.splitlines() if line.startswith("overall"))
    assert overall.split()[1:4] == ["1.000", "1.000", "1.000"]
    assert "confusion" in result.stdout
    assert "errors (0)" in result.stdout


def test_evaluate_lists_misses_and_fails_under_a_floor(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The weather in Oslo was mild on Tuesday.\n", encoding="utf-8")
    (tmp_path / "expected.json").write_text(
        json.dumps(
            {
                "documents": {
                    "a.txt": {
                        "positions": [
                            {"country": "NO", "stance": "bans", "also_ok": [], "evidence": "mild"}
                        ],
                        "no_position": [],
                    }
                }
            }
        ),
        encoding="utf-8",
    )

    result = run_cli(
        "evaluate", str(tmp_path / "expected.json"), str(tmp_path), "--fail-under", "0.5"
    )

    assert result.exit_code == 1
    assert "a.txt" in result.stdout and "NO" in result.stdout
    assert "below 0.500" in result.stderr


def test_evaluate_with_a_missing_file_is_a_clean_error() -> None:
    result = run_cli("evaluate", "/no/expected.json", str(SEEDS_DIR))
    assert result.exit_code == 1
    assert "cannot evaluate" in result.stderr
    assert "Traceback" not in result.output


def test_reextract_replaces_stale_machine_findings(settings: object, session: Session) -> None:
    assert run_cli("ingest", str(SEEDS_DIR)).exit_code == 0
    stale = session.exec(select(Evidence).where(Evidence.country_code == "MY")).first()
    assert stale is not None
    stale.stance = Stance.bans  # what an older, worse rule might have said
    session.add(stale)
    session.commit()

    result = run_cli("reextract")

    assert result.exit_code == 0
    assert "1 findings added, 1 removed" in result.stdout
    positions = {
        p["country_code"]: p["stance"] for p in json.loads(run_cli("export").stdout)["positions"]
    }
    assert positions["MY"] == "embraces"
