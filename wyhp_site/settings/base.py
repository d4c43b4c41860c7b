"""Settings shared by every environment.

The environment is read here and only here; ``dev``, ``test`` and
``production`` adjust a handful of values on top.
"""

from datetime import timedelta
from pathlib import Path

from csp.constants import NONCE, NONE, SELF

from .env import (
    cache_config,
    database_config,
    email_config,
    env_bool,
    env_int,
    env_list,
    env_str,
    frontend_cache_url,
    media_storage_config,
    search_backend_config,
    session_engine,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "wyhp_site"

# --- Environment ----------------------------------------------------------
SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
WAGTAILADMIN_BASE_URL = env_str("BASE_URL", "http://127.0.0.1:8000")
# Seconds; 0 turns a limit off. See "When the database fails" in the README.
DATABASE_CONNECT_TIMEOUT = env_int("DATABASE_CONNECT_TIMEOUT", 3)
DATABASE_STATEMENT_TIMEOUT = env_int("DATABASE_STATEMENT_TIMEOUT", 10)
DATABASE_RETRY_AFTER = env_int("DATABASE_RETRY_AFTER", 5)
DATABASES = {
    "default": database_config(
        BASE_DIR, connect_timeout=DATABASE_CONNECT_TIMEOUT, statement_timeout=DATABASE_STATEMENT_TIMEOUT
    )
}
CACHES = {"default": cache_config()}
WAGTAILSEARCH_BACKENDS = {"default": search_backend_config()}
SESSION_ENGINE = session_engine()
# The shared cache (Varnish) publishing purges by surrogate key, one request per publish; see
# wyhp_site/core/cache_purge.py. (Not wagtail.contrib.frontend_cache, which purges URL by URL.)
FRONTEND_CACHE_URL = frontend_cache_url()
# Seconds an anonymous reader's page may be kept: by browsers, and by a shared cache,
# which publishing purges (see wyhp_site/core/caching.py). The shared cache may serve a
# stale copy while it fetches a fresh one, and for longer while the site fails.
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 60)
PAGE_CACHE_SHARED_MAX_AGE = env_int("PAGE_CACHE_SHARED_MAX_AGE", 600)
PAGE_CACHE_STALE_WHILE_REVALIDATE = env_int("PAGE_CACHE_STALE_WHILE_REVALIDATE", 60)
PAGE_CACHE_STALE_IF_ERROR = env_int("PAGE_CACHE_STALE_IF_ERROR", 24 * 60 * 60)
# Seconds a public page is kept whole in Django's cache for readers without cookies
# (wyhp_site/core/page_cache.py); 0 turns that cache off. Any publish makes every page fresh.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# `load_demo_content` publishes made-up pages and prints an admin password: never on a live site.
DEMO_CONTENT_ALLOWED = False
# Days the search counts (what people typed) are kept; `prune_search_log` deletes older ones.
SEARCH_LOG_RETENTION_DAYS = env_int("SEARCH_LOG_RETENTION_DAYS", 365)
# Days readers' answers to "Was this answer useful?" (and their comments) are kept;
# `prune_answer_feedback` deletes older ones.
FEEDBACK_RETENTION_DAYS = env_int("FEEDBACK_RETENTION_DAYS", 365)
# Feedback accepted from one client address in a window of minutes, all answers together;
# an office or a ward may share one address, so the limit stops floods rather than people.
FEEDBACK_RATE_LIMIT = env_int("FEEDBACK_RATE_LIMIT", 20)
FEEDBACK_RATE_WINDOW_MINUTES = env_int("FEEDBACK_RATE_WINDOW_MINUTES", 10)
# Days a preview link that stopped working (expired or withdrawn) is kept in the list on its
# page; `prune_preview_links` deletes older ones.
PREVIEW_LINK_RETENTION_DAYS = env_int("PREVIEW_LINK_RETENTION_DAYS", 30)
# Unknown preview-link tokens tried from one client address in the sign-in cool-off window
# before that address is refused (429): a token cannot be guessed, so many misses are a scan.
PREVIEW_LINK_MISS_LIMIT = env_int("PREVIEW_LINK_MISS_LIMIT", 20)
# Email: MAILER_EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, EMAIL_USE_TLS, EMAIL_USE_SSL, EMAIL_HOST_USER,
# EMAIL_HOST_PASSWORD, EMAIL_TIMEOUT and GOV.UK Notify's key and template (see env.email_config).
globals().update(email_config())
# Email leaves the request path: a page that sends email (a password reset, a moderation
# notice) only queues it in the database (django-mailer), and the worker
# (`manage.py runmailer`) sends it through MAILER_EMAIL_BACKEND, chosen above. A failed
# delivery is deferred, not lost: `manage.py retry_deferred` puts it back in the queue,
# up to MAILER_EMAIL_MAX_RETRIES times. So a slow mail server never slows a page.
EMAIL_BACKEND = "mailer.backend.DbBackend"
MAILER_ERROR_HANDLER = "wyhp_site.core.mail.defer_failed_delivery"
MAILER_EMAIL_MAX_RETRIES = env_int("EMAIL_MAX_RETRIES", 10)
MAILER_EMPTY_QUEUE_SLEEP = 5
# Rows in the queue are locked while sent, so several workers never send one message twice.
MAILER_USE_FILE_LOCK = False
# The delivery log keeps when and whether, not whom or what: messages are personal data.
MAILER_EMAIL_LOG_MESSAGE_DATA = False
# Days the delivery log is kept; `manage.py purge_mail_log` deletes older entries.
EMAIL_LOG_RETENTION_DAYS = env_int("EMAIL_LOG_RETENTION_DAYS", 30)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "webmaster@localhost")
# Error reports to ADMINS; the same sender unless told otherwise.
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = env_str("WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", DEFAULT_FROM_EMAIL)
# Wrong passwords (or codes) allowed per account and per client address before a cool-off.
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
LOGIN_COOLOFF_MINUTES = env_int("LOGIN_COOLOFF_MINUTES", 15)
# Load balancers whose X-Forwarded-For is believed: addresses or networks, comma-separated.
TRUSTED_PROXY_ADDRESSES = env_list("TRUSTED_PROXY_ADDRESSES")
# A signed-in session lasts at most a working day, and ends sooner when left idle.
SESSION_COOKIE_AGE = env_int("SESSION_HOURS", 8) * 60 * 60
SESSION_IDLE_TIMEOUT = env_int("SESSION_IDLE_MINUTES", 30) * 60
# A code from an authenticator app (or a recovery code) after the password, for everyone
# who can use the admin. The dev and test settings turn it off; see the README.
REQUIRE_TWO_FACTOR = env_bool("REQUIRE_TWO_FACTOR", True)

