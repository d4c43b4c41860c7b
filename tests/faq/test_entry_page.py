import datetime

from bs4 import BeautifulSoup
from django.utils import timezone

from faq.models import FAQEntryPage
from tests.faq.helpers import main_text
from tests.html import h1_texts, headings, served_html
from tests.queries import queries_for


def related_titles(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [a.get_text(strip=True) for a in soup.select("main .faq-related a")]


def test_entry_page_shows_the_question_dates_topics_and_answer(client, make_entry, topics):
    entry = make_entry(
        "How many STPs are there?",
        date_asked=datetime.date(2016, 11, 1),
        reviewed=datetime.date(2025, 3, 14),
        topics=[topics["stroke"], topics["funding-and-finance"]],
        short_answer="There are 44 across England.",
        answer=[
            ("heading", {"text": "Where they are", "level": "h2"}),
            ("paragraph", "<p>Each covers a <b>footprint</b>.</p><ul><li>North</li><li>South</li></ul>"),
        ],
    )

    html = served_html(client, entry.url)
    text = main_text(html)

    assert h1_texts(html) == ["How many STPs are there?"]
    assert "Asked November 2016" in text
    assert "Asked about" not in text
    assert "Answer last reviewed March 2025" in text
    assert "There are 44 across England." in text
    assert "<li>North</li>" in html and '<h2 id="where-they-are">Where they are</h2>' in html
    assert '<a href="/faq/topic/funding-and-finance/">Funding and finance</a>' in html
    assert '<a href="/faq/topic/stroke/">Stroke</a>' in html
    assert '<meta name="description" content="There are 44 across England.">' in html


def test_an_estimated_date_says_so_unmistakably(client, make_entry):
    estimated = make_entry(date_asked=datetime.date(2017, 4, 1), estimate=True)
    exact = make_entry(date_asked=datetime.date(2017, 4, 1))

    estimated_html = client.get(estimated.url).content.decode()
    assert "Asked April 2017 (estimated date)" in main_text(estimated_html)
    assert "Asked about" not in main_text(estimated_html)
    assert '<time datetime="2017-04">Asked April 2017 (estimated date)</time>' in estimated_html
    exact_text = main_text(client.get(exact.url).content.decode())
    assert "Asked April 2017" in exact_text and "estimated" not in exact_text


def test_breadcrumbs_lead_home_through_the_faq(client, make_entry):
    soup = BeautifulSoup(client.get(make_entry().url).content, "html.parser")

    crumbs = [(a.get_text(strip=True), a["href"]) for a in soup.select(".nhsuk-breadcrumb__link")]

    assert crumbs == [("Home", "/"), ("Questions and answers", "/faq/")]


def test_answers_past_their_review_date_carry_a_warning(client, make_entry):
    hundred_days_ago = timezone.localdate() - datetime.timedelta(days=100)
    stale = make_entry(date_asked=datetime.date(2016, 11, 1), reviewed=datetime.date(2018, 3, 5))
    # Checked a hundred days ago: overdue where checks are due every three months, not every two years.
    quick_to_date = make_entry(
        date_asked=datetime.date(2016, 11, 1), reviewed=hundred_days_ago, review_every=3
    )
    usual = make_entry(date_asked=datetime.date(2016, 11, 1), reviewed=hundred_days_ago)

    stale_html = client.get(stale.url).content.decode()

    assert "This answer may be out of date" in stale_html
    assert "We last checked this answer in March 2018" in main_text(stale_html)
    assert "more than two years" not in stale_html  # the interval is the entry's own
    assert "nhsuk-card--warning" in stale_html
    assert "This answer may be out of date" in client.get(quick_to_date.url).content.decode()
    assert "This answer may be out of date" not in client.get(usual.url).content.decode()


def test_related_questions_put_hand_picked_first_then_those_sharing_topics(client, make_entry, topics):
    picked_second = make_entry("Picked second?", topics=[topics["unpaid-carers"]])
    picked_first = make_entry("Picked first?", topics=[topics["unpaid-carers"]])
    draft = make_entry("A draft?", topics=[topics["stroke"]], publish=False)
    shares_two = make_entry(
        "Shares two topics?",
        date_asked=datetime.date(2016, 1, 1),
        topics=[topics["stroke"], topics["mental-health"]],
    )
    make_entry("Shares one, newer?", date_asked=datetime.date(2019, 1, 1), topics=[topics["stroke"]])
    make_entry("Shares one, older?", date_asked=datetime.date(2017, 1, 1), topics=[topics["mental-health"]])
    make_entry("Shares one, oldest?", date_asked=datetime.date(2016, 6, 1), topics=[topics["stroke"]])
    make_entry("Shares nothing?", topics=[topics["funding-and-finance"]])
    entry = make_entry(
        "The question?",
        topics=[topics["stroke"], topics["mental-health"]],
        related=[picked_first, picked_second, draft],
    )
    # An editor picking the question itself changes nothing.
    entry.related_question_links.create(question=entry, sort_order=9)

    titles = related_titles(client.get(entry.url).content.decode())

    assert titles == [
        "Picked first?",
        "Picked second?",
        shares_two.title,
        "Shares one, newer?",
        "Shares one, older?",
    ]


def test_with_no_topics_shared_and_none_picked_there_are_no_related_questions(client, make_entry, topics):
    make_entry("Elsewhere?", topics=[topics["funding-and-finance"]])
    entry = make_entry("Alone?", topics=[topics["stroke"]])

    html = client.get(entry.url).content.decode()

    assert related_titles(html) == []
    assert "Related questions" not in html


def test_entry_headings_never_skip_a_level(client, make_entry, topics):
    stale = make_entry(
        reviewed=datetime.date(2018, 1, 1),
        date_asked=datetime.date(2016, 11, 1),
        answer=[("heading", {"text": "Part one", "level": "h2"}), ("paragraph", "<p>Text</p>")],
    )
    make_entry(topics=[topics["stroke"]])

    levels = [int(tag[1]) for tag, _ in headings(client.get(stale.url).content.decode())]

    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))


