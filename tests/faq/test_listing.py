import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.faq.helpers import main_text
from tests.html import h1_texts, headings
from tests.queries import queries_for
from tests.structured_data import schema_items


def ask(make_entry, *questions) -> None:
    """Publish each (title, year, month) as a question asked in that month."""
    for title, year, month in questions:
        make_entry(title, date_asked=datetime.date(year, month, 1))


def question_titles(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [h3.get_text(strip=True) for h3 in soup.select("main .faq-summary__question")]


def month_headings(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [h2.get_text(strip=True) for h2 in soup.select("main h2.faq-month")]


def test_questions_are_listed_newest_asked_first_under_month_headings(client, make_entry):
    make_entry("What is a care plan?", date_asked=datetime.date(2016, 11, 1))
    make_entry("Who pays for stroke units?", date_asked=datetime.date(2018, 3, 1))
    make_entry("Are beds closing?", date_asked=datetime.date(2018, 3, 1))
    make_entry("What is an ICS?", date_asked=datetime.date(2017, 1, 1))

    html = client.get("/faq/").content.decode()

    assert question_titles(html) == [
        "Are beds closing?",
        "Who pays for stroke units?",
        "What is an ICS?",
        "What is a care plan?",
    ]
    assert month_headings(html) == ["March 2018", "January 2017", "November 2016"]
    assert h1_texts(html) == ["Questions and answers"]
    assert "4 questions, newest asked first." in main_text(html)


def test_the_switch_lists_oldest_asked_first_and_back(client, make_entry):
    make_entry("Older?", date_asked=datetime.date(2016, 11, 1))
    make_entry("Newer?", date_asked=datetime.date(2019, 5, 1))

    html = client.get("/faq/").content.decode()
    assert 'href="/faq/?order=oldest"' in html

    oldest = client.get("/faq/?order=oldest").content.decode()
    assert question_titles(oldest) == ["Older?", "Newer?"]
    assert "oldest asked first" in main_text(oldest)
    assert 'href="/faq/">Show newest asked first' in oldest
    # An order the site does not offer falls back to the usual one rather than failing.
    assert question_titles(client.get("/faq/?order=sideways").content.decode()) == ["Newer?", "Older?"]


def test_each_item_shows_its_short_answer_and_topic_links(client, make_entry, topics):
    make_entry(
        "Can I visit?",
        slug="question-1",
        short_answer="Yes, every afternoon.",
        topics=[topics["stroke"], topics["mental-health"]],
    )

    html = client.get("/faq/").content.decode()

    assert "Yes, every afternoon." in html
    assert 'href="/faq/can-i-visit/"' not in html  # the link is the page's own slug, not one from the title
    assert '<a href="/faq/question-1/">Can I visit?</a>' in html
    assert (
        '<a href="/faq/topic/mental-health/">Mental health</a>, <a href="/faq/topic/stroke/">Stroke</a>'
        in html
    )


def test_drafts_and_private_entries_are_not_listed(client, make_entry, faq_index):
    make_entry("Published?")
    make_entry("Still a draft?", publish=False)
    private = make_entry("Behind a password?")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    titles = question_titles(client.get("/faq/").content.decode())

    assert titles == ["Published?"]


def test_pagination_shows_25_a_page_and_404s_for_pages_that_do_not_exist(client, make_entry):
    for number in range(30):
        make_entry(
            f"Question {number:02d}?",
            date_asked=datetime.date.fromisoformat(f"20{10 + number // 12:02d}-{number % 12 + 1:02d}-01"),
            publish=None,
        )

    first = client.get("/faq/").content.decode()
    second = client.get("/faq/?page=2").content.decode()

    assert len(question_titles(first)) == 25
    assert len(question_titles(second)) == 5
    assert question_titles(first)[0] == "Question 29?"
    assert question_titles(second)[-1] == "Question 00?"
    assert 'aria-label="Results pages"' in first
    assert "(page 2 of 2)" in second
    for bad in ("abc", "0", "3", "-1"):
        assert client.get(f"/faq/?page={bad}").status_code == 404, bad
    # The order survives a move to the next page.
    assert 'href="?order=oldest&amp;page=2"' in client.get("/faq/?order=oldest").content.decode()


def test_sidebar_counts_topics_years_and_months(client, make_entry, topics):
    make_entry(date_asked=datetime.date(2018, 3, 1), topics=[topics["stroke"]])
    make_entry(date_asked=datetime.date(2018, 3, 1), topics=[topics["stroke"], topics["mental-health"]])
    make_entry(date_asked=datetime.date(2018, 7, 1), topics=[topics["mental-health"]])
    make_entry(date_asked=datetime.date(2016, 11, 1), topics=[topics["stroke"]])
    make_entry(date_asked=datetime.date(2019, 1, 1), topics=[topics["unpaid-carers"]], publish=False)

    soup = BeautifulSoup(client.get("/faq/").content, "html.parser")
    browse = soup.select_one(".listing-browse")
    items = [" ".join(li.get_text().split()) for li in browse.select("li li, .listing-browse__list > li")]
    links = {a.get_text(strip=True): a["href"] for a in browse.find_all("a")}

    assert "Stroke (3 questions)" in items
    assert "Mental health (2 questions)" in items
    assert not any(item.startswith("Unpaid carers") for item in items)  # only a draft
    assert links["Stroke"] == "/faq/topic/stroke/"
    assert [" ".join(s.get_text().split()) for s in browse.select("summary")] == [
        "2018 (3 questions)",
        "2016 (1 question)",
    ]
    assert links["All of 2018"] == "/faq/asked/2018/"
    assert links["March 2018"] == "/faq/asked/2018/03/"
    assert links["July 2018"] == "/faq/asked/2018/07/"
    assert "March 2018 (2 questions)" in items


def test_search_box_searches_only_the_faq(client, faq_index):
    soup = BeautifulSoup(client.get("/faq/").content, "html.parser")
    form = soup.select_one("main form[role=search]")

    assert form["action"] == "/search/"
    assert form.select_one("input[name=q]")
    assert form.select_one("input[name=type]")["value"] == "faq"
    assert form.select_one("label").get_text(strip=True) == "Search the questions and answers"


def test_topic_view_lists_only_that_topic_and_says_how_many(client, make_entry, topics):
    topics["stroke"].description = "Stroke units and rehabilitation."
    topics["stroke"].save()
    make_entry("About strokes?", topics=[topics["stroke"]])
    make_entry("About money?", topics=[topics["funding-and-finance"]])
    make_entry("About both?", topics=[topics["funding-and-finance"], topics["stroke"]])

    response = client.get("/faq/topic/stroke/")
    html = response.content.decode()

    assert response.status_code == 200
    assert sorted(question_titles(html)) == ["About both?", "About strokes?"]
    assert h1_texts(html) == ["Stroke: 2 questions"]
    assert "Stroke units and rehabilitation." in html
    assert "<title>Stroke: questions and answers - " in html
    assert '<a class="nhsuk-breadcrumb__link" href="/faq/">Questions and answers</a>' in html


def test_topic_with_no_questions_says_so_and_unknown_topic_is_404(client, faq_index, topics):
    html = client.get("/faq/topic/unpaid-carers/").content.decode()

    assert h1_texts(html) == ["Unpaid carers: no questions"]
    assert "No questions on Unpaid carers have been answered here yet." in main_text(html)
    assert '<meta name="robots" content="noindex">' in html
    assert client.get("/faq/topic/no-such-topic/").status_code == 404


def test_year_and_month_views_filter_by_date_asked(client, make_entry):
    ask(
        make_entry,
        ("March?", 2018, 3),
        ("Also March?", 2018, 3),
        ("July?", 2018, 7),
        ("Another year?", 2017, 3),
    )

    year = client.get("/faq/asked/2018/").content.decode()
    month = client.get("/faq/asked/2018/03/").content.decode()

    assert sorted(question_titles(year)) == ["Also March?", "July?", "March?"]
    assert h1_texts(year) == ["3 questions asked in 2018"]
    assert sorted(question_titles(month)) == ["Also March?", "March?"]
    assert h1_texts(month) == ["2 questions asked in March 2018"]
    # The month's trail leads back through its year.
    assert '<a class="nhsuk-breadcrumb__link" href="/faq/asked/2018/">2018</a>' in month


def test_archives_say_how_many_of_their_dates_are_estimates(client, make_entry):
    for number in range(3):
        make_entry(f"Guessed {number}?", date_asked=datetime.date(2018, 8, 1), estimate=True)
    make_entry("Known?", date_asked=datetime.date(2018, 8, 1))
    make_entry("Known in July?", date_asked=datetime.date(2018, 7, 1))
    make_entry("Guessed in 2017?", date_asked=datetime.date(2017, 5, 1), estimate=True)

    assert h1_texts(client.get("/faq/asked/2018/08/").content.decode()) == [
        "4 questions asked in August 2018 (3 dates estimated)"
    ]
    assert h1_texts(client.get("/faq/asked/2018/").content.decode()) == [
        "5 questions asked in 2018 (3 dates estimated)"
    ]
    assert h1_texts(client.get("/faq/asked/2017/05/").content.decode()) == [
        "1 question asked in May 2017 (1 date estimated)"
    ]
    assert h1_texts(client.get("/faq/asked/2018/07/").content.decode()) == ["1 question asked in July 2018"]


def test_a_listed_question_says_when_its_date_is_an_estimate(client, make_entry):
    make_entry("Guessed?", date_asked=datetime.date(2018, 8, 1), estimate=True)
    make_entry("Known?", date_asked=datetime.date(2018, 8, 1))

    for path in ("/faq/", "/faq/topic/stroke/", "/faq/asked/2018/08/"):
        soup = BeautifulSoup(client.get(path).content, "html.parser")
        items = {
            item.select_one(".faq-summary__question").get_text(strip=True): " ".join(item.get_text().split())
            for item in soup.select("main .faq-list__item")
        }
        assert "Asked August 2018 (estimated date)" in items["Guessed?"], path
        assert "estimated" not in items["Known?"], path


def test_an_empty_month_is_not_found_but_says_so_in_words_and_offers_the_archive(client, make_entry):
    make_entry(date_asked=datetime.date(2018, 3, 1))

    response = client.get("/faq/asked/2018/04/")
    html = response.content.decode()

    assert response.status_code == 404
    assert 'href="/faq/asked/2018/03/"' in html
    assert h1_texts(html) == ["No questions asked in April 2018"]
    assert "No questions asked in April 2018 are answered here." in main_text(html)
    assert question_titles(html) == []
    assert schema_items(html) == []


@pytest.mark.parametrize(
    "path", [f"/faq/asked/{date}/" for date in ("2018/13", "2018/00", "2018/3", "0000", "18")]
)
def test_impossible_dates_are_404(client, faq_index, path):
    assert client.get(path).status_code == 404


def test_months_and_years_still_to_come_are_404(client, make_entry):
    this_month = timezone.localdate().replace(day=1)
    next_month = (this_month + datetime.timedelta(days=32)).replace(day=1)
    make_entry(date_asked=this_month)

    assert client.get(f"/faq/asked/{next_month:%Y/%m}/").status_code == 404
    assert client.get(f"/faq/asked/{timezone.localdate().year + 1}/").status_code == 404
    assert client.get(f"/faq/asked/{this_month:%Y/%m}/").status_code == 200


def test_a_year_with_no_questions_is_not_found(client, make_entry):
    make_entry(date_asked=datetime.date(2018, 3, 1))

    response = client.get("/faq/asked/2019/")

    assert response.status_code == 404
    assert "No questions asked in 2019 are answered here." in main_text(response.content.decode())


def test_route_names_reverse_as_other_apps_expect(faq_index):
    assert faq_index.reverse_subpage("topic", args=["stroke"]) == "topic/stroke/"
    assert faq_index.reverse_subpage("year", args=[2018]) == "asked/2018/"
    assert faq_index.reverse_subpage("month", args=[2018, 3]) == "asked/2018/03/"


def test_listing_headings_never_skip_a_level(client, make_entry):
    make_entry(date_asked=datetime.date(2018, 3, 1))
    make_entry(date_asked=datetime.date(2017, 1, 1))

    for path in ("/faq/", "/faq/topic/stroke/", "/faq/asked/2018/03/"):
        levels = [int(tag[1]) for tag, _ in headings(client.get(path).content.decode())]
        assert levels.count(1) == 1, path
        assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False)), path


