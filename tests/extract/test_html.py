"""HTML extraction: main content only, in order, with the right block kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.errors import CorruptDocument, EmptyDocument, ExtractError
from sitroom.extract import ExtractContext, extract_bytes
from sitroom.extract.html import HtmlExtractor
from sitroom.model import BlockKind

WHO_DON = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "who-don-ebola-drc-2018"

MENU = "".join(f'<li><a href="/p{i}">Menu entry {i}</a></li>' for i in range(60))
LANGS = "".join(f'<li><a href="/{c}">{c}</a></li>' for c in ("ar", "zh", "en", "fr", "ru", "es"))

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Site | Weekly situation update 12</title>
<meta name="date" content="2020-04-20">
<style>p {{ color: red }}</style><script>var x = "<p>not content</p>";</script></head>
<body>
<header><div class="logo">Health Agency</div><ul class="languages">{LANGS}</ul></header>
<nav><ul>{MENU}</ul></nav>
<div class="menu"><ul>{MENU}</ul></div>
<div id="page">
  <article>
    <h1>Weekly situation update 12</h1>
    <div class="meta"><p>Situation report<br>20 April&nbsp;2020</p></div>
    <p>The outbreak   remains active;
       cases were reported in two districts<sup>1</sup>.</p>
    <h2>Response</h2>
    <p>Partners continue to support the response in all affected areas.</p>
    <ul>
      <li>As of 18&nbsp;September<sup>2</sup>, 209 experts have been deployed.</li>
      <li>Contact tracing continues
        <ul><li>1983 contacts under follow-up</li></ul>
      </li>
    </ul>
    <h3>Laboratory</h3>
    <ol><li>Two mobile laboratories are operational.</li><li>Testing capacity doubled.</li></ol>
    <h4>Figure 1: Cases by week</h4>
    <div class="teaser"><img src="fig1.png" alt=""></div>
    <p>*Data in recent weeks are subject to delays.</p>
    <table>
      <tr><th>District</th><th>Cases</th><th>Deaths</th></tr>
      <tr><td>North</td><td>1 204</td><td>17</td></tr>
      <tr><td>South</td><td>982</td><td>9</td></tr>
    </table>
    <div class="share-buttons"><a href="#">Share on Twitter</a></div>
    <hr>
    <p><sup>1</sup>Cases are subject to reclassification.</p>
    <p><sup>2</sup>Contacts under surveillance change daily.</p>
  </article>
  <aside><h3>Related links</h3><ul><li><a href="/x">Other outbreaks</a></li></ul></aside>
</div>
<footer><p>© 2020 Health Agency. All rights reserved. Privacy policy and terms of use apply here.</p>
<ul><li><a href="/contact">Contact us</a></li></ul></footer>
</body></html>"""


def _blocks(doc):
    return [(b.kind, b.text) for b in doc.blocks if not b.style.get("title")]


def test_only_the_main_content_comes_out_in_order():
    doc = extract_bytes(PAGE.encode("utf-8"), "update.html")
    assert doc.format == "html"
    assert doc.title == "Weekly situation update 12"
    assert doc.meta["date"] == "2020-04-20"
    assert _blocks(doc) == [
        (BlockKind.PARAGRAPH, "The outbreak remains active; cases were reported in two districts."),
        (BlockKind.HEADING, "Response"),
        (BlockKind.PARAGRAPH, "Partners continue to support the response in all affected areas."),
        (BlockKind.ITEM, "As of 18 September, 209 experts have been deployed."),
        (BlockKind.ITEM, "Contact tracing continues"),
        (BlockKind.ITEM, "1983 contacts under follow-up"),
        (BlockKind.HEADING, "Laboratory"),
        (BlockKind.ITEM, "Two mobile laboratories are operational."),
        (BlockKind.ITEM, "Testing capacity doubled."),
    ]
    # The number table is counted, not turned into items.
    assert len(doc.tables) == 1 and doc.tables[0].rows == 3 and doc.tables[0].cols == 3


def test_levels_bullets_title_blocks_and_offsets():
    doc = extract_bytes(PAGE.encode("utf-8"), "update.html")
    by_text = {b.text: b for b in doc.blocks}
    assert by_text["Response"].level == 1 and by_text["Laboratory"].level == 2
    assert by_text["1983 contacts under follow-up"].level == 2
    assert by_text["Contact tracing continues"].bullet == "•"
    assert by_text["Testing capacity doubled."].bullet == "2."
    titles = [b.text for b in doc.blocks if b.style.get("title")]
    assert titles == ["Weekly situation update 12", "Situation report 20 April 2020"]
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text


