"""The accessibility statement, privacy notice and cookies page, as the demo command publishes them."""

import datetime
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from django.conf import settings
from django.contrib.auth import get_user_model

from .sitemap import sitemap_entries

# The order of the model statement that the Public Sector Bodies Accessibility Regulations 2018 point to.
REQUIRED_SECTIONS = [
    "How accessible this website is",
    "Feedback and contact information",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Technical information about this website's accessibility",
    "Compliance status",
    "Non-accessible content",
    "Preparation of this accessibility statement",
]
COMPLIANCE = (
    r"\b(fully|partially|not) compliant with the "
    r"Web Content Accessibility Guidelines version 2\.2 AA standard"
)
NON_ACCESSIBLE_REASONS = {
    "Non-compliance with the accessibility regulations",
    "Disproportionate burden",
    "Content that's not within the scope of the accessibility regulations",
}


@dataclass
class Section:
    words: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    list_items: int = 0

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.words).split())

    def links_to(self, prefix: str) -> bool:
        return any(href.startswith(prefix) for href in self.links)


def main_sections(client, path: str) -> dict[str, Section]:
    """{heading: what follows it up to the next heading} inside <main>; "" holds what comes first."""
    response = client.get(path)
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").main
    sections = {"": Section()}
    current = sections[""]
    for node in main.descendants:
        if isinstance(node, Tag) and node.name in {"h2", "h3"}:
            current = sections.setdefault(" ".join(node.get_text().split()), Section())
        elif isinstance(node, Tag) and node.name == "a":
            current.links.append(node.get("href", ""))
        elif isinstance(node, Tag) and node.name == "li":
            current.list_items += 1
        elif isinstance(node, NavigableString) and not node.find_parent(["h1", "h2", "h3"]):
            current.words.append(str(node))
    return sections


def statement_date(label: str, prose: str) -> datetime.date:
    match = re.search(rf"{label} on (\d{{1,2}} [A-Z][a-z]+ \d{{4}})", prose)
    assert match, f"No '{label} on <date>' in: {prose}"
    return datetime.datetime.strptime(match.group(1), "%d %B %Y").date()


def test_accessibility_statement_has_every_section_the_regulations_require(client, demo_site):
    sections = main_sections(client, "/accessibility-statement/")

    headings = [heading for heading in sections if heading]
    assert [h for h in headings if h in REQUIRED_SECTIONS] == REQUIRED_SECTIONS
    assert re.search(COMPLIANCE, sections["Compliance status"].text)
    assert sections["How accessible this website is"].list_items, "known issues are listed"
    assert NON_ACCESSIBLE_REASONS & set(headings), "non-accessible content says why"
    assert "format" in sections["Feedback and contact information"].text
    assert sections["Feedback and contact information"].links_to("mailto:")
    assert sections["Reporting accessibility problems with this website"].links_to("mailto:")
    enforcement = sections["Enforcement procedure"]
    assert "Equality and Human Rights Commission" in enforcement.text
    assert enforcement.links_to("https://www.equalityadvisoryservice.com")
    preparation = sections["Preparation of this accessibility statement"].text
    assert statement_date("prepared", preparation) <= statement_date("last reviewed", preparation)


def test_every_page_links_to_the_statements(client, demo_site):
    for url in sitemap_entries(client):
        footer = BeautifulSoup(client.get(urlsplit(url).path).content, "html.parser").footer
        links = {a["href"] for a in footer.find_all("a")}
        assert {"/accessibility-statement/", "/privacy/", "/cookies/"} <= links, url


def test_cookies_page_lists_the_admin_cookies_and_says_readers_get_none(client, demo_site):
    sections = main_sections(client, "/cookies/")

    assert "sets no cookies when you read it" in sections[""].text
    admin_cookies = sections["Cookies for people who run the website"].text
    for name in (
        settings.SESSION_COOKIE_NAME,
        settings.CSRF_COOKIE_NAME,
        "messages",
        "wagtail_sidebar_collapsed",
    ):
        assert name in admin_cookies, name
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60 and "8 hours after you sign in" in admin_cookies
    assert settings.SESSION_IDLE_TIMEOUT == 30 * 60 and "30 minutes without use" in admin_cookies
    assert settings.CSRF_COOKIE_AGE == 52 * 7 * 24 * 60 * 60 and "a year" in admin_cookies


def test_readers_are_given_no_cookies(client, demo_site):
    paths = [urlsplit(url).path for url in sitemap_entries(client)]
    for path in paths + ["/search/?q=stroke", "/no-such-page/", "/robots.txt", "/sitemap.xml"]:
        response = client.get(path)
        assert not response.cookies, f"{path} sets {sorted(response.cookies)}"


def test_the_cookies_page_names_every_cookie_signing_in_sets(client, demo_site):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a long passphrase")
    listed = main_sections(client, "/cookies/")["Cookies for people who run the website"].text

    client.get("/admin/login/")
    client.post("/admin/login/", {"username": "editor", "password": "a long passphrase"})
    client.get("/admin/")

    assert {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME} <= set(client.cookies)
    for name in client.cookies:
        assert name in listed, f"The admin sets '{name}', which the cookies page does not mention"


def test_privacy_notice_says_what_is_collected_and_how_to_complain(client, demo_site):
    sections = main_sections(client, "/privacy/")

    assert "What we collect when you read this website" in sections
    assert "30 days" in sections["What we collect when you read this website"].text
    rights = sections["Your rights"]
    assert rights.links_to("https://ico.org.uk/")
    assert rights.links_to("mailto:")
