"""Editor accounts, sign-in with throttling, and server-side sessions."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, delete, func, select

from app import security
from app.models import LoginFailure, User, UserSession, as_utc, utcnow

# Failures counted over this window; older ones are forgotten, so nobody is locked out for good.
THROTTLE_WINDOW = timedelta(minutes=15)
# From this many recent failures on one account (or many more from one address), sign-in is
# refused with 429 until the window has moved on.
MAX_FAILURES_PER_NAME = 5
MAX_FAILURES_PER_ADDRESS = 20
# Failures from which each further attempt is answered more slowly.
SLOW_DOWN_AFTER = 2


class PasswordTooShort(ValueError):
    def __init__(self) -> None:
        minimum = security.MIN_PASSWORD_LENGTH
        super().__init__(f"the password must have at least {minimum} characters")


class TooManyFailures(Exception):
    """Sign-in refused for a while; `retry_after` says how long, in seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many failed sign-ins; try again in {retry_after // 60 + 1} minutes")
        self.retry_after = retry_after


@dataclass(frozen=True)
class SignInResult:
    user: User | None
    # Seconds the route should wait before answering a failure (slowing down guessing).
    delay: float


def create_or_reset_admin(session: Session, *, name: str, password: str) -> tuple[User, bool]:
    """Create the account, or set a new password on it; True when it was created."""
    if len(password) < security.MIN_PASSWORD_LENGTH:
        raise PasswordTooShort
    name = name.strip()
    if not name:
        raise ValueError("the account needs a name")
    user = session.exec(select(User).where(User.name == name)).first()
    created = user is None
    if user is None:
        user = User(name=name, password_hash="")
    user.password_hash = security.hash_password(password)
    session.add(user)
    if not created:
        # A reset signs the account out everywhere.
        session.exec(delete(UserSession).where(col(UserSession.user_id) == user.id))
    session.commit()
    session.refresh(user)
    return user, created


def sign_in(session: Session, *, name: str, password: str, address: str) -> SignInResult:
    """Check a name and password; raises TooManyFailures while guessing is being refused."""
    now = utcnow()
    by_name, by_address, oldest = _recent_failures(session, name=name, address=address, now=now)
    if by_name >= MAX_FAILURES_PER_NAME or by_address >= MAX_FAILURES_PER_ADDRESS:
        retry_after = int(((oldest or now) + THROTTLE_WINDOW - now).total_seconds()) + 1
        raise TooManyFailures(max(retry_after, 1))
    user = session.exec(select(User).where(User.name == name)).first()
    if security.verify_password(user.password_hash if user else None, password):
        session.exec(delete(LoginFailure).where(col(LoginFailure.name) == name))
        session.commit()
        return SignInResult(user=user, delay=0)
    session.add(LoginFailure(name=name[:100], address=address[:64], created_at=now))
    session.commit()
    failures = max(by_name, by_address) + 1
    return SignInResult(user=None, delay=min(3.0, 0.5 * max(0, failures - SLOW_DOWN_AFTER)))


def _recent_failures(
    session: Session, *, name: str, address: str, now: datetime
) -> tuple[int, int, datetime | None]:
    since = now - THROTTLE_WINDOW
    recent = select(LoginFailure).where(col(LoginFailure.created_at) >= since)
    by_name = session.exec(
        select(func.count()).select_from(recent.where(LoginFailure.name == name).subquery())
    ).one()
    by_address = session.exec(
        select(func.count()).select_from(recent.where(LoginFailure.address == address).subquery())
    ).one()
    oldest = session.exec(
        select(func.min(LoginFailure.created_at))
        .where(col(LoginFailure.created_at) >= since)
        .where((LoginFailure.name == name) | (LoginFailure.address == address))
    ).one()
    return by_name, by_address, as_utc(oldest) if oldest is not None else None


def start_session(session: Session, *, user: User) -> str:
    """A new session for the user: a fresh random key (never reused across sign-ins)."""
    assert user.id is not None  # noqa: S101 - a stored account
    key = secrets.token_urlsafe(32)
    session.add(UserSession(key_hash=_hash(key), user_id=user.id))
    session.commit()
    return key


def user_for_session(session: Session, *, key: str, idle_timeout: timedelta) -> User | None:
    """The signed-in user, or None when the session is unknown, ended or idle too long."""
    row = session.exec(select(UserSession).where(UserSession.key_hash == _hash(key))).first()
    if row is None:
        return None
    now = utcnow()
    last_seen = as_utc(row.last_seen_at)
    if now - last_seen > idle_timeout:
        session.delete(row)
        session.commit()
        return None
    if now - last_seen > timedelta(minutes=1):  # one write a minute is enough to track idleness
        row.last_seen_at = now
        session.add(row)
        session.commit()
    return session.get(User, row.user_id)


def end_session(session: Session, *, key: str) -> None:
    """Sign out: the session is deleted on the server, so the old cookie is worthless."""
    session.exec(delete(UserSession).where(col(UserSession.key_hash) == _hash(key)))
    session.commit()


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()
