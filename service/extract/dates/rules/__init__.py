"""The date rule families: one module per family of expressions, its examples in
`tests/extract/dates/rules/test_<family>.py`.

    calendar        explicit dates, months, years, decades, seasons, weekdays ("May 7, 2015",
                    "mid-May", "the 1990s", "last spring", "on Friday")
    calendar_units  weeks, decades and quarters by number or place ("the first week of May")
    clock_range     clock-time ranges ("from 5 to 6pm")
    clock_words     clock times in words ("ten past 9 in the evening", "tonight at 7")
    durations       "three weeks", "two days ago", "in 5 minutes"
    day_forms       single days in rarer forms ("this Friday 5/12", "next 6th of April")
    spelled         years and days in words ("in nineteen eighty six", "the twenty-sixth day")
    compact         joined durations, unit letters, rarer digit forms ("18 and 19 June",
                    "the 5th of this month")
    current         periods named by a bare noun ("for the month", "end of year")
    day_range       day ranges inside one month ("May 3-5, 2021")
    deixis          what points from the article date ("today", "this morning")
    formats         file-name, URL and form spellings ("20161016", "2017 Q1", "FY2008")
    periods         sets, clock times, present/past/future and anaphora ("every week", "now")
    sets            recurring times ("Tuesdays at 9am", "weekends")
    spans           year ranges, centuries, holidays, lower-case months
    weeks           weeks by their place ("Monday of next week", "week 12 of 2020")
    anchored_days   days named from another day or word ("the following Friday", "tmrw")
    early_years     years before 1500 where the wording makes them years ("(c. 347 – 420)")
"""

# isort: off
# Importing a family registers its rules, in this order; the order breaks ties between matches
# of the same length at the same place (see `registry`). A family that builds on another
# (compact on durations and spelled) comes after it.
from . import calendar  # noqa: F401
from . import calendar_units  # noqa: F401
from . import clock_range  # noqa: F401
from . import clock_words  # noqa: F401
from . import durations  # noqa: F401
from . import day_forms  # noqa: F401
from . import spelled  # noqa: F401
from . import compact  # noqa: F401
from . import current  # noqa: F401
from . import day_range  # noqa: F401
from . import deixis  # noqa: F401
from . import formats  # noqa: F401
from . import periods  # noqa: F401
from . import sets  # noqa: F401
from . import spans  # noqa: F401
from . import weeks  # noqa: F401
from . import anchored_days  # noqa: F401
from . import early_years  # noqa: F401
# isort: on
