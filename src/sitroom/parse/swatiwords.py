"""Section names in siSwati, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of
``sitroom.parse.incidentwords``).

An Eswatini Inkhundla (constituency centre) reporting to its regional administrator names the parts of its report as
every report does: the main points ("Emaphuzu lamcoka"), the state of the weather and the water ("Simo selitulu
nemanti"), the effect on the people ("Umtselela ebantfwini"), the help given to families ("Lusito lolunikwe
imindeni"), the workers ("Basebenti"), the money ("Timali"), the dangers ("Tingoti") and what will be done
("Lokutawentiwa"). The words are compared folded, as the vocabulary's are.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
SWATI: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("emaphuzu lamcoka", "emaphuzu lasemcoka", "emaphuzu", "kafishane"),
    K.SITUATION: ("simo selitulu nemanti", "simo selitulu", "simo lesikhona", "simo"),
    K.IMPACTS: ("umtselela ebantfwini", "umtselela", "umonakalo"),
    K.ASSISTANCE: ("lusito lolunikwe imindeni", "lusito lolunikwe", "lusito"),
    K.WORKFORCE: ("basebenti", "basebenti nemavolontiya", "emavolontiya"),
    K.FINANCE: ("timali", "tindleko"),
    K.RISKS: ("tingoti", "ingoti"),
    K.NEXT_STEPS: ("lokutawentiwa", "lokulandzelako", "tinyatselo letilandzelako"),
}  # fmt: skip
