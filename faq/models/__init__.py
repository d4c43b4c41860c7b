from .entry_page import FAQEntryPage, FAQRelatedQuestion
from .feedback import AnswerFeedback
from .index_page import FAQIndexPage

__all__ = ["AnswerFeedback", "FAQEntryPage", "FAQIndexPage", "FAQRelatedQuestion"]
