"""What a line of a site's furniture looks like, whatever the site: a caption, a byline, a stamp, a label, a call to the reader.

The YAML patterns know the chrome of sites seen before; these cues are of the genre and carry to
sites never seen. A statement is declarative prose in the past tense or the present of record
("The Ministers reaffirmed ...", "The two sides welcome ..."); around it a news or government
site puts lines that describe a picture in the present tense of captions ("A (L) shakes hands with
B"), say who wrote the page and when to the minute, label a field ("Source: ...", "Photo : ..."),
or speak to the reader ("Read the full transcript here", "Please log in"). The classifier
(``chrome``) decides by where such a line stands: above the first paragraph, after the last, or
between two.
"""
from __future__ import annotations

import re

from ..extraction.dates import MONTH_NAME

# A caption's verb in the present tense: what someone in the picture is doing.
_CAPTION_VERB = re.compile(
    r"\b(?:speaks (?:at|to|with|during|before|after|as|in|on)|shakes hands|shake hands|shaking hands|"
    r"pos(?:es|e|ing) (?:for|before|after|with|during|together)|greets|escorts|inspects|salutes|applauds|attends|"
    r"delivers (?:remarks|a speech|an address)|confers with|clasps? hands|walks (?:with|through|past|to|alongside|into|out)|arrives (?:at|in|for)|"
    r"listens (?:to|as|during)|(?:gestures|waves|smiles) (?:as|at|to|during|while)|chats with|bows (?:to|as|before)|"
    r"toasts with|sits? (?:with|next|beside|during|at)|bumps? fists|looks? on|meets with|answers questions|"
    r"stand (?:in an?|beside|next to|in front of|alongside)|stands (?:beside|next to|in front of|alongside)|"
    r"exchang(?:e|es|ing) (?:emblems|gifts|souvenirs|mementos|mementoes|plaques|tokens|pennants)|"
    r"(?:is|are) (?:answering|speaking|seen|pictured|greeted|welcomed|briefed|escorted))\b")
# Where someone stands in the picture: "(L)", "(2-R)", "(1st R)", "(first, left)", "(right)", "From left: ..."; not a rank's
# "(R)", retired ("Lieutenant General (R) A").
_PLACE_IN_PICTURE = re.compile(
    r"(?<!General )(?<!Gen\. )(?<!Gen )(?<!Admiral )(?<!Colonel )(?<!Brigadier )(?<!Marshal )(?<!Commodore )"
    r"(?<!Major )\((?:[LRC]|\d-[LRC]|\d(?:st|nd|rd|th)\s?[LRC]|L to R|l-r|left|right|centre|center|middle|front|rear|back|top|bottom|proper|"
    r"(?:(?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th)?),?\s*(?:from\s+)?)?(?:left|right)(?:\s+to\s+(?:left|right))?|"
    r"(?:cent(?:er|re)|front|back|rear|far|top|bottom)[ -](?:[LR]|left|right))\)"
    r"|^\(?from lef?t?\b|^\(?from right\b", re.I)
# A picture's credit: "Photo by ...", "photo courtesy of ...", "A handout photo ...", "Picture: ...", "(credit: ...)",
# "(Photo Internet reproduction)", a caption ending in "© Audiovisual Service";
# a photographer's name and agency after the caption's last sentence ("... in Valmora. Jane Roe/Example Wire").
_PICTURE = re.compile(r"\b(?:photos?|pictures?|images?|photograph|fot[oó]s?)\s*(?:by|from|courtesy|credit|provided|source\s*:|:)|"
                      # a credit after the caption: "... PHOTO | EXA", "... Photo/Jane Roe", "... [PRESS POOL]"
                      r"\b(?:photo|picture|image)\s*[|/]\s*(?-i:[A-Z])[\w .'’-]{1,40}$|[.!]\s+\[(?-i:[A-Z][A-Z .&'’-]{2,40})\]\s*$|"
                      r"\b(?:handout|file|archive|pool|screen-?grab)\s+(?:photo|picture|image)\b|"
                      r"\((?:photo\s+|image\s+|picture\s+)?credits?\s*:[^()]{1,60}\)\s*$|"
                      r"\((?:photo|image|picture)\b[^()]{1,40}\)|©\s*(?-i:[A-Z])[\w .&'’/-]{1,50}$|"
                      r"[.!]\s+(?-i:(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s*/\s*[\w.-]{2,20}(?:\s*/\s*[\w. -]{2,30})?\s*$", re.I)

