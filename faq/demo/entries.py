"""Demo FAQ entries, written for this project: plausible questions from the public
and plain answers. Names are the invented demo people; no real person is quoted.

``reviewed`` is a date ("2019-03-12") for answers left unchecked for years, or a
number of days before today for answers kept up to date.
"""


def text(*paragraphs: str) -> tuple:
    return ("paragraph", "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs))


def bullets(intro: str, items: list[str], after: str = "") -> tuple:
    html = f"<p>{intro}</p><ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>"
    return ("paragraph", html + (f"<p>{after}</p>" if after else ""))


def heading(words: str) -> tuple:
    return ("heading", {"text": words, "level": "h2"})


def inset(words: str) -> tuple:
    return ("inset_text", {"body": f"<p>{words}</p>"})


def people(title: str, rows: list[tuple[str, str]]) -> tuple:
    return (
        "people_list",
        {
            "heading": title,
            "heading_level": "h2",
            "items": [{"name": name, "description": description, "url": ""} for name, description in rows],
        },
    )


def table(caption: str, rows: list[list[str]]) -> tuple:
    return (
        "table",
        {
            "data": rows,
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": caption,
        },
    )


ENTRIES = [
    {
        "slug": "what-is-a-sustainability-and-transformation-plan",
        "question": "What is a sustainability and transformation plan?",
        "short_answer": "A five-year plan, written jointly by the NHS and councils in an area, for keeping health and care services good and affordable.",
        "answer": [
            text(
                "In 2016 every part of England was asked to write one plan covering all of its health and care services, instead of each hospital, council and clinical commissioning group planning on its own.",
                "Ours set out how the organisations in West Yorkshire and Harrogate would work together to improve people's health, raise the quality of care and live within the money available.",
            ),
            inset(
                "These plans have since been replaced by the work of the integrated care system. This answer describes how things stood when the question was asked."
            ),
        ],
        "topics": ["how-the-partnership-works"],
        "asked": "2016-11",
        "reviewed": "2019-03-12",
        "related": ["what-is-an-integrated-care-system"],
    },
    {
        "slug": "why-are-councils-and-the-nhs-planning-together",
        "question": "Why are councils and the NHS planning together?",
        "short_answer": "Because people's health depends on housing, jobs, social care and much more besides hospitals and GPs, and no single organisation controls all of that.",
        "answer": [
            text(
                "Councils run social care, public health, housing and many services that keep people well. The NHS treats people when they are ill. When the two plan separately, people fall into the gaps between them: a hospital stay that goes on too long because care at home is not ready, for example.",
                "Planning together means budgets, staff and buildings can be used where they do the most good, whichever organisation owns them.",
            ),
        ],
        "topics": ["how-the-partnership-works", "public-involvement"],
        "asked": "2016-11",
        "estimate": True,
        "reviewed": "2018-06-01",
    },
    {
        "slug": "will-the-plan-mean-cuts-to-local-services",
        "question": "Will the plan mean cuts to local services?",
        "short_answer": "The plan is about spending the money we have more wisely. Any big change to a service would be discussed with the public first.",
        "answer": [
            text(
                "Demand for care is growing faster than the money available, so doing nothing would itself lead to longer waits. The plan looks for savings that do not harm care: buying supplies together, sharing back-office work and avoiding unnecessary hospital stays.",
                "Where a service might change significantly, the law requires us to involve the people who use it, and we would consult formally before deciding.",
            ),
        ],
        "topics": ["funding-and-finance", "nhs-services-and-contracts"],
        "asked": "2016-12",
        "reviewed": "2020-01-20",
        "related": ["how-much-money-does-the-partnership-spend-on-health-and-care"],
    },
    {
        "slug": "which-places-does-the-partnership-cover",
        "question": "Which places does the partnership cover?",
        "short_answer": "Bradford District and Craven, Calderdale, Kirklees, Leeds and Wakefield, about 2.4 million people in all.",
        "answer": [
            bullets(
                "The partnership is made up of five places, each with its own local partnership of the NHS, the council and community organisations:",
                ["Bradford District and Craven", "Calderdale", "Kirklees", "Leeds", "Wakefield"],
                "Most decisions about local services are made in each place. The partnership works across the whole area only where that gives a better result.",
            ),
            inset(
                "Harrogate was part of the partnership until 2022, when it joined the Humber and North Yorkshire integrated care system."
            ),
        ],
        "topics": ["how-the-partnership-works"],
        "asked": "2017-01",
        "reviewed": 120,
    },
    {
        "slug": "how-can-i-have-my-say",
        "question": "How can I have my say on the partnership's plans?",
        "short_answer": "Take part in our surveys and events, join a local patient group, or contact Healthwatch, who pass on what they hear to us.",
        "answer": [
            bullets(
                "There are several ways to tell us what you think:",
                [
                    "answer one of our online surveys, which we advertise on this website and in local libraries",
                    "come to a community event; we hold them in each place, with interpreters when asked",
                    "join your GP practice's patient participation group",
                    "contact your local Healthwatch, the independent champion for people who use health and care services",
                ],
            ),
            text(
                "We publish what we heard and what we did about it, so you can see whether your views made a difference."
            ),
        ],
        "topics": ["public-involvement"],
        "asked": "2017-02",
        "reviewed": 60,
        "related": ["how-can-i-give-feedback-about-a-local-health-service"],
    },
    {
        "slug": "are-partnership-meetings-held-in-public",
        "question": "Are partnership meetings held in public?",
        "short_answer": "Yes. The integrated care board and the partnership board meet in public, and their papers are published a week before each meeting.",
        "answer": [
            text(
                "Anyone can watch the meetings of the integrated care board and of the partnership board, in person or online. Agendas, papers and minutes are published on this website.",
                "Some working groups meet privately because they discuss early ideas or information about individual staff or patients. Any decision they recommend goes to a public meeting.",
            ),
            text(
                'Questions for a public meeting can be sent in advance to <a href="mailto:questions@example.org">questions@example.org</a>.'
            ),
        ],
        "topics": ["how-the-partnership-works", "public-involvement"],
        "asked": "2017-04",
        "reviewed": 200,
    },
    {
        "slug": "how-is-stroke-care-being-improved",
        "question": "How is stroke care being improved across the area?",
        "short_answer": "By making sure everyone can reach a specialist stroke unit quickly, and by improving rehabilitation once people leave hospital.",
        "answer": [
            text(
                "The first hours after a stroke matter most. Hospitals across the area have agreed common standards so that people get a brain scan and, where suitable, clot-busting treatment as fast as possible wherever they live.",
            ),
            heading("After hospital"),
            text(
                "Many people need months of therapy after a stroke. Community teams are being expanded so that more of it can happen at home rather than on a ward."
            ),
        ],
        "topics": ["stroke"],
        "asked": "2017-06",
        "reviewed": "2021-02-03",
        "related": ["what-is-a-hyper-acute-stroke-unit"],
    },
    {
        "slug": "what-is-a-hyper-acute-stroke-unit",
        "question": "What is a hyper-acute stroke unit?",
        "short_answer": "A hospital unit that treats people in the first 72 hours after a stroke, with specialist staff and scanners available day and night.",
        "answer": [
            text(
                "A hyper-acute stroke unit has stroke doctors, nurses and therapists on hand at all hours, and immediate access to brain scans. Treating people there in the first days after a stroke improves their chances of recovering well.",
                "After those first days, people usually move to a stroke ward nearer home to continue their recovery.",
            ),
            inset(
                "If you think someone is having a stroke, call 999. Remember FAST: Face, Arms, Speech, Time."
            ),
        ],
        "topics": ["stroke", "urgent-and-emergency-care"],
        "asked": "2017-06",
        "estimate": True,
        "reviewed": 300,
    },
    {
        "slug": "how-will-cancer-be-diagnosed-earlier",
        "question": "How will cancer be diagnosed earlier?",
        "short_answer": "Through screening, quicker tests for people with worrying symptoms, and checks offered to people at higher risk.",
        "answer": [
            bullets(
                "Cancer found early is much more likely to be treated successfully. The cancer alliance is:",
                [
                    "encouraging more people to take up bowel, breast and cervical screening",
                    "setting up rapid diagnostic centres, where people with unclear symptoms have several tests in one visit",
                    "offering lung health checks to current and former smokers",
                ],
            ),
        ],
        "topics": ["cancer", "prevention"],
        "asked": "2017-09",
        "reviewed": "2019-11-05",
        "related": ["how-are-cancer-checks-being-brought-closer-to-home"],
    },
    {
        "slug": "what-support-is-there-for-unpaid-carers",
        "question": "What support is there for unpaid carers?",
        "short_answer": "Carers can ask their council for a carer's assessment, get advice from local carers' organisations, and tell their GP so the practice can support them.",
        "answer": [
            text(
                "An unpaid carer is anyone who looks after a relative, friend or neighbour who could not manage without them. Many people do not think of themselves as carers, so miss out on help.",
            ),
            bullets(
                "Help available includes:",
                [
                    "a carer's assessment from your council, which can lead to breaks, equipment or other support",
                    "advice and peer support from local carers' centres",
                    "being recorded as a carer at your GP practice, which can mean flexible appointments and a flu vaccination",
                ],
            ),
        ],
        "topics": ["unpaid-carers"],
        "asked": "2017-11",
        "reviewed": 90,
        "related": ["how-can-young-carers-get-support"],
    },
    {
        "slug": "what-is-an-integrated-care-system",
        "question": "What is an integrated care system?",
        "short_answer": "A partnership of the NHS, councils and community organisations that plans and pays for health and care together across an area.",
        "answer": [
            text(
                "Integrated care systems bring together the organisations that plan, buy and provide health and care, so that they can take decisions as one system rather than competing or working in isolation.",
                "Since July 2022 every integrated care system has had two parts: an integrated care board, the NHS body that holds the budget, and an integrated care partnership, a wider committee with councils, Healthwatch and the voluntary sector.",
            ),
        ],
        "topics": ["how-the-partnership-works"],
        "asked": "2018-05",
        "reviewed": 30,
        "related": [
            "what-changed-when-integrated-care-boards-replaced-ccgs",
            "who-sits-on-the-integrated-care-board",
        ],
    },
    {
        "slug": "is-the-nhs-in-west-yorkshire-being-privatised",
        "question": "Is the NHS in West Yorkshire being privatised?",
        "short_answer": "No. Services remain publicly funded and free when you need them. Working in partnership is about NHS organisations cooperating, not opening services up to competition.",
        "answer": [
            text(
                "Everything the partnership does is paid for from public money, and care stays free at the point of use. The partnership is made up of NHS bodies, councils and charities.",
                "Some NHS care has long been provided by independent organisations, such as GP practices, pharmacies and some eye and hearing services. When a contract is awarded, it follows national rules that put the quality of care first.",
            ),
        ],
        "topics": ["nhs-services-and-contracts", "funding-and-finance"],
        "asked": "2018-05",
        "reviewed": 45,
        "related": ["will-the-plan-mean-cuts-to-local-services"],
    },
    {
        "slug": "how-does-nhs-111-decide-where-to-send-me",
        "question": "How does NHS 111 decide where to send me?",
        "short_answer": "A trained call handler asks about your symptoms, then a nurse, paramedic or doctor may call you back and book you into the service that suits you best.",
        "answer": [
            text(
                "NHS 111 uses a clinical assessment to work out how urgent your problem is. Depending on the answers, you might be given advice to look after yourself, booked an appointment with an urgent treatment centre or out-of-hours GP, or told to go to A&E.",
                'You can also use NHS 111 online at <a href="https://111.nhs.uk/">111.nhs.uk</a>.',
            ),
        ],
        "topics": ["urgent-and-emergency-care"],
        "asked": "2018-08",
        "reviewed": "2020-09-14",
    },
    {
        "slug": "what-does-the-workforce-plan-cover",
        "question": "What does the partnership's workforce plan cover?",
        "short_answer": "How we will recruit, train and keep the health and care staff the area needs, including care workers, nurses and volunteers.",
        "answer": [
            bullets(
                "The plan covers:",
                [
                    "attracting local people, especially young people, into health and care careers",
                    "training staff to work across organisations, not just in one",
                    "supporting staff's health and wellbeing",
                    "recognising the contribution of volunteers and unpaid carers",
                ],
            ),
        ],
        "topics": ["workforce"],
        "asked": "2018-06",
        "reviewed": "2021-07-01",
        "related": ["what-is-being-done-to-recruit-more-care-workers"],
    },
    {
        "slug": "how-are-maternity-services-being-made-safer",
        "question": "How are maternity services being made safer?",
        "short_answer": "By sharing learning between hospitals, listening to women and families, and improving care for those at higher risk.",
        "answer": [
            text(
                "The local maternity and neonatal system brings together the area's maternity units. They review incidents together, so that a lesson learned in one hospital reaches all of them.",
                "Families' experiences shape the work through the maternity voices partnerships, which any parent can join.",
            ),
        ],
        "topics": ["maternity"],
        "asked": "2018-10",
        "estimate": True,
        "reviewed": 150,
        "related": ["what-is-continuity-of-carer-in-maternity-services"],
    },
    {
        "slug": "what-is-the-memorandum-of-understanding",
        "question": "What is the memorandum of understanding between partners?",
        "short_answer": "A written agreement, signed by every partner, on how they will work together, make decisions and hold each other to account.",
        "answer": [
            text(
                "The memorandum is not a legal contract. It records what the partners have agreed: shared aims, how joint decisions are made, how money is shared and how disagreements are settled.",
                "It was replaced by the integrated care board's constitution and the partnership's strategy in 2022.",
            ),
        ],
        "topics": ["how-the-partnership-works", "funding-and-finance"],
        "asked": "2019-01",
        "reviewed": "2019-03-01",
    },
    {
        "slug": "how-much-money-does-the-partnership-spend-on-health-and-care",
        "question": "How much money does the partnership spend on health and care each year?",
        "short_answer": "The NHS budget for the area is over £5 billion a year. Councils spend further sums on social care and public health.",
        "answer": [
            text(
                "Most NHS money is passed to hospitals, mental health and community trusts and GP practices for the care they provide. A smaller share pays for prescriptions, for care bought from other providers and for projects across the area.",
                "Our annual report and accounts set out the figures in full and are checked by independent auditors.",
            ),
        ],
        "topics": ["funding-and-finance"],
        "asked": "2019-03",
        "reviewed": 100,
        "related": ["how-can-i-find-out-how-the-partnership-spends-its-money"],
    },
    {
        "slug": "what-help-is-there-in-a-mental-health-crisis",
        "question": "What help is there for people in a mental health crisis?",
        "short_answer": "Call NHS 111 and choose the mental health option, at any time of day or night. In an emergency, call 999.",
        "answer": [
            inset("If you or someone else is in danger right now, call 999 or go to A&E."),
            text(
                "NHS 111's mental health option puts you through to a local team who can talk things through, arrange a visit or help you get to a safe space. Safe spaces are calm, welcoming places run with voluntary organisations, open in the evenings and at weekends.",
                "You can also call Samaritans free on 116 123.",
            ),
        ],
        "topics": ["mental-health", "urgent-and-emergency-care"],
        "asked": "2019-05",
        "reviewed": 20,
        "related": ["how-can-staff-get-mental-health-support"],
    },
    {
        "slug": "what-are-primary-care-networks",
        "question": "How are GP practices working together in primary care networks?",
        "short_answer": "Neighbouring practices have formed groups that share staff such as pharmacists, physiotherapists and social prescribers.",
        "answer": [
            text(
                "A primary care network is a group of GP practices serving 30,000 to 50,000 people. Together they can employ specialists a single practice could not afford, and offer services such as extended opening hours.",
                "Your own practice stays your first point of contact.",
            ),
        ],
        "topics": ["primary-and-community-care"],
        "asked": "2019-07",
        "reviewed": "2020-02-11",
    },
    {
        "slug": "can-hospitals-see-my-gp-record",
        "question": "Can hospitals see my GP record?",
        "short_answer": "Staff caring for you can see the parts of your record they need, through a shared care record, and every look is logged.",
        "answer": [
            text(
                "Shared care records let doctors, nurses and social workers see key information, such as your medicines and allergies, without you having to repeat your story. Only staff directly involved in your care may look, and each access is recorded and can be audited.",
                "You can ask your GP practice about opting out, though it may mean staff caring for you in an emergency do not have important information.",
            ),
        ],
        "topics": ["digital-and-data"],
        "asked": "2019-10",
        "estimate": True,
        "reviewed": 180,
        "related": ["how-is-my-health-data-kept-safe"],
    },
    {
        "slug": "how-did-the-partnership-respond-to-covid-19",
        "question": "How did the partnership respond to COVID-19?",
        "short_answer": "Partners shared staff, equipment and beds, coordinated the vaccination programme and supported care homes.",
        "answer": [
            text(
                "During the pandemic organisations that normally work separately acted as one: hospitals shared critical care beds, councils and the NHS together supported care homes with equipment and testing, and volunteers helped run vaccination centres.",
                "The lessons learned now shape how we prepare for winter each year.",
            ),
        ],
        "topics": ["how-the-partnership-works", "urgent-and-emergency-care"],
        "asked": "2020-04",
        "reviewed": "2021-05-10",
    },
    {
        "slug": "how-can-staff-get-mental-health-support",
        "question": "How can health and care staff get mental health support?",
        "short_answer": "Staff can refer themselves to the area's free, confidential staff wellbeing hub by phone or online.",
        "answer": [
            text(
                "The staff wellbeing hub offers counselling, trauma support and advice on money and sleep to anyone who works in health or social care in the area, including care homes and voluntary organisations.",
                "No manager's referral is needed.",
            ),
        ],
        "topics": ["workforce", "mental-health"],
        "asked": "2020-09",
        "reviewed": "2022-01-17",
    },
    {
        "slug": "what-changed-when-integrated-care-boards-replaced-ccgs",
        "question": "What changed when integrated care boards replaced clinical commissioning groups?",
        "short_answer": "One NHS board took over the work of the area's clinical commissioning groups, while decisions about each place stayed local.",
        "answer": [
            text(
                "On 1 July 2022 the clinical commissioning groups closed and the integrated care board took on their duties and staff. Each of the five places has a committee of the board, so decisions about local services are still taken locally.",
                "For patients little changed: you still see the same GP and go to the same hospitals.",
            ),
        ],
        "topics": ["how-the-partnership-works", "nhs-services-and-contracts"],
        "asked": "2021-09",
        "reviewed": 240,
        "related": ["what-is-an-integrated-care-system"],
    },
    {
        "slug": "how-are-health-inequalities-being-tackled",
        "question": "How are health inequalities being tackled?",
        "short_answer": "By focusing help on the communities with the poorest health, and on the conditions that shorten lives most there.",
        "answer": [
            text(
                "People in the most deprived neighbourhoods of the area live, on average, around ten fewer years in good health than those in the least deprived. Partners have agreed to put more resource where the need is greatest.",
            ),
            bullets(
                "This includes:",
                [
                    "checks for high blood pressure in community venues",
                    "help to stop smoking for people in hospital",
                    "making sure health information is available in community languages",
                ],
            ),
        ],
        "topics": ["prevention"],
        "asked": "2021-03",
        "reviewed": 75,
        "related": ["how-can-i-stop-smoking-with-nhs-help"],
    },
    {
        "slug": "what-is-being-done-about-waiting-lists",
        "question": "What is being done about waiting lists for planned operations?",
        "short_answer": "Hospitals are sharing waiting lists and operating theatres so that people can be treated sooner, sometimes at a hospital further from home.",
        "answer": [
            text(
                "The hospitals in the area have agreed to treat the longest waits first, wherever capacity is free. Some people may be offered treatment at another hospital in the area; you can choose to wait for your local one instead.",
            ),
        ],
        "topics": ["nhs-services-and-contracts"],
        "asked": "2021-11",
        "reviewed": "2022-08-30",
    },
    {
        "slug": "who-sits-on-the-integrated-care-board",
        "question": "Who sits on the integrated care board?",
        "short_answer": "An independent chair, the chief executive, directors, and members from hospitals, GPs, mental health services and councils.",
        "answer": [
            text("The board's membership is set by its constitution. Its members include:"),
            people(
                "Board members",
                [
                    ("Chair", "Independent, appointed with NHS England's approval"),
                    ("Chief executive", "Accountable for the board's budget and performance"),
                    (
                        "Two non-executive members",
                        "Independent, bringing expertise in audit and in people's rights",
                    ),
                    ("Partner members", "Nominated by the area's hospital trusts, GP practices and councils"),
                    ("Directors", "Of finance, nursing and medicine"),
                ],
            ),
            text("The names of current members are published with each meeting's papers."),
        ],
        "topics": ["how-the-partnership-works"],
        "asked": "2022-07",
        "reviewed": 60,
    },
    {
        "slug": "how-can-young-carers-get-support",
        "question": "How can young carers get support?",
        "short_answer": "Through their school, their council's young carers service, or a local carers' organisation, all of which can arrange an assessment.",
        "answer": [
            text(
                "A young carer is someone under 18 who helps look after a family member. Every council must offer them an assessment of their needs, and many schools have a named member of staff for young carers.",
                "Young carers' groups offer breaks, activities and the chance to meet others in the same position.",
            ),
        ],
        "topics": ["unpaid-carers"],
        "asked": "2022-10",
        "estimate": True,
        "reviewed": 130,
    },
    {
        "slug": "how-is-my-health-data-kept-safe",
        "question": "How is my health data kept safe when services share it?",
        "short_answer": "Data is shared only with staff who need it for your care, under the law and strict agreements, and every organisation is audited.",
        "answer": [
            text(
                "Each organisation sharing data signs an agreement saying what may be shared, with whom and why. Systems are protected by NHS security standards, and staff are trained every year in handling personal information.",
                "Data used for planning services has names and addresses removed first.",
            ),
        ],
        "topics": ["digital-and-data"],
        "asked": "2022-03",
        "reviewed": 210,
        "related": ["can-hospitals-see-my-gp-record"],
    },
    {
        "slug": "what-is-continuity-of-carer-in-maternity-services",
        "question": "What is continuity of carer in maternity services?",
        "short_answer": "Care from a small team of midwives who get to know you during pregnancy, birth and the weeks after.",
        "answer": [
            text(
                "Seeing the same midwives throughout helps build trust and means problems are spotted sooner. It is offered first to women from Black, Asian and mixed ethnic backgrounds and those living in the most deprived areas, who face higher risks.",
            ),
        ],
        "topics": ["maternity"],
        "asked": "2023-02",
        "reviewed": 50,
    },
    {
        "slug": "how-can-i-stop-smoking-with-nhs-help",
        "question": "How can I stop smoking with NHS help?",
        "short_answer": "Your local stop smoking service offers free support and treatments; you are about three times more likely to succeed with it than alone.",
        "answer": [
            text(
                "Stop smoking advisers offer weekly support, medicines and, in many areas, vapes to help you quit. If you are admitted to hospital, staff there will offer you support too.",
                'You can find your local service on <a href="https://www.nhs.uk/better-health/quit-smoking/">the NHS Better Health website</a>.',
            ),
        ],
        "topics": ["prevention"],
        "asked": "2023-06",
        "reviewed": 15,
    },
    {
        "slug": "who-leads-the-partnerships-programmes",
        "question": "Who leads the partnership's programmes?",
        "short_answer": "Each programme has a director who reports to the partnership's chief executive lead.",
        "answer": [
            people(
                "Programme leads",
                [
                    ("Amira Hussain", "Chief Executive Lead"),
                    ("Daniel Whitaker", "Programme Director, Stroke"),
                    ("Helen Okafor", "Programme Director, Cancer Alliance"),
                    ("Priya Sandhu", "Programme Director, Mental Health"),
                    ("Tom Fairburn", "Programme Director, Maternity"),
                    ("Joanne Clegg", "Programme Director, Urgent and Emergency Care"),
                ],
            ),
        ],
        "topics": ["how-the-partnership-works", "workforce"],
        "asked": "2023-09",
        "reviewed": 10,
    },
    {
        "slug": "how-are-cancer-checks-being-brought-closer-to-home",
        "question": "How are cancer checks being brought closer to home?",
        "short_answer": "Community diagnostic centres and mobile units now offer scans and tests in shopping centres and local clinics.",
        "answer": [
            text(
                "Community diagnostic centres offer scans, blood tests and other checks away from busy hospitals, with evening and weekend appointments. Mobile units visit places where screening uptake is low.",
                "Your GP can refer you, and for some tests you can refer yourself.",
            ),
        ],
        "topics": ["cancer", "primary-and-community-care"],
        "asked": "2024-03",
        "reviewed": 100,
    },
    {
        "slug": "what-is-a-virtual-ward",
        "question": "What is a virtual ward?",
        "short_answer": "Hospital-level care at home: you are looked after by a hospital team, with visits and remote monitoring, instead of staying on a ward.",
        "answer": [
            text(
                "People who would otherwise be in hospital, for example with a chest infection or frailty, can be cared for at home. The team checks your readings, such as oxygen levels, through a small device and visits when needed.",
                "You can go back into hospital at any time if you need to.",
            ),
        ],
        "topics": ["urgent-and-emergency-care", "digital-and-data", "primary-and-community-care"],
        "asked": "2024-08",
        "reviewed": 70,
    },
    {
        "slug": "how-can-i-find-out-how-the-partnership-spends-its-money",
        "question": "How can I find out how the partnership spends its money?",
        "short_answer": "Our annual report, monthly finance papers and spending over £25,000 are all published on this website.",
        "answer": [
            table(
                "Where to find financial information",
                [
                    ["What", "How often", "Where"],
                    ["Annual report and accounts", "Each year, in the summer", "Publications"],
                    ["Finance report to the board", "At each board meeting", "Board papers"],
                    ["Spending over £25,000", "Every month", "Transparency"],
                ],
            ),
            text("You can also ask for information under the Freedom of Information Act."),
        ],
        "topics": ["funding-and-finance", "public-involvement"],
        "asked": "2025-01",
        "reviewed": 40,
    },
    {
        "slug": "how-can-i-give-feedback-about-a-local-health-service",
        "question": "How can I give feedback about a local health service?",
        "short_answer": "Tell the service itself first. If that does not resolve things, contact the integrated care board's patient experience team or Healthwatch.",
        "answer": [
            bullets(
                "Every NHS organisation has a patient advice and liaison service. You can:",
                [
                    "speak to the staff involved, or their manager",
                    "contact the patient advice and liaison service of the hospital or trust",
                    "make a formal complaint, to the service or to the integrated care board",
                ],
                "Compliments are welcome too: they are passed on to the staff concerned.",
            ),
        ],
        "topics": ["public-involvement"],
        "asked": "2025-04",
        "reviewed": 25,
    },
    {
        "slug": "what-is-being-done-to-recruit-more-care-workers",
        "question": "What is the partnership doing to recruit more care workers?",
        "short_answer": "Running a joint recruitment campaign with councils and care providers, and offering training and career routes into health and care.",
        "answer": [
            text(
                "Care providers, councils and the NHS advertise together and share training places, so that people can move between roles without starting again. A care academy offers free courses for people new to care work.",
            ),
        ],
        "topics": ["workforce"],
        "asked": "2025-06",
        "estimate": True,
        "reviewed": 35,
    },
]
