"""The admin's document upload form (``WAGTAILDOCS_DOCUMENT_FORM_BASE``): every way of
uploading a document (the add and edit views, the multiple uploader, the chooser) builds
its form on this one, so every upload is checked by content. (Wagtail's own file field
checks the size, against WAGTAILDOCS_MAX_UPLOAD_SIZE.)"""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.documents.forms import BaseDocumentForm

from .document_types import content_matches_extension


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file is None or "file" not in self.changed_data:
            return file
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

    def _post_clean(self):
        # A refused file never reaches the model, whose own extension check would then add
        # a confusing second error about a file with no name: keep only ours.
        refused = list(self._errors.get("file", []))
        super()._post_clean()
        if refused:
            self._errors["file"] = self.error_class(refused)
