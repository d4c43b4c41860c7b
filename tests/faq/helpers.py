"""Reading FAQ pages as a reader would."""

from bs4 import BeautifulSoup


def main_text(html: str) -> str:
    return " ".join(BeautifulSoup(html, "html.parser").find("main").get_text(" ").split())
