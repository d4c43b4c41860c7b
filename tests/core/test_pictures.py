"""Pictures on the public pages: responsive sources in modern formats, an <img> that keeps the
original's shape and size attributes, and the alternative text the editor gave.

tests/browser/test_pictures.py checks the same pages' pictures as a browser lays them out."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from tests.factories import ImageFactory, PersonFactory
from tests.html import served_html


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Wagtail caches renditions by image id, which the next test's image reuses.
    cache.clear()


def image(width=800, height=450, image_format="PNG"):
    """An upload of the given size; 800×450 is the lead image readers saw stretched."""
    extension = "jpg" if image_format == "JPEG" else image_format.lower()
    return ImageFactory(
        file__width=width, file__height=height, file__format=image_format, file__filename=f"photo.{extension}"
    )


def pictures(html: str) -> list:
    return BeautifulSoup(html, "html.parser").select("main picture")


def widths(srcset: str) -> list[int]:
    return [int(width) for width in re.findall(r" (\d+)w", srcset)]


def urls(srcset: str) -> list[str]:
    return [candidate.split()[0] for candidate in srcset.split(",")]


def assert_responsive(picture, *, offered: list[int], fallback: str, sizes: str | None = None):
    """AVIF and WebP sources, then an <img> in ``fallback``, each offering the ``offered`` widths."""
    sources = picture.find_all("source")
    img = picture.find("img")
    assert [source["type"] for source in sources] == ["image/avif", "image/webp"]
    for source, extension in zip(sources, [".avif", ".webp"], strict=True):
        assert widths(source["srcset"]) == offered
        assert all(url.endswith(extension) for url in urls(source["srcset"]))
        assert source["sizes"] == img["sizes"]
    assert widths(img["srcset"]) == offered
    assert all(url.endswith(fallback) for url in urls(img["srcset"]))
    assert img["src"] == urls(img["srcset"])[0]
    if sizes:
        assert img["sizes"] == sizes
    return img


def assert_shape(img, width: int, height: int):
    """The <img>'s size attributes: the shape of the original, so nothing shifts as it loads."""
    assert int(img["width"]) / int(img["height"]) == pytest.approx(width / height, rel=0.01)


def test_a_lead_image_offers_every_width_it_can_fill_in_avif_webp_and_its_own_format(client, make_post):
    post = make_post(lead_image=image(800, 450), lead_image_alt="The ward's ribbon being cut")

    [lead] = pictures(served_html(client, post.url))

    img = assert_responsive(
        lead,
        offered=[440, 800],  # never enlarged: the original's own 800, not 880 or 1320
        fallback=".png",
        sizes="(min-width: 1024px) 420px, (min-width: 769px) 41vw, calc(100vw - 32px)",
    )
    assert_shape(img, 800, 450)
    assert img["alt"] == "The ward's ribbon being cut"
    assert img["class"] == ["nhsuk-image__img"]
    assert img["loading"] == "eager"  # at the top of the page: fetched at once
    assert lead.parent.name == "figure" and "nhsuk-image" in lead.parent["class"]


def test_a_wide_photo_offers_three_widths_and_falls_back_to_jpeg(client, make_post):
    post = make_post(lead_image=image(2000, 1500, "JPEG"), lead_image_alt="A hospital")

    [lead] = pictures(served_html(client, post.url))

    img = assert_responsive(lead, offered=[440, 880, 1320], fallback=".jpg")
    assert_shape(img, 2000, 1500)


def test_a_small_image_is_offered_at_its_own_size_only(client, make_post):
    post = make_post(lead_image=image(300, 200), lead_image_alt="A logo")

    [lead] = pictures(served_html(client, post.url))
    img = lead.find("img")

    assert [source["type"] for source in lead("source")] == ["image/avif", "image/webp"]
    assert [source["srcset"][-5:] for source in lead("source")] == [".avif", ".webp"]
    assert (img["width"], img["height"]) == ("300", "200")
    # One candidate: no width list, so no sizes either (HTML allows sizes only beside one).
    assert not img.has_attr("srcset") and not img.has_attr("sizes")
    assert not any(source.has_attr("sizes") for source in lead("source"))


