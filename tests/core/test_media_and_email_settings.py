"""Where uploads are stored and how email is sent, as the environment says (no bucket or
mail server is contacted: these build settings from a made-up environment)."""

import mimetypes

import pytest
from django.core.exceptions import ImproperlyConfigured

from wyhp_site.core.uploads.serving import register_image_content_types
from wyhp_site.settings.env import email_config, media_storage_config


def test_uploads_stay_on_local_disk_when_no_bucket_is_named():
    assert media_storage_config(environ={}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_a_bucket_puts_uploads_in_s3_compatible_storage_with_stable_public_urls():
    storage = media_storage_config(
        environ={
            "MEDIA_S3_BUCKET": "wyhp-media",
            "MEDIA_S3_ENDPOINT_URL": "https://objects.example.net",
            "MEDIA_S3_REGION": "eu-west-2",
            "MEDIA_S3_ACCESS_KEY_ID": "AKIAEXAMPLE",
            "MEDIA_S3_SECRET_ACCESS_KEY": "shh",
            "MEDIA_S3_CUSTOM_DOMAIN": "media.example.org",
        }
    )

    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    options = storage["OPTIONS"]
    assert options["bucket_name"] == "wyhp-media"
    assert options["endpoint_url"] == "https://objects.example.net"
    assert options["region_name"] == "eu-west-2"
    assert (options["access_key"], options["secret_key"]) == ("AKIAEXAMPLE", "shh")
    assert options["custom_domain"] == "media.example.org"
    # Image URLs end up in cached pages: signed, expiring URLs would break them.
    assert options["querystring_auth"] is False
    # A second upload named like the first must not replace it.
    assert options["file_overwrite"] is False


def test_a_bucket_alone_lets_boto3_find_credentials_and_the_aws_endpoint_itself():
    options = media_storage_config(environ={"MEDIA_S3_BUCKET": "wyhp-media"})["OPTIONS"]

    assert options["endpoint_url"] is None
    assert options["access_key"] is None and options["secret_key"] is None
    assert options["custom_domain"] is None


def test_the_s3_storage_class_is_installed_and_builds_urls_from_these_options():
    from storages.backends.s3 import S3Storage

    options = media_storage_config(
        environ={"MEDIA_S3_BUCKET": "wyhp-media", "MEDIA_S3_CUSTOM_DOMAIN": "media.example.org"}
    )["OPTIONS"]

    url = S3Storage(**options).url("images/photo.width-800.jpg")

    assert url == "https://media.example.org/images/photo.width-800.jpg"


@pytest.fixture
def without_system_mime_types(monkeypatch):
    """Python's own table of file types only, as on the slim Docker image (no /etc/mime.types),
    which knows no WebP; the table the site started with comes back afterwards."""
    monkeypatch.setattr(mimetypes, "knownfiles", [])
    monkeypatch.setattr(mimetypes, "_db", None)
    mimetypes.init()
    yield
    monkeypatch.undo()
    mimetypes.init(files=[])  # files=[] keeps the restored table rather than reading a new one


def test_a_bucket_stores_each_image_format_with_its_content_type(without_system_mime_types):
    from storages.backends.s3 import S3Storage

    storage = S3Storage(**media_storage_config(environ={"MEDIA_S3_BUCKET": "wyhp-media"})["OPTIONS"])
    register_image_content_types()

    stored_as = {
        extension: storage._get_write_parameters(f"images/photo.width-440.format-{extension}.{extension}")[
            "ContentType"
        ]
        for extension in ("avif", "webp", "png", "jpeg")
    }

    assert stored_as == {"avif": "image/avif", "webp": "image/webp", "png": "image/png", "jpeg": "image/jpeg"}


def test_without_any_email_configuration_nothing_pretends_to_send():
    assert email_config(environ={})["MAILER_EMAIL_BACKEND"] == "wyhp_site.core.mail.UnconfiguredEmailBackend"


def test_email_host_selects_smtp_with_starttls_on_the_submission_port_by_default():
    config = email_config(
        environ={"EMAIL_HOST": "smtp.example.org", "EMAIL_HOST_USER": "site", "EMAIL_HOST_PASSWORD": "pw"}
    )

    assert config["MAILER_EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (config["EMAIL_HOST"], config["EMAIL_PORT"]) == ("smtp.example.org", 587)
    assert (config["EMAIL_USE_TLS"], config["EMAIL_USE_SSL"]) == (True, False)
    assert (config["EMAIL_HOST_USER"], config["EMAIL_HOST_PASSWORD"]) == ("site", "pw")
    assert config["EMAIL_TIMEOUT"] == 10


def test_implicit_tls_moves_to_port_465_and_turns_starttls_off():
    config = email_config(environ={"EMAIL_HOST": "smtp.example.org", "EMAIL_USE_SSL": "true"})

    assert (config["EMAIL_PORT"], config["EMAIL_USE_TLS"], config["EMAIL_USE_SSL"]) == (465, False, True)


def test_starttls_and_implicit_tls_together_stop_the_site_starting():
    with pytest.raises(ImproperlyConfigured, match="not both"):
        email_config(environ={"EMAIL_HOST": "h", "EMAIL_USE_SSL": "true", "EMAIL_USE_TLS": "true"})


def test_a_notify_key_selects_gov_uk_notify_with_its_template():
    environ = {
        "GOVUK_NOTIFY_API_KEY": "wyhp-live-key",
        "GOVUK_NOTIFY_TEMPLATE_ID": "6b8e5a3c-1f0d-4c1e-9a57-0d3c9f1e2b4a",
        "EMAIL_HOST": "smtp.example.org",
    }
    config = email_config(environ=environ)

    assert config["MAILER_EMAIL_BACKEND"] == "django_gov_notify.backends.NotifyEmailBackend"
    assert config["GOVUK_NOTIFY_PLAIN_EMAIL_TEMPLATE_ID"] == "6b8e5a3c-1f0d-4c1e-9a57-0d3c9f1e2b4a"


def test_a_notify_key_without_a_template_stops_the_site_starting():
    with pytest.raises(ImproperlyConfigured, match="GOVUK_NOTIFY_TEMPLATE_ID"):
        email_config(environ={"GOVUK_NOTIFY_API_KEY": "wyhp-live-key"})
