"""A new answer's first autosave racing its editor's own save (wyhp_site/core/autosave_race.py):
one page, the editor's save in it, and a form that goes on editing it."""

import datetime
import json

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Revision

from faq.models import FAQEntryPage
from tests.faq.test_admin import add_url, entry_form, error_text
from wyhp_site.core.roles import EDITORS

# What Wagtail's autosave sends with the create form: it asks for JSON, not a page.
AUTOSAVE = {"headers": {"Accept": "application/json"}}


@pytest.fixture
def writing(client, member, faq_index, topics):
    """An editor's client, with an autosave of their new answer already made."""
    client.force_login(member(EDITORS))
    autosaved = client.post(add_url(faq_index), entry_form(topics=[topics["stroke"]]), **AUTOSAVE)
    assert autosaved.status_code == 200 and json.loads(autosaved.content)["success"]
    return client


def test_saving_while_the_first_autosave_runs_saves_into_the_autosaved_draft(writing, faq_index, topics):
    form = entry_form(topics=[topics["stroke"]], short_answer="The joint committee, after consulting.")

    response = writing.post(add_url(faq_index), form)

    entry = FAQEntryPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{entry.pk}/edit/"
    latest = entry.get_latest_revision_as_object()
    assert latest.short_answer == "The joint committee, after consulting."
    assert not entry.live


def test_a_later_autosave_from_the_create_form_also_lands_in_the_draft(writing, faq_index, topics):
    form = entry_form(topics=[topics["stroke"]], short_answer="Changed again.")

    response = writing.post(add_url(faq_index), form, **AUTOSAVE)

    assert response.status_code == 200 and json.loads(response.content)["success"]
    assert FAQEntryPage.objects.get().get_latest_revision_as_object().short_answer == "Changed again."


def test_submitting_for_approval_while_the_first_autosave_runs_submits_the_draft(
    writing, faq_index, topics, make_team
):
    form = entry_form(topics=[topics["stroke"]], team=make_team("Stroke team"), action="action-submit")

    response = writing.post(add_url(faq_index), form)

    entry = FAQEntryPage.objects.get()
    assert response.status_code == 302
    assert entry.workflow_in_progress


def test_a_colleagues_draft_with_the_same_slug_is_left_alone(
    client, writing, faq_index, topics, django_user_model
):
    colleague = django_user_model.objects.create_user(username="colleague", password="x")
    colleague.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(colleague)

    response = client.post(add_url(faq_index), entry_form(topics=[topics["stroke"]], short_answer="Mine."))

    assert response.status_code == 200
    assert "is already in use" in error_text(response)
    assert FAQEntryPage.objects.get().get_latest_revision_as_object().short_answer != "Mine."


def test_an_older_draft_of_ones_own_is_not_taken_for_a_new_page(writing, faq_index, topics):
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    Revision.objects.update(created_at=an_hour_ago)

    response = writing.post(add_url(faq_index), entry_form(topics=[topics["stroke"]], short_answer="New."))

    assert response.status_code == 200
    assert "is already in use" in error_text(response)
    assert FAQEntryPage.objects.get().get_latest_revision_as_object().short_answer != "New."