def test_an_image_block_in_an_answer_keeps_its_alt_text_caption_and_loads_lazily(client, make_entry):
    entry = make_entry(
        "Where is the new stroke unit?",
        answer=[
            ("image", {"image": image(), "alt_text": "A map of the unit", "caption": "The new unit"}),
            ("image", {"image": image(), "alt_text": "", "caption": ""}),
        ],
    )

    html = served_html(client, entry.url)
    described, decorative = pictures(html)

    img = assert_responsive(described, offered=[440, 800], fallback=".png")
    assert_shape(img, 800, 450)
    assert img["alt"] == "A map of the unit"
    assert img["loading"] == "lazy"
    assert described.parent.find("figcaption").get_text(strip=True) == "The new unit"
    # Left blank by the editor: decorative, so empty alternative text, not the image's title.
    assert decorative.find("img")["alt"] == ""
    assert decorative.parent.find("figcaption") is None


def test_an_image_block_whose_image_was_deleted_shows_nothing(client, make_entry):
    gone = image()
    entry = make_entry("A question?", answer=[("image", {"image": gone, "alt_text": "Gone", "caption": ""})])
    gone.delete()

    html = served_html(client, entry.url)

    assert pictures(html) == []
    assert "nhsuk-image" not in html


def test_a_programme_shows_its_body_images_and_its_leads_photos_square(client, make_programme, stroke):
    lead = PersonFactory(name="Daniel Whitaker", photo=image(1000, 1400, "JPEG"))
    programme = make_programme(
        "Stroke",
        stroke,
        leads=[(lead, "Programme Director")],
        body=[("image", {"image": image(), "alt_text": "A stroke unit", "caption": ""})],
    )

    block, card = pictures(served_html(client, programme.url))

    assert block.find("img")["alt"] == "A stroke unit"
    assert_responsive(block, offered=[440, 800], fallback=".png")
    img = assert_responsive(card, offered=[300, 600, 900], fallback=".jpg")
    assert_shape(img, 1, 1)
    assert img["class"] == ["nhsuk-card__img"]
    assert img["alt"] == ""  # the name is beside it


def test_a_post_authors_photo_is_offered_for_one_two_and_three_times_density(client, make_post):
    author = PersonFactory(name="Amira Hussain", photo=image(300, 300))
    post = make_post(author=author)

    [photo] = pictures(served_html(client, post.url))

    img = assert_responsive(photo, offered=[72, 144, 216], fallback=".png", sizes="72px")
    assert (img["width"], img["height"]) == ("72", "72")
    assert img["class"] == ["blog-author__photo"]
    assert img["alt"] == ""


def test_the_image_shared_on_social_media_stays_one_rendition(client, make_post):
    post = make_post(lead_image=image(), lead_image_alt="The ward")

    soup = BeautifulSoup(served_html(client, post.url), "html.parser")
    [og_image] = [tag["content"] for tag in soup.find_all("meta", property="og:image")]

    assert re.fullmatch(r"http://testserver/media/images/photo\.[^ ,]+\.png", og_image)


@pytest.mark.parametrize(
    ("image_format", "content_types"),
    [
        ("PNG", ["image/avif", "image/webp", "image/png"]),
        ("JPEG", ["image/avif", "image/webp", "image/jpeg"]),
    ],
)
def test_every_source_is_served_with_its_content_type(client, make_post, image_format, content_types):
    post = make_post(lead_image=image(image_format=image_format), lead_image_alt="The ward")
    [lead] = pictures(served_html(client, post.url))
    srcsets = [source["srcset"] for source in lead("source")] + [lead.find("img")["srcset"]]

    for srcset, content_type in zip(srcsets, content_types, strict=True):
        for url in urls(srcset):
            response = client.get(url)
            assert response.status_code == 200, url
            assert response["Content-Type"] == content_type
            assert response["X-Content-Type-Options"] == "nosniff"


def test_an_image_whose_file_is_missing_leaves_the_page_readable(client, make_post):
    lost = image()
    lost.file.storage.delete(lost.file.name)  # a restore from backup without the media folder
    post = make_post(text="The ward opened today.", lead_image=lost, lead_image_alt="The ward")

    html = served_html(client, post.url)

    assert "The ward opened today." in html
    assert BeautifulSoup(html, "html.parser").find("img", alt="The ward") is not None
