"""Reading rendered pages the way a reader or a screen reader would."""

from html.parser import HTMLParser


class _Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings: list[tuple[str, str]] = []
        self._open: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._open, self._text = tag, []

    def handle_endtag(self, tag):
        if tag == self._open:
            self.headings.append((tag, " ".join("".join(self._text).split())))
            self._open = None

    def handle_data(self, data):
        if self._open:
            self._text.append(data)


def headings(html: str) -> list[tuple[str, str]]:
    """Every heading in document order, as (tag, text)."""
    parser = _Outline()
    parser.feed(html)
    return parser.headings


def h1_texts(html: str) -> list[str]:
    return [text for tag, text in headings(html) if tag == "h1"]


def served_html(client, url: str) -> str:
    """The page at `url` as text, after checking it was served (200), not missing or an error."""
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()
