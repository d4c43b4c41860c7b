"""Demo programmes: the programme index and ten priority programmes, each with its leads.

``build_demo(home, topics, people)`` takes what ``build_core_site()`` returns.
It finds pages by slug before creating them and never changes a page that
already exists, so running it again only adds what is missing.
"""

from django.db import transaction

from wyhp_site.core.demo.builders import add_child_page
from wyhp_site.core.models import HomePage, Person, Topic

from .models import ProgrammeIndexPage, ProgrammeLead, ProgrammePage

INDEX = {
    "title": "Our programmes",
    "slug": "programmes",
    "intro": (
        "The work our partners have agreed to do together, across all six of our places, "
        "because it is better done once than six times over."
    ),
}


def facts(*pairs):
    return ("key_facts", {"facts": [{"figure": figure, "label": label} for figure, label in pairs]})


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def inset(html):
    return ("inset_text", {"body": html})


# Each programme: title, slug, summary, topic slug, leads as (person name, role),
# contact email, status line and body in the shape StreamField takes.
PROGRAMMES = [
    {
        "title": "Cancer",
        "slug": "cancer",
        "summary": "Finding cancer earlier, treating it faster and supporting people to live well after it.",
        "topic": "cancer",
        "leads": [("Helen Okafor", "Programme Director"), ("Amira Hussain", "Senior Responsible Officer")],
        "email": "cancer.alliance@example.org",
        "status": "",
        "body": [
            (
                "paragraph",
                "<p>Our cancer alliance brings together the hospitals, GP practices, hospices and "
                "charities that care for people with cancer. More people survive cancer when it is "
                "found early, so much of our work is about making it easier to get checked.</p>",
            ),
            heading("What we are doing"),
            (
                "paragraph",
                "<ul><li>community diagnostic centres, so scans and tests can happen away from busy "
                "hospital sites</li>"
                "<li>lung health checks in mobile units for people who smoke or used to smoke</li>"
                "<li>one shared pathway for each common cancer, so the wait for a diagnosis is the same "
                "wherever you live</li>"
                "<li>a named support worker for everyone who has finished treatment</li></ul>",
            ),
            facts(
                ("28 days", "the longest anyone should wait to find out whether they have cancer"),
                ("6", "places working to one set of cancer pathways"),
            ),
            heading("If you are worried about cancer"),
            (
                "paragraph",
                "<p>Contact your GP practice if you notice something that is not normal for you, such "
                "as a lump, unexplained weight loss or blood where it should not be. You will not be "
                "wasting anyone's time.</p>",
            ),
        ],
    },
    {
        "title": "Stroke",
        "slug": "stroke",
        "summary": (
            "Preventing strokes, and giving everyone who has one the best specialist care and rehabilitation."
        ),
        "topic": "stroke",
        "leads": [("Daniel Whitaker", "Programme Director")],
        "email": "stroke.programme@example.org",
        "status": "Engagement on stroke rehabilitation services open until 31 March 2027",
        "body": [
            (
                "paragraph",
                "<p>A stroke is a medical emergency. The sooner someone reaches a specialist stroke "
                "unit, the more of their brain can be saved. Our hospitals work as one network so "
                "that every patient gets the same standard of care, day and night.</p>",
            ),
            facts(
                ("4.5 hours", "the window in which clot-busting treatment works best"),
                ("24/7", "specialist stroke teams on call across the network"),
                ("1 network", "of hospital stroke units sharing staff, scans and expertise"),
            ),
            heading("What we are doing"),
            (
                "paragraph",
                "<ul><li>helping GPs find and treat high blood pressure and irregular heartbeat, the "
                "biggest causes of stroke</li>"
                "<li>sharing brain scans between hospitals so a specialist can advise within minutes</li>"
                "<li>more therapy at home after a stroke, so people leave hospital sooner and recover "
                "where they live</li></ul>",
            ),
            inset(
                "<p>Think FAST: Face fallen on one side, Arms that cannot be raised, Speech slurred. "
                "Time to call 999.</p>"
            ),
        ],
    },
    {
        "title": "Mental health, learning disability and autism",
        "slug": "mental-health",
        "summary": (
            "Care close to home for people of every age, so that nobody has to travel out of the area "
            "for a bed."
        ),
        "topic": "mental-health",
        "leads": [("Priya Sandhu", "Programme Director")],
        "email": "mental.health.programme@example.org",
        "status": "",
        "body": [
            (
                "paragraph",
                "<p>The four mental health trusts in our area, councils and voluntary groups plan "
                "specialist services together. When someone needs a hospital bed, it should be near "
                "the people who visit them and the team that will care for them afterwards.</p>",
            ),
            heading("What we are doing"),
            (
                "paragraph",
                "<ul><li>ending out-of-area placements for adults who need a mental health bed</li>"
                "<li>crisis cafes and safe spaces open in the evenings, as an alternative to A&amp;E</li>"
                "<li>support in schools for children and young people, before problems become a crisis</li>"
                "<li>helping people with a learning disability or autism live in their own homes rather "
                "than in hospital</li></ul>",
            ),
            facts(
                ("1 in 4", "adults will have a mental health problem this year"),
                ("0", "people we want to send out of the area for a mental health bed"),
            ),
            inset(
                "<p>If you need help now, call NHS 111 and choose the mental health option, or call "
                "999 if a life is at risk.</p>"
            ),
        ],
    },
    {
        "title": "Maternity",
        "slug": "maternity",
        "summary": (
            "Safer and kinder care before, during and after birth, with choices that are really yours."
        ),
        "topic": "maternity",
        "leads": [("Tom Fairburn", "Programme Director")],
        "email": "maternity.system@example.org",
        "status": "Survey of new and expectant parents open until 28 February 2027",
        "body": [
            (
                "paragraph",
                "<p>Our local maternity system links the hospitals' maternity units with community "
                "midwives, health visitors and the parents who use the services. Parents sit on our "
                "maternity voices partnerships and help decide what changes.</p>",
            ),
            heading("What we are doing"),
            (
                "paragraph",
                "<ul><li>the same midwife or small team through pregnancy, birth and afterwards</li>"
                "<li>a personal care plan that sets out your choices and goes with you</li>"
                "<li>extra support for families most likely to have a poor outcome, including help "
                "with interpreting</li>"
                "<li>help to stop smoking in pregnancy for the whole household</li></ul>",
            ),
            facts(
                ("1 plan", "for each pregnancy, written with the parents"),
                ("6", "maternity voices partnerships, one in each place"),
            ),
            heading("Tell us about your care"),
            (
                "paragraph",
                "<p>If you have had a baby in the last two years, your experience helps us improve "
                "care for the next family. Speak to your midwife or contact the programme team.</p>",
            ),
        ],
    },
    {
        "title": "Urgent and emergency care",
        "slug": "urgent-and-emergency-care",
        "summary": (
            "The right help first time when it is urgent, whether that is NHS 111, a pharmacist, an "
            "urgent treatment centre or A&E."
        ),
        "topic": "urgent-and-emergency-care",
        "leads": [("Joanne Clegg", "Programme Director")],
        "email": "urgent.care@example.org",
        "status": "",
        "body": [
            (
                "paragraph",
                "<p>Ambulance services, hospitals, GP out-of-hours services, councils and NHS 111 plan "
                "together for the busiest times of the year, so that A&amp;E is there for the people "
                "who need it most.</p>",
            ),
            facts(
                ("111", "for urgent help that is not an emergency, online or by phone, day and night"),
                ("999", "when someone is seriously ill or injured and their life is at risk"),
            ),
            heading("What we are doing"),
            (
                "paragraph",
                "<ul><li>clinicians answering more NHS 111 calls, so fewer people are sent to A&amp;E "
                "just in case</li>"
                "<li>same-day emergency care, so many patients go home the day they arrive</li>"
                "<li>urgent community response teams who reach people at home within two hours</li>"
                "<li>planning hospital discharge with social care from the day someone is admitted</li></ul>",
            ),
            inset(
                "<p>Not sure where to go? Use NHS 111 online first: it can book you a time at an "
                "urgent treatment centre.</p>"
            ),
        ],
    },
    {
        "title": "Prevention at scale",
        "slug": "prevention-at-scale",
        "summary": (
            "Helping people stay well for longer, and closing the gap in healthy years between our "
            "richest and poorest areas."
        ),
        "topic": "prevention",
        "leads": [("Amira Hussain", "Senior Responsible Officer")],
        "email": "prevention@example.org",
        "status": "",
        "body": [
            (
                "paragraph",
                "<p>Most of what keeps people healthy happens outside hospitals: good work, warm "
                "homes, clean air and support to change habits. Councils' public health teams lead "
                "this programme with the NHS and voluntary groups.</p>",
            ),
            heading("Our priorities"),
            (
                "paragraph",
                "<ul><li>treating tobacco addiction for every smoker admitted to hospital</li>"
                "<li>alcohol care teams in hospitals, and advice in GP practices</li>"
                "<li>finding and treating high blood pressure in community venues</li>"
                "<li>suicide prevention, with bereavement support for families</li></ul>",
            ),
            facts(
                ("2 in 3", "long-term smokers will die of an illness caused by smoking"),
                ("6 places", "each with its own plan to narrow the gap in health between neighbourhoods"),
            ),
        ],
    },
    {
        "title": "Primary and community care",
        "slug": "primary-and-community-care",
        "summary": (
            "GP practices, pharmacies, community nurses and therapists working together in every "
            "neighbourhood."
        ),
        "topic": "primary-and-community-care",
        "leads": [
            ("Amira Hussain", "Senior Responsible Officer"),
            ("Joanne Clegg", "Enabling Lead, Community Services"),
        ],
        "email": "primary.care@example.org",
        "status": "",
        "body": [
            (
                "paragraph",
                "<p>Most contact people have with the NHS is with their GP practice, a pharmacy or a "
                "community nurse. Practices now work in primary care networks of neighbouring "
                "practices, which share staff such as clinical pharmacists, physiotherapists and "
                "social prescribing link workers.</p>",
            ),
            heading("What this means for you"),
            (
                "paragraph",
                "<ul><li>more ways to get an appointment: by phone, online or in person</li>"
                "<li>the right professional for your need, who may not be a GP</li>"
                "<li>pharmacists who can treat common conditions without a GP appointment</li>"
                "<li>community teams who support people with long-term conditions at home</li></ul>",
            ),
            facts(
                ("50", "primary care networks across our six places"),
                ("7", "common conditions your pharmacist can now treat"),
            ),
        ],
    },
    {
        "title": "Unpaid carers",
        "slug": "unpaid-carers",
        "summary": "Recognising and supporting the people who look after a relative, friend or neighbour.",
        "topic": "unpaid-carers",
        "leads": [("Sarah Bentley", "Programme Lead")],
        "email": "carers@example.org",
        "status": "Carers' survey open until 31 January 2027",
        "body": [
            (
                "paragraph",
                "<p>Many carers do not think of themselves as carers: they are simply looking after "
                "someone they love. Caring can be hard on your own health, work and money, and help "
                "is there if you know where to find it.</p>",
            ),
            heading("What we are doing"),
            (
                "paragraph",
                "<ul><li>a carers passport recognised by hospitals, so carers are involved in decisions "
                "and discharge plans</li>"
                "<li>flexible working and carers' leave across our NHS and council employers</li>"
                "<li>young carers' support in schools and colleges</li></ul>",
            ),
            facts(
                ("1 in 8", "adults look after someone without being paid"),
                ("1 passport", "that every hospital in our area recognises"),
            ),
            inset(
                "<p>If you look after someone, tell your GP practice. They can record that you are a "
                "carer and offer you a health check and a flu vaccine.</p>"
            ),
        ],
    },
    {
        "title": "Workforce",
        "slug": "workforce",
        "summary": "Recruiting, training and keeping the health and care staff our communities need.",
        "topic": "workforce",
        "leads": [("Gareth Lumb", "Senior Responsible Officer")],
        "email": "workforce@example.org",
        "status": "",
        "body": [
            (
                "paragraph",
                "<p>Our health and care organisations employ more people than any other sector in "
                "the area. We plan together so that we do not simply compete with each other for "
                "the same staff.</p>",
            ),
            heading("What we are doing"),
            (
                "paragraph",
                "<ul><li>apprenticeships and routes into care work for local people, including those "
                "returning to work</li>"
                "<li>health and wellbeing hubs for staff, with fast access to psychological support</li>"
                "<li>staff passports, so people can move between our organisations without repeating "
                "checks and training</li>"
                "<li>fair pay for care workers, agreed with our councils</li></ul>",
            ),
            facts(
                ("1 in 10", "working people in our area are employed in health or care"),
                ("1 passport", "for staff moving between our organisations"),
            ),
        ],
    },
    {
        "title": "Digital and data",
        "slug": "digital-and-data",
        "summary": (
            "Joined-up records, useful online services and data that is kept safe and used only for "
            "care and planning."
        ),
        "topic": "digital-and-data",
        "leads": [
            ("Gareth Lumb", "Senior Responsible Officer"),
            ("Sarah Bentley", "Public Engagement Lead"),
        ],
        "email": "digital@example.org",
        "status": "",
        "body": [
            (
                "paragraph",
                "<p>Patients should not have to tell their story again every time they meet someone "
                "new. A shared care record lets the professionals caring for you see the information "
                "they need, with strict rules on who can see what and why.</p>",
            ),
            heading("What we are doing"),
            (
                "paragraph",
                "<ul><li>a shared care record across GP practices, hospitals, mental health services "
                "and social care</li>"
                "<li>online consultations and the NHS App for booking and repeat prescriptions</li>"
                "<li>help for people who are not online, so nobody is left behind</li></ul>",
            ),
            facts(("1 record", "seen by the professionals caring for you, and only them")),
            heading("Your data"),
            (
                "paragraph",
                "<p>You can choose whether your confidential information is used for research and "
                "planning through the national data opt-out. This does not affect the care you receive.</p>",
            ),
        ],
    },
]


def build_index(home: HomePage) -> ProgrammeIndexPage:
    return add_child_page(home, ProgrammeIndexPage(**INDEX))


def build_programme(
    index: ProgrammeIndexPage, spec: dict, topics: dict[str, Topic], people: dict[str, Person]
) -> ProgrammePage:
    page = ProgrammePage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        topic=topics[spec["topic"]],
        status=spec["status"],
        body=spec["body"],
        contact_email=spec["email"],
        leads=[
            ProgrammeLead(person=people[name], role=role, sort_order=position)
            for position, (name, role) in enumerate(spec["leads"])
        ],
    )
    return add_child_page(index, page)


@transaction.atomic
def build_demo(
    home: HomePage, topics: dict[str, Topic], people: dict[str, Person]
) -> tuple[ProgrammeIndexPage, list[ProgrammePage]]:
    """The programme index under ``home`` and its programmes, creating only what is missing."""
    index = build_index(home)
    programmes = [build_programme(index, spec, topics, people) for spec in PROGRAMMES]
    return index, programmes
