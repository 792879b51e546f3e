"""A DOCX that passes the zip-bomb checks but expands to hundreds of MB: peak memory and time to read it.

    python benchmarks/docx_bomb.py [--mb 450] [--keep DIR]

1. Build the inflating file with python-docx and zipfile: a real package whose ``word/document.xml`` is
   ``--mb`` MB of list paragraphs varied just enough to compress about 60:1 (a ≈7.8 MB DOCX for 450 MB),
   so that neither the declared total nor the compression ratio gives it away.
2. Build the largest documents the default limits accept: short paragraphs up to just under the XML element
   limit (``ExtractContext.max_xml_elements``), and long ones up to just under both that and the part size
   limit (``max_part_bytes``).
3. Read each with ``sitroom.extract.extract_file`` and the default limits, in a fresh process: the outcome
   (the error, or the number of blocks), the seconds it took and the peak RSS of that process.
   Target: under 1 GB for each; the first should fail fast with a clear error.
4. Upload the inflating file to ``/api/v1/upload`` of a fresh web app (its default 20 MB limit, a scratch
   SQLite store), in a fresh process: the answer, seconds and peak RSS.
"""

from __future__ import annotations

import argparse
import io
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import docx

from sitroom.extract import ExtractContext

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_WORDS = "flood relief shelter households region district water food health camp families road".split()
_READ = """
import resource, sys
from sitroom.errors import SitroomError
from sitroom.extract import extract_file
try:
    doc = extract_file(sys.argv[1])
    outcome = f"read: {len(doc.blocks):,} blocks"
except SitroomError as e:
    outcome = f"refused: {e}"
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, outcome)  # Linux reports kB
"""
_UPLOAD = """
import resource, sys, tempfile
from pathlib import Path
from fastapi.testclient import TestClient
from sitroom.web.app import create_app
path = Path(sys.argv[1])
with tempfile.TemporaryDirectory() as folder:
    app = create_app(f"sqlite:///{folder}/bomb.db")
    with TestClient(app) as client:
        answer = client.post("/api/v1/upload", files=[("files", (path.name, path.read_bytes()))])
    app.state.engine.dispose()
outcome = f"HTTP {answer.status_code}: {answer.json()['results'][0]['error']}"
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, outcome)
"""


def _paragraph(rng: random.Random, extra_words: int = 0) -> bytes:
    # One or two random words per paragraph keep deflate near 60:1 (identical paragraphs reach 1000:1).
    words = (1 if rng.random() < 0.7 else 2) + extra_words
    tail = " ".join(rng.choice(_WORDS) for _ in range(words))
    return (
        '<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t xml:space="preserve">'
        f"Families in the affected district received relief packs: {tail}</w:t></w:r></w:p>"
    ).encode()


def build(path: Path, xml_bytes: int, paragraphs: int | None = None, extra_words: int = 0) -> tuple[int, int]:
    """Write a DOCX whose document.xml is about ``xml_bytes`` long, or holds ``paragraphs`` list paragraphs
    (with ``extra_words`` more words each); returns (file size, document.xml size)."""
    template = io.BytesIO()
    d = docx.Document()
    d.add_heading("Situation overview", level=1)
    d.save(template)
    rng = random.Random(1)
    written = count = 0
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
                continue
            with dst.open("word/document.xml", "w", force_zip64=True) as out:
                head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_NS}><w:body>'.encode()
                out.write(head)
                written += len(head)
                while written < xml_bytes and (paragraphs is None or count < paragraphs):
                    n = 5000 if paragraphs is None else min(5000, paragraphs - count)
                    chunk = b"".join(_paragraph(rng, extra_words) for _ in range(n))
                    out.write(chunk)
                    written += len(chunk)
                    count += n
                out.write(b"</w:body></w:document>")
    return path.stat().st_size, written


def run_in_child(code: str, path: Path) -> tuple[str, float, float]:
    """(outcome, seconds, peak RSS in MB) of running ``code`` on ``path`` in a fresh Python process."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode:
        return done.stderr.strip().splitlines()[-1][:200], seconds, float("nan")
    peak_mb, outcome = done.stdout.strip().split(" ", 1)
    return outcome[:200], seconds, float(peak_mb)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=450.0, help="Size of the inflating document.xml, in MB.")
    ap.add_argument("--keep", type=Path, help="Keep the generated files in this folder.")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="docx-bomb-"))
    folder.mkdir(parents=True, exist_ok=True)
    # A paragraph is five elements; stop a little under the element limit, and under the part size limit
    # with long paragraphs (about 400 bytes each).
    ctx = ExtractContext()
    most = ctx.max_xml_elements // 5 - 100
    cases = [
        ("inflating", int(args.mb * 1e6), None, 0),
        ("most paragraphs", 10**12, most, 0),
        ("most text", ctx.max_part_bytes - 3_000_000, most, 40),
    ]
    print(f"{'case':<18} {'file MB':>8} {'xml MB':>8} {'ratio':>6} {'seconds':>8} {'peak RSS MB':>12}  outcome")
    try:
        for label, size, paragraphs, extra_words in cases:
            path = folder / f"{label.replace(' ', '-')}.docx"
            file_size, xml_size = build(path, size, paragraphs, extra_words)
            outcome, seconds, peak = run_in_child(_READ, path)
            ratio = xml_size / file_size
            print(
                f"{label:<18} {file_size / 1e6:>8.1f} {xml_size / 1e6:>8.0f} {ratio:>5.0f}:1 "
                f"{seconds:>8.2f} {peak:>12.0f}  {outcome}"
            )
            if label == "inflating":
                outcome, seconds, peak = run_in_child(_UPLOAD, path)
                print(f"{'  web upload':<18} {'':>8} {'':>8} {'':>6} {seconds:>8.2f} {peak:>12.0f}  {outcome}")
    finally:
        if args.keep is None:
            for f in folder.glob("*.docx"):
                f.unlink()
            folder.rmdir()


if __name__ == "__main__":
    main()
