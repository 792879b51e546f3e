"""Reports sent as official letters in Punjabi, Odia and Bengali, in Word and by mail.

An Indian or Bangladeshi office's letter stands around its report: the letterhead, whom it goes to ("ਵੱਲ", "ପ୍ରତି"),
the memo's number and date, the subject ("ਵਿਸ਼ਾ:", "ବିଷୟ:", "বিষয়:"), the letter it answers ("ਹਵਾਲਾ:", "ସୂତ୍ର:",
"সূত্র:"), a salutation ("ମହାଶୟ,") and the cover pointing back at the subject ("ਉਪਰੋਕਤ ਵਿਸ਼ੇ ਅਤੇ ਹਵਾਲੇ ਅਧੀਨ …"); after
the sections, the report sent for information and action ("… ਜਾਣਕਾਰੀ … ਹਿੱਤ ਭੇਜੀ ਜਾਂਦੀ ਹੈ।", "… ଅବଗତି … ଦାଖଲ
କରାଗଲା।", "… অবগতি … প্রেরণ করা হলো।"), the close ("ଭବଦୀୟ"), the signer, and the endorsement of the copies over
whom they go to ("ਪਿੱਠ ਅੰਕਣ ਨੰ: …", "ਉਪਰੋਕਤ ਦਾ ਉਤਾਰਾ … :-", "… অনুলিপি … :"). Only the sections are the report;
their names take their keys (a topic before what it is: "ਮੌਸਮ ਅਤੇ ਨਹਿਰਾਂ ਦੀ ਸਥਿਤੀ" is the situation), and each risk
carries the action taken ("ਕੀਤੀ ਗਈ ਕਾਰਵਾਈ:", "ଗୃହୀତ ପଦକ୍ଷେପ:")."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

PUNJABI = [
    ("ਸੰਖੇਪ ਜਾਣਕਾਰੀ", "highlights", ["ਪ੍ਰਭਾਵਿਤ ਪਿੰਡਾਂ ਦੀ ਗਿਣਤੀ: 37।"]),
    ("ਮੌਸਮ ਅਤੇ ਨਹਿਰਾਂ ਦੀ ਸਥਿਤੀ", "situation", ["ਨਹਿਰਾਂ ਵਿੱਚ ਪਾਣੀ ਦਾ ਪੱਧਰ ਘਟ ਰਿਹਾ ਹੈ।"]),
    ("ਸਿਹਤ ਸੇਵਾਵਾਂ ਉੱਤੇ ਅਸਰ", "impacts", ["ਬੰਦ ਸਿਹਤ ਕੇਂਦਰ: 4।"]),
    ("ਤਾਇਨਾਤ ਅਮਲਾ", "workforce", ["ਡਿਊਟੀ ਉੱਤੇ ਕਰਮਚਾਰੀ: 212।"]),
    ("ਖ਼ਤਰੇ", "risks", ["ਦੂਸ਼ਿਤ ਪਾਣੀ ਕਾਰਨ ਦਸਤ ਫੈਲਣ ਦਾ ਖ਼ਤਰਾ ਹੈ। ਕੀਤੀ ਗਈ ਕਾਰਵਾਈ: ਕਲੋਰੀਨ ਦੀਆਂ ਗੋਲੀਆਂ ਵੰਡੀਆਂ ਗਈਆਂ।"]),
    ("ਅਗਲੀ ਕਾਰਵਾਈ", "next-steps", ["ਅਗਲੀ ਰਿਪੋਰਟ ਕੱਲ੍ਹ ਸਵੇਰੇ ਭੇਜੀ ਜਾਵੇਗੀ।"]),
]
ODIA = [
    ("1. ସଂକ୍ଷିପ୍ତ ବିବରଣୀ", "highlights", ["ବନ୍ଦ ଥିବା ଅଙ୍ଗନୱାଡ଼ି କେନ୍ଦ୍ର: 64।"]),
    ("2. ପାଣିପାଗ ପରିସ୍ଥିତି", "situation", ["ଆଜି ସକାଳୁ ବର୍ଷା କମିଛି।"]),
    ("3. କର୍ମୀ ଓ କର୍ମଚାରୀ", "workforce", ["ନିୟୋଜିତ କର୍ମୀ: 88।"]),
    ("4. ମରାମତି ଖର୍ଚ୍ଚ", "finance", ["ଆନୁମାନିକ ଖର୍ଚ୍ଚ: ₹1.40 କୋଟି।"]),
    ("5. ବିପଦ ଆଶଙ୍କା", "risks", ["ପୁରୁଣା ଘର ଭୁଶୁଡ଼ିବାର ଆଶଙ୍କା ଅଛି। ଗୃହୀତ ପଦକ୍ଷେପ: ପିଲାମାନଙ୍କୁ ନିକଟ ବିଦ୍ୟାଳୟକୁ ସ୍ଥାନାନ୍ତର କରାଯାଇଛି।"]),
    ("6. ପରବର୍ତ୍ତୀ କାର୍ଯ୍ୟକ୍ରମ", "next-steps", ["ସୋମବାର ଠାରୁ କେନ୍ଦ୍ରଗୁଡ଼ିକ ପୁଣି ଖୋଲିବ।"]),
]
BENGALI = [
    ("১. সংক্ষিপ্ত বিবরণ", "highlights", ["প্লাবিত ইউনিয়নের সংখ্যা: ৯।"]),
    ("২. নদী ও আবহাওয়া পরিস্থিতি", "situation", ["নদীর পানি বিপৎসীমার নিচে নেমেছে।"]),
    ("৩. দুর্গতদের সহায়তা", "assistance", ["আশ্রয়কেন্দ্রে শুকনো খাবার বিতরণ করা হয়েছে।"]),
    ("৪. ঝুঁকিসমূহ", "risks", ["সাপের দংশনের ঝুঁকি বাড়ছে।"]),
]


def _save(d: docx.Document) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _punjabi(styled: bool) -> bytes:
    """The letter in Word: the report in the template's styles (``styled``) or typed bold in "Normal"."""
    d = docx.Document()
    for line in ["ਪੰਜਾਬ ਸਿਹਤ ਸਿਸਟਮਜ਼ ਕਾਰਪੋਰੇਸ਼ਨ", "ਦਫ਼ਤਰ ਸਿਵਲ ਸਰਜਨ, ਤਰਨ ਤਾਰਨ", "ਫ਼ੋਨ: 01852-224455"]:
        d.add_paragraph(line).alignment = 1
    for line in ["ਵੱਲ", "ਡਿਪਟੀ ਕਮਿਸ਼ਨਰ,", "ਤਰਨ ਤਾਰਨ।", "ਮੀਮੋ ਨੰ: 512/ਹੜ੍ਹ ਮਿਤੀ: 03.09.2026"]:
        d.add_paragraph(line)
    d.add_paragraph().add_run("ਵਿਸ਼ਾ: ਹੜ੍ਹਾਂ ਦੌਰਾਨ ਸਿਹਤ ਸੇਵਾਵਾਂ ਸਬੰਧੀ ਰੋਜ਼ਾਨਾ ਰਿਪੋਰਟ।").bold = True
    d.add_paragraph("ਹਵਾਲਾ: ਆਪ ਜੀ ਦੇ ਦਫ਼ਤਰ ਦਾ ਪੱਤਰ ਨੰ: 77/ਡੀ.ਡੀ.ਐਮ.ਏ. ਮਿਤੀ 01.09.2026।")
    d.add_paragraph("ਉਪਰੋਕਤ ਵਿਸ਼ੇ ਅਤੇ ਹਵਾਲੇ ਅਧੀਨ ਬੇਨਤੀ ਹੈ ਕਿ ਸਿਹਤ ਸੇਵਾਵਾਂ ਦੀ ਸਥਿਤੀ ਹੇਠ ਅਨੁਸਾਰ ਹੈ:-")
    if styled:
        d.add_paragraph("ਹੜ੍ਹ ਸਥਿਤੀ ਰਿਪੋਰਟ ਨੰ. 2", style="Title")
    for heading, _, points in PUNJABI:
        if styled:
            d.add_heading(heading, level=1)
        else:
            d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    d.add_paragraph("ਇਹ ਰਿਪੋਰਟ ਆਪ ਜੀ ਦੀ ਜਾਣਕਾਰੀ ਅਤੇ ਲੋੜੀਂਦੀ ਕਾਰਵਾਈ ਹਿੱਤ ਭੇਜੀ ਜਾਂਦੀ ਹੈ।")
    for line in ["(ਡਾ. ਗੁਰਮੀਤ ਕੌਰ)", "ਸਿਵਲ ਸਰਜਨ,", "ਤਰਨ ਤਾਰਨ।", "ਪਿੱਠ ਅੰਕਣ ਨੰ: 513-514/ਹੜ੍ਹ ਮਿਤੀ: 03.09.2026"]:
        d.add_paragraph(line)
    d.add_paragraph("ਉਪਰੋਕਤ ਦਾ ਉਤਾਰਾ ਹੇਠ ਲਿਖਿਆਂ ਨੂੰ ਸੂਚਨਾ ਹਿੱਤ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ:-")
    for line in ["ਡਾਇਰੈਕਟਰ ਸਿਹਤ ਸੇਵਾਵਾਂ, ਚੰਡੀਗੜ੍ਹ।", "ਦਫ਼ਤਰੀ ਕਾਪੀ।"]:
        d.add_paragraph(line, style="List Number")
    d.add_paragraph("ਸਿਵਲ ਸਰਜਨ,")
    return _save(d)


