"""Stances and shifts (analysis.stances)."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis import lexicons
from helpers import CountingText


def test_seed_stances_match_the_gold(seed, gold):
    table = analysis.stances(seed)
    got = {(r.sentence, r.actor, r.target, r.polarity) for r in table.itertuples()}
    for s in gold["stances"]:
        assert (s["evidence"], s["actor"], s["target"], s["polarity"]) in got, s
    assert len(table) == len(gold["stances"])
    dated = table.set_index(["sentence", "target", "timing"])
    assert dated.loc[(17, "Ukraine", "earlier"), "when"] == pd.Timestamp("2025-08-22")
    assert dated.loc[(18, "Russia", "now"), "when"] == pd.Timestamp("2025-09-25")
    assert dated.loc[(21, "Ukraine", "earlier"), "polarity"] == -1


def test_seed_shifts_match_the_gold(seed, gold):
    table = analysis.shifts(seed)
    got = {(r.actor, r.target, None if pd.isna(r.before) else int(r.before), int(r.after)) for r in table.itertuples()}
    for s in gold["shifts"]:
        assert (s["actor"], s["target"], s["before"], s["after"]) in got, s
    directions = dict(zip(table["actor"] + ">" + table["target"], table["direction"]))
    assert directions == {"United States>Ukraine": "toward support", "Donald Trump>Russia": "toward opposition"}


def test_shift_found_across_articles():
    arts = analysis.articles_from_records([
        {"id": "jan", "date": "2022-01-10", "text": "Germany opposed sending weapons to Ukraine."},
        {"id": "mar", "date": "2022-03-01", "text": "Germany is now sending weapons to Ukraine."},
    ])
    shifts = analysis.shifts(arts)
    row = shifts[(shifts["actor"] == "Germany") & (shifts["target"] == "Ukraine")]
    assert row[["before", "after", "direction", "kind", "article_id"]].values.tolist() == [
        [-1, 1, "toward support", "over time", "mar"]]


def test_a_year_opening_the_sentence_dates_its_stance_and_a_pluperfect_is_earlier():
    """ "In 2023 he accused Sweden" comes before "approved it last week": a shift toward support."""
    arts = analysis.articles_from_records([{"id": "a", "date": "2024-03-08", "text": (
        "Turkey, which had blocked Sweden's bid for a year, gave way. Hungary approved it last week after "
        "Viktor Orban met his Swedish counterpart, Ulf Kristersson. Orban had long resisted. In 2023 he accused Sweden of lying.")}])
    stances = analysis.stances(arts).set_index(["actor", "target"])
    assert stances.loc[("Turkey", "Sweden"), "timing"] == "earlier"
    assert stances.loc[("Viktor Orban", "Sweden"), "when"] == pd.Timestamp("2023-01-01")
    shifts = analysis.shifts(arts)
    assert shifts[["actor", "target", "before", "after", "direction"]].values.tolist() == [
        ["Hungary", "Sweden", -1, 1, "toward support"]]


def test_gazetteer_is_extensible():
    text = "Ruritania condemned the Kremlin."
    assert analysis.stances(text).empty
    lexicons.extend_rows("gazetteer", [("Ruritania", "country", "Ruritania|Ruritanian")])
    try:
        table = analysis.stances(text)
        assert table[["actor", "target", "polarity"]].values.tolist() == [["Ruritania", "Russia", -1]]
    finally:
        lexicons.reset()


@pytest.mark.parametrize("text", ["", "No one was named here at all.", "Zyx Qwerty praised Blorf Snark."])
def test_no_actors_no_rows(text):
    assert analysis.stances(text).empty


def test_a_sentence_naming_200_countries_stays_linear():
    countries = [row[0] for row in lexicons.load_rows("gazetteer") if row[1] == "country"]
    names = (countries * 6)[:200]
    text = "Russia condemned " + ", ".join(names) + " and threatened " + ", ".join(names) + "."
    table = analysis.stances(text)
    assert set(table["polarity"]) <= {-1}
    assert len(table) <= len(set(names))


def test_polarity_accuracy_on_the_labelled_dev_sentences():
    """290 hand-labelled corpus sentences, 110 holding a stance (labels only; the text is read from ../shared)."""
    from helpers import shared
    from stance_scoring import load_labels, score

    path = shared("corpus", "ru_ua_presidential_releases", "articles.jsonl")
    labels = load_labels()
    arts = analysis.read_articles(path)
    arts = arts[arts["article_id"].isin({label["article_id"] for label in labels})]
    tables = analysis.analyze(arts)
    result = score(labels, tables["stances"], tables["sentences"])
    assert sum(1 for label in labels if label["stances"]) >= 100
    assert result["polarity_accuracy"] >= 0.9
    assert result["precision"] >= 0.6 and result["recall"] >= 0.38


@pytest.mark.parametrize("text, expected", [
    ("Russia's aggression against Ukraine continued.", {("Russia", "Ukraine", -1)}),
    ("The Russian invasion of Ukraine began in February.", {("Russia", "Ukraine", -1)}),
    ("Zelensky praised the close cooperation between Ukraine and Slovakia.",
     {("Volodymyr Zelensky", "Slovakia", 1), ("Ukraine", "Slovakia", 1), ("Slovakia", "Ukraine", 1)}),
    ("The leaders discussed Ukrainian-French cooperation.", {("Ukraine", "France", 1), ("France", "Ukraine", 1)}),
    ("Ukraine needs air defence against the background of the war with Russia.", {("Ukraine", "Russia", -1)}),
    ("The Netherlands backed financial support for Ukraine from the European Union.",
     {("Netherlands", "Ukraine", 1), ("European Union", "Ukraine", 1)}),
    ("Hungary did not support Ukraine.", {("Hungary", "Ukraine", -1)}),
    ("China has refused to condemn Russia.", {("China", "Russia", 0)}),
    ("Washington paused weapons deliveries to Kyiv.", {("United States", "Ukraine", -1)}),
    # an institution cited is a source, not the one who kills
    ("According to the United Nations, more than 14,000 civilians have been killed in Ukraine.", set()),
    # an actor inside an aside after a person does not act
    ("Hungary's Prime Minister Viktor Orban, the European leader closest to Moscow, again criticized the EU's plan.",
     {("Viktor Orban", "European Union", -1)}),
    # ", and that …" ends the clause: the Netherlands is no target of Germany's pledge
    ("Rutte said that Germany had pledged money for air defense, and that the Netherlands would send batteries.", set()),
    # "and warned": the first verb's subject acts, not its object; " and said" ends a clause
    ("Maria Zakharova accused London of lying and warned Kyiv.", {("Maria Zakharova", "United Kingdom", -1),
                                                                 ("Maria Zakharova", "Ukraine", -1)}),
    ("Zelenskyy thanked the British people and said Russia had lost many soldiers.",
     {("Volodymyr Zelenskyy", "United Kingdom", 1)}),
    # a pronoun opening the sentence acts; "partners to tighten sanctions": the sanctions state the stance
    ("Andrii Sybiha spoke in Kyiv. He urged partners to tighten sanctions on Russian oil exports.",
     {("Andrii Sybiha", "Russia", -1)}),
    # ", targeting" names the sanctions' target, it does not end the clause
    ("The European Union imposed sanctions on Tuesday, targeting Russia's shadow fleet.",
     {("European Union", "Russia", -1)}),
    # an owner in a fronted phrase is no subject of the verb after the comma
    ("Since Russia's full-scale invasion in February 2022, Western governments have committed aid to Ukraine.",
     {("Russia", "Ukraine", -1)}),
    # a nationality opening the sentence acts through the noun it qualifies; shooting down is a stance
    ("Ukrainian air defenses downed 40 Russian drones overnight.", {("Ukraine", "Russia", -1)}),
    ("Poland shot down Russian drones that entered its airspace.", {("Poland", "Russia", -1)}),
    # a pair before "according to" is no pair of the source's name ("… Cooperation Agency")
    ("The missiles are funded by Norway and the Netherlands, according to the Defense Security Cooperation Agency.", set()),
    ("Ukraine and Slovakia, according to the minister, deepened their cooperation.", set()),
    # a verb that ends support turns it into opposition; one before a hostile word changes nothing
    ("Robert Fico campaigned on ending military aid to Ukraine.", {("Robert Fico", "Ukraine", -1)}),
    ("Poland urged Russia to stop the attacks on Ukraine.", {("Russia", "Ukraine", -1)}),
    # no one inside a relative clause before the verb acts
    ("Robert Fico, who met officials in Kyiv, said he would no longer block sanctions against Russia.",
     {("Robert Fico", "Russia", -1)}),
    # a listed subject: every actor of the list takes the stance
    ("The United States, Canada and the European Union imposed sanctions against Russia.",
     {("United States", "Russia", -1), ("Canada", "Russia", -1), ("European Union", "Russia", -1)}),
    # an appositive aside (", a close ally of Moscow,") holds no subject; a hostile noun in a prepositional
    # phrase without an owner ("since the invasion of Ukraine") is nobody's stance
    # a person with a known country stands for it as a target
    ("Volodymyr Zelensky thanked Donald Trump for the invitation.", {("Volodymyr Zelensky", "United States", 1)}),
    ("Belarus, a close ally of Moscow, said it had warned Poland.", {("Belarus", "Poland", -1), ("Belarus", "Russia", 1)}),
    ("Poland shot down Russian drones, the first time a NATO member has fired on Russian assets since the invasion of Ukraine.",
     {("Poland", "Russia", -1), ("NATO", "Russia", -1)}),
    ("Ukraine struck a refinery in Russia's Saratov region, and Russian troops captured two Ukrainian villages.",
     {("Ukraine", "Russia", -1), ("Russian Armed Forces", "Ukraine", -1)}),
    # "by Kyiv" after another participle is that participle's agent; "but rejected": the sentence's subject acts
    ("Russian President Vladimir Putin said Moscow was ready for talks with Ukraine, but rejected a ceasefire proposed by Kyiv.",
     {("Vladimir Putin", "Ukraine", -1)}),
    # a stance verb in a relative clause acts through its antecedent: a noun ("the war") is no actor, a
    # country is, and so is the subject of "is among those who"
    ("The war that has killed thousands of Ukrainians goes on.", set()),
    ("Russia, which has attacked Ukraine for years, wants talks.", {("Russia", "Ukraine", -1)}),
    ("Sweden is among those who support Ukraine the most.", {("Sweden", "Ukraine", 1)}),
    ("Zelensky stressed that sanctions should be imposed on Russian banks.", {("Volodymyr Zelensky", "Russia", -1)}),
    # a clause after ", after" holds no target of the clause before
    ("The Pentagon paused deliveries to Ukraine, including artillery shells, after a review found that U.S. stocks were low.",
     {("United States", "Ukraine", -1)}),
    # a pronoun opening the sentence, also after a short time phrase, acts
    ("Viktor Orban had long resisted. In 2023 he accused Sweden of lying.", {("Viktor Orban", "Sweden", -1)}),
    ("Viktor Orban had long resisted. He praised Sweden.", {("Viktor Orban", "Sweden", 1)}),
    # "U.S.-made" qualifies the missiles: the United States is no target of Ukraine's strike
    ("Ukraine fired six U.S.-made missiles at a military facility in Russia.", {("Ukraine", "Russia", -1)}),
    # "stopping short of" negates the stance word after it
    ("The United States stopped short of criticising Russia.", {("United States", "Russia", 0)}),
    # a weapon noun reaches its target through at/on/against, not any actor after it
    ("Zelensky said Kyiv needs Tomahawk missiles, ahead of his visit to Washington.", set()),
    ("Russia fired 12 missiles at Kyiv overnight.", {("Russia", "Ukraine", -1)}),
    # in a quotation, the stance word nearest before the target states the stance
    ("Emmanuel Macron travelled to Kyiv. “We are ready to support a ceasefire with sanctions if Russia refuses,” Macron said.",
     {("Emmanuel Macron", "Russia", -1)}),
    # a person's office acts for the person, past an aside between it and the verb
    ("Benjamin Netanyahu met his cabinet. The Israeli prime minister’s office, in a statement, blamed Hamas.",
     {("Benjamin Netanyahu", "Hamas", -1)}),
    ("Zelensky’s wife, Olena Zelenska, condemned Russia.", {("Olena Zelenska", "Russia", -1)}),
    ("Israel struck targets in Gaza overnight.", {("Israel", "Palestine", -1)}),
    # a verb of opposition denies the stance word it takes as object, and states none of its own
    ("Slovakia opposed new sanctions against Russia.", {("Slovakia", "Russia", 0)}),
    ("Hungary blocked aid to Ukraine.", {("Hungary", "Ukraine", -1)}),
    # (but the aggression is Russia's: opposing it is a stance against Russia)
    ("Ukraine has opposed Russian aggression for months.", {("Ukraine", "Russia", -1), ("Russia", "Ukraine", -1)}),
    # "against" after a stance word that spoke is that word's preposition, no stance of its own
    ("Yermak met advisers from Germany and the United States about sanctions against Russia.",
     {("Germany", "Russia", -1), ("United States", "Russia", -1)}),
    # a support word with a hostile object takes the object's stance ("supported more pressure on …")
    ("Iceland supported tougher sanctions against Russia.", {("Iceland", "Russia", -1)}),
    # a hostile word between a support word and an actor claims that actor
    ("Croatia would support further restrictive measures against Russia.", {("Croatia", "Russia", -1)}),
    # a nationality adjective before a hostile word is its agent, no target of a support word
    ("Zelensky thanked volunteers for their support during the Russian invasion.", set()),
    ("Poland has provided support since the first days of the Russian aggression against Ukraine.",
     {("Poland", "Ukraine", 1), ("Russia", "Ukraine", -1)}),
])
def test_nominal_mutual_negated_and_ignored_stance_words(text, expected):
    table = analysis.stances(text)
    assert {(r.actor, r.target, r.polarity) for r in table.itertuples()} == expected


def test_a_period_start_is_not_when_a_stance_is_taken():
    arts = analysis.articles_from_records([{"id": "a", "date": "2025-10-24", "text":
        "Zelenskyy thanked Britain and said Russia had lost many soldiers since the invasion began on 24 February 2022."}])
    table = analysis.stances(arts)
    assert list(table["when"]) == [pd.Timestamp("2025-10-24")]


def test_a_month_opening_the_sentence_dates_its_stance():
    arts = analysis.articles_from_records([{"id": "a", "date": "2025-11-20", "text":
        "In early March, the United States paused weapons deliveries to Kyiv. Washington backs Ukraine in March, officials said."}])
    table = analysis.stances(arts)
    assert list(zip(table["polarity"], table["when"])) == [(-1, pd.Timestamp("2025-03-01")), (1, pd.Timestamp("2025-11-20"))]


def test_a_person_does_not_take_a_stance_toward_his_own_country():
    text = "British Defence Secretary Ben Wallace thanked the United Kingdom's partners and praised Ukraine."
    table = analysis.stances(text)
    assert ("Ben Wallace", "United Kingdom") not in set(zip(table["actor"], table["target"]))
    assert ("Ben Wallace", "Ukraine", 1) in {(r.actor, r.target, r.polarity) for r in table.itertuples()}


def test_many_quoted_stances_in_one_sentence_copy_the_sentence_once():
    """Linear by counting: 1,200 quotes of one speaker in one 64-kB sentence each take a stance;
    each once copied the whole sentence as its evidence (1,210 characters sliced per character)."""
    from analysis.pipeline import extract_article

    CountingText.sliced = 0
    text = CountingText("“Russia attacked Ukraine and Poland,” Zelensky said, " * 1200)
    stances = extract_article({"article_id": "x", "text": text, "date": None, "title": ""})["stances"]
    assert any(row["source"] == "quote" for row in stances)
    assert CountingText.sliced <= 30 * len(text)


@pytest.mark.parametrize("text, expected", [
    # a stance word glued to an actor by a hyphen: that actor toward the actor the compound modifies
    ("Saudi Arabia struck Iran-backed Houthis on Monday.", {("Saudi Arabia", "Houthis", -1), ("Iran", "Houthis", 1)}),
    ("Sudan's army rejected a U.S.-backed proposal on Tuesday, a day after the RSF accepted it.", set()),
    ("The rebels fired two missiles at a Greek-flagged tanker.", set()),
    # a stance word inside a name ("Rapid Support Forces", "Shanghai Cooperation Organisation") states nothing
    ("Reuters reported that the Rapid Support Forces (RSF) attacked El Fasher.", set()),
])
def test_hyphen_compounds_and_names_hold_no_stance_of_their_own(text, expected):
    table = analysis.stances(text)
    assert {(r.actor, r.target, r.polarity) for r in table.itertuples()} == expected


def test_an_undated_earlier_stance_comes_before_the_article_s_stances_of_now():
    """ "had paused … two weeks earlier" is dated like the article but came first: the shift is toward support."""
    text = ("President Donald Trump on Monday announced that the United States would send Patriot systems to Ukraine. "
            "The announcement marks a turn for Trump, who had paused deliveries to Ukraine two weeks earlier.")
    arts = pd.DataFrame({"article_id": ["a"], "date": [pd.Timestamp("2025-07-15")], "title": [""], "text": [text]})
    table = analysis.shifts(arts)
    assert list(zip(table["target"], table["before"], table["after"], table["direction"])) == [
        ("Ukraine", -1, 1, "toward support")]


@pytest.mark.parametrize("title, speaker, quote, expected", [
    # the stance word and the actor in one sentence of the quote
    ("", "Mykhailo Podolyak", "“We will keep our sanctions on Russia until the war ends.”", {("Russia", -1, "sanctions")}),
    # the support word ends the sentence before the one naming the actor: no stance toward it
    ("", "Mykhailo Podolyak", "“What matters is the real world: sanctions, reputation, partners. Russia is looking at all this.”",
     set()),
    # the first target's sentence has no stance word: a later target's sentence has one
    ("Italian Prime Minister ", "Mario Draghi", "“Italy wants to see Ukraine in the European Union. This means it will "
     "support Ukraine in its candidate status.”", {("Ukraine", 1, "support")}),
])
def test_a_quote_s_stance_word_and_target_share_a_sentence(title, speaker, quote, expected):
    text = f"{title}{speaker} spoke on Monday. {quote} {speaker.split()[-1]} said."
    rows = analysis.stances(text)
    rows = rows[rows["source"] == "quote"]
    assert {(r.target, r.polarity, r.cue) for r in rows.itertuples()} == expected
    assert set(rows["actor"]) <= {speaker}


def test_a_long_quote_of_targets_and_stance_words_in_other_sentences_stays_linear():
    """Counting lines run: each target finds the stance words of its sentence by bisection, not by a walk
    over every stance word of the quote (sentences naming Russia alternate with sentences of stance words)."""
    from helpers import count_lines

    from analysis.stances import stance_rows

    def quote(n):
        return "Olena Kovalenko spoke. “" + "Russia. Sanctions work. " * n + "” Kovalenko said."

    assert stance_rows("x", quote(3)) == []  # no sentence holds a target and a stance word (and lexicons load)
    small = count_lines(stance_rows, "x", quote(300))
    large = count_lines(stance_rows, "x", quote(1200))
    assert large < 5 * small


@pytest.mark.parametrize("text, expected", [
    # a passive participle whose agent is no actor: the sentence's subject does not act
    ("The G7 agreed to a $50 billion loan backed by the proceeds of frozen Russian assets.", set()),
    ("The journalist was killed by a Russian missile at her home in Kyiv.", set()),
    # an actor as agent still acts
    ("Kyiv was attacked by Russia on Monday.", {("Russia", "Ukraine", -1)}),
])
def test_a_passive_participle_is_its_agent_s_stance_or_none(text, expected):
    table = analysis.stances(text)
    assert {(r.actor, r.target, r.polarity) for r in table.itertuples()} == expected


@pytest.mark.parametrize("text, expected", [
    # weapons sent are no hostile word between the support word and its target
    ("Britain will send 100 Storm Shadow missiles to Ukraine.", {("United Kingdom", "Ukraine", 1)}),
    # weapons aimed at an actor still are
    ("Russia fired 40 missiles at Kyiv.", {("Russia", "Ukraine", -1)}),
])
def test_weapons_are_hostile_only_when_aimed(text, expected):
    table = analysis.stances(text)
    assert {(r.actor, r.target, r.polarity) for r in table.itertuples()} == expected
