"""Each role sees in the admin only the FAQ menus and buttons it can use: Comms, who write the
news, were shown the FAQ menu and an "Add FAQ entry" button that ended in "permission denied"."""

import pytest
from bs4 import BeautifulSoup

from wyhp_site.core.roles import COMMS, EDITORS, MODERATORS

FAQ_LISTING = "/admin/faq_entries/"
FAQ_MENU_LINK = "/admin/faq_entries/?no_topic=true"
ADD_FAQ_ENTRY = "/admin/faq_entries/choose_parent/"
REVIEWS_DUE = "/admin/reports/reviews-due/"
ADD_WEEKLY_UPDATE = "/admin/news/add-weekly-update/"


@pytest.fixture
def signed_in(client, member, faq_index, news_index):
    """A client signed in as a member of ``role``, with the FAQ and the news in place."""

    def sign_in(role):
        client.force_login(member(role))
        return client

    return sign_in


@pytest.mark.parametrize(
    ("role", "menu_links"),
    [
        (EDITORS, {FAQ_MENU_LINK, REVIEWS_DUE}),
        (COMMS, {ADD_WEEKLY_UPDATE}),
        (MODERATORS, {FAQ_MENU_LINK, REVIEWS_DUE, ADD_WEEKLY_UPDATE}),
    ],
)
def test_each_role_sees_the_menus_it_can_use(signed_in, role, menu_links):
    dashboard = signed_in(role).get("/admin/").content.decode()

    shown = {link for link in (FAQ_MENU_LINK, REVIEWS_DUE, ADD_WEEKLY_UPDATE) if link in dashboard}
    assert shown == menu_links


@pytest.mark.parametrize("role", [EDITORS, MODERATORS])
def test_the_add_faq_entry_button_leads_to_the_form(signed_in, faq_index, role):
    client = signed_in(role)

    listing = BeautifulSoup(client.get(FAQ_LISTING).content, "html.parser")
    # With the way back to the listing as "next" (tests/faq/test_way_back.py).
    add_button = listing.find("a", href=lambda href: href and href.startswith(ADD_FAQ_ENTRY))
    choose_parent = client.post(ADD_FAQ_ENTRY, {"parent_page": faq_index.pk})

    assert add_button is not None and "Add FAQ entry" in add_button.get_text()
    assert choose_parent.status_code == 302
    assert client.get(choose_parent["Location"]).status_code == 200


def test_comms_get_neither_the_faq_listing_nor_its_add_button(signed_in):
    client = signed_in(COMMS)

    assert client.get(FAQ_LISTING).status_code in (302, 403)
    assert client.get(REVIEWS_DUE).status_code in (302, 403)
