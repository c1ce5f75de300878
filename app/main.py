"""The app factory: one FastAPI app per configuration, nothing connected at import."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.db import make_engine
from app.routes import router
from app.routes.deps import LoginRequired
from app.routes.htmx import render_error, wants_fragment
from app.security import CsrfCookieMiddleware, SecurityHeadersMiddleware
from app.settings import PROJECT_DIR, Settings, get_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the web app for these settings (the environment's when none are given)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.engine.dispose()

    app = FastAPI(
        title="Huawei 5G Position Tracker",
        summary="Where each country stands on Huawei in 5G, and the quotes that say so.",
        lifespan=lifespan,
        docs_url=None,  # the default Swagger page loads its assets from a CDN
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = make_engine(settings.database_url)
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(CsrfCookieMiddleware, secret=settings.secret, secure=settings.https_only)
    app.add_middleware(SecurityHeadersMiddleware)
    app.mount("/static", StaticFiles(directory=PROJECT_DIR / "static"), name="static")
    app.include_router(router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(LoginRequired, _login_required)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or _wants_json(request)


def _wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


async def _login_required(request: Request, exc: Exception) -> Response:
    """Pages go to the sign-in form (and back afterwards); API calls and htmx get a 401."""
    assert isinstance(exc, LoginRequired)  # noqa: S101 - registered for this type
    login_url = f"{request.app.url_path_for('login_form')}?{urlencode({'next': exc.next_url})}"
    if _wants_json(request):
        return JSONResponse({"detail": "Sign in first."}, status_code=401)
    if wants_fragment(request) or request.method != "GET":
        response = render_error(
            request, status_code=401, message="Your session has ended: sign in again."
        )
        response.headers["HX-Redirect"] = login_url
        return response
    return RedirectResponse(login_url, status_code=303)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)  # noqa: S101 - registered for this type
    if _is_api(request):
        return JSONResponse(
            {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
        )
    return render_error(request, status_code=exc.status_code, message=str(exc.detail))


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)  # noqa: S101 - registered for this type
    problems = "; ".join(
        f"{'.'.join(str(part) for part in error['loc'][1:]) or 'request'}: {error['msg']}"
        for error in exc.errors()
    )
    if _is_api(request):
        return JSONResponse({"detail": problems}, status_code=400)
    return render_error(request, status_code=400, message=f"Bad request: {problems}")
