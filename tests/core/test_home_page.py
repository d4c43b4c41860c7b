"""The home page gathers the newest updates, the FAQ's newest questions and topics, and the programmes."""

import datetime

from bs4 import BeautifulSoup

from tests.html import h1_texts, headings, served_html
from tests.queries import queries_for


def test_home_page_shows_latest_updates_faq_topics_and_programmes(
    client, stroke, cancer, make_entry, make_post, make_programme
):
    make_entry("Will the stroke unit move?", [stroke], datetime.date(2017, 3, 1))
    make_entry("How do I get screened?", [cancer], datetime.date(2018, 5, 1))
    make_entry("Draft question", [cancer], datetime.date(2019, 5, 1), publish=False)
    for day in range(1, 6):
        make_post(f"Update {day}", [stroke], datetime.date(2026, 10, day))
    make_post("Unpublished update", [stroke], datetime.date(2026, 11, 1), publish=False)
    make_programme("Stroke", stroke)
    make_programme("Cancer", cancer)

    html = client.get("/").content.decode()
    section_headings = [text for tag, text in headings(html) if tag == "h2"]

    assert len(h1_texts(html)) == 1
    assert section_headings[:3] == ["Questions and answers", "Latest updates", "Our programmes"]
    # The three newest live posts, newest first; the draft never.
    assert html.index("Update 5") < html.index("Update 4") < html.index("Update 3")
    assert "Update 2" not in html and "Unpublished update" not in html
    # Topics that have questions, with their counts, linking to the FAQ topic pages.
    assert 'href="/faq/topic/cancer/">Cancer</a> <span class="home-topics__count">(1 question)' in html
    assert 'href="/faq/topic/stroke/">Stroke</a>' in html
    assert 'href="/programmes/stroke/"' in html and 'href="/programmes/cancer/"' in html
    assert 'name="type" value="faq"' in html


def test_home_page_without_sections_still_renders(client, home_page):
    html = client.get("/").content.decode()

    assert h1_texts(html) == ["Working together"]
    assert "Latest updates" not in html


def test_home_page_queries_do_not_grow_with_content(
    client, stroke, cancer, make_entry, make_post, make_programme
):
    def count_queries():
        return queries_for(client, "/")

    make_entry("First question", [stroke], datetime.date(2017, 3, 1))
    make_post("First update", [stroke], datetime.date(2026, 10, 1))
    make_programme("Stroke", stroke)
    small = count_queries()

    for number in range(6):
        make_entry(f"Question {number}", [stroke, cancer], datetime.date(2018, 1 + number, 1))
        make_post(f"Update {number}", [cancer], datetime.date(2026, 9, 1 + number))
        make_programme(f"Programme {number}", cancer)
    large = count_queries()

    assert large == small


def test_home_page_lists_the_newest_questions_under_the_faq(client, stroke, make_entry):
    for month in range(1, 6):
        make_entry(f"Question from month {month}?", [stroke], datetime.date(2019, month, 1))
    make_entry("Draft question?", [stroke], datetime.date(2020, 1, 1), publish=False)

    soup = BeautifulSoup(served_html(client, "/"), "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "home-faq"})
    listed = [heading.get_text(strip=True) for heading in section.select("li h4")]

    assert [tag for tag, text in headings(str(section))][:3] == ["h2", "h3", "h4"]
    assert listed == ["Question from month 5?", "Question from month 4?", "Question from month 3?"]
    assert section.find("a", string="Question from month 5?")["href"] == "/faq/question-from-month-5/"
