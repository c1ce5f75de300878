"""Every URL family of the app."""

from fastapi import APIRouter

from app.routes import admin, api, auth, public

router = APIRouter()
router.include_router(public.router)
router.include_router(api.router)
router.include_router(auth.router)
router.include_router(admin.router)
