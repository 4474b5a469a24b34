"""Dates: find the dates a statement gives and resolve the meeting's year.

Statements often omit the year ("held July 25-26", "announced Thursday").
The year then follows from other evidence: the release line, the weekday of a
date together with the dialogue's cadence, or the round of a dialogue the text
ties to "this year". Each resolution records its basis in words; where no
evidence fixes the year, the basis says so and no date is given.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

# a month's full name may carry a stray stop, as some sites print it: "Posted October. 22, 2005"
_M = (r"(?P<{n}>Jan(?:uary\.?|\.)?|Feb(?:ruary\.?|\.)?|Mar(?:ch\.?|\.)?|Apr(?:il\.?|\.)?|May|June?|July?|Aug(?:ust\.?|\.)?"
      r"|Sept?(?:ember\.?|\.)?|Oct(?:ober\.?|\.)?|Nov(?:ember\.?|\.)?|Dec(?:ember\.?|\.)?)")
MONTH_NAME = _M.replace("(?P<{n}>", "(?:")  # a month as written, for other stages' patterns
ORDINAL_SUFFIX = r"\s?(?:st|nd|rd|th)\b"  # "9th", and "9 th" as a crawler spaces it
_D = r"(?P<{n}>[0-3]?\d)(?:" + ORDINAL_SUFFIX + r")?"
_Y = r"(?P<{n}>(?:19|20)\d\d)"
_RANGE = r"\s*(?:-|–|—|to|and|through|until)\s*(?:the\s+)?"  # "from the 2 May to the 5 May 2027"
_WD = r"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
# the weekday after the date, as Korean and Japanese releases give it: "May 30 (Tuesday)", "May 30 (Tue.)"
_WD_AFTER = r"(?:\s*\((?P<wd_after>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day|nesday|urday)?\.?\))?"

DATE_PATTERNS = [
    # July 25-26, 2018 | September 23 to 24, 2024 | Oct. 31 - Nov. 1, 2019 | Monday, September 18
    re.compile(_WD + _M.format(n="m1") + r"\s+" + _D.format(n="d1")
               + r"(?:" + _RANGE + r"(?:" + _M.format(n="m2") + r"\s+)?" + _D.format(n="d2") + r")?"
               + _WD_AFTER.replace("wd_after", "wd_mid")  # "March 19 (Thur.), 2015"
               + r"(?:(?:,\s*|\s+)" + _Y.format(n="y") + r")?(?![\d])" + _WD_AFTER),
    # 29 July 2023 | 25-26 July 2018 | 31 October - 1 November 2019
    re.compile(_WD + _D.format(n="d1") + r"(?:" + _RANGE + _D.format(n="d2") + r")?\.?\s+(?:of\s+)?" + _M.format(n="m1")  # "10. October", "the 28th of October"
               + r"(?:" + _RANGE + _D.format(n="d3") + r"\s+" + _M.format(n="m2") + r")?"
               + r"(?:(?:,\s*|\s+)" + _Y.format(n="y") + r")?(?![\d])" + _WD_AFTER),
]
ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
# "on Tuesday 9/1/2018": a date in numbers, read day first or month first as its weekday or a part above 12 says
NUMERIC = re.compile(r"\b(?:(?P<wd>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)\.?,?\s+)?"
                     r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<y>(?:19|20)\d\d)\b(?![/\d])")


@dataclass
class DateMention:
    start: int
    end: int
    month: int
    day: int
    year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    weekday: int | None = None

    def days(self, year: int) -> tuple[dt.date, dt.date] | None:
        try:
            a = dt.date(year, self.month, self.day)
            em, ed = self.end_month or self.month, self.end_day or self.day
            b = dt.date(year + (1 if em < self.month else 0), em, ed)
        except ValueError:
            return None
        return a, b


def _month(s: str | None) -> int | None:
    if not s:
        return None
    return MONTHS.get(s.lower().rstrip("."))


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Every calendar date in a text, with a range's end where one is given."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            g = m.groupdict()
            m1 = _month(g.get("m1"))
            d1 = int(g["d1"])
            if not m1 or not 1 <= d1 <= 31:
                continue
            if g.get("d3"):  # 31 October - 1 November
                em, ed = _month(g.get("m2")), int(g["d3"])
            elif g.get("d2"):
                em, ed = _month(g.get("m2")) or m1, int(g["d2"])
            else:
                em = ed = None
            if ed is not None and not 1 <= ed <= 31:
                em = ed = None
            wd = WEEKDAYS.get((g.get("wd") or "").lower())
            after = g.get("wd_after") or g.get("wd_mid")
            if wd is None and after:
                wd = next(i for name, i in WEEKDAYS.items() if name.startswith(after.lower()[:3]))
            out.append(DateMention(m.start() + offset, m.end() + offset, m1, d1,
                                   int(g["y"]) if g.get("y") else None, em, ed, wd))
            taken.append((m.start(), m.end()))
    for m in ISO.finditer(text):
        if not any(m.start() < e and s < m.end() for s, e in taken):
            out.append(DateMention(m.start() + offset, m.end() + offset, int(m["m"]), int(m["d"]), int(m["y"])))
    for m in NUMERIC.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        wd = next((i for name, i in WEEKDAYS.items() if m["wd"] and name.startswith(m["wd"].lower()[:3])), None)
        readings = []
        for day, month in ((a, b), (b, a)):  # day first, then month first
            try:
                d = dt.date(y, month, day)
            except ValueError:
                continue
            if wd is None or d.weekday() == wd:
                readings.append(d)
        if len(set(readings)) == 1:  # one reading only: the other is no date, or falls on another weekday
            d = readings[0]
            out.append(DateMention(m.start() + offset, m.end() + offset, d.month, d.day, y, weekday=wd))
    out.sort(key=lambda d: d.start)
    return out


def has_date(text: str) -> bool:
    return bool(find_dates(text))


def opening_date(text: str) -> DateMention | None:
    """The date a line opens on, as a release line gives it ("January 16, 2018 – Vancouver ...")."""
    dates = find_dates(text[:40])
    return dates[0] if dates and dates[0].start == 0 else None


# A date that dates another act in the meeting's sentence: "to reaffirm the declaration signed on November 16,
# 2011", "the joint statement made by the Prime Ministers on 20 August".
OTHER_ACT_BEFORE = re.compile(r"\b(?:signed|adopted|established|launched|founded|made|reached|ratified|enacted|declared|"
                              r"unveiled)\b(?:\s+(?:by|between|in|at)\s+[^.;,]{1,60}?)?\s+(?:on\s+)?(?:\w+,?\s+)?$")
# another meeting still to come, named in the meeting's sentence: "precedes the Summit, which will be held this
# coming October 23 in Faro"
TO_BE_HELD_BEFORE = re.compile(r"\b(?:which|that)\s+(?:will|is to|is due to|is scheduled to)\s+(?:be\s+held|take\s+place|convene|open)"
                               r"\s+(?:this\s+coming\s+|next\s+)?(?:on\s+)?(?:\w+,?\s+)?$")
# The meeting whose advice or decision led to this one, and its day or place: "On the advice of the ministers'
# meeting held on 2 May in Oslo, the committee convened ...", "Pursuant to the decisions of the Council"
ADVISED_BY = (r"\b(?:(?:[Uu]p)?[Oo]n|[Ff]ollowing|[Pp]ursuant\s+to|[Ii]n\s+(?:line|accordance)\s+with|[Aa]t)\s+the\s+"
              r"(?:recommendations?|advice|decisions?|directives?|instructions?|request|mandate)\s+of\b")
ADVISED_BY_BEFORE = re.compile(ADVISED_BY + r"[^,;]*$")  # still in that clause
# what others agreed or did on a day, said in the passive: "the priorities agreed by the President and the Prime
# Minister during their meeting on 1 July 2022"
BY_OTHERS_BEFORE = re.compile(r"\b(?:agreed|decided|announced|set out|made|signed|issued|adopted)\s+by\s+[^.;]{1,160}?\bon\s+(?:\w+,?\s+)?$")
LOCAL_TIME = re.compile(r"^\s*\(\s*(?P<date>[^()]{3,30}?)\s+local time\s*\)")


def meeting_date_mentions(text: str, offset: int = 0) -> list[DateMention]:
    """The dates a meeting's sentence gives that could be the meeting's own: not those of another act named in it,
    nor the story's date set before it ("Sep 20: ..."), and the local date where a page gives both ("on February
    19 (February 18 local time)")."""
    out = []
    for m in find_dates(text, offset):
        if OTHER_ACT_BEFORE.search(text[max(0, m.start - offset - 90):m.start - offset]) or \
                TO_BE_HELD_BEFORE.search(text[max(0, m.start - offset - 60):m.start - offset]) or \
                BY_OTHERS_BEFORE.search(text[max(0, m.start - offset - 200):m.start - offset]) or \
                ADVISED_BY_BEFORE.search(text[max(0, m.start - offset - 200):m.start - offset]):
            continue
        if re.match(r"\s*:", text[m.end - offset:]) and not text[:m.start - offset].strip():
            continue  # "Sep 20: The 12th meeting ... was held on September 19, 2023": the story's date, set before it
        local = LOCAL_TIME.match(text[m.end - offset:])
        if local and (d := find_dates(local["date"])):
            d[0].year = d[0].year or m.year
            m = DateMention(m.start, m.end, d[0].month, d[0].day, d[0].year)
        out.append(m)
    return out