def _odia() -> bytes:
    """The letter typed in a mail's plain text."""
    lines = ["ପ୍ରତି", "ଜିଲ୍ଲା ସମାଜ କଲ୍ୟାଣ ଅଧିକାରୀ,", "କେନ୍ଦ୍ରାପଡ଼ା", "",
             "ବିଷୟ: ବନ୍ୟା ପରବର୍ତ୍ତୀ ଅଙ୍ଗନୱାଡ଼ି ପରିସ୍ଥିତି ସମ୍ପର୍କିତ ଦୈନିକ ରିପୋର୍ଟ (ରିପୋର୍ଟ ନଂ 2)",
             "ସୂତ୍ର: ଆପଣଙ୍କ କାର୍ଯ୍ୟାଳୟ ପତ୍ର ସଂଖ୍ୟା 901, ତା 01.09.2026", "", "ମହାଶୟ,", "",
             "ଉପରୋକ୍ତ ବିଷୟ ଓ ସୂତ୍ର ସମ୍ପର୍କରେ ନିବେଦନ ଯେ, ପ୍ରକଳ୍ପର ପରିସ୍ଥିତି ନିମ୍ନରେ ଦିଆଗଲା।", ""]  # fmt: skip
    for heading, _, points in ODIA:
        lines += [heading, *(f"(କ) {p}" for p in points), ""]
    lines += ["ଏହା ଆପଣଙ୍କ ସଦୟ ଅବଗତି ଓ ଆବଶ୍ୟକ କାର୍ଯ୍ୟାନୁଷ୍ଠାନ ନିମନ୍ତେ ଦାଖଲ କରାଗଲା।", "", "ଭବଦୀୟ", "ସସ୍ମିତା ସାହୁ",
              "ଶିଶୁ ବିକାଶ ପ୍ରକଳ୍ପ ଅଧିକାରୀ, ମହାକାଳପଡ଼ା"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "cdpo.mahakalapada@example.in"
    msg["To"] = "dswo.kendrapara@example.in"
    msg["Subject"] = "ଦୈନିକ ରିପୋର୍ଟ ନଂ 2"
    msg["Date"] = "Thu, 03 Sep 2026 17:10:00 +0530"
    msg.set_content("\n".join(lines))
    return bytes(msg)


def _bengali() -> bytes:
    d = docx.Document()
    for line in ["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "উপজেলা নির্বাহী অফিসারের কার্যালয়", "স্মারক নং: ০৫.৪৪.০০০০.০১২.২৬-২২১"]:
        d.add_paragraph(line).alignment = 1
    d.add_paragraph().add_run("বিষয়: বন্যা পরিস্থিতি সংক্রান্ত দৈনিক প্রতিবেদন।").bold = True
    d.add_paragraph("সূত্র: জেলা প্রশাসকের স্মারক নং-১১৮, তারিখ: ০১.০৯.২০২৬ খ্রি.")
    d.add_paragraph("উপর্যুক্ত বিষয় ও সূত্রের পরিপ্রেক্ষিতে জানানো যাচ্ছে যে, উপজেলার বন্যা পরিস্থিতি নিম্নরূপ:")
    for heading, _, points in BENGALI:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(point)
    d.add_paragraph("বিষয়টি সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ করা হলো।")
    for line in ["(মোছা. নাসরিন আক্তার)", "উপজেলা নির্বাহী অফিসার", "মোবাইল: ০১৭১১-২২৩৩৪৪"]:
        d.add_paragraph(line).alignment = 2
    d.add_paragraph("সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য অনুলিপি প্রেরণ করা হলো:")
    for line in ["১। জেলা প্রশাসক, সুনামগঞ্জ।", "২। অফিস কপি।"]:
        d.add_paragraph(line)
    return _save(d)


def _read(data: bytes, name: str) -> list[tuple[str | None, str | None, list[str]]]:
    report = parse_bytes(data, name)[0]
    return [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]


@pytest.mark.parametrize("styled", [True, False], ids=["styles", "typed"])
def test_a_punjabi_letters_head_and_foot_are_left_out_and_its_sections_keyed(styled: bool) -> None:
    assert _read(_punjabi(styled), "letter.docx") == PUNJABI
    risks = next(s for s in parse_bytes(_punjabi(styled), "letter.docx")[0].sections if s.key == "risks")
    assert [i.mitigation for i in risks.items] == ["ਕਲੋਰੀਨ ਦੀਆਂ ਗੋਲੀਆਂ ਵੰਡੀਆਂ ਗਈਆਂ।"]


def test_an_odia_letter_by_mail_reads_as_its_sections_with_the_action_taken() -> None:
    report = parse_bytes(_odia(), "letter.eml")[0]
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.items] == [
        (h, k, [f"(କ) {p}" for p in points]) for h, k, points in ODIA
    ]
    risks = next(s for s in report.sections if s.key == "risks")
    assert [i.mitigation for i in risks.items] == ["ପିଲାମାନଙ୍କୁ ନିକଟ ବିଦ୍ୟାଳୟକୁ ସ୍ଥାନାନ୍ତର କରାଯାଇଛି।"]


def test_a_bengali_letters_reference_and_copies_are_no_part_of_the_report() -> None:
    assert _read(_bengali(), "letter.docx") == BENGALI
