"""The Content-Security-Policy in a real browser: every page type runs with no violation,
and NHS.UK frontend's script still runs under it."""

import pytest
from playwright.sync_api import expect

from .pages import PAGES, expected_status

pytestmark = pytest.mark.browser

RECORD_VIOLATIONS_JS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", event => {
    window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
});
"""


@pytest.mark.parametrize(("name", "path"), PAGES, ids=[name for name, _ in PAGES])
def test_page_breaks_none_of_its_content_security_policy(visit, name, path):
    visit.context.add_init_script(RECORD_VIOLATIONS_JS)
    console = []
    visit.page.on("console", lambda message: console.append(message.text))

    page = visit.open(path, expected_status(path))
    page.wait_for_load_state("load")

    assert page.evaluate("window.cspViolations") == [], f"{name} ({path})"
    assert [line for line in console if "Content Security Policy" in line] == [], f"{name} ({path})"
    assert [line for line in console if "Permissions-Policy" in line] == [], f"{name} ({path})"


def test_nhsuk_frontend_script_runs_under_the_policy(visit):
    page = visit.open("/about-us/")

    expect(page.locator("body")).to_have_class("js-enabled nhsuk-frontend-supported")
    # initAll() marks each component it has set up.
    expect(page.locator("[data-nhsuk-skip-link-init]")).to_have_count(1)
