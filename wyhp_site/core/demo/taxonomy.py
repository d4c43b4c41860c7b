"""Demo topics and people: invented people, the partnership's real areas of work."""

TOPICS = [
    (
        "How the partnership works",
        "how-the-partnership-works",
        "Who we are, how decisions are made and who is accountable for them.",
    ),
    (
        "Funding and finance",
        "funding-and-finance",
        "Where the money comes from, how it is shared and how we report on it.",
    ),
    (
        "NHS services and contracts",
        "nhs-services-and-contracts",
        "Who provides services, how contracts are awarded, and the NHS staying public.",
    ),
    ("Public involvement", "public-involvement", "How residents, patients and carers shape our plans."),
    (
        "Mental health",
        "mental-health",
        "Mental health, learning disability and autism services for all ages.",
    ),
    ("Cancer", "cancer", "Earlier diagnosis, faster treatment and better support after cancer."),
    ("Stroke", "stroke", "Preventing strokes, hyper-acute stroke units and rehabilitation."),
    ("Maternity", "maternity", "Safer, kinder care for women, birthing people and babies."),
    (
        "Urgent and emergency care",
        "urgent-and-emergency-care",
        "A&E, NHS 111, ambulances and care closer to home when it is urgent.",
    ),
    (
        "Unpaid carers",
        "unpaid-carers",
        "Support for the people who look after a relative, friend or neighbour.",
    ),
    ("Workforce", "workforce", "Recruiting, training and keeping health and care staff."),
    ("Digital and data", "digital-and-data", "Shared care records, online services and keeping data safe."),
    (
        "Primary and community care",
        "primary-and-community-care",
        "GP practices, community nursing, pharmacies and care in neighbourhoods.",
    ),
    (
        "Prevention",
        "prevention",
        "Helping people stay well: smoking, alcohol, weight and health inequalities.",
    ),
]

# (name, role, organisation)
PEOPLE = [
    ("Amira Hussain", "Chief Executive Lead", "West Yorkshire and Harrogate Health and Care Partnership"),
    (
        "Daniel Whitaker",
        "Programme Director, Stroke",
        "West Yorkshire and Harrogate Health and Care Partnership",
    ),
    ("Helen Okafor", "Programme Director, Cancer Alliance", "West Yorkshire and Harrogate Cancer Alliance"),
    (
        "Priya Sandhu",
        "Programme Director, Mental Health",
        "West Yorkshire and Harrogate Health and Care Partnership",
    ),
    ("Gareth Lumb", "Director of Finance", "West Yorkshire and Harrogate Health and Care Partnership"),
    (
        "Sarah Bentley",
        "Head of Communications and Engagement",
        "West Yorkshire and Harrogate Health and Care Partnership",
    ),
    ("Tom Fairburn", "Programme Director, Maternity", "West Yorkshire and Harrogate Local Maternity System"),
    (
        "Joanne Clegg",
        "Programme Director, Urgent and Emergency Care",
        "West Yorkshire and Harrogate Health and Care Partnership",
    ),
]
