"""Build the core of the demo site: home page, standard pages, topics, people, menus.

Every builder finds what already exists before creating anything, so running
the demo command again adds only what is missing and never overwrites an
editor's changes.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, Site

from ..models import HomePage, Person, SiteSettings, StandardPage, Topic
from .standard_pages import HOME_BODY, HOME_INTRO, STANDARD_PAGES
from .taxonomy import PEOPLE, TOPICS


def publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def add_child_page(parent: Page, page: Page) -> Page:
    """``page`` published under ``parent``, or the page already there with its slug."""
    existing = parent.get_children().filter(slug=page.slug).specific().first()
    if existing:
        return existing
    parent.add_child(instance=page)
    return publish(page)


def build_home_page() -> HomePage:
    site = Site.objects.filter(is_default_site=True).first()
    if site and isinstance(site.root_page.specific, HomePage):
        home = site.root_page.specific
    else:
        home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's placeholder "Welcome to your new Wagtail site!" page holds the "home" slug.
        root.get_children().filter(slug="home", content_type__model="page").delete()
        home = HomePage(
            title="Working together for healthier lives", slug="home", intro=HOME_INTRO, body=HOME_BODY
        )
        root.add_child(instance=home)
        publish(home)

    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "root_page": home,
            "hostname": base_url.hostname or "localhost",
            "port": base_url.port or (443 if base_url.scheme == "https" else 80),
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    return home


def build_standard_pages(home: HomePage) -> dict[str, StandardPage]:
    return {
        spec["slug"]: add_child_page(
            home, StandardPage(title=spec["title"], slug=spec["slug"], intro=spec["intro"], body=spec["body"])
        )
        for spec in STANDARD_PAGES
    }


def build_topics() -> dict[str, Topic]:
    topics = {}
    for name, slug, description in TOPICS:
        topic, _ = Topic.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})
        topics[slug] = topic
    return topics


def build_people() -> dict[str, Person]:
    people = {}
    for name, role, organisation in PEOPLE:
        person, _ = Person.objects.get_or_create(
            name=name, defaults={"role": role, "organisation": organisation}
        )
        people[name] = person
    return people


def build_menus(site: Site, header_pages: list[Page], footer_pages: list[Page]) -> None:
    """Fill the menus only while they are empty: Comms may have rearranged them since."""
    site_settings = SiteSettings.for_site(site)
    if not site_settings.header_links:
        site_settings.header_links = [("link", {"text": p.title, "page": p}) for p in header_pages]
    if not site_settings.footer_links:
        site_settings.footer_links = [("link", {"text": p.title, "page": p}) for p in footer_pages]
    site_settings.save()


@transaction.atomic
def build_core_site():
    home = build_home_page()
    pages = build_standard_pages(home)
    topics = build_topics()
    people = build_people()
    return home, pages, topics, people
