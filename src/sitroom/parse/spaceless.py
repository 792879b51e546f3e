"""The meaning of a heading in Chinese, Japanese, Korean, Thai, Khmer, Burmese, Hindi, Bengali or Tamil
(``classify_spaceless``).

The vocabulary (``sitroom.parse.vocabulary``) finds its phrases word by word, and these languages do not part their
words the way it needs: Chinese, Japanese, Thai and Khmer write none between them ("风险隐患及防范措施" is one
"word"), Burmese spaces phrases rather than words ("ဝန်ထမ်းနှင့် စေတနာ့ဝန်ထမ်းများ"), Korean writes a compound
either way ("위험 요인", "위험요인"), Tamil joins its suffixes ("நிவாரணப் பணிகள்"). So the heading is read as a
string of letters, its numbering ("一、", "（一）", "第一", "①", "Ⅰ.", "1.", "๑.", "১।", "១.", "၁။") and marks
("■", "●", "□", "○") taken off, and the names of ``sitroom.parse.eastwords`` and ``sitroom.parse.brahmicwords``
looked for inside it. A heading that joins two names ("风险隐患及防范措施", "ความเสี่ยงและมาตรการรองรับ", "जोखिम
एवं शमन उपाय") is about the first; within a name the last noun is the head ("災害対応経費" is a cost, "市の対応状況"
the response), so a name that ends the heading wins over a longer one inside it, the longer on a tie.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sitroom.model import SectionKey
from sitroom.parse.brahmicwords import (
    BENGALI,
    BURMESE,
    GUJARATI,
    HINDI,
    KANNADA,
    KHMER,
    LAO,
    MALAYALAM,
    MARATHI,
    ODIA,
    PUNJABI,
    TAMIL,
    TELUGU,
    THAI,
)
from sitroom.parse.eastwords import CHINESE, JAPANESE, KOREAN
from sitroom.parse.heading_words import ASSAMESE_LETTERS

LANGUAGES = (
    CHINESE, JAPANESE, KOREAN, THAI, LAO, KHMER, BURMESE, HINDI, MARATHI, BENGALI, GUJARATI, TAMIL, TELUGU, KANNADA,
    MALAYALAM, PUNJABI, ODIA,
)  # fmt: skip
# Han, kana and Hangul (the compatibility jamo "ㆍ" too), Thai, Khmer, Burmese, and the Indic scripts from Devanagari
# to Malayalam
_SCRIPT = re.compile(
    r"[\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f"
    r"\u0900-\u0d7f]"
)
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")  # a letter of these is a word's worth
_CJK_NUMERALS = "一二三四五六七八九十百零〇"
_DIGITS = (
    r"0-9\u0e50-\u0e59\u17e0-\u17e9\u1040-\u1049\u0966-\u096f\u09e6-\u09ef\u0ae6-\u0aef\u0be6-\u0bef\u0c66-\u0c6f"
    r"\u0d66-\u0d6f\u0a66-\u0a6f\u0b66-\u0b6f\u0ce6-\u0cef"
)
# One piece of numbering, after NFKC has made "（一）" "(一)", "Ⅰ" "I", "①" "1" and "．" ".".
_NUMBER = re.compile(
    rf"^(?:\(\s*[{_CJK_NUMERALS}{_DIGITS}]+\s*\)|第[{_CJK_NUMERALS}{_DIGITS}]+[章节節部項项条條]?"
    rf"|[{_CJK_NUMERALS}]+\s*[、.,，:：]|[{_DIGITS}]+(?:\.[{_DIGITS}]+)*\s*[.、)\-:।။]*|[ivx]+\s*[.)]"
    r"|[\u3131-\u314e\uac00-\ud7a3]\s*[.)]|[^\w\s])\s*"
)
_CONNECTIVE_WORDS = (
    "및", "와", "과", "และ", "एवं", "और", "तथा", "व", "ও", "এবং", "আরু", "ਅਤੇ", "ଓ", "ଏବଂ", "மற்றும்", "及", "和", "与",
    "與",
    "နှင့်",
)  # fmt: skip
_CONNECTIVE_INFIX = re.compile(r"及び|並びに|及|和|与|與|並|并|・|ㆍ|、|/|และ|နှင့်")
_SENTENCE = re.compile(r"[。！？!?；;]|[।.။]\s*$")
MAX_DENSE = 16  # Han, kana and Hangul letters: longer, a line is a sentence
MAX_LETTERS = 40  # letters of the alphabets and abugidas
LEAD_CONFIDENCE = 0.75  # a name that ends its part of the heading is its head noun
MIN_CONFIDENCE = 0.7


# Assamese letters read as the Bengali ones its words share (``heading_words.ASSAMESE_LETTERS``)
_ASSAMESE = str.maketrans(ASSAMESE_LETTERS)


def _letters(text: str) -> str:
    """Letters, digits and the vowel signs and viramas of the abugidas, nothing else: the string names are sought in."""
    return "".join(c for c in text if unicodedata.category(c)[0] in "LMN")


def _strip_numbering(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower().translate(_ASSAMESE)
    while (m := _NUMBER.match(text)) and m.end() < len(text):
        text = text[m.end() :]
    return text


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, SectionKey], ...]:
    out = {}
    for language in LANGUAGES:
        for key, phrases in language.items():
            for phrase in phrases:
                out.setdefault(_letters(unicodedata.normalize("NFKC", phrase).lower()), key)
    return tuple(sorted(out.items(), key=lambda nk: -len(nk[0])))


def _parts(text: str) -> list[str]:
    """The heading's parts between its connectives, as letters: "风险隐患及防范措施" → ["风险隐患", "防范措施"]."""
    words = text.split()
    parts: list[list[str]] = [[]]
    for word in words:
        if word in _CONNECTIVE_WORDS and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(word)
    out = []
    for part in parts:
        out += [p for p in (_letters(s) for s in _CONNECTIVE_INFIX.split(" ".join(part))) if p]
    return out