def has_meeting_date(text: str) -> bool:
    return bool(meeting_date_mentions(text))


def weekday_cues(text: str) -> list[tuple[str, int]]:
    """Weekdays tied to the meeting: ("announced", 3) for "announced Thursday"."""
    cues = []
    for m in re.finditer(r"\b(\w+ed|said|met|held|began|wrapped up)\s+(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text):
        verb = m.group(1).lower()
        if verb not in ("ended", "concluded", "wrapped up", "closed", "began", "opened", "started"):
            verb = "announced"  # "said Thursday", "agreed Thursday": the day the news came out
        cues.append((verb, WEEKDAYS[m.group(2).lower()]))
    return cues


def iso(d: dt.date) -> str:
    return d.isoformat()


RELATIVE_WHEN = [
    (re.compile(r"\b(?:by|before|at) the end of (?:this|the) year\b", re.I), lambda y, m: f"{y}-12"),
    (re.compile(r"\bwithin (?:this|the) year\b|\blater this year\b|\bthis year\b|\bthis (?:fall|autumn|spring|summer|winter)\b", re.I), lambda y, m: f"{y}"),
    (re.compile(r"\bnext month\b", re.I), lambda y, m: f"{y + (m == 12)}-{m % 12 + 1:02d}"),
    (re.compile(r"\bnext week(?:'s|’s)?\b|\bthis month\b|\blater this month\b", re.I), lambda y, m: f"{y}-{m:02d}"),
    (re.compile(r"\bnext year\b", re.I), lambda y, m: f"{y + 1}"),
    (re.compile(r"\bthe (?:first|second) half of (?P<y>(?:19|20)\d\d)\b", re.I), None),
    (re.compile(r"\b(?:early|mid|late)[- ](?P<y>(?:19|20)\d\d)\b", re.I), None),
]


def resolve_when(text: str, ref: dt.date | None) -> str | None:
    """The month or year a future-looking phrase points to, relative to the meeting date."""
    m = re.search(r"\b(?:in|by|until|before|during|of)\s+(?:the end of\s+)?(?:its fiscal year in\s+)?"
                  r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)"
                  r"(?:\s+(?P<y>(?:19|20)\d\d))?\b", text)
    if m:
        month = MONTHS[m["m"].lower()]
        if m["y"]:
            return f"{m['y']}-{month:02d}"
        if ref:
            year = ref.year + (1 if month < ref.month else 0)
            return f"{year}-{month:02d}"
        return None
    for pat, fn in RELATIVE_WHEN:
        mm = pat.search(text)
        if mm:
            if fn is None:
                return mm["y"]
            return fn(ref.year, ref.month) if ref else None
    m = re.search(r"\b(?:in|by|before|until|during|of)\s+(?P<y>(?:19|20)\d\d)\b", text)
    if m:
        return m["y"]
    return None


