"""Held messages on the web app's Mail page, against a real Dovecot: listed, released under an
organisation and series (stored and filed away), or discarded (kept in sitroom/discarded); audited."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from messages import return_message
from sqlalchemy import select

from sitroom.generate import iter_series
from sitroom.mail.imap import open_mailbox
from sitroom.store import session_scope
from sitroom.store.tables import Report, Series
from sitroom.views import audit as audit_view
from sitroom.web import create_app

HTML = {"accept": "text/html"}


def test_held_messages_are_released_or_discarded_from_the_web(mailbox_env, tmp_path):
    (reports,) = [list(s) for s in iter_series(series=1, reports=2, seed=3)]
    with open_mailbox(mailbox_env) as mb:
        held = mb.path("sitroom", "held")
        mb.append(held, return_message(reports[0], "new.person@west.example", "docx"))
        mb.append(held, return_message(reports[1], "spam@nowhere.example", "pdf"))
    app = create_app(f"sqlite:///{tmp_path / 'web.db'}")
    with TestClient(app) as client:
        page = client.get("/admin/mail", headers=HTML)
        assert page.status_code == 200
        assert "new.person@west.example" in page.text and "spam@nowhere.example" in page.text
        uids = [int(u) for u in re.findall(r'action="/admin/mail/held/(\d+)"', page.text)]
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        first, second = sorted(uids)

        nameless = client.post(f"/admin/mail/held/{first}", data={"csrf_token": token, "action": "release"},
                               headers=HTML)  # fmt: skip
        assert nameless.status_code == 422 and "Name the organisation" in nameless.text
        form = {"csrf_token": token, "action": "release", "organisation": "West Council", "series": "West weekly"}
        released = client.post(f"/admin/mail/held/{first}", data=form, headers=HTML, follow_redirects=False)
        assert released.status_code == 303, released.text
        assert "stored" in client.get(released.headers["location"], headers=HTML).text
        dropped = client.post(f"/admin/mail/held/{second}", data={"csrf_token": token, "action": "discard"},
                              headers=HTML, follow_redirects=False)  # fmt: skip
        assert dropped.status_code == 303
        again = client.post(f"/admin/mail/held/{second}", data={"csrf_token": token, "action": "discard"},
                            headers=HTML)  # fmt: skip
        assert again.status_code == 409 and "no held message" in again.text
        assert "No message is held" in client.get("/admin/mail", headers=HTML).text

    with open_mailbox(mailbox_env) as mb:
        counts = {f: len(mb.uids(mb.path("sitroom", f))) for f in ("held", "done", "discarded")}
    assert counts == {"held": 0, "done": 1, "discarded": 1}
    with session_scope(app.state.engine, write=False) as s:
        stored = s.execute(select(Series.name).join(Report, Report.series_id == Series.id)).scalars().all()
        actions = [a["action"] for a in audit_view.query(s, object_type="message")]
    assert stored == ["West weekly"]
    assert sorted(actions) == ["mail_discard", "mail_release"]
    app.state.engine.dispose()
