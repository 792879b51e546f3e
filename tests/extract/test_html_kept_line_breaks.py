"""Text whose style keeps its line breaks, as a chat's export or a web form's record shows a message typed with
them: by a class of the page's style sheet (``.chatlog__markdown-preserve{white-space:pre-wrap}``) or by an inline
style (``white-space: pre-line``). The browser shows each typed line on its own, so the sitrep typed in it reads
as its sections and points, not as one run of text."""

from __future__ import annotations

from html import escape

import pytest

from sitroom.read import parse_bytes

TYPED = [("Status", ["The hub at the fire department is open 8am to 8pm."]),
         ("Weather", ["Overnight lows around 36 degrees.", "NWS says dry through 10/5, then rain."]),
         ("Asks", ["Drivers with 4WD for deliveries up the hollows.",
                   "We need chainsaw chains and bar oil."])]  # fmt: skip


def _typed(bold: bool) -> str:
    lines = []
    for heading, points in TYPED:
        lines.append(f"<strong>{escape(heading)}</strong>" if bold else escape(heading) + ":")
        lines += [f"- {escape(p)}" for p in points]
    return "\n".join(lines)


def _chat_export() -> bytes:
    return (
        "<html><head><style>.msg{white-space:pre-wrap}.author{font-weight:500}</style></head><body>"
        '<div class="group"><span class="author">Dee (Bee Tree lead)</span> <span>10/02/2026 7:22 PM</span>'
        f'<div class="content"><span class="msg">{_typed(True)}\n</span></div></div></body></html>'
    ).encode()


def _form_record() -> bytes:
    return (
        "<html><body><main><h1>Hub report – Bee Tree</h1><dl><dt>Submitted</dt><dd>2 October 2026</dd></dl>"
        f'<h2>Report</h2><div style="white-space: pre-line">\n{_typed(True)}\n</div></main></body></html>'
    ).encode()


@pytest.mark.parametrize("make", [_chat_export, _form_record], ids=["chat-export", "form-record"])
def test_each_typed_line_reads_as_typed(make) -> None:
    report = parse_bytes(make(), "page.html")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading in dict(TYPED)]
    assert got == TYPED
