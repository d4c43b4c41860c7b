"""The site alert in a real browser: Comms write an urgent alert, give it an expiry time and
submit it for approval from the keyboard alone; a moderator approves it; readers then see it on
every page, at 320 px, with no WCAG violation, with JavaScript on or off."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import run_manage
from .test_admin_security import sign_in
from .test_every_page import AXE_OPTIONS, OVERFLOW_JS, describe_violations

pytestmark = pytest.mark.browser

ALERT_HEADING = "Strike action on 12 and 13 March"
ALERT_TEXT = "Planned operations go ahead unless we call you."
FOCUSED_JS = """() => {
    const element = document.activeElement;
    if (element.isContentEditable) return "editor";
    return element.id || element.name || element.getAttribute("aria-label") || element.innerText.trim();
}"""


@pytest.fixture
def alerts_removed_after(live_site_env):
    """The other browser tests see the demo site as it was."""
    yield
    script = "from wyhp_site.core.models import SiteAlert\nSiteAlert.objects.all().delete()"
    run_manage(["shell", "-c", script], live_site_env)


def tab_to(page, target: str, limit: int = 80) -> None:
    """Press Tab until ``target`` (an id, a name, a label or a button's words, or "editor" for
    the rich text) has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_JS) == target:
            return
    pytest.fail(f"Tab never reached {target!r} on {page.url}", pytrace=False)


def write_and_submit_with_the_keyboard(page) -> None:
    page.goto("/admin/")
    tab_to(page, "Site alerts")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Site alerts"))
    tab_to(page, "Add site alert")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/snippets/core/sitealert/add/$"))

    tab_to(page, "id_level")
    page.keyboard.press("ArrowDown")  # from "Important" to "Urgent"
    expect(page.locator("#id_level")).to_have_value("urgent")
    tab_to(page, "id_heading")
    page.keyboard.type(ALERT_HEADING)
    tab_to(page, "editor")
    page.keyboard.type(ALERT_TEXT)
    # The rich text reaches the form's field a moment after it is typed (Draftail saves its
    # state on a timer); on a loaded machine the form could otherwise be sent without it.
    expect(page.locator("input#id_text")).to_have_value(re.compile(re.escape(ALERT_TEXT.split(".")[0][:30])))

    tab_to(page, "Toggle status")  # the schedule is in the status panel
    page.keyboard.press("Enter")
    tab_to(page, "Set schedule")
    page.keyboard.press("Enter")
    tab_to(page, "id_expire_at")
    page.keyboard.type("2099-03-14 18:00")
    tab_to(page, "Save schedule")
    page.keyboard.press("Enter")  # saves the draft with its schedule
    expect(page).to_have_url(re.compile(r"/admin/snippets/core/sitealert/edit/\d+/$"))

    tab_to(page, "More actions")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Submit to Moderators approval")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_load_state("load")


def test_comms_submit_an_alert_from_the_keyboard_and_readers_see_it_once_approved(
    visit_factory, role_account, alerts_removed_after
):
    comms = visit_factory(viewport={"width": 1280, "height": 800}).page
    sign_in(comms, *role_account("Comms"))
    write_and_submit_with_the_keyboard(comms)

    expect(comms.locator(".messages")).to_contain_text("submitted")
    before_approval = visit_factory().open("/")
    expect(before_approval.locator(".site-alert")).to_have_count(0)

    moderator = visit_factory(viewport={"width": 1280, "height": 800}).page
    sign_in(moderator, *role_account("Moderators"))
    moderator.goto("/admin/snippets/core/sitealert/")
    moderator.get_by_role("link", name=ALERT_HEADING).click()
    moderator.get_by_role("button", name="More actions").click()
    moderator.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(moderator.locator(".messages")).to_contain_text(ALERT_HEADING)
    moderator.goto("/admin/snippets/core/sitealert/")
    listed = moderator.get_by_role("row", name=re.compile(ALERT_HEADING))
    expect(listed).to_contain_text("live")
    expect(listed).to_contain_text("14 Mar 2099, 18:00")  # when it comes down

    # A new reader: browsers keep a page for max-age, which no purge can reach.
    reader = visit_factory(viewport={"width": 320, "height": 640})
    for path in ("/", "/about-us/", "/faq/"):
        page = reader.open(path)
        alert = page.get_by_role("region", name="Urgent")
        expect(alert).to_contain_text(ALERT_HEADING)
        expect(alert).to_contain_text(ALERT_TEXT)
        violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
        if violations:
            pytest.fail(describe_violations(violations, "alert", path), pytrace=False)
        layout = page.evaluate(OVERFLOW_JS)
        assert layout["scrollWidth"] <= layout["clientWidth"], "\n".join(layout["wider"])

    without_javascript = visit_factory(java_script_enabled=False, viewport={"width": 320, "height": 640})
    expect(without_javascript.open("/").get_by_role("region", name="Urgent")).to_contain_text(ALERT_TEXT)
