"""Turn news articles into pandas tables: articles, sentences with sentiment, and more.

>>> import analysis
>>> arts = analysis.load_seed()
>>> len(analysis.sentences(arts))
23
"""

from .actors import actors
from .articles import (
    ArticleError,
    article_summary,
    articles_from_records,
    errors_table,
    load_seed,
    read_articles,
)
from .figures import figures
from .pipeline import analyze, extract_to
from .quotes import quotes
from .segmenter import split_paragraphs, split_sentences
from .sentences import sentences
from .stances import shifts, stances

__version__ = "0.4.0"

__all__ = [
    "ArticleError",
    "actors",
    "analyze",
    "article_summary",
    "articles_from_records",
    "errors_table",
    "extract_to",
    "figures",
    "load_seed",
    "quotes",
    "read_articles",
    "sentences",
    "shifts",
    "split_paragraphs",
    "split_sentences",
    "stances",
]
