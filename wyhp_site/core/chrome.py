"""What every page shows from the site settings: the header menu, the footer links and the
site-wide alert, worked out once per content generation rather than once a page.

Each link to a page costs a lookup of that page and of its site's address; the alert's
rich text needs its links expanded. Kept under the content generation
(``core/generation_cache.py``), so a renamed page or a new alert shows at once.
"""

from dataclasses import dataclass

from wagtail.models import Site
from wagtail.rich_text import expand_db_html

from .generation_cache import kept_for_generation
from .models import SiteSettings


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class Chrome:
    header_links: tuple[Link, ...] = ()
    footer_links: tuple[Link, ...] = ()
    alert_html: str = ""  # empty: no alert


def site_chrome(request) -> Chrome:
    site = Site.find_for_request(request)
    if site is None:
        return Chrome()
    return kept_for_generation(
        request, f"site-chrome:{site.pk}", lambda: chrome_from(SiteSettings.for_site(site), request)
    )


def chrome_from(site_settings: SiteSettings, request) -> Chrome:
    return Chrome(
        header_links=links_from(site_settings.header_links, request),
        footer_links=links_from(site_settings.footer_links, request),
        alert_html=expand_db_html(site_settings.alert_message) if site_settings.has_alert else "",
    )


def links_from(stream, request) -> tuple[Link, ...]:
    links = (Link(block.value["text"], block.value.href(request)) for block in stream)
    return tuple(link for link in links if link.url)  # a link to a page since deleted has none
