"""Readers' "Was this answer useful?" under each FAQ answer.

The site promises anonymous readers no cookies, so the form cannot use Django's
CSRF cookie, a session or the messages framework. It is protected instead by
(``protection.py``):

- an origin check: the browser's ``Origin`` header (or, without one, the
  ``Referer``) must be this site;
- a signed token in the form naming the entry, valid for a day. Entry pages are
  shared-cached, so the token cannot be a reader's own: its time is rounded to
  the hour, and every reader of the page in that hour gets the same one;
- a honeypot field, hidden from people: a submission that fills it is thanked
  and thrown away;
- a limit on submissions per client address in the shared cache, where the
  address is only ever a keyed hash (``wyhp_site.accounts.throttle.Counter``).

A "Yes" or "No" is stored at once (``views.useful``); after "No" the reader may
add a comment, which is attached to that answer through a signed reference
(``views.comment``). Nothing about the reader is stored; see
``faq.models.feedback``. ``prune_answer_feedback`` forgets feedback older than
``FEEDBACK_RETENTION_DAYS``.
"""
