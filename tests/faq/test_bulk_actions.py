"""The FAQ listing's own bulk actions: "Mark reviewed", "Add topic" and "Remove topic"."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone
from wagtail.models import PageLogEntry

from faq.models import FAQEntryPage
from wyhp_site.core.roles import EDITORS

LONG_AGO = datetime.date(2018, 1, 10)
LISTING = "/admin/faq_entries/?topic=1"


@pytest.fixture
def editor(member):
    return member(EDITORS)


def bulk_url(action, *pages, next_url=LISTING, extra="") -> str:
    ids = "".join(f"id={page if isinstance(page, str) else page.pk}&" for page in pages)
    return f"/admin/bulk/faq/faqentrypage/{action}/?{ids}next={next_url}{extra}"


def fresh(entry) -> FAQEntryPage:
    return FAQEntryPage.objects.get(pk=entry.pk)


def slugs(topics) -> set[str]:
    return {topic.slug for topic in topics.all()}


def draft_of(entry) -> FAQEntryPage:
    return fresh(entry).get_latest_revision_as_object()


def messages_of(response) -> str:
    return " ".join(str(message) for message in response.wsgi_request._messages)


def save_draft(entry, user=None, **changes):
    draft = entry.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft.save_revision(user=user)


def test_the_faq_listing_offers_the_faq_actions_and_other_listings_do_not(
    client, editor, comms_user, make_entry, news_index
):
    make_entry("Listed?")
    client.force_login(editor)
    listing = client.get("/admin/faq_entries/").content.decode()
    client.force_login(comms_user)
    news = client.get(f"/admin/pages/{news_index.pk}/").content.decode()

    for action in ("faq-mark-reviewed", "faq-add-topic", "faq-remove-topic"):
        assert f"/admin/bulk/faq/faqentrypage/{action}/" in listing
        assert action not in news
    assert "/admin/bulk/wagtailcore/page/publish/" in listing  # Wagtail's own stay


def test_editors_mark_several_answers_reviewed(client, editor, make_entry):
    old = datetime.date(2016, 11, 1)
    first = make_entry("First?", date_asked=old, reviewed=LONG_AGO)
    second = make_entry("Second?", date_asked=old, reviewed=LONG_AGO)
    client.force_login(editor)

    confirm = client.get(bulk_url("faq-mark-reviewed", first, second))
    response = client.post(bulk_url("faq-mark-reviewed", first, second))

    assert confirm.status_code == 200 and "First?" in confirm.content.decode()
    assert response.status_code == 302 and response["Location"] == LISTING
    for entry in (first, second):
        assert fresh(entry).last_reviewed == timezone.localdate() and not fresh(entry).review_due
    assert PageLogEntry.objects.filter(action="faq.reviewed", user=editor).count() == 2
    assert "2 FAQ entries marked as reviewed today" in messages_of(response)


def test_select_all_marks_only_what_the_listings_filters_find(client, editor, make_entry):
    old = datetime.date(2016, 11, 1)
    due = make_entry("Due?", date_asked=old, reviewed=LONG_AGO)
    recent = make_entry("Recent?", date_asked=old, reviewed=datetime.date(2025, 12, 1))
    client.force_login(editor)

    client.post(bulk_url("faq-mark-reviewed", "all", extra="&review_due=true"))

    assert fresh(due).last_reviewed == timezone.localdate()
    assert fresh(recent).last_reviewed == datetime.date(2025, 12, 1)


def test_a_moderator_adds_a_topic_and_it_is_published(client, moderator, make_entry, topics):
    entry = make_entry("Stroke only?", topics=[topics["stroke"]])
    client.force_login(moderator)

    response = client.post(bulk_url("faq-add-topic", entry), {"topic": topics["cancer"].pk})

    assert response.status_code == 302
    assert slugs(fresh(entry).topics) == {"stroke", "cancer"} and not fresh(entry).has_unpublished_changes
    assert "Added “Cancer” to 1 FAQ entry and published the change." in messages_of(response)
    assert PageLogEntry.objects.filter(page=entry, action="wagtail.publish", user=moderator).exists()


def test_an_editors_topic_change_is_submitted_for_approval(client, editor, make_entry, topics):
    entry = make_entry("Stroke only?", topics=[topics["stroke"]])
    client.force_login(editor)

    response = client.post(bulk_url("faq-add-topic", entry), {"topic": topics["cancer"].pk})

    assert slugs(fresh(entry).topics) == {"stroke"}  # the live answer waits for approval
    assert fresh(entry).workflow_in_progress
    assert slugs(draft_of(entry).topics) == {"stroke", "cancer"}
    assert "submitted the change for approval" in messages_of(response)


def test_unpublished_changes_are_kept_and_not_published(client, moderator, editor, make_entry, topics):
    entry = make_entry("Draft waiting?", topics=[topics["stroke"]], short_answer="Live words.")
    save_draft(entry, editor, short_answer="Draft words.")
    client.force_login(moderator)

    response = client.post(bulk_url("faq-add-topic", entry), {"topic": topics["cancer"].pk})

    live = fresh(entry)
    assert live.short_answer == "Live words." and slugs(live.topics) == {"stroke"}
    draft = draft_of(entry)
    assert draft.short_answer == "Draft words." and slugs(draft.topics) == {"stroke", "cancer"}
    assert "as a draft, not published" in messages_of(response)


def test_a_change_to_an_answer_in_moderation_joins_it(client, editor, moderator, make_entry, topics):
    entry = make_entry("In moderation?", topics=[topics["stroke"]])
    save_draft(entry, editor, short_answer="New words.")
    entry.get_workflow().start(entry, editor)
    client.force_login(moderator)

    client.post(bulk_url("faq-add-topic", entry), {"topic": topics["cancer"].pk})
    entry = fresh(entry)
    assert entry.workflow_in_progress and slugs(entry.topics) == {"stroke"}
    entry.current_workflow_task.on_action(entry.current_workflow_task_state, moderator, "approve")

    assert slugs(fresh(entry).topics) == {"stroke", "cancer"} and fresh(entry).short_answer == "New words."


def test_a_draft_never_published_stays_a_draft(client, moderator, make_entry, topics):
    entry = make_entry("Never published?", topics=[topics["stroke"]], publish=False)
    client.force_login(moderator)

    client.post(bulk_url("faq-add-topic", entry), {"topic": topics["cancer"].pk})

    assert not fresh(entry).live
    assert slugs(fresh(entry).topics) == {"stroke", "cancer"} == slugs(draft_of(entry).topics)


def test_removing_a_topic_and_never_the_last_one(client, moderator, make_entry, topics):
    two = make_entry("Two topics?", topics=[topics["stroke"], topics["cancer"]])
    one = make_entry("One topic?", topics=[topics["stroke"]])
    none = make_entry("Other topic?", topics=[topics["cancer"]])
    client.force_login(moderator)

    response = client.post(bulk_url("faq-remove-topic", two, one, none), {"topic": topics["stroke"].pk})

    assert slugs(fresh(two).topics) == {"cancer"}
    assert slugs(fresh(one).topics) == {"stroke"} and not fresh(one).has_unpublished_changes
    said = messages_of(response)
    assert "Removed “Stroke” from 1 FAQ entry and published the change." in said
    assert "1 FAQ entry already did not have “Stroke”." in said
    assert "“Stroke” is their only topic and each needs one: “One topic?”" in said


def test_a_topic_must_be_chosen_and_nothing_changes_until_it_is(client, moderator, make_entry, topics):
    entry = make_entry("Stroke only?", topics=[topics["stroke"]])
    client.force_login(moderator)

    response = client.post(bulk_url("faq-add-topic", entry), {"topic": ""})

    assert response.status_code == 200
    assert "Choose a topic." in response.content.decode()
    assert fresh(entry).latest_revision_id == entry.latest_revision_id


def test_pages_that_are_not_faq_entries_are_left_alone_and_named(
    client, moderator, make_entry, about_page, topics
):
    entry = make_entry("Stroke only?", topics=[topics["stroke"]])
    client.force_login(moderator)
    url = bulk_url("faq-add-topic", entry, about_page)

    confirm = BeautifulSoup(client.get(url).content, "html.parser").get_text(" ")
    response = client.post(url, {"topic": topics["cancer"].pk})

    assert "These pages are not FAQ entries, so they will be left as they are: About us" in " ".join(
        confirm.split()
    )
    assert slugs(fresh(entry).topics) == {"stroke", "cancer"}
    assert "Left as they were, as they are not FAQ entries: “About us”." in messages_of(response)
    assert about_page.get_latest_revision().pk == about_page.latest_revision_id


def test_odd_ids_are_not_an_error(client, editor, make_entry):
    client.force_login(editor)

    response = client.get(bulk_url("faq-mark-reviewed", "abc", "-1"))

    assert response.status_code == 200
    assert "None of the pages chosen is an FAQ entry you may change." in response.content.decode()


def test_comms_anonymous_and_forged_requests_are_refused(client, comms_user, editor, make_entry, topics):
    entry = make_entry("Stroke only?", topics=[topics["stroke"]], reviewed=datetime.date(2025, 1, 2))
    url = bulk_url("faq-mark-reviewed", entry)
    client.force_login(comms_user)
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    client.logout()
    assert "/admin/login/" in client.post(url)["Location"]
    forged = Client(enforce_csrf_checks=True)
    forged.force_login(editor)
    assert forged.post(url).status_code == 403

    assert fresh(entry).last_reviewed == datetime.date(2025, 1, 2)
