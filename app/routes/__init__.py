"""Every URL family of the app."""

from fastapi import APIRouter

from app.routes import api, public

router = APIRouter()
router.include_router(public.router)
router.include_router(api.router)
