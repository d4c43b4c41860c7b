import datetime
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from faq.forms import PUBLISH_NEEDS_TOPIC
from faq.models import FAQEntryPage, FAQIndexPage
from wyhp_site.core.models import HomePage
from wyhp_site.core.roles import EDITORS, MODERATORS

IMPORT_EXPORT = Path(__file__).parent / "fixtures" / "faq-export.txt"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(username="editor", password="x")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(username="moderator", password="x")
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


def entry_form(topics=(), month="11", year="2016", action=None, team=None, **fields):
    data = {
        "title": "Who decides where stroke units go?",
        "slug": "who-decides-where-stroke-units-go",
        "short_answer": "The joint committee, after a public consultation.",
        "answer": streamfield([("paragraph", rich_text("<p>The joint committee decides.</p>"))]),
        "date_asked_month": month,
        "date_asked_year": year,
        "last_reviewed": "2018-03-05",
        "review_interval_months": "24",
        "owning_team": team.pk if team else "",
        "related_question_links": inline_formset([]),
        **fields,
    }
    if action:
        data[action] = action
    form = nested_form_data(data)
    form["topics"] = [topic.pk for topic in topics]  # one field, several values
    return form


def add_url(index) -> str:
    return f"/admin/pages/add/faq/faqentrypage/{index.pk}/"


def error_text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def test_editor_picks_month_and_year_and_the_date_is_the_first_of_the_month(
    client, editor, faq_index, topics
):
    client.force_login(editor)

    form_page = client.get(add_url(faq_index)).content.decode()
    response = client.post(add_url(faq_index), entry_form(topics=[topics["stroke"]], month="11", year="2016"))

    assert 'name="date_asked_month"' in form_page and 'name="date_asked_year"' in form_page
    assert '<label class="w-field__label" for="id_date_asked_0">Month</label>' in form_page
    assert response.status_code == 302
    entry = FAQEntryPage.objects.get(slug="who-decides-where-stroke-units-go")
    assert entry.date_asked == datetime.date(2016, 11, 1)
    assert not entry.live


def test_a_draft_may_be_saved_without_a_topic(admin_client, faq_index):
    response = admin_client.post(add_url(faq_index), entry_form(topics=[]))

    assert response.status_code == 302
    entry = FAQEntryPage.objects.get(slug="who-decides-where-stroke-units-go")
    assert not entry.live
    assert list(entry.get_latest_revision_as_object().topics.all()) == []


@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_publishing_or_submitting_without_a_topic_asks_for_one(admin_client, faq_index, action):
    response = admin_client.post(add_url(faq_index), entry_form(topics=[], action=action))

    assert response.status_code == 200
    assert PUBLISH_NEEDS_TOPIC in error_text(response)
    assert not FAQEntryPage.objects.exists()


def test_publishing_with_a_topic_and_an_owning_team_works(admin_client, faq_index, topics, make_team):
    stroke_team = make_team("Stroke programme")
    response = admin_client.post(
        add_url(faq_index), entry_form(topics=[topics["stroke"]], team=stroke_team, action="action-publish")
    )

    assert response.status_code == 302
    entry = FAQEntryPage.objects.get(slug="who-decides-where-stroke-units-go")
    assert entry.live and list(entry.topics.all()) == [topics["stroke"]]
    assert entry.owning_team == stroke_team


def test_publishing_an_existing_draft_after_removing_its_topics_is_refused(admin_client, make_entry, topics):
    entry = make_entry(topics=[topics["stroke"]])
    data = entry_form(topics=[], action="action-publish", title=entry.title, slug=entry.slug)

    response = admin_client.post(f"/admin/pages/{entry.pk}/edit/", data)

    assert response.status_code == 200
    assert PUBLISH_NEEDS_TOPIC in error_text(response)
    assert [topic.slug for topic in FAQEntryPage.objects.get(pk=entry.pk).topics.all()] == ["stroke"]


