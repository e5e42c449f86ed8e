"""Word lists the quantities extractor reads: numbers, scales, currencies, units, qualifiers.

Kept apart from the rules so that widening the vocabulary never touches the logic. Keys are
lower-case; multi-word keys are space-joined token texts (spaCy splits "per cent" and "US dollars").
"""

from __future__ import annotations

# Spelled numbers that add to the running total ("twenty one" = 20 + 1).
NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "nil": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

# Multipliers. "hundred" multiplies only the small part; the rest close a group ("two million").
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12,
    "k": 1e3,
    # South Asian news writes large amounts in lakh (100,000) and crore (10 million).
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip

# Scales written straight after digits ("$2.5bn", "40k", "$3m"); "m" alone is metres otherwise.
ATTACHED_SCALES: dict[str, float] = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}

# Scales whose letter case decides ("10M" is ten million, "10m" ten metres; "MM" is the
# bookkeeping million, "mm" millimetres; "10G" is 10 billion, "10g" ten grams).
CASED_SCALES: dict[str, float] = {"M": 1e6, "MM": 1e6, "G": 1e9, "B": 1e9, "mil": 1e6}

# Dozen and its abbreviations in recipes and inventories ("3 dzs").
DOZEN_WORDS = frozenset({"dozen", "dozens", "dz", "dzs", "doz", "dozs"})

# Plural vague scales name a count by themselves ("thousands of pages").
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
}  # fmt: skip

# Nouns that count in dozens or halves: "a dozen eggs", "half a million".
GROUP_WORDS: dict[str, float] = {"dozen": 12, "half": 0.5, "quarter": 0.25}

# Denominators of fractions: "a third of", "two-thirds", "three quarters", "five eighths".
FRACTION_WORDS: dict[str, float] = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12, "twentieth": 20,
    "eleventh": 11, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9,
    "trillionth": 1e12,
}  # fmt: skip
FRACTION_WORDS.update({word + "s": value for word, value in list(FRACTION_WORDS.items())})

# Single-character vulgar fractions.
FRACTION_CHARS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}  # fmt: skip

# Words that make the number after them negative ("minus 5").
NEGATIVE_WORDS = frozenset({"minus", "negative"})

# Ordinal words: a rank, never an amount ("third quarter"), unless a fraction reading applies.
ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth fortieth fiftieth hundredth thousandth millionth".split()
)

PERCENT_WORDS = frozenset({"%", "percent", "per cent", "pct", "percentage"})
PERCENT_POINT_WORDS = frozenset({"percentage point", "percentage points"})

# Symbols written before the amount. "US$" and "$" are the common news spellings of USD.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd$": "USD", "cad$": "CAD", "aud$": "AUD", "mxn$": "MXN",
    "mex$": "MXN", "nzd$": "NZD", "hk $": "HKD", "c $": "CAD", "a $": "AUD", "us $": "USD",
    "u.s.$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "c$": "CAD", "ca$": "CAD", "cad": "CAD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "hk$": "HKD", "nz$": "NZD", "₹": "INR", "rs": "INR",
    "₽": "RUB", "₴": "UAH", "chf": "CHF", "cny": "CNY", "rmb": "CNY", "₩": "KRW",
    "r$": "BRL", "₺": "TRY", "₿": "BTC", "元": "CNY", "₡": "CRC", "₾": "GEL", "₭": "LAK",
    "ரூ": "LKR", "nzd": "NZD", "hkd": "HKD", "sek": "SEK", "inr": "INR",
}  # fmt: skip

# Currency names written after the amount; keys are lemmas or lower-cased multi-token names.
CURRENCY_NAMES: dict[str, str] = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
    "united states dollar": "USD", "usd": "USD", "canadian dollar": "CAD", "cad": "CAD",
    "australian dollar": "AUD", "hong kong dollar": "HKD", "new zealand dollar": "NZD",
    "singapore dollar": "SGD", "euro": "EUR", "eur": "EUR", "pound sterling": "GBP",
    "sterling": "GBP", "british pound": "GBP", "gbp": "GBP", "yen": "JPY", "japanese yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY", "rmb": "CNY", "ruble": "RUB",
    "rouble": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnya": "UAH", "rupee": "INR",
    "indian rupee": "INR", "sri lankan rupee": "LKR", "franc": "CHF", "swiss franc": "CHF",
    "peso": "MXN", "mexican peso": "MXN", "lira": "TRY", "turkish lira": "TRY", "won": "KRW",
    "real": "BRL", "rand": "ZAR", "shekel": "ILS", "zloty": "PLN", "krona": "SEK",
    "krone": "NOK", "bitcoin": "BTC", "markka": "FIM", "finnish markka": "FIM",
    "peseta": "ESP", "guilder": "NLG", "dutch guilder": "NLG", "btc": "BTC", "lari": "GEL",
    "kip": "LAK", "colon": "CRC",
    "colón": "CRC", "naira": "NGN", "dinar": "DZD", "riyal": "SAR", "dirham": "AED",
}  # fmt: skip

