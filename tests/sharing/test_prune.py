"""Links that stopped working long ago are deleted; working ones and recent ones stay."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from wyhp_site.sharing.models import SharedPreviewLink


def test_old_expired_and_withdrawn_links_are_deleted(weekly_draft, share, comms_user, settings):
    settings.PREVIEW_LINK_RETENTION_DAYS = 30
    long_ago = timezone.now() - datetime.timedelta(days=40)
    working, _ = share(weekly_draft)
    expired_long_ago, _ = share(weekly_draft)
    SharedPreviewLink.objects.filter(pk=expired_long_ago.pk).update(expires_at=long_ago)
    expired_lately, _ = share(weekly_draft)
    SharedPreviewLink.objects.filter(pk=expired_lately.pk).update(
        expires_at=timezone.now() - datetime.timedelta(days=2)
    )
    withdrawn_long_ago, _ = share(weekly_draft)
    SharedPreviewLink.objects.filter(pk=withdrawn_long_ago.pk).update(
        revoked_at=long_ago, revoked_by=comms_user
    )

    call_command("prune_preview_links")

    assert set(SharedPreviewLink.objects.values_list("pk", flat=True)) == {working.pk, expired_lately.pk}


def test_less_than_a_day_is_refused(db):
    with pytest.raises(CommandError):
        call_command("prune_preview_links", days=0)
