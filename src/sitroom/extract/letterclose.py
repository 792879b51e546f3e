"""A letter's greeting and close known by their shape, in any language: a line of a word or three closed by a comma
opens the message ("Ssebo/Nnyabo,", "Dear all,"); one closes it when only the writer's short lines follow it (a name,
a post, an office: "Webale nnyo," over "Nakato Sarah" over "Disaster Management Focal Person"). Neither is a point;
nor is the stamp of the app the message was sent with."""

from __future__ import annotations

import re

from sitroom.model import Block

# a greeting or a close is a word or three
_WORDS = 3
# the signature under a close: a few lines of a few words each
_SIGNATURE_LINES = 5
_SIGNATURE_WORDS = 8


def _comma_line(text: str) -> bool:
    text = text.strip()
    return text.endswith(",") and 0 < len(text.split()) <= _WORDS and not any(c.isdigit() for c in text)


def opens_with_comma_line(blocks: list[Block], i: int) -> bool:
    """``blocks[i]``, the message's first line, is a greeting by its shape, with the message under it."""
    return i + 1 < len(blocks) and blocks[i].bullet is None and _comma_line(blocks[i].text)


def closes_with_comma_line(blocks: list[Block], i: int) -> bool:
    """``blocks[i]`` is a close by its shape: only the writer's short lines, none a sentence or a point, follow it."""
    after = blocks[i + 1 :]
    if blocks[i].bullet is not None or not _comma_line(blocks[i].text) or not 1 <= len(after) <= _SIGNATURE_LINES:
        return False
    return all(
        b.bullet is None and len(b.text.split()) <= _SIGNATURE_WORDS and not b.text.rstrip().endswith((".", ":", ","))
        for b in after
    )


# the app a message was written or sent with, closing it: "Created with OneNote.", "Sent with Proton Mail secure
# email.", "Sent from Outlook for iOS", "Get Outlook for Android", "Envoyé de mon iPhone", "Von meinem iPhone gesendet"
_APP = r"(?:microsoft\s+)?[\w.-]+(?:\s+[\w.'’-]+)?"
_APP_TAIL = (
    r"(?:\s+(?:secure\s+)?e-?mail|\s+mobile|\s+app|\s+(?:on|for)\s+(?:android|ios|iphone|ipad|windows|mac)"
    r"|\s+on\s+(?:my|a)\s+[\w.-]+)?"
)
_APP_STAMP = re.compile(
    rf"^(?:(?:created|made|sent|written)\s+(?:with|using|via)\s+{_APP}{_APP_TAIL}"
    # "Sent from Yahoo Mail on Android", "Sent from Outlook for iOS", "Sent from my iPhone"
    r"|sent\s+from\s+(?:my\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}\s+(?:on|for)\s+(?:android|ios|iphone|ipad|windows|mac)"
    # ... and the app's own invitation: "Get Outlook for Android", "Get BlueMail for Android", "Get Spark for iOS"
    r"|sent\s+from\s+my\s+[\w.-]+(?:\s+[\w.-]+)?|get\s+[\w.-]+(?:\s+[\w.-]+)?\s+for\s+(?:ios|android|windows|mac)"
    # ... in French, Spanish, Portuguese, German, Dutch, Italian, Swedish, Danish and Norwegian, and Polish
    r"|(?:envoy[ée]|enviado|gesendet|verzonden|verstuurd|inviato|skickat|sendt|wys[łl]ane)\s+(?:de|depuis|avec|desde|con"
    r"|do|von|mit|vanaf|met|da|dal|fr[åa]n|fra|med|z)\s+(?:(?:mon|mi|meu|meinem|mijn|mio|min|mojego)\s+)?"
    rf"{_APP}{_APP_TAIL}|von\s+meinem\s+[\w.-]+(?:\s+[\w.-]+)?\s+gesendet)\.?$",
    re.I,
)
# the app's name as a link, in a message's Markdown or plain text: "[Proton Mail](https://proton.me/mail)",
# "Outlook for iOS<https://aka.ms/o0ukef>"
_LINKED = re.compile(r"\[([^\]\n]{1,40})\]\((?:https?|mailto):[^)\s]*\)|\s*<https?://[^>\s]*>")


def is_app_stamp(text: str) -> bool:
    """The stamp of the app a message was written or sent with ("Sent with Proton Mail secure email.", "Sent from
    my iPhone", "Envoyé de mon iPhone"), its name perhaps a link: the mail's, not the report's."""
    return _APP_STAMP.match(_LINKED.sub(lambda m: m.group(1) or "", text.strip())) is not None