# How long after a meeting a page dated the same year may report it: a magazine's story runs months later
# ("held August 7-9" in a story of October 15); earlier in the year than that, the page's year is still the likelier.
RELEASE_LAG = dt.timedelta(days=183)
RELEASE_AHEAD = dt.timedelta(days=14)  # a release issued ahead of the talks ("in advance of the meeting on 2 May")


@dataclass
class MeetingDates:
    start: str | None
    end: str | None
    basis: str


def _fmt(m: DateMention) -> str:
    s = f"{calendar.month_name[m.month]} {m.day}"
    if m.end_day and (m.end_day, m.end_month) != (m.day, m.month):
        s += f"-{m.end_day}" if (m.end_month or m.month) == m.month else f" - {calendar.month_name[m.end_month]} {m.end_day}"
    return s


def resolve_meeting_dates(text: str, meeting_span: tuple[int, int] | None, published: str | None,
                          release_line: str | None, year_hints: list[tuple[int, str]],
                          cadence_year: float | None, cadence_desc: str | None,
                          named_year: tuple[int, str] | None = None) -> MeetingDates:
    """The meeting's first and last day, with the year resolved and the basis said."""
    if not meeting_span:
        return MeetingDates(None, None, "no meeting date found in the text")
    s, e = meeting_span
    seg = text[s:e]
    mentions = meeting_date_mentions(seg, s)
    if not mentions:
        return MeetingDates(None, None, "no meeting date found in the text")
    first = mentions[0]
    # "concluded ... on August 17, 2022, at the end of two days of talks that opened on August 16"
    singles = [m for m in mentions if m.end_day is None]
    start_m, end_m = first, first
    if first.end_day is None and len(singles) >= 2 and re.search(r"\b(two|three)[- ]days?\b|\bopened\b|\bbegan\b", seg):
        ordered = sorted(singles[:2], key=lambda m: (m.month, m.day))
        start_m, end_m = ordered[0], ordered[1]
        if start_m.year is None:
            start_m.year = end_m.year
    said = _fmt(first) if start_m is end_m else f"{calendar.month_name[start_m.month]} {start_m.day} to {calendar.month_name[end_m.month]} {end_m.day}"

    year, basis = None, None
    if end_m.year or start_m.year:
        year = end_m.year or start_m.year
        basis = f"The text gives {said}, {year}."
    if year is None:
        # a summary's "from April 11 to 12", the body's "from April 11 to 12, 2023"
        again = [m for m in find_dates(text) if m.year and m.month == start_m.month  # "concluded ... October 8", later
                 and start_m.day in (m.day, m.end_day)]                            # "held October 7 and 8, 1992"
        if again:
            year = again[0].year
            basis = f"The text gives {said}, and {_fmt(again[0])}, {year} where it states the date again."
            if start_m is end_m and start_m.end_day is None and again[0].end_day:
                start_m = end_m = again[0]  # the days the meeting ran, of which the lead gave the last
    if year is None and named_year:
        year, basis = named_year[0], f"The text gives {said} with no year; it names the meeting {named_year[1]}."
    if year is None and published:
        py = int(published[:4])
        pub = dt.date.fromisoformat(published)
        cand = start_m.days(py)
        if cand and dt.timedelta(0) <= pub - cand[0] <= RELEASE_LAG:
            year = py
            basis = (f"The text gives {said} with no year; the year is that of the release line ({release_line})."
                     if release_line else f"The text gives {said} with no year; the year is that of the page's date ({published}).")
        elif cand and dt.timedelta(0) < cand[0] - pub <= RELEASE_AHEAD \
                and (start_m.weekday is None or cand[0].weekday() == start_m.weekday):
            year = py
            basis = (f"The text gives {said} with no year; the release ({published}) comes "
                     f"{(cand[0] - pub).days} day(s) before it, ahead of the meeting, so the year is {year}.")
        elif cand and pub < cand[0] and start_m.days(py - 1):
            year = py - 1
            basis = f"The text gives {said} with no year; the release ({published}) follows it, so the year is {year}."
    if year is None:
        year, basis = _infer_year(start_m, end_m, text, said, cadence_year, cadence_desc, year_hints)
    if year is None:
        year, basis = _year_of_lead_up(start_m, text, s, said)
    if year is None and cadence_year is not None:
        return MeetingDates(None, None, f"The text gives {said} with no year, and nothing in it fixes the year "
                                        f"({cadence_desc} puts the round about {cadence_year:.0f}); the year is left unresolved.")
    if year is None:
        return MeetingDates(None, None, f"The text gives {said} with no year, and nothing in it fixes the year; the year is left unresolved.")
    days_a = start_m.days(year)
    days_b = end_m.days(year) if end_m is not start_m else days_a
    if not days_a or not days_b:
        return MeetingDates(None, None, f"The text gives {said}, which is not a valid date in {year}.")
    first, last = days_a[0], days_b[1] if end_m is start_m else days_b[0]
    n = _days_long(seg)
    if first == last and n:  # "wrapped up two days of discussions today (Thursday 14 February 2019)"
        before = text[s:start_m.start]
        if ENDED_ON.search(before[-140:]) or CLOSING.search(before[-300:]):
            first = last - dt.timedelta(days=n - 1)
            basis += f" It was the last of {n} days of talks."
        elif BEGAN_ON.search(before[-50:]):
            last = first + dt.timedelta(days=n - 1)
            basis += f" It was the first of {n} days of talks."
    return MeetingDates(iso(first), iso(last), basis)


