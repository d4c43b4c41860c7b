"""Demo standard pages: About us and the statements every public sector site publishes.

Each body is a list of (block type, value) pairs in the shape StreamField takes.
"""

HOME_INTRO = (
    "We are the councils, NHS organisations, Healthwatch and voluntary and community groups "
    "of West Yorkshire and Harrogate, working together so that 2.7 million people can live "
    "healthier lives and get good care close to home."
)

HOME_BODY = [
    ("heading", {"text": "What you can find here", "level": "h2"}),
    (
        "paragraph",
        "<p>Answers to the questions people ask us, the weekly update from our leaders, "
        "and what each of our priority programmes is doing and who leads it.</p>",
    ),
]

ABOUT_US = {
    "title": "About us",
    "slug": "about-us",
    "intro": "A partnership of the organisations that plan, pay for and provide health and care across our six places.",
    "body": [
        ("heading", {"text": "Who we are", "level": "h2"}),
        (
            "paragraph",
            "<p>Our partnership brings together the NHS, the five councils and Harrogate, "
            "Healthwatch, hospices and the voluntary and community sector across Bradford District "
            "and Craven, Calderdale, Harrogate, Kirklees, Leeds and Wakefield.</p>"
            "<p>We are not a new organisation and we do not replace anyone. Each organisation "
            "keeps its own board and its own duties to the public. We agree together the work "
            "that is better done once, across all six places, than six times over.</p>",
        ),
        ("heading", {"text": "What we work on together", "level": "h2"}),
        (
            "paragraph",
            "<ul><li>stroke, cancer and specialised hospital services that need a larger population</li>"
            "<li>mental health beds, so that nobody has to travel out of the area for care</li>"
            "<li>maternity care that is safer and more personal</li>"
            "<li>urgent and emergency care, with NHS 111 and ambulance services</li>"
            "<li>support for unpaid carers and for our health and care staff</li></ul>",
        ),
        ("heading", {"text": "How decisions are made", "level": "h2"}),
        (
            "paragraph",
            "<p>Decisions stay with the statutory organisations: councils, NHS trusts and the NHS "
            "bodies that commission care. Our partnership board meets in public; its papers and "
            "minutes are published before and after each meeting. Any change to a service is "
            "discussed with the public first, and a significant change goes to the councils' "
            "joint health scrutiny committee.</p>",
        ),
        (
            "inset_text",
            {
                "body": "<p>The NHS stays free at the point of use. Working together does not change who owns or runs local services.</p>"
            },
        ),
    ],
}

CONTACT_EMAIL = "communications@example.org"
CONTACT_LINK = f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>'
STATEMENT_DATE = "20 November 2026"

