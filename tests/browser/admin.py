"""Using the admin of the live site in the browser: signing in, and the checks every admin
page the project adds must pass (axe, no Content-Security-Policy violation, 320 px)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .test_every_page import AXE_OPTIONS, OVERFLOW_JS, describe_violations


def sign_in(page, username, password):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("#id_password").press("Enter")
    page.wait_for_load_state("load")


# Wagtail fades its messages in: checked mid-fade, their colours fail contrast.
ANIMATIONS_FINISHED_JS = """() => document.getAnimations().every(
    animation => animation.playState !== "running"
        || animation.effect.getComputedTiming().endTime === Infinity
)"""


def assert_accessible(page, name):
    page.wait_for_function(ANIMATIONS_FINISHED_JS)
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    if violations:
        pytest.fail(describe_violations(violations, name, page.url), pytrace=False)
    assert page.evaluate("window.cspViolations") == [], name


def assert_fits_320_pixels(visit_factory, context_of, path, name):
    narrow = visit_factory(viewport={"width": 320, "height": 640}, storage_state=context_of.storage_state())
    layout = narrow.open(path).evaluate(OVERFLOW_JS)
    assert layout["scrollWidth"] <= layout["clientWidth"], f"{name} is too wide:\n" + "\n".join(
        layout["wider"]
    )
