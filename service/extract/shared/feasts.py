"""Holiday names as news writes them ("Eid al-Fitr", "Thanksgiving", "Boxing Day").

Dates read them as days (`dates.calendars` looks each up in the `holidays` package); actors read
them as no one's name: the model tags "al-Fitr" of "Eid al-Fitr" as a person.
"""

from __future__ import annotations

from typing import Final

# Holiday names as news writes them, and where the `holidays` package keeps each: the calendar
# of a country that observes it, and its English name there. The package computes the dates
# (Easter and the feasts that move with it, Thanksgiving's fourth Thursday, the lunar and lunisolar
# feasts); this table only says which entry an English phrase means.
HOLIDAY_CALENDARS: Final[dict[str, tuple[str, str]]] = {
    "christmas": ("US", "Christmas Day"), "christmas day": ("US", "Christmas Day"),
    "xmas": ("US", "Christmas Day"), "christmas eve": ("US", "Christmas Eve"),
    "xmas eve": ("US", "Christmas Eve"), "valentines day": ("US", "Valentine's Day"),
    "valentine day": ("US", "Valentine's Day"),
    "new year's day": ("US", "New Year's Day"), "new year day": ("US", "New Year's Day"),
    "new year": ("US", "New Year's Day"), "new year's eve": ("US", "New Year's Eve"),
    "independence day": ("US", "Independence Day"), "halloween": ("US", "Halloween"),
    "valentine's day": ("US", "Valentine's Day"), "groundhog day": ("US", "Groundhog Day"),
    "st patrick's day": ("US", "Saint Patrick's Day"),
    "st. patrick's day": ("US", "Saint Patrick's Day"),
    "saint patrick's day": ("US", "Saint Patrick's Day"),
    "saint patrick": ("US", "Saint Patrick's Day"), "st patrick": ("US", "Saint Patrick's Day"),
    "veterans day": ("US", "Veterans Day"),
    "juneteenth": ("US", "Juneteenth National Independence Day"),
    "thanksgiving": ("US", "Thanksgiving Day"), "thanksgiving day": ("US", "Thanksgiving Day"),
    "canadian thanksgiving": ("CA", "Thanksgiving Day"), "canada day": ("CA", "Canada Day"),
    "memorial day": ("US", "Memorial Day"), "labor day": ("US", "Labor Day"),
    "labour day": ("US", "Labor Day"), "columbus day": ("US", "Columbus Day"),
    "martin luther king day": ("US", "Martin Luther King Jr. Day"),
    "martin luther king jr. day": ("US", "Martin Luther King Jr. Day"),
    "martin luther king, jr. day": ("US", "Martin Luther King Jr. Day"),
    "mlk day": ("US", "Martin Luther King Jr. Day"), "mother's day": ("US", "Mother's Day"),
    "father's day": ("US", "Father's Day"), "presidents day": ("US", "Washington's Birthday"),
    "presidents' day": ("US", "Washington's Birthday"), "election day": ("US", "Election Day"),
    "boxing day": ("GB", "Boxing Day"), "may day": ("AX", "May Day"),
    "international workers' day": ("CU", "International Workers' Day"),
    "workers' day": ("CU", "International Workers' Day"),
    "remembrance day": ("CA", "Remembrance Day"), "bastille day": ("FR", "National Day"),
    "victoria day": ("CA", "Victoria Day"), "anzac day": ("AU", "ANZAC Day"),
    "australia day": ("AU", "Australia Day"), "waitangi day": ("NZ", "Waitangi Day"),
    "easter": ("AX", "Easter Sunday"), "easter sunday": ("AX", "Easter Sunday"),
    "easter day": ("AX", "Easter Sunday"), "easter monday": ("AX", "Easter Monday"),
    "good friday": ("AX", "Good Friday"), "holy saturday": ("BZ", "Holy Saturday"),
    "maundy thursday": ("AR", "Maundy Thursday"), "palm sunday": ("PS", "Palm Sunday"),
    "ash wednesday": ("BR", "Ash Wednesday"), "shrove tuesday": ("LI", "Shrove Tuesday"),
    "mardi gras": ("LI", "Shrove Tuesday"),
    "ascension day": ("AX", "Ascension Day"), "pentecost": ("AX", "Pentecost"),
    "whit sunday": ("AX", "Pentecost"), "whit monday": ("AG", "Whit Monday"),
    "orthodox easter": ("BY", "Orthodox Easter"),
    "orthodox christmas": ("BY", "Orthodox Christmas Day"),
    "eid al-fitr": ("TR", "Eid al-Fitr"), "eid al fitr": ("TR", "Eid al-Fitr"),
    "eid ul-fitr": ("TR", "Eid al-Fitr"), "eid-al-fitr": ("TR", "Eid al-Fitr"),
    "eid al-adha": ("TR", "Eid al-Adha"), "eid al adha": ("TR", "Eid al-Adha"),
    "eid ul-adha": ("TR", "Eid al-Adha"), "eid-al-adha": ("TR", "Eid al-Adha"),
    "diwali": ("IN", "Diwali"), "deepavali": ("IN", "Diwali"), "holi": ("IN", "Holi"),
    "yom kippur": ("IL", "Yom Kippur"), "rosh hashanah": ("IL", "Rosh Hashanah"),
    "passover": ("IL", "Pesach"), "hanukkah": ("IL", "Hanukkah"),
    "lunar new year": ("CN", "Chinese New Year (Spring Festival)"),
    "chinese new year": ("CN", "Chinese New Year (Spring Festival)"),
    "vesak": ("MY", "Vesak Day"),
}  # fmt: skip

# Observances no calendar of the `holidays` package lists, on a fixed month and day.
UNLISTED_HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "earth day": (4, 22), "cinco de mayo": (5, 5), "guy fawkes night": (11, 5),
    "bonfire night": (11, 5),
}  # fmt: skip

# Holidays a fixed number of days after another (the shopping days after Thanksgiving).
DAYS_AFTER_HOLIDAY: Final[dict[str, tuple[str, int]]] = {
    "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4),
}  # fmt: skip


def holiday_names() -> list[str]:
    """Every holiday phrase, lower case."""
    return [*HOLIDAY_CALENDARS, *UNLISTED_HOLIDAYS, *DAYS_AFTER_HOLIDAY]


_PHRASES: Final[tuple[str, ...]] = tuple(holiday_names())


def inside_holiday_name(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is, or is part of, a holiday's name written there: "al-Fitr" in
    "Eid al-Fitr", "Diwali"; not "Easter Island", which goes on past the name."""
    words = text[start:end].lower()
    for phrase in _PHRASES:
        at = phrase.find(words)
        if at < 0 or at and phrase[at - 1] != " ":
            continue
        begin = start - at
        if begin >= 0 and text[begin : begin + len(phrase)].lower() == phrase:
            after = begin + len(phrase)
            if after >= len(text) or not text[after].isalnum():
                return True
    return False
