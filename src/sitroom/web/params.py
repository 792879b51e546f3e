"""Page addresses holding a NUL character are refused as a bad request, once, for every page.

No name, date or text sitroom stores holds a NUL (the store removes or refuses them), so such a filter
could match nothing; PostgreSQL would refuse the query outright, which must not become a server error.
"""

from __future__ import annotations

from fastapi import HTTPException, Request

NUL = "\x00"


def refuse_nul(request: Request) -> None:
    """A dependency of every page: 400 when the path or any query parameter holds a NUL character."""
    if NUL in request.url.path or any(NUL in k or NUL in v for k, v in request.query_params.multi_items()):
        raise HTTPException(400, "the address holds a NUL character, which no stored text has")