# --- Applications ---------------------------------------------------------
INSTALLED_APPS = [
    "wyhp_site.core",
    "wyhp_site.search",
    "wyhp_site.accounts",
    "wyhp_site.sharing",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "faq",
    "blog",
    "programmes",
    "wagtailnhsukfrontend",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "mailer",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before whitenoise, so static files get the Content-Security-Policy and its companions too.
    "wyhp_site.accounts.security_headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After whitenoise, so static files never wait on the database; before everything that
    # may query it or set a cookie, so its 503 is the answer whoever met the fault.
    "wyhp_site.core.db_faults.DatabaseFaultsMiddleware",
    # NUL and other control characters in the path, a query value or a cookie: a 400
    # before sessions, or anything else, take them to the database.
    "wyhp_site.core.request_guard.RefuseControlCharactersMiddleware",
    # Before anything that queries or sets a cookie: a kept page is sent as it is.
    "wyhp_site.core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Early, so that it sees the response after every cookie the others may set on it.
    "wyhp_site.core.caching.PublicCacheHeadersMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "wyhp_site.accounts.sessions.SessionLimitsMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "wyhp_site.accounts.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Which page an address leads to, kept per content generation (core/routing.py).
    "wyhp_site.core.routing.KeptRoutesMiddleware",
    "wyhp_site.accounts.throttle.FormThrottleMiddleware",
    # Last, as django-axes requires: it turns a refused sign-in into the "too many attempts" page.
    "axes.middleware.AxesMiddleware",
]

