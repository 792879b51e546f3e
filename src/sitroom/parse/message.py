"""A message's masthead and trailer: the lines around a report that address and close it, not its sections.

At the top of a message: a protective marking ("OFFICIAL", "OFFICIAL-SENSITIVE", "UNCLASSIFIED",
"RESTRICTED"), a date-time-group stamp ("SITREP 0600 06APR20", "DTG 061200Z APR 20") and the header fields
(From / To / Subject / Ref / Date / Info / Cc). The Subject names the report. At the end: the writer's
close ("ENDS", "END OF REPORT"), the time of the next report ("NEXT SITREP: 1800 06APR20", "Next update due
Friday") and the marking repeated. None of these is a section or an item: a reader skips them.
"""

from __future__ import annotations

import re

from sitroom.parse.furniture import is_contact_invitation, is_contact_line, is_handling_note, is_language_note
from sitroom.text.mailfields import FIELDS_RUN, FROM_LABELS, HEADER_LABELS, SUBJECT_LABELS
from sitroom.text.markings import is_marking_line
from sitroom.text.nextreport import is_next_report
from sitroom.text.signoffs import SIGNED_BY

# A date-time group: "0600 06APR20", "061200Z APR 20", "061200ZAPR20" (day, hour and minute, zone, month, year).
_DTG = re.compile(
    r"\b(?:\d{4}[A-Z]?\s+\d{1,2}\s?[A-Z]{3}\s?\d{2,4}|\d{6}[A-Z]?\s?[A-Z]{3}\s?\d{2,4}"
    # or as a day and a 24-hour time: "20/11/23 0615", "0615 20/11/23"
    r"|\d{1,2}/\d{1,2}/\d{2,4}\s+[0-2]\d[0-5]\d[A-Z]?|[0-2]\d[0-5]\d[A-Z]?\s+\d{1,2}/\d{1,2}/\d{2,4})\b",
    re.I,
)
_FIELD = re.compile(
    r"^(?:from|to|subj(?:ect)?|re(?=\s*:)|ref(?:erence)?s?(?:\s+[a-z](?=\.))?|our\s+ref|your\s+ref|info|cc|dtg|date(?:\s+of\s+issue)?|sent|"
    r"precedence|priority|originator|addressees?"
    # what the message is about, as a header names it: "Incident: Storm Isha", "Evento: Incendio forestal"
    r"|incident|event|operation|evento|incidente|[ée]v[ée]nement|ereignis|einsatz"
    # when it was issued, when the next comes, and its marking: "Issued: 23/01/2024 07:30", "Classification: …"
    r"|issued|next\s+(?:update|report|sitrep)|(?:security\s+)?classification|protective\s+marking"
    # a form's numbered header fields, their note after the label: "Incident Name (Optional):", "To (Name and
    # Position):", "Time:", the "Message:" field over the message itself
    r"|incident\s+name|time|message)(?:\s*\([^()]{1,40}\))?"
    r"\s*[:.]\s*(?P<value>.*)$"
    # a printed mail's header fields in the mail program's language ("От:", "Изпратено:", "Тема:"), with a colon
    rf"|^(?:{FROM_LABELS}|{HEADER_LABELS})\s*:\s*(?P<field>.*)$",
    re.I,
)
# the subject among fields run together: up to the next field's label
_SUBJECT_IN_RUN = re.compile(
    rf"(?<!\w)(?:{SUBJECT_LABELS})\s*:\s*(?P<value>.+?)(?=\s+(?:{HEADER_LABELS})\s*:|$)", re.I | re.S
)
# "Subject: …", and the memo's "Re: …"
_SUBJECT = re.compile(rf"^(?:subj(?:ect)?\s*[:.]|re\s*:|(?:{SUBJECT_LABELS})\s*:)\s*(?P<value>.+)$", re.I)
# The writer's close: "ENDS", "END OF REPORT", "Message ends", "-- END --", "Fin du rapport", "Ende des Berichts".
_ENDS = (
    r"end(?:\s+of\s+(?:the\s+)?(?:report|sitrep|update|document|message|return|bulletin|briefing))?|ends"
    r"|(?:message|report|sitrep|update|transmission)\s+ends"
)
# ... and the newsroom's marks under a release: "- 30 -", "-30-", "###"
_NEWSROOM_END = re.compile(r"^\s*(?:[-–]\s*30\s*[-–]|#{3})\s*$")
_END = re.compile(
    rf"^[\W_]*(?:{_ENDS}"
    r"|fin(?:\s+(?:du|del|de\s+la)\s+(?:rapport|informe|reporte|documento|document|bulletin|mensaje|message"
    r"|point\s+de\s+situation))?"
    # "Ende des Berichts", "Ende des Lageberichts", "Ende der Meldung"
    r"|ende(?:\s+(?:des|der)\s+(?:\w*berichts?|meldung|nachricht|dokuments?))?)[\W_]*$",
    re.I,
)
# The close and the next report on one line: "END OF REPORT – next report 0745 Tue 16 Jan 2024", "ENDS. Next
# sitrep 1800".
_END_THEN = re.compile(rf"^[\W_]*(?:{_ENDS})\s*[-–—.;:|/]+\s*(?P<rest>\S.*)$", re.I)
# The sign-off closing a return: "Signed: … Date: …", "Authorised by: …", "Approved by …", "Firmado por …".
# A message's handling closes it the same way: "Passed by: Tactical Commander", "Sent by: Control".
_SIGN_OFF = re.compile(
    rf"^(?:signed|signature|sign[\s-]?off|{SIGNED_BY}|(?:passed|sent|transmitted|relayed|logged)\s+by)\s*[:–-]", re.I
)
# The writer's name after a dash, closing the message: "— Dana", "-- Sam Lee"
_DASHED_NAME = re.compile(r"^[—–-]{1,2}\s*(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}$")
# A note on where the figures come from, closing a report: "Sources: laboratory reports …", "Data source: …".
_SOURCES = re.compile(r"^(?:data\s+)?sources?(?:\s+of\s+(?:data|figures))?\s*:|^fuentes?\s*:", re.I)
# The template's word to whoever fills it in: "Please complete and return to the cell by 10:00 every Monday",
# "Nil returns are required", "To be completed by service leads".
_INSTRUCTION = re.compile(
    r"^please\s+(?:complete|fill\s+in|return|submit|send)\b"
    r"|^(?:complete|fill\s+in)\s+(?:and\s+(?:return|submit|send)|this\s+(?:form|return|template))\b"
    r"|^nil\s+returns?\s+(?:are|is)\s+(?:required|needed|requested)"
    r"|^(?:this\s+(?:form|return|template)\s+(?:is|should\s+be|must\s+be)|to\s+be)\s+(?:completed|returned)\b",
    re.I,
)
# A form or mail service speaking for itself, not the report: the notice that a response came in ("A new
# response has been submitted to the form …", "You have a new submission", "Your form … has a new response")
# and the automated-message footer ("This is an automated message … Please do not reply").
_SERVICE_NOTICE = re.compile(
    r"^(?:a\s+)?new\s+(?:form\s+)?(?:response|submission|entry)\s+(?:has\s+been\s+|was\s+)?(?:submitted|received)\b"
    r"|^you\s+(?:have\s+(?:received\s+)?|(?:have\s+)?got\s+)an?\s+new\s+(?:form\s+)?(?:response|submission|entry)\b"
    r"|^your\s+form\b.{1,120}?\bhas\s+(?:received\s+)?an?\s+new\s+(?:response|submission|entry)\b"
    r"|^this\s+(?:is\s+an?\s+)?(?:automated|automatic|auto-?generated|system-?generated)\s+"
    r"(?:e-?mail|message|notification)\b"
    r"|^(?:please\s+)?do\s+not\s+reply\s+to\s+this\s+(?:e-?mail|message|notification)\b"
    # a notification's footer: how to answer by mail, why it came, how to stop it ("Reply to this email to comment
    # on the message …", "You're getting this email because you're subscribed …", "Stop getting these emails: …")
    r"|^(?:just\s+)?reply\s+to\s+this\s+(?:e-?mail|message|notification)\s+to\s+(?:comment|respond|reply|add|answer)\b"
    r"|^you(?:['’]re|\s+are)?\s+(?:receiving|getting|received|get)\s+this\s+(?:e-?mail|message|notification|post"
    r"|alert|update)\s+because\b"
    # ... in Swahili: "Umepokea barua pepe hii kwa sababu umejisajili …"
    r"|^umepokea\s+(?:barua\s+pepe|ujumbe)\s+h(?:ii|uu)\s+kwa\s+sababu\b"
    r"|^(?:stop\s+(?:getting|receiving)|unsubscribe\s+from|turn\s+off)\s+(?:these|this|all)?\s*(?:e-?mails?|messages?"
    r"|notifications?)\b"
    r"|^this\s+(?:e-?mail|message|notification|report|document|page)\s+(?:was|has\s+been|is)\s+(?:sent|generated|created"
    r"|produced)\s+(?:automatically|by\s+an?\s+(?:automated|automatic|scheduled)\b)"
    # ... in Scottish Gaelic: "Chaidh an aithisg seo a chruthachadh gu fèin-ghluasadach." (made automatically)
    r"|^chaidh\s+an\s+aithisg\s+seo\s+a\s+chruthachadh\s+gu\s+f[èe]in-?ghluasadach"
    # the notification's link to its list or record: "View or add entries: Sitrep list", "Open the record"
    r"|^(?:view|open|see)\s+(?:or\s+(?:add|edit)\s+)?(?:the\s+|all\s+)?(?:entries|items?|records?|list)\s*(?::|$)"
    # ... or to its post, and the buttons to answer it: "View Post [https://…]", "Reply [https://…#reply]"
    r"|^(?:view|open|see)\s+(?:the\s+|full\s+)?(?:post|message|thread|conversation)\s*(?:\[[^\]\s]*\]|<[^>\s]*>)?$"
    r"|^(?:reply|comment|respond)\s*(?:\[[^\]\s]*\]|<[^>\s]*>)$"
    # the notification's link to its record: "Click here to view Incident: INC0050581", "Click the link below …"
    r"|^(?:please\s+)?click\s+(?:here|on\s+(?:this|the)\s+link|(?:this|the)\s+link(?:\s+below)?)\s+(?:to|for)\s"
    # a help desk's closing template on its reply to a ticket: "We hope this response has sufficiently answered your
    # questions. If not, …", "We trust this reply resolved your request"
    r"|^we\s+(?:hope|trust)\s+(?:that\s+)?(?:this|our)\s+(?:response|reply|answer)\s+(?:has\s+)?(?:\w+\s+)?"
    r"(?:answered|resolved|addressed|helped)\b"
    # the sending program's stamp under a message sent by radio e-mail: "Express Sending Station: KL7QZB",
    # "Express Version: 1.7.21.0", "Express Template Version: ICS213 Initial v.2.6"
    r"|^(?:[\w.-]+\s+){0,2}(?:sending|receiving|relay)\s+station\s*:\s*\S+$"
    r"|^(?:[\w.-]+\s+){0,2}(?:template\s+)?version\s*:\s*\S.{0,40}$"
    # a notification service's number for the message: "Notification ID: 000321695723", "Message ID: 8842-17"
    r"|^(?:notification|message|alert|broadcast)\s+id\s*[:#]?\s*[\w-]*\d[\w-]*$"
    # the service's imprint under the page: "Powered by WebEOC", "Published by Google Sheets – Report Abuse"; the
    # service a notification was sent through: "Sent by Everbridge", "Sent via AlertMedia"
    r"|^sent\s+(?:by|via|through|using|with)\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?$"
    # ... in Estonian and Finnish: "Saadetud Smaily kaudu", "Lähetetty Smartlyn kautta"
    r"|^(?:saadetud|l[äa]hetetty)\s+(?-i:[A-Z])[\w.-]*\s+(?:kaudu|kautta)$"
    # ... the system a printed form or report was generated by, named: "Documento gerado pela Plataforma de Gestão de
    # Ocorrências", "Report generated by WebEOC", "Informe generado automáticamente por el Sistema …"
    r"|^(?:(?:this\s+)?(?:document|report|documento|relat[óo]rio|informe|reporte|rapport|bericht|dokument)\s+)?"
    r"(?:generated|gerad[oa]|generad[oa]|g[ée]n[ée]r[ée]e?|erstellt|erzeugt)\s+"
    r"(?:automatically\s+|automati(?:camente|quement)\s+|autom[áa]ticamente\s+|automatisch\s+)?"
    r"(?:by|pel[oa]|por|par|mit|durch|von)\s+(?:the\s+|o\s+|a\s+|el\s+|la\s+|l['’]|le\s+|das\s+|dem\s+|der\s+)?"
    r"(?-i:[A-Z])"
    # ... and in Arabic: "تم إنشاء هذا التقرير آلياً من نظام …" (this report was made automatically from the system …)
    r"|^(?:تم\s+)?(?:إنشاء|انشاء|إصدار|توليد)\s+هذا\s+(?:التقرير|المستند)\s+(?:آلياً|آليا|تلقائياً|تلقائيا)"
    r"|^(?:powered|published|hosted|generated)\s+(?:by|with|using)\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?(?![\w.-])(?!\s+(?:and|on|at|in)\b)",
    re.I,
)
# Who passed, sent or logged the message, closing it: "Passed by: Tactical Commander", "Logged: loggist 0815".
_HANDLED = re.compile(
    r"^\s*(?:passed|sent|transmitted|relayed|received|logged|approved|authori[sz]ed|released)(?:\s+by)?\s*[:–-]", re.I
)
# The parts of a closing line: its sentences, and fields set apart by wide spaces or a bar.
_PARTS = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\s{3,}|\s+\|\s+")
MAX_CLOSE_WORDS = 40
# A signature's abbreviation before the name: "gez. Brandt" (gezeichnet), "w.g. De Vries", "Sgd. J. Smith".
_SIGNED = re.compile(r"^(?:gez|sgd|w\.\s?g|i\.\s?A)\.\s+[A-ZÀ-Ý]")
# where questions and escalations go until then: "Escalations to the regional team via the SCC."
_ROUTE = re.compile(
    r"^(?:escalations?|questions|queries|corrections|comments|urgent\s+issues|issues)\s+(?:to|via|should\s+go\s+to)\b"
    r"[^.]*\.?$",
    re.I,
)
# a sentence's end: a word of three letters or more and its stop ("tomorrow. 12 wards …"), never a day's ("23. Juni")
# or an abbreviation's ("kl. 12.00")
_SENTENCE = re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+(?=[A-Z\d])")
# "ISSUED BY THE MARITIME AND PORT AUTHORITY OF SINGAPORE 17 June 2026": who issued it and when, closing a release
_ISSUED_ON = re.compile(
    rf"^(?:{SIGNED_BY})\s+\S.*?\s(?:\d{{1,2}}\s+[^\W\d_]+\.?,?\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}})$", re.I
)
MAX_NOTICE_WORDS = 45
MAX_STAMP_WORDS = 6
MAX_SIGN_OFF_WORDS = 24
MAX_SOURCES_WORDS = 60
MAX_INSTRUCTION_WORDS = 40


