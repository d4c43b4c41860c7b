from .content_generation import ContentGeneration
from .glossary import GlossaryTerm
from .pages import HomePage, StandardPage
from .people import Person
from .site_alert import AlertLevel, SiteAlert
from .site_settings import SiteSettings
from .teams import Team
from .topics import Topic

__all__ = [
    "AlertLevel",
    "ContentGeneration",
    "GlossaryTerm",
    "HomePage",
    "Person",
    "SiteAlert",
    "SiteSettings",
    "StandardPage",
    "Team",
    "Topic",
]
