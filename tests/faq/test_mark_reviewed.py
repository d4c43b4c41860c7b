""" "Reviewed: still correct", one click from an answer's editor or the FAQ listing."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone
from wagtail.models import PageLogEntry

from faq.models import FAQEntryPage
from tests.core.conftest import cache, committed  # noqa: F401 (the shared cache's fixtures)
from wyhp_site.core.caching import page_key
from wyhp_site.core.content_dates import add_months
from wyhp_site.core.models import ContentGeneration
from wyhp_site.core.roles import EDITORS

LONG_AGO = datetime.date(2018, 1, 10)
LISTING = "/admin/faq_entries/?review_due=true"


@pytest.fixture
def editor(member):
    return member(EDITORS)


@pytest.fixture
def stale(make_entry):
    """A published answer long overdue for review."""
    return make_entry(
        "Who runs the stroke units?",
        date_asked=datetime.date(2016, 11, 1),
        reviewed=LONG_AGO,
        short_answer="The NHS trusts.",
    )


def reviewed_url(entry) -> str:
    return f"/admin/faq/{entry.pk}/reviewed/"


def fresh(entry) -> FAQEntryPage:
    return FAQEntryPage.objects.get(pk=entry.pk)


def messages_of(response) -> list[str]:
    return [str(message) for message in response.wsgi_request._messages]


def listed_titles(client, query="") -> set[str]:
    soup = BeautifulSoup(client.get(f"/admin/faq_entries/{query}").content, "html.parser")
    return {link.get_text(strip=True) for link in soup.select("td.title .title-wrapper a")}


def save_draft(entry, user=None, **changes):
    """A draft of ``entry`` with ``changes``, as an editor's Save draft leaves it."""
    draft = entry.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft.save_revision(user=user)


def test_an_editor_marks_an_answer_reviewed_and_it_is_no_longer_due(client, editor, stale):
    client.force_login(editor)
    assert "Who runs the stroke units?" in listed_titles(client, "?review_due=true")

    response = client.post(reviewed_url(stale), {"next": LISTING})

    today = timezone.localdate()
    entry = fresh(stale)
    assert response.status_code == 302 and response["Location"] == LISTING
    assert entry.last_reviewed == today and entry.last_reviewed_by == editor
    assert entry.review_due_on == add_months(today, 24)
    assert not entry.review_due
    assert "Who runs the stroke units?" not in listed_titles(client, "?review_due=true")
    assert any("marked as reviewed today: still correct" in message for message in messages_of(response))
    # Nothing else changed, and nothing was published.
    assert entry.short_answer == "The NHS trusts." and not entry.has_unpublished_changes
    assert entry.live_revision.as_object().last_reviewed == today


def test_the_review_is_in_the_answers_history(client, editor, stale):
    client.force_login(editor)
    client.post(reviewed_url(stale))

    log = PageLogEntry.objects.get(page=stale, action="faq.reviewed")
    history = client.get(f"/admin/pages/{stale.pk}/history/").content.decode()

    assert log.user == editor
    assert "Reviewed: still correct" in history


def test_readers_see_the_new_date_at_once(client, editor, stale):
    before = ContentGeneration.current()
    client.force_login(editor)

    client.post(reviewed_url(stale))

    assert ContentGeneration.current() > before
    page = Client().get(stale.url).content.decode()
    assert f"Answer last reviewed {timezone.localdate():%B %Y}" in page


def test_the_shared_cache_lets_go_of_the_answer_and_its_listings(client, editor, stale, cache, committed):  # noqa: F811
    client.force_login(editor)

    with committed():
        client.post(reviewed_url(stale))

    assert {page_key(stale.pk), page_key(stale.get_parent().pk)} <= cache.keys


