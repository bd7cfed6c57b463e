"""Human languages a person speaks, by their English names ("Français" -> French,
"Deutsch" -> German, "Inglés" -> English): from a languages section, a line labelled
"Languages:", or a line that says how well ("fluent in Spanish", "English (native)")."""

from __future__ import annotations

import re

from ..reading import Line, ResumeDocument
from ..reading.sections import heading_key
from .lines import clean, visible
from .model import At, Language

# English name -> how people write it in English, French, German, Spanish, Portuguese, Italian
LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "English": ("english", "anglais", "englisch", "inglés", "ingles", "inglês", "inglese"),
    "French": ("french", "français", "francais", "französisch", "francés", "frances", "francês", "francese"),
    "German": ("german", "allemand", "deutsch", "alemán", "aleman", "alemão", "alemao", "tedesco"),
    "Spanish": ("spanish", "espagnol", "spanisch", "español", "espanol", "castellano", "espanhol", "spagnolo"),
    "Portuguese": ("portuguese", "portugais", "portugiesisch", "portugués", "portugues", "português", "portoghese"),
    "Italian": ("italian", "italien", "italienisch", "italiano"),
    "Dutch": ("dutch", "néerlandais", "niederländisch", "neerlandés", "holandês", "nederlands", "olandese"),
    "Russian": ("russian", "russe", "russisch", "ruso", "russo"),
    "Chinese": ("chinese", "chinois", "chinesisch", "chino", "chinês", "cinese"),
    "Mandarin": ("mandarin", "mandarín", "mandarim", "mandarino"),
    "Cantonese": ("cantonese", "cantonais", "kantonesisch", "cantonés", "cantonês"),
    "Japanese": ("japanese", "japonais", "japanisch", "japonés", "japonês", "giapponese"),
    "Korean": ("korean", "coréen", "koreanisch", "coreano"),
    "Arabic": ("arabic", "arabe", "arabisch", "árabe", "arabo"),
    "Hindi": ("hindi",),
    "Bengali": ("bengali", "bangla"),
    "Urdu": ("urdu", "ourdou"),
    "Punjabi": ("punjabi",),
    "Tamil": ("tamil", "tamoul"),
    "Telugu": ("telugu",),
    "Marathi": ("marathi",),
    "Gujarati": ("gujarati",),
    "Kannada": ("kannada",),
    "Malayalam": ("malayalam",),
    "Turkish": ("turkish", "turc", "türkisch", "turco"),
    "Persian": ("persian", "farsi", "persan", "persisch"),
    "Polish": ("polish", "polonais", "polnisch", "polaco", "polonês", "polacco"),
    "Ukrainian": ("ukrainian", "ukrainien", "ukrainisch", "ucraniano"),
    "Czech": ("czech", "tchèque", "tschechisch", "checo", "tcheco"),
    "Slovak": ("slovak",),
    "Hungarian": ("hungarian", "hongrois", "ungarisch", "húngaro"),
    "Romanian": ("romanian", "roumain", "rumänisch", "rumano", "romeno"),
    "Bulgarian": ("bulgarian", "bulgare", "bulgarisch"),
    "Greek": ("greek", "grec", "griechisch", "griego", "grego", "greco"),
    "Hebrew": ("hebrew", "hébreu", "hebräisch", "hebreo", "hebraico"),
    "Swedish": ("swedish", "suédois", "schwedisch", "sueco", "svenska"),
    "Norwegian": ("norwegian", "norvégien", "norwegisch", "noruego", "norueguês"),
    "Danish": ("danish", "danois", "dänisch", "danés", "dinamarquês"),
    "Finnish": ("finnish", "finnois", "finnisch", "finlandés", "finlandês"),
    "Vietnamese": ("vietnamese", "vietnamien", "vietnamesisch", "vietnamita"),
    "Thai": ("thai", "thaï", "thailändisch", "tailandés"),
    "Indonesian": ("indonesian", "bahasa", "indonésien", "indonesisch", "indonesio"),
    "Malay": ("malay", "malais", "malaiisch"),
    "Tagalog": ("tagalog", "filipino"),
    "Swahili": ("swahili", "kiswahili"),
    "Serbian": ("serbian", "serbe", "serbisch"),
    "Croatian": ("croatian", "croate", "kroatisch"),
    "Catalan": ("catalan", "catalán", "català", "katalanisch"),
    "Basque": ("basque", "euskara"),
    "Galician": ("galician", "galego", "gallego"),
    "Afrikaans": ("afrikaans",),
    "Nepali": ("nepali",),
    "Sinhala": ("sinhala", "sinhalese"),
    "Latin": ("latin", "latein", "latín", "latim"),
    "Irish": ("irish", "gaeilge"),
    "Welsh": ("welsh",),
    "Albanian": ("albanian",),
    "Armenian": ("armenian",),
    "Lithuanian": ("lithuanian",),
    "Latvian": ("latvian",),
    "Estonian": ("estonian",),
    "Slovenian": ("slovenian",),
    "Icelandic": ("icelandic",),
    "Amharic": ("amharic",),
    "Yoruba": ("yoruba",),
    "Igbo": ("igbo",),
    "Hausa": ("hausa",),
    "Zulu": ("zulu",),
    "American Sign Language": ("american sign language", "asl"),
}
LANGUAGES = {form: name for name, forms in LANGUAGE_NAMES.items() for form in forms}
_TOKEN = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(map(re.escape, LANGUAGES), key=len, reverse=True)) + r")(?![^\W\d_])",
    re.I,
)
LANGUAGE_HEADINGS = frozenset(
    {
        *("languages", "language", "language skills", "spoken languages", "foreign languages", "idiomas", "idioma"),
        *("línguas", "linguas", "lenguas", "langues", "langue", "sprachen", "sprachkenntnisse", "lingue"),
        *("language proficiency", "languages spoken"),
    }
)
_LABEL = re.compile(
    r"^(?:(?:spoken|foreign|human)\s+)?(?:languages?|idiomas?|langues?|sprachen|sprachkenntnisse|línguas|lenguas|lingue)"
    r"(?:\s+spoken)?\s*(?::|-|–|\s)\s*",
    re.I,
)
_LEVEL = re.compile(
    r"\b(?:native|fluent|fluency|bilingual|conversational|proficient|proficiency|intermediate|basic|beginner"
    r"|advanced|elementary|mother tongue|[ABC][12]|muttersprache|muttersprachlich|fließend|courant|natif|native"
    r"|langue maternelle|nativo|nativa|fluente|fluido|avanzado|intermedio|básico|avançado|intermediário|toeic"
    r"|toefl|ielts|delf|dalf|dele|goethe)\b",
    re.I,
)
_NOT_HERE = ("experience", "projects", "publications", "education")