ACCESSIBILITY_STATEMENT = {
    "title": "Accessibility statement",
    "slug": "accessibility-statement",
    "intro": "How accessible this website is, how to ask for information in another format, and how to report a problem.",
    "body": [
        (
            "paragraph",
            "<p>This accessibility statement applies to the website of the West Yorkshire and "
            "Harrogate Health and Care Partnership: its questions and answers, news and weekly "
            "updates, and programme pages. It does not cover the websites of our partner "
            "organisations, which publish their own statements.</p>"
            "<p>We want as many people as possible to be able to use this website. For example, "
            "that means you should be able to:</p>"
            "<ul><li>change colours, contrast levels and fonts using your browser or device settings</li>"
            "<li>zoom in up to 400% without the text spilling off the screen</li>"
            "<li>get from the start of any page to its main content, and use every link, menu and "
            "form, with a keyboard alone</li>"
            "<li>use the website with speech recognition software</li>"
            "<li>listen to the website using a screen reader</li>"
            "<li>use every page on a screen 320 pixels wide, and with JavaScript switched off</li></ul>"
            "<p>We have also made the text as simple as possible to understand.</p>"
            '<p><a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your '
            "device easier to use if you have a disability.</p>",
        ),
        ("heading", {"text": "How accessible this website is", "level": "h2"}),
        (
            "paragraph",
            "<p>We know some parts of this website are not fully accessible:</p>"
            "<ul><li>some board papers and reports linked from older weekly updates are PDF documents "
            "that are hard to read with a screen reader</li>"
            "<li>some videos in weekly updates published before September 2020 do not have accurate "
            "captions</li>"
            "<li>a few tables of figures in older news stories are pictures of tables, without the "
            "figures in the text</li></ul>",
        ),
        ("heading", {"text": "Feedback and contact information", "level": "h2"}),
        (
            "paragraph",
            "<p>If you need information on this website in a different format, such as accessible "
            "PDF, large print, easy read, audio recording or braille, email "
            f"{CONTACT_LINK} and tell us the web address of the page and the format you need.</p>"
            "<p>We will consider your request and get back to you within 10 working days.</p>",
        ),
        ("heading", {"text": "Reporting accessibility problems with this website", "level": "h2"}),
        (
            "paragraph",
            "<p>We are always looking to improve the accessibility of this website. If you find any "
            "problems not listed on this page, or think we are not meeting accessibility "
            f"requirements, email {CONTACT_LINK}. Tell us the web address of the page and what went "
            "wrong; we will reply within 10 working days.</p>",
        ),
        ("heading", {"text": "Enforcement procedure", "level": "h2"}),
        (
            "paragraph",
            "<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the "
            "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility "
            "Regulations 2018 (the &lsquo;accessibility regulations&rsquo;). If you are not happy "
            "with how we respond to your complaint, contact the "
            '<a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.</p>',
        ),
        ("heading", {"text": "Technical information about this website's accessibility", "level": "h2"}),
        (
            "paragraph",
            "<p>The West Yorkshire and Harrogate Health and Care Partnership is committed to making "
            "its website accessible, in accordance with the Public Sector Bodies (Websites and "
            "Mobile Applications) (No. 2) Accessibility Regulations 2018.</p>",
        ),
        ("heading", {"text": "Compliance status", "level": "h3"}),
        (
            "paragraph",
            "<p>This website is partially compliant with the "
            '<a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> '
            "AA standard, due to the non-compliances and exemptions listed below.</p>",
        ),
        ("heading", {"text": "Non-accessible content", "level": "h2"}),
        (
            "paragraph",
            "<p>The content listed below is non-accessible for the following reasons.</p>",
        ),
        ("heading", {"text": "Non-compliance with the accessibility regulations", "level": "h3"}),
        (
            "paragraph",
            "<p>Some board papers and reports published since 23 September 2018 and linked from "
            "weekly updates are PDF documents without headings or a reading order that screen "
            "readers can follow. This fails WCAG 2.2 success criterion 1.3.1 (info and "
            "relationships) and 2.4.2 (page titled).</p>"
            "<p>Some tables of figures in news stories are images of tables without the figures in "
            "the text, so people using a screen reader cannot get the figures. This fails WCAG 2.2 "
            "success criterion 1.1.1 (non-text content).</p>"
            "<p>We plan to publish the figures and the papers that are still needed as web pages by "
            "31 March 2027. Everything we publish now is written as web pages, with tables as text.</p>",
        ),
        ("heading", {"text": "Disproportionate burden", "level": "h3"}),
        (
            "paragraph",
            "<p>We are not claiming that fixing any of the problems on this page would be a "
            "disproportionate burden.</p>",
        ),
        (
            "heading",
            {"text": "Content that's not within the scope of the accessibility regulations", "level": "h3"},
        ),
        (
            "paragraph",
            "<p>Some PDF documents published before 23 September 2018 are not accessible. They are "
            "not essential to using our services, so the accessibility regulations do not require "
            "us to fix them. If you need one of them in another format, ask us and we will provide it.</p>"
            "<p>Pre-recorded videos published before 23 September 2020 are exempt from the "
            "regulations. We add captions to any that people ask us about.</p>",
        ),
        ("heading", {"text": "What we're doing to improve accessibility", "level": "h2"}),
        (
            "paragraph",
            "<p>Every type of page on this website is tested automatically, in a real web browser, "
            "against the WCAG 2.2 A and AA success criteria whenever the website's software "
            "changes, and a change that fails is not released. The same tests check that every "
            "page can be used with a keyboard alone, at 320 pixels wide and with JavaScript "
            "switched off, and that no page loads anything from other websites.</p>",
        ),
        ("heading", {"text": "Preparation of this accessibility statement", "level": "h2"}),
        (
            "paragraph",
            f"<p>This statement was prepared on {STATEMENT_DATE}. It was last reviewed on {STATEMENT_DATE}.</p>"
            f"<p>This website was last tested on {STATEMENT_DATE} against the WCAG 2.2 AA standard. "
            "The partnership's digital team tested every type of page with automated checks in a "
            "web browser, and by hand with a keyboard, a screen reader and 400% zoom.</p>",
        ),
    ],
}

