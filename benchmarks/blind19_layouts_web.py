"""HTML writers of the ``blind19_layouts`` set: a Vietnamese provincial steering committee's rapid report on floods
as the province's web portal publishes it (the portal's banner, menu and breadcrumbs, the article's ``<h1>`` and
date, then the official document as the editor pasted it into the CMS: the two-cell header table — "UBND TỈNH …" /
"BAN CHỈ HUY …" / "Số: …/BC-BCH" left, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc" and the
place and date right —, "BÁO CÁO NHANH" and its subject centred, "Kính gửi:", headings "I. TÌNH HÌNH MƯA LŨ" as bold
``<p>``, each point a justified ``<p>`` opening with a typed "- ", "Biện pháp:" in bold italics inside a risk's point,
the "Nơi nhận:" list and the "KT. TRƯỞNG BAN" signature side by side in a table, the attachment, view count, related
news and footer; "1.250", "12%", "3.400 triệu đồng", "16/9") and a Philippine city disaster office's "Ulat
Sitwasyon" in Filipino as a Bootstrap dashboard page on the city's website (navbar, an alert ribbon, the title and
"As of" line, a row of key-figure tiles, then each section a card whose heading is the ``<div class="card-header">``
with an icon — no ``<h*>`` element — over a ``list-group`` of points, a table of evacuation centres in its card,
"Tugon:" in bold inside a risk's point, the hotlines and footer; "1,250", "12%", "₱3,400", "Hulyo 22").
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import count, split_mitigation
from blind19_layouts_content import BUWAN, LEADS
from council_layouts_gold import Doc, Item


def _lead(item: Item, lang: str, tags: tuple[str, ...]) -> str:
    """The item's text, a risk's lead inside ``tags`` ("strong", "em": outermost first)."""
    risk, lead, mitigation = split_mitigation(item, LEADS[lang])
    if not lead:
        return escape(item.text)
    opened = "".join(f"<{t}>" for t in tags)
    closed = "".join(f"</{t}>" for t in reversed(tags))
    return f"{escape(risk)} {opened}{escape(lead)}{closed} {escape(mitigation)}"


# ---------------------------------------------------------------- Vietnamese provincial portal


def html_bao_cao_nhanh_vi(doc: Doc) -> bytes:
    """The committee's rapid report as the portal's editor publishes it, the document pasted into the article."""
    when = report_day(doc)
    tinh = doc.organisation.split(" tỉnh ")[-1]
    so = 40 + doc.number * 3 + len(tinh)
    body = []
    for s in doc.sections:
        body.append(f'<p style="text-align:justify"><strong>{escape(s.heading)}</strong></p>')
        for it in s.items:
            text = _lead(it, "vi", ("strong", "em"))
            body.append(f'<p style="text-align:justify;text-indent:36px">- {text}</p>')
    menu = "".join(f'<li><a href="/{k}">{t}</a></li>' for k, t in enumerate(
        ("Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Phòng chống thiên tai",
         "Văn bản pháp luật", "Dịch vụ công")))  # fmt: skip
    related = "".join(f'<li><a href="/tin/{k}">{t}</a> <span class="date">({when.day - k}/{when.month})</span></li>'
                      for k, t in enumerate(("Chủ tịch UBND tỉnh kiểm tra công tác khắc phục hậu quả mưa lũ",
                                             "Công điện về việc chủ động ứng phó với mưa lũ",
                                             "Thông báo lịch xả lũ hồ chứa nước"), start=1))  # fmt: skip
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{escape(doc.title)} - Cổng thông tin điện tử tỉnh {tinh}</title>
<style>body{{font-family:Arial,sans-serif;font-size:15px;margin:0}} .banner{{background:#b71c1c;color:#fff;
padding:14px 24px}} nav ul{{display:flex;gap:18px;list-style:none;background:#eee;margin:0;padding:8px 24px}}
.wrap{{display:flex;gap:24px;padding:16px 24px}} article{{flex:3}} aside{{flex:1}} td{{vertical-align:top}}
</style></head>
<body><div class="banner"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {tinh.upper()}</div>
<form class="search"><input type="text" placeholder="Tìm kiếm..."></form></div>
<nav><ul>{menu}</ul></nav>
<div class="wrap"><article>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/pctt">Phòng chống thiên tai</a></div>
<h1 class="title">Báo cáo nhanh công tác phòng, chống và khắc phục hậu quả mưa lũ (số {doc.number})</h1>
<div class="meta">{when:%d/%m/%Y} 08:{10 + doc.number:02d} | Nguồn: Văn phòng thường trực BCH PCTT và TKCN tỉnh</div>
<div class="content">
<table style="width:100%;border:none"><tr>
<td style="width:40%;text-align:center">UBND TỈNH {tinh.upper()}<br><strong>BAN CHỈ HUY PCTT VÀ TKCN</strong><br>
Số: {so}/BC-BCH</td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh
phúc</u></strong><br><em>{tinh}, ngày {when.day} tháng {when.month} năm {when.year}</em></td></tr></table>
<p style="text-align:center"><strong>BÁO CÁO NHANH</strong><br><strong>Tình hình mưa lũ và công tác ứng phó, khắc
phục hậu quả (tính đến 07 giờ ngày {when.day}/{when.month}/{when.year})</strong></p>
<p style="text-align:center">Kính gửi: Ban Chỉ đạo quốc gia về Phòng, chống thiên tai</p>
{chr(10).join(body)}
<table style="width:100%;border:none"><tr>
<td style="width:50%"><strong><em>Nơi nhận:</em></strong><br>- Như trên;<br>- Thường trực Tỉnh ủy;<br>- Chủ tịch,
các PCT UBND tỉnh;<br>- Các thành viên BCH;<br>- Lưu: VT, TTPCTT.</td>
<td style="text-align:center"><strong>KT. TRƯỞNG BAN<br>PHÓ TRƯỞNG BAN</strong><br><br><em>(Đã ký)</em><br><br>
<strong>Nguyễn Văn Hùng</strong></td></tr></table>
</div>
<p class="attach">Tệp đính kèm: <a href="/files/{so}-BC-BCH.pdf">{so}-BC-BCH.pdf</a></p>
<p class="views">Lượt xem: {zlib.crc32(doc.title.encode()) % 4000 + 300}</p>
</article>
<aside><h3>Tin liên quan</h3><ul>{related}</ul></aside></div>
<footer>Cơ quan chủ quản: UBND tỉnh {tinh} | Giấy phép số 12/GP-TTĐT | Ghi rõ nguồn khi phát hành lại thông tin từ
cổng này.</footer></body></html>"""
    return page.encode()


