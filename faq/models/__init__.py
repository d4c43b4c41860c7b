from .entry_page import FAQEntryPage, FAQRelatedQuestion
from .index_page import FAQIndexPage
from .review_reminder import ReviewReminder

__all__ = ["FAQEntryPage", "FAQIndexPage", "FAQRelatedQuestion", "ReviewReminder"]
