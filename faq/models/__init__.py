from .change_note import ChangeNote
from .entry_page import FAQEntryPage, FAQRelatedQuestion
from .feedback import AnswerFeedback
from .index_page import FAQIndexPage
from .review_reminder import ReviewReminder

__all__ = [
    "AnswerFeedback",
    "ChangeNote",
    "FAQEntryPage",
    "FAQIndexPage",
    "FAQRelatedQuestion",
    "ReviewReminder",
]
