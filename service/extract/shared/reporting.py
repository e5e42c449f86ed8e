"""Verbs of saying and writing: the lists both actors and quotes read.

Quotes take them as the cue that frames a quotation or reports a clause; actors count the subject
of one as a speaker when weighing an actor's salience.

The lists follow VerbNet's communication classes (Kipper-Schuler et al.: say-37.7, tell-37.2,
transfer_mesg-37.1, inquire-37.1.2, manner_speaking-37.3, complain-37.8, advise-37.9,
confess-37.10, lecture-37.11, promise-37.13, talk-37.5, chit_chat-37.6), read for news: a
verb is listed when news uses it to report what someone said or wrote, not by the class alone.
"""

from __future__ import annotations

from typing import Final


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that report speech, framed quotations and reported clauses alike ("said", "told",
# "warned that ..."), by VerbNet class.
_SAY = _words(
    """say state declare announce assert claim contend maintain insist allege affirm aver
    proclaim pronounce report reveal disclose confirm deny estimate predict speculate
    suggest hint indicate imply note observe remark comment mention add reiterate repeat
    stress emphasise emphasize underline highlight argue reason conclude"""
)
_TELL = _words("tell inform notify assure remind brief advise caution warn alert")
_TRANSFER = _words("explain recall convey")
_INQUIRE = _words("ask inquire enquire wonder")
_ANSWER = _words("answer reply respond retort counter rejoin")
_MANNER = _words(
    """shout yell scream cry whisper murmur mutter mumble groan moan sob snap growl roar bellow
    shriek"""
)
_COMPLAIN = _words("complain grumble protest object lament bemoan fume rage boast brag gloat")
_ADVISE = _words("urge recommend implore plead beg demand")
_CONFESS = _words("admit acknowledge concede confess")
_PROMISE = _words("promise vow pledge swear guarantee threaten")
_LECTURE = _words("testify preach lecture")
# Writing counts as saying in news: "wrote in a letter", "tweeted", "the statement read".
_WRITE = _words("write tweet read")

REPORTING_LEMMAS: Final[frozenset[str]] = (
    _SAY
    | _TELL
    | _TRANSFER
    | _INQUIRE
    | _ANSWER
    | _MANNER
    | _COMPLAIN
    | _ADVISE
    | _CONFESS
    | _PROMISE
    | _LECTURE
    | _WRITE
)

# Verbs that report speech only as the frame of a quotation beside them ('"...," she joked'),
# never as the verb of a reported clause: "he continued to rise" reports nothing.
# So do verbs that name a way of putting it into words ('she described it as "a disaster"') or a
# channel ('he posted: "..."').
FRAMING_LEMMAS: Final[frozenset[str]] = _words(
    """joke quip laugh chuckle sigh smile grin gush exclaim interject chime continue begin
    muse marvel enthuse rave scoff sneer snort tease describe recount relate recite question
    query post email text blog publish message"""
)
