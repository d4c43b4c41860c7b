"""An answer's page history and the listings' "Updated" marker in a real browser: accessible,
reached from the keyboard, readable at 320 px and with JavaScript off."""

import pytest
from playwright.sync_api import expect

from .test_answer_feedback import assert_no_cookies, assert_sound

pytestmark = pytest.mark.browser

# A demo answer with two change notes (faq/demo/faq.yaml).
ENTRY = "/faq/how-much-money-does-the-partnership-spend-on-health-and-care/"
FOCUSED_TEXT_JS = "() => document.activeElement ? document.activeElement.textContent.trim() : ''"


def history_items(page) -> list[str]:
    return [" ".join(text.split()) for text in page.locator("#page-history li").all_inner_texts()]


def assert_history_shown(page) -> None:
    expect(page.get_by_role("heading", name="Page history", level=2)).to_be_visible()
    items = history_items(page)
    assert len(items) == 3, items
    assert items[0].endswith(": Figures updated for 2024/25.")
    assert items[1].endswith(": Figures updated for 2023/24.")
    assert items[2] == "2 April 2019: First published."
    expect(page.locator(".faq-facts")).to_contain_text("Last updated")


def test_the_history_is_sound_and_reached_from_last_updated_by_keyboard(visit):
    page = visit.open(ENTRY)
    assert_sound(page, "FAQ entry with its page history")
    assert_history_shown(page)

    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_TEXT_JS) == "see all updates":
            break
    else:
        pytest.fail("the link to the page history never got the focus")
    page.keyboard.press("Enter")

    assert page.url.endswith("#page-history")
    expect(page.get_by_role("heading", name="Page history")).to_be_in_viewport()
    assert_no_cookies(visit)


def test_the_history_and_the_listing_marker_at_320_pixels(visit_factory):
    visit = visit_factory(viewport={"width": 320, "height": 640})
    page = visit.open(ENTRY)
    assert_sound(page, "FAQ entry with its page history at 320 px")
    assert_history_shown(page)

    listing = visit.open("/faq/topic/funding-and-finance/")
    assert_sound(listing, "FAQ topic listing with Updated markers at 320 px")
    expect(listing.locator(".faq-summary__updated").first).to_contain_text("Figures updated for 2024/25.")


def test_the_history_works_with_javascript_off(visit_factory):
    # axe and the layout checks need scripts; they run on the same pages above.
    visit = visit_factory(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = visit.open(ENTRY)

    assert_history_shown(page)
    page.get_by_role("link", name="see all updates").click()
    assert page.url.endswith("#page-history")
    expect(page.get_by_role("heading", name="Page history")).to_be_in_viewport()
    assert_no_cookies(visit)
