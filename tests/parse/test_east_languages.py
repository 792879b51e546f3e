"""Reports in Chinese (Simplified and Traditional), Japanese, Korean, Thai, Hindi, Marathi, Bengali and Tamil: their
section names get their keys, also written without spaces between words and under the numbering and marks of
these scripts ("七、风险隐患及防范措施", "■ 懸念事項", "๘. ความเสี่ยงและมาตรการรองรับ"), a parent joining two topics
("六、力量投入和资金保障") gets none, and a risk's mitigation after its lead ("应对措施：", "조치:",
"शमन उपाय:") is split off, after a "。", a danda or no full stop at all.

Each language as a small Markdown report; the Thai, Hindi and Marathi ones also as Word documents (bold headings,
points).
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.parse.risks import split_risk
from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes

# language: (headings with their keys, the risk heading, risk, lead, mitigation)
DOCS = {
    "zh": (
        [("一、总体情况", "highlights"), ("二、雨情水情", "situation"), ("四、灾情损失", "impacts"),
         ("五、应对处置工作", "response"), ("（一）力量投入", "workforce"), ("（二）资金保障", "finance"),
         ("八、信息发布", "communications"), ("九、下一步工作", "next-steps")],
        "七、风险隐患及防范措施", "部分堤段出现管涌险情。", "应对措施：", "安排专人巡堤查险。",
    ),
    "zh-TW": (
        [("一、災情概述", "highlights"), ("二、當前狀況", "situation"), ("三、氣象預報", "forecast"),
         ("六、人力及機具", "workforce"), ("七、經費", "finance"), ("九、民眾宣導", "communications"),
         ("十、後續工作", "next-steps")],
        "八、潛在風險", "部分偏遠部落恐成孤島。", "因應作為：", "預置糧食及飲用水。",
    ),
    "ja": (
        [("■ 概要", "highlights"), ("■ 現在の状況", "situation"), ("■ 気象の見通し", "forecast"),
         ("■ 被害の状況", "impacts"), ("■ 市の対応状況", "response"), ("● 職員の配備", "workforce"),
         ("● 災害対応経費", "finance"), ("■ 市民への広報", "communications"), ("■ 今後の予定", "next-steps")],
        "■ 懸念事項", "避難所で感染症が発生するおそれ。", "対応：", "保健師が巡回している。",
    ),
    "ko": (
        [("□ 개요", "highlights"), ("□ 현재 상황", "situation"), ("□ 기상 전망", "forecast"),
         ("□ 피해 현황", "impacts"),
         ("□ 조치 사항", "response"), ("□ 인력ㆍ장비 동원", "workforce"), ("□ 소요 예산", "finance"),
         ("□ 대국민 홍보", "communications"), ("□ 향후 조치 계획", "next-steps")],
        "□ 위험 요인 및 대책", "하천 제방 붕괴 위험 증가 중", "조치:", "취약 제방 24시간 순찰",
    ),
    "th": (
        [("๑. สถานการณ์โดยสรุป", "highlights"), ("๒. สถานการณ์ปัจจุบัน", "situation"),
         ("๓. การคาดการณ์สภาพอากาศ", "forecast"), ("๔. ความเสียหาย", "impacts"), ("๕. การให้ความช่วยเหลือ", "response"),
         ("๖. กำลังพลและเครื่องจักรกล", "workforce"), ("๗. งบประมาณ", "finance"),
         ("๙. การประชาสัมพันธ์", "communications"), ("๑๐. การดำเนินการต่อไป", "next-steps")],
        "๘. ความเสี่ยงและมาตรการรองรับ", "ไฟฟ้ารั่วในพื้นที่น้ำท่วมขัง", "มาตรการรองรับ:", "งดจ่ายไฟฟ้าชั่วคราว",
    ),
    "hi": (
        [("1. सारांश:-", "highlights"), ("2. वर्तमान स्थिति:-", "situation"), ("3. मौसम पूर्वानुमान:-", "forecast"),
         ("4. क्षति का विवरण:-", "impacts"), ("5. राहत एवं बचाव कार्य:-", "response"),
         ("6. तैनात मानव संसाधन एवं उपकरण:-", "workforce"), ("7. व्यय:-", "finance"),
         ("9. जन-जागरूकता एवं सूचना प्रसार:-", "communications"), ("10. आगामी कार्यवाही:-", "next-steps")],
        "8. जोखिम एवं शमन उपाय:-", "जलजनित रोगों के फैलने का खतरा है।", "शमन उपाय:", "शिविरों में चिकित्सा दल तैनात हैं।",
    ),
    "mr": (
        [("१. सारांश", "highlights"), ("२. सद्यस्थिती", "situation"), ("३. हवामान अंदाज", "forecast"),
         ("४. नुकसान", "impacts"), ("५. डास नियंत्रण उपाययोजना", "response"), ("६. मनुष्यबळ", "workforce"),
         ("७. खर्च", "finance"), ("९. जनजागृती", "communications"), ("१०. पुढील कार्यवाही", "next-steps")],
        "८. धोके", "प्लेटलेट्सची कमतरता भासण्याचा धोका आहे.", "उपाययोजना:", "रक्तदान शिबिरे घेतली जात आहेत.",
    ),
    "bn": (
        [("১। সংক্ষিপ্ত বিবরণ", "highlights"), ("২। বর্তমান পরিস্থিতি", "situation"), ("৩। আবহাওয়ার পূর্বাভাস", "forecast"),
         ("৪। ক্ষয়ক্ষতির বিবরণ", "impacts"), ("৫। ত্রাণ ও উদ্ধার কার্যক্রম", "response"), ("৬। জনবল ও সরঞ্জাম", "workforce"),
         ("৭। ব্যয়", "finance"), ("৯। জনসচেতনতা ও প্রচারণা", "communications"), ("১০। পরবর্তী করণীয়", "next-steps")],
        "৮। ঝুঁকি ও গৃহীত ব্যবস্থা", "বাঁধ ভেঙে নতুন এলাকা প্লাবিত হওয়ার ঝুঁকি বাড়ছে।", "গৃহীত ব্যবস্থা:",
        "দুর্বল বাঁধে জিও ব্যাগ ফেলা হচ্ছে।",
    ),
    "ta": (
        [("சுருக்கம்", "highlights"), ("தற்போதைய நிலைமை", "situation"), ("வானிலை முன்னறிவிப்பு", "forecast"),
         ("பாதிப்புகள்", "impacts"), ("நிவாரணப் பணிகள்", "response"), ("பணியாளர்கள் மற்றும் உபகரணங்கள்", "workforce"),
         ("செலவினம்", "finance"), ("பொதுமக்களுக்கான தகவல்", "communications"),
         ("அடுத்தகட்ட நடவடிக்கைகள்", "next-steps")],
        "அபாயங்கள்", "மின்கம்பிகள் அறுந்து விழும் அபாயம்.", "தணிப்பு நடவடிக்கை:", "மின்விநியோகம் நிறுத்தப்பட்டுள்ளது.",
    ),
}  # fmt: skip
POINT = {"zh": "全县受灾人口1,250人。", "zh-TW": "全縣受災人口1,250人。", "ja": "避難者数1,250人。",
         "ko": "이재민 1,250명", "th": "ประชาชนได้รับผลกระทบ ๑,๒๕๐ ครัวเรือน", "hi": "प्रभावित जनसंख्या 1,250 है।",
         "mr": "बाधित कुटुंबे 1,250 आहेत.",
         "bn": "ক্ষতিগ্রস্ত পরিবার ১,২৫০টি।", "ta": "பாதிக்கப்பட்ட குடும்பங்கள் 1,250."}  # fmt: skip


def _sep(lang: str) -> str:
    return "" if lang in ("zh", "zh-TW", "ja") else " "


def _markdown(lang: str) -> str:
    headings, risk_heading, risk, lead, mitigation = DOCS[lang]
    out = [f"## {h}\n\n- {POINT[lang]}\n" for h, _ in headings]
    out.insert(4, f"## {risk_heading}\n\n- {risk}{_sep(lang)}{lead}{_sep(lang)}{mitigation}\n")
    return "\n".join(out)


def _word(lang: str) -> bytes:
    headings, risk_heading, risk, lead, mitigation = DOCS[lang]
    document = docx.Document()
    body = [(h, POINT[lang]) for h, _ in headings]
    body.insert(4, (risk_heading, f"{risk} {lead} {mitigation}"))
    for heading, point in body:
        document.add_paragraph().add_run(heading).bold = True
        document.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _check(report, lang: str) -> None:
    headings, risk_heading, _, _, mitigation = DOCS[lang]
    keys = {s.heading: s.key for s in report.sections if s.heading}
    for heading, key in headings:
        assert keys.get(heading) == key, (heading, keys)
    assert keys.get(risk_heading) == "risks", keys
    risks = next(s for s in report.sections if s.heading == risk_heading)
    assert [i.mitigation for i in risks.items] == [mitigation]


@pytest.mark.parametrize("lang", list(DOCS))
def test_markdown_report_keys_and_mitigation(lang: str) -> None:
    _check(parse_bytes(_markdown(lang).encode(), f"report-{lang}.md")[0], lang)


@pytest.mark.parametrize("lang", ["th", "hi", "mr"])
def test_word_report_keys_and_mitigation(lang: str) -> None:
    _check(parse_bytes(_word(lang), f"report-{lang}.docx")[0], lang)


@pytest.mark.parametrize(
    "heading",
    ["六、力量投入和资金保障", "■ 配備体制及び経費", "வளங்கள்", "目前未接到人员伤亡报告。", "全县主要河流水位持续回落"],
)
def test_a_parent_of_two_topics_or_a_sentence_gets_no_key(heading: str) -> None:
    assert classify_heading(heading)[0] is None


@pytest.mark.parametrize(
    ("heading", "key"),
    # the key points, the expenditure and the follow-up, in Traditional and Simplified letters, bracketed or numbered
    [("【重點】", "highlights"), ("一、重点情况", "highlights"), ("【開支】", "finance"), ("七、开支", "finance"),
     ("跟進工作", "next-steps"), ("十、跟进", "next-steps"), ("【幫街坊】", "assistance"),
     ("【之後會做】", "next-steps")],
)  # fmt: skip
def test_common_chinese_names(heading: str, key: str) -> None:
    assert classify_heading(heading)[0].value == key


def test_a_lead_after_a_full_stop_of_these_scripts_is_split_off() -> None:
    assert split_risk("灾后饮用水源可能受到污染。防范措施：开展水质检测。") == (
        "灾后饮用水源可能受到污染。",
        "开展水质检测。",
    )
    assert split_risk("ความเสี่ยงโรคที่มากับน้ำ มาตรการ: ออกหน่วยแพทย์") == ("ความเสี่ยงโรคที่มากับน้ำ", "ออกหน่วยแพทย์")
    assert split_risk("ঝুঁকি বাড়ছে। গৃহিত") == ("ঝুঁকি বাড়ছে। গৃহিত", None)  # no colon, no lead
    # Cantonese as it is spoken: what has been done already
    assert split_risk("今晚潮漲，水可能再浸入地舖：繼續留意緊。已經做咗：義工幫舖頭擺好沙包。") == (
        "今晚潮漲，水可能再浸入地舖：繼續留意緊。",
        "義工幫舖頭擺好沙包。",
    )


# Another city's names: numbered with a full-width digit and space, the staffing as the response's set-up
# ("対応体制"), the risks as "matters of concern" ("懸念される事項").
OTHER_CITY = [
    ("１　概要", "highlights"),
    ("７　対応体制", "workforce"),
    ("８　経費", "finance"),
    ("９　懸念される事項", "risks"),
]


@pytest.mark.parametrize("layout", ["markdown", "word"])
def test_another_city_s_names_get_their_keys(layout: str) -> None:
    if layout == "markdown":
        body = "".join(f"## {h}\n\n- 避難者数1,250人。\n\n" for h, _ in OTHER_CITY)
        data, name = f"# クマの出没状況について（第3報）\n\n{body}".encode(), "r.md"
    else:
        d = docx.Document()
        d.add_paragraph("クマの出没状況について（第3報）", style="Title")
        for h, _ in OTHER_CITY:
            d.add_heading(h, 2)
            d.add_paragraph("避難者数1,250人。", style="List Bullet")
        buf = io.BytesIO()
        d.save(buf)
        data, name = buf.getvalue(), "r.docx"
    report = parse_bytes(data, name)[0]
    assert [(s.heading.replace("\u3000", " "), s.key) for s in report.sections] == [
        (h.replace("\u3000", " "), k) for h, k in OTHER_CITY
    ]