PRIVACY_NOTICE = {
    "title": "Privacy notice",
    "slug": "privacy",
    "intro": "What personal information this website collects, why, how long we keep it, and your rights.",
    "body": [
        ("heading", {"text": "What we collect when you read this website", "level": "h2"}),
        (
            "paragraph",
            "<p>You can read and search this website without telling us who you are. We do not use "
            "analytics, advertising or tracking services, we set no cookies for readers, and the "
            "pages load nothing from other websites.</p>"
            "<p>Our web servers keep a log of each request: the address of the page asked for "
            "(including any words you searched for), the time, and the internet address of the "
            "device that asked. We use these logs only to keep the website secure and working, and "
            "delete them after 30 days.</p>",
        ),
        ("heading", {"text": "If you contact us", "level": "h2"}),
        (
            "paragraph",
            "<p>If you email us, we use your message and email address only to answer you, and "
            "delete them two years after our last reply.</p>",
        ),
        ("heading", {"text": "If you help run this website", "level": "h2"}),
        (
            "paragraph",
            "<p>Staff who edit the website have an account with their name and work email address, "
            "and the website records which changes each of them makes. We keep accounts while "
            "people need them and remove them when they leave.</p>",
        ),
        ("heading", {"text": "Why we are allowed to use this information", "level": "h2"}),
        (
            "paragraph",
            "<p>We use it to carry out our public task of informing people about health and care "
            "in our area (UK GDPR Article 6(1)(e)). We never sell it or share it for marketing.</p>",
        ),
        ("heading", {"text": "Your rights", "level": "h2"}),
        (
            "paragraph",
            "<p>You have the right to ask for a copy of the information we hold about you, and to "
            "have it corrected or deleted. Email "
            f"{CONTACT_LINK} and we will reply within one month. If you are unhappy with how we have "
            'used your information, you can complain to the <a href="https://ico.org.uk/make-a-complaint/">'
            "Information Commissioner's Office</a>.</p>",
        ),
    ],
}

COOKIES_PAGE = {
    "title": "Cookies",
    "slug": "cookies",
    "intro": "This website puts no cookies on your device when you read it or search it.",
    "body": [
        (
            "paragraph",
            "<p>Cookies are small files saved on your phone, tablet or computer when you visit a "
            "website. This website sets no cookies when you read it or search it, so there is "
            "nothing to accept or reject. We do not use analytics or advertising cookies, and we do "
            "not let other websites set cookies through our pages.</p>",
        ),
        ("heading", {"text": "Cookies for people who run the website", "level": "h2"}),
        (
            "paragraph",
            "<p>Staff who sign in to edit the website get cookies that are strictly necessary for "
            "that, so we do not ask for consent to them:</p>"
            "<ul><li><b>sessionid</b> keeps you signed in; it expires 8 hours after you sign in, "
            "after 30 minutes without use, or when you sign out</li>"
            "<li><b>csrftoken</b> stops other websites from submitting forms in your name; it "
            "expires after a year</li>"
            "<li><b>messages</b> carries a message such as &lsquo;Page published&rsquo; to the "
            "next page you see, and is deleted once it has been shown</li>"
            "<li><b>wagtail_sidebar_collapsed</b> remembers whether you have folded away the "
            "editing menu; it is deleted when you close your browser</li></ul>",
        ),
    ],
}

STANDARD_PAGES = [ABOUT_US, ACCESSIBILITY_STATEMENT, PRIVACY_NOTICE, COOKIES_PAGE]
