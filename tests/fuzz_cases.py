"""Seeded, deterministic odd articles for tests/test_fuzz_inputs.py (robust35,
issue #12): Unicode case-folding letters, combining marks, right-to-left
text, zero-width and control characters, NUL, lone surrogates, emoji,
full-width and non-Latin digits, very long tokens, HTML, Markdown, CR/LF,
many short lines, odd numbers and dates, far or malformed published dates."""

from __future__ import annotations

import random
from datetime import date

BASE = [
    "KABUL, Afghanistan - Gunmen killed three police officers on Monday in Kunduz "
    "province, officials said.",
    "Police arrested 12 protesters in Paris on 5 August 2019 after clashes with "
    "riot officers, the ministry said on Tuesday.",
    "The government of Sudan signed a peace deal with rebels in Juba on Saturday, "
    "ending a war that killed 300,000 people since 2003.",
    "An explosion at a market in Baghdad on 31 February 2020 killed 1e309 people "
    "and wounded the 99th battalion, police said.",
]

ODD = ["ſ", "ı", "İ", "K", "ﬀ", "ß", "ẞ", "\u0301", "\u0308", "\u200b", "\u200d",
       "\u200e", "\u202e", "\ufeff", "\x00", "\x07", "\x1b", "\x85", "\u2028", "\ud800",
       "\udfff", "😀", "👩\u200d👩\u200d👧", "🇺🇸", "１２", "٢٠١٩", "२०१९", "\t", "\r\n",
       "\r", "\f", "\v", "ﬁ", "Ⅻ", "½", "²", "⁰", "ǅ", "ﬆ"]

WORD_SWAPS = {"August": ["Auguſt", "Augııst", "AUGUST", "ＡＵＧＵＳＴ", "Aug\u0301ust"],
              "Monday": ["Monday\u200b", "MONDAY", "Mondaẏ"],
              "2019": ["٢٠١٩", "２０１９", "२०१९", "2019\u0301"],
              "5": ["５", "٥", "৫", "⁵"],
              "Kabul": ["KABUL"], "Tuesday": ["Tueſday", "TUESDAY"],
              "Saturday": ["Saturday\u00ad"], "police": ["poliçe", "polıce", "POLİCE"]}

TEMPLATES = [
    "{x} 5 August 2019: {x}",
    "The {x}th of Auguſt, 2019",
    "On ٢٠١٩-٠٨-٠٥ rebels attacked a convoy near Mosul, killing {x} soldiers.",
    "PARIS (Reuters) -",
    "PARIS, France —\n\n",
    "LONDON —",
    "# Headline\n\n**Police** arrested _five_ men in [Lagos](http://x) on Monday.\n\n> quote",
    "<html><body><p>Troops <b>shelled</b> Donetsk on 3 March 2022.</p><script>x</script>"
    "</body></html>",
    "On the 99th day, 1e309 protesters marched in Cairo; 0x1F soldiers fired.",
    "Police said 31 February 2020 and 30 Feb 2021 and 2020-13-45 were the dates.",
    "Ten people were killed on 5/8/2019, 12/31/99, 1999-12-31T25:61 and 00/00/0000.",
    "\u202eRebels attacked the town on Monday\u202c, officials said.",
    "قال مسؤولون إن مسلحين قتلوا ثلاثة من رجال الشرطة يوم الاثنين. Police said.",
    "Gunmen ki\u0308lled ﬁve ﬀ oﬃcers in İstanbul and Diyarbakır on ẞunday.",
    "Soldiers shot {x}{x}{x}{x} on Monday.",
]

PUBLISHED = [None, date(2020, 11, 14), date(1, 1, 1), date(9999, 12, 31), date(1900, 1, 1),
             date(2100, 6, 30), date(2020, 2, 29)]


def _mangle(rng: random.Random, text: str) -> str:
    for word, alts in WORD_SWAPS.items():
        if word in text and rng.random() < 0.5:
            text = text.replace(word, rng.choice(alts))
    chars = list(text)
    for _ in range(rng.randint(0, 8)):
        chars.insert(rng.randint(0, len(chars)), rng.choice(ODD))
    return "".join(chars)


def special_texts() -> list[str]:
    """The fixed cases: sizes and shapes a random mangle does not reach."""
    return [
        "",
        "   \n\t  \r\n ",
        "Headline only",
        "\x00" * 200,
        "Police said " + "x" * 50_000 + " on Monday.",
        "Rebels attacked " + "ſ" * 5_000 + " on Monday.",
        "\n".join(f"Line {i} ok." for i in range(10_000)),
        "\r\n".join(BASE) + "\r\n",
        "\t".join(BASE),
        (" ".join(BASE) + "\n\n") * 5_000,  # about 2 MB
        "😀" * 3_000 + " Police arrested five men on Monday.",
        "\u0301" * 500 + "Police arrested five men on Monday.",
        "\u200b".join("Police arrested five men in Kabul on Monday."),
        "KABUL, Afghanistan (AP) —",
        "KABUL, Afghanistan (AP) — \n\n\n",
    ]


def fuzz_cases(seed: int = 35, n: int = 300) -> list[tuple[str, date | None]]:
    """``n`` (text, published) pairs, the same for the same seed."""
    rng = random.Random(seed)
    cases: list[tuple[str, date | None]] = [(t, rng.choice(PUBLISHED)) for t in special_texts()]
    while len(cases) < n:
        if rng.random() < 0.5:
            text = rng.choice(BASE)
            if rng.random() < 0.3:
                text += " " + rng.choice(BASE)
        else:
            text = rng.choice(TEMPLATES).replace("{x}", rng.choice(ODD + ["99", "1e309", ""]))
        cases.append((_mangle(rng, text), rng.choice(PUBLISHED)))
    return cases
