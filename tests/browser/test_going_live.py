"""Scheduling the Friday update in a real browser: Comms give the update its go-live time and
submit it, from the keyboard; the moderator sees the time on their dashboard and approves; the
update then waits in Going live soon (axe, no CSP violation, 320 px, keyboard) instead of
going live at once."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from tests.manage_py import run_manage_py

from .admin import assert_accessible, assert_fits_320_pixels, sign_in
from .conftest import run_manage
from .test_security import RECORD_VIOLATIONS_JS
from .test_site_alert import tab_to

pytestmark = pytest.mark.browser

TITLE = "Friday update: winter plans"
SLUG = "friday-update-winter-plans"
GOING_LIVE_SOON = "/admin/going-live-soon/"
GO_LIVE = datetime.datetime.combine(
    datetime.datetime.now(ZoneInfo("Europe/London")).date() + datetime.timedelta(days=5),
    datetime.time(9, 0),
)
SHOWN = f"{GO_LIVE:%a} {GO_LIVE.day} {GO_LIVE:%b %Y}, 09:00"


@pytest.fixture
def draft_update(live_site_env):
    """A finished draft under the news index, as Comms leave it before submitting; deleted
    afterwards so the other browser tests see the demo site as it was."""
    script = (
        "from blog.models import NewsIndexPage, PostPage\n"
        "from tests.factories import paragraph\n"
        f"post = PostPage(title={TITLE!r}, slug={SLUG!r}, kind='news', intro='Our winter plans.',"
        " body=paragraph('Hello.'), live=False)\n"
        "NewsIndexPage.objects.get().add_child(instance=post)\n"
        "post.save_revision()\n"
        "print(post.pk)\n"
    )
    result = run_manage_output(["shell", "-c", script], live_site_env)
    yield int(result)
    run_manage(
        ["shell", "-c", f"from blog.models import PostPage\nPostPage.objects.filter(slug={SLUG!r}).delete()"],
        live_site_env,
    )


def run_manage_output(args, env) -> str:
    result = run_manage_py(args, env, timeout=600)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_comms_submit_with_a_go_live_time_and_approval_schedules_it(
    visit_factory, role_account, draft_update
):
    comms = visit_factory(viewport={"width": 1280, "height": 800}).page
    sign_in(comms, *role_account("Comms"))
    comms.goto(f"/admin/pages/{draft_update}/edit/")

    tab_to(comms, "Toggle status")  # the schedule is in the status panel
    comms.keyboard.press("Enter")
    tab_to(comms, "Set schedule")
    comms.keyboard.press("Enter")
    tab_to(comms, "id_go_live_at")
    comms.keyboard.type(f"{GO_LIVE:%Y-%m-%d %H:%M}")
    tab_to(comms, "Save schedule")
    comms.keyboard.press("Enter")  # saves the draft with its schedule
    expect(comms.locator(".messages")).to_contain_text("has been updated")
    tab_to(comms, "More actions", limit=400)  # past every field of the post
    comms.keyboard.press("Enter")
    comms.keyboard.press("Tab")
    expect(comms.get_by_role("button", name="Submit to Moderators approval")).to_be_focused()
    comms.keyboard.press("Enter")
    comms.wait_for_load_state("load")
    expect(comms.locator(".messages")).to_contain_text("submitted")

    moderator = visit_factory(viewport={"width": 1280, "height": 800})
    moderator.context.add_init_script(RECORD_VIOLATIONS_JS)
    sign_in(moderator.page, *role_account("Moderators"))
    page = moderator.open("/admin/")
    waiting = page.locator("#awaiting-review-section tr", has_text=TITLE)
    expect(waiting).to_contain_text(f"Goes live {SHOWN} (UK time)")

    page = moderator.open(f"/admin/pages/{draft_update}/edit/")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    page.wait_for_load_state("load")

    assert visit_factory().page.goto(f"/news/{SLUG}/").status == 404  # not live yet

    page = moderator.open(GOING_LIVE_SOON)
    expect(page.get_by_role("heading", level=1)).to_have_text("Going live soon")
    row = page.get_by_role("row", name=re.compile(re.escape(TITLE)))
    expect(row).to_contain_text(SHOWN)
    expect(row).to_contain_text("Goes live")
    expect(row).to_contain_text("Approved")
    assert_accessible(page, "going live soon")
    assert_fits_320_pixels(visit_factory, moderator.context, GOING_LIVE_SOON, "going live soon")

    tab_to(page, TITLE)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/admin/pages/{draft_update}/edit/$"))


def test_going_live_soon_reads_with_javascript_off(visit_factory, role_account):
    visit = visit_factory(java_script_enabled=False, viewport={"width": 320, "height": 640})
    sign_in(visit.page, *role_account("Comms"))

    page = visit.open(GOING_LIVE_SOON)

    expect(page.get_by_role("heading", level=1)).to_have_text("Going live soon")
