"""Word lists the actor extractor reads, kept apart so rules stay readable and lists can grow."""

from __future__ import annotations

import re
from typing import Final

from service.extract.shared.facts import ActorType

LABEL_TYPES: Final[dict[str, ActorType]] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
    "NORP": "group",
}

# Words that make a name an organisation whatever the small model tagged it (FAC, GPE, ...).
ORG_KEYWORDS: Final[frozenset[str]] = frozenset(
    """agency alliance association authority bank board bureau center centre coalition college
    commission committee company corporation council court department directorate foundation fund
    government group headquarters inc institute institution league ltd ministry network office
    organisation organization parliament party police program programme school service society
    studies team tribunal union university""".split()
)

# Lowercase heads that, with a nationality or place before them, name an organisation
# ("Norway's defence ministry", "the Danish foreign ministry").
ORG_HEAD_NOUNS: Final[frozenset[str]] = frozenset(
    """agency army authorities committee council department embassy government ministry navy
    parliament police""".split()
)

# Of these heads only those that read as one institution are kept as actors.
ORG_HEAD_ACTORS: Final[frozenset[str]] = frozenset(
    """agency committee council department embassy ministry parliament""".split()
)

# Nouns under which a list of names is a list of places ("cities, including A, B and C").
LOCATION_NOUNS: Final[frozenset[str]] = frozenset(
    """areas capitals cities countries districts nations places provinces regions states
    territories towns villages""".split()
)

# Heads of pre-name titles and appositions ("Russian President", "a senior adviser").
TITLE_WORDS: Final[frozenset[str]] = frozenset(
    """adviser advisor ambassador analyst anchor archbishop attorney author bishop ceo cfo chair
    chairman chairperson chairwoman chancellor chief coach commander commissioner congressman
    congresswoman correspondent councillor councilman councilor coo colonel columnist deputy
    director diplomat doctor dr economist editor envoy executive expert founder general governor
    head investigator journalist judge justice king leader lieutenant lawmaker major manager
    mayor minister mp officer official pastor police pope premier president presenter
    prime producer professor prosecutor queen rabbi representative reporter researcher rep
    secretary senator sen sergeant sheriff speaker spokesman spokesperson spokeswoman superintendent
    teacher treasurer trustee vice writer""".split()
)

# Roles held in an organisation: a capitalised word before one, right before a person's name,
# names that organisation ("Radiohead frontman Thom Yorke", "ECB President Christine Lagarde",
# "Wedbush analyst Dan Ives"). Not roles one holds in a field or a place ("Hollywood actor",
# "Oscar winner", "Army veteran").
ROLES_IN_ORGANISATIONS: Final[frozenset[str]] = frozenset(
    """analyst bassist ceo cfo chairman chairwoman chairperson co-founder cofounder coo cto
    defender director drummer economist editor executive founder frontman frontwoman
    goalkeeper guitarist keyboardist midfielder president singer spokesman spokesperson
    spokeswoman strategist striker vocalist""".split()
)

# Lower-case words inside a person's surname: "Erik ten Hag", "Ursula von der Leyen", "Charles
# de Gaulle"; written with a capital where the surname stands alone ("De Gaulle said").
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    """al bin da das de del della den der di do dos du ibn la le ten ter van von""".split()
)

# Short forms of titles before names ("Gov. Mike Pence" is a governor).
TITLE_ABBREVIATIONS: Final[dict[str, str]] = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "supt": "superintendent",
    "pres": "president",
    "sec": "secretary",
    "amb": "ambassador",
    "atty": "attorney",
}

# Words put before a name that name no one by themselves ("Dame", "Mr").
HONORIFICS: Final[frozenset[str]] = frozenset(
    """dame lady lord madam miss mr mrs ms mx prof sir""".split()
)

PERSON_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "him", "her", "his", "hers"})
MALE_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS: Final[frozenset[str]] = frozenset({"she", "her", "hers", "herself"})
# An organisation is "it"; "they" only when it is the subject just before (see `coreference`).
# In a Q&A interview: the answers' words for the one answering, the questions' for the one asked.
ANSWER_PRONOUNS: Final[frozenset[str]] = frozenset({"i", "me", "my", "mine", "myself"})
QUESTION_PRONOUNS: Final[frozenset[str]] = frozenset({"you", "your", "yours", "yourself"})

