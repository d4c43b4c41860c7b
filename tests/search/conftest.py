import pytest

from tests.factories import GlossaryTermFactory
from wyhp_site.core.models import GlossaryTerm


@pytest.fixture
def glossary(db) -> dict[str, GlossaryTerm]:
    terms = [
        ("ICS", "integrated care system", "Partners in one area planning care together."),
        ("A&E", "accident and emergency", "The hospital department for urgent injuries and illness."),
        ("HASU", "hyper-acute stroke unit", "Specialist care in the first hours after a stroke."),
    ]
    return {
        abbreviation: GlossaryTermFactory(
            abbreviation=abbreviation, expansion=expansion, definition=definition
        )
        for abbreviation, expansion, definition in terms
    }
