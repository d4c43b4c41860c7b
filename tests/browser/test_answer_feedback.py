"""'Was this answer useful?' in a real browser: every page of it accessible, usable from the
keyboard alone, at 320 px, with JavaScript off, and leaving the reader no cookie."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .test_every_page import AXE_OPTIONS, HEADINGS_JS, OVERFLOW_JS, describe_violations

pytestmark = pytest.mark.browser

ENTRY = "/faq/what-is-an-integrated-care-system/"
COMMENT = "Which hospitals? 🏥 أين المستشفى؟"
FOCUSED_ID_JS = "() => document.activeElement && document.activeElement.id"


def assert_sound(page, name: str) -> None:
    """The page the browser is on passes what every page must (tests/browser/test_every_page.py):
    no WCAG violation, one h1 and no heading level skipped, nothing wider than the window."""
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    if violations:
        pytest.fail(describe_violations(violations, name, page.url), pytrace=False)
    levels = [level for level, _text in page.evaluate(HEADINGS_JS)]
    assert levels.count(1) == 1, f"{name}: {levels}"
    assert all(later <= earlier + 1 for earlier, later in zip([1, *levels], levels, strict=False)), name
    layout = page.evaluate(OVERFLOW_JS)
    assert layout["scrollWidth"] <= layout["clientWidth"], f"{name} is too wide: {layout['wider']}"


def tab_to(page, element_id: str, limit: int = 80) -> None:
    """Press Tab until the element with ``element_id`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_ID_JS) == element_id:
            return
    pytest.fail(f"#{element_id} never got the focus in {limit} presses of Tab", pytrace=False)


def assert_no_cookies(visit) -> None:
    assert visit.context.cookies() == [], "the reader was given cookies"


def test_no_then_a_comment_from_the_keyboard_alone(visit):
    page = visit.open(ENTRY)

    tab_to(page, "feedback-no")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your feedback")
    tab_to(page, "comment")
    page.keyboard.type(COMMENT)
    # With JavaScript on, NHS.UK frontend counts down what is left.
    expect(page.locator(".nhsuk-character-count__status")).to_contain_text("characters remaining")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Send comment")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your feedback")
    expect(
        page.get_by_role("link", name="Back to the answer: What is an integrated care system?")
    ).to_be_visible()
    assert_no_cookies(visit)


def test_yes_with_the_space_bar_is_thanked_on_a_sound_page(visit):
    page = visit.open(ENTRY)
    assert_sound(page, "FAQ entry with the feedback form")

    tab_to(page, "feedback-yes")
    page.keyboard.press("Space")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your feedback")
    assert_sound(page, "feedback thanks")
    assert_no_cookies(visit)


def send_a_comment_too_long_then_shorter(page, check=lambda page, name: None) -> None:
    """From an answer: No, a comment over the limit (refused, kept), then a shorter one;
    ``check`` runs on each page on the way."""
    # Browsers hear "No , this answer was not useful": the hidden words are set apart.
    page.get_by_role("button", name="this answer was not useful").click()
    box = page.get_by_label("What was missing or unclear? (optional)")
    expect(box).to_be_visible()
    expect(page.get_by_text("Do not include personal information")).to_be_visible()
    check(page, "feedback comment")

    too_long = COMMENT + " " + "x" * 500
    box.fill(too_long)
    page.get_by_role("button", name="Send comment").click()

    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_contain_text("Your comment must be 500 characters or fewer.")
    expect(box).to_have_value(too_long)
    assert page.title().startswith("Error: ")
    check(page, "feedback comment with an error")
    summary.get_by_role("link").click()
    expect(box).to_be_focused()

    box.fill(COMMENT)
    page.get_by_role("button", name="Send comment").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your feedback")
    check(page, "feedback thanks")


def test_every_step_at_320_pixels(visit_factory):
    visit = visit_factory(viewport={"width": 320, "height": 640})
    page = visit.open(ENTRY)
    assert_sound(page, "FAQ entry at 320 px")

    send_a_comment_too_long_then_shorter(page, check=assert_sound)

    assert_no_cookies(visit)


def test_every_step_works_with_javascript_off(visit_factory):
    # Playwright cannot run axe or measure the layout in a page with scripts off: the
    # checks run on the same pages above, with scripts on.
    visit = visit_factory(java_script_enabled=False, viewport={"width": 320, "height": 640})

    send_a_comment_too_long_then_shorter(visit.open(ENTRY))

    assert_no_cookies(visit)
