"""Security in one place: response headers, password hashing, signed cookies, CSRF tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from http.cookies import SimpleCookie

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from itsdangerous import BadSignature, Signer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No inline script or style, nothing from other origins, never framed.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SecurityHeadersMiddleware:
    """Adds SECURITY_HEADERS to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [
                    (name.lower().encode(), value.encode())
                    for name, value in SECURITY_HEADERS.items()
                    if name.lower().encode() not in present
                ]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


# --- Passwords --------------------------------------------------------------------------------
# argon2-cffi's PasswordHasher uses argon2id with the RFC 9106 low-memory profile by default.

_hasher = PasswordHasher()
# Verified against when the account does not exist, so that a wrong name costs the same time
# as a wrong password and the answer gives nothing away.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))
MIN_PASSWORD_LENGTH = 12


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant-time check; `None` (no such account) burns the same work and fails."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# --- Signed cookies and CSRF tokens ---------------------------------------------------------

SESSION_COOKIE = "tracker_session"
CSRF_COOKIE = "tracker_csrf"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"


def sign(secret: str, value: str) -> str:
    return Signer(secret, salt="tracker-cookie").sign(value).decode()


def unsign(secret: str, signed: str | None) -> str | None:
    """The value inside a signed cookie, or None when it is missing or was tampered with."""
    if not signed:
        return None
    try:
        return Signer(secret, salt="tracker-cookie").unsign(signed).decode()
    except BadSignature:
        return None


def csrf_token(secret: str, csrf_key: str) -> str:
    """The token forms must send back: an HMAC of the browser's random CSRF cookie."""
    return hmac.new(secret.encode(), f"csrf:{csrf_key}".encode(), hashlib.sha256).hexdigest()


def csrf_token_valid(secret: str, csrf_key: str | None, token: str | None) -> bool:
    if not csrf_key or not token:
        return False
    return hmac.compare_digest(csrf_token(secret, csrf_key), token)


class CsrfCookieMiddleware:
    """Gives every browser a random, signed CSRF cookie (signed double-submit pattern).

    The key is put on `request.state.csrf_key` for templates and checks; a new cookie is set
    when the browser has none or a tampered one. Login rotates it (see routes/auth.py).
    """

    def __init__(self, app: ASGIApp, *, secret: str, secure: bool) -> None:
        self.app = app
        self.secret = secret
        self.secure = secure

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cookies = _request_cookies(scope)
        key = unsign(self.secret, cookies.get(CSRF_COOKIE))
        fresh = key is None
        if key is None:
            key = secrets.token_urlsafe(32)
        scope.setdefault("state", {})["csrf_key"] = key

        async def send_with_cookie(message: Message) -> None:
            state_key = scope["state"].get("csrf_key")
            if message["type"] == "http.response.start" and (fresh or state_key != key):
                cookie = cookie_header(
                    CSRF_COOKIE, sign(self.secret, state_key), secure=self.secure, max_age=None
                )
                message["headers"] = [*message.get("headers", []), (b"set-cookie", cookie)]
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def _request_cookies(scope: Scope) -> dict[str, str]:
    jar = SimpleCookie()
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            jar.load(value.decode("latin-1"))
    return {key: morsel.value for key, morsel in jar.items()}


def cookie_header(name: str, value: str, *, secure: bool, max_age: int | None) -> bytes:
    """A Set-Cookie value: HttpOnly, SameSite=Lax, Path=/, Secure when served over HTTPS."""
    parts = [f"{name}={value}", "Path=/", "HttpOnly", "SameSite=Lax"]
    if max_age is not None:
        parts.append(f"Max-Age={max_age}")
    if secure:
        parts.append("Secure")
    return "; ".join(parts).encode("latin-1")