def _weekday_years(start_m, end_m, text) -> tuple[dict[int, int], str]:
    """Years in which the weekdays the text states fall where it puts them.

    The value is how closely: 0 when the weekday falls on the meeting day
    itself, 1 when an announcement falls on the next day.
    """
    checks = []  # (which day, allowed offsets, weekday)
    words = []
    if start_m.weekday is not None:
        checks.append(("start", (0,), start_m.weekday))
        words.append(f"the text dates it {calendar.day_name[start_m.weekday]}")
    for verb, wd in weekday_cues(text):
        name = calendar.day_name[wd]
        if verb in ("announced", "said"):
            checks.append(("end", (0, 1), wd))
            words.append(f"it was announced on a {name}")
        elif verb in ("ended", "concluded", "wrapped up", "closed"):
            checks.append(("end", (0,), wd))
            words.append(f"the talks ended on a {name}")
        elif verb in ("began", "opened", "held"):
            checks.append(("start", (0,), wd))
            words.append(f"the talks began on a {name}")
    years: dict[int, int] = {}
    if not checks:
        return years, ""
    for y in range(1950, dt.date.today().year + 2):
        a = start_m.days(y)
        b = end_m.days(y) if end_m is not start_m else a
        if not a or not b:
            continue
        last = b[1] if end_m is start_m else b[0]
        worst = 0
        for which, offsets, wd in checks:
            base = a[0] if which == "start" else last
            hits = [d for d in offsets if (base + dt.timedelta(days=d)).weekday() == wd]
            if not hits:
                worst = None
                break
            worst = max(worst, min(hits))
        if worst is not None:
            years[y] = worst
    return years, " and ".join(words)


