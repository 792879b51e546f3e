"""Council sitreps in layouts nobody tuned for: how well sitroom reads their structure and links them.

    python benchmarks/council_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [-v]

Series of council returns (several services, consecutive reports whose items continue, change, drop
and appear, from ``sitroom.generate``) are printed in ten layouts no built-in template knows — Word
with bold-text headings, a Risk | RAG | Mitigation | Owner table, numbered headings with a
Risk | Likelihood | Impact | Mitigation table, sections as a two-column table; PDF in two columns,
on a letterhead with a contact block and "Page 1 of 3", with headings told only by size; an e-mail
return; a web page; Markdown. The generator's own structure is the gold. Each document is parsed
with sitroom and scored with the shared scorer (``../shared/tools/score.py``): heading F1, item F1,
items under the right heading, section key accuracy, risk → mitigation accuracy, numbers exactly as
printed; consecutive reports are linked with sitroom's item linker and scored against the
generator's threads (link F1). Figures are printed per layout and in total.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import council_layouts_web as web  # noqa: E402
import council_layouts_writers as w  # noqa: E402
from council_layouts_gold import Doc, Wording, build  # noqa: E402

from sitroom.analyse.diff import diff_reports  # noqa: E402
from sitroom.generate import iter_series  # noqa: E402
from sitroom.read import parse_bytes  # noqa: E402

SCORER = HERE.parent.parent / "shared" / "tools" / "score.py"
COVID = ("activity", "risks", "workforce", "finance", "recovery", "communications")
FLOOD = ("situation", "forecast", "impacts", "response", "risks", "recovery", "communications")


def _wording(covid: list[tuple], flood: list[tuple]) -> tuple[Wording, Wording]:
    """Headings of the services' returns and of the flood response, by the generator's section key."""

    def one(keys: tuple[str, ...], rows: list[tuple]) -> Wording:
        return Wording({k: (v[0], v[1], v[2] if len(v) > 2 else None) for k, v in zip(keys, rows, strict=True)})

    return one(COVID, covid), one(FLOOD, flood)


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    ext: str
    write: Callable[[Doc], bytes]
    wording: tuple[Wording, Wording]  # a service's return, the flood response
    title: str  # format string: {org} {service} {n} {date}
    risk_table: bool = False


LAYOUTS = (
    Layout("word-bold-headings", "docx", w.word_bold_headings, _wording(
        [("Service update", "activity"), ("Key issues", "risks"), ("Our staff", "workforce"), ("Costs", "finance"),
         ("Next steps", "next-steps"), ("Communications", "communications")],
        [("Current position", "situation"), ("Weather outlook", "forecast"), ("Impact on residents", "impacts"),
         ("Actions taken", "actions"), ("Key issues", "risks"), ("Next steps", "next-steps"),
         ("Public messaging", "communications")]),
        "{org} – {service} weekly return {n} – {date}"),
    Layout("word-risk-rag-table", "docx", w.word_risk_rag, _wording(
        [("Activity update", "activity"), ("Risk register", "risks"), ("Staffing", "workforce"), ("Finance", "finance"),
         ("Recovery", "recovery"), ("Comms", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Risk register", "risks"), ("Recovery", "recovery"), ("Comms", "communications")]),
        "{service} Situation Report {n}, {date}", risk_table=True),
    Layout("word-numbered-likelihood", "docx", w.word_numbered, _wording(
        [("1. Summary", "highlights"), ("2. Risks and issues", "risks"),
         ("3.1 Staffing", "workforce", "3. Resources"), ("3.2 Budget", "finance", "3. Resources"),
         ("4. Recovery planning", "recovery"), ("5. Communications", "communications")],
        [("1. Summary", "highlights"), ("2. Outlook", "forecast"), ("3. Impact", "impacts"),
         ("4. Response", "response"),
         ("5. Risks and issues", "risks"), ("6. Recovery", "recovery"), ("7. Communications", "communications")]),
        "{org}: {service} update no. {n} ({date})", risk_table=True),
    Layout("word-sections-as-table", "docx", w.word_section_table, _wording(
        [("Activity this week", "activity"), ("Pressures and risks", "risks"), ("Workforce", "workforce"),
         ("Financial position", "finance"), ("Recovery", "recovery"), ("Communications", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"),
         ("Response activity", "response"), ("Pressures and risks", "risks"), ("Recovery", "recovery"),
         ("Communications", "communications")]),
        "{service} sitrep {n} – {org} – {date}"),
    Layout("word-banner-headings", "docx", w.word_banner_headings, _wording(
        [("Operational update", "activity"), ("Risks and issues", "risks"), ("Workforce", "workforce"),
         ("Finance", "finance"), ("Recovery and renewal", "recovery"), ("Communications", "communications")],
        [("Situation report", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"),
         ("Response", "response"), ("Risks and issues", "risks"), ("Recovery and renewal", "recovery"),
         ("Communications", "communications")]),
        "{org} {service} update {n} – {date}"),
    Layout("pdf-two-column", "pdf", w.pdf_two_column, _wording(
        [("Key developments", "activity"), ("Service pressures", "risks"), ("Staffing position", "workforce"),
         ("Spend and income", "finance"), ("Restoration of services", "recovery"), ("Messaging", "communications")],
        [("Overview", "situation"), ("Weather", "forecast"), ("Community impacts", "impacts"),
         ("Operational response", "response"), ("Service pressures", "risks"), ("Clean-up and recovery", "recovery"),
         ("Warning and informing", "communications")]),
        "{service} Bulletin {n} · {date}"),
    Layout("pdf-letterhead", "pdf", w.pdf_letterhead, _wording(
        [("Progress this week", "activity"), ("Challenges", "risks"), ("Workforce", "workforce"),
         ("Financial impact", "finance"), ("Looking ahead", "next-steps"), ("Communications", "communications")],
        [("Current situation", "situation"), ("Outlook", "forecast"), ("Impacts", "impacts"), ("Actions", "actions"),
         ("Challenges", "risks"), ("Looking ahead", "next-steps"), ("Communications", "communications")]),
        "{service} situation report {n} – {date}", risk_table=True),
    Layout("pdf-headings-by-size", "pdf", w.pdf_font_size, _wording(
        [("Activity", "activity"), ("Risks", "risks"), ("Staff absence", "workforce"), ("Budget", "finance"),
         ("Recovery", "recovery"), ("Media and communications", "communications")],
        [("Situation update", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"),
         ("Response", "response"), ("Risks", "risks"), ("Recovery", "recovery"),
         ("Media and communications", "communications")]),
        "{org} {service} report {n}, {date}", risk_table=True),
    Layout("email-return", "eml", web.email_return, _wording(
        [("KEY POINTS", "highlights"), ("ISSUES AND CONCERNS", "risks"), ("STAFFING", "workforce"),
         ("COSTS", "finance"),
         ("PLANS", "next-steps"), ("COMMS", "communications")],
        [("SITUATION", "situation"), ("FORECAST", "forecast"), ("IMPACTS", "impacts"), ("ACTIONS TAKEN", "actions"),
         ("ISSUES AND CONCERNS", "risks"), ("PLANS", "next-steps"), ("COMMS", "communications")]),
        "{service} sitrep {n} – {date}"),
    Layout("email-html-body", "eml", web.email_html, _wording(
        [("This week's activity", "activity"), ("Risks", "risks"), ("Staff", "workforce"), ("Money", "finance"),
         ("Recovery", "recovery"), ("Comms", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Risks", "risks"), ("Recovery", "recovery"), ("Comms", "communications")]),
        "{service} weekly update - {date}"),
    Layout("html-page", "html", web.html_page, _wording(
        [("Latest activity", "activity"), ("Risks and mitigations", "risks"), ("Workforce", "workforce"),
         ("Finance", "finance"), ("Recovery", "recovery"), ("Communications", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Risks and mitigations", "risks"), ("Recovery", "recovery"), ("Communications", "communications")]),
        "{service} update {n}: {date}", risk_table=True),
    Layout("markdown", "md", web.markdown_return, _wording(
        [("Activity and progress", "activity"), ("Risks and challenges", "risks"),
         ("Workforce and staffing", "workforce"), ("Financial update", "finance"),
         ("Recovery and restoration", "recovery"), ("Communications and engagement", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Risks and challenges", "risks"), ("Recovery and restoration", "recovery"),
         ("Communications and engagement", "communications")]),
        "{service} weekly note {n} ({date})", risk_table=True),
)  # fmt: skip


def _scorer():
    if not SCORER.exists():
        sys.exit(f"the shared scorer is needed: {SCORER} not found")
    spec = importlib.util.spec_from_file_location("sitroom_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


class Tally:
    """Counts of one layout (or all): (true positives, gold, predicted) or (right, judged)."""

    def __init__(self) -> None:
        self.c: dict[str, list[int]] = {k: [0, 0, 0] for k in ("h", "i", "s", "l")} | {
            k: [0, 0] for k in ("k", "m", "n")
        }

    def add(self, key: str, counts) -> None:
        for n, v in enumerate(counts):
            self.c[key][n] += v

    def merge(self, other: Tally) -> None:
        for k, v in other.c.items():
            self.add(k, v)

    def figures(self, sc) -> dict[str, float]:
        f1 = {k: sc.prf(*self.c[k])[2] for k in ("h", "i", "s", "l")}
        acc = {k: (self.c[k][0] / self.c[k][1] if self.c[k][1] else float("nan")) for k in ("k", "m", "n")}
        return {
            "heading_f1": f1["h"], "item_f1": f1["i"], "section_item_f1": f1["s"], "key_acc": acc["k"],
            "mitigation_acc": acc["m"], "number_acc": acc["n"], "link_f1": f1["l"],
        }  # fmt: skip


def run_layout(layout, args, sc, out: Path | None, layouts=LAYOUTS, seed_offset: int = 0) -> Tally:
    """Parse and score every report of every series printed in ``layout`` (one of ``layouts``, whose
    position picks the generator's seed, after ``seed_offset``); link consecutive reports."""
    tally = Tally()
    index = [lay.name for lay in layouts].index(layout.name)
    source = getattr(layout, "series", None) or iter_series  # a set may bring content of its own
    for series in source(args.series, args.reports, seed=args.seed + seed_offset + index, organisations=2):
        prev = None
        for rep in series:
            wording = layout.wording[1 if rep.profile.kind == "emergency" else 0]
            doc = build(rep, wording, layout.title)
            restyle = getattr(layout, "restyle", None)  # a layout that changes the printed text (and gold)
            if restyle:
                restyle(doc)
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


def _links(old, new, verbose: bool) -> tuple[int, int, int]:
    """(links right, gold links, links made) between two consecutive reports."""
    old_doc, old_rep, old_ids = old
    new_doc, new_rep, new_ids = new
    before, after = old_doc.threads(), new_doc.threads()
    gold = {(before[t][0], after[t][0]) for t in after if t in before}
    diff = diff_reports(old_rep, new_rep)
    pred = {(old_ids.get(x.old, ("old", x.old)), new_ids.get(x.new, ("new", x.new))) for x in diff.links}
    if verbose:
        for pair in sorted(gold - pred, key=str):
            print(f"   link missed {pair}")
        for pair in sorted(pred - gold, key=str):
            print(f"   link wrong  {pair}")
    return len(gold & pred), len(gold), len(pred)


def _explain(name: str, s: dict, gold: dict, pred: dict) -> None:
    print(f"-- {name}")
    gh = [x["heading"] for x in gold["sections"] if x["heading"]]
    ph = [x["heading"] for x in pred["sections"] if x["heading"]]
    print(f"   headings gold {gh}\n   headings got  {ph}")
    matched_g = {a for a, _ in s["pairs"]}
    matched_p = {b for _, b in s["pairs"]}
    for i, (h, _, t) in enumerate(s["gi"]):
        if i not in matched_g:
            print(f"   missed [{h}] {t[:100]}")
    for j, (h, t) in enumerate(s["pi"]):
        if j not in matched_p:
            print(f"   extra  [{h}] {t[:100]}")
    keys = [(x.get("key"), x["heading"]) for x in gold["sections"]]
    got = [(x.get("key"), x["heading"]) for x in pred["sections"]]
    if [k for k, _ in keys if k] != [k for k, _ in got if k]:
        print(f"   keys gold {keys}\n   keys got  {got}")
    if "m" in s and s["m"][0] < s["m"][1]:
        mits = [(it["text"][:50], it.get("mitigation")) for x in pred["sections"] for it in x["items"]]
        print(f"   mitigations {s['m']}: {[m for m in mits if m[1]][:3]}")


def run(layouts, description: str, seed_offset: int = 0, width: int = 26) -> None:
    """Parse the command line, score the chosen ``layouts`` and print the figures per layout and in total."""
    ap = argparse.ArgumentParser(description=description.split("\n\n")[0])
    ap.add_argument("--series", type=int, default=4, help="services per layout (4: three services and a flood)")
    ap.add_argument("--reports", type=int, default=3, help="consecutive reports per service (at least 2)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--layout", action="append", help="only this layout (repeatable)")
    ap.add_argument("--write", type=Path, help="also write each document, its gold and its parse here")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="print what was missed, extra and mislinked")
    args = ap.parse_args()
    sc = _scorer()
    chosen = [lay for lay in layouts if not args.layout or lay.name in args.layout]
    if not chosen:
        sys.exit(f"no such layout; choose from {', '.join(lay.name for lay in layouts)}")
    total = Tally()
    rows = {}
    for layout in chosen:
        t = run_layout(layout, args, sc, args.write, layouts, seed_offset)
        total.merge(t)
        rows[layout.name] = t.figures(sc)
    rows["TOTAL"] = total.figures(sc)
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    cols = ("heading_f1", "item_f1", "section_item_f1", "key_acc", "mitigation_acc", "number_acc", "link_f1")
    print(f"{'layout':{width}}" + "".join(f"{c.replace('_f1', ' F1').replace('_acc', ''):>17}" for c in cols))
    for name, fig in rows.items():
        print(f"{name:{width}}" + "".join(f"{fig[c]:>17.3f}" for c in cols))
    docs = len(chosen) * args.series * args.reports
    print(f"{docs} documents, {len(chosen) * args.series * (args.reports - 1)} report pairs linked")


# Each set draws its content from seeds of its own: this set's first, then 100 apart.
SEED_OFFSET = 0


def main() -> None:
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET)


if __name__ == "__main__":
    main()