ORG_PRONOUNS: Final[frozenset[str]] = frozenset({"it", "its"})
PLURAL_ORG_PRONOUNS: Final[frozenset[str]] = frozenset({"they", "their", "them"})

# Honorifics and gendered titles that say which pronoun a person takes.
MALE_CUES: Final[frozenset[str]] = frozenset(
    """mr sir lord king prince duke father brother son husband man boy businessman chairman
    congressman councilman spokesman sportsman actor""".split()
)
FEMALE_CUES: Final[frozenset[str]] = frozenset(
    """mrs ms miss madam dame lady queen princess duchess mother sister daughter wife woman girl
    businesswoman chairwoman congresswoman councilwoman spokeswoman sportswoman actress""".split()
)

# Nouns that name a person of one gender: "the old man" takes a man already named, as "he" does.
GENDERED_NOUNS: Final[dict[str, frozenset[str]]] = {
    "male": frozenset({"man", "boy", "gentleman", "lad"}),
    "female": frozenset({"woman", "girl", "lady"}),
}

# Labels before a caption's credit ("Image: Jane Doe", "Photo; AP"), which the model glues to
# the name before them.
CREDIT_LABELS: Final[frozenset[str]] = frozenset(
    {"Image", "Images", "Photo", "Photos", "Photograph", "Picture", "Credit", "Video", "Source"}
)

# Small words skipped when reading initials off a name ("Council for Urban Studies" -> CUS).
FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {"of", "for", "and", "the", "on", "in", "at", "to", "de", "du", "la", "&"}
)

LEADING_ARTICLES: Final[frozenset[str]] = frozenset({"the", "a", "an"})
POSSESSIVE_MARKS: Final[frozenset[str]] = frozenset({"'s", "\u2019s", "'", "\u2019"})

# Codes the small model tags as organisations or places: time zones and currencies.
NOT_ACTORS: Final[frozenset[str]] = frozenset(
    {"utc", "gmt", "est", "edt", "pst", "pdt", "cet", "bst", "usd", "eur", "gbp", "jpy"}
    | {"north", "south", "east", "west"}
    # Technologies the model tags as places or firms ("AI-generated"): not actors.
    | {"ai"}
    # A disease the model takes for a person or a firm ("after contracting Covid").
    | {"covid", "covid-19", "coronavirus", "sars-cov-2"}
)

# A line that opens a copyright notice ("© Harbour Wire 2020", "Copyright 2022 North Sea News"):
# the owner named there is page furniture, not an actor of the story.
COPYRIGHT_LINE: Final[re.Pattern[str]] = re.compile(
    r"\W*(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))", re.IGNORECASE
)

# Legal-form words that do not change which company is named ("Brightwell Inc." is "Brightwell").
CORPORATE_SUFFIXES: Final[frozenset[str]] = frozenset(
    {
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "co",
        "co.",
        "company",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "limited",
        "ag",
        "sa",
        "s.a.",
        "gmbh",
    }
)

# Title words that are also the first word of company names ("General Mills").
AMBIGUOUS_TITLES: Final[frozenset[str]] = frozenset({"general", "major", "king", "queen", "chief"})

# Words that may follow a place name the model left untagged without making it part of a
# longer name: "in Europe and Asia Monday".
CALENDAR_WORDS: Final[frozenset[str]] = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)

# Prepositions after which a lone name the model called a person is a place ("in Arles").
PLACE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"in", "near"})
# Verbs of living, dying and travelling: where they happen, after one of ROUTE_PREPOSITIONS, is
# a place even when the model says organisation ("settled in Trier", "travelled through Thrace").
# Not "move", "return" or "join": people move to and return to companies too.
DWELLING_VERBS: Final[frozenset[str]] = frozenset(
    """arrive bear die dwell emigrate flee journey live reside settle stay travel""".split()
)
ROUTE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"in", "near", "through", "at", "to"})

