"""The admin's document upload form (``WAGTAILDOCS_DOCUMENT_FORM_BASE``): every way of
uploading a document (the add and edit views, the multiple uploader, the chooser) builds
its form on this one, so every upload is checked by size and by content."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from wagtail.documents.forms import BaseDocumentForm

from .document_types import content_matches_extension


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file is None or "file" not in self.changed_data:
            return file
        limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
        if file.size > limit:
            raise ValidationError(
                "This file is %(size)s; documents can be at most %(limit)s.",
                code="file_too_large",
                params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
            )
        extension = os.path.splitext(file.name)[1].lstrip(".").lower()
        # An extension not allowed at all is the model field's to refuse, with its own message.
        if extension in settings.WAGTAILDOCS_EXTENSIONS and not content_matches_extension(file, extension):
            raise ValidationError(
                "This file is not a real .%(extension)s document: its contents do not match its name. "
                "Save it again from the program that made it, or upload a PDF.",
                code="content_mismatch",
                params={"extension": extension},
            )
        return file