def _infer_year(start_m, end_m, text, said, cadence_year, cadence_desc, year_hints):
    """Weigh the weekday, the dialogue's cadence and the years the text implies."""
    weekday, cue = _weekday_years(start_m, end_m, text)
    hints = {y for y, _ in year_hints}
    if not weekday:
        return None, None
    pool = [y for y in weekday if y in hints] or list(weekday)
    if cadence_year is not None:
        pool = [y for y in pool if abs(y - cadence_year) <= 2] or []
    if not pool:
        return None, None
    best = min(weekday[y] for y in pool)
    pool = [y for y in pool if weekday[y] == best]
    if len(pool) != 1:
        return None, None
    year = pool[0]
    reasons = [f"{cue}, which fits {year}"]
    if cadence_year is not None:
        reasons.append(f"{cadence_desc} puts this round about {cadence_year:g}")
    reasons += [why for y, why in year_hints if y == year]
    return year, f"The text gives {said} with no year; " + "; ".join(reasons) + "."


MONTH_YEAR = re.compile(r"\b(?i:in|since|during|of|from|the)\s+(?:early\s+|mid-?|late\s+)?" + _M.format(n="m") + r",?\s+" + _Y.format(n="y") + r"\b")


def _year_of_lead_up(start_m: DateMention, text: str, at: int, said: str) -> tuple[int | None, str | None]:
    """A meeting dated without a year, in a text that dates what led up to it to an earlier month of one year
    ("building on the leaders' meeting in May 2023", "since their talks of November 2022"): that year.

    A month later in the year than the meeting's, said with "since", puts the meeting in the next year
    ("cooperation since August 2024" before talks "on May 8"). Only the latest such month counts, never the meeting's own, and only once the
    text is found to speak of no later year anywhere (a statement looking ahead to "2030" says nothing of
    its own year, so looking ahead stops the inference).
    """
    found = [(int(m["y"]), _month(m["m"]), m.group()) for m in MONTH_YEAR.finditer(text)]
    if not found:
        return None, None
    y, month, words = max(found, key=lambda f: (f[0], f[1]))
    later = [int(x) for x in re.findall(r"\b((?:19|20)\d\d)\b", text) if int(x) > y]
    if later or month is None or month == start_m.month:
        return None, None
    led = f"\u201c{words.split(None, 1)[1]}\u201d"
    if month > start_m.month:  # "since August 2024" before a meeting "on May 8": the May after it
        if not words.lower().startswith("since"):
            return None, None  # "the summit in November": before the meeting, or still to come
        y, after = y + 1, f"what led up to the meeting is dated {led}, so the meeting fell the next year"
    else:
        after = f"what led up to the meeting is dated {led}, earlier the same year"
    wd = start_m.weekday
    if wd is not None and start_m.days(y) and start_m.days(y)[0].weekday() != wd:
        # "on Tuesday, August 24" after a round of July 2019: the first year from then on with that weekday
        fits = [x for x in range(y, min(y + 7, dt.date.today().year + 2)) if start_m.days(x) and start_m.days(x)[0].weekday() == wd]
        if not fits:
            return None, None
        return fits[0], (f"The text gives {said}, a {calendar.day_name[wd]}, with no year; what led up to the meeting "
                         f"is dated {led}, and {fits[0]} is the first year from then on with {said} on that weekday.")
    return y, f"The text gives {said} with no year; {after}."


