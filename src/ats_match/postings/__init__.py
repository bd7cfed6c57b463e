"""Job postings: what a posting asks for, as a RoleProfile to score a resume against.

text.py        markup, URLs, words and ids shared by the others
lexicon.py     the skill lexicon (shipped profiles + data/skills.yaml) and its matcher
sections.py    title, header and the section of every line
importance.py  how much the posting asks for each item, and why
keywords.py    distinctive terms no lexicon entry matches (TF-IDF)
role.py        role_from_job: all of it as a RoleProfile
"""

from .role import role_from_job

__all__ = ["role_from_job"]
