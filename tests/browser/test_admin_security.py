"""The sign-in security pages in a real browser: two-factor set-up, code entry and
recovery codes, and the "too many attempts" page. Each passes axe, fits 320 px, breaks
no Content-Security-Policy, and works from the keyboard and with JavaScript off."""

import re
from base64 import b32decode

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

from .admin import assert_accessible, assert_fits_320_pixels, sign_in
from .conftest import run_manage
from .test_every_page import OVERFLOW_JS
from .test_security import RECORD_VIOLATIONS_JS

pytestmark = pytest.mark.browser


def code_from_secret(secret: str) -> str:
    return f"{totp(b32decode(secret.replace(' ', ''))):06d}"


def set_up_app(page) -> list[str]:
    """Scan (read) the key, type the app's code from the keyboard, and return the recovery codes."""
    secret = page.locator(".two-factor-secret").inner_text()
    page.keyboard.press("Tab")
    for _ in range(30):
        if page.evaluate("document.activeElement.id") == "id_code":
            break
        page.keyboard.press("Tab")
    expect(page.get_by_label("Sign-in code")).to_be_focused()
    page.keyboard.type(code_from_secret(secret))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Save your recovery codes")
    return page.locator(".two-factor-codes code").all_inner_texts()


def test_setting_up_two_factor_sign_in(visit, visit_factory, account):
    visit.context.add_init_script(RECORD_VIOLATIONS_JS)
    page = visit.page
    sign_in(page, *account)

    page.goto("/admin/two-factor/setup/")
    expect(page.get_by_role("img", name="QR code to scan with your authenticator app")).to_be_visible()
    assert_accessible(page, "two-factor set-up")
    assert_fits_320_pixels(visit_factory, visit.context, "/admin/two-factor/setup/", "two-factor set-up")

    codes = set_up_app(page)

    assert len(codes) == 10
    assert_accessible(page, "recovery codes")
    page.get_by_role("link", name="Continue to the admin").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_entering_a_code(visit, visit_factory, account):
    set_up = visit_factory()
    sign_in(set_up.page, *account)
    set_up.page.goto("/admin/two-factor/setup/")
    set_up_app(set_up.page)
    visit.context.add_init_script(RECORD_VIOLATIONS_JS)

    sign_in(visit.page, *account)
    page = visit.open("/admin/two-factor/verify/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Enter your sign-in code")
    assert_accessible(page, "two-factor code entry")
    assert_fits_320_pixels(visit_factory, visit.context, "/admin/two-factor/verify/", "two-factor code entry")
    page.get_by_label("Sign-in code").fill("000000")
    page.get_by_label("Sign-in code").press("Enter")
    expect(page.get_by_text("That code is not right")).to_be_visible()
    assert_accessible(page, "two-factor code entry with an error")


def test_two_factor_sign_in_works_with_javascript_off(visit_factory, account):
    visit = visit_factory(java_script_enabled=False)
    page = visit.page
    sign_in(page, *account)
    page.goto("/admin/two-factor/setup/")
    secret = page.locator(".two-factor-secret").inner_text()
    page.get_by_label("Sign-in code").fill(code_from_secret(secret))
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    recovery_code = page.locator(".two-factor-codes code").first.inner_text()

    again = visit_factory(java_script_enabled=False).page
    sign_in(again, *account)
    again.goto("/admin/two-factor/verify/?next=/admin/pages/")
    again.get_by_label("Sign-in code").fill(recovery_code)
    again.get_by_role("button", name="Continue").click()

    expect(again).to_have_url(re.compile(r"/admin/pages/$"))


def test_too_many_attempts_page(visit, visit_factory, live_site_env):
    """Locks the browser's address out, so it clears every lockout when done."""
    visit.context.add_init_script(RECORD_VIOLATIONS_JS)
    page = visit.page
    try:
        for _ in range(5):
            sign_in(page, "nobody-at-all", "not the password")

        expect(page.get_by_role("heading", level=1)).to_have_text("Too many attempts")
        assert_accessible(page, "too many attempts")
        narrow = visit_factory(viewport={"width": 320, "height": 640}).page
        sign_in(narrow, "nobody-at-all", "not the password")  # the address is locked now
        expect(narrow.get_by_role("heading", level=1)).to_have_text("Too many attempts")
        layout = narrow.evaluate(OVERFLOW_JS)
        assert layout["scrollWidth"] <= layout["clientWidth"], "\n".join(layout["wider"])
    finally:
        run_manage(["axes_reset"], live_site_env)


def test_the_admin_and_the_editors_view_of_the_site_keep_their_policies(visit, account):
    visit.context.add_init_script(RECORD_VIOLATIONS_JS)
    page = visit.page
    sign_in(page, *account)
    page.goto("/admin/two-factor/setup/")
    set_up_app(page)

    for path in ("/admin/", "/admin/pages/", "/admin/images/", "/about-us/"):
        visit.open(path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.cspViolations") == [], path
    page.goto("/admin/pages/")
    editor_address = page.locator("a[href*='/edit/']").first.get_attribute("href")
    visit.open(editor_address)  # the page editor: rich text, choosers, the preview panel
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.cspViolations") == [], page.url