# Common nouns that, after "the", refer back to an organisation already named ("the company
# said"). The generic ones may take the latest organisation; the rest only one whose name
# contains the noun ("the bank" -> "Halden Savings Bank").
# Letters after a person's name for an honour, an order or a degree: "Daniel Bernoulli FRS",
# "Jane Doe OBE", "John Smith PhD". They are no part of the name.
POST_NOMINALS: Final[frozenset[str]] = frozenset(
    """cbe dbe esq frs frse fba freng gbe kbe kc kcb kcmg mbe obe phd qc""".split()
)
# Institutions named "<noun> of <place>": the word after "of" alone is that place ("University of
# Copenhagen" ... "returned to Copenhagen"), not the institution.
SEATED_INSTITUTIONS: Final[frozenset[str]] = frozenset(
    """archdiocese bank college conservatory diocese museum polytechnic port university""".split()
)
GENERIC_ORG_NOMINALS: Final[frozenset[str]] = frozenset(
    """automaker broadcaster carmaker company corporation firm insurer lender manufacturer
    group maker organisation organization retailer""".split()
)
NAMED_ORG_NOMINALS: Final[frozenset[str]] = frozenset(
    """academy agency airline army bank board church club college commission committee
    conservatory council court department foundation hospital institute league ministry
    museum network newspaper orchestra party school society team
    union university""".split()
)
# A person's organisation said with a possessive: "his party", "her company", "their band".
AFFILIATION_NOUNS: Final[frozenset[str]] = frozenset(
    """band club company employer firm organisation organization party team union""".split()
)
# Head words that name the same kind of place: "the street" for "Castlefrank Road".
HEAD_SYNONYMS: Final[tuple[frozenset[str], ...]] = (
    frozenset({"avenue", "boulevard", "lane", "road", "street"}),
    frozenset({"cathedral", "church"}),
)
# Place nouns after "the": "the country" takes the latest country-like place; the others only a
# place whose name contains the noun ("the bridge" -> "Kingsmere Bridge").
COUNTRY_NOMINALS: Final[frozenset[str]] = frozenset({"country", "nation"})
# ... and these the latest place that is not a country.
SETTLEMENT_NOMINALS: Final[frozenset[str]] = frozenset(
    """capital city commonwealth province state town village""".split()
)
# ... and these, with no town near, the town the text is about.
TOWN_NOMINALS: Final[frozenset[str]] = frozenset({"city", "town", "village"})
NAMED_PLACE_NOMINALS: Final[frozenset[str]] = frozenset(
    """airport avenue bridge cathedral hall island memorial mosque park road square stadium
    station street temple""".split()
)
# Nouns that, bare after "the", mean the place where the story happens: the latest facility
# named ("a crane fell on the Grand Mosque ... photos of the scene"). Only a facility: "the site"
# after a city or a company is more often a website.
SITE_NOMINALS: Final[frozenset[str]] = frozenset(
    """facility location premises scene site venue""".split()
)
# ... but these, far from any facility, more often mean a website or a plant.
WEBSITE_NOUNS: Final[frozenset[str]] = frozenset({"facility", "site"})
# Verbs whose predicate noun describes the subject ("he was a composer", "she became a citizen").
DESCRIBING_VERBS: Final[frozenset[str]] = frozenset({"be", "become", "remain"})
# Verbs whose passive takes a rank with "to" ("he was promoted to major-general").
PROMOTING_VERBS: Final[frozenset[str]] = frozenset({"promote", "elevate", "raise", "demote"})
# Nouns of "as" phrases that describe nothing ("as a result", "as part of").
AS_IDIOMS: Final[frozenset[str]] = frozenset(
    """consequence example means part precaution reminder result rule sign token whole""".split()
)
# Verbs whose "as" phrase describes the object ("described her as a visionary", "named him as
# captain"), after VerbNet's characterize-29.2, appoint-29.1 and dub-29.3 classes; after any
# other verb it describes the subject ("joined the firm as a partner").
REGARDING_VERBS: Final[frozenset[str]] = frozenset(
    """acknowledge appoint brand cast characterize characterise choose cite classify condemn
    consider count crown declare denounce depict describe designate dub elect employ feature
    hail hire identify install introduce know label list name nominate paint picture portray
    present praise proclaim rank rate recognize recognise regard remember represent select see
    tout treat view""".split()
)

# Determiners that make a common noun point back ("the company", "this country").
ANAPHORIC_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "this", "that"})

# Stance prefixes written onto names ("pro-government New Citizen Party"): descriptions, not names.
POLITICAL_PREFIXES: Final[frozenset[str]] = frozenset({"pro", "anti", "pan", "ex", "non"})

# Last words of newspaper names ("Lakeside Herald", "Halifax Star"): the small model often calls
# them places or people.
NEWSPAPER_WORDS: Final[frozenset[str]] = frozenset(
    """chronicle express gazette guardian herald inquirer journal mirror news observer post
    star sun telegraph times tribune""".split()
)

