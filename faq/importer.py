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
  become links, and runs of blank (or non-breaking space) lines are dropped.
  Lines that follow one another without a blank line are one paragraph.
"""

import calendar
import datetime
import re
from dataclasses import dataclass, field

from django.utils.html import escape

MAX_QUESTION_LINE = 300
MAX_HEADING = 120  # core HeadingBlock's limit; longer sub-questions stay bold paragraphs
MAX_TITLE = 255  # Wagtail's page title
SHORT_ANSWER_LENGTH = 300

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9

DATE_MARKER = re.compile(r"\s*\(\s*(?:asked\s+)?(?P<month>[a-z]+)\.?\s+(?P<year>\d{4})\s*\)\s*\.?\s*$", re.I)
BULLET = re.compile(r"^\s*[•·-]\s+(?P<text>\S.*)$")
FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=\s|$)")
# A full stop that ends a sentence, not one in "e.g." or "i.e.".
SENTENCE_END = re.compile(r"(?<!e\.g)(?<!i\.e)(?<!etc)[.!?](?=\s+[A-Z0-9‘“\"'(])")
LINK = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"]+)"
    r"|(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
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
        }

    @property
    def title(self) -> str:
        return shorten(self.question, MAX_TITLE)

    @property
    def short_answer(self) -> str:
        """The answer's opening paragraph (with the list it introduces), cut at a sentence end."""
        parts = [part for part in self.parts if part.kind in ("paragraph", "list")]
        if not parts:
            return ""
        first = "; ".join(parts[0].texts) if parts[0].kind == "list" else parts[0].texts[0]
        introduces_list = len(parts) > 1 and parts[1].kind == "list"
        if introduces_list and first.endswith(":"):
            first = f"{first} {'; '.join(parts[1].texts)}"
        elif introduces_list and first[-1:].isalnum():  # a label such as "Local authorities"
            first = f"{first}: {'; '.join(parts[1].texts)}"
        return shorten(first, SHORT_ANSWER_LENGTH, prefer_sentence=True)

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


def shorten(text: str, limit: int, *, prefer_sentence: bool = False) -> str:
    """``text`` cut to at most ``limit`` characters: at a sentence end if one is
    far enough in, else at a word boundary with an ellipsis."""
    if len(text) <= limit:
        return text.rstrip(":")
    cut = text[: limit - 1]
    if prefer_sentence:
        ends = [match.end() for match in SENTENCE_END.finditer(cut)]
        if ends and ends[-1] >= limit // 2:
            return cut[: ends[-1]]
    return cut.rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"


def linkify(text: str) -> str:
    """``text`` as HTML, with web and email addresses made into links."""
    out, position = [], 0
    for match in LINK.finditer(text):
        address = match.group()
        trailing = ""
        # Sentence punctuation after an address is not part of it; a ")" is, if it closes a "(" inside.
        while address and address[-1] in ".,;:!?'\"’”)":
            if address[-1] == ")" and address.count("(") >= address.count(")"):
                break
            trailing = address[-1] + trailing
            address = address[:-1]
        if not address:
            continue
        if match.group("email"):
            href = f"mailto:{address}"
        elif address.startswith("www."):
            href = f"https://{address}"
        else:
            href = address
        out.append(escape(text[position : match.start()]))
        out.append(f'<a href="{escape(href)}">{escape(address)}</a>')
        position = match.start() + len(address)
    out.append(escape(text[position:]))
    return "".join(out)


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
