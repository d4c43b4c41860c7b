"""Who may write programmes: Comms draft them, Moderators publish them, Editors keep out."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from programmes.models import ProgrammePage
from wyhp_site.core.models import Topic
from wyhp_site.core.roles import COMMS, EDITORS, MODERATORS


def programme_form(topic, person, **overrides):
    return nested_form_data(
        {
            "title": "Maternity",
            "slug": "maternity",
            "summary": "Safer, kinder care before, during and after birth.",
            "status": "",
            "topic": topic.pk,
            "leads": inline_formset([{"person": person.pk, "role": "Programme Director"}]),
            "body": streamfield([("paragraph", rich_text("<p>Every family gets a plan.</p>"))]),
            "contact_email": "maternity@example.org",
            **overrides,
        }
    )


def test_comms_write_programmes_editors_cannot_and_only_moderators_publish(
    member, programme_index, make_programme, stroke
):
    programme = make_programme("Stroke", stroke)
    editor, comms, moderator = member(EDITORS), member(COMMS), member(MODERATORS)

    assert programme.permissions_for_user(comms).can_edit()
    assert programme_index.permissions_for_user(comms).can_add_subpage()
    assert not programme.permissions_for_user(comms).can_publish()

    assert not programme.permissions_for_user(editor).can_edit()
    assert not programme_index.permissions_for_user(editor).can_add_subpage()

    assert programme.permissions_for_user(moderator).can_publish()


def test_editors_are_turned_away_from_the_programme_editor(
    client, member, programme_index, make_programme, stroke
):
    programme = make_programme("Stroke", stroke)
    client.force_login(member(EDITORS))

    assert client.get(f"/admin/pages/{programme.pk}/edit/").status_code in (302, 403)
    assert client.get(f"/admin/pages/add/programmes/programmepage/{programme_index.pk}/").status_code in (
        302,
        403,
    )


def test_comms_draft_a_programme_with_its_lead_in_the_admin(
    client, member, programme_index, make_person, stroke
):
    director = make_person("Tom Fairburn")
    client.force_login(member(COMMS))
    add_url = f"/admin/pages/add/programmes/programmepage/{programme_index.pk}/"

    assert client.get(add_url).status_code == 200
    response = client.post(add_url, programme_form(stroke, director, **{"action-publish": "publish"}))

    assert response.status_code == 302
    programme = ProgrammePage.objects.get(slug="maternity")
    assert not programme.live  # Comms cannot publish; a Moderator approves it
    assert [(lead.person, lead.role) for lead in programme.leads.all()] == [(director, "Programme Director")]
    assert programme.topic == stroke


def test_a_programme_cannot_be_published_without_a_lead(admin_client, programme_index, make_person, stroke):
    form = programme_form(stroke, make_person("Tom Fairburn"), **{"action-publish": "publish"})
    form.update(nested_form_data({"leads": inline_formset([])}))

    response = admin_client.post(f"/admin/pages/add/programmes/programmepage/{programme_index.pk}/", form)

    assert response.status_code == 200  # the form again, with the error
    assert not ProgrammePage.objects.filter(slug="maternity", live=True).exists()


def test_moderator_publishes_a_programme_from_the_admin(client, member, programme_index, make_person, stroke):
    client.force_login(member(MODERATORS))
    form = programme_form(stroke, make_person("Tom Fairburn"), **{"action-publish": "publish"})

    client.post(f"/admin/pages/add/programmes/programmepage/{programme_index.pk}/", form)

    assert ProgrammePage.objects.get(slug="maternity").live
    assert client.get("/programmes/maternity/").status_code == 200


def test_a_topic_a_programme_hangs_on_cannot_be_deleted(client, member, make_programme, stroke):
    make_programme("Stroke", stroke)
    client.force_login(member(EDITORS))

    client.post(f"/admin/snippets/core/topic/delete/{stroke.pk}/")

    assert Topic.objects.filter(pk=stroke.pk).exists()
