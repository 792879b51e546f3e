"""Section names in Kabyle and Chamorro, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of
``sitroom.parse.incidentwords``).

A Kabylian village committee writing to its commune in Kabyle (Latin letters, "ɣ", "ɛ", "ḍ", "ṛ", "ẓ") and a Guam
village mayor's office in Chamorro name the parts of their reports as every report does: the summary ("Agzul", "Mas
impottånte"), the situation as it stands ("Tagnit tamirant", "Estao"), the damage ("Ixṣaṛen"), the help for the
residents ("Tallelt i yimezdaɣ", "Ayudo para i taotao"), the people at work ("Imttekkiyen", "Empleao yan
boluntario"), the money ("Idrimen", "Gåstu"), the problems and dangers ("Uguren", "Peligro siha") and the work to come
("Tigawin i d-iteddun", "Sigiente na che'cho'"). The words are compared folded, as the vocabulary's are.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
KABYLE_CHAMORRO: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("agzul", "agzul n tegnit", "mas impottånte", "mas impottante"),
    K.SITUATION: ("tagnit", "tagnit tamirant", "tagnit n wass-a", "estao", "estao i pakyo", "estao på'go"),
    K.IMPACTS: ("ixṣaṛen", "ixsaren", "lxesran", "daño", "daño gi songsong", "dano gi songsong"),
    K.ASSISTANCE: ("tallelt i yimezdaɣ", "tallelt", "ayudo para i taotao", "ayudo"),
    K.WORKFORCE: ("imttekkiyen", "imeɣnasen", "empleao yan boluntario", "empleao", "boluntario"),
    K.FINANCE: ("idrimen", "tisqiwin", "gåstu", "gastu"),
    K.RISKS: ("uguren", "ugur", "peligro siha", "peligro"),
    K.NEXT_STEPS: ("tigawin i d-iteddun", "tigawin", "sigiente na che'cho'", "sigiente na checho"),
}  # fmt: skip
