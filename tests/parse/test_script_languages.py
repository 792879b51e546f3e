"""Reports in Persian, Arabic, Hebrew, Armenian, Georgian, Kazakh, Bulgarian and Mongolian, languages written in
scripts other than Latin: their section names get their keys, a risk's mitigation after its lead is split off, the
letters a writer or a PDF prints for one another fold to one, a report's name gives its number, a date in their months
(the Solar Hijri ones too) is read, and a letter's greeting, covering line and close are known. Documents are built
here, in Markdown and in Word, with names other than those of any one publisher.
"""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from docx.oxml import OxmlElement

from sitroom.extract.letter import _is_handover
from sitroom.model import Block, BlockKind
from sitroom.parse.metadata import find_date, find_number
from sitroom.parse.risks import split_risk
from sitroom.parse.vocabulary import classify_heading, fold
from sitroom.read import parse_bytes
from sitroom.text.months import month_number
from sitroom.text.salutations import is_greeting, is_sign_off
from sitroom.text.signoffs import SIGNATURE, names_post

KEYS = ["highlights", "situation", "forecast", "impacts", "response", "workforce", "finance", "risks",
        "communications", "next-steps"]  # fmt: skip
# Per language: the report's name, ten section names in the order of KEYS, a point, a risk, its mitigation's lead
# and the mitigation.
LANGUAGES = {
    "fa": ("گزارش وضعیت شماره ۴", ["خلاصه گزارش", "وضعیت کنونی", "پیش بینی وضع هوا", "خسارات وارده",
           "اقدامات صورت گرفته", "نیروی انسانی و تجهیزات", "بودجه", "خطرات احتمالی", "اطلاع رسانی عمومی",
           "گام‌های بعدی"], "تیم‌های امدادی در منطقه مستقر هستند", "احتمال رانش زمین در جاده روستایی وجود دارد.",
           "راهکارها:", "جاده تا اطلاع ثانوی بسته است."),
    "ar": ("تقرير الموقف رقم (٤)", ["ملخص تنفيذي", "الوضع الحالي", "الأحوال الجوية", "الأضرار", "جهود الاستجابة",
           "الأفراد والمعدات", "الميزانية", "التحديات", "التوعية العامة", "الخطوات التالية"],
           "تعمل فرق الدفاع المدني في المنطقة", "ارتفاع منسوب المياه في الأحياء المنخفضة.", "التدابير المتخذة:",
           "تم نشر مضخات إضافية في الأحياء."),
    "he": ("דוח מצב מס' 4", ["תקציר", "תמונת מצב", "תחזית מזג האוויר", "נזקים", "פעולות העירייה", "כוחות ואמצעים",
           "תקציב", "איומים", "מידע לציבור", "השלבים הבאים"], "צוותי העירייה פועלים בשטח",
           "חשש להצפה ברחובות הנמוכים.", "דרכי התמודדות:", "משאבות הוצבו בצמתים המרכזיים."),
    "hy": ("Տեղեկանք № 4", ["Համառոտ ամփոփում", "Ընթացիկ իրավիճակ", "Կանխատեսում", "Վնասները",
           "Իրականացված աշխատանքներ", "Ներգրավված ուժեր և միջոցներ", "Ֆինանսավորում", "Վտանգներ", "Իրազեկում",
           "Հետագա քայլեր"],
           "Փրկարարները աշխատում են տեղում", "Ջրհեղեղի կրկնման վտանգը պահպանվում է։", "Միջոցառումներ՝",
           "գետափին տեղադրվել են ավազի պարկեր։"),
    "ka": ("ანგარიში №4", ["შეჯამება", "არსებული ვითარება", "ამინდი", "მიყენებული ზიანი", "ჩატარებული სამუშაოები",
           "ძალები და საშუალებები", "ბიუჯეტი", "საფრთხეები", "საზოგადოების ინფორმირება", "შემდგომი ნაბიჯები"],
           "მაშველები ადგილზე მუშაობენ", "მდინარის დონის მატების საფრთხე რჩება.", "მიღებული ზომები:",
           "ნაპირზე ქვიშის ტომრები დაალაგეს."),
    "kk": ("Жедел ақпарат № 4", ["Негізгі ақпарат", "Жалпы жағдай", "Ауа райы болжамы", "Келтірілген залал",
           "Жүргізілген жұмыстар", "Тартылған күштер", "Қаржыландыру", "Ықтимал қауіптер", "Халықты ақпараттандыру",
           "Алдағы жұмыстар"], "Құтқарушылар оқиға орнында жұмыс істеуде", "Өзен деңгейінің көтерілу қаупі сақталады.",
           "Алдын алу шаралары:", "Жағалауға құм қаптары төселді."),
    "bg": ("Справка № 4", ["Резюме", "Текуща обстановка", "Метеорологична прогноза", "Щети", "Извършени действия",
           "Ангажирани сили и средства", "Финансиране", "Опасности", "Оповестяване на населението", "Следващи стъпки"],
           "Екипите работят на място", "Рискът от ново наводнение остава.", "Предприети мерки:",
           "Поставени са чували с пясък по брега."),
    "mn": ("Тайлан №4", ["Хураангуй", "Одоогийн нөхцөл байдал", "Цаг агаарын урьдчилсан мэдээ", "Хохирол",
           "Хэрэгжүүлсэн арга хэмжээ", "Хүн хүч", "Санхүүжилт", "Аюул", "Иргэдэд мэдээлэх", "Цаашдын ажил"],
           "Аврагчид газар дээр ажиллаж байна", "Малын хорогдол нэмэгдэх эрсдэл хэвээр байна.", "Арга хэмжээ:",
           "Өвс тэжээлийг хуваарилж байна."),
}  # fmt: skip


