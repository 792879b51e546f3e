"""A message's confidentiality notice: "This e-mail is confidential and intended solely for the addressee …", "Diese
Telefaxmitteilung ist ausschließlich für den Adressaten bestimmt …". It says who may read the message, not what
happened; wherever it stands (under a mail's signature, on a fax's cover sheet) it is no point of the report. Nor is
a mail gateway's banner over a message from outside the organisation ("CAUTION: This email originated from outside
…").
"""

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


# A mail gateway's banner over a message from outside the organisation: "CAUTION: This email originated from outside
# of the organization. Do not click links or open attachments unless you recognize the sender …", "[EXTERNAL] This
# message is from an external sender.", "You don't often get email from …". It says where the mail came from, not
# what happened. The message says of itself that it came from outside, in English, French, Spanish, Portuguese,
# German, Dutch and Italian …
_FROM_OUTSIDE = re.compile(
    r"\bthis\s+(?:e-?mail|message|mail)\s+(?:has\s+)?(?:originated|originates|came|comes|was\s+sent|arrived|is)\s+"
    r"(?:from\s+)?(?:outside|an?\s+external|externally|someone\s+outside|a\s+(?:sender|source)\s+outside)"
    r"|\b(?:ce|cet)\s+(?:courriel|message|e-?mail|mail)\s+(?:provient|vient|a\s+[ée]t[ée]\s+envoy[ée])\s+"
    r"(?:de\s+l['’]ext[ée]rieur|d['’]un\s+exp[ée]diteur\s+externe)"
    r"|\beste\s+(?:correo(?:\s+electr[óo]nico)?|mensaje)\s+(?:se\s+origin[óo]|proviene|procede|viene|fue\s+enviado)\s+"
    r"(?:desde\s+|de\s+)?(?:fuera|el\s+exterior|un\s+remitente\s+externo)"
    r"|\b(?:este\s+e-?mail|esta\s+mensagem)\s+(?:foi\s+originad[oa]|se\s+originou|teve\s+origem|veio|[ée]\s+proveniente"
    r"|prov[ée]m)\s+(?:de\s+)?(?:fora|um\s+remetente\s+externo)"
    r"|\bdiese\s+(?:e-?mail|nachricht)\s+(?:stammt|kommt)\s+von\s+(?:einem\s+externen|au(?:ß|ss)erhalb)"
    r"|\b(?:deze\s+e-?mail|dit\s+bericht)\s+(?:is\s+afkomstig|komt)\s+van\s+(?:buiten|een\s+externe)"
    r"|\b(?:questa\s+e-?mail|questo\s+messaggio)\s+(?:proviene|arriva)\s+da(?:ll['’]esterno|\s+un\s+mittente\s+esterno)",
    re.I,
)
# ... or the gateway's label opens it ("CAUTION:", "[EXTERNAL]", "ATTENTION :", "PRECAUCIÓN:", "ACHTUNG:", "LET OP:")
# and it names the sender external or the mail from outside the organisation
_LABEL = (
    r"\W{0,3}(?:caution|warning|attention|notice|alert|external(?:\s+(?:e-?mail|sender|message))?|ext"
    r"|precauci[óo]n|advertencia|atenci[óo]n|aten[çc][ãa]o|achtung|warnung|let\s+op|attenzione|avertissement)\W{0,3}"
)
_LABEL_START = re.compile(rf"^{_LABEL}(?:\s|$)", re.I)
_EXTERNAL = re.compile(
    r"\b(?:originat\w*|came|comes|sent|arrived)\s+(?:from\s+)?(?:outside|an?\s+external)"
    r"|\bexternal\s+(?:sender|source|e-?mail|message|mail)|\boutside\s+(?:of\s+)?(?:the|your|our)\s+organi[sz]ation"
    r"|\bexp[ée]diteur\s+externe|\bremitente\s+externo|\bremetente\s+externo|\bexterne[nr]?\s+absender"
    r"|\bexterne\s+afzender|\bmittente\s+esterno|\bfuera\s+de\s+(?:la|su|nuestra)\s+organizaci[óo]n"
    r"|\bext[ée]rieur\s+de\s+(?:l['’]|votre\s+|notre\s+)organisation|\bau(?:ß|ss)erhalb\s+(?:der|ihrer|unserer)\s+organisation"
    r"|\bbuiten\s+(?:de|uw|onze)\s+organisatie|\bfora\s+da\s+organiza[çc][ãa]o|\besterno\s+(?:all['’]|dell['’])organizzazione",
    re.I,
)
# ... or the label alone on its line over the banner: "[EXTERNAL]", "CAUTION:", "External email - use caution"
_LABEL_ALONE = re.compile(rf"^{_LABEL}(?:[:\-–]\s*(?:use|exercise|be)\s+(?:caution|cautious)\W?)?$", re.I)
# ... or the notice that the sender writes seldom: "You don't often get email from …. Learn why this is important"
_FIRST_CONTACT = re.compile(
    r"\bdon['’]t\s+often\s+get\s+e-?mail\s+from\b|\blearn\s+why\s+this\s+is\s+important\b", re.I
)
# The banner's advice on a line of its own under it: "Do not click links or open attachments unless …"
_ADVICE = re.compile(
    r"^(?:please\s+)?(?:do\s+not|don['’]t|never)\s+(?:click|open)|^(?:be|use)\s+(?:cautious|caution)"
    r"|^ne\s+cliquez|^no\s+haga\s+clic|^klicken\s+sie\s+nicht|^klik\s+niet|^non\s+cliccare|^n[ãa]o\s+clique",
    re.I,
)
BANNER_WORDS = 80


def is_gateway_banner(text: str) -> bool:
    """A mail gateway's note that the message came from outside the organisation ("CAUTION: This email originated
    from outside of …. Do not click links …"), in any of its common wordings."""
    t = " ".join(text.split())
    if len(t.split()) > BANNER_WORDS:
        return False
    labelled = _LABEL_START.match(t) is not None and _EXTERNAL.search(t) is not None
    return bool(_FROM_OUTSIDE.search(t) or labelled or _FIRST_CONTACT.search(t))


def is_gateway_label(text: str) -> bool:
    """The gateway's label alone on its line over its banner: "[EXTERNAL]", "CAUTION:", "External email"."""
    return _LABEL_ALONE.match(" ".join(text.split())) is not None


def is_gateway_advice(text: str) -> bool:
    """The banner's advice on a line of its own: "Do not click links or open attachments unless …"."""
    return _ADVICE.match(text.strip()) is not None
