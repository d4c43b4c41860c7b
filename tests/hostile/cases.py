"""Hostile input replayed against every public route: what arrives, and what must come back.

``REFUSED`` is the guard's 400 (wyhp_site/core/request_guard.py); ``BAD_PAGE``
a 404 on a paginated listing and no effect elsewhere; ``ANSWERS`` anything but
a server error.
"""

REFUSED = "refused"
BAD_PAGE = "bad page"
ANSWERS = "answers"

# (what it is, query string as it arrives, expectation)
QUERY_STRINGS = [
    ("superscript two as a page", "page=%C2%B2", BAD_PAGE),
    ("circled one as a page", "page=%E2%91%A0", BAD_PAGE),
    ("Arabic-Indic three as a page", "page=%D9%A3", BAD_PAGE),
    ("5,000 digits as a page", "page=" + "7" * 5000, BAD_PAGE),
    ("a page past the end", "page=999999", BAD_PAGE),
    ("page zero", "page=0", BAD_PAGE),
    ("a page with a sign", "page=%2B2", BAD_PAGE),
    ("a page with spaces", "page=%202%20", BAD_PAGE),
    ("an empty page", "page=", BAD_PAGE),
    ("NUL in a topic", "topic=%00", REFUSED),
    ("NUL in the words", "q=stroke%00", REFUSED),
    ("NUL in a page", "page=%00", REFUSED),
    ("NUL in a kind", "kind=news%00", REFUSED),
    ("NUL in a type", "type=%00faq", REFUSED),
    ("NUL in a parameter's name", "a%00b=1", REFUSED),
    ("an escape sequence in the words", "q=%1B%5B31mstroke", REFUSED),
    ("a bell in the order", "order=%07", REFUSED),
    ("DEL in a topic", "topic=stroke%7F", REFUSED),
    ("a C1 control in the words", "q=stroke%C2%85", REFUSED),
    ("tab, newline and return in the words", "q=stroke%09units%0D%0Acare", ANSWERS),
    ("an unknown kind", "kind=%3Cscript%3E", ANSWERS),
    ("an unknown type", "type=blog", ANSWERS),
    ("an unknown topic", "topic=..%2F..%2Fetc%2Fpasswd", ANSWERS),
    ("a long topic", "topic=" + "x" * 3000, ANSWERS),
    ("a huge query", "q=" + "stroke%20" * 2000, ANSWERS),
    ("search syntax", "q=stroke%3A*%20%26%20!%20(care%20%3C-%3E%20x)", ANSWERS),
    ("broken UTF-8", "q=%FF%FEstroke&topic=%C3", ANSWERS),
    ("an encoded surrogate", "q=%ED%A0%80&page=%ED%A0%80", ANSWERS),
    ("a stray percent", "q=%&page=%", ANSWERS),
    ("an array-style name", "q[]=stroke&page[]=2", ANSWERS),
    ("repeated parameters", "page=1&page=%C2%B2&page=2", ANSWERS),
    ("an unknown format", "format=%F0%9F%8F%A5", ANSWERS),
    ("emoji everywhere", "q=%F0%9F%8F%A5&kind=%F0%9F%8F%A5&order=%F0%9F%8F%A5", ANSWERS),
    ("only separators", "&&=&==&", ANSWERS),
]

# (path as it arrives, expectation, status it must have when it answers)
PATHS = [
    ("/%00", REFUSED, 400),
    ("/faq/%00/", REFUSED, 400),
    ("/faq/topic/stroke%00/", REFUSED, 400),
    ("/news/topic/%1B/", REFUSED, 400),
    ("/news/%C2%85/", REFUSED, 400),
    ("/news/feed/%00", REFUSED, 400),
    ("/search/%0D%0ASet-Cookie:%20x=y", REFUSED, 400),
    ("/news/0001/01/", ANSWERS, 404),
    ("/news/0001/", ANSWERS, 404),
    ("/news/0000/", ANSWERS, 404),
    ("/news/0000/01/", ANSWERS, 404),
    ("/news/2018/13/", ANSWERS, 404),
    ("/news/2018/00/", ANSWERS, 404),
    ("/news/9999/12/", ANSWERS, 404),
    ("/news/%D9%A2%D9%A0%D9%A1%D9%A8/", ANSWERS, 404),
    ("/faq/asked/0000/", ANSWERS, 404),
    ("/faq/asked/2017/13/", ANSWERS, 404),
    ("/faq/asked/9999/12/", ANSWERS, 404),
    ("/faq/asked/%C2%B2%C2%B2%C2%B2%C2%B2/", ANSWERS, 404),
    ("/faq/" + "a" * 5000 + "/", ANSWERS, 404),
    ("/news/topic/" + "x" * 300 + "/", ANSWERS, 404),
    ("/programmes/%E2%91%A0/", ANSWERS, 404),
    ("/faq/%ED%A0%80/", ANSWERS, 404),
    ("/search/%2e%2e/", ANSWERS, 404),
    ("/news/feed/nope/", ANSWERS, 404),
    ("/faq/feedback/%00/", REFUSED, 400),
    ("/faq/feedback/0/", ANSWERS, 404),
    ("/faq/feedback/99999999999999999999/", ANSWERS, 404),
    ("/faq/feedback/%D9%A3/comment/", ANSWERS, 404),
    ("/faq/feedback/-1/", ANSWERS, 404),
]

