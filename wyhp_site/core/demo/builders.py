"""Build the core of the demo site: home page, standard pages, topics, people, teams, glossary, menus.

The text is in ``data/``. Every builder finds what already exists before
creating anything, so running the demo command again adds only what is missing
and never overwrites an editor's changes.
"""

from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, Site

from ..models import GlossaryTerm, HomePage, Person, SiteSettings, StandardPage, Team, Topic
from .loader import DataFile, Record, add_pages, publish

DATA = Path(__file__).resolve().parent / "data"
PAGE_FIELDS = ("title", "slug", "intro", "body")
HOME_PAGE = DataFile(DATA / "home_page.yaml", PAGE_FIELDS)
STANDARD_PAGES = DataFile(DATA / "standard_pages.yaml", PAGE_FIELDS)
TOPICS = DataFile(DATA / "topics.yaml", ("name", "slug", "description"))
PEOPLE = DataFile(DATA / "people.yaml", ("name", "role", "organisation"))
TEAMS = DataFile(DATA / "teams.yaml", ("name", "contact_email"))
GLOSSARY = DataFile(DATA / "glossary.yaml", ("abbreviation", "expansion", "definition"))


def page_from(model: type[Page], record: Record) -> Page:
    return model(
        title=record["title"], slug=record["slug"], intro=record["intro"], body=record.stream(model, "body")
    )


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
        home = page_from(HomePage, HOME_PAGE.record())
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
    records = STANDARD_PAGES.records()
    pages = add_pages(home, records, lambda record: page_from(StandardPage, record))
    return {record["slug"]: pages[record["slug"]] for record in records}


def build_topics() -> dict[str, Topic]:
    return {
        record["slug"]: Topic.objects.get_or_create(slug=record["slug"], defaults=record.fields)[0]
        for record in TOPICS.records()
    }


def build_people() -> dict[str, Person]:
    return {
        record["name"]: Person.objects.get_or_create(name=record["name"], defaults=record.fields)[0]
        for record in PEOPLE.records()
    }


def build_teams() -> dict[str, Team]:
    """The demo teams, keyed by name. A team an editor has already added is left alone."""
    return {
        record["name"]: Team.objects.filter(name__iexact=record["name"]).first()
        or Team.objects.create(**record.fields)
        for record in TEAMS.records()
    }


def build_glossary() -> dict[str, GlossaryTerm]:
    """The demo glossary, keyed by abbreviation. Terms an editor has already added are left alone."""
    terms = {}
    for record in GLOSSARY.records():
        abbreviation = record["abbreviation"]
        term = GlossaryTerm.objects.filter(abbreviation__iexact=abbreviation).first()
        terms[abbreviation] = term or GlossaryTerm.objects.create(**record.fields)
    return terms


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
    build_teams()  # before the content areas, whose pages name their owning teams
    return home, pages, topics, people