def _language_lines(document: ResumeDocument) -> list[tuple[Line, bool]]:
    """(line, in a languages section) for the lines that may name languages."""
    inside: set[int] = set()
    for section in document.sections:
        if section.heading and heading_key(section.heading) in LANGUAGE_HEADINGS:
            inside.update(range(section.first_line + 1, section.last_line + 1))
    out = []
    for line in visible(document.lines):
        if line.number in inside:
            out.append((line, True))
        elif line.section not in _NOT_HERE and (_LABEL.match(clean(line.text)) or _LEVEL.search(line.text)):
            out.append((line, False))
    return out


def read_languages(document: ResumeDocument) -> tuple[Language, ...]:
    """Each language once, by its English name, in the order first written."""
    out: dict[str, Language] = {}
    for line, listed in _language_lines(document):
        text = clean(line.text)
        labelled = _LABEL.match(text)
        if not (listed or labelled or _LEVEL.search(text)):
            continue
        for match in _TOKEN.finditer(text[labelled.end() :] if labelled else text):
            written = match.group()
            if not listed and not written[:1].isupper():
                continue  # "english-speaking" in a sentence is no claim
            name = LANGUAGES[written.lower()]
            out.setdefault(name, Language(name, written, At(line.page, line.number)))
    return tuple(out.values())
