"""schema.org structured data for the FAQ, as Google's FAQ guidance asks.

Each question is an ``FAQPage`` on its own page and nowhere else: Google wants a
question marked up once across a site, on the page that answers it. The
listings name the pages they show in an ``ItemList`` instead
(``wyhp_site.core.structured_data.item_list``).
"""

import re
from html.parser import HTMLParser

from wyhp_site.core.structured_data import SCHEMA_ORG


def faq_page(entry, request) -> dict:
    """The ``FAQPage`` for one question, on its own page."""
    url = entry.get_full_url(request)
    modified = entry.modified_on
    return {
        "@context": SCHEMA_ORG,
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": entry.title,
                "url": url,
                # The month, as the page says it: "2017-06", not a first of the month nobody recorded.
                "dateCreated": f"{entry.date_asked:%Y-%m}",
                "acceptedAnswer": {
                    "@type": "Answer",
                    # Google asks for the full answer here. The short answer opens the answer
                    # on the page, so it opens the text too; the summary on its own is the abstract.
                    "text": full_answer_text(entry),
                    "abstract": entry.short_answer,
                    "url": url,
                    "dateModified": modified.isoformat() if modified else None,
                },
            }
        ],
    }


def full_answer_text(entry) -> str:
    """The answer as a reader meets it under the question (the short answer, then the full
    answer), as plain text: one line a paragraph, list item, heading or table row."""
    return "\n".join(filter(None, [entry.short_answer.strip(), plain_text(entry.answer.render_as_block())]))


# Elements that start a new line of text; a table cell is set apart from the next by a space.
_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "dt",
    "dd",
    "figcaption",
    "caption",
    "table",
    *(f"h{n}" for n in range(1, 7)),
}
_CELLS = {"td", "th"}
# Text only a screen reader hears ("Important: " before a warning's own heading) would repeat itself.
_HIDDEN_CLASS = "nhsuk-u-visually-hidden"
_VOID = {"br", "img", "hr", "input", "meta", "link", "source", "wbr"}


class _PlainText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0  # open elements since entering a visually hidden one

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag in _VOID:
            return
        if self._hidden_depth:
            self._hidden_depth += 1
        elif _HIDDEN_CLASS in (dict(attrs).get("class") or "").split():
            self._hidden_depth = 1

    def handle_endtag(self, tag):
        if self._hidden_depth and tag not in _VOID:
            self._hidden_depth -= 1
        if tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in _CELLS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._hidden_depth:
            # Line breaks in the markup are spaces: only the elements above start lines.
            self.parts.append(data.replace("\n", " "))


def plain_text(html: str) -> str:
    """``html`` as text: its words, a line for each block of text, no markup."""
    parser = _PlainText()
    parser.feed(html)
    parser.close()
    lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