# Sub-units have no ISO code of their own; they stay as written.
MINOR_CURRENCY: dict[str, str] = {
    "cent": "cent", "cents": "cent", "penny": "penny", "pence": "penny", "p": "penny",
    "satoshi": "satoshi", "satoshis": "satoshi", "sen": "sen",
}  # fmt: skip

# "pound" is money or weight; news writes sterling amounts with "£", so words mean weight
# unless "sterling" follows (the currency table catches "pound sterling" first).

# Measure units by written form -> canonical symbol. Plurals are listed where the lemma differs.
MEASURE_UNITS: dict[str, str] = {
    "km": "km", "kilometre": "km", "kilometer": "km", "kms": "km",
    "m": "m", "metre": "m", "meter": "m", "cm": "cm", "centimetre": "cm", "centimeter": "cm",
    "mm": "mm", "millimetre": "mm", "millimeter": "mm", "dm": "dm", "decimetre": "dm",
    "decimeter": "dm", "pm": "pm", "picometre": "pm", "picometer": "pm",
    "mi": "mi", "mile": "mi", "ft": "ft", "foot": "ft", "feet": "ft", "in": "in", "inch": "in",
    "yd": "yd", "yard": "yd", "nautical mile": "nmi",
    "kg": "kg", "kilogram": "kg", "kilo": "kg", "kgs": "kg", "g": "g", "gram": "g",
    "mg": "mg", "milligram": "mg", "µg": "µg", "μg": "µg", "microgram": "µg", "mcg": "µg",
    "t": "t", "tonne": "t", "ton": "t", "metric ton": "t", "tons": "t",
    "lb": "lb", "lbs": "lb", "pound": "lb", "oz": "oz", "ounce": "oz",
    "ha": "ha", "hectare": "ha", "acre": "acre", "sq km": "km2", "km2": "km2", "km²": "km2",
    "square kilometre": "km2", "square kilometer": "km2", "square mile": "mi2",
    "square metre": "m2", "square meter": "m2", "m2": "m2", "m²": "m2", "square foot": "ft2",
    "square feet": "ft2", "cubic foot": "ft3", "cubic feet": "ft3", "cubic metre": "m3",
    "cubic meter": "m3",
    "l": "l", "litre": "l", "liter": "l", "ml": "ml", "millilitre": "ml", "milliliter": "ml",
    "gallon": "gal", "gal": "gal", "barrel": "bbl", "bbl": "bbl", "cup": "cup",
    "tablespoon": "tbsp", "tbsp": "tbsp", "teaspoon": "tsp", "tsp": "tsp", "dram": "dram",
    "bpd": "bpd", "barrels per day": "bpd", "barrel per day": "bpd", "b/d": "bpd",
    "mw": "MW", "megawatt": "MW", "gw": "GW", "gigawatt": "GW", "kw": "kW", "kilowatt": "kW",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
    "°c": "°C", "degrees celsius": "°C", "degree celsius": "°C", "celsius": "°C",
    "°f": "°F", "degrees fahrenheit": "°F", "degree fahrenheit": "°F", "fahrenheit": "°F",
    "deg celsius": "°C", "deg fahrenheit": "°F", "degree": "°", "radian": "rad",
    "rad": "rad",
    "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "kilometres per hour": "km/h",
    "kilometers per hour": "km/h", "mph": "mph", "miles per hour": "mph",
    "gb": "GB", "gigabyte": "GB", "mb": "MB", "megabyte": "MB", "tb": "TB", "terabyte": "TB",
    "kb": "KB", "kilobyte": "KB", "megabit": "Mb", "mbps": "Mbps", "bit": "bit",
    "kmph": "km/h", "km/hr": "km/h", "deg": "°", "deg.": "°", "degrees c": "°C",
    "degree c": "°C", "degrees f": "°F", "degree f": "°F", "deg c": "°C", "deg f": "°F",
    # Common misspellings in user-written text.
    "celcius": "°C", "farenheit": "°F", "degrees celcius": "°C", "degrees farenheit": "°F",
    "hz": "Hz", "mhz": "MHz", "ghz": "GHz", "kv": "kV", "mt": "Mt",
}  # fmt: skip

