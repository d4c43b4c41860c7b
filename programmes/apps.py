from django.apps import AppConfig


class ProgrammesConfig(AppConfig):
    """The partnership's priority programmes and who leads them."""

    name = "programmes"
    verbose_name = "Programmes"