def test_index_meta_description_comes_from_the_intro_or_a_sensible_default(client, faq_index):
    faq_index.intro = "Questions the public asked us."
    faq_index.save_revision().publish()

    assert (
        '<meta name="description" content="Questions the public asked us.">'
        in client.get("/faq/").content.decode()
    )

    faq_index.intro = ""
    faq_index.save_revision().publish()

    description = faq_index.get_meta_description()
    assert "questions" in description.lower() and len(description) <= 160


def test_listing_queries_do_not_grow_with_the_number_of_entries(client, make_entry, topics):
    def add(count, start):
        for number in range(start, start + count):
            asked = datetime.date.fromisoformat(f"{2016 + number % 9}-{number % 12 + 1:02d}-01")
            make_entry(
                f"Question {number}?",
                date_asked=asked,
                topics=[
                    topics[slug]
                    for slug in (("stroke", "mental-health") if number % 2 else ("unpaid-carers",))
                ],
                reviewed=asked if number % 3 else None,  # most of these are due for review
                publish=None,
            )

    add(25, 0)
    paths = (
        "/faq/",
        "/faq/topic/stroke/",
        "/faq/asked/2018/",
        "/faq/asked/2018/03/",
        "/faq/?page=1&order=oldest",
    )
    client.get("/faq/")  # warm the site-root cache, as any running site has
    small = [queries_for(client, path) for path in paths]

    add(60, 25)
    large = [queries_for(client, path) for path in paths]

    assert small == large


def test_sitemap_lists_entries_and_topic_views(client, make_entry, topics):
    entry = make_entry(topics=[topics["stroke"]])
    make_entry("Draft?", topics=[topics["unpaid-carers"]], publish=False)

    xml = client.get("/sitemap.xml").content.decode()

    assert "http://testserver/faq/</loc>" in xml
    assert f"http://testserver{entry.url}</loc>" in xml
    assert "http://testserver/faq/topic/stroke/</loc>" in xml
    assert "topic/unpaid-carers/" not in xml


def test_filtered_views_describe_themselves_to_search_engines_and_sharers(client, make_entry):
    make_entry(date_asked=datetime.date(2018, 3, 1))

    html = client.get("/faq/asked/2018/03/").content.decode()

    description = BeautifulSoup(html, "html.parser").find("meta", attrs={"name": "description"})["content"]
    assert description == "1 question asked in March 2018, with the partnership's answers."
