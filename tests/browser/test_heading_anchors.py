"""A link to a section of an answer lands on its heading, at any width and without JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .test_every_page import AXE_OPTIONS, describe_violations

pytestmark = pytest.mark.browser

# A demo answer with a sub-question heading, "After hospital".
ANSWER = "/faq/how-is-stroke-care-being-improved/"
SECTION = f"{ANSWER}#after-hospital"

TARGET_JS = """() => {
    const target = document.querySelector(':target');
    if (!target) return null;
    const box = target.getBoundingClientRect();
    return {tag: target.tagName, text: target.textContent.trim(), top: box.top, bottom: box.bottom,
            window: window.innerHeight};
}"""


@pytest.mark.parametrize(
    ("width", "javascript"), [(1280, True), (320, True), (320, False)], ids=["desktop", "320px", "no-js"]
)
def test_a_link_to_a_section_shows_its_heading(visit_factory, width, javascript):
    visit = visit_factory(viewport={"width": width, "height": 640}, java_script_enabled=javascript)

    target = visit.open(SECTION).evaluate(TARGET_JS)

    assert target is not None, f"Nothing on {ANSWER} has the id after-hospital"
    assert (target["tag"], target["text"]) == ("H2", "After hospital")
    assert target["top"] >= 0 and target["bottom"] <= target["window"], f"The heading is off screen: {target}"


def test_an_answer_with_section_anchors_has_no_wcag_violations(visit):
    page = visit.open(ANSWER)

    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]

    if violations:
        pytest.fail(describe_violations(violations, "FAQ entry with sections", ANSWER), pytrace=False)
