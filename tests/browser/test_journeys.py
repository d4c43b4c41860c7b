"""What keyboard users, people without JavaScript and privacy-minded readers rely on."""

import re

import pytest
from playwright.sync_api import expect

from .pages import EXPANDER_PAGES, PAGES, expected_status

pytestmark = pytest.mark.browser

FOCUSED_JS = "() => document.activeElement && (document.activeElement.id || document.activeElement.tagName)"


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content(visit):
    page = visit.open("/about-us/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()
    page.keyboard.press("Enter")

    assert page.evaluate(FOCUSED_JS) == "maincontent"
    expect(page.locator("#maincontent h1")).to_have_text("About us")


def test_header_search_is_labelled_and_works_from_the_keyboard(visit):
    page = visit.open("/about-us/")
    search_box = page.get_by_role("searchbox", name="Search this website")

    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_JS) == "search-field":
            break
    expect(search_box).to_be_focused()
    page.keyboard.type("accessibility")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/search/\?q=accessibility$"))
    expect(page.locator("main").get_by_role("link", name="Accessibility statement")).to_be_visible()


def assert_expanded(expander, content, expanded: bool) -> None:
    assert expander.evaluate("details => details.open") is expanded
    if expanded:
        expect(content).to_be_visible()
    else:
        expect(content).to_be_hidden()


@pytest.mark.parametrize(("name", "path"), EXPANDER_PAGES, ids=[name for name, _ in EXPANDER_PAGES])
def test_expanders_open_and_close_from_the_keyboard(visit, name, path):
    page = visit.open(path)
    expanders = page.locator("main details")
    assert expanders.count(), f"No expanders on the {name} page ({path})"

    for index in range(expanders.count()):
        expander = expanders.nth(index)
        summary, content = expander.locator("summary"), expander.locator(".nhsuk-details__text")
        was_open = expander.evaluate("details => details.open")
        assert summary.evaluate("summary => summary.tabIndex") >= 0, "the expander is in the tab order"
        summary.focus()

        page.keyboard.press("Enter")
        assert_expanded(expander, content, not was_open)
        page.keyboard.press("Space")
        assert_expanded(expander, content, was_open)


def test_search_works_with_javascript_switched_off(visit_factory):
    visit = visit_factory(java_script_enabled=False)
    page = visit.open("/")
    expect(page.locator("body")).not_to_have_class(re.compile("js-enabled"))

    home_form = page.get_by_role("search", name="Search our questions, news and programmes")
    home_form.get_by_label("Search our questions, news and programmes").fill("cookies")
    home_form.get_by_role("button", name="Search").click()

    expect(page).to_have_url(re.compile(r"/search/\?q=cookies$"))
    expect(page.locator("main").get_by_role("link", name="Cookies", exact=True)).to_be_visible()

    page_form = page.locator("main form[role=search]")
    page_form.get_by_label("Search this website").fill("privacy")
    page_form.get_by_role("button", name="Search").click()

    expect(page).to_have_url(re.compile(r"/search/\?q=privacy$"))
    expect(page.locator("main").get_by_role("link", name="Privacy notice")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("for ‘privacy’")


def test_readers_get_no_cookies(visit):
    for _name, path in PAGES:
        visit.open(path, expected_status(path))

    cookies = [f"{c['name']} (domain {c['domain']}, path {c['path']})" for c in visit.context.cookies()]
    assert cookies == [], "Readers were given cookies"
