"""Checks every page type must pass, in a real browser: WCAG 2.2 AA by axe-core,
heading order, no sideways scrolling at 320 px, nothing loaded from elsewhere."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .pages import PAGES, expected_status

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}

page_types = pytest.mark.parametrize(("name", "path"), PAGES, ids=[name for name, _ in PAGES])


def describe_violations(violations: list[dict], name: str, path: str) -> str:
    lines = [f"{len(violations)} WCAG rule(s) broken on the {name} page ({path}):"]
    for violation in violations:
        rule, impact, summary = violation["id"], violation["impact"], violation["help"]
        lines.append(f"- {rule} ({impact}): {summary} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            lines.append(f"    element {' '.join(map(str, node['target']))}")
            lines.append(f"      {node['html']}")
            for summary_line in node.get("failureSummary", "").splitlines():
                lines.append(f"      {summary_line}")
    return "\n".join(lines)


@page_types
def test_page_has_no_wcag_violations(visit, name, path):
    page = visit.open(path, expected_status(path))

    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]

    if violations:
        pytest.fail(describe_violations(violations, name, path), pytrace=False)


HEADINGS_JS = """() => Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    .map(h => [Number(h.tagName[1]), h.textContent.trim().replace(/\\s+/g, ' ')])"""


@page_types
def test_page_has_one_main_heading_and_skips_no_level(visit, name, path):
    outline = visit.open(path, expected_status(path)).evaluate(HEADINGS_JS)

    shown = "\n".join(f"{'  ' * (level - 1)}h{level} {text}" for level, text in outline)
    assert [level for level, _ in outline].count(1) == 1, f"{name} ({path}) needs exactly one h1:\n{shown}"
    previous = 1
    for level, text in outline:
        assert level <= previous + 1, f"'{text}' (h{level}) skips a level on {name} ({path}):\n{shown}"
        previous = level


OVERFLOW_JS = """() => {
    const root = document.documentElement;
    const tooWide = el => el.getBoundingClientRect().right > root.clientWidth + 1;
    const wider = Array.from(document.body.querySelectorAll('*'))
        .filter(el => tooWide(el) && !tooWide(el.parentElement))
        .slice(0, 5)
        .map(el => el.outerHTML.slice(0, 160));
    return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wider};
}"""


@page_types
def test_page_does_not_scroll_sideways_at_320_pixels(visit_factory, name, path):
    visit = visit_factory(viewport={"width": 320, "height": 640})

    layout = visit.open(path, expected_status(path)).evaluate(OVERFLOW_JS)

    width, window = layout["scrollWidth"], layout["clientWidth"]
    assert width <= window, (
        f"The {name} page ({path}) is {width} px wide in a {window} px window:\n" + "\n".join(layout["wider"])
    )


@page_types
def test_page_loads_nothing_from_other_websites(visit, name, path):
    page = visit.open(path, expected_status(path))
    page.evaluate("document.fonts.ready.then(() => true)")  # web fonts are the usual late request

    assert visit.requests, "No requests were recorded at all"
    assert visit.requests_elsewhere() == [], f"The {name} page ({path}) asks other websites for these"
