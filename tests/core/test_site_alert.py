"""The site-wide alert banner: drafts, preview, approval by a moderator, a go-live and an expiry
time, and every cached page made fresh whenever what it says changes."""

import datetime
from unittest import mock

from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, rich_text

from wyhp_site.core.models import AlertLevel, SiteAlert


def alert_url(name: str, *args) -> str:
    return reverse(f"wagtailsnippets_core_sitealert:{name}", args=args)


def alert_form(text="<p>Our offices are closed on Monday.</p>", **overrides) -> dict:
    data = {
        "level": AlertLevel.IMPORTANT,
        "heading": "",
        "text": rich_text(text),
        "site": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def banner(client, path="/"):
    """The alert banner as an anonymous reader sees it on ``path``, or None."""
    html = client.get(path).content.decode()
    return BeautifulSoup(html, "html.parser").select_one(".site-alert")


def banner_text(client, path="/") -> str:
    found = banner(client, path)
    return " ".join(found.get_text(" ").split()) if found else ""


def soon(**delta) -> str:
    return (timezone.localtime() + datetime.timedelta(**delta)).strftime("%Y-%m-%d %H:%M")


def submit(client, comms_user, **form) -> SiteAlert:
    """Comms write an alert and submit it for approval."""
    client.force_login(comms_user)
    response = client.post(alert_url("add"), alert_form(**form, **{"action-submit": "submit"}))
    assert response.status_code == 302, response.content.decode()
    client.logout()
    return SiteAlert.objects.get()


def approve(client, moderator, alert: SiteAlert) -> None:
    client.force_login(moderator)
    task_state = alert.current_workflow_state.current_task_state
    response = client.post(alert_url("workflow_action", alert.pk, "approve", task_state.pk), {"comment": ""})
    assert response.status_code in (200, 302)
    client.logout()
    alert.refresh_from_db()


# Readers see what is published, and only that.


def test_a_published_alert_shows_on_every_page(client, make_alert, about_page):
    make_alert("The website will be offline on Sunday morning.", heading="Planned maintenance")

    for path in ("/", "/about-us/"):
        found = banner(client, path)
        assert found is not None, path
        assert found["role"] == "region" and found["aria-labelledby"] == "site-alert-title"
        assert found.select_one("#site-alert-title").get_text() == "Important"
        assert "Planned maintenance The website will be offline on Sunday morning." in banner_text(
            client, path
        )


def test_a_draft_alert_is_not_shown(client, make_alert):
    make_alert("Draft: the strike is called off.", publish=False)

    assert banner(client) is None


def test_a_cleared_alert_cannot_be_saved(client, moderator, home_page):
    client.force_login(moderator)

    response = client.post(alert_url("add"), alert_form("<p></p>", **{"action-publish": "publish"}))

    assert response.status_code == 200
    assert "Write what readers need to know." in response.content.decode()
    assert not SiteAlert.objects.exists()


def test_several_alerts_share_one_banner_urgent_first_then_newest(client, make_alert):
    make_alert("Oldest: parking at St James's is limited.")
    make_alert("Newest: the consultation closes on Friday.")
    make_alert("Strike action on 12 and 13 March.", level=AlertLevel.URGENT)

    found = banner(client)
    messages = [" ".join(message.get_text(" ").split()) for message in found.select(".site-alert__message")]

    assert (
        len(BeautifulSoup(client.get("/").content, "html.parser").select(".nhsuk-notification-banner")) == 1
    )
    assert found.select_one("#site-alert-title").get_text() == "Urgent"
    assert "site-alert--urgent" in found["class"]
    assert messages == [
        "Strike action on 12 and 13 March.",
        "Newest: the consultation closes on Friday.",
        "Oldest: parking at St James's is limited.",
    ]


def test_an_alert_for_one_site_shows_only_there(client, make_alert, home_page):
    other = Site.objects.create(hostname="localhost", root_page=home_page, site_name="Other")
    make_alert("Only on the other site.", site=other)

    assert banner(client) is None
    assert "Only on the other site." in banner_text(Client(HTTP_HOST="localhost"))


def test_the_site_is_asked_for_only_where_there_are_several(client, comms_user, home_page):
    client.force_login(comms_user)
    assert 'name="site"' not in client.get(alert_url("add")).content.decode()

    Site.objects.create(hostname="localhost", root_page=home_page, site_name="Other")

    assert 'name="site"' in client.get(alert_url("add")).content.decode()


def test_the_alerts_links_work_and_its_text_cannot_inject_markup(client, make_alert, about_page):
    alert = make_alert(heading='<script>alert("x")</script>')
    alert.text = f'<p>Read <a linktype="page" id="{about_page.pk}">about us</a>.</p>'
    alert.save_revision().publish()

    found = banner(client)

    assert found.select_one("a")["href"] == "/about-us/"
    assert found.select("script") == []


# The life cycle: Comms write and submit; a moderator approves; it goes live when it should.


def test_comms_submit_and_a_moderator_approves(client, comms_user, moderator, home_page):
    alert = submit(client, comms_user, heading="Industrial action")

    assert alert.current_workflow_state.status == "in_progress"
    assert not alert.live and banner(client) is None

    approve(client, moderator, alert)

    assert alert.live
    assert "Industrial action Our offices are closed on Monday." in banner_text(client)


def test_comms_cannot_publish_an_alert_themselves(client, comms_user, home_page):
    client.force_login(comms_user)

    client.post(alert_url("add"), alert_form(**{"action-publish": "publish"}))

    assert SiteAlert.objects.get().live is False  # kept as a draft
    client.logout()
    assert banner(client) is None


def test_a_changed_live_alert_stays_as_published_until_approved(client, comms_user, moderator, make_alert):
    alert = make_alert("Our offices are closed on Monday.")
    client.force_login(comms_user)

    response = client.post(
        alert_url("edit", alert.pk),
        alert_form("<p>Our offices are closed on Monday and Tuesday.</p>", **{"action-submit": "submit"}),
    )

    assert response.status_code == 302
    client.logout()
    assert banner_text(client) == "Important Our offices are closed on Monday."
    approve(client, moderator, alert)
    assert banner_text(client) == "Important Our offices are closed on Monday and Tuesday."


def test_the_preview_is_the_home_page_with_the_draft_alert(client, comms_user, make_alert):
    make_alert("A published alert stays in the preview.")
    client.force_login(comms_user)
    form = alert_form("<p>Draft: clinics move to Leeds.</p>", heading="Clinics are moving")

    assert client.post(alert_url("preview_on_add"), form).json()["is_valid"]
    preview = client.get(alert_url("preview_on_add")).content.decode()

    page = BeautifulSoup(preview, "html.parser")
    assert page.select_one("h1").get_text(strip=True) == "Working together"  # the home page
    messages = [" ".join(m.get_text(" ").split()) for m in page.select(".site-alert .site-alert__message")]
    assert messages == [
        "Clinics are moving Draft: clinics move to Leeds.",
        "A published alert stays in the preview.",
    ]
    client.logout()
    assert "Draft: clinics move to Leeds." not in banner_text(client)


def test_the_preview_of_a_change_shows_it_in_place_of_the_published_version(client, moderator, make_alert):
    alert = make_alert("Our offices are closed on Monday.")
    client.force_login(moderator)

    client.post(alert_url("preview_on_edit", alert.pk), alert_form("<p>Closed on Monday and Tuesday.</p>"))
    preview = BeautifulSoup(client.get(alert_url("preview_on_edit", alert.pk)).content, "html.parser")

    assert " ".join(preview.select_one(".site-alert").get_text(" ").split()) == (
        "Important Closed on Monday and Tuesday."
    )


def later(**delta):
    """The clock moved on: every time set before ``delta`` from now is in the past."""
    return mock.patch("django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(**delta))


def test_an_approved_alert_goes_live_at_its_time(client, comms_user, moderator, home_page):
    alert = submit(client, comms_user, go_live_at=soon(hours=2))
    approve(client, moderator, alert)

    assert not alert.live and alert.latest_revision.approved_go_live_at is not None
    call_command("publish_scheduled")
    assert banner(client) is None  # not yet

    with later(hours=3):
        call_command("publish_scheduled")

    assert SiteAlert.objects.get(pk=alert.pk).live
    assert "Our offices are closed on Monday." in banner_text(client)


def test_an_alert_comes_down_at_its_expiry_time(client, comms_user, moderator, home_page):
    alert = submit(client, comms_user, expire_at=soon(hours=2))
    approve(client, moderator, alert)
    call_command("publish_scheduled")
    assert alert.live and banner(client) is not None

    with later(hours=3):
        call_command("publish_scheduled")

    alert.refresh_from_db()
    assert not alert.live and alert.expired
    assert banner(client) is None


def test_comms_cannot_withdraw_or_delete_a_live_alert(client, comms_user, make_alert):
    alert = make_alert()
    client.force_login(comms_user)

    for action in ("unpublish", "delete"):
        response = client.post(alert_url(action, alert.pk))
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"), action

    assert SiteAlert.objects.get(pk=alert.pk).live
    client.logout()
    assert banner(client) is not None


# Every cached page is made fresh when the alert changes: the shared cache in front is purged of
# every page (the "site" key every answer carries, tests/core/test_caching.py), once committed.

EVERY_PAGE = {"site"}


def test_publishing_an_alert_purges_every_page_once_committed(
    cache, make_alert, django_capture_on_commit_callbacks
):
    alert = make_alert(publish=False)

    with django_capture_on_commit_callbacks() as after_commit:
        alert.save_revision().publish()
    assert cache.purges == [], "purged before the new version could be read"
    for callback in after_commit:
        callback()

    assert cache.purges == [EVERY_PAGE]


def test_withdrawing_or_deleting_a_live_alert_purges_every_page(
    client, moderator, cache, committed, make_alert
):
    withdrawn, deleted = make_alert("Closed on Monday."), make_alert("Closed on Tuesday.")
    client.force_login(moderator)

    with committed():
        assert client.post(alert_url("unpublish", withdrawn.pk)).status_code == 302
    with committed():
        assert client.post(alert_url("delete", deleted.pk)).status_code == 302

    assert cache.purges == [EVERY_PAGE, EVERY_PAGE]
    assert SiteAlert.objects.get().live is False
    client.logout()
    assert banner(client) is None


def test_scheduled_go_live_and_expiry_purge_every_page(cache, committed, make_alert):
    in_an_hour, in_two_hours = (timezone.now() + datetime.timedelta(hours=hours) for hours in (1, 2))
    with committed():
        alert = make_alert(go_live_at=in_an_hour, expire_at=in_two_hours)
    assert not alert.live and cache.purges == []  # scheduled, not yet live

    with later(hours=1, minutes=1), committed():
        call_command("publish_scheduled")
    assert SiteAlert.objects.get(pk=alert.pk).live
    assert cache.purges == [EVERY_PAGE]

    with later(hours=2, minutes=1), committed():
        call_command("publish_scheduled")
    assert not SiteAlert.objects.get(pk=alert.pk).live
    assert cache.purges == [EVERY_PAGE, EVERY_PAGE]


def test_writing_and_submitting_an_alert_purges_nothing(client, comms_user, cache, committed, home_page):
    client.force_login(comms_user)

    with committed():
        client.post(alert_url("add"), alert_form())
    alert = SiteAlert.objects.get()
    with committed():
        client.post(
            alert_url("edit", alert.pk), alert_form(heading="Closures", **{"action-submit": "submit"})
        )

    assert alert.revisions.count() == 2 and not SiteAlert.objects.get().live
    assert cache.purges == []


def test_the_page_cache_shows_the_new_alert_on_the_next_request(
    client, settings, moderator, make_alert, about_page
):
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/")  # the site's settings are made on the first page shown
    assert client.get(about_page.url)["X-Page-Cache"] == "miss"
    assert client.get(about_page.url)["X-Page-Cache"] == "hit"

    alert = make_alert("Our offices are closed on Monday.")

    response = client.get(about_page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Our offices are closed on Monday." in response.content.decode()

    client.force_login(moderator)
    client.post(alert_url("unpublish", alert.pk))
    client.logout()
    assert banner(client, about_page.url) is None
