"""A report posted as an article or sent as a message opens and closes with the writer speaking to the readers, in
every language: the post's line of particulars (its date, its author, how often it was read, its category), a
greeting ("Assalamu'alaikum warahmatullahi wabarakatuh."), the lead into the report ("Berikut kami sampaikan
perkembangan …:", "… 대응 현황을 알려드립니다."); and at its end the formula closing it ("Demikian informasi ini kami
sampaikan. Terima kasih …"), the numbers to call ("Riigiinfo telefon 1247 – … Hädaabi 112."), a box of ways to
reach the sender (a street address, a number, a mail and a web address) under the sender's name, a wish for the
readers, alone or with thanks ("무더운 날씨에 건강 관리에 유의하시기 바랍니다.
감사합니다.", "Please stay safe in the heat. Thank you."), whom to ask ("☎ 문의: … 02-879-7135"), and a sign-off
over the team's name ("Ngā mihi nui,", "Thank you for all you do,"). None of it is a point of the report. As a web
page, a Word document and Markdown."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

POSTS = {
    "id": {
        "title": "Perkembangan Penanganan Banjir di Desa Cikaret (Laporan 2)",
        "meta": ["13 Januari 2026", "Administrator", "Dibaca 316 Kali", "Berita Desa"],
        "opening": ["Assalamu'alaikum warahmatullahi wabarakatuh.",
                    "Berikut kami sampaikan perkembangan penanganan banjir di Desa Cikaret per Selasa, 13 Januari "
                    "2026 pukul 16.00 WIB:"],
        "sections": [("1. Situasi Terkini", ["Ketinggian air di permukiman masih 50 sampai 120 sentimeter."]),
                     ("2. Rencana Tindak Lanjut", ["Posko pengungsian tetap dibuka sampai air surut."])],
        "closing": ["Demikian informasi ini kami sampaikan. Terima kasih atas perhatian dan kerja sama seluruh warga."],
    },
    "ko": {
        "title": "관악구 폭염 대응 현황 (3보)",
        "meta": ["2026.08.12 16:30", "관악구보건소", "조회 1,204"],
        "opening": ["8월 12일 오후 4시 기준 관악구 폭염 대응 현황을 알려드립니다."],
        "sections": [("■ 주요 현황", ["온열질환자는 누적 37명입니다."]),
                     ("■ 향후 계획", ["무더위 쉼터 운영 시간을 밤 9시까지 연장합니다."])],
        "closing": ["무더운 날씨에 건강 관리에 유의하시기 바랍니다. 감사합니다.",
                    "☎ 문의: 관악구보건소 건강관리과 02-879-7135"],
    },
    "en": {
        "title": "Cyclone recovery: industry update 4",
        "meta": ["14 February 2026", "Posted by Comms Team", "1,204 views"],
        "opening": ["Kia ora koutou."],
        "sections": [("Where things stand", ["State Highway 2 reopened to all traffic at 6am."]),
                     ("What's next", ["The next industry webinar is on Thursday at 10am."])],
        "closing": ["Please stay safe in the heat. Thank you.", "Thank you for all you do,", "Ngā mihi nui,",
                    "The Hawke's Bay Tourism team"],
    },
    "et": {
        "title": "Olukorrateade nr 2: torm",
        "meta": ["17.01.2026 18:00", "Muhu vald", "Vaadatud 412"],
        "opening": [],
        "sections": [("Olukord", ["Elektrita on 1 240 majapidamist."]),
                     ("Edasised sammud", ["Elekter peaks olema taastatud 18. jaanuari õhtuks."])],
        "closing": ["Riigiinfo telefon 1247 – abi ja info ööpäev läbi. Hädaabi 112.", "Lugupidamisega",
                    "Muhu valla kriisikomisjon", "Saadetud Smaily kaudu"],
    },
    "is": {
        "title": "Staða mála vegna heitavatnsleysis – uppfærsla 1",
        "meta": ["9. febrúar 2026", "Veitur", "Lesið 1.204 sinnum"],
        "opening": ["Hér eru nýjustu upplýsingar um heitavatnsleysið og það sem íbúar þurfa að vita. "
                    "Upplýsingarnar eru uppfærðar daglega."],
        "sections": [("Helstu atriði", ["Hlutfall heimila sem hafa fengið heitt vatn á ný: 91%."]),
                     ("Næstu skref", ["Viðgerð á stofnlögninni lýkur á miðvikudag."])],
        "closing": [],
    },
    "ca": {
        "title": "Wildfire Update #1",
        "meta": ["May 12, 2026", "Fort McMurray Public School Division", "952 views"],
        "opening": ["Here is the latest on the wildfire and what it means for our students and schools. Please "
                    "read it and share it with your family."],
        "sections": [("Key updates", ["All 16 schools in the division remain closed."]),
                     ("Looking ahead", ["Re-entry to the community is planned for May 15."])],
        "closing": ["Take care of yourselves and each other.", "Sarah Chen Superintendent of Schools"],
        "contact": ("Fort McMurray Public School Division", ["231 Hardin Street, Fort McMurray, AB T9H 2G2",
                    "780-799-7900", "info@fmpsd.ab.ca", "fmpsd.ab.ca"]),
    },
}  # fmt: skip


def _html(post: dict) -> tuple[bytes, str]:
    meta = "\n".join(
        f'<span class="{"meta_date" if n == 0 else "meta"}">{part}</span>' for n, part in enumerate(post["meta"])
    )
    body = "".join(f"<p>{p}</p>" for p in post["opening"])
    for heading, points in post["sections"]:
        body += f"<h3>{heading}</h3><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>"
    body += "".join(f"<p>{p}</p>" for p in post["closing"])
    if "contact" in post:
        body += f"<h3>{post['contact'][0]}</h3>" + "".join(f"<p>{p}</p>" for p in post["contact"][1])
    page = (
        f"<html><head><title>{post['title']}</title></head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h2 class='post_title'>{post['title']}</h2><div class='post_commentbox'>{meta}</div>{body}</article>"
        "</body></html>"
    )
    return page.encode(), "post.html"


def _word(post: dict) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_heading(post["title"], 0)
    d.add_paragraph(" ".join(post["meta"]))
    for p in post["opening"]:
        d.add_paragraph(p)
    for heading, points in post["sections"]:
        d.add_heading(heading, 2)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    for p in post["closing"]:
        d.add_paragraph(p)
    if "contact" in post:
        d.add_heading(post["contact"][0], 3)
        for p in post["contact"][1]:
            d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "post.docx"


def _markdown(post: dict) -> tuple[bytes, str]:
    lines = [f"# {post['title']}", "", " · ".join(post["meta"]), ""]
    for p in post["opening"]:
        lines += [p, ""]
    for heading, points in post["sections"]:
        lines += [f"## {heading}", "", *(f"- {p}" for p in points), ""]
    for p in post["closing"]:
        lines += [p, ""]
    if "contact" in post:
        lines += [f"### {post['contact'][0]}", ""]
        for p in post["contact"][1]:
            lines += [p, ""]
    return "\n".join(lines).encode(), "post.md"


@pytest.mark.parametrize("make", [_html, _word, _markdown])
@pytest.mark.parametrize("lang", list(POSTS))
def test_the_writer_s_words_to_the_readers_are_no_points(lang: str, make) -> None:
    post = POSTS[lang]
    report = parse_bytes(*make(post))[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == post["sections"]