def test_a_draft_is_not_published_but_carries_the_date(client, editor, moderator, stale):
    save_draft(stale, editor, short_answer="The trusts, together.")
    client.force_login(editor)

    client.post(reviewed_url(stale))

    today = timezone.localdate()
    entry = fresh(stale)
    assert entry.short_answer == "The NHS trusts." and entry.last_reviewed == today
    assert entry.has_unpublished_changes
    draft = entry.get_latest_revision_as_object()
    assert draft.short_answer == "The trusts, together." and draft.last_reviewed == today
    assert draft.last_reviewed_by == editor and not draft.review_due

    entry.get_latest_revision().publish(user=moderator)  # later, the draft goes live

    published = fresh(stale)
    assert published.short_answer == "The trusts, together." and published.last_reviewed == today
    assert published.last_reviewed_by == editor and not published.review_due


def test_an_answer_waiting_for_approval_keeps_the_date_when_approved(client, editor, moderator, stale):
    save_draft(stale, editor, short_answer="The trusts, together.")
    stale.get_workflow().start(stale, editor)
    client.force_login(editor)

    client.post(reviewed_url(stale))

    entry = fresh(stale)
    assert entry.workflow_in_progress and entry.short_answer == "The NHS trusts."
    entry.current_workflow_task.on_action(entry.current_workflow_task_state, moderator, "approve")
    entry = fresh(stale)
    assert entry.short_answer == "The trusts, together." and entry.last_reviewed == timezone.localdate()


def test_comms_and_anonymous_visitors_cannot_mark_answers_reviewed(client, comms_user, stale):
    client.force_login(comms_user)
    refused = client.post(reviewed_url(stale))
    client.logout()
    anonymous = client.post(reviewed_url(stale))

    assert refused.status_code == 403
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    assert fresh(stale).last_reviewed == LONG_AGO
    assert not PageLogEntry.objects.filter(action="faq.reviewed").exists()


def test_a_post_without_the_csrf_token_is_refused(editor, stale):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = client.post(reviewed_url(stale))

    assert response.status_code == 403
    assert fresh(stale).last_reviewed == LONG_AGO


def test_opening_the_address_asks_to_confirm_and_changes_nothing(client, editor, stale):
    client.force_login(editor)

    response = client.get(reviewed_url(stale) + "?next=" + LISTING)

    form = BeautifulSoup(response.content, "html.parser").select_one("main form[method=post]")
    assert response.status_code == 200
    assert form.select_one("[name=next]")["value"] == LISTING
    assert form.select_one("[name=csrfmiddlewaretoken]")
    assert fresh(stale).last_reviewed == LONG_AGO


@pytest.mark.parametrize(
    "next_url",
    ["https://elsewhere.example/admin/", "//elsewhere.example/admin/", "/faq/", "javascript:alert(1)"],
)
def test_a_next_address_off_the_admin_is_ignored(client, editor, stale, next_url):
    client.force_login(editor)

    response = client.post(reviewed_url(stale), {"next": next_url})

    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{stale.pk}/edit/"
    assert fresh(stale).last_reviewed == timezone.localdate()


def test_an_unknown_entry_is_not_found(client, editor, stale, about_page):
    client.force_login(editor)

    assert client.post("/admin/faq/999999/reviewed/").status_code == 404
    assert client.post(f"/admin/faq/{about_page.pk}/reviewed/").status_code == 404


def test_the_button_is_in_the_editor_and_the_listing_for_editors(client, editor, stale):
    client.force_login(editor)
    action = f'data-w-action-url-value="{reviewed_url(stale)}"'

    assert action in client.get(f"/admin/pages/{stale.pk}/edit/").content.decode()
    assert action in client.get("/admin/faq_entries/").content.decode()
    assert action in client.get(f"/admin/pages/{stale.get_parent().pk}/").content.decode()


def test_changing_the_date_in_the_editor_records_who_reviewed(client, editor, stale):
    from .test_admin import entry_form

    client.force_login(editor)
    today = timezone.localdate().isoformat()
    data = entry_form(
        topics=list(stale.topics.all()), title=stale.title, slug=stale.slug, last_reviewed=today
    )

    assert client.post(f"/admin/pages/{stale.pk}/edit/", data).status_code == 302
    draft = fresh(stale).get_latest_revision_as_object()
    assert draft.last_reviewed.isoformat() == today and draft.last_reviewed_by == editor
