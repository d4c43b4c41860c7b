"""Checks every page type must pass, in a real browser: WCAG 2.2 AA by axe-core,
heading order, no sideways scrolling at 320 px, nothing loaded from elsewhere."""

import pytest

from .checks import describe_violations, heading_outline, heading_problem, sideways_overflow, wcag_violations
from .pages import PAGES, expected_status

pytestmark = pytest.mark.browser

page_types = pytest.mark.parametrize(("name", "path"), PAGES, ids=[name for name, _ in PAGES])


@page_types
def test_page_has_no_wcag_violations(visit, name, path):
    page = visit.open(path, expected_status(path))

    violations = wcag_violations(page)

    if violations:
        pytest.fail(describe_violations(violations, name, path), pytrace=False)


@page_types
def test_page_has_one_main_heading_and_skips_no_level(visit, name, path):
    outline = heading_outline(visit.open(path, expected_status(path)))

    problem = heading_problem(outline)
    assert not problem, f"{name} ({path}) {problem}"


@page_types
def test_page_does_not_scroll_sideways_at_320_pixels(visit_factory, name, path):
    visit = visit_factory(viewport={"width": 320, "height": 640})

    problem = sideways_overflow(visit.open(path, expected_status(path)))

    assert not problem, f"The {name} page ({path}) is {problem}"


@page_types
def test_page_loads_nothing_from_other_websites(visit, name, path):
    page = visit.open(path, expected_status(path))
    page.evaluate("document.fonts.ready.then(() => true)")  # web fonts are the usual late request

    assert visit.requests, "No requests were recorded at all"
    assert visit.requests_elsewhere() == [], f"The {name} page ({path}) asks other websites for these"
