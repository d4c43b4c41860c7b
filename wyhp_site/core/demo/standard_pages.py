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

ACCESSIBILITY_STATEMENT = {
    "title": "Accessibility statement",
    "slug": "accessibility-statement",
    "intro": "How accessible this website is, what to do if you have a problem, and how to report one.",
    "body": [
        (
            "paragraph",
            "<p>This accessibility statement applies to this website, run by the West Yorkshire and "
            "Harrogate Health and Care Partnership. We want as many people as possible to be able "
            "to use it. For example, that means you should be able to:</p>"
            "<ul><li>change colours, contrast levels and fonts using your browser or device settings</li>"
            "<li>zoom in up to 400% without the text spilling off the screen</li>"
            "<li>navigate most of the website using just a keyboard or speech recognition software</li>"
            "<li>listen to most of the website using a screen reader</li>"
            "<li>use the website with JavaScript switched off</li></ul>"
            "<p>We have also made the text as simple as possible to understand.</p>",
        ),
        ("heading", {"text": "How accessible this website is", "level": "h2"}),
        (
            "paragraph",
            "<p>We know some parts of this website are not fully accessible:</p>"
            "<ul><li>some older documents we link to are PDFs that do not work well with screen readers</li>"
            "<li>some embedded videos from past years do not have accurate captions</li></ul>",
        ),
        ("heading", {"text": "Feedback and contact information", "level": "h2"}),
        (
            "paragraph",
            "<p>If you need information on this website in a different format, such as accessible "
            "PDF, large print, easy read, audio recording or braille, email "
            '<a href="mailto:communications@example.org">communications@example.org</a>. '
            "We will consider your request and get back to you within 10 working days.</p>",
        ),
        ("heading", {"text": "Reporting accessibility problems with this website", "level": "h2"}),
        (
            "paragraph",
            "<p>We are always looking to improve the accessibility of this website. If you find any "
            "problems not listed on this page or think we are not meeting accessibility "
            'requirements, email <a href="mailto:communications@example.org">communications@example.org</a>.</p>',
        ),
        ("heading", {"text": "Enforcement procedure", "level": "h2"}),
        (
            "paragraph",
            "<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the "
            "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility "
            "Regulations 2018 (the accessibility regulations). If you are not happy with how we "
            "respond to your complaint, contact the "
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
            "AA standard, due to the non-compliances listed below.</p>",
        ),
        ("heading", {"text": "Non-accessible content", "level": "h2"}),
        (
            "paragraph",
            "<p>Some PDF documents published before September 2018 are not essential to providing "
            "our services and are exempt from the regulations. Where one is needed, we will "
            "provide it in an accessible format on request. Videos published before September "
            "2020 are exempt; we add captions to any that people ask us about.</p>",
        ),
        ("heading", {"text": "How we tested this website", "level": "h2"}),
        (
            "paragraph",
            "<p>Every type of page on this website is tested automatically, in a real web browser, "
            "against the WCAG 2.2 A and AA success criteria each time the website changes. We also "
            "check that it can be used with a keyboard alone, at 320 pixels wide and with "
            "JavaScript switched off.</p>",
        ),
        ("heading", {"text": "Preparation of this accessibility statement", "level": "h2"}),
        (
            "paragraph",
            "<p>This statement was prepared on 2 November 2026. It was last reviewed on 2 November 2026.</p>",
        ),
    ],
}

PRIVACY_NOTICE = {
    "title": "Privacy notice",
    "slug": "privacy",
    "intro": "What personal information this website collects, why, and your rights.",
    "body": [
        ("heading", {"text": "What we collect", "level": "h2"}),
        (
            "paragraph",
            "<p>You can read this website without telling us who you are. We do not use analytics, "
            "advertising or tracking services, and the pages load nothing from other websites.</p>"
            "<p>Our web servers keep a log of requests (the page asked for, the time, and the "
            "address of the device that asked) for up to 30 days, to keep the website secure and "
            "working. When you search this website, we record the words you searched for and how "
            "many results there were, without anything that identifies you, so that we can answer "
            "the questions people are looking for.</p>",
        ),
        ("heading", {"text": "If you contact us", "level": "h2"}),
        (
            "paragraph",
            "<p>If you email us, we use your message and email address only to answer you, and "
            "keep them for up to two years.</p>",
        ),
        ("heading", {"text": "Your rights", "level": "h2"}),
        (
            "paragraph",
            "<p>You have the right to ask for a copy of the information we hold about you, to have "
            "it corrected or deleted, and to complain to the "
            '<a href="https://ico.org.uk/">Information Commissioner\'s Office</a>.</p>',
        ),
    ],
}

COOKIES_PAGE = {
    "title": "Cookies",
    "slug": "cookies",
    "intro": "This website does not put cookies on your device when you read it.",
    "body": [
        (
            "paragraph",
            "<p>Cookies are small files saved on your phone, tablet or computer when you visit a "
            "website. This website sets no cookies when you read it or search it, so there is "
            "nothing to accept or reject.</p>",
        ),
        ("heading", {"text": "Cookies for people who run the website", "level": "h2"}),
        (
            "paragraph",
            "<p>Staff who sign in to edit the website get two cookies that are strictly necessary "
            "for that:</p>"
            "<ul><li><strong>sessionid</strong> keeps you signed in; it expires after two weeks or "
            "when you sign out</li>"
            "<li><strong>csrftoken</strong> protects forms from being submitted by other websites; "
            "it expires after a year</li></ul>",
        ),
    ],
}

STANDARD_PAGES = [ABOUT_US, ACCESSIBILITY_STATEMENT, PRIVACY_NOTICE, COOKIES_PAGE]
