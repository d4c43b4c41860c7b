"""Read the current website's FAQ page, exported as plain text, into questions and answers.

The export is one line per paragraph, blank lines between. The rules:

- A question is a line of its own that ends with a date marker such as
  ``(asked November 2016)``, ``(Asked April 2017).`` or ``(August 2018)``, or
  an undated line of at most 300 characters whose first sentence ends with a
  question mark. The marker is removed from the question.
- An undated question takes the month of the nearest dated question above it,
  marked as an estimate.
- Everything up to the next question is the answer. When an answer opens
  with an undated question of its own, it is laid out as sub-questions: its
  undated questions are headings inside it until the next dated question.
- A question repeated as the first line of its own answer is not repeated.
- Bullet lines (``•``, ``·``, ``-``) become lists, web and email addresses
  become links (unless they look cut off: ``import_links``), and runs of blank
  (or non-breaking space) lines are dropped. Lines that follow one another
  without a blank line are one paragraph.
- The short answer is the opening of the answer's first paragraph: its first
  sentence, with the second when the first is short and the second does not
  introduce a list. An answer that opens with a list starts from its first
  item alone. Never more than the field holds, and never cut mid-word: a
  sentence too long for it ends at a word with "…". Editors are asked to
  rewrite it.
"""

import calendar
import datetime
import re
from dataclasses import dataclass, field

from .import_links import addresses_to_check, linkify

MAX_QUESTION_LINE = 300
MAX_HEADING = 120  # core HeadingBlock's limit; longer sub-questions stay bold paragraphs
MAX_TITLE = 255  # Wagtail's page title
SHORT_ANSWER_LENGTH = 300  # FAQEntryPage.short_answer's max_length
# A first sentence shorter than this says too little alone: the second joins it, if it fits.
SHORT_FIRST_SENTENCE = 120
# A lead-in ending with one of these before its colon ("… to look at how we:") is not a whole
# sentence, so it ends with "…" rather than a full stop.
UNFINISHED_WORDS = """a an and are as at be by for from how in include includes including is of on or
such that the these this to we were which who will with"""
UNFINISHED = frozenset(UNFINISHED_WORDS.split())

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9

DATE_MARKER = re.compile(r"\s*\(\s*(?:asked\s+)?(?P<month>[a-z]+)\.?\s+(?P<year>\d{4})\s*\)\s*\.?\s*$", re.I)
BULLET = re.compile(r"^\s*[•·-]\s+(?P<text>\S.*)$")
FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=\s|$)")
# The end of a sentence (with any closing quote or bracket), not the full stop in "e.g." or "Dr.".
SENTENCE_END = re.compile(
    r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bProf)"
    r"[.!?][’”\"')]*(?=\s+[A-Z0-9‘“\"'(])"
)
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


class ExportError(ValueError):
    """The file cannot be read as an FAQ export. The message is one line, for the editor."""


@dataclass
class Part:
    kind: str  # "paragraph", "list", "heading", or "more_question": the rest of a repeated question
    texts: list[str]


@dataclass
class Question:
    question: str
    line: int
    asked: datetime.date | None
    asked_estimated: bool
    parts: list[Part] = field(default_factory=list)

    def answer_lines(self) -> list[str]:
        return [text for part in self.parts for text in part.texts]

    @property
    def answer_chars(self) -> int:
        """Characters of answer text: paragraphs, list items and sub-questions, a newline between each."""
        return len("\n".join(self.answer_lines()))

    def as_json(self) -> dict:
        return {
            "question": self.question,
            "asked": self.asked.strftime("%Y-%m") if self.asked else None,
            "asked_estimated": self.asked_estimated,
            "answer_chars": self.answer_chars,
            "short_answer": self.short_answer,
            "links_to_check": self.links_to_check,
        }

    @property
    def links_to_check(self) -> list[dict[str, str]]:
        """Addresses left as text because they look cut off or do not parse, each with why."""
        return addresses_to_check([self.question, *self.answer_lines()])

    @property
    def title(self) -> str:
        return shorten(self.question, MAX_TITLE)

    @property
    def short_answer(self) -> str:
        """The opening of the first paragraph, or of the first list item when the answer opens
        with a list; list items are never run together."""
        texts = [part.texts[0] for part in self.parts if part.kind in ("paragraph", "list")]
        texts = texts or self.answer_lines()  # an answer made only of sub-questions
        return opening(texts[0]) if texts else ""

    def stream_data(self) -> list[tuple[str, object]]:
        """The answer as the entry's StreamField: headings between runs of rich text."""
        blocks: list[tuple[str, object]] = []
        if self.title != self.question:
            blocks.append(("paragraph", f"<p>{linkify(self.question)}</p>"))
        html: list[str] = []
        for part in self.parts:
            if part.kind == "more_question":
                body = f"<p>The question went on: {linkify(part.texts[0])}</p>"
                blocks.append(("inset_text", {"body": body}))
            elif part.kind == "heading" and len(part.texts[0]) <= MAX_HEADING:
                if html:
                    blocks.append(("paragraph", "".join(html)))
                    html = []
                blocks.append(("heading", {"text": part.texts[0], "level": "h2"}))
            elif part.kind == "heading":
                html.append(f"<p><b>{linkify(part.texts[0])}</b></p>")
            elif part.kind == "list":
                items = "".join(f"<li>{linkify(text)}</li>" for text in part.texts)
                html.append(f"<ul>{items}</ul>")
            else:
                html.append(f"<p>{linkify(part.texts[0])}</p>")
        if html:
            blocks.append(("paragraph", "".join(html)))
        return blocks


