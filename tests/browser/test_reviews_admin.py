"""The admin pages that keep answers reviewed, in a real browser: Reports > Reviews due and the
team form. Each passes axe, breaks no Content-Security-Policy, fits 320 px, and works from
the keyboard and with JavaScript off."""

import csv
import re

import pytest
from playwright.sync_api import expect

from .admin import assert_accessible, assert_fits_320_pixels, sign_in
from .test_security import RECORD_VIOLATIONS_JS

pytestmark = pytest.mark.browser

REPORT = "/admin/reports/reviews-due/"
TEAM_FORM = "/admin/snippets/core/team/add/"
# In the demo content: due within 30 days, owned by the Stroke programme.
DUE_SOON = "What is a hyper-acute stroke unit?"


@pytest.fixture
def admin_visit(visit, account):
    visit.context.add_init_script(RECORD_VIOLATIONS_JS)
    sign_in(visit.page, *account)
    return visit


def test_the_reviews_due_report(admin_visit, visit_factory):
    page = admin_visit.open(REPORT)

    expect(page.get_by_role("heading", level=1)).to_have_text("Reviews due")
    expect(page.get_by_role("link", name=DUE_SOON)).to_be_visible()
    assert_accessible(page, "reviews due report")
    assert_fits_320_pixels(visit_factory, admin_visit.context, REPORT, "reviews due report")

    page.get_by_role("link", name=DUE_SOON).focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))


def test_the_report_downloads_as_csv(admin_visit, tmp_path):
    page = admin_visit.open(REPORT)

    page.get_by_role("button", name="Actions").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    path = tmp_path / "reviews.csv"
    download.value.save_as(path)

    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0][:3] == ["Owning team", "Team contact email", "Question"]
    assert ["Stroke programme", "stroke@wyhpartnership.example", DUE_SOON] in [row[:3] for row in rows]


def test_a_teams_reviews_read_with_javascript_off(visit_factory, account):
    """From the link in the team's email. Wagtail's filter and download menus need JavaScript,
    as the rest of its admin does; the report itself does not."""
    visit = visit_factory(java_script_enabled=False)
    sign_in(visit.page, *account)
    page = visit.open(REPORT)
    stroke = page.locator("table.listing tbody tr", has_text=DUE_SOON)
    edit_address = stroke.get_by_role("link", name=DUE_SOON).get_attribute("href")

    page = visit.open(f"{REPORT}?owning_team={team_id_of(visit, 'Stroke programme')}")

    teams = page.locator("table.listing tbody tr td:first-child").all_inner_texts()
    assert teams and {team.strip() for team in teams} == {"Stroke programme"}
    page.get_by_role("link", name=DUE_SOON).click()
    expect(page).to_have_url(re.compile(re.escape(edit_address) + "$"))


def team_id_of(visit, name: str) -> str:
    """The team's id, from its link in the teams listing."""
    page = visit.open("/admin/snippets/core/team/")
    href = page.get_by_role("link", name=name, exact=True).get_attribute("href")
    return re.search(r"/edit/(\d+)/", href).group(1)


def tab_to(page, element_id: str) -> None:
    """Move the focus with the Tab key alone until it reaches the element."""
    for _ in range(40):
        if page.evaluate("document.activeElement.id") == element_id:
            return
        page.keyboard.press("Tab")
    pytest.fail(f"The Tab key never reached #{element_id}")


def test_the_team_form(admin_visit, visit_factory):
    page = admin_visit.open(TEAM_FORM)

    assert_accessible(page, "new team form")
    assert_fits_320_pixels(visit_factory, admin_visit.context, TEAM_FORM, "new team form")
    tab_to(page, "id_name")
    page.keyboard.type("Finance team")  # the demo has one already
    tab_to(page, "id_contact_email")
    page.keyboard.type("money@wyhpartnership.example")
    page.keyboard.press("Enter")

    expect(page.get_by_text("There is already a team with that name.")).to_be_visible()
    expect(page.get_by_role("textbox", name="Contact email")).to_have_value("money@wyhpartnership.example")
    assert_accessible(page, "new team form with an error")


def test_a_team_is_added_with_javascript_off(visit_factory, account):
    visit = visit_factory(java_script_enabled=False)
    sign_in(visit.page, *account)
    page = visit.open(TEAM_FORM)

    page.get_by_role("textbox", name="Name").fill("Primary care team")
    page.get_by_role("textbox", name="Contact email").fill("primary.care@wyhpartnership.example")
    page.get_by_role("button", name="Save").click()

    expect(page).to_have_url(re.compile(r"/admin/snippets/core/team/$"))
    expect(page.get_by_role("link", name="Primary care team")).to_be_visible()
