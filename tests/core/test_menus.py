"""The header menu and the footer links, kept by Comms in the site settings: links to pages,
other websites and email addresses, and plain words when a link goes nowhere."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from tests.html import served_html
from wyhp_site.core.blocks import LinkBlock
from wyhp_site.core.models import SiteSettings


def link(text, page="", url="", email=""):
    return ("link", {"text": text, "page": page, "url": url, "email": email})


def save_menus(client, site, header=(), footer=()):
    """Comms save the menus in the admin; the response to the form."""
    edit_url = reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    return client.post(
        edit_url, nested_form_data({"header_links": streamfield(header), "footer_links": streamfield(footer)})
    )


def footer_errors(response) -> tuple[list, list]:
    """The footer links as the form shows them again, and the error said on each link."""
    html = BeautifulSoup(response.content, "html.parser")
    stream = html.select_one("#footer_links[data-w-block-arguments-value]")
    value, errors = json.loads(stream["data-w-block-arguments-value"])
    messages = [errors["blockErrors"].get(str(index), {}).get("messages") for index in range(len(value))]
    return value, messages


def test_a_footer_link_to_an_email_address(client, comms_user, home_page):
    client.force_login(comms_user)

    response = save_menus(
        client, home_page.get_site(), footer=[link("Contact us", email="contact@example.org")]
    )

    assert response.status_code == 302
    client.logout()
    footer = BeautifulSoup(served_html(client, "/"), "html.parser").select_one("footer")
    assert footer.find("a", string="Contact us")["href"] == "mailto:contact@example.org"


@pytest.mark.parametrize(
    "address", ["not an address", "mailto:contact@example.org", "contact@example.org?cc=x"]
)
def test_an_email_address_that_is_not_one_is_refused(client, comms_user, home_page, address):
    client.force_login(comms_user)

    response = save_menus(client, home_page.get_site(), footer=[link("Contact us", email=address)])

    assert response.status_code == 200
    assert not SiteSettings.for_site(home_page.get_site()).footer_links


def test_a_link_that_goes_nowhere_says_so_plainly_and_keeps_what_was_typed(client, comms_user, about_page):
    client.force_login(comms_user)
    footer = [link("Accessibility", page=about_page.pk), link("Contact us")]

    response = save_menus(client, about_page.get_site(), footer=footer)

    assert response.status_code == 200
    value, messages = footer_errors(response)
    assert [block["value"]["text"] for block in value] == ["Accessibility", "Contact us"]
    assert messages == [None, [LinkBlock.NO_ADDRESS]]
    assert "Validation error" not in response.content.decode()
    assert not SiteSettings.for_site(about_page.get_site()).footer_links


def test_a_link_with_two_places_to_go_says_so(client, comms_user, about_page):
    client.force_login(comms_user)

    footer = [link("Contact us", page=about_page.pk, email="contact@example.org")]
    response = save_menus(client, about_page.get_site(), footer=footer)

    assert footer_errors(response)[1] == [[LinkBlock.TOO_MANY_ADDRESSES]]
