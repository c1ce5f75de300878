"""Raw file contents -> the text we store and point into.

Every offset the app shows is an offset into the string this module returns, so it is the
single place where bytes become text: BOM removed, line endings unified, HTML flattened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from bs4 import BeautifulSoup, Comment, Doctype, Tag
from bs4.element import NavigableString

FORMATS: dict[str, str] = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html"}

# Elements whose content is never article text.
_INVISIBLE = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
# Elements that start a new line, so that paragraphs and headings stay apart.
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip


class DocumentError(ValueError):
    """A file that cannot become a document; the message says why, for the person who sent it."""


@dataclass(frozen=True)
class StoredText:
    text: str
    format: str
    title: str | None = None


def format_of(filename: str) -> str:
    """The document format for a file name, or DocumentError for a type we do not read."""
    suffix = PurePath(filename).suffix.lower()
    if suffix not in FORMATS:
        shown = suffix or "no extension"
        raise DocumentError(f"unsupported file type ({shown}); expected .txt, .md, .html or .htm")
    return FORMATS[suffix]


def to_stored_text(raw: bytes, fmt: str) -> StoredText:
    """Decode a file (UTF-8, optional BOM) and turn it into the text we store."""
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = raw[error.start]
        raise DocumentError(f"not valid UTF-8 (byte 0x{bad:02x} at offset {error.start})") from None
    if "\x00" in decoded:
        raise DocumentError("contains NUL bytes; this is not a text document")
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    if fmt == "html":
        text, title = _html_to_text(decoded)
    else:
        text, title = decoded, None
    if not text.strip():
        raise DocumentError("has no text")
    return StoredText(text=text, format=fmt, title=title)


def _html_to_text(html: str) -> tuple[str, str | None]:
    soup = BeautifulSoup(html, "html.parser")
    title_tag = soup.find("title")
    title = " ".join(title_tag.get_text().split()) if title_tag else None
    parts: list[str] = []
    _walk(soup, parts)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text + "\n" if text else "", title or None


def _walk(node: Tag, parts: list[str]) -> None:
    for child in node.children:
        if isinstance(child, Comment | Doctype):
            continue
        if isinstance(child, NavigableString):
            parts.append(str(child))
        elif isinstance(child, Tag) and child.name not in _INVISIBLE:
            block = child.name in _BLOCKS
            if block:
                parts.append("\n")
            _walk(child, parts)
            if block:
                parts.append("\n")
