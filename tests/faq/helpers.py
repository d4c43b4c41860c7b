"""Reading FAQ pages as a search engine and a reader would."""

import json

from bs4 import BeautifulSoup


def json_ld(html: str) -> list[dict]:
    """Every JSON-LD block in a page, parsed (a ValueError if any is not valid JSON)."""
    soup = BeautifulSoup(html, "html.parser")
    return [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]


def main_text(html: str) -> str:
    return " ".join(BeautifulSoup(html, "html.parser").find("main").get_text(" ").split())
