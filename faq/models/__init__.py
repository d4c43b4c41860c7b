from .entry_page import FAQEntryPage, FAQRelatedQuestion
from .feedback import AnswerFeedback
from .index_page import FAQIndexPage
from .review_reminder import ReviewReminder

__all__ = ["AnswerFeedback", "FAQEntryPage", "FAQIndexPage", "FAQRelatedQuestion", "ReviewReminder"]