# A picture's number glued to its caption after the headline it illustrates: "... defence ties ảnh 1Illustrative image"
_NUMBERED_PICTURE = re.compile(r"\s(?:(?:h[iì]nh\s)?(?:ảnh|anh)|photo|image)\s?\d{1,2}(?=(?-i:[A-Z(]))", re.I)  # "hinh anh 1"
# A clock time (a page's stamp, never a statement's header): "13:58", "9:00 PM", "2023-06-04T16:20"; a reading time.
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])|\d{4}-\d\d-\d\dT\d\d:\d\d|\b\d+[- ]?min(?:ute)?s?\.? read\b", re.I)
# The page's own date of posting, colon or not: "Published 3 March 2026", "Updated on Apr 13, 2021".
_POSTED = re.compile(r"^(?:(?:first |last )?published|(?:last )?updated|posted|modified)(?: on)?\s*:?\s*"
                     r"(?:\d|" + MONTH_NAME + r"(?![a-z])|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)", re.I)
# "By Jane Roe", "Posted by ...", "By : Mr. ..." at the head of a short line.
_BYLINE = re.compile(r"^(?:(?:written|posted|reported|story|text|words|photos?)\s+)?by\s*:?\s*(?-i:[A-Z])", re.I)
# ... and a reporter's name with the place he filed from: "Ana Roe In Port Moresby, Papua New Guinea"
_BYLINE_IN = re.compile(r"(?:[A-Z][\w'’-]+ ){2,3}In (?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’.-]+, [A-Z]")
# ... and a reporter's name with his outlet after a comma: "Ana Roe, News from Oslo", "Ana Roe, Staff Correspondent"
_BYLINE_OUTLET = re.compile(r"(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+, (?:[A-Z][\w'’-]* ){0,3}"
                            r"(?:News|Times|Post|Herald|Tribune|Press|Agency|Journal|Daily|Reporter|Correspondent|Writer)"
                            r"(?: (?:from|of|in) (?:[A-Z][\w'’.-]+ ?){1,3})?")
# A field's label: "Source: ...", "Photo : ...", "Published: ...", "Follow topic:".
_META_LABEL = re.compile(
    r"^\(?(?:sources?|photos?|images?|pictures?|credits?|editors?|reporters?|authors?|writers?|by|via|published|updated|"
    r"posted|modified|last updated|first published|date published|released|issued|embargoed|tags?|topics?|"
    r"filed under|categor(?:y|ies)|keywords?|subjects?|follow(?: topic| us)?|share(?: this)?|sign up(?: now)?|"
    r"read (?:more|also)|also read|see also|related|more|copyright|disclaimer|note to editors)\s*:", re.I)
# A short label that introduces the statement or a widget: "Begin text:", "No comments:".
_BARE_LABEL = re.compile(r"^[\w'’ -]{2,30}:$")
# The site speaking to its reader: a call to act on the page ("Read the full transcript here",
# "Download the communique (PDF)", "Click to enlarge"), or "you", "please".
_CALL = re.compile(
    r"^(?:read|see|watch|listen(?: to)?|download|click|tap|find out|follow|subscribe|share|sign (?:up|in)|log in|"
    r"create|register|visit|view|learn more|check out|scroll|get|continue reading|to continue)\b", re.I)