def sentences(text: str) -> list[str]:
    ends = [match.end() for match in SENTENCE_END.finditer(text)]
    bounds = zip([0, *ends], [*ends, len(text)], strict=True)
    return [sentence for start, end in bounds if (sentence := text[start:end].strip())]


def opening(text: str) -> str:
    """The first sentence of ``text``, and the second when the first is short, as a short answer.
    A sentence that introduces a list is not taken as the second; when it is the first, its
    colon becomes a full stop ("It covers five places.") or, where the words break off
    ("… to look at how we:"), an ellipsis."""
    first, *rest = sentences(text)
    if (
        rest
        and len(first) < SHORT_FIRST_SENTENCE
        and not rest[0].endswith(":")
        and len(first) + 1 + len(rest[0]) <= SHORT_ANSWER_LENGTH
    ):
        first = f"{first} {rest[0]}"
    if first.endswith(":"):
        first = first.rstrip(" :")
        last_word = first.rsplit(" ", 1)[-1].casefold()
        first += "…" if last_word in UNFINISHED else "."
    return shorten(first, SHORT_ANSWER_LENGTH)


def shorten(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else cut at the last word that fits, with "…".
    Only a single word longer than ``limit`` is cut inside."""
    if len(text) <= limit:
        return text
    head = text[:limit]  # the character after the last kept one must be a space for a whole word
    words = head[: head.rfind(" ")] if " " in head else head[: limit - 1]
    return words.rstrip(" ,;:–—-") + "…"


def normalise(text: str) -> str:
    """Letters and digits only, case-folded: how two spellings of one question are compared."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def tidy(text: str) -> str:
    text = " ".join(text.split())
    return re.sub(r"\s+([?.,;:])", r"\1", text)


def date_marker(line: str) -> tuple[str, datetime.date] | None:
    """The question and the month from a line ending with a date marker."""
    match = DATE_MARKER.search(line)
    if not match:
        return None
    month = _MONTHS.get(match["month"].lower())
    if not month:
        return None
    return tidy(line[: match.start()]), datetime.date(int(match["year"]), month, 1)


def is_undated_question(line: str) -> bool:
    if len(line) > MAX_QUESTION_LINE or BULLET.match(line):
        return False
    first_sentence = FIRST_SENTENCE.match(line)
    return bool(first_sentence) and first_sentence.group().endswith("?")


def strip_repeat(question: str, line: str) -> str | None:
    """What is left of ``line`` once a repeat of ``question`` at its start is removed,
    or None when it does not start with the question."""
    wanted = normalise(question)
    if not wanted:
        return None
    marker = date_marker(line)
    if marker:
        line = marker[0]
    seen = 0
    for position, ch in enumerate(line):
        if ch.casefold().isalnum():
            seen += len(normalise(ch))
        if seen >= len(wanted):
            if normalise(line[: position + 1]) != wanted:
                return None
            return line[position + 1 :].lstrip(" ?.!:;,–-")
    return None


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise ExportError(f"{name} is empty: there are no questions to import.")
    if b"\x00" in data:
        raise ExportError(f"{name} is a binary file, not a plain-text export of the FAQ page.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExportError(
            f"{name} is not UTF-8 text (byte {error.start + 1} cannot be read); "
            "save the export as UTF-8 and try again."
        ) from None


def parse(text: str) -> list[Question]:
    """The questions in an export, in file order."""
    questions: list[Question] = []
    current: Question | None = None
    sub_questions = False
    last_dated: datetime.date | None = None
    previous_blank = True
    paragraph: list[str] = []

    def flush_paragraph():
        if paragraph and current is not None:
            current.parts.append(Part("paragraph", [tidy(" ".join(paragraph))]))
        paragraph.clear()

    def add(kind: str, text: str):
        if current is None:
            return  # anything above the first question is the page's own heading
        if kind == "list" and current.parts and current.parts[-1].kind == "list":
            current.parts[-1].texts.append(text)
        else:
            current.parts.append(Part(kind, [text]))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.translate(INVISIBLE).strip()
        if not line:
            flush_paragraph()
            previous_blank = True
            continue
        starts_block = previous_blank
        previous_blank = False

        marker = date_marker(line) if starts_block and not BULLET.match(line) else None
        undated = starts_block and marker is None and is_undated_question(line)
        first_line_of_answer = current is not None and not current.parts and not paragraph

        if first_line_of_answer:
            remainder = strip_repeat(current.question, line)
            if remainder is not None:
                if remainder:
                    current.parts.append(Part("more_question", [tidy(remainder)]))
                continue
            if undated and not current.asked_estimated and current.asked is not None:
                # A dated answer that opens with a question of its own is made of sub-questions.
                sub_questions = True
                add("heading", tidy(line))
                continue

        if marker:
            flush_paragraph()
            question_text, last_dated = marker
            current = Question(question_text, number, last_dated, asked_estimated=False)
            questions.append(current)
            sub_questions = False
        elif undated and sub_questions:
            flush_paragraph()
            add("heading", tidy(line))
        elif undated:
            flush_paragraph()
            current = Question(tidy(line), number, last_dated, asked_estimated=last_dated is not None)
            questions.append(current)
        elif bullet := BULLET.match(line):
            flush_paragraph()
            add("list", tidy(bullet["text"]))
        else:
            paragraph.append(line)
    flush_paragraph()
    return questions
