"""Arbitrary input never raises anything but the project's own errors."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.errors import SitroomError
from sitroom.read import parse_bytes, parse_text

_sitrep_like = st.lists(
    st.one_of(
        st.sampled_from(["", "RISKS", "• ", "\uf0b7", "1.", "Mitigation: ", "KEY ACTIVITY HEADLINES", "-", "as of"]),
        st.text(max_size=80),
    ),
    max_size=30,
).map("\n".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_sitrep_like)
def test_parse_text_never_crashes(text):
    try:
        report = parse_text(text, "h.txt")
    except SitroomError:
        return
    for item in report.items():
        assert item.text.strip()


_names = st.sampled_from(["x.txt", "x.pdf", "x.docx", "x.html", "x.eml", "x.msg", "x.md", "x"])
_prefixes = st.sampled_from(
    [
        b"",
        b"%PDF-1.4\n",
        b"PK\x03\x04",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"<html>",
        b"From: a@b\nSubject: s\n\n",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_prefixes, st.binary(max_size=2000), _names)
def test_parse_bytes_raises_only_project_errors(prefix, data, name):
    try:
        parse_bytes(prefix + data, name)
    except SitroomError as e:
        assert name in str(e) or str(e)
