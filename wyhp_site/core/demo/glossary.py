"""Demo glossary: abbreviations people meet on the partnership's pages, in our own words."""

from ..models import GlossaryTerm

GLOSSARY = [
    (
        "A&E",
        "accident and emergency",
        "The hospital department that sees people with serious injuries or sudden illness, day and night.",
    ),
    (
        "ACS",
        "accountable care system",
        "An earlier name for NHS organisations and councils in an area agreeing to plan and pay for care together.",
    ),
    (
        "CCG",
        "clinical commissioning group",
        "A GP-led NHS body that bought hospital, community and mental health services for its area until July 2022.",
    ),
    (
        "CQC",
        "Care Quality Commission",
        "The independent regulator that inspects and rates health and adult social care services in England.",
    ),
    (
        "HASU",
        "hyper-acute stroke unit",
        "A specialist hospital unit that treats people in the first hours after a stroke, when fast care matters most.",
    ),
    (
        "HCP",
        "health and care partnership",
        "Councils, NHS organisations, the voluntary sector and Healthwatch working together across an area.",
    ),
    (
        "ICB",
        "integrated care board",
        "The statutory NHS body that plans and funds most NHS services in an integrated care system.",
    ),
    (
        "ICS",
        "integrated care system",
        "NHS organisations, councils and community partners in one area planning health and care together.",
    ),
    (
        "MoU",
        "memorandum of understanding",
        "A written agreement setting out how partners will work together. It is not a legal contract.",
    ),
    (
        "NHSE",
        "NHS England",
        "The national body that leads the NHS in England and sets out what local systems must deliver.",
    ),
    (
        "PCN",
        "primary care network",
        "A group of neighbouring GP practices working together, usually serving 30,000 to 50,000 people.",
    ),
    (
        "STP",
        "sustainability and transformation partnership",
        "The name used from 2016 for local NHS and council partnerships before they became integrated care systems.",
    ),
    (
        "VCS",
        "voluntary and community sector",
        "Charities, community groups and social enterprises.",
    ),
    (
        "VCSE",
        "voluntary, community and social enterprise",
        "Charities, community groups and social enterprises, many of which provide care and support locally.",
    ),
    (
        "WY&H",
        "West Yorkshire and Harrogate",
        "The area the partnership served until 2022: Bradford, Calderdale, Kirklees, Leeds, Wakefield and Harrogate.",
    ),
    (
        "WYAAT",
        "West Yorkshire Association of Acute Trusts",
        "The area's hospital trusts working together on shared services, buying and specialist care.",
    ),
]


def build_glossary() -> dict[str, GlossaryTerm]:
    """The demo glossary, keyed by abbreviation. Terms an editor has already added are left alone."""
    terms = {}
    for abbreviation, expansion, definition in GLOSSARY:
        term = GlossaryTerm.objects.filter(abbreviation__iexact=abbreviation).first()
        if term is None:
            term = GlossaryTerm.objects.create(
                abbreviation=abbreviation, expansion=expansion, definition=definition
            )
        terms[abbreviation] = term
    return terms
