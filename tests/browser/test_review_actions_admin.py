"""Keeping answers reviewed from the FAQ listing, in a real browser, as an Editor and from the
keyboard: "Reviewed: still correct" in one click, its confirmation page (the button's address
with JavaScript off), and the "Add topic" bulk action. Each page passes axe, breaks no
Content-Security-Policy and fits 320 px."""

import re
import secrets

import pytest
from playwright.sync_api import expect

from .admin import assert_accessible, assert_fits_320_pixels, sign_in
from .conftest import run_manage
from .test_security import RECORD_VIOLATIONS_JS

pytestmark = pytest.mark.browser

REVIEW_DUE = "/admin/faq_entries/?review_due=true"
# Demo answers no other browser test reads, both long overdue for review.
ONE_CLICK = "Will the plan mean cuts to local services?"
CONFIRMED = "Why are councils and the NHS planning together?"
BULK = "What is the memorandum of understanding between partners?"
REVIEWED = "Reviewed: still correct"


@pytest.fixture
def editor(live_site_env):
    """A new member of the Editors group on the live site."""
    username, password = f"editor-{secrets.token_hex(4)}", secrets.token_urlsafe(16)
    script = (
        "from django.contrib.auth.models import Group, User\n"
        f"user = User.objects.create_user({username!r}, password={password!r})\n"
        "user.groups.add(Group.objects.get(name='Editors'))\n"
    )
    run_manage(["shell", "-c", script], live_site_env)
    return username, password


@pytest.fixture
def editor_visit(visit, editor):
    visit.context.add_init_script(RECORD_VIOLATIONS_JS)
    sign_in(visit.page, *editor)
    return visit


def entry_id(page, question: str) -> str:
    href = page.get_by_role("link", name=question, exact=True).get_attribute("href")
    return re.search(r"/pages/(\d+)/edit/", href).group(1)


def test_one_click_from_the_listing_with_the_keyboard(editor_visit):
    page = editor_visit.open(REVIEW_DUE)
    assert_accessible(page, "FAQ listing of reviews due")

    page.get_by_role("button", name=f"More options for '{ONE_CLICK}'").focus()
    page.keyboard.press("Enter")
    reviewed = page.locator("a:visible", has_text=REVIEWED)
    expect(reviewed).to_have_count(1)
    reviewed.focus()
    page.keyboard.press("Enter")

    expect(page.get_by_text(f"“{ONE_CLICK}” is marked as reviewed today: still correct.")).to_be_visible()
    expect(page).to_have_url(re.compile(re.escape(REVIEW_DUE) + "$"))
    expect(page.get_by_role("link", name=ONE_CLICK, exact=True)).to_have_count(0)
    assert_accessible(page, "FAQ listing after a review")


def test_the_confirmation_page_with_the_keyboard(editor_visit, visit_factory):
    listing = editor_visit.open(REVIEW_DUE)
    address = f"/admin/faq/{entry_id(listing, CONFIRMED)}/reviewed/?next={REVIEW_DUE.replace('&', '%26')}"
    page = editor_visit.open(address)

    expect(page.get_by_role("heading", level=1)).to_contain_text(REVIEWED)
    assert_accessible(page, "review confirmation")
    assert_fits_320_pixels(visit_factory, editor_visit.context, address, "review confirmation")
    page.get_by_role("button", name=REVIEWED).focus()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(re.escape(REVIEW_DUE) + "$"))
    expect(page.get_by_text(f"“{CONFIRMED}” is marked as reviewed today")).to_be_visible()


def test_the_confirmation_works_with_javascript_off(visit_factory, editor):
    visit = visit_factory(java_script_enabled=False)
    sign_in(visit.page, *editor)
    listing = visit.open("/admin/faq_entries/")
    page = visit.open(f"/admin/faq/{entry_id(listing, BULK)}/reviewed/")

    page.get_by_role("button", name=REVIEWED).click()

    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))


def test_adding_a_topic_to_ticked_entries_with_the_keyboard(editor_visit, visit_factory):
    page = editor_visit.open("/admin/faq_entries/")
    row = page.locator("table.listing tbody tr", has_text=BULK)
    row.get_by_role("checkbox").focus()
    page.keyboard.press("Space")
    add_topic = page.get_by_role("link", name="Add a topic to the selected FAQ entries")
    expect(add_topic).to_be_visible()
    add_topic.focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Add topic")
    expect(page.get_by_role("link", name=BULK)).to_be_visible()
    assert_accessible(page, "add topic confirmation")
    assert_fits_320_pixels(visit_factory, editor_visit.context, page.url, "add topic confirmation")
    page.get_by_role("button", name="Add the topic").focus()
    page.keyboard.press("Enter")  # no topic chosen yet: the browser asks for one

    topic = page.get_by_role("combobox", name="Topic")
    expect(topic).to_be_focused()
    topic.select_option(label="Public involvement")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Add the topic")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/admin/faq_entries/$"))
    expect(page.get_by_text("Added “Public involvement” to 1 FAQ entry")).to_be_visible()
    assert_accessible(page, "FAQ listing after a bulk action")