def test_a_moderator_cannot_approve_an_entry_after_removing_its_topics(
    client, editor, moderator, faq_index, topics, make_team
):
    team = make_team("Stroke programme")
    client.force_login(editor)
    client.post(add_url(faq_index), entry_form(topics=[topics["stroke"]], team=team, action="action-submit"))
    entry = FAQEntryPage.objects.get()
    assert entry.workflow_in_progress

    client.force_login(moderator)
    data = entry_form(
        topics=[], team=team, action="action-workflow-action", title=entry.title, slug=entry.slug
    )
    data["workflow-action-name"] = "approve"
    refused = client.post(f"/admin/pages/{entry.pk}/edit/", data)

    assert refused.status_code == 200
    assert PUBLISH_NEEDS_TOPIC in error_text(refused)
    assert not FAQEntryPage.objects.get(pk=entry.pk).live

    data["topics"] = [topics["mental-health"].pk]
    approved = client.post(f"/admin/pages/{entry.pk}/edit/", data)

    assert approved.status_code == 302
    entry = FAQEntryPage.objects.get(pk=entry.pk)
    assert entry.live and [topic.slug for topic in entry.topics.all()] == ["mental-health"]


def test_previewing_a_new_entry_works(admin_client, faq_index, topics):
    url = add_url(faq_index) + "preview/"

    assert admin_client.post(url, entry_form(topics=[topics["stroke"]])).json()["is_valid"]
    html = admin_client.get(url).content.decode()

    assert "Who decides where stroke units go?" in html and "Asked November 2016" in html


def test_a_new_entry_opens_with_this_month_asked_and_reviewed_today(client, editor, faq_index):
    """Empty dates made the form invalid from the first keystroke, so autosave paused at once."""
    today = timezone.localdate()
    client.force_login(editor)

    form = BeautifulSoup(client.get(add_url(faq_index)).content, "html.parser")

    assert form.select_one("[name=date_asked_month] option[selected]")["value"] == str(today.month)
    assert form.select_one("[name=date_asked_year]")["value"] == str(today.year)
    assert form.select_one("[name=last_reviewed]")["value"] == today.isoformat()


def test_an_existing_entry_keeps_its_own_dates(client, editor, make_entry):
    entry = make_entry(
        "Asked long ago?", date_asked=datetime.date(2016, 11, 1), reviewed=datetime.date(2019, 1, 2)
    )
    client.force_login(editor)

    form = BeautifulSoup(client.get(f"/admin/pages/{entry.pk}/edit/").content, "html.parser")

    assert form.select_one("[name=date_asked_month] option[selected]")["value"] == "11"
    assert form.select_one("[name=date_asked_year]")["value"] == "2016"
    assert form.select_one("[name=last_reviewed]")["value"] == "2019-01-02"