_CALL_OBJECT = re.compile(
    r"\b(?:here|more|full|transcript|video|audio|recording|photos?|gallery|article|story|stories|page|site|website|"
    r"newsletters?|podcast|press conference|original|link|pdf|app|account|enlarge|reading|inbox|channel|feed|tweets?|"
    r"embed|content)\b", re.I)
_READ_ALSO = re.compile(r"^(?:also read|read also|see also|read more)\b(?!\s*:?\s*$)", re.I)  # "Also read <another story>"
_READER = re.compile(r"\b(?:you|your|please)\b|\bthis (?:post|article|page|story|site|website|blog)\b", re.I)

# The site describing itself: "Example Voice is the one stop site for national news", "X is a leading news portal",
# "Your go-to source for coverage of ...".
_SELF = re.compile(
    r"^(?-i:[A-Z])[\w.&'’ -]{1,40}\s+is\s+(?:the|a|an|your|india['’]s|asia['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:website|web\s?site|(?:web|news|online)\s+portal|portal|news\s+(?:site|source|platform|outlet|service|agency)|"
    r"one[- ]stop\s+(?:site|shop|destination|source|platform)|online\s+(?:news\w*|magazine|newspaper|publication|platform))\b"
    r"|^your\s+(?:go-to|trusted|one[- ]stop|number[- ]one|#1|premier|leading|first)\s+(?:news\s+)?(?:source|destination|site|stop)\s+for\b"
    # a digest or an aggregator on itself: "Example Brief has been the trusted daily read for ...",
    # "Example Wire publishes around 500 stories a day from ..."
    r"|^(?-i:[A-Z])[\w.&'’ -]{1,40}\s+(?:is|has\s+been)\s+(?:the|a|an|your)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:read|newsletter|digest|briefing|bulletin)\s+(?:for|of)\b"
    r"|^(?-i:[A-Z])[\w.&'’ -]{1,40}\s+is\s+(?:a|an)\s+full[- ]service\s+(?:[\w-]+\s+){0,3}?"  # "X is a full service events"
    r"(?:organi[sz]er|agency|company|publisher|provider|firm)\b"  # "organiser with ..."
    r"|^(?-i:[A-Z])[\w.&'’ -]{1,40}\s+(?:publishes|distributes|carries|aggregates)\s+(?:around|about|some|over|more\s+than|nearly)?\s*"
    r"\d[\d,]*\s+(?:news\s+)?(?:reports|stories|articles|items|releases)\s+(?:a|per|each|every)\s+day\b",
    re.I)


_BULLET = re.compile(r"^(?:[-–—•*·▪◦]\s*)+")
# A web address or a file's path standing alone: the page's own address, a picture's source.
_ADDRESS = re.compile(r"(?:https?://|www\.|/)\S+|[\w-]+(?:\.[\w-]+)+/\S*", re.I)


def _bare(line: str) -> str:
    """The line's words without a list's mark before them (a share bar or a menu is often a list)."""
    return _BULLET.sub("", " ".join(line.split()))


# A picture's caption with no verb: who is in it, then the occasion ("Minister A and Minister B during their talks in
# Valmora"), or what it shows ("View of the ministry's entrance").
_WHO_DURING = re.compile(r"^(?:(?:(?-i:[A-Z])[\w.'’-]*|and|of|for|the|to|al|bin|de)\s+){6,24}during\s+(?:his|her|their|the|a|an)?\s*"
                         r"(?:[\w-]+\s+){0,2}(?:meeting|talks|visit|call|ceremony|session|dialogue)\b[^.!?;:]*\.?$", re.I)
_VIEW_OF = re.compile(r"^(?:an?\s+)?(?:general\s+|aerial\s+|partial\s+|exterior\s+)?(?:over)?view\s+of\s+"
                      r"(?:(?!\b(?:was|were|is|are|has|have|had|will|would|shows?|showed)\b)[^.!?;:]){3,120}\.?$", re.I)


