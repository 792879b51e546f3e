"""Which ``Host`` headers the server answers: a defence against DNS rebinding.

A page on a host name the attacker controls can make that name resolve to 127.0.0.1 and then read, with
the browser's blessing (same origin), whatever a server there answers. In single-user mode everyone is
an admin, so such a page could read every report and upload. The browser still sends the attacker's
name as ``Host``, so:

* loopback names (``localhost``, ``127.0.0.1``, ``[::1]``, any port) are always answered: a browser
  sends them only for a page of this machine itself;
* so are the configured allowed hosts (``--allowed-host``, ``SITROOM_ALLOWED_HOSTS``;
  ``*.example.org`` for its subdomains, ``*`` for any);
* any other name is answered only when sign-in is on and no allowed hosts are configured: without
  the user's cookie (which the browser keeps per host name) a rebound page gets nothing.

Everything else is a 400, before any other part of the app runs.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from sitroom.settings import host_name
from sitroom.web.auth import sign_in_on, single_user_known

LOOPBACK = frozenset({"localhost", "127.0.0.1", "[::1]"})


def host_listed(name: str, allowed: tuple[str, ...]) -> bool:
    """Whether the host ``name`` (no port) matches one of the ``allowed`` names or patterns."""
    for pattern in allowed:
        if pattern == "*" or pattern == name:
            return True
        if pattern.startswith("*.") and name.endswith(pattern[1:]):
            return True
    return False


class AllowedHosts:
    """Pure ASGI middleware refusing requests whose ``Host`` the server must not answer (see module doc)."""

    def __init__(self, app: ASGIApp, allowed: tuple[str, ...] = ()) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or await self._accepts(scope):
            await self.app(scope, receive, send)
            return
        response = JSONResponse(
            {"error": {"type": "InvalidHost", "message": "this server does not answer to that host name"}},
            status_code=400,
        )
        await response(scope, receive, send)

    async def _accepts(self, scope: Scope) -> bool:
        name = host_name(Headers(scope=scope).get("host", ""))
        if name in LOOPBACK or host_listed(name, self.allowed):
            return True
        if self.allowed:
            return False
        state = scope["app"].state
        if single_user_known(state):
            return False
        return await run_in_threadpool(sign_in_on, state)
