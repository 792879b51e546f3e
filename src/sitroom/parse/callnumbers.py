"""The numbers to call, listed after what they are for ("Emergency numbers: Police 112 – Fire 115 – Ambulance 118"):
the way to reach the services, closing a report, not a point of it."""

from __future__ import annotations

import re

# whom to call, after what for and its colon: "Emergency numbers: Police 112 – Fire 115 – Ambulance 118", "للتبليغ عن
# أي حريق: الدفاع المدني 125 – الصليب الأحمر 140": a service and its number, two or more, parted by dashes or bars
# (each number a telephone's: an emergency service's short number, 1xx or 9xx, or one of six figures or more)
_NUMBER_PART = re.compile(r"^[^\d:]{2,40}?\s(?:[19]\d\d|\+?\d[\d ]{5,16}\d)$")
_NUMBER_PARTS = re.compile(r"\s[–—|-]\s|;\s|,\s")


def numbers_to_call(t: str) -> bool:
    """A line of the numbers to call after what they are for: a service and its telephone number, two or more."""
    purpose, colon, rest = t.partition(":")
    parts = [p.strip() for p in _NUMBER_PARTS.split(rest)] if colon else []
    return len(purpose.split()) <= 8 and len(parts) >= 2 and all(_NUMBER_PART.match(p) for p in parts)