def is_stamp(text: str) -> bool:
    """A short line carrying a date-time group: the message's stamp ("SITREP 0600 06APR20")."""
    return len(text.split()) <= MAX_STAMP_WORDS and _DTG.search(text) is not None


def is_header_field(text: str) -> bool:
    """A message header field ("FROM: …", "TO: …", "SUBJ: …", "REF: …", a signal's "REF A. …", "Incident: …"), or a
    printed mail's header fields run together on one line ("От: … Изпратено: … До: … Тема: …")."""
    t = text.strip()
    return (len(t) <= 160 and _FIELD.match(t) is not None) or (len(t) <= 600 and FIELDS_RUN.match(t) is not None)


# a memo's field set without a colon, its label then its value: "Onderwerp Overbezetting …", "Aan Raad van Bestuur"
_BARE_FIELD = re.compile(rf"^(?P<label>{FROM_LABELS}|{HEADER_LABELS})\s*:?\s+\S", re.I)
_SUBJECT_LABEL = re.compile(rf"^(?:{SUBJECT_LABELS})$", re.I)
MEMO_FIELD_WORDS = 20
MEMO_FIELDS = 8  # a memo's header holds no more fields than this


def memo_fields(texts: list[str]) -> int:
    """How many lines opening ``texts`` (under the title) are a memo's header fields set without colons, its
    label then its value ("Onderwerp …", "Aan …", "Van …"): two or more, under two or more labels, one naming the
    subject, the way a memo template sets them; else 0."""
    labels: list[str] = []
    for text in texts:
        m = _BARE_FIELD.match(text.strip())
        if m is None or len(text.split()) > MEMO_FIELD_WORDS or text.rstrip().endswith("."):
            break
        labels.append(m.group("label").lower())
    named = any(_SUBJECT_LABEL.match(label) for label in labels)
    return len(labels) if len(set(labels)) >= 2 and named else 0


