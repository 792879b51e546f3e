"""Sitreps of eight more publishers in layouts nobody tuned for, a sixty-eighth blind, first-sight measure.

    python benchmarks/blind67_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A sixty-eighth set beside ``council_layouts.py`` … ``blind66_layouts.py``, written from what eight more publishers
send and not from what the parser expects (the parser's code was not read to write it), all of them in Europe, the
Middle East and East Asia and each in a country or territory no earlier set printed — Macao, Yemen, Lebanon, the
United Arab Emirates, Jordan, Bahrain, Qatar and Åland —, writing in the languages their public bodies write in:
traditional Chinese, Arabic (three of them, in three countries' conventions), French, English and Swedish (the
region's languages no set had printed are those of countries printed already, so the new countries were preferred).
Each publisher is a partner of a council or a regional body (the neighbourhood associations' community centres on
the municipal bureau's consultative committees, the governorate health offices reporting to the local councils, the
regional water establishments supplying the unions of municipalities, the utility's regional directorates on the
emirates' local emergency teams, the public works directorates answering to the governorate councils, the
municipalities' emergency teams with their municipal councils, the planned districts' community management with the
municipalities, the archipelago municipalities reporting to the regional government) and each is in a tool or layout
no earlier set printed: the community centres of Macao in a typhoon (``blind67_layouts_mail``: the centre's evening
report to its zone's consultative committee typed in traditional Chinese in Foxmail 7.2, HTML of ``<div>`` lines in
Microsoft JhengHei and its base64 plain text — "秘書處各位同事：" and the covering sentence, each section's Chinese
numeral, "、" and name in bold ("一、重點摘要"), the summary as lines, the other points typed "1." under their section,
"應對措施：" in the line of its risk; "如有查詢…", "謝謝！" and the signature under Foxmail's short blue rule); the
governorate health offices of Yemen in a cholera outbreak (the same module: the surveillance officer's weekly report
to the local council's secretary general typed in Arabic in Windows Live Mail 2012, the whole message in Windows-1256,
MSHTML's upper-case HTML right to left and its plain text — "الأخ/ الأمين العام … المحترم", "تحية طيبة وبعد،،" and
the covering sentence, each section's ordinal word, a colon and its name in bold ("أولاً: ملخص الوضع"), the summary as
lines, the other points numbered "1-" under their section, "الإجراءات المتخذة:" in its risk's line; the closing
formula, name, post, office and telephone); the regional water establishments of Lebanon in a summer of power cuts
(``blind67_layouts_word``, python-docx: the weekly point to a union of municipalities typed in French in Word on the
establishment's bilingual letterhead — a header table of the French lines, the initials in a blue roundel and the
Arabic lines right to left over a blue rule, "Réf. :", place and date, the addressee, "Objet :", "Monsieur le
Président," and the covering sentence, each section's name typed in bold underlined small capitals, the summary as
paragraphs, the other points a list of Word's en dash, "Mesures engagées :" in italics; the closing formula, "Le
Directeur général" and the name, "Copie :" and its list, the footer and "Page 1 sur 2"); the regional directorates of
the northern emirates' electricity and water utility in a summer of record demand (``blind67_layouts_print``,
reportlab: the daily report typed in English on the utility's Word form and converted to PDF by iLovePDF — the
roundel, the utility and the directorate over a teal rule, "DAILY SITUATION REPORT" and its number, a ruled box of
date, time, directorate, preparer and distribution, each section's number and name on a grey band ("1. Summary"), the
summary as paragraphs, the other points after "•", "Mitigating action:" in bold; "Approved:", the classification, the
form's number and "Page 1 of 2"); the governorate public works directorates of Jordan in a snowstorm (the same
module, WeasyPrint: the field report kept in Excel 2016 on a sheet set right to left and saved as PDF — the ministry,
directorate and title in merged rows, a row of date, hour and preparer, then the table "القسم | م | البيان |
الإجراءات / الملاحظات", each section's name in a cell merged down its rows, each point a numbered row, a risk's measure
in the last column (empty where nothing is done yet); the director's signature and "صفحة 1 من 2"); the
municipalities' emergency teams of Bahrain when a high tide floods the coast (``blind67_layouts_web``: the daily report
in the news of the ministry's Adobe Experience Manager site, saved — Core Components' ``cmp-`` markup and data layer,
right to left, the header and menu, breadcrumbs, title, date and source, each section a Title component (``<h2>``)
over a Text component, the summary as paragraphs, the other points a list, "الإجراءات:" in bold, an Image component
after the damage; the hotline, "مشاركة" and the footer); the community management of Qatar's planned districts after
heavy rain (the same module: the "Community update" on the district's Optimizely site, saved — header, menu,
breadcrumbs, the hero with title and "Published", a lead paragraph, each section an ``<h2>``, the summary as
paragraphs, the other points a list, "What we are doing:" in bold; the aside of useful numbers, "Was this page
helpful?", the ``EPiServerForms`` newsletter form and the footer); and the archipelago municipalities of Åland in an
autumn storm (``blind67_layouts_text``: the report written in Swedish in a shared CryptPad pad and exported as
Markdown — the title as ``#``, the storm and the hour ("kl. 15.00"), reporter and recipients, a rule, each section a
``##`` heading, the summary as paragraphs, the other points "- " items, "**Åtgärd:**" in the point, the next steps a
task list "- [ ] "; a rule and the pad's note in italics). Each layout is one kind of publisher; its four series are
four organisations of that kind, their content from this set's banks (``blind67_layouts_banks_arabia``,
``blind67_layouts_banks_north``) through the generator's churn model, printed in each publisher's conventions
(``blind67_layouts_content``). The generator's structure is the gold; the scorer and linking measure are
``council_layouts.py``'s with blind24's scorer (every script's letters kept).

Conventions of the gold, agreed before any scoring: furniture is not an item and no section with heading null is in
the gold — the Macao mail's headers, greeting, covering sentence, "如有查詢…", "謝謝！" and signature (both parts); the
Yemeni mail's headers, addressee, "تحية طيبة وبعد،،", covering sentence, closing formula, name, post, office and
telephone (both parts); the Lebanese letterhead (French, initials and Arabic), reference, place and date, addressee,
"Objet :", "Monsieur le Président,", covering sentence, closing formula, "Le Directeur général" and the name, "Copie
:" and its list, footer and page number; the Emirati header, title, report number, the box of date, time,
directorate, preparer and distribution, "Approved:" and the foot; the Jordanian sheet's title rows, the row of date,
hour and preparer, the table's header row, the rows' numbers, the signature, the page header and "صفحة 1 من 2"; the
Bahraini page's header, menu, breadcrumbs, title, date and source, the image's caption, the hotline line, "مشاركة"
and footer; the Qatari page's header, menu, breadcrumbs, hero, title, "Published", lead paragraph, "Was this page
helpful?", aside, form and footer; the Åland pad's title, storm and hour, reporter, recipients, rules and the pad's
note. Headings as printed, all level 1: the Chinese after their numeral and "、" ("一、重點摘要"), the Yemeni after
their ordinal and a colon ("أولاً: ملخص الوضع"), the Emirati after their number ("1. Summary"), the others as they stand
(the Lebanese as typed, their small capitals a format). Items: each paragraph, list entry, line or row without its
bullet, number or box ("–", "•", "1.", "1-", "- ", "- [ ] "), its wrapped lines joined. A risk with its mitigation is
one item printed with its lead ("應對措施：", "الإجراءات المتخذة:", "Mesures engagées :", "Mitigating action:",
"الإجراءات:", "What we are doing:", "Åtgärd:"); in the Jordanian sheet (``risk_table``) the item is the البيان cell and
the mitigation the last column's cell, a risk with no measure an empty cell. Keys: summary highlights, situation
situation, impacts impacts, the two topic sections None, help assistance, staff workforce, money finance, risks
risks, next steps next-steps, in every publisher. Figures as printed (``blind67_layouts_content``).

Before writing, the kinds were checked against the layouts printed so far (the layout names and the docstrings of every
``blind*_layouts`` file, and the organisations of their banks): no benchmark file named Macao (or Macau), Yemen,
Lebanon, Bahrain, Qatar, Åland, Foxmail, Windows Live Mail, iLovePDF, Excel 2016, Adobe Experience Manager,
Optimizely or CryptPad, nor the Emirates or Jordan as a country. The set is kept as a held-out measure: its figures
are not written here, and what the parser gets wrong on it is not described, so that its failures do not guide the
parser's tuning.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind67_layouts_mail as mail  # noqa: E402
import blind67_layouts_print as printed  # noqa: E402
import blind67_layouts_text as text  # noqa: E402
import blind67_layouts_web as web  # noqa: E402
import blind67_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind67_layouts_banks_arabia import KULIRA, MADD, PEAK, RAIN  # noqa: E402
from blind67_layouts_banks_north import EAUX, STORM, THULUJ, TOIFUNG  # noqa: E402
from blind67_layouts_content import cn_numbered, localise, numbered, ordinal  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("eml-foxmail-toifung-kaifong-mo", "eml", mail.eml_foxmail_toifung_kaifong_mo, publisher_wording(
        [("hl", "重點摘要", "highlights"), ("sit", "天氣及水浸情況", "situation"), ("imp", "對社區的影響", "impacts"),
         ("ta", "水浸及清理", None), ("tb", "長者及獨居人士", None), ("help", "支援街坊", "assistance"),
         ("staff", "人手安排", "workforce"), ("money", "經費", "finance"), ("risks", "風險評估", "risks"),
         ("next", "下一步工作", "next-steps")]),
        "颱風社區情況通報第{n}號 – {org}", TOIFUNG.series, restyle=partial(cn_numbered, lang="mo")),
    Layout("eml-windows-live-mail-cholera-ye", "eml", mail.eml_windows_live_mail_cholera_ye, publisher_wording(
        [("hl", "ملخص الوضع", "highlights"), ("sit", "الوضع الوبائي", "situation"),
         ("imp", "التأثير على السكان", "impacts"), ("ta", "مراكز المعالجة", None),
         ("tb", "المياه والإصحاح البيئي", None), ("help", "التدخلات المجتمعية", "assistance"),
         ("staff", "الكوادر الصحية", "workforce"), ("money", "الجانب المالي", "finance"),
         ("risks", "المخاطر والتحديات", "risks"), ("next", "الخطوات القادمة", "next-steps")]),
        "التقرير الأسبوعي رقم ({n}) – {org}", KULIRA.series, restyle=partial(ordinal, lang="ye")),
    Layout("docx-bilingual-letterhead-eaux-lb", "docx", word.docx_bilingual_letterhead_eaux_lb, publisher_wording(
        [("hl", "Synthèse", "highlights"), ("sit", "Situation de la ressource", "situation"),
         ("imp", "Conséquences pour les abonnés", "impacts"), ("ta", "Pompage et énergie", None),
         ("tb", "Qualité de l'eau", None), ("help", "Appui aux municipalités", "assistance"),
         ("staff", "Personnel mobilisé", "workforce"), ("money", "Aspects financiers", "finance"),
         ("risks", "Risques", "risks"), ("next", "Suites à donner", "next-steps")]),
        "Rapport de situation n° {n} – {org}", EAUX.series, restyle=partial(localise, lang="lb")),
    Layout("pdf-ilovepdf-peak-load-ae", "pdf", printed.pdf_ilovepdf_peak_load_ae, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Weather and demand", "situation"),
         ("imp", "Customer impact", "impacts"), ("ta", "Electricity network", None), ("tb", "Water supply", None),
         ("help", "Customer support", "assistance"), ("staff", "Crews and resources", "workforce"),
         ("money", "Costs", "finance"), ("risks", "Risks", "risks"), ("next", "Next steps", "next-steps")]),
        "Daily Situation Report No. {n} – {org}", PEAK.series, restyle=partial(numbered, lang="ae")),
    Layout("pdf-excel2016-munkhafad-jo", "pdf", printed.pdf_excel2016_munkhafad_jo, publisher_wording(
        [("hl", "الخلاصة", "highlights"), ("sit", "الحالة الجوية", "situation"),
         ("imp", "الآثار على المواطنين", "impacts"), ("ta", "فتح الطرق والآليات", None),
         ("tb", "الملح والمواد", None), ("help", "الإسناد والمساعدة", "assistance"),
         ("staff", "الكوادر البشرية", "workforce"), ("money", "الكلف المالية", "finance"),
         ("risks", "المخاطر", "risks"), ("next", "الإجراءات القادمة", "next-steps")]),
        "التقرير الميداني رقم ({n}) – {org}", THULUJ.series, risk_table=True, restyle=partial(localise, lang="jo")),
    Layout("html-aem-madd-bahri-bh", "html", web.html_aem_madd_bahri_bh, publisher_wording(
        [("hl", "موجز الحالة", "highlights"), ("sit", "حالة الطقس والمد", "situation"), ("imp", "الأضرار", "impacts"),
         ("ta", "أعمال سحب المياه", None), ("tb", "الحواجز وأكياس الرمل", None),
         ("help", "مساعدة الأهالي", "assistance"), ("staff", "فرق العمل", "workforce"),
         ("money", "التكاليف", "finance"), ("risks", "المخاطر", "risks"), ("next", "الخطوات التالية", "next-steps")]),
        "التقرير رقم {n} – {org}", MADD.series, restyle=partial(localise, lang="bh")),
    Layout("html-optimizely-rain-update-qa", "html", web.html_optimizely_rain_update_qa, publisher_wording(
        [("hl", "At a glance", "highlights"), ("sit", "Weather", "situation"),
         ("imp", "Impact on the community", "impacts"), ("ta", "Roads and car parks", None),
         ("tb", "Buildings and utilities", None), ("help", "Support for residents", "assistance"),
         ("staff", "Our teams", "workforce"), ("money", "Costs", "finance"),
         ("risks", "Risks we are watching", "risks"), ("next", "What happens next", "next-steps")]),
        "Heavy rain: community update {n} – {org}", RAIN.series, restyle=partial(localise, lang="qa")),
    Layout("md-cryptpad-lagesrapport-storm-ax", "md", text.md_cryptpad_lagesrapport_storm_ax, publisher_wording(
        [("hl", "Sammanfattning", "highlights"), ("sit", "Väderläget", "situation"), ("imp", "Konsekvenser", "impacts"),
         ("ta", "El och vatten", None), ("tb", "Färjetrafiken", None), ("help", "Stöd till invånarna", "assistance"),
         ("staff", "Personal", "workforce"), ("money", "Ekonomi", "finance"), ("risks", "Risker", "risks"),
         ("next", "Fortsatt arbete", "next-steps")]),
        "Lägesrapport nr {n} – {org}", STORM.series, restyle=partial(localise, lang="ax")),
)  # fmt: skip


SEED_OFFSET = 6800  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=42)


if __name__ == "__main__":
    main()