def test_the_date_asked_cannot_be_in_the_future(admin_client, faq_index, topics):
    next_month = (timezone.localdate().replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    form = entry_form(topics=[topics["stroke"]], month=str(next_month.month), year=str(next_month.year))

    response = admin_client.post(add_url(faq_index), form)

    assert response.status_code == 200
    assert "The date asked cannot be in the future." in error_text(response)
    assert not FAQEntryPage.objects.exists()


def test_this_month_is_allowed_and_a_half_filled_date_is_refused(admin_client, faq_index, topics):
    today = timezone.localdate()
    refused = admin_client.post(
        add_url(faq_index), entry_form(topics=[topics["stroke"]], month="", year="2016")
    )
    accepted = admin_client.post(
        add_url(faq_index),
        entry_form(
            topics=[topics["stroke"]], month=str(today.month), year=str(today.year), last_reviewed=today
        ),
    )

    assert refused.status_code == 200 and "Enter a valid date." in error_text(refused)
    assert accepted.status_code == 302
    assert FAQEntryPage.objects.get().date_asked == today.replace(day=1)


def test_an_answer_cannot_be_reviewed_before_it_was_asked(admin_client, faq_index, topics):
    form = entry_form(topics=[topics["stroke"]], month="11", year="2016", last_reviewed="2016-10-30")

    response = admin_client.post(add_url(faq_index), form)

    assert response.status_code == 200
    assert "An answer cannot have been reviewed before the question was asked." in error_text(response)


def test_faq_index_gives_editors_its_section_and_only_moderators_publish(editor, moderator, faq_index):
    editor_permissions = faq_index.permissions_for_user(editor)

    assert editor_permissions.can_add_subpage()
    assert not editor_permissions.can_publish_subpage()
    assert faq_index.permissions_for_user(moderator).can_publish()


def test_faq_pages_go_where_they_belong(home_page, faq_index):
    assert FAQEntryPage.can_create_at(faq_index)
    assert not FAQEntryPage.can_create_at(home_page)
    assert not FAQIndexPage.can_create_at(Page.get_first_root_node())
    # One FAQ per site.
    assert not FAQIndexPage.can_create_at(HomePage.objects.get(pk=home_page.pk))


# --- The editors' listing and its filters --------------------------------------


@pytest.fixture
def filed_entries(make_entry, topics):
    old = datetime.date(2018, 1, 10)
    return {
        "stroke_2018": make_entry(
            "Stroke in 2018?", date_asked=datetime.date(2018, 2, 1), topics=[topics["stroke"]]
        ),
        "money_2017": make_entry(
            "Money in 2017?", date_asked=datetime.date(2017, 5, 1), topics=[topics["funding-and-finance"]]
        ),
        "estimated": make_entry(
            "Estimated?", date_asked=datetime.date(2017, 9, 1), estimate=True, topics=[topics["stroke"]]
        ),
        "untagged": make_entry("Untagged?", date_asked=datetime.date(2016, 11, 1), topics=[]),
        "stale": make_entry(
            "Stale?", date_asked=datetime.date(2016, 11, 1), reviewed=old, topics=[topics["mental-health"]]
        ),
    }


def listed_titles(client, query="") -> set[str]:
    response = client.get(f"/admin/faq_entries/{query}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {link.get_text(strip=True) for link in soup.select("td.title .title-wrapper a")}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Stroke in 2018?", "Money in 2017?", "Estimated?", "Untagged?", "Stale?"}),
        ("?topic={stroke}", {"Stroke in 2018?", "Estimated?"}),
        ("?topic={stroke}&topic={mental-health}", {"Stroke in 2018?", "Estimated?", "Stale?"}),
        ("?year_asked=2017", {"Money in 2017?", "Estimated?"}),
        ("?date_is_estimate=true", {"Estimated?"}),
        ("?no_topic=true", {"Untagged?"}),
        ("?no_topic=false", {"Stroke in 2018?", "Money in 2017?", "Estimated?", "Stale?"}),
        ("?review_due=true", {"Stale?"}),
    ],
)
def test_editors_filter_entries(client, editor, topics, filed_entries, query, expected):
    client.force_login(editor)

    assert (
        listed_titles(client, query.format(**{slug: topic.pk for slug, topic in topics.items()})) == expected
    )


def test_listing_shows_date_asked_topics_and_review_state(admin_client, filed_entries):
    text = error_text(admin_client.get("/admin/faq_entries/"))

    assert "About Sep 2017" in text
    assert "10 Jan 2018 (review due)" in text
    assert "Funding and finance" in text


