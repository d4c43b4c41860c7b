import datetime

from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from programmes.models import ProgrammeLead
from tests.factories import DocumentFactory
from tests.html import h1_texts, headings


def section(html: str, heading_id: str):
    return BeautifulSoup(html, "html.parser").find("section", attrs={"aria-labelledby": heading_id})


def listed_titles(html: str, heading_id: str) -> list[str]:
    return [h3.get_text(strip=True) for h3 in section(html, heading_id).select("li h3")]


def see_all_links(html: str, heading_id: str) -> list[tuple[str, str]]:
    return [
        (a.get_text(strip=True), a["href"])
        for a in section(html, heading_id).select("a")
        if a.get_text(strip=True).startswith("All ")
    ]


def month(number: int) -> datetime.date:
    """The 1st of a month counted from January 2016, as FAQ dates are stored."""
    return datetime.date(2016 + (number - 1) // 12, (number - 1) % 12 + 1, 1)


def test_programme_page_shows_what_the_programme_is_and_who_leads_it(
    client, make_programme, make_person, stroke
):
    director = make_person("Daniel Whitaker", organisation="Stroke network", photo=True)
    clinical = make_person("Ruth Ainsley", role="Consultant")
    plan = DocumentFactory(title="Stroke plan 2026", file=ContentFile(b"x" * 2048, name="stroke-plan.pdf"))
    make_programme(
        "Stroke",
        stroke,
        summary="Faster treatment for strokes.",
        status="Engagement open until 31 March 2027",
        contact_email="stroke@example.org",
        leads=[(director, "Programme Director"), (clinical, "Clinical Lead")],
        body=[
            ("heading", {"text": "What we are doing", "level": "h2"}),
            ("paragraph", "<p>One network of stroke units.</p>"),
            ("key_facts", {"facts": [{"figure": "4.5 hours", "label": "to give clot-busting treatment"}]}),
            ("inset_text", {"body": "<p>Think FAST and call 999.</p>"}),
            ("documents", {"documents": [{"document": plan, "title": ""}]}),
        ],
    )

    response = client.get("/programmes/stroke/")
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")

    assert response.status_code == 200
    assert h1_texts(html) == ["Stroke"]
    assert soup.select_one(".nhsuk-lede-text").get_text(strip=True) == "Faster treatment for strokes."
    assert soup.select_one(".nhsuk-tag").get_text(strip=True) == "Engagement open until 31 March 2027"
    # Leads in the editor's order, each with their role in this programme.
    leads = section(html, "programme-leads")
    assert [h3.get_text(strip=True) for h3 in leads.select("h3")] == ["Daniel Whitaker", "Ruth Ainsley"]
    assert [p.get_text(" ", strip=True) for p in leads.select(".nhsuk-card__description")] == [
        "Programme Director Stroke network",
        "Clinical Lead The partnership",
    ]
    assert len(leads.select("img")) == 1  # only the director has a photo
    # The body's blocks.
    assert "One network of stroke units." in html
    fact = soup.select_one(".programme-facts li")
    assert fact.get_text(" ", strip=True) == "4.5 hours to give clot-busting treatment"
    assert "Think FAST and call 999." in soup.select_one(".nhsuk-inset-text").get_text()
    document_link = soup.select_one(".programme-documents a")
    assert document_link.get_text(strip=True) == "Stroke plan 2026"
    assert document_link["href"] == plan.url
    assert "(PDF, 2.0\xa0KB)" in soup.select_one(".programme-documents li").get_text()
    # Contact as a link that opens an email.
    assert section(html, "programme-contact").select_one("a")["href"] == "mailto:stroke@example.org"


def test_programme_page_has_breadcrumbs_open_graph_and_orderly_headings(client, make_programme, stroke):
    make_programme(
        "Stroke",
        stroke,
        summary="Faster treatment for strokes.",
        body=[
            ("heading", {"text": "What we do", "level": "h2"}),
            ("heading", {"text": "In hospital", "level": "h3"}),
        ],
    )

    html = client.get("/programmes/stroke/").content.decode()
    soup = BeautifulSoup(html, "html.parser")

    crumbs = [(a.get_text(strip=True), a["href"]) for a in soup.select(".nhsuk-breadcrumb__link")]
    assert crumbs[-1] == ("Our programmes", "/programmes/")
    assert soup.find("meta", property="og:title")["content"] == "Stroke"
    assert soup.find("meta", property="og:description")["content"] == "Faster treatment for strokes."
    assert soup.find("meta", property="og:url")["content"] == "http://testserver/programmes/stroke/"
    assert soup.find("meta", attrs={"name": "description"})["content"] == "Faster treatment for strokes."
    levels = [int(tag[1]) for tag, _ in headings(html)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))