def _markdown(lang: str) -> bytes:
    title, headings, point, risk, lead, mitigation = LANGUAGES[lang]
    lines = [f"# {title}", ""]
    for n, (heading, key) in enumerate(zip(headings, KEYS, strict=True), 1):
        lines += [f"## {heading}", "", f"- {risk} {lead} {mitigation}" if key == "risks" else f"- {point} ({n}).", ""]
    return "\n".join(lines).encode()


def _right_to_left(paragraph) -> None:
    """The paragraph and its runs set right to left, as a Word in Arabic, Persian or Hebrew writes them."""
    paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def _docx(lang: str, numbered: bool = False) -> bytes:
    title, headings, point, risk, lead, mitigation = LANGUAGES[lang]
    d = docx.Document()
    paragraphs = [d.add_paragraph(title, style="Title")]
    for n, (heading, key) in enumerate(zip(headings, KEYS, strict=True), 1):
        paragraphs.append(d.add_heading(f"{n}. {heading}" if numbered else heading, level=1))
        item = d.add_paragraph(style="List Bullet")
        if key == "risks":
            item.add_run(f"{risk} ")
            item.add_run(lead).bold = True
            item.add_run(f" {mitigation}")
        else:
            item.add_run(f"{point} ({n}).")
        paragraphs.append(item)
    if lang in ("ar", "fa", "he"):
        for paragraph in paragraphs:
            _right_to_left(paragraph)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _keys_and_mitigation(data: bytes, name: str) -> tuple[list[str | None], str | None]:
    report = parse_bytes(data, name)[0]
    sections = [s for s in report.sections if s.heading and s.items]
    risks = next(s for s in sections if s.key == "risks") if any(s.key == "risks" for s in sections) else None
    return [s.key for s in sections], risks.items[0].mitigation if risks else None


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_a_markdown_reports_sections_get_their_keys_and_its_risk_its_mitigation(lang: str) -> None:
    keys, mitigation = _keys_and_mitigation(_markdown(lang), f"report-{lang}.md")
    assert keys == KEYS
    assert mitigation == LANGUAGES[lang][5]


