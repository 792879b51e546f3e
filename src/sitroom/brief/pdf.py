"""The brief as PDF: the HTML brief printed by WeasyPrint with its print stylesheet.

WeasyPrint needs Pango at run time (Debian: ``libpango-1.0-0 libpangoft2-1.0-0``); without it the
PDF format fails with a clear error and the other formats still work.
"""

from __future__ import annotations

from sitroom.brief.html import render_html
from sitroom.brief.model import Brief
from sitroom.errors import SitroomError


class PdfUnavailable(SitroomError):
    """WeasyPrint or the system libraries it needs are not installed."""


def _no_fetch(url: str, *args, **kwargs) -> dict:
    # The brief is self-contained: any URL is report text gone astray, never something to fetch.
    raise PdfUnavailable(f"the brief refers to an external resource: {url[:80]}")


def render_pdf(brief: Brief, base_url: str = "", paper: str = "a4") -> bytes:
    """The brief as PDF bytes on ``paper`` (a4, letter)."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as e:
        raise PdfUnavailable(
            "PDF needs WeasyPrint and Pango: pip install weasyprint; apt-get install libpango-1.0-0 libpangoft2-1.0-0"
            f" ({e})"
        ) from e
    return HTML(string=render_html(brief, base_url, paper), url_fetcher=_no_fetch).write_pdf()
