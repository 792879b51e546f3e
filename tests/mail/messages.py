"""Real MIME returns for the mail tests and the mailbox benchmark: generated sitreps (python-docx,
reportlab) attached as DOCX, PDF or a zip, or written in the body; damaged and unknown-sender ones."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sitroom.generate import GeneratedReport

MIME = {
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pdf": ("application", "pdf"),
    "zip": ("application", "zip"),
}


def _base(sender: str, subject: str, to: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain="returns.example")
    return msg


def return_message(report: GeneratedReport, sender: str, how: str, to: str = "returns@cell.example") -> bytes:
    """One report sent by ``sender``: ``how`` is docx, pdf, zip (a zipped DOCX) or body (text in the body)."""
    msg = _base(sender, report.title, to)
    if how == "body":
        msg.set_content(report.render("txt").decode("utf-8"))
        return msg.as_bytes()
    msg.set_content("Please find this week's return attached.\n\nDuty manager")
    stem = f"sitrep-{report.number}"
    if how == "zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr(f"{stem}.docx", report.render("docx"))
        data, name = buf.getvalue(), f"{stem}.zip"
    else:
        data, name = report.render(how), f"{stem}.{how}"
    maintype, subtype = MIME["zip" if how == "zip" else how]
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def damaged_message(sender: str, n: int, to: str = "returns@cell.example") -> bytes:
    """A return whose only attachment is a broken Word file (a truncated zip)."""
    msg = _base(sender, f"Weekly return {n}", to)
    msg.set_content("Return attached.")
    msg.add_attachment(b"PK\x03\x04" + bytes(range(256)) * 4, maintype="application",
                       subtype=MIME["docx"][1], filename=f"return-{n}.docx")  # fmt: skip
    return msg.as_bytes()
