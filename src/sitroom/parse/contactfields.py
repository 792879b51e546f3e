"""A field closing a report that says how to reach its sender: a label and only a number, a mail or a web address
after it ("Hotline: 0800 301 156", "☎️ Гаряча лінія міської ради: 0 800 301 156"); whom to ask under a contact label
("Contact: Flood Duty Officer, …, 519-621-2781"); or where the sender is, under an address label ("Address/Location:
8056 Highway 23, Belle Chasse, LA 70037")."""

from __future__ import annotations

import re

from sitroom.parse.furniture import STREET_ADDRESS, gives_contact

# a label, then only how to reach it
_CONTACT_FIELD = re.compile(r"^[\W_]*(?P<label>[^\W\d_][^:]{1,90}):\s*(?P<rest>.+)$")  # an office may name it
# a label naming whom to ask, before whom and how: the name and post may stand with the number
_CONTACT_LABEL = re.compile(
    r"^(?:contacts?|enquiries|inquiries|(?:media|press)\s+(?:enquiries|inquiries|contacts?|queries)"
    r"|(?:for\s+)?(?:more|further)\s+information|for\s+information|questions|(?:any\s+)?queries"
    # ... in other languages: "문의", "お問い合わせ", "咨询电话", "Narahubung", "Rückfragen", "Renseignements"
    r"|문의(?:처)?|(?:お)?問い?合わ?せ(?:先)?|咨询电话|联系电话|联系人|narahubung|kontak|r[üu]ckfragen|kontakt"
    r"|ansprechpartner(?:in)?|renseignements|contacto|(?:por\s+|para\s+)?consultas|informes)$",
    re.I,
)
CONTACT_LABEL_WORDS = 20
# a label over where the sender is: "Address:", "Address/Location:", "Adresse :", "Dirección:"
_ADDRESS_LABEL = re.compile(
    r"^(?:(?:postal|street|office)\s+)?address(?:\s*/\s*location)?$|^location$|^adresse$|^direcci[óo]n$", re.I
)


def labelled_contact(text: str) -> bool:
    """A label and, after its colon, nothing but a phone number, an e-mail or a web address; after a contact label,
    whom to ask with it."""
    m = _CONTACT_FIELD.match(text.strip())
    if m is not None and _ADDRESS_LABEL.match(m["label"]):  # "Address/Location: 8056 Highway 23, Belle Chasse, LA"
        return STREET_ADDRESS.match(m["rest"].strip()) is not None
    if m is None or not gives_contact(m["rest"]):
        return False
    if _CONTACT_LABEL.match(m["label"]):
        return len(m["rest"].split()) <= CONTACT_LABEL_WORDS  # "Contact: Flood Duty Officer, …, 519-621-2781"
    rest = re.sub(r"\S+@\S+|https?://\S+|www\.\S+|[+\d\s().-]{8,}", " ", m["rest"])
    # ... and after it, more numbers under labels of their own ("Toll free: 1077") and the accounts it tags
    rest = re.sub(r"@\w+|(?:[^\s:：]+\s+){0,2}[^\s:：]+\s*[:：]\s*[+\d][\d\s().-]{2,}", " ", rest)
    return not re.search(r"[^\W\d_]{3,}", rest)