def test_programme_lists_the_five_newest_live_questions_on_its_topic(
    client, make_programme, make_entry, stroke, cancer
):
    make_programme("Stroke", stroke)
    for number in range(1, 8):
        make_entry(f"Stroke question {number}", [stroke], month(number), estimate=number == 6)
    make_entry("Both topics question", [cancer, stroke], month(6) + datetime.timedelta(days=1))
    make_entry("Cancer question", [cancer], month(20))
    make_entry("Unpublished stroke question", [stroke], month(30), publish=False)
    private = make_entry("Private stroke question", [stroke], month(31))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")

    html = client.get("/programmes/stroke/").content.decode()

    assert listed_titles(html, "programme-questions") == [
        "Stroke question 7",
        "Both topics question",
        "Stroke question 6",
        "Stroke question 5",
        "Stroke question 4",
    ]
    questions = section(html, "programme-questions").get_text(" ", strip=True)
    assert "Asked July 2016" in questions
    assert "Asked June 2016 (estimated date)" in questions  # the month is not known for sure
    assert "Asked July 2016 (estimated" not in questions
    assert see_all_links(html, "programme-questions") == [
        ("All questions about Stroke", "/faq/topic/stroke/")
    ]


def test_programme_lists_the_five_newest_live_posts_on_its_topic(
    client, make_programme, make_post, stroke, cancer
):
    make_programme("Stroke", stroke)
    for day in range(1, 8):
        make_post(f"Stroke news {day}", [stroke], datetime.date(2026, 3, day))
    make_post("Weekly update", [stroke], datetime.date(2026, 3, 5), kind="weekly_update")
    make_post("Cancer news", [cancer], datetime.date(2026, 4, 1))
    make_post("Unpublished stroke news", [stroke], datetime.date(2026, 5, 1), publish=False)

    html = client.get("/programmes/stroke/").content.decode()

    # Newest first; the weekly update shares a date with "Stroke news 5" and came later.
    newest_first = ["Stroke news 7", "Stroke news 6", "Weekly update", "Stroke news 5", "Stroke news 4"]
    assert listed_titles(html, "programme-news") == newest_first
    news = section(html, "programme-news").get_text(" ", strip=True)
    assert "Weekly update, 5 March 2026" in news
    assert "News, 7 March 2026" in news
    assert see_all_links(html, "programme-news") == [("All news about Stroke", "/news/topic/stroke/")]


def test_see_all_links_lead_to_the_topic_listings(client, make_programme, make_entry, make_post, stroke):
    make_programme("Stroke", stroke)
    make_entry("Where is my nearest stroke unit?", [stroke], month(1))
    make_post("New stroke unit opens", [stroke], datetime.date(2026, 3, 1))

    html = client.get("/programmes/stroke/").content.decode()

    for heading_id in ("programme-questions", "programme-news"):
        [(_, url)] = see_all_links(html, heading_id)
        response = client.get(url)
        assert response.status_code == 200, url


def test_programme_with_nothing_on_its_topic_says_so_plainly(
    client, make_programme, make_entry, make_post, stroke, cancer
):
    make_programme("Stroke", stroke)
    make_entry("Cancer question", [cancer], month(1))
    make_post("Cancer news", [cancer], datetime.date(2026, 3, 1))

    html = client.get("/programmes/stroke/").content.decode()

    assert "No questions about Stroke have been answered on this website yet." in html
    assert "There is no news about Stroke on this website yet." in html
    assert see_all_links(html, "programme-questions") == []
    assert see_all_links(html, "programme-news") == []
    assert "/topic/" not in html


def test_programme_page_works_before_the_faq_and_news_sections_exist(client, make_programme, stroke):
    make_programme("Stroke", stroke)

    response = client.get("/programmes/stroke/")

    assert response.status_code == 200
    assert "No questions about Stroke have been answered on this website yet." in response.content.decode()


def test_query_count_does_not_grow_with_related_questions_posts_or_leads(
    client, make_programme, make_entry, make_post, make_person, stroke, cancer
):
    programme = make_programme("Stroke", stroke, leads=[(make_person("First lead", photo=True), "Director")])
    make_entry("Question 1", [stroke, cancer], month(1))
    make_post("Post 1", [stroke], datetime.date(2026, 1, 1))
    client.get("/programmes/stroke/")  # renditions are made on the first view
    with CaptureQueriesContext(connection) as few:
        client.get("/programmes/stroke/")

    for number in range(2, 10):
        make_entry(f"Question {number}", [stroke, cancer], month(number))
        make_post(f"Post {number}", [stroke, cancer], datetime.date(2026, 1, number))
    for number in range(3):
        ProgrammeLead.objects.create(
            page=programme, person=make_person(f"Lead {number}", photo=True), role="Enabling lead"
        )
    client.get("/programmes/stroke/")
    with CaptureQueriesContext(connection) as many:
        response = client.get("/programmes/stroke/")

    html = response.content.decode()
    assert len(listed_titles(html, "programme-questions")) == 5
    assert len(listed_titles(html, "programme-news")) == 5
    assert len(section(html, "programme-leads").select("img")) == 4
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]


def test_draft_programme_is_not_public(client, make_programme, stroke):
    make_programme("Stroke", stroke, publish=False)

    assert client.get("/programmes/stroke/").status_code == 404


def test_preview_shows_leads_not_yet_saved(make_programme, make_person, stroke):
    programme = make_programme("Stroke", stroke)
    programme.leads.add(ProgrammeLead(person=make_person("New director"), role="Interim Programme Director"))

    response = programme.make_preview_request()

    html = response.content.decode()
    assert response.status_code == 200
    assert "New director" in html and "Interim Programme Director" in html
