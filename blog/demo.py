"""Demo news: a news index, sixteen weekly updates and four news posts.

All of it is invented for the demo, written in the shape the comms team uses
every Friday. ``build_demo`` finds what already exists by slug before creating
anything, so running the demo command again changes nothing an editor saved.
"""

import datetime

from django.db import transaction

from wyhp_site.core.demo.builders import add_child_page

from .blocks import NEXT_WEEK_HEADING, THIS_WEEK_HEADING
from .models import NewsIndexPage, PostKind, PostPage

NEWS_INDEX = {
    "title": "News and weekly updates",
    "slug": "news",
    "intro": "Every Friday one of our leaders writes about the week's work across the partnership. "
    "Here too is our news, newest first.",
}


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def weekly_update(*, slug, title, date, author, topics, intro, message, this_week, next_week=(), sign_off):
    body = [("paragraph", _paragraphs(*message))]
    body.append(
        (
            "this_week",
            {
                "heading": THIS_WEEK_HEADING,
                "items": [{"heading": heading, "body": _paragraphs(text)} for heading, text in this_week],
            },
        )
    )
    if next_week:
        body.append(("next_week", {"heading": NEXT_WEEK_HEADING, "items": list(next_week)}))
    body.append(("paragraph", _paragraphs(sign_off)))
    return {
        "slug": slug,
        "title": title,
        "date": date,
        "kind": PostKind.WEEKLY_UPDATE,
        "author": author,
        "topics": topics,
        "intro": intro,
        "body": body,
    }


def news_post(*, slug, title, date, author, topics, intro, body):
    return {
        "slug": slug,
        "title": title,
        "date": date,
        "kind": PostKind.NEWS,
        "author": author,
        "topics": topics,
        "intro": intro,
        "body": body,
    }


D = datetime.date