# Last words that make a name beginning with a given name something other than a person:
# "Victoria Station", "Grant Park", "Mark Twain Prize", "Isabel Ruiz Foundation".
NON_PERSON_HEADS: Final[frozenset[str]] = frozenset(
    """academy airlines airways arena award band bay beach brands broadcasting building cafe
    capital castle cathedral church club communications county cup energy entertainment
    festival financial foods forest games garden gardens hall highway holdings hospital hotel
    house insurance island lake league library line mall media memorial motors mountain museum
    mutual networks park partners pharmaceuticals pictures prize records river school
    securities show stadium state studios systems tech technologies telecom theater theatre
    tower town trophy university valley""".split()
)

# Last words of names of places built or laid out by people ("Millbrook Road", "Johnson Space
# Center", "Broad Art Museum"): facilities, which the contract types as locations.
PLACE_HEADS: Final[frozenset[str]] = frozenset(
    """airport arena avenue boulevard bridge building cathedral cemetery center centre lane
    memorial mosque museum observatory palace plaza road square stadium station street synagogue
    temple tower hall park hospital archive archives library gallery castle prison zoo hotel
    theatre theater""".split()
)
# Heads that name a building when "of" follows ("Museum of Art", "Tower of London"); "Center of
# ...", "Library of ..." and "Hall of ..." are as often institutions.
BUILDINGS_OF: Final[frozenset[str]] = frozenset(
    """basilica bridge castle cathedral mosque museum palace temple tower""".split()
)
# ... of which these are common surnames too: a name the model calls a person keeps its person
# ("Jerry Hall", "Michelle Park", "Shirley Temple").
SURNAME_PLACE_HEADS: Final[frozenset[str]] = frozenset(
    {"castle", "hall", "lane", "palace", "park", "temple", "tower"}
)

# What companies do and own: a one-word "place" that sues, ships or has shares is a company.
COMPANY_VERBS: Final[frozenset[str]] = frozenset(
    """acquire hire launch manufacture market recall release ship sue unveil""".split()
)
# What one team does to another: "Brazil beat Germany" names two teams, not two countries.
CONTEST_VERBS: Final[frozenset[str]] = frozenset(
    """beat defeat thrash rout edge overcome eliminate outplay outscore trounce""".split()
)
# Roles in a band: the name before one is the band's ("the former Pink Floyd guitarist"), which
# the model often reads as a person.
BAND_ROLES: Final[frozenset[str]] = frozenset(
    """bassist drummer frontman frontwoman guitarist keyboardist vocalist""".split()
)
# Online platforms news cites as where something was said ("said on Twitter"): companies, which
# the model reads as people or places.
PLATFORM_NAMES: Final[frozenset[str]] = frozenset(
    """bluesky facebook instagram linkedin reddit snapchat telegram tiktok twitter wechat weibo
    whatsapp youtube""".split()
)
# Last words of football clubs' names, which no person's name ends on: the model reads
# "Manchester United" as a person.
CLUB_WORDS: Final[frozenset[str]] = frozenset(
    """afc albion athletic city fc hotspur rangers rovers united wanderers""".split()
)
SPORT_WORDS: Final[frozenset[str]] = frozenset(
    """championship cup final game goal league match penalty qualifier round semifinal
    semi-final tournament""".split()
)
COMPANY_NOUNS: Final[frozenset[str]] = frozenset(
    """ceo chairman customers earnings founder headquarters products profit profits revenue
    sales shareholders shares software stock""".split()
)

# Common nouns that, right before a name, say it is an organisation ("automaker Brightwell",
# "Activist group Green Dawn", "the company Corvane UK").
ORG_DESCRIPTORS: Final[frozenset[str]] = frozenset(
    """agency airline automaker band bank broadcaster carmaker charity company firm group
    insurer manufacturer newspaper organisation organization party retailer team""".split()
)

# Nouns for what an organisation is that WordNet's first sense does not class as a group
# ("Barclays is a bank"), with the descriptors above.
ORGANISATION_NOUNS: Final[frozenset[str]] = ORG_DESCRIPTORS | frozenset(
    """bank brand broadcaster business chain conglomerate cooperative exchange giant insurer
    lender network newspaper outlet operator platform startup subsidiary unit""".split()
)

