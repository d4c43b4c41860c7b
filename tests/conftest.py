import pytest
from wagtail.models import Page, Site

from wyhp_site.core.models import HomePage, StandardPage


@pytest.fixture
def home_page(db) -> HomePage:
    """A published home page at the root of the default site, as the demo command leaves it."""
    root = Page.get_first_root_node()
    root.get_children().delete()  # Wagtail's placeholder welcome page
    home = HomePage(title="Working together", slug="home", intro="Health and care partners, together.")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", root_page=home, is_default_site=True, site_name="Test site")
    return home


@pytest.fixture
def about_page(home_page) -> StandardPage:
    page = StandardPage(
        title="About us",
        slug="about-us",
        intro="Who we are.",
        body=[("paragraph", "<p>We are a partnership of councils and the NHS.</p>")],
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page