@pytest.mark.parametrize(("lang", "numbered"), [("ar", False), ("he", False), ("hy", True), ("bg", False)])
def test_a_word_reports_sections_get_their_keys_and_its_risk_its_mitigation(lang: str, numbered: bool) -> None:
    keys, mitigation = _keys_and_mitigation(_docx(lang, numbered), f"report-{lang}.docx")
    assert keys == KEYS
    assert mitigation == LANGUAGES[lang][5]


@pytest.mark.parametrize(
    ("heading", "key"),
    [("پیش‌بینی‌ها", "forecast"), ("پيش بيني هواشناسي", "forecast"), ("هزينه‌ها", "finance"), ("مـخـاطـر", "risks"),
     ("الْمَخَاطِرُ", "risks"), ("هـ- الإجراءات المتخذة", "response"), ("ب) الموقف الراهن", "situation"),
     ("ההשלכות", "impacts"), ("א. סיכונים", "risks"), ("ՀԵՏԵՎԱՆՔՆԵՐԸ", "impacts"), ("ա) Ռիսկերը", "risks"),
     ("ᲠᲘᲡᲙᲔᲑᲘ", "risks"), ("ҚАУІП-ҚАТЕРЛЕР", "risks"), ("РИСКОВЕ", "risks"), ("Цаг агаарын таамаглал", "forecast"),
     ("ЗАРДЛУУД", "finance"), ("Силы и средства", "workforce")],
)  # fmt: skip
def test_a_name_in_another_print_or_case_gets_its_key(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key


def test_letters_written_for_one_another_fold_to_one() -> None:
    assert fold("پیش‌بینی") == fold("پيشبيني") == fold("پیش بینی").replace(" ", "")
    assert fold("کمک") == fold("كمك") and fold("المواجهة") == fold("المواجهه") and fold("على") == fold("علي")
    assert fold("إجراءات") == fold("اجراءات") and fold("مـخاطر") == fold("مخاطر") and fold("خَطَر") == "خطر"
    assert fold("ԵՎ") == fold("և") and fold("Ответ й") == "ответ и"
    # Kazakh and Mongolian letters are kept
    assert fold("ӘҒҚҢӨҰҮҺІ") == "әғқңөұүһі"


@pytest.mark.parametrize(
    "text",
    ["خطر شیوع بیماری رو به افزایش است. راهکار: آب سالم توزیع می‌شود.",
     "خطر انقطاع الطريق. إجراءات المواجهة: تم فتح طريق بديل.", "סכנת קריסה. מענה: האזור גודר.",
     "Սողանքի վտանգ։ Ձեռնարկվող միջոցներ՝ ճանապարհը փակվել է։", "მეწყრის საფრთხე. ღონისძიებები: გზა ჩაკეტეს.",
     "Бөгеттің бұзылу қаупі. ҚАБЫЛДАНҒАН ШАРАЛАР: бөгет бақыланады.", "Риск от свлачище. МЕРКИ: пътят е затворен.",
     "Цасан шуурганы эрсдэл. Авч буй арга хэмжээ: сэрэмжлүүлэг түгээж байна."],
)  # fmt: skip
def test_a_risks_mitigation_after_its_lead_is_split_off(text: str) -> None:
    risk, mitigation = split_risk(text)
    assert mitigation is not None and mitigation in text and risk.endswith((".", "։"))


@pytest.mark.parametrize(
    ("title", "number"),
    [("گزارش وضعیت شماره ۳ – سیلاب", 3), ("تقرير موقف رقم (٢)", 2), ("עדכון מצב מס' 5", 5), ("ՏԵՂԵԿԱՆՔ № 6", 6),
     ("სიტუაციური ანგარიში №7", 7), ("Жедел ақпарат № 8", 8), ("Информация за обстановката № 9", 9),
     ("Долоо хоногийн мэдээ №10", 10)],
)  # fmt: skip
def test_a_reports_name_gives_its_number(title: str, number: int) -> None:
    assert find_number(title) == number


def test_everyday_words_name_no_report_without_a_number_mark() -> None:
    assert find_number("Информация: 2 души са евакуирани") is None and find_number("Мэдээлэл 3 удаа") is None


@pytest.mark.parametrize(
    ("name", "month"),
    [("септември", 9), ("Май", 5), ("қыркүйек", 9), ("ՄԱՅԻՍԻ", 5), ("ივლისს", 7), ("בינואר", 1), ("إبريل", 4),
     ("تشرين الأول", 10), ("اکتبر", 10), ("2 дугаар сарын", 2), ("хоёрдугаар сар", 2), ("فروردين", 101)],
)  # fmt: skip
def test_their_months_are_read(name: str, month: int) -> None:
    assert month_number(name) == month


@pytest.mark.parametrize(
    ("line", "day"),
    [("Община Мизия, 8 септември 2025 г., 08:00 ч.", date(2025, 9, 8)),
     ("حتى الساعة ٠٨:٠٠ صباح يوم الخميس ١٣ مارس ٢٠٢٥", date(2025, 3, 13)),
     ("פורסם: יום שלישי, 14 בינואר 2025", date(2025, 1, 14)), ("თბილისი, 15 ივლისი 2025", date(2025, 7, 15)),
     ("وضعیت تا ساعت ۸ صبح ۱۴ فروردین ۱۴۰۴", date(2025, 4, 3)), ("۱۰ دی ۱۴۰۳", date(2024, 12, 30)),
     ("Երևան, 2025 թ. մայիսի 27", date(2025, 5, 27)), ("2025 оны 2 дугаар сарын 17", date(2025, 2, 17))],
)  # fmt: skip
def test_a_date_in_their_months_is_read_and_a_solar_hijri_one_converted(line: str, day: date) -> None:
    assert find_date(line) == day


@pytest.mark.parametrize("line", ["با سلام و احترام،", "همکاران گرامی،", "السادة الزملاء،", "תושבים יקרים,",
                                  "Հարգելի գործընկերներ,", "ძვირფასო კოლეგებო,", "Құрметті әріптестер!",
                                  "Уважаеми колеги,", "Эрхэм хүндэт хамт олон,"])  # fmt: skip
def test_a_greeting_is_known(line: str) -> None:
    assert is_greeting(line)


@pytest.mark.parametrize("line", ["با احترام", "وتفضلوا بقبول وافر الاحترام والتقدير،،،", "בברכה,", "Հարգանքով՝",
                                  "პატივისცემით,", "Құрметпен,", "С уважение,", "Хүндэтгэсэн,"])  # fmt: skip
def test_a_close_is_known(line: str) -> None:
    assert is_sign_off(line)


@pytest.mark.parametrize(
    "line",
    ["به پیوست گزارش وضعیت امروز ارسال می‌گردد.", "نرفق لسيادتكم تقرير الموقف اليومي.", "מצורף עדכון המצב להיום.",
     "Ներկայացնում ենք այսօրվա տեղեկանքը։", "გიგზავნით დღევანდელ ანგარიშს.", "Бүгінгі жедел ақпаратты жолдаймыз.",
     "Изпращаме информация за обстановката към 08:00 ч.", "Долоо хоногийн мэдээг хүргүүлж байна."],
)  # fmt: skip
def test_a_covering_line_is_known(line: str) -> None:
    assert _is_handover(Block(line, BlockKind.LINE))


def test_a_sign_offs_lead_and_post_are_known() -> None:
    assert SIGNATURE.match("Изготвил: Г. Иванов") and SIGNATURE.match("მოამზადა: ნ. ბერიძე")
    assert SIGNATURE.match("تهیه‌کننده: علی رضایی") and SIGNATURE.match("Бэлтгэсэн: Б. Болд")
    assert names_post("Մարզպետի տեղակալ") and names_post("სამსახურის უფროსი")
    assert names_post("Облыс әкімінің орынбасары") and names_post("Онцгой байдлын газрын дарга")
    assert names_post("Секретар на кризисния щаб") and names_post("مدير مركز الأزمات") and names_post("ראש העירייה")
