"""Typed settings read from the environment (and a `.env` file, if there is one)."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = PROJECT_DIR / "var"


class Settings(BaseSettings):
    """Everything the app and the CLI can be configured with."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    # An SQLAlchemy URL: sqlite:///path or postgresql+psycopg://user:pass@host/db.
    database_url: str = f"sqlite:///{VAR_DIR / 'tracker.db'}"
    # Signs session cookies and CSRF tokens. Without one, a key is generated once into var/.
    secret_key: SecretStr | None = None
    # Largest document `ingest` and the upload form accept.
    max_document_bytes: int = 5_000_000
    # Cookies get the Secure flag when the site is served over HTTPS.
    https_only: bool = False
    # An editor who does nothing for this long is signed out.
    session_idle_minutes: int = 30
    # Wait before answering repeated failed sign-ins (off in tests, which must not sleep).
    login_slowdown: bool = True

    @model_validator(mode="after")
    def _ensure_secret_key(self) -> Settings:
        if self.secret_key is None:
            self.secret_key = SecretStr(_stored_secret_key(VAR_DIR / "secret_key"))
        return self

    @property
    def secret(self) -> str:
        """The secret key as a plain string (always set after validation)."""
        assert self.secret_key is not None  # noqa: S101 - set by the validator
        return self.secret_key.get_secret_value()


def _stored_secret_key(path: Path) -> str:
    """Read the generated key from var/, creating it on first use (readable by the owner only)."""
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key, encoding="utf-8")
    path.chmod(0o600)
    return key


@lru_cache
def get_settings() -> Settings:
    """The settings of this process, read once."""
    return Settings()