# ---------------------------------------------------------------- Philippine city disaster office


ICONS = {"highlights": "clipboard-data", "situation": "water", "impacts": "people", "assistance": "house-heart",
         "response": "life-preserver", "finance": "cash-coin", "risks": "exclamation-triangle",
         "communications": "megaphone"}  # fmt: skip
CENTRES = ("Malanday Elementary School", "Barangay Hall ng Tumana", "Nangka Covered Court", "Concepcion Gym")


def html_ulat_sitwasyon_fil(doc: Doc) -> bytes:
    """The city office's situation dashboard as its information officer updates it on the city website."""
    when = report_day(doc)
    city = doc.organisation.removeprefix("Lungsod ng ").removesuffix(" CDRRMO")
    tiles = (("Apektadong pamilya", count(doc, ("apektadong pamilya",), 1250)),
             ("Evacuation center", count(doc, ("evacuation center:",), 12)),
             ("Food pack", count(doc, ("food pack",), 3000)), ("Nasawi", 0))  # fmt: skip
    tile_html = "".join(f'<div class="col"><div class="stat border rounded p-3 text-center"><div class="num fs-2 '
                        f'fw-bold">{n:,}</div><div class="label small">{label}</div></div></div>'
                        for label, n in tiles)  # fmt: skip
    cards = []
    for s in doc.sections:
        items = "".join(f'<li class="list-group-item">{_lead(it, "fil", ("b",))}</li>' for it in s.items)
        extra = ""
        if s.key == "assistance":
            inside = count(doc, ("nasa loob",), 300)
            rows = "".join(f"<tr><td>{c}</td><td>{inside // (k + 2):,}</td><td>{'Bukas' if k < 3 else 'Puno'}</td>"
                           f"</tr>" for k, c in enumerate(CENTRES))  # fmt: skip
            extra = (
                '<div class="card-body"><table class="table table-sm table-striped"><thead><tr><th>Evacuation '
                f"center</th><th>Pamilya</th><th>Katayuan</th></tr></thead><tbody>{rows}</tbody></table></div>"
            )
        cards.append(
            f'<div class="card mb-3"><div class="card-header fw-semibold bg-primary text-white"><i '
            f'class="bi bi-{ICONS.get(s.key or "", "info-circle")}"></i> {escape(s.heading)}</div>'
            f'<ul class="list-group list-group-flush">{items}</ul>{extra}</div>'
        )
    page = f"""<!DOCTYPE html>
<html lang="fil"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ulat Sitwasyon Blg. {doc.number} | Lungsod ng {city}</title>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css">
</head><body>
<nav class="navbar navbar-expand-lg navbar-dark bg-dark"><div class="container"><a class="navbar-brand" href="/">
Lungsod ng {city}</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Home</a></li>
<li class="nav-item"><a class="nav-link" href="/drrmo">CDRRMO</a></li><li class="nav-item"><a class="nav-link"
href="/advisories">Mga Abiso</a></li><li class="nav-item"><a class="nav-link" href="/contact">Makipag-ugnayan</a>
</li></ul></div></nav>
<div class="alert alert-danger rounded-0 mb-0 text-center">RED ALERT: Nakataas ang Red Alert status ng CDRRMO.
Para sa rescue, tumawag sa 161.</div>
<main class="container my-4">
<div class="d-flex justify-content-between"><div class="fs-3 fw-bold">ULAT SITWASYON BLG. {doc.number}</div>
<span class="badge bg-warning text-dark align-self-start">Bagyo at Habagat</span></div>
<p class="text-muted">As of 6:00 AM, {BUWAN[when.month - 1]} {when.day}, {when.year} · {escape(doc.organisation)}</p>
<div class="row g-3 mb-4">{tile_html}</div>
{chr(10).join(cards)}
</main>
<footer class="bg-dark text-white-50 py-3"><div class="container small">Hotline 161 · (02) 8646-{2400 + len(city)} ·
Inihanda ng Operations Center, CDRRMO · © {when.year} Pamahalaang Lungsod ng {city}</div></footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body></html>"""
    return page.encode()