# Nouns after an organisation's name that make it the name of a market index or an exchange
# ("the Hang Seng index", "the Nordvik and Baltex exchanges"), not an actor.
MARKET_NOUNS: Final[frozenset[str]] = frozenset({"index", "indexes", "indices", "exchanges"})

# Nouns that, right after a quoted name, say the name is an organisation's
# ('the "Safe Harbour" hotline').
QUOTED_ORG_HEADS: Final[frozenset[str]] = frozenset(
    """campaign charity foundation fund group hotline initiative movement network organisation
    organization program programme project""".split()
)

# Nouns a place name modifies ("the Varna region").
REGION_NOUNS: Final[frozenset[str]] = frozenset(
    """county district oblast prefecture province region""".split()
)

# Short country names written before an organisation's name ("US Treasury"), lower-cased; other
# places count when the article names them as places.
COUNTRY_SHORT_FORMS: Final[frozenset[str]] = frozenset(
    {"us", "u.s.", "uk", "u.k.", "united states", "united kingdom", "britain"}
)
# Other names news gives a country, by the key of its usual name (lower case, no dots).
COUNTRY_SYNONYMS: Final[dict[str, str]] = {
    "america": "united states", "us": "united states", "usa": "united states",
    "united states of america": "united states", "britain": "united kingdom",
    "great britain": "united kingdom", "uk": "united kingdom", "holland": "netherlands",
    "the netherlands": "netherlands", "burma": "myanmar", "czechia": "czech republic",
    "ivory coast": "côte d'ivoire", "prc": "china", "people's republic of china": "china",
}  # fmt: skip
# Organisation words that, after a country, mean the country acting ("the US Government").
COUNTRY_METONYMS: Final[frozenset[str]] = frozenset({"government", "administration"})

# Place nouns that name the place after "of" ("the town of Kellsby").
PLACE_OF_NOUNS: Final[frozenset[str]] = frozenset(
    """city county district island municipality province region state town village""".split()
)

# Relations between people, each with its converse by the other person's gender (male,
# female, unknown): "a son of Johann" makes Johann the son's "father".
RELATION_CONVERSES: Final[dict[str, tuple[str, str, str]]] = {
    **dict.fromkeys(("father", "mother", "parent"), ("son", "daughter", "child")),
    **dict.fromkeys(("son", "daughter", "child"), ("father", "mother", "parent")),
    **dict.fromkeys(("brother", "sister", "sibling"), ("brother", "sister", "sibling")),
    **dict.fromkeys(("husband", "wife", "spouse"), ("husband", "wife", "spouse")),
    **dict.fromkeys(("uncle", "aunt"), ("nephew", "niece", "nephew")),
    **dict.fromkeys(("nephew", "niece"), ("uncle", "aunt", "uncle")),
    **dict.fromkeys(("grandfather", "grandmother"), ("grandson", "granddaughter", "grandchild")),
    **dict.fromkeys(
        ("grandson", "granddaughter", "grandchild"), ("grandfather", "grandmother", "grandparent")
    ),
    "cousin": ("cousin", "cousin", "cousin"),
    **dict.fromkeys(("boyfriend", "girlfriend"), ("boyfriend", "girlfriend", "partner")),
    **dict.fromkeys(("fiance", "fiancé", "fiancee", "fiancée"), ("fiancé", "fiancée", "fiancé")),
    **{word: (word, word, word) for word in ("friend", "partner", "colleague", "teammate")},
    **{word: (word, word, word) for word in ("kinsman", "co-star", "rival", "ally")},
    **dict.fromkeys(("mentor", "teacher", "tutor"), ("protégé", "protégée", "student")),
    **dict.fromkeys(("protégé", "protégée", "student", "pupil"), ("mentor", "mentor", "teacher")),
    "successor": ("predecessor", "predecessor", "predecessor"),
    "predecessor": ("successor", "successor", "successor"),
}
# A gender-neutral relation stands for its gendered forms ("parent" answers "his father").
RELATION_GENERAL: Final[dict[str, str]] = {
    "father": "parent",
    "mother": "parent",
    "son": "child",
    "daughter": "child",
    "brother": "sibling",
    "sister": "sibling",
    "husband": "spouse",
    "wife": "spouse",
    "grandfather": "grandparent",
    "grandmother": "grandparent",
    "grandson": "grandchild",
    "granddaughter": "grandchild",
}