def test_density_fallback_without_semantic_container_and_bold_heading():
    links = "".join(f'<p><a href="/{i}">Link {i}</a></p>' for i in range(30))
    prose = "This sentence is long enough to count as the prose of the report. " * 3
    html = (
        f"<html><body><div class='x'>{links}</div><div class='y'>"
        f"<p><b>Key highlights</b></p><p>{prose}</p><p>{prose}</p></div></body></html>"
    )
    doc = extract_bytes(html.encode(), "page.htm")
    kinds = [(b.kind, b.text[:14]) for b in doc.blocks]
    assert kinds == [
        (BlockKind.HEADING, "Key highlights"),
        (BlockKind.PARAGRAPH, "This sentence "),
        (BlockKind.PARAGRAPH, "This sentence "),
    ]


def test_text_table_rows_give_row_label_headings_and_items():
    html = """<html><body><main><h2>Actions</h2><table>
      <tr><th>Pillar</th><th>Actions</th></tr>
      <tr><td>Surveillance</td><td><ul><li>Active case search in 4 districts.</li>
          <li>Contact follow-up at 95%.</li></ul></td></tr>
      <tr><td>Logistics</td><td>Supplies delivered to all treatment centres.</td></tr>
    </table></main></body></html>"""
    doc = extract_bytes(html.encode(), "actions.html")
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, 1, "Actions"),
        (BlockKind.HEADING, 2, "Surveillance"),
        (BlockKind.ITEM, 1, "Active case search in 4 districts."),
        (BlockKind.ITEM, 1, "Contact follow-up at 95%."),
        (BlockKind.HEADING, 2, "Logistics"),
        (BlockKind.PARAGRAPH, 1, "Supplies delivered to all treatment centres."),
    ]
    assert doc.tables == []


def test_declared_charset_is_honoured():
    html = '<html><head><meta charset="windows-1252"></head><body><p>Café – fermé</p></body></html>'
    doc = extract_bytes(html.encode("cp1252"), "page.html")
    assert doc.blocks[0].text == "Café – fermé"


def test_score_sniffs_content_not_only_the_name():
    ex = HtmlExtractor()
    assert ex.score(b"  <!DOCTYPE html><html>", "report.txt") >= 0.9
    assert ex.score(b"%PDF-1.7\n", "report.html") < 0.5
    assert ex.score(b"just words", "notes.txt") == 0.0


def test_malformed_markup_still_gives_its_text():
    doc = extract_bytes(b"<html><body><h2>Risks<p>Unclosed <b>bold<ul><li>one<li>two", "broken.html")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, "Risks"),
        (BlockKind.PARAGRAPH, "Unclosed bold"),
        (BlockKind.ITEM, "one"),
        (BlockKind.ITEM, "two"),
    ]


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (
            b"<html><body><nav><ul><li><a href='/'>Home</a></li></ul></nav><script>x()</script></body></html>",
            EmptyDocument,
        ),
        (b"<html><head><title>t</title></head><body>   </body></html>", EmptyDocument),
        (b"<html>\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 40, CorruptDocument),
    ],
    ids=["only-navigation", "empty-body", "binary"],
)
def test_pages_without_content_raise_project_errors(data, error):
    with pytest.raises(error) as info:
        HtmlExtractor().extract(data, "bad.html", ExtractContext())
    assert isinstance(info.value, ExtractError) and info.value.source == "bad.html"


@pytest.mark.corpus
def test_who_outbreak_news_page_main_content():
    path = WHO_DON / "2018-09-20.html"
    if not path.exists():
        pytest.skip(f"{path} not available")
    doc = extract_bytes(path.read_bytes(), path.name)
    headings = [b.text for b in doc.blocks if b.kind == BlockKind.HEADING]
    assert headings == ["Public health response", "WHO risk assessment", "WHO advice"]
    texts = [b.text for b in doc.blocks]
    assert sum(b.kind == BlockKind.ITEM for b in doc.blocks) == 14
    assert not any(t.startswith(("Figure", "*", "The number of cases is subject")) for t in texts)
    assert any("as of 18 September. Of these" in t for t in texts)
    assert not any("Related links" in t or "Previous outbreaks" in t for t in texts)


def test_word_html_list_paragraphs_become_items():
    # What Outlook/Word write for a bulleted list: the glyph is text, the level is in the style.
    html = """<html><body><div class=WordSection1>
    <p class=MsoNormal><b>Key Highlights<o:p></o:p></b></p>
    <p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>
    <span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Sickness at 5%
    <o:p></o:p></p>
    <p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><![if !supportLists]><span>o<span>&nbsp;&nbsp;
    </span></span><![endif]>Mostly short-term<o:p></o:p></p>
    <p class=MsoNormal>Regards,<o:p></o:p></p></div></body></html>"""
    doc = extract_bytes(html.encode(), "body.html")
    assert [(b.kind, b.level, b.bullet, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, 1, None, "Key Highlights"),
        (BlockKind.ITEM, 1, "·", "Sickness at 5%"),
        (BlockKind.ITEM, 2, "o", "Mostly short-term"),
    ]
    # the message's close is the letter around the report, left out and counted
    assert "1 sign-off and signature line(s) left out" in doc.warnings