def is_masthead_line(text: str) -> bool:
    """A line of a message's masthead: its marking, who may see it, its stamp or a header field."""
    return is_marking_line(text) or is_handling_note(text) or is_stamp(text) or is_header_field(text)


def subject(lines: list[str]) -> str | None:
    """The subject a message header states, the report's name (also among header fields run together)."""
    for line in lines:
        if m := _SUBJECT.match(line.strip()):
            return m.group("value").strip()
        if FIELDS_RUN.match(line.strip()) and (m := _SUBJECT_IN_RUN.search(line)):
            return m.group("value").strip()
    return None


def is_end_mark(text: str) -> bool:
    """The writer's close alone: "ENDS", "-- END OF REPORT --", "Fin du rapport"."""
    return _END.match(text.strip()) is not None or _NEWSROOM_END.match(text) is not None


def is_trailer(text: str) -> bool:
    """A closing line: the writer's close ("ENDS", "END OF REPORT"), the next report or meeting ("NEXT SITREP:
    1800 06APR20", "Next meeting of the CMT: …"), the marking repeated, a note on another language version,
    the sender's name with an address or phone number, an invitation to ask them ("Questions? Email …"), who
    may see it ("Handling: not for onward distribution …"), the sign-off ("Signed: … Date: …", "Authorised
    by: …") or a note on the report's sources ("Sources: …"); the close and the next report may share a line
    ("END OF REPORT – next report 0745 Tue 16 Jan 2024")."""
    t = text.strip()
    words = len(t.split())
    if is_marking_line(t) or is_end_mark(t) or is_language_note(t) or is_contact_line(t) or is_contact_invitation(t):
        return True
    if is_handling_note(t):
        return True
    if words <= MAX_SIGN_OFF_WORDS and (
        _SIGN_OFF.match(t) or _SIGNED.match(t) or _DASHED_NAME.match(t) or _ISSUED_ON.match(t)
    ):
        return True
    if words <= MAX_SOURCES_WORDS and _SOURCES.match(t):
        return True
    if m := _END_THEN.match(t):
        # after the close, the rest of the line is the trailer's too: the next report, who passed the message
        rest = [p for p in _PARTS.split(m.group("rest")) if p.strip()]
        return words <= MAX_CLOSE_WORDS and all(is_trailer(p) or _HANDLED.match(p) for p in rest)
    first, *rest = _SENTENCE.split(t, maxsplit=1)
    if rest and words <= MAX_CLOSE_WORDS and is_next_report(first):
        # the next report's time, then where to take questions meanwhile: "Next SCC sitrep: 08:00 tomorrow.
        # Escalations to the NHS England regional team via the SCC."; news after it is no close
        return _ROUTE.match(rest[0]) is not None and not re.search(r"\d", rest[0])
    return is_next_report(t)


def is_service_notice(text: str) -> bool:
    """A form or mail service's own line: that a response was submitted, or that the message is automated
    and not to be replied to."""
    t = text.strip()
    if len(t.split()) > MAX_NOTICE_WORDS:
        return False
    # the service's small print run into one line: "Notification ID: 0003216 Sent by Notifyr"
    if _SERVICE_NOTICE.match(t):
        return True
    parts = _AFTER_NUMBER.split(t)
    return len(parts) > 1 and all(_SERVICE_NOTICE.match(p) is not None for p in parts)


_AFTER_NUMBER = re.compile(r"(?<=\d)\s+(?=(?-i:[A-Z]))")


def is_instruction(text: str) -> bool:
    """The form's instruction to whoever completes it ("Please complete and return to the cell by 10:00",
    "Nil returns are required"): the template speaking, not the report."""
    t = text.strip()
    return len(t.split()) <= MAX_INSTRUCTION_WORDS and _INSTRUCTION.match(t) is not None
