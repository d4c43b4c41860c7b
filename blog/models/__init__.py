from .news_index_page import NewsIndexPage
from .post_page import PostKind, PostPage

__all__ = ["NewsIndexPage", "PostKind", "PostPage"]
