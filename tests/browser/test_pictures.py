"""Pictures keep their shape at every width: a post's lead image and author photo, images in an
answer and a programme lead's photo, at desktop and at 320 px, as Chromium lays them out."""

import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from . import picture_pages
from .conftest import run_manage
from .test_every_page import AXE_OPTIONS, OVERFLOW_JS, describe_violations
from .test_security import RECORD_VIOLATIONS_JS

pytestmark = pytest.mark.browser


def shape(size: tuple[int, int]) -> float:
    width, height = size
    return width / height


SQUARE = 1.0
# The shape of each picture in the page's <main>, in order: the file's own, or square for photos
# of people (cut square around the focal point).
PICTURES = {
    "post": [SQUARE, shape(picture_pages.LEAD_IMAGE)],
    "answer": [shape(picture_pages.WARD_PHOTO), shape(picture_pages.POSTER)],
    "programme": [shape(picture_pages.MAP), SQUARE],
}
WIDTHS = [1280, 320]

ALL_LOADED_JS = "() => Array.from(document.querySelectorAll('main img')).every(img => img.naturalWidth)"
# The box the picture itself fills (without NHS.UK frontend's border), and the file's own size.
MEASURE_JS = """() => Array.from(document.querySelectorAll('main img')).map(img => {
    const style = getComputedStyle(img);
    const px = (...names) => names.reduce((sum, name) => sum + parseFloat(style[name]), 0);
    const box = img.getBoundingClientRect();
    return {
        src: img.currentSrc,
        width: box.width - px('borderLeftWidth', 'borderRightWidth', 'paddingLeft', 'paddingRight'),
        height: box.height - px('borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'),
        naturalWidth: img.naturalWidth,
        naturalHeight: img.naturalHeight,
    };
})"""


@pytest.fixture(scope="module")
def picture_paths(live_site, live_site_env, tmp_path_factory) -> dict[str, str]:
    """The pages with pictures, made with the test factories on the live site's database."""
    output = tmp_path_factory.mktemp("picture-pages") / "paths.json"
    script = f"from tests.browser.picture_pages import build; build({str(output)!r})"
    run_manage(["shell", "-c", script], live_site_env)
    return json.loads(output.read_text())


def open_with_every_picture_loaded(visit, path: str):
    page = visit.open(path)
    pictures = page.locator("main img")
    for index in range(pictures.count()):
        pictures.nth(index).scroll_into_view_if_needed()  # block images load lazily
    page.wait_for_function(ALL_LOADED_JS)
    return page


@pytest.mark.parametrize("width", WIDTHS, ids=[f"{width}px" for width in WIDTHS])
@pytest.mark.parametrize("name", PICTURES)
def test_every_picture_keeps_its_shape(visit_factory, picture_paths, name, width):
    visit = visit_factory(viewport={"width": width, "height": 800})
    page = open_with_every_picture_loaded(visit, picture_paths[name])

    pictures = page.evaluate(MEASURE_JS)

    assert len(pictures) == len(PICTURES[name]), pictures
    for picture, file_shape in zip(pictures, PICTURES[name], strict=True):
        where = f"{picture['src']} on the {name} page at {width} px: {picture}"
        natural = picture["naturalWidth"] / picture["naturalHeight"]
        assert picture["width"] / picture["height"] == pytest.approx(natural, rel=0.01), where
        assert natural == pytest.approx(file_shape, rel=0.01), where
        assert picture["src"].endswith(".avif"), f"Chromium takes the AVIF source: {where}"
    layout = page.evaluate(OVERFLOW_JS)
    assert layout["scrollWidth"] <= layout["clientWidth"], "\n".join(layout["wider"])


@pytest.mark.parametrize("name", PICTURES)
def test_pages_with_pictures_stay_accessible_and_within_their_policy(visit, picture_paths, name):
    visit.context.add_init_script(RECORD_VIOLATIONS_JS)
    page = open_with_every_picture_loaded(visit, picture_paths[name])

    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]

    assert not violations, describe_violations(violations, name, picture_paths[name])
    assert page.evaluate("window.cspViolations") == []
