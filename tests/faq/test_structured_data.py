"""The FAQ's structured data and dates, read as a search engine reads them (extruct)."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import published_on
from tests.structured_data import items_of_type, schema_items

TODAY = timezone.localdate


def faq_page_of(client, entry) -> dict:
    """The one FAQPage on ``entry``'s page."""
    (faq_page,) = items_of_type(client.get(entry.url).content.decode(), "FAQPage", entry.full_url)
    return faq_page


def test_the_entry_page_marks_its_question_up_as_an_faq_page(client, make_entry):
    entry = make_entry(
        "Is it free?",
        slug="is-it-free",
        date_asked=datetime.date(2016, 11, 1),
        reviewed=datetime.date(2024, 2, 2),
        short_answer="Yes, care is free when you need it.",
        text="Prescriptions may cost money.",
    )
    published_on(entry, datetime.date(2023, 5, 1), last=TODAY())

    assert faq_page_of(client, entry) == {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": "Is it free?",
                "url": "http://testserver/faq/is-it-free/",
                "dateCreated": "2016-11",
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": "Yes, care is free when you need it.\nPrescriptions may cost money.",
                    "abstract": "Yes, care is free when you need it.",
                    "url": "http://testserver/faq/is-it-free/",
                    "dateModified": "2024-02-02",
                },
            }
        ],
    }


def test_the_answer_text_is_the_whole_answer_in_plain_words(client, make_entry):
    entry = make_entry(
        short_answer="Forty-two trusts.",
        answer=[
            ("heading", {"text": "Who they are", "level": "h2"}),
            ("paragraph", '<p>See <a href="https://example.org/">the list</a> &amp; <b>map</b>.</p>'),
            ("paragraph", "<ul><li>Leeds</li><li>Bradford</li></ul>"),
            ("warning", {"title": "Important", "heading_level": 3, "body": "<p>Figures change.</p>"}),
            ("table", {"first_row_is_table_header": True, "data": [["Place", "Beds"], ["Leeds", "120"]]}),
            (
                "people_list",
                {
                    "heading": "Board",
                    "heading_level": "h2",
                    "items": [{"name": "Dr Patel", "description": "Chair"}],
                },
            ),
        ],
    )

    text = faq_page_of(client, entry)["mainEntity"][0]["acceptedAnswer"]["text"]

    assert text.splitlines() == [
        "Forty-two trusts.",
        "Who they are",
        "See the list & map.",
        "Leeds",
        "Bradford",
        "Important",
        "Figures change.",
        "Place Beds",
        "Leeds 120",
        "Board",
        "Dr Patel",
        "Chair",
    ]
    assert "<" not in text


def test_question_and_answer_survive_quotes_script_tags_and_non_ascii(client, make_entry):
    awkward_question = 'Is the "£5bn" budget </script><script>alert(1)</script> real?'
    awkward_answer = "Yes – it's “real”, see <!-- notes --> & Zoë's \\ report </SCRIPT> ✓ مرحبا"
    entry = make_entry(awkward_question, short_answer=awkward_answer, text="Read the report.")

    html = client.get(entry.url).content.decode()

    question = faq_page_of(client, entry)["mainEntity"][0]
    assert question["name"] == awkward_question
    assert question["acceptedAnswer"]["abstract"] == awkward_answer
    assert question["acceptedAnswer"]["text"] == f"{awkward_answer}\nRead the report."
    # The script element is not closed early, and no markup leaks out of it.
    script = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script and ">" not in script
    assert "alert(1)</script>" not in html


@pytest.mark.parametrize("estimate", [False, True])
def test_date_created_is_the_month_asked_and_never_a_made_up_day(client, make_entry, estimate):
    entry = make_entry(date_asked=datetime.date(2017, 6, 1), estimate=estimate)

    assert faq_page_of(client, entry)["mainEntity"][0]["dateCreated"] == "2017-06"


def test_modified_on_is_the_later_of_the_last_review_and_the_last_update(make_entry):
    reviewed_since = published_on(make_entry(reviewed=datetime.date(2024, 6, 3)), datetime.date(2020, 1, 6))
    updated_since = published_on(make_entry(reviewed=datetime.date(2019, 2, 1)), datetime.date(2021, 9, 14))
    typo_fixed_today = published_on(
        make_entry(reviewed=datetime.date(2022, 3, 1)), datetime.date(2020, 1, 6), last=TODAY()
    )

    assert reviewed_since.modified_on == datetime.date(2024, 6, 3)
    assert updated_since.updated_on == updated_since.modified_on == datetime.date(2021, 9, 14)
    # Republishing without a review or an update does not claim the answer changed.
    assert typo_fixed_today.modified_on == datetime.date(2022, 3, 1)


def test_an_answer_never_published_was_modified_when_last_reviewed(make_entry):
    draft = make_entry(reviewed=datetime.date(2023, 4, 5), publish=False)

    assert draft.updated_on is None
    assert draft.modified_on == datetime.date(2023, 4, 5)


def test_date_modified_follows_the_latest_review_or_update(client, make_entry):
    entry = published_on(
        make_entry(reviewed=datetime.date(2019, 2, 1)), datetime.date(2021, 9, 14), last=TODAY()
    )

    assert faq_page_of(client, entry)["mainEntity"][0]["acceptedAnswer"]["dateModified"] == "2021-09-14"


def item_list_urls(html: str) -> list[tuple[int, str]]:
    (item_list,) = items_of_type(html, "ItemList")
    return [(item["position"], item["url"]) for item in item_list["itemListElement"]]


def test_listings_name_their_questions_pages_in_an_item_list_not_an_faq_page(client, make_entry):
    for number in range(27):
        make_entry(f"Question {number:02d}?", publish=None)
    make_entry("Older question?", date_asked=datetime.date(2017, 1, 1), publish=None)

    first_page = client.get("/faq/").content.decode()
    second_page = client.get("/faq/?page=2").content.decode()

    assert item_list_urls(first_page)[:2] == [
        (1, "http://testserver/faq/question-00/"),
        (2, "http://testserver/faq/question-01/"),
    ]
    assert len(item_list_urls(first_page)) == 25
    # Positions run on from the first page.
    assert item_list_urls(second_page) == [
        (26, "http://testserver/faq/question-25/"),
        (27, "http://testserver/faq/question-26/"),
        (28, "http://testserver/faq/older-question/"),
    ]
    for path in ("/faq/", "/faq/?page=2", "/faq/topic/stroke/", "/faq/asked/2018/", "/faq/asked/2018/03/"):
        html = client.get(path).content.decode()
        assert items_of_type(html, "FAQPage") == [], path
        assert items_of_type(html, "Question") == [], path
        assert len(items_of_type(html, "ItemList")) == 1, path


def test_a_listing_with_nothing_to_list_carries_no_structured_data(client, faq_index, stroke):
    assert schema_items(client.get("/faq/topic/stroke/").content.decode()) == []
