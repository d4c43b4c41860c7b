import pytest

from tests.factories import GlossaryTermFactory
from wyhp_site.core.models import GlossaryTerm
from wyhp_site.search.query_log import pending_searches


@pytest.fixture(autouse=True)
def no_search_counts_between_tests():
    """Search counts wait in the worker's memory until written: none from one test in another."""
    pending_searches.discard()
    yield
    pending_searches.discard()


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