# The load balancer's health checks call the app server directly, over plain HTTP, when
# SECURE_SSL_REDIRECT (production) sends everything else to HTTPS.
SECURE_REDIRECT_EXEMPT = [r"^health/"]

ROOT_URLCONF = "wyhp_site.urls"
WSGI_APPLICATION = "wyhp_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                # Ids for the headings of the page being rendered, unique within it.
                "wyhp_site.core.anchors.heading_anchors",
            ],
        },
    },
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out account or address before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Locale ---------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# --- Static and media files -----------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": media_storage_config(),
    "staticfiles": {"BACKEND": "wyhp_site.storage.StaticFilesStorage"},
}

# --- Wagtail --------------------------------------------------------------
WAGTAIL_SITE_NAME = "West Yorkshire and Harrogate Health and Care Partnership"
WAGTAIL_I18N_ENABLED = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Wagtail's own search-terms counts follow the same retention as ours.
WAGTAILSEARCH_HITS_MAX_AGE = SEARCH_LOG_RETENTION_DAYS

# --- Uploads: checked by content (wyhp_site/core/uploads/), limited in size --------
# SVG is left out: it can carry scripts.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# RTF is left out: a format with a long record of exploits, and nothing a reader needs.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "ods", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "wyhp_site.core.uploads.forms.DocumentForm"
# Every document download goes through Wagtail, which applies privacy and collection
# restrictions; media storage never links to documents directly.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Anything but a PDF is downloaded, never shown in the browser.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]

# --- Admin and sign-in security (wyhp_site/accounts; README "Admin and sign-in security") ---
ADMIN_PATH_PREFIX = "/admin/"
# The only sites a page may frame: the privacy-enhanced players of blog/blocks.py's VideoBlock.
VIDEO_EMBED_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # Public templates use external scripts only (they are shared-cached); the nonce is
        # there for pages that are never cached and need a line of inline code.
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": VIDEO_EMBED_ORIGINS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail 8's admin still writes inline scripts (date pickers, inline panels) and style
# attributes, so it needs 'unsafe-inline'; it needs no other site, and only it frames itself
# (page previews). It never needs 'unsafe-eval'.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *VIDEO_EMBED_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=()"
)
# Avatars from the site itself: gravatar.com would learn which staff use the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The dashboard's check for a new Wagtail release calls releases.wagtail.org from the
# browser; upgrades come through the pinned requirements instead.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# django-axes (sign-in lockout). Each parameter is counted on its own: an account is locked
# after LOGIN_FAILURE_LIMIT failures from anywhere, an address after as many on any accounts.
# A successful sign-in resets nothing, so it cannot clear another address's failures.
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = False
AXES_CLIENT_IP_CALLABLE = "wyhp_site.accounts.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "wyhp_site.accounts.throttle.too_many_attempts"
# Our Wagtail view lists and clears lockouts; Django's admin is not installed.
AXES_ENABLE_ADMIN = False

# django-otp: the issuer authenticator apps show beside the code. Its own growing delay
# after a wrong code is off: wrong codes count toward the django-axes lockout instead,
# per account and per address like wrong passwords.
OTP_TOTP_ISSUER = "WY&H Partnership website"
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0

# --- Logging: everything to stdout, where the container runtime collects it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "warning_without_traceback": {"()": "wyhp_site.core.log_filters.WarningWithoutTraceback"},
        "hide_preview_tokens": {"()": "wyhp_site.core.log_filters.HidePreviewTokens"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["hide_preview_tokens"]}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # django-mailer names recipients at INFO; our error handler logs failures without them.
        "mailer": {"level": "WARNING"},
        "django.security.DisallowedHost": {"filters": ["warning_without_traceback"]},
    },
}
