"""The site links a copy of NHS.UK frontend's CSS without its web fonts (see static/css/site.css)."""

import re
from pathlib import Path

import wagtailnhsukfrontend

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PACKAGE_CSS = (
    Path(wagtailnhsukfrontend.__file__).parent
    / "static/wagtailnhsukfrontend/css/nhsuk-frontend-10.4.2.min.css"
)
SITE_COPY = PROJECT_ROOT / "static/css/nhsuk-frontend-10.4.2-no-web-fonts.min.css"
FONT_FACE = re.compile(r"@font-face\{[^}]*\}")


def test_site_copy_is_nhsuk_frontend_css_less_its_font_faces():
    assert PACKAGE_CSS.exists(), "wagtail-nhsuk-frontend was upgraded: make a copy of its new CSS"
    expected = FONT_FACE.sub("", PACKAGE_CSS.read_text())

    assert "assets.nhs.uk" not in SITE_COPY.read_text()
    assert SITE_COPY.read_text() == expected, (
        "Regenerate it: sed -E 's/@font-face\\{[^}]*\\}//g' "
        f"{PACKAGE_CSS} > {SITE_COPY.relative_to(PROJECT_ROOT)}"
    )
