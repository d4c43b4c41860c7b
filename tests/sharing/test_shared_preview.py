"""A preview link opens one page's latest draft for someone without an account, and nothing else."""

import datetime
import logging

import pytest
from django.utils import timezone

from wyhp_site.core.log_filters import AccessLogWithoutPreviewTokens, HidePreviewTokens

BANNER = "Draft preview — not published"


def url(token):
    return f"/share/{token}/"


def test_the_link_shows_the_latest_draft_even_one_saved_after_it_was_made(client, weekly_draft, share):
    link, token = share(weekly_draft)
    draft = weekly_draft.get_latest_revision_as_object()
    draft.title = "Weekly update: 4 December (second draft)"
    draft.save_revision()

    response = client.get(url(token))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Weekly update: 4 December (second draft)" in html
    assert BANNER in html


def test_the_public_address_still_answers_404_before_publication(client, weekly_draft, share):
    share(weekly_draft)

    assert client.get(weekly_draft.url).status_code == 404


def test_a_published_page_shows_its_unpublished_changes(client, make_entry, share):
    entry = make_entry("How do I book a flu jab?")
    draft = entry.get_latest_revision_as_object()
    draft.title = "How do I book a flu or covid jab?"
    draft.save_revision()
    _link, token = share(entry)

    assert "flu or covid jab" in client.get(url(token)).content.decode()
    assert "flu or covid jab" not in client.get(entry.url).content.decode()


def test_the_answer_is_not_kept_not_indexed_and_sets_no_cookie(client, weekly_draft, share):
    _link, token = share(weekly_draft)

    response = client.get(url(token))

    assert {part.strip() for part in response["Cache-Control"].split(",")} == {"no-store", "private"}
    assert "noindex" in response["X-Robots-Tag"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert '<meta name="robots" content="noindex' in response.content.decode()
    assert not response.cookies
    assert "Surrogate-Key" not in response


def test_the_answer_bypasses_the_page_cache(client, settings, weekly_draft, share):
    settings.PAGE_CACHE_SECONDS = 600
    _link, token = share(weekly_draft)
    client.get(url(token))
    draft = weekly_draft.get_latest_revision_as_object()
    draft.title = "Weekly update: changed since"
    draft.save_revision()

    response = client.get(url(token))

    assert "Weekly update: changed since" in response.content.decode()
    assert "X-Page-Cache" not in response


def test_an_expired_link_is_gone(client, weekly_draft, share):
    link, token = share(weekly_draft)
    link.expires_at = timezone.now() - datetime.timedelta(minutes=1)
    link.save()

    response = client.get(url(token))

    assert response.status_code == 410
    assert "This preview link no longer works" in response.content.decode()
    assert "First draft words" not in response.content.decode()
    assert response["Cache-Control"] == "no-store, private"


def test_a_withdrawn_link_is_gone(client, weekly_draft, share, comms_user):
    link, token = share(weekly_draft)
    link.revoke(comms_user)

    response = client.get(url(token))

    assert response.status_code == 410
    assert "withdrawn" in response.content.decode()


def test_an_unknown_token_is_not_found(client, weekly_draft, share):
    share(weekly_draft)

    assert client.get(url("A" * 43)).status_code == 404


def test_a_deleted_page_takes_its_links_with_it(client, weekly_draft, share):
    _link, token = share(weekly_draft)
    weekly_draft.delete()

    assert client.get(url(token)).status_code == 404


def test_a_link_shows_only_its_own_page(client, weekly_draft, make_post, share):
    other = make_post("Secret restructure news", text="Not for anyone yet.", publish=False)
    _link, token = share(weekly_draft)

    html = client.get(url(token)).content.decode()

    assert "Secret restructure news" not in html
    assert "Not for anyone yet" not in html
    assert token not in html  # no link, canonical address or form hands the token on
    assert other.title not in client.get(url(token) + "secret-restructure-news/").content.decode()


@pytest.mark.parametrize(
    "token",
    ["x" * 5000, "d%C3%A9j%C3%A0-vu-" + "a" * 40, "%E2%80%AE" * 20, "..%2F..%2Fadmin", "a%00b" * 10],
)
def test_hostile_tokens_are_refused_plainly(client, home_page, token):
    response = client.get(f"/share/{token}/")

    assert response.status_code in (400, 404)


def test_guessing_is_refused_after_the_limit(client, settings, weekly_draft, share):
    settings.PREVIEW_LINK_MISS_LIMIT = 3
    _link, token = share(weekly_draft)
    for guess in range(3):
        assert client.get(url(f"guess{guess:040d}")).status_code == 404

    refused = client.get(url("guess" + "9" * 40))
    assert refused.status_code == 429
    assert "Too many preview links that do not exist" in refused.content.decode()
    assert refused["Retry-After"]
    # Even the right token, from an address that has been guessing.
    assert client.get(url(token)).status_code == 429
    # Another address is not held back.
    assert client.get(url(token), REMOTE_ADDR="192.0.2.7").status_code == 200


def test_the_token_never_reaches_the_logs(caplog, client):
    token = "T" * 43
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", (url(token),), None
    )

    HidePreviewTokens().filter(record)

    assert token not in record.getMessage()
    assert "/share/…/" in record.getMessage()


def test_the_access_log_leaves_out_the_token():
    token = "T" * 43

    class Config:
        access_log_format = ""
        errorlog = "-"
        loglevel = "info"
        capture_output = False
        syslog = False
        logconfig = logconfig_dict = logconfig_json = None
        accesslog = None
        user = group = 0
        umask = 0
        disable_redirect_access_to_syslog = False

    logger = AccessLogWithoutPreviewTokens.__new__(AccessLogWithoutPreviewTokens)
    logger.cfg = Config()
    response = type("Response", (), {"status": "200 OK", "headers": [], "sent": 10, "response_length": 10})()
    request = type("Request", (), {"headers": [("REFERER", f"https://example.org/share/{token}/")]})()
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": url(token),
        "PATH_INFO": url(token),
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_REFERER": f"https://example.org/share/{token}/",
    }

    atoms = logger.atoms(response, request, environ, datetime.timedelta(seconds=0.1))

    assert all(token not in str(value) for value in atoms.values())
    assert atoms["r"] == "GET /share/…/ HTTP/1.1"