def _head(part: str) -> tuple[bool, int, SectionKey] | None:
    """(whether it ends the part, its length, its key) of the name that heads ``part``: the one ending it, else the
    longest inside it."""
    best: tuple[bool, int, SectionKey] | None = None
    for name, key in _names():
        at = part.rfind(name)
        if at < 0:
            continue
        candidate = (at + len(name) == len(part), len(name), key)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best


def in_these_scripts(text: str) -> bool:
    letters = _letters(text)
    return bool(letters) and len(_SCRIPT.findall(letters)) * 2 >= len(letters)


@lru_cache(maxsize=4096)
def classify_spaceless(heading: str) -> tuple[SectionKey | None, float] | None:
    """The key a heading in one of these scripts stands for and a confidence, (None, 0.0) when it names none, or
    None when the heading is not written in them (the vocabulary's word by word reading then decides)."""
    if not _SCRIPT.search(heading) or not in_these_scripts(heading):
        return None
    text = _strip_numbering(heading)
    whole = _letters(text)
    dense = len(_DENSE.findall(whole))
    if not whole or _SENTENCE.search(text) or dense > MAX_DENSE or len(whole) > MAX_LETTERS:
        return None, 0.0
    parts = _parts(text)
    if not parts:
        return None, 0.0
    covered = [False] * len(whole)
    for name, _ in _names():
        for m in re.finditer(re.escape(name), whole):
            covered[m.start() : m.end()] = [True] * (m.end() - m.start())
    # the connectives are understood too: they join names, they add no meaning of their own
    for m in re.finditer("|".join(re.escape(_letters(c)) for c in (*_CONNECTIVE_WORDS, "及び", "並びに", "の")), whole):
        covered[m.start() : m.end()] = [True] * (m.end() - m.start())
    best = _head(parts[0])
    if best is None and len(parts) > 1 and (last := _head(parts[-1])) is not None and last[0]:
        best = last  # "বন্যা ও আবহাওয়া পরিস্থিতি" (the flood and weather situation): a topic, then what it is
    if best is None:
        return None, 0.0
    # "配備体制及び経費", "力量投入和资金保障": two topics, a parent over both, with no one meaning of its own; a
    # risk heading that adds its measures ("风险隐患及防范措施") is still about the risks
    others = {head[2] for head in map(_head, parts[1:]) if head is not None}
    if best[2] is not SectionKey.RISKS and others - {best[2]}:
        return None, 0.0
    confidence = 0.5 + 0.5 * sum(covered) / len(whole)
    if best[0]:
        confidence = max(confidence, LEAD_CONFIDENCE)
    return (best[2], round(confidence, 2)) if confidence >= MIN_CONFIDENCE else (None, 0.0)
