"""Job postings: what a posting asks for, as a RoleProfile to score a resume against.

text.py        markup, URLs, words and ids shared by the others
lexicon.py     the skill lexicon (shipped profiles + data/skills.yaml) and its matcher
sections.py    title, header and the section of every line
importance.py  how much the posting asks for each item, and why
keywords.py    distinctive terms no lexicon entry matches (TF-IDF)
load.py        a posting's text from a path (.txt/.md/.pdf/.docx), bytes or text
vocabulary.py  O*NET software and tools, our licences, certifications, languages, soft skills
phrases.py     distinctive phrases no lexicon holds (wordfreq)
asks.py        years of experience and degrees
model.py       JobPosting and Requirement (frozen)
reader.py      read_job: all of it as a JobPosting
role.py        role_from_job: all of it as a RoleProfile
"""

from .model import JobPosting, Requirement
from .reader import read_job
from .role import role_from_job

__all__ = ["JobPosting", "Requirement", "read_job", "role_from_job"]
