"""The two steps of the feedback form: Yes or No, then (after No) an optional comment."""

import re

from django import forms

from ..models.feedback import COMMENT_MAX_LENGTH
from .protection import AnswerReference, entry_token_is_valid

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
EXPIRED = "This form had been open too long, so it was not sent. Please send it again."


class UsefulForm(forms.Form):
    """Yes or No, from one of the form's two buttons."""

    useful = forms.TypedChoiceField(
        choices=[("yes", "Yes"), ("no", "No")],
        coerce=lambda value: value == "yes",
        error_messages={
            "required": "Choose yes or no",
            "invalid_choice": "Choose yes or no",
        },
    )
    token = forms.CharField(required=False)

    def __init__(self, *args, entry, **kwargs):
        super().__init__(*args, **kwargs)
        self.entry = entry

    def clean_token(self):
        token = self.cleaned_data["token"]
        if not entry_token_is_valid(token, self.entry.pk):
            raise forms.ValidationError(EXPIRED, code="expired")
        return token


class CommentField(forms.CharField):
    """Text from a textarea, its line breaks counted as one character each, as the
    character count beside the box counts them (browsers send each as two). Control
    characters other than tabs and line breaks are dropped: no keyboard types them,
    PostgreSQL cannot store a NUL, and a spreadsheet export cannot hold the others."""

    def to_python(self, value):
        text = super().to_python(value).replace("\r\n", "\n")
        return CONTROL_CHARACTERS.sub("", text)


class CommentForm(forms.Form):
    comment = CommentField(
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        error_messages={
            "max_length": "Your comment must be %(limit_value)d characters or fewer. It has %(show_value)d.",
        },
    )
    reference = forms.CharField(required=False)

    def __init__(self, *args, entry, **kwargs):
        super().__init__(*args, **kwargs)
        self.entry = entry
        self.answer: AnswerReference | None = None

    def clean_reference(self):
        self.answer, fresh = AnswerReference.read(self.cleaned_data["reference"], self.entry.pk)
        if self.answer is None:
            raise forms.ValidationError("Not a form from this site.", code="forged")
        if not fresh:
            raise forms.ValidationError(EXPIRED, code="expired")
        return self.cleaned_data["reference"]
