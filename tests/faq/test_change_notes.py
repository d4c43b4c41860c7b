"""Recording an answer's public change notes when it is published, whichever way it is."""

import datetime
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from faq.forms import NO_CHANGE_NOTE_BEFORE_FIRST_PUBLICATION
from faq.models import ChangeNote, FAQEntryPage
from tests.faq.change_notes import publish_with_note, published_in_2024
from tests.faq.test_admin import add_url, entry_form, error_text
from wyhp_site.core.roles import EDITORS, MODERATORS

FIGURES = "Figures updated for 2024/25."
FEED = "/faq/changes/feed/"


def notes_of(entry) -> list[str]:
    return list(ChangeNote.objects.filter(entry=entry).newest_first().values_list("note", flat=True))


def test_publishing_with_a_note_records_it_once_and_clears_it_from_the_draft(make_entry):
    entry = published_in_2024(make_entry())

    entry = publish_with_note(entry, "  Figures updated\n for 2024/25.  ")

    assert notes_of(entry) == [FIGURES]  # tidied
    note = entry.change_notes.get()
    assert note.published_at == entry.last_published_at
    assert entry.latest_change_note == FIGURES and entry.latest_change_at == note.published_at
    # The editing form starts empty, and the next publish (a typo fix) adds nothing.
    assert entry.change_note == "" and entry.get_latest_revision_as_object().change_note == ""
    entry.get_latest_revision_as_object().save_revision().publish()
    assert notes_of(entry) == [FIGURES]


def test_publishing_without_a_note_records_none(make_entry):
    entry = published_in_2024(make_entry())
    entry.get_latest_revision_as_object().save_revision().publish()

    assert notes_of(entry) == []
    entry = FAQEntryPage.objects.get(pk=entry.pk)
    assert entry.latest_change_at is None and entry.updated_on == datetime.date(2024, 1, 10)


def test_publishing_a_draft_that_still_carries_the_recorded_note_does_not_repeat_it(make_entry):
    entry = published_in_2024(make_entry())
    draft = entry.get_latest_revision_as_object()
    draft.change_note = FIGURES
    with_note = draft.save_revision()
    newer = entry.get_latest_revision_as_object().save_revision()  # made before the note was recorded
    newer.content["change_note"] = FIGURES
    newer.save(update_fields=["content"])
    stale = newer.as_object().save_revision()  # a colleague's draft, saved after the note went out
    stale.content["change_note"] = FIGURES
    stale.save(update_fields=["content"])

    with_note.publish()
    stale.refresh_from_db()
    stale.publish()

    assert notes_of(entry) == [FIGURES]


def test_each_new_note_is_recorded_newest_first(make_entry):
    entry = published_in_2024(make_entry())
    publish_with_note(entry, "Contact details changed.", on=datetime.date(2024, 6, 1))
    entry = publish_with_note(entry, FIGURES, on=datetime.date(2025, 3, 3))

    assert notes_of(entry) == [FIGURES, "Contact details changed."]
    assert entry.updated_on == datetime.date(2025, 3, 3)


def test_a_note_is_not_recorded_for_the_first_publication(make_entry):
    entry = make_entry(publish=False)
    entry.change_note = "First version."
    entry.save_revision().publish()

    assert notes_of(entry) == []
    assert FAQEntryPage.objects.get(pk=entry.pk).change_note == ""


def test_the_form_refuses_a_note_before_the_first_publication_and_keeps_what_was_typed(
    admin_client, faq_index, topics, make_team
):
    data = entry_form(
        topics=[topics["stroke"]], team=make_team("Stroke"), action="action-publish", change_note=FIGURES
    )

    response = admin_client.post(add_url(faq_index), data)

    assert response.status_code == 200
    assert NO_CHANGE_NOTE_BEFORE_FIRST_PUBLICATION in error_text(response)
    assert FIGURES in response.content.decode()
    assert not FAQEntryPage.objects.exists()


