"""Sharing a draft in a real browser: Comms make a preview link from the page's editor, from the
keyboard, and a leader without an account opens it (axe, no CSP violation, 320 px, JavaScript
off, no cookie); once withdrawn it opens nothing."""

import re

import pytest
from playwright.sync_api import expect

from .admin import assert_accessible, assert_fits_320_pixels, sign_in
from .test_going_live import TITLE, draft_update  # noqa: F401 (a fixture)
from .test_security import RECORD_VIOLATIONS_JS
from .test_site_alert import tab_to

pytestmark = pytest.mark.browser

BANNER = "Draft preview — not published"


def test_comms_share_a_draft_and_a_leader_reads_it_without_signing_in(
    visit_factory,
    role_account,
    draft_update,  # noqa: F811
):
    comms = visit_factory(viewport={"width": 1280, "height": 800})
    comms.context.add_init_script(RECORD_VIOLATIONS_JS)
    page = comms.page
    sign_in(page, *role_account("Comms"))
    page.goto(f"/admin/pages/{draft_update}/edit/")
    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Share a preview link").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Preview links")
    assert_accessible(page, "preview links")
    links_path = f"/admin/pages/{draft_update}/preview-links/"
    assert_fits_320_pixels(visit_factory, comms.context, links_path, "preview links")

    tab_to(page, "id_days")
    page.keyboard.press("Control+A")
    page.keyboard.type("3")
    page.keyboard.press("Enter")
    shared = page.locator("#shared-url")
    expect(shared).to_have_value(re.compile(r"/share/[A-Za-z0-9_-]{43}/$"))
    link = shared.input_value()
    assert_accessible(page, "preview links, with a new link")

    leader = visit_factory(viewport={"width": 1280, "height": 800})
    leader.context.add_init_script(RECORD_VIOLATIONS_JS)
    preview = leader.open(link)
    expect(preview.get_by_role("region", name=BANNER)).to_be_visible()
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    assert_accessible(preview, "shared preview")
    assert leader.context.cookies() == []
    assert_fits_320_pixels(visit_factory, leader.context, link, "shared preview")
    without_script = visit_factory(java_script_enabled=False, viewport={"width": 320, "height": 640})
    expect(without_script.open(link).get_by_text(BANNER)).to_be_visible()

    page.goto(links_path)
    tab_to(page, f"Withdraw link {link.split('/')[-2][:6]}…")
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text("withdrawn")
    gone = visit_factory().open(link, expected_status=410)
    expect(gone.get_by_role("heading", level=1)).to_have_text("This preview link no longer works")
