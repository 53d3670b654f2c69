"""Gold table of document 051 (held-out batch heldout-2): Scottish budget vote, a live blog (reverse-chronological
entries with times and entry titles, straight double marks in the body and straight single marks in one entry title;
entry titles that attribute a phrase or a clause ("hails", "attacks", "..., confirms Cole"), a two-paragraph
statement, "he went on", a partial quote after "urged ministers to" and after "calling the budget", a newspaper, a
government spokesperson and an anonymous backbencher as sources, a chant by a crowd, "joined the rally")."""

from __future__ import annotations

from .common import CON, LAB, LD, SNP, Gold, Q, ev, member, pa, part, said, sp

SGP = "Scottish Green Party"
REF = "Reform UK"

GOLD = Gold(
    "051_scottish-budget-vote-live.txt",
    [
        # headline: a vote with no voter named
        ev("vote_h", "vote", "Scottish budget [[vote]]: Baird"),
        sp("fb_h", "Fiona Baird", "vote: [[Baird]]'s tax plans"),
        # 17:58: the entry title attributes the phrase to her (cf. d001 "attacks “hollowing out”")
        sp("fb1", "Fiona Baird", "[[Baird]] hails"),
        Q("q_fb1", "direct", 'hails "[[budget for stability', 'for stability]]"'),
        # "The First Minister, X" is a role before a name (cf. d040); a two-paragraph statement after "She said:"
        sp("fb2", "Fiona Baird", "Minister, [[Fiona Baird]], has just"),
        sp("she_fb1", "Fiona Baird", '[[She]] said: "Tonight'),
        Q("q_fb2", "direct", 'said: "[[Tonight Parliament chose', "for a third year.]]"),
        Q("q_fb3", "direct", '"[[I want to thank every MSP', 'whatever badge they wear.]]"'),
        # "laughed" is no speech verb; the quote is attributed by the following "she said"
        pa("sgp1", SGP, "deal with the [[Greens]] behind"),
        sp("fb3", "Fiona Baird", "doors, [[Ms Baird]] laughed"),
        Q("q_fb4", "direct", 'laughed. "[[There was no deal', 'what grown-ups do,]]"'),
        sp("she_fb2", "Fiona Baird", 'do," [[she]] said.'),
        # 17:41: "by seven votes" and "by 64 to 57" count ballots; the first "voted" names no voter
        ev("voted1", "vote", "MSPs have [[voted]] by 64"),
        pa("snp1", SNP, "[[SNP]] MSPs voted for it"),
        ev("voted2", "vote", "MSPs [[voted]] for it"),
        pa("slab1", LAB, "[[Scottish Labour]], the Scottish Conservatives and"),
        pa("scon1", CON, "the [[Scottish Conservatives]] and the Liberal"),
        pa("ld1", LD, "and the [[Liberal Democrats]] voted against"),
        ev("voted3", "vote", "Democrats [[voted]] against"),
        # one reported clause with two quoted fragments
        pa("sgp2", SGP, "The [[Scottish Greens]]' co-leader"),
        sp("em", "Euan Mair", "co-leader, [[Euan Mair]], said"),
        Q("q_em", "mixed", "afterwards that [[his group had", 'written by civil servants"]].'),
        # 17:20: the entry title attributes the phrase to a party: QUOTE without said_by
        pa("lab_t", LAB, "[[Labour]] attacks 'budget"),
        Q("q_lab", "direct", "attacks '[[budget of managed", "managed decline]]'"),
        pa("slab2", LAB, "[[Scottish Labour]] leader Callum"),
        sp("cr", "Callum Rennie", "leader [[Callum Rennie]] closed"),
        Q("q_cr1", "direct", '"[[Waiting lists are longer', 'and wait longer,]]"'),
        sp("he_cr1", "Callum Rennie", 'longer," [[he]] told the chamber'),
        Q("q_cr2", "direct", "\"[[This isn't a budget", 'for stability,]]" he went'),
        sp("he_cr2", "Callum Rennie", 'stability," [[he]] went on.'),
        Q("q_cr3", "direct", "went on. \"[[It's a budget", 'managed decline.]]"'),
        # 16:55: partial quote after "urged ministers to"; "Conservatives" and "referendum" are inside the mixed quote
        pa("con_t", CON, "[[Tories]] urge tax cut"),
        pa("scon2", CON, "[[Scottish Conservative]] finance"),
        sp("mg", "Murdo Grant", "spokesperson [[Murdo Grant]] urged"),
        Q("q_mg1", "direct", 'ministers to "[[stop treating', 'as if they were rich]]"'),
        sp("he_mg", "Murdo Grant", "[[He]] said the Conservatives"),
        Q("q_mg2", "mixed", "He said [[the Conservatives would", 'another referendum"]].'),
        # partial quote after "calling the budget" ("Reform UK's X" states membership, cf. d040)
        pa("ref", REF, "[[Reform UK]]'s only MSP"),
        sp("gt", "Graham Tait", "MSP, [[Graham Tait]], posted"),
        Q("q_gt", "direct", 'budget "[[a tax raid', 'with a job]]"'),
        # 16:12: the entry title is indirect speech with the verb after the clause; "Lib Dems" and "vote" are inside it
        Q("q_ac1", "indirect", "16:12\n[[Lib Dems will vote", "vote against]], confirms"),
        sp("ac1", "Alison Cole", "confirms [[Cole]]\n"),
        pa("ld2", LD, "[[Liberal Democrat]] leader Alison"),
        sp("ac2", "Alison Cole", "leader [[Alison Cole]] has confirmed"),
        Q("q_ac2", "indirect", "confirmed [[her four MSPs", "against the budget]]."),
        sp("she_ac", "Alison Cole", '[[she]] wrote: "We offered'),
        Q("q_ac3", "direct", 'wrote: "[[We offered the Government', 'propping them up.]]"'),
        # 15:47: a newspaper, a government spokesperson and an anonymous backbencher: no said_by
        Q("q_herald", "indirect", "this morning that [[ministers had drawn up", "tonight's vote fails]]."),
        Q("q_spokes", "mixed", "saying only that [[ministers were", 'winning the vote"]].'),
        pa("snp2", SNP, "One [[SNP]] backbencher"),
        Q("q_backbencher", "mixed", "told us [[the mood in the group", 'not panicking"]].'),
        # 15:10
        sp("kl1", "Kate Lennox", "[[Lennox]] opens final debate"),
        sp("kl2", "Kate Lennox", "Secretary [[Kate Lennox]] opened"),
        Q("q_kl1", "mixed", "MSPs that [[the budget was", 'progressive in the UK"]].'),
        Q("q_kl2", "direct", '"[[Nobody in this chamber', 'they deserve less,]]"'),
        sp("kl3", "Kate Lennox", 'less," [[Ms Lennox]] said.'),
        Q("q_kl3", "direct", 'said. "[[If members vote this down', 'they will be saying.]]"'),
        # 14:30: the unions are no PARTY; "joined the rally" (cf. d036); a chant by the crowd is speech without a
        # SPEAKER
        ev("rally_t", "protest", "14:30\n[[Rally]] outside"),
        ev("rally1", "protest", "for a [[rally]] organised"),
        pa("slab3", LAB, "[[Scottish Labour]]'s deputy leader"),
        sp("sp", "Shona Petrie", "leader, [[Shona Petrie]], joined"),
        ev("rally2", "protest", "joined the [[rally]] and told"),
        Q("q_sp", "mixed", "crowd that [[the budget", 'standing in this square"]].'),
        Q("q_crowd", "direct", 'chanted "[[fund our schools', 'fund our schools]]"'),
        # 14:00: a time reference without participants
        ev("vote4", "vote", "final budget [[vote]] at Holyrood"),
        pa("snp3", SNP, "The [[SNP]] has governed"),
        ev("election", "election", "the 2021 [[election]], so"),
    ],
    member("em", "sgp2")
    + member("cr", "slab2")
    + member("mg", "scon2")
    + member("gt", "ref")
    + member("ac2", "ld2")
    + member("sp", "slab3")
    + part("voted2", "snp1")
    + part("voted3", "slab1", "scon1", "ld1")
    + part("rally2", "sp")
    + said("fb1", "q_fb1")
    + said("she_fb1", "q_fb2", "q_fb3")
    + said("she_fb2", "q_fb4")
    + said("em", "q_em")
    + said("he_cr1", "q_cr1")
    + said("he_cr2", "q_cr2", "q_cr3")
    + said("mg", "q_mg1")
    + said("he_mg", "q_mg2")
    + said("gt", "q_gt")
    + said("ac1", "q_ac1")
    + said("ac2", "q_ac2")
    + said("she_ac", "q_ac3")
    + said("kl2", "q_kl1")
    + said("kl3", "q_kl2", "q_kl3")
    + said("sp", "q_sp"),
)
