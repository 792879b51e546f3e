"""Reviewers' comments downloaded with a document from an online editor (its plain text or its web page: the mark
"[a]" where the comment was anchored, the comments under the same marks at the end) are left out and counted, and
the marks taken off the text (a web page's notes were left out before, but silently: now counted). Bracketed
letters that nothing in the text points to stay. Layouts: a plain-text download and a web page download, with one
comment and with two."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Ferries", ["35 sailings have been cancelled so far.", "The airstrip is open for the air ambulance only."]),
    ("Next steps", ["Community meeting in the hall on 8 January."]),
]
COMMENTS = {
    "one": {"a": "@catriona@trust.example please check this figure with the council before it goes out"},
    "two": {"a": "@catriona@trust.example please check this figure", "b": "Is the date right? Ewan"},
}


def _marked(comments: dict[str, str]) -> list[tuple[str, list[str]]]:
    marks = list(comments)
    out = []
    for heading, items in SECTIONS:
        out.append((heading, [f"{item}[{marks.pop(0)}]" if marks else item for item in items]))
    return out


def _text(comments: dict[str, str]) -> bytes:
    lines = ["Storm update 3", ""]
    for heading, items in _marked(comments):
        lines += [heading, *(f"* {i}" for i in items), ""]
    lines += [f"[{mark}]{text}" for mark, text in comments.items()]
    return "\n".join(lines).encode()


def _page(comments: dict[str, str]) -> bytes:
    body = "<p class='title'><span>Storm update 3</span></p>"
    for heading, items in _marked(comments):
        lis = "".join(
            f"<li>{i.split('[')[0]}<sup><a href='#cmnt{n}' id='cmnt_ref{n}'>[{i.split('[')[1]}</a></sup></li>"
            if "[" in i else f"<li>{i}</li>"
            for n, i in enumerate(items, 1)
        )  # fmt: skip
        body += f"<h2>{heading}</h2><ul>{lis}</ul>"
    for n, (mark, text) in enumerate(comments.items(), 1):
        body += f"<div><p><a href='#cmnt_ref{n}' id='cmnt{n}'>[{mark}]</a>{text}</p></div>"
    return f"<html><body>{body}</body></html>".encode()


@pytest.mark.parametrize("comments", list(COMMENTS))
@pytest.mark.parametrize(("write", "name"), [(_text, "update.txt"), (_page, "update.html")], ids=["text", "page"])
def test_review_comments_are_left_out_and_their_marks_taken_off(write, name: str, comments: str) -> None:
    report = parse_bytes(write(COMMENTS[comments]), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    # counted: as reviewers' comments, or on a web page as the notes its marks link back to
    assert any("reviewer's comment" in w or "footnote" in w for w in report.warnings)


def test_bracketed_letters_nothing_points_to_stay() -> None:
    data = b"Storm update 3\n\nOptions\n* [a] Open the hall.\n* [b] Open the school.\n"
    report = parse_bytes(data, "update.txt")[0]
    assert [i.text for s in report.sections for i in s.items] == ["[a] Open the hall.", "[b] Open the school."]