RELATIVE_DAY = re.compile(r"\b(today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|(?:on\s+|last\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                          r"|on the (?P<dom>[0-3]?\d)(?:st|nd|rd|th)(?=\s*(?:[,.;)]|$|and\b|of this month)))\b", re.I)
# What a relative day is tied to: the report of the talks ("said Tuesday", "a statement released Tuesday"), their
# last day ("concluded on Tuesday", "the second and final day ... on Friday", "set to conclude on Tuesday") or
# their first ("which began on Thursday", "a two-day session from Tuesday").
REPORTED_ON = re.compile(r"\b(?:said|says|announced|released|reported|stated|published|issued|told(?:\s+[\w.]+){0,2})\s+(?:on\s+)?$", re.I)
ENDED_ON = re.compile(r"\b(?:concluded?|wrapped up|ended|end|closed|through|until|final day|conclusion)\b[^;]{0,120}$", re.I)
BEGAN_ON = re.compile(r"(?:\b(?:began|begun|begin|begins|opened|kicked off|started|starts?)\b[^;]{0,40}|\bfrom\s+)$", re.I)
AHEAD = re.compile(r"\b(?:will|set to|scheduled to|due to|is to|are to)\b[^;]{0,80}$", re.I)
DAYS_LONG = re.compile(r"\b(two|three|four|2|3|4)[- ]days?\b(?!\s+(?:ago|before|after|later|earlier))", re.I)
BEGAN = re.compile(r"\b(?:began|begun|opened|kicked off|started)\b", re.I)
ENDED = re.compile(r"\b(?:concluded|wrapped up|ended|closed|final day)\b", re.I)
# the day a visit began or ended, not the meeting's: "during an official visit to Korea that ended on Saturday"
VISIT_DAY = re.compile(r"\b(?:visit|trip|tour|stay|journey)\b[^;,]{0,60}\b(?:that|which)\s+(?:ended|began|started|concluded|"
                       r"ends|begins|starts|will end)\s+(?:on\s+)?$", re.I)
