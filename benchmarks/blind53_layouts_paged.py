"""PDF writer of the ``blind53_layouts`` set that prints HTML (WeasyPrint, in the e-office system's place): a
Vietnamese provincial people's committee's quick report on landslides, issued from its e-office system with two
digital signatures.

A province in Vietnam's northern mountains after days of rain set off landslides: the provincial people's committee's
"BÁO CÁO nhanh" to the national civil defence steering committee and the ministry, drafted in Word to the form that
Decree 30/2020/NĐ-CP sets for administrative documents and issued as a PDF from the province's e-office system,
signed digitally by the vice-chairman and then by the committee's office: the committee's name and "Số: 312/BC-UBND"
at the left, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc" underlined at the right with the
place and date in italics, the office's signature box at the top right of the first page ("Ký bởi: Văn phòng Ủy ban
nhân dân", "Cơ quan: Tỉnh …", "Ngày ký: … +07:00"), "BÁO CÁO" and its subject centred, "Kính gửi:", an opening
sentence, each section's name in bold capitals after its Roman numeral ("II. DIỄN BIẾN MƯA, SẠT LỞ"), the summary as
paragraphs indented on the first line, the other points typed after "- ", "Biện pháp ứng phó:" in bold,
"… trân trọng báo cáo./.", "Nơi nhận:" with its list at the left and "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
"PHÓ CHỦ TỊCH", the red seal with the signer's box and name at the right, and the page number at the top from the
second page. "3.400 triệu đồng", "1,25 tỷ đồng", "1.250", "12%", "16/9", "(báo cáo trước: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind53_layouts_banks_away import SATLO
from blind53_layouts_content import parts
from council_layouts_gold import Doc

TINH = (("LÀO CAI", "Lào Cai", "laocai", "Nguyễn Thành Sinh"),
        ("TUYÊN QUANG", "Tuyên Quang", "tuyenquang", "Hoàng Việt Phương"),
        ("CAO BẰNG", "Cao Bằng", "caobang", "Lê Hải Hòa"),
        ("LAI CHÂU", "Lai Châu", "laichau", "Tống Thanh Hải"))  # fmt: skip
SEAL = """<svg class="seal" width="112" height="112" viewBox="0 0 112 112"><circle cx="56" cy="56" r="52" \
fill="none" stroke="#d0161b" stroke-width="3"/><circle cx="56" cy="56" r="38" fill="none" stroke="#d0161b" \
stroke-width="1.5"/><text x="56" y="60" font-size="22" text-anchor="middle" fill="#d0161b">★</text></svg>"""


def _point(it) -> str:
    risk, lead, rest = parts(it, "vi")
    text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
    return f'<p class="point">- {text}</p>'


def _pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def pdf_eoffice_bao_cao_sat_lo_vi(doc: Doc) -> bytes:
    """The people's committee's quick report on the landslides, issued signed from its e-office system."""
    when = report_day(doc)
    k = SATLO.organisations.index(doc.organisation)
    upper, name, slug, signer = TINH[k]
    h = zlib.crc32(doc.title.encode())
    number = 280 + h % 90 + doc.number * 3
    stamp = f"{when:%d-%m-%Y} {16 + h % 3}:{h % 60:02d}:{(h >> 6) % 60:02d} +07:00"
    body = []
    for s in doc.sections:
        body.append(f'<p class="section">{escape(s.heading)}</p>')
        if s.key == "highlights":
            body += [f'<p class="para">{escape(it.text)}</p>' for it in s.items]
        else:
            body += [_point(it) for it in s.items]
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{number}/BC-UBND</title>
<style>
@page {{ size: A4; margin: 20mm 18mm 20mm 30mm;
  @top-center {{ content: counter(page); font: 13pt "Liberation Serif"; }} }}
@page :first {{ @top-center {{ content: none; }} }}
body {{ font-family: "Liberation Serif", "Times New Roman", serif; font-size: 14pt; line-height: 1.3; margin: 0; }}
table.head {{ width: 100%; border-collapse: collapse; }} table.head td {{ vertical-align: top; text-align: center; }}
.org {{ font-size: 13pt; font-weight: bold; }} .rule {{ width: 30%; margin: 1pt auto 4pt; border-top: 0.8pt solid; }}
.nation {{ font-size: 12.5pt; font-weight: bold; }} .motto {{ font-size: 13.5pt; font-weight: bold; }}
.mrule {{ width: 62%; margin: 1pt auto 6pt; border-top: 0.8pt solid; }}
.date {{ font-style: italic; font-size: 14pt; }} .num {{ font-size: 13pt; }}
.office {{ position: absolute; top: -18.5mm; right: -12mm; width: 60mm; border: 0.6pt solid #1b4f9c;
  color: #1b4f9c; font: 6.5pt "Liberation Sans"; padding: 0.8mm 1.5mm; line-height: 1.3; }}
.kind {{ text-align: center; font-weight: bold; margin: 8mm 0 0; }}
.subject {{ text-align: center; font-weight: bold; margin: 0 12mm; }}
.srule {{ width: 25%; margin: 2pt auto 6mm; border-top: 0.8pt solid; }}
.to {{ text-align: center; margin-bottom: 4mm; }}
p {{ margin: 0 0 4pt; text-align: justify; }} .para, .point {{ text-indent: 10mm; }}
.section {{ font-weight: bold; text-indent: 10mm; margin-top: 6pt; }}
table.end {{ width: 100%; margin-top: 6mm; border-collapse: collapse; }} table.end td {{ vertical-align: top; }}
.recv {{ font-size: 11pt; line-height: 1.25; }} .recv b {{ font-style: italic; font-size: 12pt; }}
.sign {{ text-align: center; font-weight: bold; }} .sigbox {{ position: relative; height: 34mm; }}
.seal {{ position: absolute; left: 4mm; top: 2mm; }}
.signer {{ position: absolute; left: 26mm; top: 12mm; width: 52mm; border: 0.6pt solid #d0161b; color: #d0161b;
  font: 6.5pt "Liberation Sans"; padding: 1mm 1.5mm; text-align: left; font-weight: normal; background: white; }}
</style></head><body>
<div class="office">Ký bởi: Văn phòng Ủy ban nhân dân<br>Email: vanphong@{slug}.gov.vn<br>Cơ quan: Tỉnh {name}<br>\
Ngày ký: {stamp}</div>
<table class="head"><tr><td style="width:40%"><div class="org">ỦY BAN NHÂN DÂN<br>TỈNH {upper}</div>\
<div class="rule"></div><div class="num">Số: {number}/BC-UBND</div></td>
<td><div class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="motto">Độc lập - Tự do - Hạnh phúc</div>
<div class="mrule"></div><div class="date">{name}, ngày {when.day:02d} tháng {when.month:02d} năm {when.year}</div></td>
</tr></table>
<p class="kind">BÁO CÁO</p>
<p class="subject">Nhanh tình hình thiệt hại do mưa lớn, sạt lở đất và công tác ứng phó, khắc phục hậu quả
(tính đến 16 giờ 00 ngày {when.day:02d}/{when.month:02d}/{when.year})</p>
<div class="srule"></div>
<p class="to">Kính gửi:<br>- Ban Chỉ đạo Phòng thủ dân sự quốc gia;<br>- Bộ Nông nghiệp và Môi trường.</p>
<p class="para">Thực hiện chế độ báo cáo trong tình huống thiên tai, Ủy ban nhân dân tỉnh {name} báo cáo nhanh
tình hình thiệt hại và công tác ứng phó như sau:</p>
{chr(10).join(body)}
<p class="para">Ủy ban nhân dân tỉnh {name} trân trọng báo cáo./.</p>
<table class="end"><tr><td style="width:52%" class="recv"><b>Nơi nhận:</b><br>- Như trên;<br>- TT Tỉnh ủy, \
TT HĐND tỉnh;<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Bộ Chỉ huy Quân sự tỉnh;<br>- Sở Nông nghiệp và Môi trường;\
<br>- UBND các xã bị ảnh hưởng;<br>- Lưu: VT, NLN.</td>
<td class="sign">TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<div class="sigbox">{SEAL}\
<div class="signer">Ký bởi: {escape(signer)}<br>Cơ quan: Ủy ban nhân dân tỉnh {name}<br>Thời gian ký: \
{stamp}</div></div>{escape(signer)}</td></tr></table>
</body></html>"""
    return _pdf(html)
