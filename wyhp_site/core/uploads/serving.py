"""Uploaded images served from MEDIA_ROOT, for sites that keep media on local disk (no
MEDIA_S3_BUCKET): one app server, or several sharing a volume.

Only image folders are served. Documents stay behind Wagtail's own ``/documents/`` view,
which applies privacy and collection restrictions; serving ``media/documents/`` here would
bypass them. Files are sent only if they are images by extension, under MEDIA_ROOT, and
regular files (no directory listings).
"""

import mimetypes
import posixpath
import re
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseNotModified
from django.urls import re_path
from django.utils._os import safe_join
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

# Renditions are never rewritten under the same name (a new original gets a new name, and
# its renditions new names with it), so they can be kept for a year.
RENDITIONS_FOLDER = "images"
ORIGINALS_FOLDER = "original_images"
RENDITION_CACHE_CONTROL = "public, max-age=31536000, immutable"
ORIGINAL_CACHE_CONTROL = "public, max-age=86400"
CONTENT_TYPES = {
    ".avif": "image/avif",
    ".gif": "image/gif",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}


def register_image_content_types() -> None:
    """Label uploads in a bucket as this module labels them on disk. django-storages takes a
    file's Content-Type from Python's ``mimetypes``, which knows WebP only from the system's
    /etc/mime.types, missing from the slim Docker image: WebP renditions would be stored as
    application/octet-stream."""
    for extension, content_type in CONTENT_TYPES.items():
        mimetypes.add_type(content_type, extension)


def serves_local_media() -> bool:
    return settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def media_file(relative: str) -> Path:
    """The file under MEDIA_ROOT that ``relative`` names, or Http404 for anything that is not
    an image in the image folders: other folders, other types, directories, ``..``."""
    normalised = posixpath.normpath(relative)
    folder, _, rest = normalised.partition("/")
    if folder not in (RENDITIONS_FOLDER, ORIGINALS_FOLDER) or not rest or normalised != relative:
        raise Http404
    if posixpath.splitext(rest)[1].lower() not in CONTENT_TYPES:
        raise Http404
    try:
        path = Path(safe_join(settings.MEDIA_ROOT, normalised))
    except (ValueError, OSError):  # outside MEDIA_ROOT, or a name the file system refuses
        raise Http404 from None
    if not path.is_file():
        raise Http404
    return path


@require_safe
def serve_media(request, path):
    file = media_file(path)
    stat = file.stat()
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), stat.st_mtime):
        response = HttpResponseNotModified()
    else:
        response = FileResponse(file.open("rb"), content_type=CONTENT_TYPES[file.suffix.lower()])
        response["Content-Length"] = stat.st_size
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["X-Content-Type-Options"] = "nosniff"
    is_rendition = path.startswith(f"{RENDITIONS_FOLDER}/")
    response["Cache-Control"] = RENDITION_CACHE_CONTROL if is_rendition else ORIGINAL_CACHE_CONTROL
    return response


def media_urlpatterns() -> list:
    """The route for MEDIA_URL when media is on local disk; none when it is in a bucket."""
    if not serves_local_media():
        return []
    prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    return [re_path(rf"^{prefix}(?P<path>.+)$", serve_media, name="media")]