# the days of the forum the talks were held beside, set off by a comma: "after the X Forum, a yearly defence
# conference held in the capital from Monday to Wednesday"
FORUM_DAY = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:forum|conference|summit|exhibition|expo|symposium|seminar|show)\s+"
                       r"(?:held|taking\s+place|running)\b[^;,]{0,40}$", re.I)
# the closing of a meeting that lasted days, said with who presided ("The closing ceremony of the 2-day
# deliberations was presided over by ..., on Tuesday 30 July")
CLOSING = re.compile(r"\bclosing (?:ceremony|session|plenary)\b[^;.]{0,260}$", re.I)
VAGUE_WHEN = re.compile(r"\b(?:last|this|past|earlier this|later this)\s+(?:week|month)\b|\brecently\b", re.I)
_N = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def _role(before: str) -> str:
    if VISIT_DAY.search(before[-100:]) or FORUM_DAY.search(before[-100:]):
        return "visit"  # another occasion's day
    if re.search(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?:and|-|–|to|through|until)\s*$", before, re.I):
        return "end"  # "on Monday and Tuesday", "Monday-Tuesday"
    if REPORTED_ON.search(before):
        return "report"
    if ENDED_ON.search(before[-140:]):
        return "end"
    if BEGAN_ON.search(before[-50:]):
        return "start"
    return "day"


def _days_long(text: str) -> int | None:
    m = DAYS_LONG.search(text)
    return _N[m.group(1).lower()] if m else None