def test_a_note_approved_through_the_workflow_is_recorded(client, member, make_entry, make_team):
    entry = published_in_2024(make_entry(team=make_team("Stroke")))
    editor, moderator = member(EDITORS), member(MODERATORS)
    client.force_login(editor)
    data = entry_form(
        topics=entry.topics.all(),
        team=entry.owning_team,
        action="action-submit",
        title=entry.title,
        slug=entry.slug,
        change_note=FIGURES,
    )
    assert client.post(f"/admin/pages/{entry.pk}/edit/", data).status_code == 302
    entry = FAQEntryPage.objects.get(pk=entry.pk)
    assert entry.workflow_in_progress and notes_of(entry) == []

    client.force_login(moderator)
    task_state = entry.current_workflow_state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[entry.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    assert response.status_code in (200, 302)
    assert notes_of(entry) == [FIGURES]
    assert FAQEntryPage.objects.get(pk=entry.pk).latest_change_note == FIGURES


def test_a_scheduled_note_is_recorded_when_the_change_goes_live(client, make_entry):
    entry = published_in_2024(make_entry())
    draft = entry.get_latest_revision_as_object()
    draft.change_note = FIGURES
    draft.go_live_at = timezone.now() + datetime.timedelta(days=2)
    draft.save_revision().publish()  # scheduled

    assert notes_of(entry) == []
    assert "Figures updated" not in client.get("/faq/").content.decode()

    later = timezone.now() + datetime.timedelta(days=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")

    assert notes_of(entry) == [FIGURES]
    assert entry.change_notes.get().published_at == later
    assert "Figures updated for 2024/25." in client.get("/faq/").content.decode()


def test_the_editor_lists_the_published_notes(admin_client, make_entry):
    entry = publish_with_note(published_in_2024(make_entry()), FIGURES)

    html = admin_client.get(f"/admin/pages/{entry.pk}/edit/").content.decode()

    assert "Change note" in html and FIGURES in html
    assert reverse("faq_change_notes:edit", args=[entry.change_notes.get().pk]) in html


def test_an_editor_corrects_a_note_and_readers_see_the_correction(client, settings, member, make_entry):
    settings.PAGE_CACHE_SECONDS = 600  # readers' pages kept, as on a running site
    entry = publish_with_note(published_in_2024(make_entry()), "Figures updated for 2042/25.")
    note = entry.change_notes.get()
    reader = type(client)()
    assert "2042/25" in reader.get(entry.url).content.decode()
    assert "2042/25" in reader.get("/faq/").content.decode()
    client.force_login(member(EDITORS))

    response = client.post(reverse("faq_change_notes:edit", args=[note.pk]), {"note": FIGURES})

    assert response.status_code == 302
    assert notes_of(entry) == [FIGURES]
    assert FAQEntryPage.objects.get(pk=entry.pk).latest_change_note == FIGURES
    for address in (entry.url, "/faq/", FEED):
        html = reader.get(address).content.decode()
        assert FIGURES in html and "2042/25" not in html, address


def test_nobody_adds_a_note_by_hand_and_only_superusers_delete_one(admin_client, client, member, make_entry):
    entry = publish_with_note(published_in_2024(make_entry()), FIGURES)
    note = entry.change_notes.get()
    client.force_login(member(EDITORS))

    assert admin_client.get(reverse("faq_change_notes:add")).status_code in (302, 403)
    assert client.post(reverse("faq_change_notes:delete", args=[note.pk])).status_code in (302, 403)
    assert notes_of(entry) == [FIGURES]

    assert admin_client.post(reverse("faq_change_notes:delete", args=[note.pk])).status_code == 302
    assert notes_of(entry) == []
    entry = FAQEntryPage.objects.get(pk=entry.pk)
    assert entry.latest_change_note == "" and entry.latest_change_at is None


@pytest.mark.parametrize("group", ["Comms"])
def test_other_roles_cannot_correct_notes(client, member, make_entry, group):
    entry = publish_with_note(published_in_2024(make_entry()), FIGURES)
    client.force_login(member(group))

    response = client.post(
        reverse("faq_change_notes:edit", args=[entry.change_notes.get().pk]), {"note": "Hacked."}
    )

    assert response.status_code in (302, 403)
    assert notes_of(entry) == [FIGURES]


def test_an_editor_publishes_a_note_from_the_edit_form_which_then_opens_empty(
    client, member, make_entry, make_team
):
    entry = published_in_2024(make_entry(team=make_team("Stroke")))
    client.force_login(member(MODERATORS))  # Moderators publish
    data = entry_form(
        topics=entry.topics.all(),
        team=entry.owning_team,
        action="action-publish",
        title=entry.title,
        slug=entry.slug,
        change_note=FIGURES,
    )

    assert client.post(f"/admin/pages/{entry.pk}/edit/", data).status_code == 302

    assert notes_of(entry) == [FIGURES]
    form = BeautifulSoup(client.get(f"/admin/pages/{entry.pk}/edit/").content, "html.parser")
    assert form.find("input", attrs={"name": "change_note"}).get("value", "") == ""
