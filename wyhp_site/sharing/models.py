"""A secret link to one page's latest draft, for a reader without an account.

Only a SHA-256 hash of the token is kept: whoever reads the database (or a backup) cannot
open a draft with what they find. The token itself is shown once, to the editor who made
the link, with a few of its first characters kept so the links can be told apart.
"""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from wagtail.models import Page

TOKEN_BYTES = 32  # 43 URL-safe characters: no one guesses that
PREFIX_LENGTH = 6
DEFAULT_DAYS = 7
MAX_DAYS = 30

ACTIVE = "Active"
EXPIRED = "Expired"
WITHDRAWN = "Withdrawn"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class SharedPreviewLinkQuerySet(models.QuerySet):
    def finished_before(self, moment: datetime.datetime):
        """Links that stopped working (expired or withdrawn) before ``moment``."""
        return self.filter(models.Q(expires_at__lt=moment) | models.Q(revoked_at__lt=moment))


class SharedPreviewLink(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="shared_preview_links")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    key_prefix = models.CharField(max_length=PREFIX_LENGTH, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = SharedPreviewLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "preview link"

    def __str__(self):
        return f"{self.key_prefix}… ({self.status})"

    @classmethod
    def create(cls, page: Page, user, days: int = DEFAULT_DAYS) -> tuple["SharedPreviewLink", str]:
        """A new link and its token, which is not kept and cannot be shown again."""
        token = secrets.token_urlsafe(TOKEN_BYTES)
        now = timezone.now()
        link = cls.objects.create(
            page=page,
            token_hash=token_hash(token),
            key_prefix=token[:PREFIX_LENGTH],
            created_by=user,
            created_at=now,
            expires_at=now + datetime.timedelta(days=days),
        )
        return link, token

    @property
    def status(self) -> str:
        if self.revoked_at is not None:
            return WITHDRAWN
        if self.expires_at <= timezone.now():
            return EXPIRED
        return ACTIVE

    @property
    def is_active(self) -> bool:
        return self.status == ACTIVE

    def revoke(self, user) -> None:
        self.revoked_at = timezone.now()
        self.revoked_by = user
        self.save(update_fields=["revoked_at", "revoked_by"])
