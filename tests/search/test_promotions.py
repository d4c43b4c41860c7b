"""Editors' promoted results come first and are not repeated."""

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from wyhp_site.core.roles import COMMS, EDITORS


def promote(query, page=None, *, url="", text="", description="", order=0):
    return SearchPromotion.objects.create(
        query=Query.get(query),
        page=page,
        external_link_url=url,
        external_link_text=text,
        description=description,
        sort_order=order,
    )


def items(response):
    return BeautifulSoup(response.content.decode(), "html.parser").select(".search-results__item")


def test_promoted_pages_come_first_once_in_the_editors_order(client, make_page):
    best = make_page("Stroke", "Stroke stroke stroke.")
    make_page("Stroke rehabilitation", "Recovery after a stroke.")
    guide = make_page("Choosing a hospital", "Which hospital treats which condition.")
    promote("stroke", guide, description="Which hospital has a stroke unit.", order=0)
    promote("stroke", best, order=1)

    response = client.get("/search/?q=Stroke")
    found = items(response)
    links = [item.select_one("h2 a")["href"] for item in found]

    assert links == ["/choosing-a-hospital/", "/stroke/", "/stroke-rehabilitation/"]
    assert [bool(item.find(string="Recommended")) for item in found] == [True, True, False]
    assert "Which hospital has a <mark>stroke</mark> unit." in str(found[0])
    assert "3 results for" in response.content.decode()


def test_promotions_for_another_query_are_not_shown(client, make_page):
    make_page("Stroke", "Stroke.")
    promote("cancer", make_page("Cancer screening", "Screening."))

    assert [item.select_one("h2 a").get_text() for item in items(client.get("/search/?q=stroke"))] == [
        "Stroke"
    ]


def test_a_promoted_draft_or_filtered_out_page_is_not_shown(client, make_page, make_entry):
    draft = make_page("Old stroke plan", "Withdrawn.")
    draft.unpublish()
    promote("stroke", draft)
    promote("stroke", make_page("Stroke services", "Where to go."))
    make_entry(
        "Where are the stroke units?", [], short_answer="In three hospitals.", text="In three hospitals."
    )

    everything = [item.select_one("h2 a").get_text() for item in items(client.get("/search/?q=stroke"))]
    questions = [
        item.select_one("h2 a").get_text() for item in items(client.get("/search/?q=stroke&type=faq"))
    ]

    assert everything == ["Stroke services", "Where are the stroke units?"]
    assert questions == ["Where are the stroke units?"]


def test_a_promoted_link_to_another_website(client, home_page):
    promote(
        "111", url="https://111.nhs.uk/", text="NHS 111 online", description="Get help for a health problem."
    )

    found = items(client.get("/search/?q=111"))

    assert found[0].select_one("h2 a")["href"] == "https://111.nhs.uk/"
    assert found[0].select_one(".nhsuk-tag").get_text() == "Website"
    assert client.get("/search/?q=111&format=json").json()["results"][0]["type"] == "page"


def test_editors_promote_results_and_comms_do_not(client, django_user_model, home_page):
    for group_name, allowed in [(EDITORS, True), (COMMS, False)]:
        user = django_user_model.objects.create_user(username=group_name.lower(), password="x")
        user.groups.add(Group.objects.get(name=group_name))
        client.force_login(user)

        response = client.get(reverse("wagtailsearchpromotions:add"))

        assert (response.status_code == 200) is allowed, group_name
        assert ("Promoted search results" in client.get("/admin/").content.decode()) is allowed
