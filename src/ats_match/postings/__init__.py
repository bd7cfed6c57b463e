"""Job postings: what a posting asks for, as a RoleProfile to score a resume against.

In the order a posting is read:

load.py        a posting's text from a path (.txt/.md/.pdf/.docx), bytes or text
unglue.py      postings whose line breaks were lost, mended first
text.py        markup, URLs, words and ids shared by the others
sections.py    title, header and the section of every line
cues.py        the words that say whether something is asked for, and how strongly
lexicon.py     the skill lexicon (shipped profiles + data/skills.yaml) and its matcher
vocabulary.py  O*NET software and tools, our licences, certifications, languages, soft skills
senses.py      which sense of a vocabulary word a posting means
found.py       what the lexicon and vocabulary find on the lines, the longer winning
hits.py        where a line names something, and what it writes around it
words.py       what a word is: a term's or everyday English's (wordfreq), a duty's verb
phrases.py     distinctive phrases no lexicon holds
areas.py       the field of an ask for experience or for skills
asks.py        years of experience and degrees in a line
knockouts.py   the years, degree and credentials of the whole posting
importance.py  how much the posting asks for each item, and why
keywords.py    distinctive terms no lexicon entry matches (TF-IDF)
shown_by.py    what shows a requirement in a resume besides its own words
model.py       JobPosting and Requirement (frozen)
gathered.py    a line's hits grouped ("RN or LPN") and gathered into requirements
context.py     what the reading of a line is given: the posting's facts, the line's sense
line_shapes.py how a line is written: prose, a paragraph, an item that asks, a table row
asking_hits.py which of a line's lexicon and vocabulary hits ask for something there
qualities.py   when a soft skill's word asks for the quality ("initiative", not "initiatives")
phrase_hits.py a line's phrases as hits: a known term, a job's licence, a phrase by its words
names.py       words that name, not ask: the employer, the job itself, a place, a body, a person
lone_items.py  a list item of one or two words ("- Retail"); "Installation of furnaces" forms
reader.py      read_job: the posting as a whole, then line by line, as a JobPosting
role.py        role_from_job: all of it as a RoleProfile
"""

from .model import JobPosting, Requirement
from .reader import read_job
from .role import role_from_job

__all__ = ["JobPosting", "Requirement", "read_job", "role_from_job"]
