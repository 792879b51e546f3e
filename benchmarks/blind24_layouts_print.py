"""PDF writer of the ``blind24_layouts`` set: a Bulgarian municipal crisis staff's flood report that reached the
regional administration as an e-mail, printed there to PDF from a Bulgarian Outlook ("Memo Style" through "Microsoft
Print to PDF") to be filed — the printing officer's name in bold over a thick rule, the message's header block with
its Bulgarian labels in bold ("От:", "Изпратено:", "До:", "Копие:", "Тема:", "Прикачени файлове:"), then the body in
Outlook's sans serif: "Уважаеми колеги," and the covering line, the report's title in bold capitals and its date
line, headings as bold underlined lines, the points "•" with a hanging indent, the situation as paragraphs,
"Мерки:" in bold inside a risk's point, "С уважение," and the secretary's signature with the telephone, the
confidentiality note, and Outlook's page number at the foot of each page; "1 250", "12%", "340 000 лв.",
"16 септември").
"""

from __future__ import annotations

import io

from blind7_layouts_content import report_day
from blind23_layouts_print import BOLD, SANS, Run, draw_line, fonts, runs, wrap
from blind24_layouts_content import DNI, LEADS, MESETSI
from council_layouts_gold import Doc

PW, PH = 595.28, 841.89
LEFT, RIGHT, TOP, BOTTOM = 54.0, PW - 54.0, PH - 54.0, 64.0
SIZE, LEAD = 10.5, 14.0
OBSHTINI = {"Мизия": ("Враца", "Мария Петрова", "инж. Петър Николов", "0915 / 2 12 34", "miziya"),
            "Царево": ("Бургас", "Десислава Костова", "Стоян Георгиев", "0590 / 5 51 20", "tsarevo"),
            "Берковица": ("Монтана", "Иван Маринов", "Веселина Тодорова", "0953 / 8 80 41", "berkovitsa"),
            "Карлово": ("Пловдив", "Радка Василева", "Николай Димитров", "0335 / 9 51 11", "karlovo")}  # fmt: skip


class _Pages:
    """Lines laid down the pages of the print; each page's drawing operations."""

    def __init__(self) -> None:
        self.pages: list[list] = [[]]
        self.y = TOP

    def need(self, h: float) -> None:
        if self.y - h < BOTTOM:
            self.pages.append([])
            self.y = TOP

    def put(self, op) -> None:
        self.pages[-1].append(op)

    def para(self, words: list[Run], indent: float = 0.0, bullet: bool = False, after: float = 3.0,
             underline: bool = False) -> None:  # fmt: skip
        x0 = LEFT + indent + (18 if bullet else 0)
        for k, line in enumerate(wrap(words, RIGHT - x0, SIZE)):
            self.need(LEAD)
            if bullet and k == 0:
                self.put(lambda c, yy=self.y, xx=x0: (c.setFont(SANS, SIZE), c.drawString(xx - 12, yy, "•")))
            self.put(
                lambda c, ln=line, yy=self.y, xx=x0, u=underline: (
                    c.line(xx, yy - 2.5, draw_line(c, xx, yy, ln, SIZE), yy - 2.5)
                    if u
                    else draw_line(c, xx, yy, ln, SIZE)
                )
            )
            self.y -= LEAD
        self.y -= after

    def text(self, text: str, bold: bool = False, **kw) -> None:
        self.para([(w, BOLD if bold else SANS) for w in text.split()], **kw)


def pdf_outlook_print_bg(doc: Doc) -> bytes:
    """The e-mailed report as the regional administration's officer printed it from Outlook."""
    from reportlab.pdfgen import canvas

    fonts()
    when = report_day(doc)
    town = doc.organisation.removeprefix("Община ")
    region, reader, secretary, phone, login = OBSHTINI[town]
    day = f"{when.day} {MESETSI[when.month - 1]} {when.year} г."
    out = _Pages()
    out.put(lambda c: (c.setFont(BOLD, 13), c.drawString(LEFT, TOP, reader), c.setLineWidth(2.6),
                       c.line(LEFT, TOP - 8, RIGHT, TOP - 8)))  # fmt: skip
    out.y = TOP - 28
    header = (("От:", f"Общински кризисен щаб – {town} <krizisen.shtab@{login}.bg>"),
              ("Изпратено:", f"{DNI[when.weekday()]}, {day} 8:{40 + doc.number % 15:02d}"),
              ("До:", f"Областна администрация – {region}; ОДМВР – {region}; РДПБЗН – {region}"),
              ("Копие:", f"Кмет на община {town}; Секретар на общината"),
              ("Тема:", f"Информация за обстановката № {doc.number} – наводнение, община {town}"),
              ("Прикачени файлове:", f"Snimki_{when:%d%m}.zip"))  # fmt: skip
    for label, value in header:
        out.put(lambda c, t=label, yy=out.y: (c.setFont(BOLD, SIZE), c.drawString(LEFT, yy, t)))
        for k, line in enumerate(wrap([(w, SANS) for w in value.split()], RIGHT - LEFT - 124, SIZE)):
            out.y -= LEAD if k else 0
            out.put(lambda c, ln=line, yy=out.y: draw_line(c, LEFT + 124, yy, ln, SIZE))
        out.y -= LEAD
    out.y -= LEAD
    out.text("Уважаеми колеги,", after=LEAD)
    out.text(f"Изпращаме информация за обстановката в община {town} към 08:00 ч. на {day} Моля, при въпроси "
             "се свържете с дежурния в общината.", after=LEAD)  # fmt: skip
    out.text(f"ИНФОРМАЦИЯ ЗА ОБСТАНОВКАТА № {doc.number}", bold=True, after=0)
    out.text(f"Община {town}, {day}, 08:00 ч.", after=LEAD / 2)
    for s in doc.sections:
        out.y -= LEAD / 2
        out.need(LEAD * 3)
        out.text(s.heading, bold=True, underline=True, after=2)
        for it in s.items:
            if s.key == "situation":
                out.para(runs(it, LEADS["bg"]), after=4)
            else:
                out.para(runs(it, LEADS["bg"]), indent=18, bullet=True, after=2)
    out.y -= LEAD
    for line in ("С уважение,", secretary, "Секретар на Общинския кризисен щаб", f"Община {town}", f"тел.: {phone}"):
        out.text(line, after=0)
    out.y -= LEAD
    note = ("Това съобщение и приложенията към него са предназначени само за посочените получатели. Ако сте го "
            "получили по грешка, моля, уведомете подателя и го изтрийте.")  # fmt: skip
    out.para([(w, SANS) for w in note.split()], after=0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PW, PH))
    c.setTitle(f"Информация за обстановката № {doc.number} – наводнение, община {town}")
    c.setCreator("Microsoft® Outlook® for Microsoft 365")
    c.setProducer("Microsoft: Print To PDF")
    for n, page in enumerate(out.pages, start=1):
        for op in page:
            op(c)
        c.setFont(SANS, 9)
        c.drawCentredString(PW / 2, 36, str(n))
        c.showPage()
    c.save()
    return buf.getvalue()
