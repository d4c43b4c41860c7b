import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.html import h1_texts, headings, served_html
from wyhp_site.core.models import HomePage, SiteSettings, StandardPage


def test_home_page_names_the_partnership_and_offers_search(client, home_page):
    html = served_html(client, "/")

    assert h1_texts(html) == ["Working together"]
    # Search is the site's own, not the NHS website's.
    assert 'action="/search/"' in html
    assert "nhs.uk/search" not in html
    assert "West Yorkshire and Harrogate" in html
    assert '<html lang="en-GB">' in html
    assert '<meta name="description" content="Health and care partners, together.">' in html
    assert '<link rel="canonical" href="http://testserver/">' in html
    assert 'href="#maincontent"' in html and 'id="maincontent"' in html


def test_standard_page_has_one_heading_breadcrumbs_and_its_body(client, about_page):
    html = served_html(client, "/about-us/")

    assert h1_texts(html) == ["About us"]
    assert "We are a partnership of councils and the NHS." in html
    assert '<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb">' in html
    assert '<a class="nhsuk-breadcrumb__link" href="/">Home</a>' in html
    assert "<title>About us - West Yorkshire" in html


def test_headings_never_skip_a_level(client, about_page):
    about_page.body = [
        ("heading", {"text": "Who we are", "level": "h2"}),
        ("heading", {"text": "Our places", "level": "h3"}),
    ]
    about_page.save_revision().publish()

    levels = [int(tag[1]) for tag, _ in headings(client.get("/about-us/").content.decode())]

    assert levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))


def test_menus_come_from_site_settings(client, about_page):
    site_settings = SiteSettings.for_site(about_page.get_site())
    site_settings.header_links = [("link", {"text": "Who we are", "page": about_page})]
    site_settings.footer_links = [
        ("link", {"text": "Contact", "url": "https://example.org/contact/"}),
        ("link", {"text": "About the partnership", "page": about_page}),
    ]
    site_settings.save()

    html = client.get("/about-us/").content.decode()

    assert 'href="/about-us/" aria-current="page"' in html
    assert "Who we are" in html
    assert 'href="https://example.org/contact/">Contact</a>' in html
    assert 'href="/about-us/">About the partnership</a>' in html


def test_draft_pages_are_not_public(client, home_page):
    draft = StandardPage(title="Plans not yet agreed", slug="plans", body=[("paragraph", "<p>Draft</p>")])
    home_page.add_child(instance=draft)
    draft.unpublish()

    assert client.get("/plans/").status_code == 404


def test_unknown_address_gets_the_friendly_404_page(client, home_page):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert h1_texts(response.content.decode()) == ["Page not found"]


def test_odd_page_numbers_are_404_not_500(client, home_page):
    for number in ("abc", "0", "-1", "99999", "1.5"):
        assert client.get(f"/search/?q=partnership&page={number}").status_code == 404, number


@pytest.mark.django_db
def test_500_page_renders_without_touching_the_database(rf, django_assert_num_queries):
    from django.views.defaults import server_error

    with django_assert_num_queries(0):
        response = server_error(rf.get("/"))

    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.content.decode()


def test_editor_can_create_a_standard_page_in_the_admin(admin_client, home_page):
    form = nested_form_data(
        {
            "title": "Cookies",
            "slug": "cookies",
            "intro": "We set no cookies for readers.",
            "body": streamfield([("paragraph", rich_text("<p>None at all.</p>"))]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/core/standardpage/{home_page.pk}/", form)

    assert response.status_code == 302
    page = StandardPage.objects.get(slug="cookies")
    assert page.live and page.get_parent().specific == home_page


def test_only_one_home_page_may_exist(home_page):
    assert not HomePage.can_create_at(Page.get_first_root_node())