def caption(line: str) -> bool:
    """A picture's caption: who is where in it, a credit, or a person doing something in the present tense
    in a line too long for a headline and too short for a paragraph."""
    s = _bare(line)
    words = len(s.split())
    if s[:1] in "\"“‘'" or words < 3:
        return False
    if _PLACE_IN_PICTURE.search(s) or _PICTURE.search(s) or _WHO_DURING.match(s) or _VIEW_OF.match(s) \
            or _NUMBERED_PICTURE.search(s):
        return True
    return 12 <= words <= 80 and _CAPTION_VERB.search(" ".join(s.split()[:25])) is not None


def stamp(line: str) -> bool:
    """A byline or a time stamp: who wrote the page and when, to the minute or the day it was posted."""
    s = _bare(line)
    words = len(s.split())
    if words > 14 or words >= 8 and s.endswith((".", "!", "?")) and not _CLOCK.search(s):
        return False
    return bool(_CLOCK.search(s) or _BYLINE.match(s) or _BYLINE_IN.match(s) or _BYLINE_OUTLET.fullmatch(s)
                or words <= 8 and _POSTED.match(s))


def label(line: str) -> bool:
    """A field of the page's metadata ("Source: ...", "Photo : ..."), or a short label alone ("Begin text:")."""
    s = _bare(line)
    return len(s.split()) <= 16 and (_META_LABEL.match(s) is not None or _BARE_LABEL.match(s) is not None
                                     and len(s.split()) <= 4)


def label_of_page(line: str) -> bool:
    """A field's label of the page's own ("Source:", "Related:", "Tags:"), never a statement's lead-in."""
    return _META_LABEL.match(_bare(line)) is not None


def call(line: str) -> bool:
    """The site speaking to its reader: a call to act on the page ("Download the communique (PDF)", "(Click photo for
    a larger image)")."""
    s = _bare(line).lstrip("([ ")
    words = len(s.split())
    if words > 25 or s[:1] in "\"“‘'":
        return False
    return bool(_CALL.match(s) and (_CALL_OBJECT.search(s) or words <= 3)) or _READ_ALSO.match(s) is not None


def addressed(line: str) -> bool:
    """A short line that speaks to the reader or of the page itself ("Please enable cookies", "This post was first
    published on ...")."""
    s = " ".join(line.split())
    return len(s.split()) <= 25 and s[:1] not in "\"“‘'" and _READER.search(s) is not None


def aside(line: str) -> bool:
    """A whole line in parentheses or brackets: a credit, a label, an editor's initials, a source's tag."""
    s = _bare(line)
    return len(s.split()) <= 25 and s[:1] + s[-1:] in ("()", "[]") and s.count(s[0]) == s.count(s[-1]) \
        and _brackets_only(s)


def _brackets_only(s: str) -> bool:
    """Nothing stands outside the brackets: "(Text: joint communique) (2000)" is asides alone, but
    "(Attachment 2) A-B Meeting (Summary)" is a title between two."""
    depth, outside = 0, []
    for c in s:
        depth += c == s[0]
        if depth == 0:
            outside.append(c)
        depth -= c == s[-1]
    return not "".join(outside).strip()


def blurb(line: str) -> bool:
    """The site's description of itself, as a page's foot gives it ("Example Voice is the one stop site for ...")."""
    return _SELF.match(" ".join(line.split())) is not None


def address(line: str) -> bool:
    """A web address or a path alone on its line."""
    return _ADDRESS.fullmatch(line.strip()) is not None


def teaser(line: str) -> bool:
    """A title or a teaser the site cut short with an ellipsis ("Ministers agree on closer ties for securit..."): a
    link's text, the story's own title being given whole elsewhere."""
    s = " ".join(line.split())
    return bool(re.fullmatch(r".{8,160}?\w\s?(?:\.\.\.|…)", s)) and not re.search(r"[.!?;:]\s", s[:-4]) \
        and len(s.split()) <= 20


def furniture(line: str) -> bool:
    """Any cue of the site's furniture that holds wherever the line stands."""
    return caption(line) or stamp(line) or label(line) or call(line) or address(line)
