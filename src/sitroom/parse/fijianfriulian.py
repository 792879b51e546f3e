"""Section names in Fijian, Friulian and Kashubian, for the vocabulary (``sitroom.parse.vocabulary``, merged by way
of ``sitroom.parse.incidentwords``).

A Fijian divisional emergency operations centre, a Friulian commune's newsletter and a Kashubian municipality name
the summary ("Vakamacala lekaleka", "In curt", "Nôwôżniészé"), the situation ("Na ituvaki"), the damage ("Na veika e
vakacacani", "I dams", "Szkòdë"), the help ("Na veivuke", "Jutori ae int"), the people at work ("Na tamata
cakacaka", "Lëdze w akcji"), the money ("Na ilavo"), the risks ("Na leqa e rawa ni yaco") and the next steps ("Na ka
me caka", "I prossims pas", "Pòstãpné kroczi"). The words are compared folded, as the vocabulary's are.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
FIJIAN_FRIULIAN: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("vakamacala lekaleka", "in curt", "nowozniesze", "nôwôżniészé"),
    K.SITUATION: ("na ituvaki", "ituvaki"),
    K.IMPACTS: ("na veika e vakacacani", "veika e vakacacani", "i dams", "szkode", "szkòdë"),
    K.ASSISTANCE: ("na veivuke", "veivuke", "jutori ae int", "jutori"),
    K.WORKFORCE: ("na tamata cakacaka", "tamata cakacaka", "ledze w akcji", "lëdze w akcji"),
    K.FINANCE: ("na ilavo", "ilavo", "bêçs", "becs"),
    K.RISKS: ("na leqa e rawa ni yaco", "leqa e rawa ni yaco", "pericui"),
    K.NEXT_STEPS: ("na ka me caka", "i prossims pas", "postapne kroczi", "pòstãpné kroczi"),
}  # fmt: skip
