"""A utility's report mailed as plain text under a greeting and a covering line ("Сайн байна уу?", "… мэдээллийг
хүргүүлж байна."), whatever the mail's subject: the report's numbered name under them ("МЭДЭЭ № 1") is its title, the
date line under it ("2026 оны 1 дүгээр сарын 13-ны 07:00 цагийн байдлаар") dates it, and neither the greeting nor the
cover is a point.

An island administrator's release on a government portal: "The Office of … issues the following situation report as
of 6:00 p.m. …" opens it; "Residents are asked to continue to listen to ZNS radio for official updates." with the
administrator's name and post after it, and the newsroom's "- 30 -", close it."""

from __future__ import annotations

from email.message import EmailMessage

from sitroom.read import parse_bytes

HEAT = [
    ("1. Товч мэдээлэл", ["Дулаан хангамжгүй байгаа орон сууцны барилга: 87."]),
    ("2. Хохирол, нөлөөлөл", ["Дулаангүй болсон өрх: 8,252."]),
    ("3. Цаашид авах арга хэмжээ", ["Дулаан хангамжийг 1 дүгээр сарын 16-ны өдөр бүрэн сэргээхээр ажиллаж байна."]),
]


def _mail() -> bytes:
    lines = [
        "Сайн байна уу?",
        "",
        "Дарханы Дулааны Сүлжээ ТӨХК-ийн дулаан хангамжийн өнөөгийн байдлын талаарх мэдээллийг хүргүүлж байна.",
        "",
        "МЭДЭЭ № 1",
        "2026 оны 1 дүгээр сарын 13-ны 07:00 цагийн байдлаар",
        "",
    ]
    for heading, points in HEAT:
        lines += [heading, *(f"- {p}" for p in points), ""]
    lines += ["Хүндэтгэсэн,", "Д.Энхтуяа", "Диспетчерийн албаны дарга"]  # fmt: skip
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "dispatch@example.mn", "ub@example.mn", "Мэдээ №1: Дулаан хангамж"
    msg.set_content("\n".join(lines) + "\n")
    return bytes(msg)


def test_a_mails_greeting_and_cover_stand_over_the_reports_own_name() -> None:
    report = parse_bytes(_mail(), "medee.eml")[0]
    assert report.title == "МЭДЭЭ № 1"
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == HEAT


RELEASE = [
    ("Summary", ["Hurricane Erin passed over the island overnight with sustained winds of 95 mph."]),
    ("Next steps", ["The next situation report will be issued on September 22."]),
]


def test_a_releases_opening_and_close_are_no_points() -> None:
    sections = "".join(f"<h2>{h}</h2>" + "".join(f"<p>{p}</p>" for p in points) for h, points in RELEASE)
    page = (
        "<html><body><nav><a href='/'>Home</a></nav><main><h1>Hurricane Situation Report No. 1 – Central Abaco</h1>"
        "<p>The Office of the Island Administrator for Central Abaco, Marsh Harbour, issues the following situation "
        f"report as of 6:00 p.m. on September 21, 2026.</p>{sections}"
        "<p>Residents are asked to continue to listen to ZNS radio for official updates. Mr. Terrance K. Pinder, "
        "Island Administrator.</p><p>- 30 -</p></main><footer>Copyright © 2026</footer></body></html>"
    )
    report = parse_bytes(page.encode(), "release.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == RELEASE