# Bookkeeping writes millions as an "M" before the code ("30 MUSD", "MEUR 120").
MILLION_CODES: dict[str, str] = {
    "m" + code.lower(): code for code in ("USD", "EUR", "GBP", "AUD", "CAD", "CHF", "JPY", "SEK")
}

# Units that attach to digits in one token ("200lbs", "75ml", "2GB"); ambiguous single letters
# ("m", "t", "in") are only trusted as a separate word after a number.
ATTACHED_UNIT_MIN_LEN = 2

# Qualifier words just before the number, longest first when matching.
QUALIFIERS: dict[str, str] = {
    "about": "approximately", "around": "approximately", "roughly": "approximately",
    "approximately": "approximately", "approx.": "approximately", "nearly": "approximately",
    "almost": "approximately", "some": "approximately", "an estimated": "approximately",
    "estimated": "approximately", "close to": "approximately", "circa": "approximately",
    "c.": "approximately", "just about": "approximately", "~": "approximately",
    "more than": "more than", "over": "more than", "above": "more than",
    "in excess of": "more than", "upwards of": "more than", "just over": "more than",
    "greater than": "more than", "larger than": "more than", "bigger than": "more than",
    "exceeding": "more than", "less than": "less than", "fewer than": "less than",
    "under": "less than", "below": "less than", "just under": "less than",
    "smaller than": "less than", "at least": "at least", "no fewer than": "at least",
    "no less than": "at least", "a minimum of": "at least", "at most": "at most",
    "no more than": "at most", "a maximum of": "at most", "up to": "up to",
}  # fmt: skip

# Verbs and nouns that say a quantity moved; the lemma decides the direction.
INCREASE_WORDS = frozenset(
    "rise increase grow climb jump surge soar gain up add raise boost expand advance rally "
    "spike hike rebound".split()
)
DECREASE_WORDS = frozenset(
    "fall decline drop decrease plunge slip sink tumble lose down shrink slide dip cut "
    "reduce lower plummet loss slump fell".split()
)
# Verbs that state the change as a multiple.
FACTOR_VERBS: dict[str, float] = {
    "double": 2, "triple": 3, "treble": 3, "quadruple": 4, "halve": 0.5,
}  # fmt: skip

# Time nouns: "33 years" is a duration (a date fact), and "a year" after a unit is a rate.
TIME_NOUNS = frozenset(
    "second minute hour day night week weekend fortnight month quarter year decade century "
    "millennium season semester term".split()
)
# Words inside a spaCy DATE/TIME entity that make it a real date or time, not a number the
# tagger mislabelled (it tags "Castell, 51," and "200lbs" DATE).
DATE_WORDS = TIME_NOUNS | frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday today yesterday tomorrow ago am pm a.m. p.m. o'clock noon "
    "midnight morning evening afternoon spring summer autumn fall winter fy bc ad".split()
)
# Nouns after "per"/"a" that form a rate ("three meals per day", "$5 a share").
RATE_NOUNS = TIME_NOUNS | frozenset("person capita head share unit piece".split())
RATE_WORDS = frozenset({"per", "a", "an", "each", "every", "/"})

# Entity types whose numbers belong to a name ("Apollo 11", "Boeing 747", "G7").
NAME_ENTITY_TYPES = frozenset(
    {"PERSON", "ORG", "PRODUCT", "LAW", "WORK_OF_ART", "FAC", "EVENT", "GPE", "LOC", "NORP"}
)

# Nouns that put a label, not an amount, on the number after them ("version 10.4", "No. 5").
DESIGNATOR_WORDS = frozenset(
    "version model number no. no flight route page chapter section article room track "
    "episode type generation gate lane block highway interstate road platform channel "
    "window windows iphone ipod xbox playstation".split()
)

# Bare four-digit numbers in this window are years, not amounts.
YEAR_RANGE = (1800, 2100)