def test_listing_queries_do_not_grow_with_entries(
    admin_client, make_entry, django_assert_max_num_queries, topics, make_team
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get("/admin/faq_entries/").status_code == 200
        return len(captured)

    def make_entries(numbers):
        for number in numbers:
            make_entry(topics=[topics["stroke"], topics["mental-health"]], team=make_team(f"Team {number}"))

    make_entries(range(3))
    admin_client.get("/admin/faq_entries/")
    small = count()
    make_entries(range(3, 15))
    assert count() == small


def test_the_faq_menu_reaches_each_filter(client, editor, faq_index):
    client.force_login(editor)

    html = client.get("/admin/").content.decode()

    for label, query in [
        ("All FAQ entries", '/admin/faq_entries/"'),
        ("No topic yet", "/admin/faq_entries/?no_topic=true"),
        ("Review due", "/admin/faq_entries/?review_due=true"),
        ("Estimated dates", "/admin/faq_entries/?date_is_estimate=true"),
    ]:
        assert label in html, label
        assert query in html, query


def test_people_without_page_permissions_do_not_see_the_faq_menu(client, django_user_model, home_page):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(username="viewer", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    html = client.get("/admin/").content.decode()

    assert "No topic yet" not in html
    assert client.get("/admin/faq_entries/").status_code in (302, 403)


def test_bulk_publishing_refuses_entries_without_topics(admin_client, make_entry, make_team):
    team = make_team("Stroke programme")
    tagged = make_entry("Tagged draft?", publish=False, team=team)
    untagged = make_entry("Untagged draft?", publish=False, topics=[], team=team)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={tagged.pk}&id={untagged.pk}&next=/admin/faq_entries/"

    response = admin_client.post(url, {"include_descendants": False})

    assert response.status_code == 302
    assert not FAQEntryPage.objects.get(pk=untagged.pk).live
    assert not FAQEntryPage.objects.get(pk=tagged.pk).live
    messages = [str(message) for message in response.wsgi_request._messages]
    assert any("Choose at least one topic for “Untagged draft?”" in message for message in messages)

    response = admin_client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={tagged.pk}&next=/admin/faq_entries/",
        {"include_descendants": False},
    )
    assert FAQEntryPage.objects.get(pk=tagged.pk).live


def test_editors_can_download_the_review_due_list(client, editor, filed_entries):
    client.force_login(editor)

    response = client.get("/admin/faq_entries/?review_due=true&export=csv")
    rows = b"".join(response.streaming_content).decode().splitlines()

    assert rows[0] == (
        "Question,Address,Date asked,Date is an estimate,Owning team,"
        "Answer last reviewed,Review due on,Published"
    )
    assert rows[1:] == [
        f"Stale?,http://testserver{filed_entries['stale'].url},2016-11-01,False,,2018-01-10,2020-01-10,True"
    ]


# --- Short answers the importer cut, for editors to rewrite ----------------------


@pytest.fixture
def imported(faq_index):
    """The entries the importer makes from the small export, as drafts marked "short answer to rewrite"."""
    call_command("import_faq", str(IMPORT_EXPORT), stdout=StringIO())
    return {entry.title: entry for entry in FAQEntryPage.objects.all()}


def edit_form(entry, short_answer, *, keep_mark=False) -> dict:
    """The edit form as an editor sends it back for ``entry``, with ``short_answer`` typed in."""
    fields = {"short_answer_needs_rewrite": "on"} if keep_mark else {}
    month, year = str(entry.date_asked.month), str(entry.date_asked.year)
    return entry_form(
        title=entry.title,
        slug=entry.slug,
        month=month,
        year=year,
        short_answer=short_answer,
        last_reviewed=entry.last_reviewed.isoformat(),
        **fields,
    )


def test_editors_filter_the_short_answers_to_rewrite(client, editor, imported, make_entry):
    make_entry("Written by an editor?")
    client.force_login(editor)

    assert listed_titles(client, "?short_answer_needs_rewrite=true") == set(imported)
    assert listed_titles(client, "?short_answer_needs_rewrite=false") == {"Written by an editor?"}
    assert "/admin/faq_entries/?short_answer_needs_rewrite=true" in client.get("/admin/").content.decode()


def test_the_edit_form_shows_the_mark_and_rewriting_the_short_answer_clears_it(client, editor, imported):
    entry = imported["Who pays for it?"]
    client.force_login(editor)
    form_page = client.get(f"/admin/pages/{entry.pk}/edit/").content.decode()

    response = client.post(f"/admin/pages/{entry.pk}/edit/", edit_form(entry, "Mostly the NHS budget."))

    assert 'name="short_answer_needs_rewrite"' in form_page and "Short answer to rewrite" in form_page
    assert response.status_code == 302
    saved = FAQEntryPage.objects.get(pk=entry.pk)
    assert saved.short_answer == "Mostly the NHS budget." and not saved.short_answer_needs_rewrite
    assert "Who pays for it?" not in listed_titles(client, "?short_answer_needs_rewrite=true")


def test_the_mark_stays_until_the_short_answer_changes_and_can_be_set_again(client, editor, imported):
    entry, other = imported["Who pays for it?"], imported["And what about councils?"]
    client.force_login(editor)

    def save(page, short_answer, ticked):
        client.post(f"/admin/pages/{page.pk}/edit/", edit_form(page, short_answer, keep_mark=ticked))
        return FAQEntryPage.objects.get(pk=page.pk).short_answer_needs_rewrite

    assert save(entry, entry.short_answer, ticked=True) is True  # saved for another reason
    assert save(other, "Councils, partly.", ticked=True) is False  # rewritten: the mark goes
    assert save(other, "Councils, partly.", ticked=True) is True  # the editor ticks it again
    assert save(entry, entry.short_answer, ticked=False) is False  # or unticks it by hand
