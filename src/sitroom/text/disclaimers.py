"""A message's confidentiality notice: "This e-mail is confidential and intended solely for the addressee …", "Diese
Telefaxmitteilung ist ausschließlich für den Adressaten bestimmt …". It says who may read the message, not what
happened; wherever it stands (under a mail's signature, on a fax's cover sheet) it is no point of the report."""

from __future__ import annotations

import re

DISCLAIMER = re.compile(
    r"^(?:this (?:e-?mail|message|communication|fax|facsimile|telefax)|the information (?:contained|in this)"
    r"|confidentiality notice|disclaimer|ce (?:message|courriel|fax|t[ée]l[ée]copie)|este (?:mensaje|correo|fax)"
    # German: "Diese Telefaxmitteilung ist ausschließlich für den Adressaten bestimmt", "Diese E-Mail enthält
    # vertrauliche Informationen"
    r"|diese[sr]? (?:e-?mail|nachricht|telefax\w*|fax\w*|mitteilung)"
    # ... and in Bulgarian, Russian, Kazakh, Mongolian, Georgian, Armenian, Hebrew, Arabic and Persian: "Това
    # съобщение … е поверително", "הודעה זו … מיועדת", "هذه الرسالة … سرية"
    r"|това (?:съобщение|писмо)|это (?:сообщение|письмо)|бұл хат|энэ(?:хүү)? (?:и-?мэйл|захидал)"
    r"|ეს (?:წერილი|შეტყობინება)|այս (?:նամակ|հաղորդագրություն)\w*"
    r"|הודעה זו|דואר זה|هذه الرسالة|این (?:پیام|نامه|ایمیل)).{0,400}"
    r"(?:confidential|intended (?:solely|only)|privileged|destinataire|destinatario|ausschlie(?:ß|ss)lich f[üu]r"
    r"|vertraulich|поверителн|предназначен|конфиденциальн|құпия|нууц|კონფიდენციალურ|գաղտնի|חסוי|מיועד"
    r"|سري|محرمانه)",
    re.I,
)
NOTICE_WORDS = 120


def is_confidentiality_notice(text: str) -> bool:
    """A notice of who may read the message and what to do if it came by mistake."""
    t = " ".join(text.split())
    return len(t.split()) <= NOTICE_WORDS and DISCLAIMER.match(t) is not None
