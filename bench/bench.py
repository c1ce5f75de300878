"""`make bench`: how fast the extraction and the pages are. Prints figures; never asserts.

Extraction is timed on one core over the seed and development articles; ingest and page
timings use a fresh SQLite file in a temporary folder.
"""

from __future__ import annotations

import resource
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.db import make_engine, upgrade_database
from app.extraction import extract
from app.extraction.text import format_of, to_stored_text
from app.main import create_app
from app.services import ingest
from app.settings import PROJECT_DIR, Settings

CORPORA = [PROJECT_DIR / "seeds", PROJECT_DIR / "tests" / "data" / "devset"]


def articles() -> list[str]:
    paths = [
        path
        for folder in CORPORA
        for path in sorted(folder.iterdir())
        if path.suffix in (".txt", ".md", ".html", ".htm") and path.name != "README.md"
    ]
    return [to_stored_text(path.read_bytes(), format_of(path.name)).text for path in paths]


def bench_extraction(texts: list[str], rounds: int = 5) -> None:
    extract(texts[0])  # load the cue files once, as a running server would have
    total_chars = sum(len(text) for text in texts)
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            extract(text)
        timings.append(time.perf_counter() - started)
    best = min(timings)
    print(f"extraction: {len(texts)} articles, {total_chars / len(texts) / 1000:.1f} kB average")
    print(f"  {len(texts) / best:,.0f} documents/s on one core (best of {rounds} rounds)")
    median = statistics.median(timings)
    print(f"  {total_chars / best / 1e6:.2f} M characters/s; median round {median:.3f} s")


def long_articles(texts: list[str], size: int = 5000) -> list[str]:
    """Articles of about `size` characters, made by joining consecutive passages."""
    joined, current = [], ""
    for text in texts:
        current += text + "\n\n"
        if len(current) >= size:
            joined.append(current)
            current = ""
    return joined


def bench_ingest_and_pages() -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        upgrade_database(url)
        settings = Settings(database_url=url, secret_key="bench")
        engine = make_engine(url)
        started = time.perf_counter()
        with Session(engine) as session:
            summary = ingest.ingest_paths(
                session, paths=CORPORA, max_bytes=settings.max_document_bytes
            )
        elapsed = time.perf_counter() - started
        stored = summary.count(ingest.Outcome.stored)
        rate = stored / elapsed
        print(f"ingest: {stored} documents into SQLite in {elapsed:.2f} s ({rate:.1f}/s)")
        engine.dispose()
        with TestClient(create_app(settings)) as client:
            for label, url_path in [
                ("GET /", "/"),
                ("GET / (htmx fragment)", "/?q=an"),
                ("GET /countries/US", "/countries/US"),
                ("GET /documents/1", "/documents/1"),
                ("GET /api/positions", "/api/positions"),
            ]:
                headers = {"HX-Request": "true"} if "fragment" in label else {}
                times = []
                for _ in range(20):
                    started = time.perf_counter()
                    response = client.get(url_path, headers=headers)
                    times.append(time.perf_counter() - started)
                size = len(response.content) / 1000
                median_ms = statistics.median(times) * 1000
                print(f"  {label:<24} median {median_ms:6.1f} ms, {size:6.1f} kB")


def main() -> None:
    texts = articles()
    bench_extraction(texts)
    bench_extraction(long_articles(texts))
    bench_ingest_and_pages()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
