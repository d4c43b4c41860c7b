"""Historic answers in a real browser: the notice on the answer and the listings' switch, each
accessible, usable from the keyboard alone, at 320 px and with JavaScript off."""

import pytest
from playwright.sync_api import expect

from .test_answer_feedback import assert_no_cookies, assert_sound

pytestmark = pytest.mark.browser

HISTORIC = "/faq/which-clinical-commissioning-group-plans-my-local-services/"
HISTORIC_QUESTION = "Which clinical commissioning group plans my local services?"
REPLACEMENT = "What changed when integrated care boards replaced clinical commissioning groups?"
FOCUSED_TEXT_JS = "() => document.activeElement ? document.activeElement.textContent.trim() : ''"


def tab_to_link(page, text: str, limit: int = 120) -> None:
    """Press Tab until the link reading ``text`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_TEXT_JS) == text:
            return
    pytest.fail(f"The link “{text}” never got the focus in {limit} presses of Tab", pytrace=False)


def notice(page):
    return page.locator("main .nhsuk-warning-callout")


def test_the_notice_leads_to_the_current_answer_from_the_keyboard(visit):
    page = visit.open(HISTORIC)
    assert_sound(page, "historic answer")

    expect(notice(page).get_by_role("heading", level=2)).to_have_text("Important: This is a historic answer")
    expect(notice(page)).to_contain_text("Clinical commissioning groups closed on 1 July 2022.")
    tab_to_link(page, REPLACEMENT)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text(REPLACEMENT)
    assert_no_cookies(visit)


def test_the_switch_shows_and_hides_historic_answers_from_the_keyboard(visit):
    page = visit.open("/faq/")
    assert_sound(page, "FAQ index")
    expect(page.get_by_role("link", name=HISTORIC_QUESTION)).to_have_count(0)

    tab_to_link(page, "Show historic answers")
    page.keyboard.press("Enter")

    expect(page).to_have_url(visit.base_url + "/faq/?historic=show")
    assert_sound(page, "FAQ index with historic answers")
    # Historic answers are old questions: the oldest first brings one to the first page.
    tab_to_link(page, "Show oldest asked first")
    page.keyboard.press("Enter")
    expect(page).to_have_url(visit.base_url + "/faq/?order=oldest&historic=show")
    item = page.locator("li.faq-list__item").filter(has=page.get_by_role("link", name=HISTORIC_QUESTION))
    expect(item.locator(".nhsuk-tag")).to_have_text("Historic")

    tab_to_link(page, "Hide historic answers")
    page.keyboard.press("Enter")
    expect(page).to_have_url(visit.base_url + "/faq/?order=oldest")
    expect(page.get_by_role("link", name=HISTORIC_QUESTION)).to_have_count(0)
    assert_no_cookies(visit)


def test_notice_and_switch_at_320_pixels(visit_factory):
    visit = visit_factory(viewport={"width": 320, "height": 640})

    assert_sound(visit.open(HISTORIC), "historic answer at 320 px")
    assert_sound(visit.open("/faq/?order=oldest&historic=show"), "FAQ index with historic answers at 320 px")


def test_notice_and_switch_work_with_javascript_off(visit_factory):
    # axe needs scripts: the same pages are checked with them on above.
    visit = visit_factory(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = visit.open("/faq/asked/2017/02/")

    page.get_by_role("link", name="Show historic answers").click()
    expect(page).to_have_url(visit.base_url + "/faq/asked/2017/02/?historic=show")
    page.get_by_role("link", name=HISTORIC_QUESTION).click()
    expect(notice(page)).to_contain_text("This is a historic answer")
    notice(page).get_by_role("link", name=REPLACEMENT).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(REPLACEMENT)
    assert_no_cookies(visit)