POSTS = [
    weekly_update(
        slug="weekly-update-5-september-2025",
        title="Back to school, and ready for winter",
        date=D(2025, 9, 5),
        author="Amira Hussain",
        topics=["how-the-partnership-works", "urgent-and-emergency-care"],
        intro="Amira Hussain on planning for winter before the summer is out, and the week's news from our "
        "programmes.",
        message=[
            "Hello, I'm Amira and welcome to this week's update.",
            "It may feel early to talk about winter while the evenings are still light, but this is the "
            "week our six places sat down together to agree how we will cope with the busiest months of "
            "the year. Last winter taught us that the pressure does not start at the hospital front "
            "door. It starts when a carer cannot get through to a GP practice, or when someone ready to "
            "go home waits days for a care package.",
            "So this year's plan begins in the community. Every place has named the services it will "
            "keep open over the holidays, and councils and the NHS will share one daily picture of beds, "
            "care home places and home care hours. When one place is struggling, the others will know "
            "that morning, not a week later.",
        ],
        this_week=[
            (
                "Partnership board",
                "Our partnership board met in public in Halifax. Members agreed the winter plan and asked "
                "for a report in January on how well it is working.",
            ),
            (
                "Flu vaccinations for staff",
                "Health and care staff can now book their flu vaccination through their employer. Last "
                "year seven in ten frontline staff were vaccinated; we want to do better.",
            ),
            (
                "New faces",
                "We welcomed eight new apprentices to the partnership team. They will spend a year working "
                "across finance, communications and our programmes.",
            ),
        ],
        next_week=[
            "The mental health programme board meets on Tuesday.",
            "Directors of finance meet on Thursday to review the first five months of the year.",
        ],
        sign_off="Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-19-september-2025",
        title="What a good stroke service looks like",
        date=D(2025, 9, 19),
        author="Daniel Whitaker",
        topics=["stroke", "public-involvement"],
        intro="Daniel Whitaker on what stroke survivors told us about their care, and what we will change.",
        message=[
            "Hello, I'm Daniel, and I lead our stroke programme.",
            "Over the summer we asked people who have had a stroke, and the families who care for them, "
            "what made the biggest difference to their recovery. Nearly 400 people replied. Speed of "
            "treatment in the first hours mattered, of course. But what people talked about most was "
            "what happened after they left hospital: who rang them, whether therapy carried on, and "
            "whether anyone explained what to expect.",
            "We heard that too many people go home without knowing who to call. From next month every "
            "person discharged from one of our stroke units will leave with a named contact in their "
            "community stroke team, and a phone call within three days of getting home.",
        ],
        this_week=[
            (
                "Stroke survivors' panel",
                "Twelve stroke survivors have joined a panel that will review our plans every quarter. "
                "Their first meeting is in October.",
            ),
            (
                "Ambulance handovers",
                "Yorkshire Ambulance Service and our hospitals agreed a shared target for handing over "
                "patients with suspected stroke within fifteen minutes of arrival.",
            ),
        ],
        next_week=[
            "The stroke programme board meets on Wednesday.",
            "Our places' primary care leads meet on Thursday.",
        ],
        sign_off="Thank you to everyone who shared their story with us. Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-3-october-2025",
        title="Where the money goes",
        date=D(2025, 10, 3),
        author="Gareth Lumb",
        topics=["funding-and-finance", "how-the-partnership-works"],
        intro="Gareth Lumb explains how health and care money is shared across our six places, and why we "
        "publish it.",
        message=[
            "Hello, I'm Gareth, the partnership's director of finance.",
            "People often ask us whether working together means money leaving their town for somewhere "
            "else. It is a fair question, and the answer is no. Almost all of the money for local "
            "health and care is still spent by the organisations in each place, on services in that "
            "place. What we share is a small fund for work that is better done once: buying specialist "
            "equipment together, training staff, and paying for the programmes that cover all six places.",
            "This year that shared fund is just under one per cent of what is spent on health and care "
            "across the area. From this month we will publish, every quarter, what it has been spent on "
            "and what difference it has made.",
        ],
        this_week=[
            (
                "Finance report",
                "Directors of finance reviewed the first five months of the year. Together our "
                "organisations are on track, though two hospitals are spending more on agency staff than "
                "planned.",
            ),
            (
                "Buying together",
                "Our hospitals agreed to buy gloves, aprons and dressings through one contract, which will "
                "save around two million pounds a year.",
            ),
        ],
        next_week=[
            "The partnership's audit committee meets on Tuesday.",
            "The cancer alliance board meets on Thursday.",
        ],
        sign_off="Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-7-november-2025",
        title="Talking about mental health at work",
        date=D(2025, 11, 7),
        author="Priya Sandhu",
        topics=["mental-health", "workforce"],
        intro="Priya Sandhu on looking after the people who look after everyone else, and the week's news.",
        message=[
            "Hello, I'm Priya, and I lead our mental health programme.",
            "This week I want to write about our own staff. Across health and care, one in four people "
            "who left their job last year said stress was part of the reason. We cannot run good "
            "services if the people in them are exhausted.",
            "Our staff wellbeing hub has now supported more than 3,000 colleagues, from porters to "
            "consultants to home carers. It offers quick access to talking therapies, and it is run by "
            "people who understand how health and care work. If you work in health or care anywhere in "
            "our area, it is there for you too.",
        ],
        this_week=[
            (
                "Talking therapies",
                "Waiting times for talking therapies fell again: most people now start treatment within "
                "four weeks of being referred.",
            ),
            (
                "Crisis cafés",
                "A new crisis café opened in Dewsbury, giving people somewhere to go in the evening "
                "instead of A&amp;E when they are struggling.",
            ),
            (
                "Remembrance",
                "Colleagues across the partnership paused on Tuesday to remember the health and care staff "
                "who have served in the armed forces.",
            ),
        ],
        sign_off="Look after yourselves, and have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-5-december-2025",
        title="Getting home for Christmas",
        date=D(2025, 12, 5),
        author="Joanne Clegg",
        topics=["urgent-and-emergency-care", "unpaid-carers"],
        intro="Joanne Clegg on helping people leave hospital as soon as they are ready, and supporting the "
        "carers who welcome them home.",
        message=[
            "Hello, I'm Joanne, and I lead our urgent and emergency care programme.",
            "Every winter there are people in our hospitals who are well enough to go home but cannot, "
            "because the help they need at home is not ready. Each extra day in a hospital bed makes it "
            "harder for an older person to regain their strength.",
            "This December our councils, hospitals and voluntary groups are working to a simple shared "
            "aim: nobody who is ready to leave hospital should wait more than a day for the help they "
            "need. Hospital to home teams, run by voluntary organisations, will make sure the heating is "
            "on, there is food in the fridge and someone checks in the next morning.",
            "We are also thinking about the families who take on more caring over the holidays. If you "
            "are looking after someone, please tell your GP practice, so they can offer you support.",
        ],
        this_week=[
            (
                "NHS 111",
                "NHS 111 answered more calls this week than in any week since last January, with most "
                "answered within a minute.",
            ),
            (
                "Carers' grants",
                "Carers' organisations in each place have small grants to help unpaid carers take a break "
                "over the winter. Ask your local carers' centre.",
            ),
        ],
        next_week=[
            "Urgent care leads from all six places meet on Monday and Thursday.",
            "The partnership board's December meeting is on Tuesday, in public.",
        ],
        sign_off="Have a good weekend, and thank you to everyone working over the coming weeks.",
    ),
    weekly_update(
        slug="weekly-update-9-january-2026",
        title="A new year, and what we learnt from December",
        date=D(2026, 1, 9),
        author="Amira Hussain",
        topics=["urgent-and-emergency-care", "how-the-partnership-works"],
        intro="Amira Hussain looks back at a hard December and thanks the people who kept services going.",
        message=[
            "Happy new year, and welcome to the first update of 2026. I'm Amira.",
            "December was as busy as we expected, and in places busier. Flu arrived early, and for two "
            "weeks our hospitals were fuller than at any time last winter. What made the difference was "
            "the daily call between our places: on three separate days, patients were cared for in a "
            "neighbouring hospital rather than waiting in an ambulance.",
            "I want to thank every member of staff and every volunteer who worked over the holidays. "
            "In the coming weeks we will publish an honest account of what went well and what did not, "
            "so that next winter is better.",
        ],
        this_week=[
            (
                "Looking back",
                "Leaders from all six places met on Wednesday to review December. Their findings will go "
                "to the partnership board in February.",
            ),
            (
                "Vaccinations",
                "There is still time to get a flu vaccination. Community pharmacies across the area have "
                "appointments available this month.",
            ),
        ],
        next_week=[
            "The workforce programme board meets on Wednesday.",
            "Healthwatch organisations from all six places meet with our leadership team on Friday.",
        ],
        sign_off="Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-6-february-2026",
        title="Finding cancer earlier",
        date=D(2026, 2, 6),
        author="Helen Okafor",
        topics=["cancer", "prevention"],
        intro="Helen Okafor on lung health checks, World Cancer Day and the week's news.",
        message=[
            "Hello, I'm Helen, and I lead our cancer alliance.",
            "Wednesday was World Cancer Day, a good moment to say what we are doing to find cancer "
            "sooner. When lung cancer is caught early, most people survive it; when it is caught late, "
            "most do not. That is why our lung health checks, offered in a van in supermarket car parks, "
            "matter so much.",
            "Since the checks began in our area, more than 40,000 people who smoke or used to smoke have "
            "had one. Three in four of the cancers found were at an early stage. This year the van will "
            "visit every one of our six places.",
        ],
        this_week=[
            (
                "World Cancer Day",
                "Staff from the cancer alliance joined a stall at Leeds market, talking to shoppers about "
                "the signs and symptoms to look out for.",
            ),
            (
                "Faster diagnosis",
                "Our hospitals met the national standard for telling people within 28 days whether they "
                "have cancer for the sixth month running.",
            ),
            (
                "Stop smoking support",
                "Every hospital in our area now offers stop smoking support to patients who smoke, as part "
                "of their care.",
            ),
        ],
        next_week=[
            "The cancer alliance board meets on Tuesday.",
            "Half-term: there is no update next Friday.",
        ],
        sign_off="Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-6-march-2026",
        title="Safer care for mothers and babies",
        date=D(2026, 3, 6),
        author="Tom Fairburn",
        topics=["maternity", "public-involvement"],
        intro="Tom Fairburn on listening to women and families, and the changes it has brought to our "
        "maternity services.",
        message=[
            "Hello, I'm Tom, and I lead our local maternity system.",
            "Our maternity voices partnerships bring together women, birthing people, families and "
            "staff to improve care. Over the last year they have heard from more than 2,000 families, "
            "and they have been clear: people want to be listened to, to see the same midwife where "
            "they can, and to understand what is happening and why.",
            "We are acting on what they told us. Every maternity unit now offers a debrief for families "
            "after a difficult birth, and we are increasing the number of teams where a small group of "
            "midwives cares for a woman throughout her pregnancy.",
        ],
        this_week=[
            (
                "Mothering Sunday",
                "Our maternity teams are asking families to share a thank-you message for the midwives "
                "who looked after them, ahead of Mothering Sunday.",
            ),
            (
                "Translated information",
                "Information about pregnancy care is now available in eleven languages, chosen with "
                "community groups.",
            ),
        ],
        next_week=["The maternity programme board meets on Thursday."],
        sign_off="Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-20-march-2026",
        title="Joining up records, safely",
        date=D(2026, 3, 20),
        author="Sarah Bentley",
        topics=["digital-and-data", "public-involvement"],
        intro="Sarah Bentley on the shared care record, what it means for you, and how your information is "
        "kept safe.",
        message=[
            "Hello, I'm Sarah, and I lead communications and engagement for the partnership.",
            "Many of you have asked about the shared care record, which lets the professionals caring "
            "for you see the same up-to-date information, whether they work in a GP practice, a "
            "hospital, a mental health service or a council care team. It means you should not have to "
            "repeat your story, and nobody has to guess which medicines you take.",
            "Only people directly involved in your care can see your record, and every look is logged. "
            "You can ask for your information not to be shared. This week we published a plain guide to "
            "how it works, in print and online, after testing it with readers in all six places.",
        ],
        this_week=[
            (
                "Digital inclusion",
                "Libraries in Kirklees and Wakefield now offer free help with the NHS App, for anyone who "
                "would like to order repeat prescriptions or see test results online.",
            ),
            (
                "Cyber security",
                "Our organisations ran a joint exercise on what to do if a computer system fails, so that "
                "care can carry on safely on paper.",
            ),
        ],
        next_week=[
            "Our digital programme board meets on Tuesday.",
            "Sarah joins a public meeting on the shared care record in Harrogate on Wednesday evening.",
        ],
        sign_off="Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-10-april-2026",
        title="Care closer to home",
        date=D(2026, 4, 10),
        author="Amira Hussain",
        topics=["primary-and-community-care", "workforce"],
        intro="Amira Hussain on the teams who care for people in their own neighbourhoods, and the week's "
        "news.",
        message=[
            "Hello, I'm Amira, and I hope you had a good Easter.",
            "I spent Tuesday with a neighbourhood team in Bradford: a GP, district nurses, a social "
            "worker, a pharmacist and a community connector from a local charity, meeting every morning "
            "to talk about the people on their list who are most at risk of ending up in hospital.",
            "What struck me was how ordinary the solutions often are. A grab rail. A lift to the "
            "surgery. A neighbour who agrees to call in. None of it needs a hospital, and all of it "
            "depends on people knowing each other and trusting each other. There are now more than "
            "fifty teams like this across our area, and we want one in every neighbourhood.",
        ],
        this_week=[
            (
                "Community pharmacies",
                "More pharmacies now treat common conditions such as sore throats and earache without a "
                "GP appointment. Ask at your local pharmacy.",
            ),
            (
                "Nursing students",
                "More than 600 nursing students started placements in community services this spring, "
                "the most we have offered.",
            ),
        ],
        next_week=["The primary care programme board meets on Wednesday."],
        sign_off="Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-8-may-2026",
        title="Celebrating our nurses and midwives",
        date=D(2026, 5, 8),
        author="Tom Fairburn",
        topics=["workforce", "maternity"],
        intro="Tom Fairburn marks International Day of the Midwife and looks ahead to International Nurses "
        "Day.",
        message=[
            "Hello, I'm Tom.",
            "This week we marked International Day of the Midwife, and on Tuesday it is International "
            "Nurses Day. It is a chance to say thank you, and to be honest about the pressure nurses "
            "and midwives work under.",
            "We have more midwives in post than a year ago, and fewer leaving. That has not happened by "
            "chance: it follows better support for newly qualified staff, more flexible shifts and a "
            "clear route for healthcare assistants to train as midwives while they keep earning.",
        ],
        this_week=[
            (
                "Thank you messages",
                "More than 900 families sent thank-you messages to their midwives. We have shared every "
                "one with the teams.",
            ),
            (
                "Return to practice",
                "Twenty nurses who had left the profession returned this spring through our return to "
                "practice scheme.",
            ),
        ],
        next_week=[
            "International Nurses Day events take place in every hospital on Tuesday.",
            "The workforce programme board meets on Thursday.",
        ],
        sign_off="Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-5-june-2026",
        title="Carers Week: you are not on your own",
        date=D(2026, 6, 5),
        author="Sarah Bentley",
        topics=["unpaid-carers", "public-involvement"],
        intro="Sarah Bentley on Carers Week and the support available to the people who look after a "
        "relative, friend or neighbour.",
        message=[
            "Hello, I'm Sarah.",
            "Next week is Carers Week. Around one in ten people in our area looks after someone without "
            "being paid for it, and many do not think of themselves as a carer at all. They are a "
            "daughter, a husband, a neighbour.",
            "If that is you, there is help: a carers' centre in every place, a break when you need one, "
            "and advice on money and work. Tell your GP practice you are a carer, so they can offer you "
            "a health check and flexible appointments.",
        ],
        this_week=[
            (
                "Young carers",
                "Schools in Calderdale now have a named member of staff for young carers, so that pupils "
                "who care for a parent or sibling get support at school.",
            ),
            (
                "Working carers",
                "Our organisations have agreed to give staff who are carers up to five days of paid "
                "carers' leave a year.",
            ),
        ],
        next_week=[
            "Carers Week events take place in all six places from Monday.",
            "The partnership board meets in public on Tuesday.",
        ],
        sign_off="To every carer reading this: thank you. Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-3-july-2026",
        title="Healthier futures for our communities",
        date=D(2026, 7, 3),
        author="Priya Sandhu",
        topics=["prevention", "mental-health"],
        intro="Priya Sandhu on tackling the causes of poor health, and a summer of activities for young "
        "people.",
        message=[
            "Hello, I'm Priya.",
            "Where you live in our area still makes a difference of up to ten years to how long you can "
            "expect to live in good health. Much of that difference comes from things outside the NHS: "
            "housing, work, money and loneliness.",
            "This summer our councils, the NHS and voluntary groups are running free activities for young "
            "people in the neighbourhoods with the greatest need, from football to cooking to art. They "
            "are designed with young people, and they include someone to talk to for anyone who is finding "
            "life hard.",
        ],
        this_week=[
            (
                "Healthy homes",
                "Three councils have joined a scheme that refers people with breathing problems for help "
                "with damp and cold homes.",
            ),
            (
                "The NHS's birthday",
                "On Sunday the NHS celebrates its birthday. Thank you to everyone who works in it and "
                "alongside it.",
            ),
        ],
        next_week=["The prevention programme board meets on Wednesday."],
        sign_off="Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-4-september-2026",
        title="One year on from our winter plan",
        date=D(2026, 9, 4),
        author="Joanne Clegg",
        topics=["urgent-and-emergency-care", "funding-and-finance"],
        intro="Joanne Clegg on what changes for this winter, and the new urgent treatment centres opening in "
        "the autumn.",
        message=[
            "Hello, I'm Joanne.",
            "A year ago we agreed our winter plan. We published an account of how it went in the spring, "
            "and this week the partnership board agreed what changes for this year.",
            "The biggest change is where people go when they need urgent care but not A&amp;E. Two new "
            "urgent treatment centres open this autumn, with GPs and nurses on hand until ten at night. "
            "NHS 111 can book you a time slot, so you do not have to wait in a queue.",
        ],
        this_week=[
            (
                "Winter funding",
                "The partnership agreed to put three million pounds of shared funding into care at home "
                "this winter, so that people leave hospital sooner.",
            ),
            (
                "Ambulance response",
                "Ambulance response times for the most serious calls improved over the summer, and are "
                "now the best they have been for three years.",
            ),
        ],
        next_week=["Urgent care leads meet on Monday.", "The stroke programme board meets on Thursday."],
        sign_off="Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-2-october-2026",
        title="Ten years of working together",
        date=D(2026, 10, 2),
        author="Amira Hussain",
        topics=["how-the-partnership-works", "public-involvement"],
        intro="Amira Hussain on ten years of the partnership, and the questions the public still ask us.",
        message=[
            "Hello, I'm Amira.",
            "It is ten years since the councils and NHS organisations of West Yorkshire and Harrogate "
            "first agreed to plan health and care together. Some things have changed beyond "
            "recognition: our stroke, cancer and mental health services are planned across the whole "
            "area, and we buy together where it saves money.",
            "Some questions have not changed at all. People still ask whether the NHS is being "
            "privatised (it is not), whether working together means fewer local services (it does "
            "not), and who is accountable when things go wrong. We answer these questions, and many "
            "more, on our website, and we will keep answering them.",
        ],
        this_week=[
            (
                "Anniversary event",
                "More than 200 staff, volunteers and members of the public joined an event in Leeds to "
                "look back and look forward.",
            ),
            (
                "Your questions",
                "We have added twenty new answers to the questions people ask us. If yours is not there, "
                "please ask.",
            ),
        ],
        next_week=[
            "The partnership board meets in public on Tuesday.",
            "Directors of finance meet on Thursday.",
        ],
        sign_off="Have a good weekend.",
    ),
    weekly_update(
        slug="weekly-update-20-november-2026",
        title="Staying well this winter",
        date=D(2026, 11, 20),
        author="Helen Okafor",
        topics=["prevention", "cancer", "urgent-and-emergency-care"],
        intro="Helen Okafor on vaccinations, keeping warm and not putting off a visit to the doctor.",
        message=[
            "Hello, I'm Helen.",
            "As the weather turns, I want to ask one thing of everyone reading this: if you notice "
            "something that is not right with your body, please do not put off seeing a doctor "
            "because you think the NHS is too busy. Finding cancer early makes a real difference, and "
            "our GP practices want to see you.",
            "Winter vaccinations are also open. If you are eligible for a flu or COVID-19 vaccination, "
            "you can book at a GP practice or pharmacy.",
        ],
        this_week=[
            (
                "Lung health checks",
                "The lung health check van reached its 60,000th person this week, in Wakefield.",
            ),
            (
                "Keeping warm",
                "Councils in all six places have opened warm spaces in libraries and community centres, "
                "with a hot drink and someone to talk to.",
            ),
        ],
        next_week=[
            "The cancer alliance board meets on Tuesday.",
            "The mental health programme board meets on Thursday.",
        ],
        sign_off="Stay well, and have a good weekend.",
    ),
    news_post(
        slug="new-hyper-acute-stroke-unit-opens",
        title="New hyper-acute stroke unit opens",
        date=D(2025, 10, 15),
        author=None,
        topics=["stroke"],
        intro="People who have a stroke in the south of our area will now be treated in a specialist unit "
        "with round-the-clock stroke consultants.",
        body=[
            (
                "paragraph",
                _paragraphs(
                    "A new hyper-acute stroke unit opened this week, bringing specialist stroke doctors, "
                    "nurses and therapists together around the clock. People with a suspected stroke will "
                    "be taken straight there by ambulance for scans and treatment in the first hours, "
                    "when it matters most.",
                    "After the first few days, people will continue their care and rehabilitation in "
                    "their local hospital or at home, close to their family.",
                ),
            ),
            (
                "quote",
                {
                    "quote": "Every minute counts after a stroke. Bringing our specialists together means "
                    "more people will recover well enough to go back to the lives they had.",
                    "attribution": "Daniel Whitaker",
                    "role": "Programme Director, Stroke",
                },
            ),
            ("heading", {"text": "Know the signs of a stroke", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Face: has their face fallen on one side?</li>"
                "<li>Arms: can they raise both arms and keep them there?</li>"
                "<li>Speech: is their speech slurred?</li>"
                "<li>Time: call 999 straight away if you see any of these signs.</li></ul>",
            ),
        ],
    ),
    news_post(
        slug="have-your-say-on-support-for-unpaid-carers",
        title="Have your say on support for unpaid carers",
        date=D(2026, 1, 21),
        author="Sarah Bentley",
        topics=["unpaid-carers", "public-involvement"],
        intro="We want to hear from unpaid carers about what would make the biggest difference to them, "
        "before we agree our plans for the next three years.",
        body=[
            (
                "paragraph",
                _paragraphs(
                    "Unpaid carers save health and care services more than they cost to run, and many "
                    "do it at the expense of their own health, work and money. Before we agree our plans "
                    "for the next three years, we want to hear from as many carers as we can.",
                    "You can fill in a short survey online or on paper at any carers' centre, GP "
                    "practice or library, or come to one of twelve drop-in sessions across our six places.",
                ),
            ),
            (
                "inset_text",
                {"body": "<p>The survey is open until 31 March 2026. It takes about ten minutes.</p>"},
            ),
        ],
    ),
    news_post(
        slug="maternity-survey-results-2026",
        title="Families rate our maternity services more highly",
        date=D(2026, 6, 17),
        author="Tom Fairburn",
        topics=["maternity"],
        intro="This year's national maternity survey shows families in our area feel better listened to, "
        "though there is more to do on care after birth.",
        body=[
            (
                "paragraph",
                _paragraphs(
                    "The results of this year's national maternity survey show improvements in every "
                    "one of our maternity units. Most of all, women and birthing people said they felt "
                    "listened to, and that their partner was able to stay with them.",
                    "Care after birth scored lower, especially help with feeding. Our units are adding "
                    "specialist feeding support on every postnatal ward, and a helpline for the first "
                    "six weeks at home.",
                ),
            ),
        ],
    ),
    news_post(
        slug="two-urgent-treatment-centres-open",
        title="Two urgent treatment centres open their doors",
        date=D(2026, 10, 21),
        author=None,
        topics=["urgent-and-emergency-care", "primary-and-community-care"],
        intro="Two new urgent treatment centres are open every day until 10pm, for injuries and illnesses "
        "that are urgent but not life-threatening.",
        body=[
            (
                "paragraph",
                _paragraphs(
                    "Two urgent treatment centres opened this week. They treat injuries and illnesses "
                    "that need attention the same day but are not life-threatening: sprains and "
                    "suspected broken bones, minor burns, cuts, and infections.",
                    "They are open every day from 8am to 10pm. You can walk in, but it is quicker to "
                    "contact NHS 111 first, online or by phone, who can book you a time.",
                ),
            ),
            (
                "warning",
                {
                    "title": "In an emergency, call 999",
                    "heading_level": 2,
                    "body": "<p>Call 999 for chest pain, difficulty breathing, signs of a stroke or "
                    "heavy bleeding.</p>",
                },
            ),
        ],
    ),
]


@transaction.atomic
def build_demo(home, topics, people) -> NewsIndexPage:
    """The news index under ``home`` and the demo posts beneath it; what exists is left alone."""
    index = add_child_page(home, NewsIndexPage(**NEWS_INDEX))
    for spec in POSTS:
        if index.get_children().filter(slug=spec["slug"]).exists():
            continue
        post = PostPage(
            title=spec["title"],
            slug=spec["slug"],
            date=spec["date"],
            kind=spec["kind"],
            author=people.get(spec["author"]) if spec["author"] else None,
            intro=spec["intro"],
            body=spec["body"],
        )
        post.topics = [topics[slug] for slug in spec["topics"] if slug in topics]
        add_child_page(index, post)
    return index