def relative_meeting_date(sentences: list[str], published: str | None, lead: list[str] = ()) -> MeetingDates | None:
    """A news report's "held talks here today", "met on Monday": the day counted back from its release.

    Only for a text that dates the meeting no other way. The meeting's sentences decide, else the lead's
    ("Japan and France agreed Friday ..."). A day the report was made ("said Tuesday") yields to a day
    the talks were held; a weekday is the latest one on or before the release, unless the talks are still
    to end on it ("will run through Thursday") or it is the release's next day (a desk hours behind the
    talks). Two days named, or one with the talks' length ("two days of talks that concluded on Tuesday"),
    give the first and the last day.
    """
    if not published:
        return None
    pub = dt.date.fromisoformat(published)
    cues = []  # (role, word, weekday or None, ahead)
    for group in (sentences, lead):
        for sent in group:
            for m in RELATIVE_DAY.finditer(sent):
                before = sent[:m.start()]
                wd = list(calendar.day_name).index(m.group(2).capitalize()) if m.group(2) else None
                if m["dom"]:  # "on the 4th": a day of the release's month, or of the month before
                    wd = -int(m["dom"])
                if (role := _role(before)) != "visit":
                    cues.append((role, m.group(1), wd, bool(AHEAD.search(before[-100:]))))
        if cues:
            break
    if not cues:
        return None
    anchor = next((c for c in cues if c[0] != "report"), cues[0])
    if anchor[0] == "report" and VAGUE_WHEN.search(" ".join(sentences)):
        return None  # "held talks last week, the ministry said Wednesday": the report's day is not the meeting's

    def back(c, the_day: bool = False) -> dt.date:
        word = c[1].lower()
        if word in ("today", "tonight") or word.startswith("this "):
            return pub
        if word in ("yesterday", "last night"):
            return pub - dt.timedelta(days=1)
        if c[2] < 0:
            day, month = -c[2], pub.replace(day=1)
            if day > pub.day:
                month = (month - dt.timedelta(days=1)).replace(day=1)
            return month.replace(day=min(day, calendar.monthrange(month.year, month.month)[1]))
        if c[3]:  # "will hold the talks on Friday": the Friday to come
            return pub + dt.timedelta(days=(c[2] - pub.weekday()) % 7)
        back = (pub.weekday() - c[2]) % 7
        if back == 6 and the_day and not word.startswith("last"):
            return pub + dt.timedelta(days=1)  # "declared Friday" in a story dated Thursday where the desk is, hours behind
        return pub - dt.timedelta(days=back or (7 if word.startswith("last") else 0))  # "last Thursday" on a Thursday

    day = back(anchor, the_day=True)
    start = end = day
    for c in cues:
        if c is anchor or c[0] not in ("start", "end") or c[2] is None or c[2] < 0:
            continue
        other = day + dt.timedelta(days=(c[2] - day.weekday()) % 7) if c[3] else back(c)
        if c[0] == "end" and other >= start:
            end = max(end, other)
        elif c[0] == "start" and other <= end:
            start = min(start, other)
    said = f"\"{anchor[1]}\""
    basis = f"The text says the meeting was held {said}; counted back from the release ({published}), that is {iso(day)}."
    n = _days_long(" ".join([*sentences, *lead]))
    if start == end and n:
        text = " ".join(sentences)
        if anchor[0] == "end" or (anchor[0] == "day" and ENDED.search(text) and not BEGAN.search(text)):
            start = end - dt.timedelta(days=n - 1)
        elif anchor[0] == "start" or (anchor[0] == "day" and BEGAN.search(text)):
            end = start + dt.timedelta(days=n - 1)
    if (start, end) != (day, day):
        basis += f" The talks ran {iso(start)} to {iso(end)}, as the text says how long they lasted or when they began or ended."
    return MeetingDates(iso(start), iso(end), basis)


FUTURE_LEAD = re.compile(r"\b(?:will|shall|to be held|is to|are to|set to|due to|scheduled|ahead of|upcoming)\b", re.I)


def dateline_meeting_date(dateline: DateMention | None, published: str | None, lead: str) -> MeetingDates | None:
    """A wire's dateline ("ARICA, Tuesday 14 May 2027 –") dates the meeting its lead reports with no day of its
    own: the story was filed the day the talks were held ("Oslo hosts the 4th ... meeting"). A lead with a time of
    its own ("last week", "on Monday", a date) or one still to come keeps to it; a dateline without a year takes
    the release's when the release follows it within two months, else the year stays unresolved."""
    if dateline is None or dateline.end_day is not None or find_dates(lead) or RELATIVE_DAY.search(lead) \
            or VAGUE_WHEN.search(lead) or FUTURE_LEAD.search(lead):
        return None
    year = dateline.year
    if year is None and published:
        pub = dt.date.fromisoformat(published)
        days = dateline.days(pub.year)
        if days and dt.timedelta(0) <= pub - days[0] <= dt.timedelta(days=60):
            year = pub.year
    days = dateline.days(year) if year else None
    if not days:
        return None
    return MeetingDates(iso(days[0]), iso(days[0]), f"The lead reports the meeting with no day of its own under "
                                                    f"the dateline's {_fmt(dateline)}, {year}: the day the story was filed.")


@dataclass
class TitleDate:
    title: str
    iso: str
    last: str
    said: str


def headline_date(titles: tuple[str, ...]) -> TitleDate | None:
    """The one full date a headline gives ("... Meeting, Brussels, 8-9 November 2027"): the release's day when the
    page gives no other, and the meeting's when the headline names the meeting and the text dates it no other way."""
    for t in titles:
        found = [m for m in find_dates(t) if m.year]
        if len(found) == 1:
            first, last = found[0].days(found[0].year) or (None, None)
            if first:
                return TitleDate(t, first.isoformat(), last.isoformat(), t[found[0].start:found[0].end])
    return None
