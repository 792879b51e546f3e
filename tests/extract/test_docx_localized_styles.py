"""Word's built-in styles under the names a localized Word gives them: "Otsikko 1" (Finnish), "Rubrik 1"
(Swedish), "Überschrift 1" (German) are Heading 1, "Numeroitu luettelo" and "Punktlista" the numbered and
bulleted lists. The headings are headings and the list entries items, whether the styles part names the
styles in the local language or is missing and only the paragraphs' style ids ("Otsikko1") name them.

Two layouts: a package whose styles part stores the localized names (and no heading formatting), and a
package with no styles part at all.
"""

from __future__ import annotations

import io
import zipfile
from html import escape

import pytest

from sitroom.read import parse_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SECTIONS = [
    ("Tilannekuva", ["Keittokehotus koskee 1 250 kotitaloutta.", "Vesinäytteissä todettiin kolibakteereja."]),
    ("Riskit", ["Vatsatautitapausten lisääntyminen."]),
    ("Viestintä", ["Tiedote julkaistiin kunnan verkkosivuilla."]),
]
LANGUAGES = {
    "fi": ("Otsikko1", "Otsikko 1", "Numeroituluettelo", "Numeroitu luettelo"),
    "sv": ("Rubrik1", "Rubrik 1", "Punktlista", "Punktlista"),
    "de": ("berschrift1", "Überschrift 1", "Aufzhlungszeichen", "Aufzählungszeichen"),
}


def _para(text: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}<w:r><w:t>{escape(text)}</w:t></w:r></w:p>"


def _package(lang: str, with_styles: bool) -> bytes:
    heading_id, heading_name, list_id, list_name = LANGUAGES[lang]
    body = _para("Kunnan valmiusjohtoryhmä, tilannekatsaus 2, 13.8.2024")
    for heading, items in SECTIONS:
        body += _para(heading, heading_id) + "".join(_para(i, list_id) for i in items)
    document = f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    styles = (
        f'<w:styles xmlns:w="{W}">'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        f'<w:style w:type="paragraph" w:styleId="{heading_id}"><w:name w:val="{heading_name}"/>'
        '<w:basedOn w:val="Normal"/></w:style>'
        f'<w:style w:type="paragraph" w:styleId="{list_id}"><w:name w:val="{list_name}"/>'
        '<w:basedOn w:val="Normal"/></w:style></w:styles>'
    )
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = f'<Override PartName="/word/document.xml" ContentType="{mime}.document.main+xml"/>'
    rels = (
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"'
        ' Target="styles.xml"/>'
    )
    if with_styles:
        overrides += f'<Override PartName="/word/styles.xml" ContentType="{mime}.styles+xml"/>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", document)
        if with_styles:
            z.writestr(
                "word/_rels/document.xml.rels",
                f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
                "</Relationships>",
            )
            z.writestr("word/styles.xml", styles)
    return buf.getvalue()


@pytest.mark.parametrize("with_styles", [True, False])
@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_localized_heading_and_list_styles_are_headings_and_items(lang: str, with_styles: bool) -> None:
    report = parse_bytes(_package(lang, with_styles), "katsaus.docx")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == SECTIONS
