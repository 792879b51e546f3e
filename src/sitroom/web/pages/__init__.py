"""Server-rendered pages, one module per area of the app."""

from __future__ import annotations

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    """The page routers, in the order they are mounted."""
    from sitroom.web.pages import account as account_page
    from sitroom.web.pages import dashboard
    from sitroom.web.pages import figures as figures_page
    from sitroom.web.pages import mailrules as mail_page
    from sitroom.web.pages import reports as reports_page
    from sitroom.web.pages import risks as risks_page
    from sitroom.web.pages import search as search_page
    from sitroom.web.pages import series as series_page
    from sitroom.web.pages import submit as submit_page
    from sitroom.web.pages import upload as upload_page
    from sitroom.web.pages import users as users_page

    return [
        dashboard.router,
        reports_page.router,
        series_page.router,
        risks_page.router,
        figures_page.router,
        search_page.router,
        upload_page.router,
        submit_page.router,
        account_page.router,
        users_page.router,
        mail_page.router,
    ]
