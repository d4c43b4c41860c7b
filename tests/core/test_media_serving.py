"""Uploaded images on a site that keeps media on its own disk: an image an editor uploads
appears on the public page, with DEBUG off as in production, and nothing else under
MEDIA_ROOT can be fetched."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from blog.models import PostPage
from wyhp_site.core.uploads.serving import serves_local_media


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Wagtail caches renditions by image id, which the next test's image reuses.
    cache.clear()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("webmaster", "webmaster@example.org", "x")


@pytest.fixture
def uploaded_image(client, superuser):
    """A photo uploaded through the admin's own upload form, as an editor would."""
    client.force_login(superuser)
    png = get_test_image_file(size=(1200, 800)).file.getvalue()
    upload = SimpleUploadedFile("ward-opening.png", png, content_type="image/png")
    response = client.post("/admin/images/add/", {"title": "Ward opening", "file": upload})
    assert response.status_code == 302, response.context["form"].errors
    client.logout()
    return Image.objects.get(title="Ward opening")


def test_production_settings_keep_debug_off_and_serve_local_media():
    assert settings.DEBUG is False
    assert serves_local_media()


def test_an_uploaded_image_appears_on_the_public_page_and_can_be_fetched(client, uploaded_image, news_index):
    post = PostPage(
        title="New stroke ward opens",
        slug="new-stroke-ward",
        date="2026-11-20",
        kind="news",
        intro="A new ward.",
        body=[("paragraph", "<p>Opened today.</p>")],
        lead_image=uploaded_image,
        lead_image_alt="The ward's ribbon being cut",
    )
    news_index.add_child(instance=post)
    post.save_revision().publish()

    page = client.get("/news/new-stroke-ward/").content.decode()
    src = BeautifulSoup(page, "html.parser").find("img", alt="The ward's ribbon being cut")["src"]
    response = client.get(src)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert "Last-Modified" in response


def test_an_unchanged_rendition_is_not_sent_again(client, uploaded_image):
    url = uploaded_image.get_rendition("width-400").url
    last_modified = client.get(url)["Last-Modified"]

    response = client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified)

    assert response.status_code == 304


def test_the_original_upload_is_served_with_a_shorter_cache_life(client, uploaded_image):
    response = client.get(uploaded_image.file.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == "public, max-age=86400"


def test_media_cannot_be_changed_through_the_media_url(client, uploaded_image):
    assert client.post(uploaded_image.file.url).status_code == 405


@pytest.fixture
def file_beside_media(settings, uploaded_image):
    """An image just outside MEDIA_ROOT, as the project's own files would be, beside an
    image folder that exists (the operating system resolves ``..`` only through those)."""
    (settings.MEDIA_ROOT / "images").mkdir(parents=True, exist_ok=True)
    outside = settings.MEDIA_ROOT.parent / "outside.png"
    outside.write_bytes(get_test_image_file().file.getvalue())
    return outside


@pytest.mark.parametrize(
    "path",
    [
        "/media/images/",  # a folder: no listings
        "/media/original_images/",
        "/media/",
        "/media/images/../../outside.png",
        "/media/images/%2e%2e/%2e%2e/outside.png",
        "/media/images/..%2f..%2foutside.png",
        "/media/images/%2e%2e%2f%2e%2e%2foutside.png",
        "/media/images/..%5c..%5coutside.png",
        "/media/images/missing.png",
        "/media/images/./x.png",
    ],
)
def test_nothing_outside_the_uploaded_images_can_be_fetched(client, file_beside_media, path):
    assert client.get(path).status_code == 404


def test_an_absolute_path_is_not_followed(client, file_beside_media):
    assert client.get(f"/media/{file_beside_media}").status_code == 404
    assert client.get(f"/media/images/{file_beside_media}").status_code == 404


def test_a_file_in_an_image_folder_that_is_not_an_image_type_is_not_served(client, uploaded_image):
    page = settings.MEDIA_ROOT / "original_images" / "page.html"
    page.write_text("<script>alert(1)</script>")

    assert client.get("/media/original_images/page.html").status_code == 404


def test_documents_are_never_served_from_media_so_their_privacy_holds(client, superuser):
    client.force_login(superuser)
    client.post(
        "/admin/documents/add/",
        {"title": "Board papers", "file": SimpleUploadedFile("board.pdf", b"%PDF-1.7\n%%EOF\n")},
    )
    client.logout()
    stored = next((settings.MEDIA_ROOT / "documents").iterdir())

    assert client.get(f"/media/documents/{stored.name}").status_code == 404


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("photo.png", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
        ("photo.jpg", get_test_image_file().file.getvalue()),  # a PNG under a JPEG's name
    ],
)
def test_images_are_checked_by_content_and_svg_is_refused(client, superuser, settings, filename, content):
    client.force_login(superuser)

    response = client.post(
        "/admin/images/add/", {"title": "Logo", "file": SimpleUploadedFile(filename, content)}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert response.context["form"]["title"].value() == "Logo"
    assert not Image.objects.exists()
    assert not (settings.MEDIA_ROOT / "original_images").exists()
