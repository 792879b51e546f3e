"""Submitting a return: prefill from the last report, drafts, and the round trip through the ingest pipeline.

Core tests run on SQLite and PostgreSQL (``engine``); page tests on both through ``fresh_client``.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from sitroom.ingest.draft import (
    EDITED,
    NEW,
    RESOLVED,
    UNCHANGED,
    DraftItem,
    DraftNotFound,
    DraftSubmitted,
    SubmitError,
    render_text,
)
from sitroom.ingest.submit import (
    discard_draft,
    list_drafts,
    load_draft,
    prefill,
    reconcile,
    save_draft,
    submit_draft,
)
from sitroom.store import session_scope
from sitroom.store.queries import get_report
from sitroom.store.tables import Draft, Link
from sitroom.templates import get_template
from sitroom.views import audit as audit_view
from sitroom.views.serieslist import list_series

from .conftest import seed_store

NEW_TEXT = "A pop-up advice desk for kinship carers opened at Riverside Library on Tuesdays."


def _items(session, report_id: int) -> list[tuple[str | None, str, str | None]]:
    report = get_report(session, report_id)
    return [(s.key, i.text, i.mitigation) for s in report.sections for i in s.items]


def _links(session, report_id: int) -> list[Link]:
    return list(session.scalars(select(Link).where(Link.report_id == report_id)))


def _series_id(engine, name_part: str = "Children") -> int:
    with session_scope(engine, write=False) as session:
        return next(s["id"] for s in list_series(session) if name_part in s["name"])


@pytest.fixture
def seeded(engine):
    """The engine of a store with 3 series × 2 weekly reports."""
    seed_store(engine, series=3, reports=2)
    return engine


def test_prefill_lays_out_the_template_with_the_last_reports_items(seeded):
    sid = _series_id(seeded)
    with session_scope(seeded, write=False) as session:
        draft = prefill(session, sid)
        last = get_report(session, draft.based_on)
        template = get_template(draft.template)
        assert [s.key for s in draft.sections] == [s.key for s in sorted(template.sections, key=lambda s: s.order)]
        assert [(s.key, i.text) for s in draft.sections for i in s.items] == [
            (k, t) for k, t, _ in _items(session, last.id)
        ]
        assert all(i.mark == UNCHANGED and i.prev_item_id for s in draft.sections for i in s.items)
        assert draft.number == last.number + 1
        assert draft.period_date == last.period_date + timedelta(days=7)
    # Each heading is printed with its bullets; the title carries the number and date the parser reads back.
    text = render_text(draft)
    first = text.splitlines()[0]
    assert f"No. {draft.number}" in first and draft.period_date.strftime("%B %Y") in first
    for s in draft.sections:
        if s.items:
            assert f"\n{s.heading}\n\n- {s.items[0].text}\n" in text


def test_unchanged_return_round_trips_to_the_same_items_all_continuing(seeded):
    for sid in [s["id"] for s in _all_series(seeded)]:
        with session_scope(seeded, write=False) as session:
            draft = prefill(session, sid)
        result = submit_draft(seeded, draft)
        with session_scope(seeded, write=False) as session:
            new, old = get_report(session, result.report_id), get_report(session, draft.based_on)
            assert new.series_id == old.series_id == sid
            assert _items(session, new.id) == _items(session, old.id)
            assert any(m for _, _, m in _items(session, new.id)), "risk mitigations survive the round trip"
            assert (new.number, new.period_date) == (old.number + 1, old.period_date + timedelta(days=7))
            links = _links(session, new.id)
            assert links and {x.status for x in links} == {"continuing"}
            assert len(links) == len(_items(session, new.id))
            row = session.get(Draft, result.draft_id)
            assert (row.status, row.report_id) == ("submitted", new.id)


def _all_series(engine) -> list[dict]:
    with session_scope(engine, write=False) as session:
        return list_series(session)


def test_edited_resolved_and_added_items_link_as_updated_dropped_and_new(seeded):
    sid = _series_id(seeded)
    with session_scope(seeded, write=False) as session:
        draft = prefill(session, sid)
    items = [i for s in draft.sections for i in s.items]
    edited = next(i for i in items if re.search(r"\d", i.text))
    original_edited = edited.text
    # A changed figure is a changed fact: the tracker calls that "updated".
    edited.text = re.sub(r"\d+", lambda m: str(int(m.group()) + 7), edited.text, count=1)
    resolved = next(i for i in items if i is not edited)
    resolved.mark = RESOLVED
    draft.sections[0].items.append(DraftItem(NEW_TEXT, NEW))
    result = submit_draft(seeded, draft)
    with session_scope(seeded, write=False) as session:
        texts = [t for _, t, _ in _items(session, result.report_id)]
        assert edited.text in texts and original_edited not in texts
        assert resolved.text not in texts and NEW_TEXT in texts
        links = _links(session, result.report_id)
        by_prev = {x.prev_item_id: x for x in links if x.prev_item_id}
        assert by_prev[edited.prev_item_id].status == "updated"
        assert by_prev[resolved.prev_item_id].status == "dropped" and by_prev[resolved.prev_item_id].item_id is None
        new_link = next(x for x in links if x.item_id and x.prev_item_id is None)
        assert new_link.status == "new"
        statuses = [x.status for x in links]
        assert statuses.count("new") == 1 and statuses.count("dropped") == 1 and statuses.count("updated") == 1
        assert statuses.count("continuing") == len(items) - 2
        saved = load_draft(session, result.draft_id)
        assert saved.status == "submitted"
        marks = {i.prev_item_id: i.mark for s in saved.sections for i in s.items}
        assert marks[edited.prev_item_id] == EDITED and marks[resolved.prev_item_id] == RESOLVED


def test_drafts_save_reopen_and_list(seeded):
    sid = _series_id(seeded)
    with session_scope(seeded) as session:
        draft = prefill(session, sid)
        draft.sections[0].items[0].text += " Update to follow."
        draft.sections[1].items.append(DraftItem(NEW_TEXT, NEW))
        reconcile(session, draft)
        draft_id = save_draft(session, draft, created_by="tester")
    with session_scope(seeded, write=False) as session:
        again = load_draft(session, draft_id, sid)
        assert again.sections == draft.sections and again.period_date == draft.period_date
        assert again.number == draft.number and again.based_on == draft.based_on
        assert again.sections[0].items[0].mark == EDITED and again.sections[1].items[-1].mark == NEW
        listed = list_drafts(session)
        assert [d["id"] for d in listed] == [draft_id] and listed[0]["series_id"] == sid
        with pytest.raises(DraftNotFound) as err:
            load_draft(session, draft_id, sid + 1)
        assert err.value.http_status == 404
    submit_draft(seeded, again)
    with session_scope(seeded, write=False) as session:
        assert list_drafts(session) == [] and list_drafts(session, status="submitted")[0]["id"] == draft_id
    # A submitted draft is final: submitting it again is refused, not stored twice.
    with pytest.raises(DraftSubmitted):
        submit_draft(seeded, again)


def test_a_draft_can_be_discarded_until_it_is_submitted(seeded):

    sid = _series_id(seeded)
    with session_scope(seeded) as session:
        keep, drop = (save_draft(session, prefill(session, sid), created_by="tester") for _ in range(2))
    with session_scope(seeded) as session:
        with pytest.raises(DraftNotFound):
            discard_draft(session, drop, sid + 1)  # another series' id: not found, nothing deleted
        discard_draft(session, drop, sid, by="tester")
    with session_scope(seeded, write=False) as session:
        assert [d["id"] for d in list_drafts(session)] == [keep]
        (row,) = audit_view.query(session, action="delete")
        assert row["object_id"] == str(drop) and row["before"]["series_id"] == sid and row["user"] == "tester"
        again = load_draft(session, keep, sid)
    submit_draft(seeded, again)
    with session_scope(seeded) as session, pytest.raises(DraftSubmitted):
        discard_draft(session, keep, sid)  # a submitted draft records who sent the report: it stays


def test_empty_return_and_foreign_items_are_refused_or_cleaned(seeded):
    sid = _series_id(seeded)
    other = _series_id(seeded, "Education")
    with session_scope(seeded, write=False) as session:
        draft = prefill(session, sid)
        foreign = prefill(session, other).sections[0].items[0]
    for s in draft.sections:
        for i in s.items:
            i.mark = RESOLVED
    with pytest.raises(SubmitError) as err:
        submit_draft(seeded, draft)
    assert err.value.http_status == 422 and "nothing to submit" in str(err.value)
    # An item claiming to continue another series' item is treated as new; an emptied one as resolved.
    draft.sections[0].items = [DraftItem(foreign.text, UNCHANGED, foreign.prev_item_id)]
    draft.sections[1].items[0].mark = UNCHANGED
    draft.sections[1].items[0].text = "   "
    with session_scope(seeded, write=False) as session:
        reconcile(session, draft)
    assert draft.sections[0].items[0].mark == NEW and draft.sections[0].items[0].prev_item_id is None
    assert draft.sections[1].items[0].mark == RESOLVED and draft.sections[1].items[0].text


# -- the pages ------------------------------------------------------------------------------------------


def _form_fields(html: str) -> dict[str, str]:
    """The name → value pairs a browser would post from the return form (first option selected)."""
    fields: dict[str, str] = {}
    for m in re.finditer(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html):
        fields[m.group(1)] = _unescape(m.group(2))
    for m in re.finditer(r'<textarea id="[^"]+" name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        fields[m.group(1)] = _unescape(m.group(2))
    for m in re.finditer(r'<select id="[^"]+" name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        sel = re.search(r'value="([^"]+)" selected', m.group(2))
        fields[m.group(1)] = sel.group(1) if sel else "unchanged"
    for name in ("period_date", "number"):
        m = re.search(rf'id="{name}" name="{name}" value="([^"]*)"', html)
        fields[name] = m.group(1)
    return fields


def _unescape(s: str) -> str:
    import html

    return html.unescape(s)


def test_pages_list_series_prefill_save_and_submit(fresh_client):
    engine = fresh_client.app.state.engine
    seed_store(engine, series=1, reports=2)
    sid = _series_id(engine)
    index = fresh_client.get("/submit")
    assert index.status_code == 200 and f'href="/submit/{sid}"' in index.text
    assert "Start this week&#39;s return" in index.text or "Start this week's return" in index.text
    page = fresh_client.get(f"/submit/{sid}")
    assert page.status_code == 200
    assert "Content-Security-Policy" in page.headers and "<script>" not in page.text
    # Every item textarea has its own label; every prefilled item its choice.
    for m in re.finditer(r'<textarea id="([^"]+)"', page.text):
        assert f'for="{m.group(1)}"' in page.text
    fields = _form_fields(page.text)
    texts = {k: v for k, v in fields.items() if k.endswith("-text") and v}
    assert texts and all(fields[k.replace("-text", "-mark")] == "unchanged" for k in texts)

    # Save a draft with one item edited (no script: the server marks it) and one new item in a spare row.
    first = next(iter(texts))
    fields[first] = texts[first] + " Numbers to be confirmed on 30 May."
    spare = next(k for k, v in fields.items() if k.endswith("-text") and not v)
    fields[spare] = NEW_TEXT
    saved = fresh_client.post(f"/submit/{sid}", data={**fields, "action": "save"}, follow_redirects=False)
    assert saved.status_code == 303
    draft_url = saved.headers["location"]
    assert re.match(rf"/submit/{sid}\?draft=\d+&saved=1$", draft_url)
    reopened = fresh_client.get(draft_url)
    assert "Draft saved" in reopened.text and NEW_TEXT in reopened.text
    again = _form_fields(reopened.text)
    assert again[first.replace("-text", "-mark")] == "edited"
    assert "Continue" in fresh_client.get("/submit").text

    submitted = fresh_client.post(f"/submit/{sid}", data={**again, "action": "submit"}, follow_redirects=False)
    assert submitted.status_code == 303
    report_id = int(submitted.headers["location"].rsplit("/", 1)[1])
    with session_scope(engine, write=False) as session:
        links = _links(session, report_id)
        by_prev = {x.prev_item_id: x.status for x in links if x.prev_item_id}
        assert by_prev[int(again[first.replace("-text", "-prev")])] == "updated"  # a date was added
        assert [x.status for x in links].count("new") == 1
        assert NEW_TEXT in [t for _, t, _ in _items(session, report_id)]
    # The submitted draft now leads to its report.
    done = fresh_client.get(draft_url.replace("&saved=1", ""), follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == f"/reports/{report_id}"


def test_page_discards_a_draft(fresh_client):
    engine = fresh_client.app.state.engine
    seed_store(engine, series=1, reports=1)
    sid = _series_id(engine)
    fields = _form_fields(fresh_client.get(f"/submit/{sid}").text)
    saved = fresh_client.post(f"/submit/{sid}", data={**fields, "action": "save"}, follow_redirects=False)
    reopened = fresh_client.get(saved.headers["location"])
    assert "Discard draft" in reopened.text
    assert re.search(r"\d+ items from the last report", reopened.text)
    index = fresh_client.get("/submit").text
    assert index.count('value="discard"') == 1
    assert re.search(r'data-label="Items" class="num">\d+</td>', index)  # the count, not a method's name
    form = _form_fields(reopened.text)
    gone = fresh_client.post(f"/submit/{sid}", data={**form, "action": "discard"}, follow_redirects=False)
    assert gone.status_code == 303 and gone.headers["location"] == "/submit?discarded=1"
    after = fresh_client.get(gone.headers["location"]).text
    assert "Draft discarded." in after and 'value="discard"' not in after
    twice = fresh_client.post(
        f"/submit/{sid}", data={**form, "action": "discard"}, headers={"accept": "text/html"}, follow_redirects=False
    )
    assert twice.status_code == 404


def test_pages_refuse_bad_input_clearly(fresh_client):
    engine = fresh_client.app.state.engine
    seed_store(engine, series=1, reports=1)
    sid = _series_id(engine)
    html = {"accept": "text/html"}
    assert fresh_client.get("/submit/9999", headers=html).status_code == 404
    assert fresh_client.get(f"/submit/{sid}?draft=777", headers=html).status_code == 404
    fields = _form_fields(fresh_client.get(f"/submit/{sid}").text)
    bad_date = fresh_client.post(f"/submit/{sid}", data={**fields, "period_date": "31/02/2020"}, headers=html)
    assert bad_date.status_code == 400 and "YYYY-MM-DD" in bad_date.text
    empty = {k: ("resolved" if k.endswith("-mark") and v == "unchanged" else v) for k, v in fields.items()}
    refused = fresh_client.post(f"/submit/{sid}", data={**empty, "action": "submit"}, headers=html)
    assert refused.status_code == 422 and "nothing to submit" in refused.text
    assert 'name="period_date"' in refused.text, "the form comes back with the contributor's input"
    hostile = {**fields, "s-0-0-text": "<script>alert(1)</script> Referrals up 3%", "action": "save"}
    saved = fresh_client.post(f"/submit/{sid}", data=hostile)
    assert saved.status_code == 200 and "<script>alert(1)</script>" not in saved.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in saved.text
