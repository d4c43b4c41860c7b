from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from programmes.models import ProgrammeIndexPage, ProgrammePage
from tests.html import h1_texts


def cards(html: str) -> list[tuple[str, str, str]]:
    """(name, address, summary) of each programme card, in page order."""
    soup = BeautifulSoup(html, "html.parser")
    return [
        (
            card.select_one(".nhsuk-card__link").get_text(strip=True),
            card.select_one(".nhsuk-card__link")["href"],
            card.select_one(".nhsuk-card__description").get_text(strip=True),
        )
        for card in soup.select(".programme-cards .nhsuk-card")
    ]


def test_index_shows_live_public_programmes_as_cards_in_the_order_editors_chose(
    client, programme_index, make_programme, stroke, cancer
):
    make_programme("Stroke", stroke, summary="Faster treatment for strokes.")
    make_programme("Cancer", cancer, summary="Finding cancer earlier.")
    maternity = make_programme("Maternity", stroke, summary="Safer births.")
    make_programme("Draft plans", stroke, publish=False)
    private = make_programme("Board only", stroke)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    # An editor drags Maternity to the top of the list in the page explorer.
    maternity.move(programme_index, pos="first-child")

    response = client.get("/programmes/")
    html = response.content.decode()

    assert response.status_code == 200
    assert h1_texts(html) == ["Our programmes"]
    assert "What we do together." in html
    assert cards(html) == [
        ("Maternity", "/programmes/maternity/", "Safer births."),
        ("Stroke", "/programmes/stroke/", "Faster treatment for strokes."),
        ("Cancer", "/programmes/cancer/", "Finding cancer earlier."),
    ]


def test_index_without_programmes_says_so(client, programme_index):
    html = client.get("/programmes/").content.decode()

    assert "There are no programmes to show yet." in html
    assert cards(html) == []


def test_index_query_count_does_not_grow_with_the_number_of_programmes(
    client, programme_index, make_programme, stroke
):
    make_programme("Stroke", stroke)
    client.get("/programmes/")
    with CaptureQueriesContext(connection) as few:
        client.get("/programmes/")

    for number in range(8):
        make_programme(f"Programme {number}", stroke)
    client.get("/programmes/")
    with CaptureQueriesContext(connection) as many:
        response = client.get("/programmes/")

    assert len(cards(response.content.decode())) == 9
    assert len(many) == len(few)


def test_live_programmes_is_what_the_home_page_can_list(programme_index, make_programme, stroke):
    first = make_programme("Workforce", stroke)
    make_programme("Hidden", stroke, publish=False)
    second = make_programme("Digital", stroke)

    programmes = list(ProgrammePage.objects.readable())

    assert programmes == [first, second]
    assert [p.summary for p in programmes] == [
        "What the workforce programme does.",
        "What the digital programme does.",
    ]


def test_programme_pages_live_only_under_the_one_programme_index(home_page, programme_index):
    assert ProgrammePage.can_create_at(programme_index)
    assert not ProgrammePage.can_create_at(home_page)
    assert not ProgrammeIndexPage.can_create_at(home_page)  # there is one already
    assert not ProgrammeIndexPage.can_create_at(Page.get_first_root_node())


def test_programmes_on_topics_are_the_pages_a_new_post_changes(make_programme, stroke, cancer):
    stroke_programme = make_programme("Stroke", stroke)
    make_programme("Cancer", cancer)
    make_programme("Stroke draft", stroke, publish=False)

    assert list(ProgrammePage.objects.on_topics([stroke])) == [stroke_programme]
