"""The headers a security scanner (MDN Observatory) and an attacker's injected markup meet."""

from urllib.parse import urlsplit

import pytest

from blog.blocks import VideoBlock

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    parsed = {}
    for directive in header.split(";"):
        name, *values = directive.split()
        parsed[name] = values
    return parsed


def test_public_pages_allow_no_inline_or_evaluated_code(client, about_page):
    response = client.get("/about-us/")

    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"], "no nonce is sent when the page uses none"
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert set(policy["frame-src"]) == {"https://www.youtube-nocookie.com", "https://player.vimeo.com"}


def test_public_pages_carry_no_inline_script_a_policy_would_block(client, about_page):
    html = client.get("/about-us/").content.decode()

    # JSON-LD data blocks are never run, so the policy does not apply to them.
    inline_code = [
        chunk
        for chunk in html.split("<script")[1:]
        if "src=" not in chunk.split(">")[0] and "ld+json" not in chunk.split(">")[0]
    ]
    assert inline_code == []
    assert " style=" not in html


def test_permissions_and_resource_policies_on_pages_and_static_files(client, about_page):
    for path in ("/about-us/", "/static/js/site.js"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "camera=()" in response.headers["Permissions-Policy"]
        assert "geolocation=()" in response.headers["Permissions-Policy"]
        assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"


def test_admin_gets_its_own_policy_without_eval_and_unframeable_by_others(admin_client, home_page):
    response = admin_client.get("/admin/")

    policy = directives(response)
    assert response.status_code == 200
    assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["default-src"] == ["'self'"]


@pytest.mark.parametrize(
    "watch_url", ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://vimeo.com/76979871"]
)
def test_the_video_players_the_blog_embeds_may_be_framed(client, about_page, watch_url):
    video = VideoBlock().to_python({"url": watch_url, "title": "A video"})
    player = urlsplit(video.embed_url())

    assert f"{player.scheme}://{player.netloc}" in directives(client.get("/about-us/"))["frame-src"]
