"""Code on a page: a notebook's code cells, their prompts and printed output, and source listings.

A report written in a notebook and exported to HTML keeps the code that computed its figures, the "In [3]:" and
"Out[3]:" prompts, and what the code printed. They are the tools that made the report, not its content: the
figures the report states are in its text and its tables. A rendered table a cell printed is still a table.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from sitroom.extract.html.markup import _attr

# a notebook's prompts, input editors and text outputs (JupyterLab's and the classic notebook's class names)
_PROMPT = re.compile(r"(?:^|\s)(?:jp-InputPrompt|jp-OutputPrompt|prompt|input_prompt|output_prompt)(?:\s|$)")
_EDITOR = re.compile(r"(?:^|\s)(?:jp-InputArea-editor|jp-CodeMirrorEditor|input_area|CodeMirror)(?:\s|$)")
_TEXT_OUTPUT = re.compile(r"(?:^|\s)(?:jp-RenderedText|output_stream|output_text|output_stdout|output_stderr)(?:\s|$)")
# a highlighted source listing ("highlight", "codehilite", "sourceCode", a code element's "language-python")
_LISTING = re.compile(r"(?:^|\s)(?:highlight|codehilite|sourceCode|language-[\w+-]+|hljs)(?:\s|$)")
_PROMPT_TEXT = re.compile(r"^(?:In|Out)\s*\[\s*\d*\s*\]\s*:?$")


def code_kind(node: LexborNode) -> str | None:
    """What kind of code ``node`` is (a notebook's prompt, its code, or its printed output), or None."""
    cls = _attr(node, "class")
    if _PROMPT.search(cls) or (node.tag in ("div", "span", "p") and _PROMPT_TEXT.match(node.text(deep=False).strip())):
        return "notebook prompt"
    if _EDITOR.search(cls) or (_LISTING.search(cls) and node.css_first("pre") is not None):
        return "source code"
    if node.tag == "pre" and (_LISTING.search(cls) or _listing_code(node)):
        return "source code"
    if _TEXT_OUTPUT.search(cls) and node.css_first("table") is None:
        return "code output"
    return None


def _listing_code(pre: LexborNode) -> bool:
    code = pre.css_first("code")
    return code is not None and _LISTING.search(_attr(code, "class")) is not None