def test_drafts_are_not_public(client, make_entry):
    draft = make_entry(publish=False)

    assert client.get(f"/faq/{draft.slug}/").status_code == 404


def test_live_entries_are_public_newest_first_with_topics_prefetched(make_entry, django_assert_num_queries):
    make_entry("B older?", date_asked=datetime.date(2016, 11, 1))
    make_entry("B newer?", date_asked=datetime.date(2019, 1, 1))
    make_entry("A newer?", date_asked=datetime.date(2019, 1, 1))
    make_entry("Not yet?", publish=False)

    entries = list(FAQEntryPage.objects.readable())
    with django_assert_num_queries(0):
        topic_names = [[topic.name for topic in entry.topics.all()] for entry in entries]

    assert [entry.title for entry in entries] == ["A newer?", "B newer?", "B older?"]
    assert topic_names == [["Stroke"]] * 3


def test_entry_page_queries_do_not_grow_with_related_entries(client, make_entry, topics):
    few = [make_entry(topics=[topics["stroke"]]) for _ in range(2)]
    entry = make_entry(topics=[topics["stroke"], topics["mental-health"]], related=few[:1])
    small = queries_for(client, entry.url)

    more = [make_entry(topics=[topics["stroke"], topics["mental-health"]], publish=None) for _ in range(12)]
    entry.related_question_links.create(question=more[0], sort_order=5)
    large = queries_for(client, entry.url)

    assert small == large


def test_entries_are_found_by_the_site_search_on_their_answers_and_topics(make_entry, topics):
    from faq.models import FAQEntryPage

    make_entry(
        "Where is the unit?", short_answer="Next to the thrombolysis suite.", topics=[topics["stroke"]]
    )
    make_entry("Who pays?", short_answer="The budget holders.", topics=[topics["funding-and-finance"]])

    assert [p.title for p in FAQEntryPage.objects.live().search("thrombolysis")] == ["Where is the unit?"]
    assert [p.title for p in FAQEntryPage.objects.live().search("finance")] == ["Who pays?"]


def test_sub_question_headings_and_people_lists_in_an_answer_have_unique_anchors(client, make_entry):
    people = {"heading": "Who decides?", "heading_level": "h2", "items": [{"name": "The joint committee"}]}
    entry = make_entry(
        "Who are the members?",
        answer=[
            ("heading", {"text": "Who decides?", "level": "h2"}),
            ("paragraph", "<p>The committee.</p>"),
            ("people_list", people),
        ],
    )

    html = served_html(client, entry.url)
    ids = [tag["id"] for tag in BeautifulSoup(html, "html.parser").find_all(id=True)]

    assert '<h2 id="who-decides">Who decides?</h2>' in html
    assert '<h2 id="who-decides-2">Who decides?</h2>' in html
    assert len(ids) == len(set(ids))
