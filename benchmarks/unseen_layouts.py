"""Council sitreps in layouts none of sitroom's reading rules were written for: an honest measure.

    python benchmarks/unseen_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                        [--write DIR] [--json] [-v]

``council_layouts.py`` scores twelve layouts the parser has been tuned on. This is a second, separate
set, kept apart so that its figures say how sitroom reads a publisher nobody tuned for: a French
return (Word, French headings and risk table), a Spanish one (PDF, "–" dashes, a mitigation on the line
after "Mitigation:"), a PDF with a "SITUATION IN NUMBERS" box beside the body, a form-style PDF (a
label | value grid, then bulleted sections), Roman-numeral headings in bold body-size text, a Word
return whose sections are table rows with a RAG column, Markdown with front matter, link headings,
hard-wrapped paragraphs and a fenced block, and a web page of plain ``<div>``s with a left-hand list
of links and a footer. The generator's structure is the gold; the scorer and the linking measure are
those of ``council_layouts.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import unseen_layouts_web as web  # noqa: E402
import unseen_layouts_writers as w  # noqa: E402
from council_layouts import Tally, _explain, _links, _scorer, _wording  # noqa: E402
from council_layouts_gold import Doc, Wording, build  # noqa: E402

from sitroom.generate import iter_series  # noqa: E402
from sitroom.read import parse_bytes  # noqa: E402


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    ext: str
    write: Callable[[Doc], bytes]
    wording: tuple[Wording, Wording]  # a service's return, the flood response
    title: str  # format string: {org} {service} {n} {date}
    risk_table: bool = False
    restyle: Callable[[Doc], None] | None = None  # changes the printed text (and so the gold) first


LAYOUTS = (
    Layout("word-french", "docx", w.word_french, _wording(
        [("Points saillants", "highlights"), ("Défis", "risks"), ("Ressources humaines", "workforce"),
         ("Finances", "finance"), ("Relèvement", "recovery"), ("Communication", "communications")],
        [("Situation actuelle", "situation"), ("Prévisions", "forecast"), ("Impacts", "impacts"),
         ("Riposte", "response"), ("Défis", "risks"), ("Relèvement", "recovery"),
         ("Communication", "communications")]),
        "{org} – Rapport de situation n° {n} – {service}", risk_table=True),
    Layout("pdf-spanish-dashes", "pdf", w.pdf_spanish_dashes, _wording(
        [("Aspectos destacados", "highlights"), ("Riesgos", "risks"), ("Personal", "workforce"),
         ("Costes", "finance"), ("Recuperación", "recovery"), ("Comunicación", "communications")],
        [("Situación actual", "situation"), ("Pronóstico", "forecast"), ("Impactos", "impacts"),
         ("Respuesta", "response"), ("Riesgos", "risks"), ("Recuperación", "recovery"),
         ("Comunicación", "communications")]),
        "Informe de situación n.º {n} – {service}", restyle=w.restyle_mitigation_line),
    Layout("pdf-sidebar-numbers", "pdf", w.pdf_sidebar, _wording(
        [("Overview of activity", "activity"), ("Risks and issues", "risks"), ("Workforce", "workforce"),
         ("Finance", "finance"), ("Recovery", "recovery"), ("Communications", "communications")],
        [("Situation overview", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"),
         ("Response", "response"), ("Risks and issues", "risks"), ("Recovery", "recovery"),
         ("Communications", "communications")]),
        "{service} Situation Report {n} – {date}"),
    Layout("pdf-form-grid", "pdf", w.pdf_form, _wording(
        [("Summary of activity", "activity"), ("Risks", "risks"), ("Staffing", "workforce"),
         ("Financial impact", "finance"), ("Recovery planning", "recovery"), ("Communications", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Risks", "risks"), ("Recovery planning", "recovery"), ("Communications", "communications")]),
        "{org} weekly return form – {service}"),
    Layout("pdf-roman-bold", "pdf", w.pdf_roman, _wording(
        [("Key points", "highlights"), ("Risks", "risks"), ("Human resources", "workforce"), ("Finance", "finance"),
         ("Recovery", "recovery"), ("Communication", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Risks", "risks"), ("Recovery", "recovery"), ("Communication", "communications")]),
        "{org} {service} situation report no. {n}", restyle=w.restyle_roman),
    Layout("word-rows-rag", "docx", w.word_rows_rag, _wording(
        [("Service activity", "activity"), ("Issues and risks", "risks"), ("Staffing", "workforce"),
         ("Budget", "finance"), ("Recovery", "recovery"), ("Communications", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Issues and risks", "risks"), ("Recovery", "recovery"), ("Communications", "communications")]),
        "{service} – highlight report {n} – {date}"),
    Layout("markdown-linked", "md", web.markdown_linked, _wording(
        [("Activity", "activity"), ("Risks", "risks"), ("Workforce", "workforce"), ("Finance", "finance"),
         ("Recovery", "recovery"), ("Communications", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Risks", "risks"), ("Recovery", "recovery"), ("Communications", "communications")]),
        "{service} weekly return {n}"),
    Layout("html-left-nav", "html", web.html_left_nav, _wording(
        [("Service update", "activity"), ("Risks and issues", "risks"), ("Our workforce", "workforce"),
         ("Finance", "finance"), ("Recovery", "recovery"), ("Keeping people informed", "communications")],
        [("Current situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"),
         ("Response", "response"), ("Risks and issues", "risks"), ("Recovery", "recovery"),
         ("Keeping people informed", "communications")]),
        "{service} update {n}: {date}"),
)  # fmt: skip


def run_layout(layout: Layout, args, sc, out: Path | None) -> Tally:
    """Parse and score every report of every series printed in ``layout``; link consecutive reports."""
    tally = Tally()
    index = [lay.name for lay in LAYOUTS].index(layout.name)
    # other seeds than council_layouts.py's, so that the content is not the tuned set's either
    for series in iter_series(args.series, args.reports, seed=args.seed + 100 + index, organisations=2):
        prev = None
        for rep in series:
            wording = layout.wording[1 if rep.profile.kind == "emergency" else 0]
            doc = build(rep, wording, layout.title)
            if layout.restyle:
                layout.restyle(doc)
            name = f"{rep.series}/{rep.date.isoformat()}-{layout.name}-{rep.number}.{layout.ext}"
            data = layout.write(doc)
            gold = doc.gold(f"{layout.name}/{name}", layout.risk_table)
            report = parse_bytes(data, Path(name).name)[0]
            pred = report.to_json()
            if out:
                path = out / layout.name / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                path.with_name(path.name + ".gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False))
                path.with_name(path.name + ".parse.json").write_text(json.dumps(pred, indent=1, ensure_ascii=False))
            s = sc.score_parse(gold, pred)
            for k in ("h", "i", "s", "k", "m", "n"):
                if k in s:
                    tally.add(k, s[k])
            if args.verbose:
                _explain(name, s, gold, pred)
            ids = {b: s["gi"][a][1] for a, b in s["pairs"]}
            if prev is not None:
                tally.add("l", _links(prev, (doc, report, ids), args.verbose))
            prev = (doc, report, ids)
    return tally


def main() -> None:
    """Print the figures per layout and in total."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--series", type=int, default=4, help="services per layout (4: three services and a flood)")
    ap.add_argument("--reports", type=int, default=3, help="consecutive reports per service (at least 2)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--layout", action="append", help="only this layout (repeatable)")
    ap.add_argument("--write", type=Path, help="also write each document, its gold and its parse here")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="print what was missed, extra and mislinked")
    args = ap.parse_args()
    sc = _scorer()
    chosen = [lay for lay in LAYOUTS if not args.layout or lay.name in args.layout]
    if not chosen:
        sys.exit(f"no such layout; choose from {', '.join(lay.name for lay in LAYOUTS)}")
    total = Tally()
    rows = {}
    for layout in chosen:
        t = run_layout(layout, args, sc, args.write)
        total.merge(t)
        rows[layout.name] = t.figures(sc)
    rows["TOTAL"] = total.figures(sc)
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    cols = ("heading_f1", "item_f1", "section_item_f1", "key_acc", "mitigation_acc", "number_acc", "link_f1")
    print(f"{'layout':22}" + "".join(f"{c.replace('_f1', ' F1').replace('_acc', ''):>17}" for c in cols))
    for name, fig in rows.items():
        print(f"{name:22}" + "".join(f"{fig[c]:>17.3f}" for c in cols))
    docs = len(chosen) * args.series * args.reports
    print(f"{docs} documents, {len(chosen) * args.series * (args.reports - 1)} report pairs linked")


if __name__ == "__main__":
    main()