# (what it is, request headers as the WSGI environ holds them, status it must have)
HEADERS = [
    ("a host not served", {"HTTP_HOST": "evil.example"}, 400),
    ("NUL in the host", {"HTTP_HOST": "testserver\x00.evil"}, 400),
    ("a language list of junk", {"HTTP_ACCEPT_LANGUAGE": "\x00;q=zz, *;q=-1, " + "en-" * 500}, None),
    ("an impossible date", {"HTTP_IF_MODIFIED_SINCE": "Mon, 99 Foo 0000 99:99:99 GMT"}, None),
    ("a huge ETag list", {"HTTP_IF_NONE_MATCH": '"' * 1000 + ", W/" * 500}, None),
    ("an odd forwarded address", {"HTTP_X_FORWARDED_FOR": "\x00, 999.999.999.999, ::ffff:zz"}, None),
    ("an odd forwarded scheme", {"HTTP_X_FORWARDED_PROTO": "https\x00, gopher"}, None),
    ("an odd accept", {"HTTP_ACCEPT": "*/*;q=\x00, text/html;level=%%"}, None),
    ("a range past the end", {"HTTP_RANGE": "bytes=-99999999999999999999999"}, None),
    ("a user agent of junk", {"HTTP_USER_AGENT": "\x00\x1b[31m" + "A" * 10000}, None),
    ("a referrer of junk", {"HTTP_REFERER": "http://\x00/%ZZ"}, None),
]

# (what it is, Cookie header as it arrives, expectation)
COOKIES = [
    ("NUL in the session cookie", 'sessionid="\\000abc"', REFUSED),
    ("a raw NUL in the session cookie", "sessionid=\x00abc", REFUSED),
    ("a control character in the CSRF cookie", "csrftoken=abc\x01def", REFUSED),
    ("DEL in someone else's cookie", "analytics=a\x7fb", REFUSED),
    ("a line feed in a cookie", 'pref="a\\012b"', REFUSED),
    ("a session that does not exist", "sessionid=nosuchsession", ANSWERS),
    ("a session key of 5,000 characters", "sessionid=" + "s" * 5000, ANSWERS),
    ("a cookie header of junk", 'a=b; ;; =; "; sessionid; =x', ANSWERS),
    ("a tab in a cookie", "pref=a\tb", ANSWERS),
    # A WSGI server hands over header bytes decoded as ISO-8859-1.
    ("emoji in a cookie", "pref=" + "\U0001f3e5".encode().decode("iso-8859-1"), ANSWERS),
]

# Posts to the feedback form under an answer (faq/feedback/), as they arrive: (what it is,
# urlencoded body, status it must have). "{token}" stands for the token in the answer's form,
# "{reference}" for the one in the comment form shown after "No".
FEEDBACK_POSTS = [
    ("no choice", "token={token}", 400),
    ("a choice of junk", "useful=%3Cscript%3E&token={token}", 400),
    ("both choices", "useful=yes&useful=no&token={token}", 200),
    ("an array-style name", "useful[]=yes&token={token}", 400),
    ("NUL in the choice", "useful=yes%00&token={token}", 400),
    ("NUL in the token", "useful=yes&token=%00", 400),
    ("broken UTF-8", "useful=%FF%FE&token={token}", 400),
    ("a token of 100,000 characters", "useful=yes&token=" + "A" * 100_000, 400),
    ("2,000 fields", "&".join(f"f{n}=1" for n in range(2000)) + "&useful=yes&token={token}", 400),
    ("a body over the size limit", "useful=yes&token={token}&x=" + "x" * 3_000_000, 400),
    ("emoji everywhere", "useful=%F0%9F%8F%A5&token=%F0%9F%8F%A5", 400),
    ("a stray percent", "useful=%&token=%", 400),
]
COMMENT_POSTS = [
    ("NUL and an escape sequence in the comment", "comment=a%00b%1B%5B31mc&reference={reference}", 200),
    ("100,000 characters", "comment=" + "x" * 100_000 + "&reference={reference}", 400),
    ("no reference", "comment=hi", 400),
    ("a reference of junk", "comment=hi&reference=%F0%9F%8F%A5%00", 400),
    ("broken UTF-8 in the comment", "comment=%FF%FEhi&reference={reference}", 200),
    ("an encoded surrogate", "comment=%ED%A0%80&reference={reference}", 200),
    ("a comment of control characters only", "comment=%01%02%7F&reference={reference}", 200),
]
