from .entry_page import FAQEntryPage, FAQRelatedQuestion
from .index_page import FAQIndexPage

__all__ = ["FAQEntryPage", "FAQIndexPage", "FAQRelatedQuestion"]
