"""What every page shows around its content: the header menu and the footer links (the site
settings) and the site-wide alert (the published ``SiteAlert``s), worked out once per content
generation rather than once a page.

Each link to a page costs a lookup of that page and of its site's address; the alert's
rich text needs its links expanded. Kept under the content generation
(``core/generation_cache.py``), so a renamed page, a new menu or an alert published or
withdrawn shows at once. A preview of an alert makes its own, with the draft in it.
"""

from dataclasses import dataclass

from wagtail.models import Site
from wagtail.rich_text import expand_db_html

from .generation_cache import kept_for_generation
from .models import SiteAlert, SiteSettings
from .models.site_alert import PREVIEWED_ALERT


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class Alert:
    heading: str
    html: str
    urgent: bool

    @classmethod
    def of(cls, alert: SiteAlert) -> "Alert":
        return cls(alert.heading, expand_db_html(alert.text), alert.is_urgent)


@dataclass(frozen=True)
class Chrome:
    header_links: tuple[Link, ...] = ()
    footer_links: tuple[Link, ...] = ()
    alerts: tuple[Alert, ...] = ()  # empty: no alert banner

    @property
    def alert_is_urgent(self) -> bool:
        """The banner is red and titled "Urgent" when any of its alerts is."""
        return any(alert.urgent for alert in self.alerts)


def site_chrome(request) -> Chrome:
    site = Site.find_for_request(request)
    if site is None:
        return Chrome()
    return kept_for_generation(request, f"site-chrome:{site.pk}", lambda: chrome_for(site, request))


def chrome_for(site: Site, request) -> Chrome:
    site_settings = SiteSettings.for_site(site)
    return Chrome(
        header_links=links_from(site_settings.header_links, request),
        footer_links=links_from(site_settings.footer_links, request),
        alerts=tuple(Alert.of(alert) for alert in alerts_shown(site, request)),
    )


def links_from(stream, request) -> tuple[Link, ...]:
    links = (Link(block.value["text"], block.value.href(request)) for block in stream)
    return tuple(link for link in links if link.url)  # a link to a page since deleted has none


def alerts_shown(site: Site, request) -> list[SiteAlert]:
    """The published alerts, with the one being previewed in place of its published version.

    All of them, in one banner (the NHS and GOV.UK design systems ask for one banner a page,
    combining its messages): urgent ones first, and the most recently published first within
    each level. A scheduled alert or its expiry is not checked here: ``publish_scheduled``
    publishes and withdraws it, and so starts a new content generation.
    """
    alerts = list(SiteAlert.objects.shown_on(site).order_by("-last_published_at", "-pk"))
    previewed = getattr(request, PREVIEWED_ALERT, None)
    if previewed is not None:  # a draft counts as the newest
        alerts = [previewed, *(alert for alert in alerts if alert.pk != previewed.pk)]
    return sorted(alerts, key=lambda alert: not alert.is_urgent)  # a stable sort: newest first still
