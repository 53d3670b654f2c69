"""Gold table of document 016: SNP MSP defects to Scottish Labour (CRLF source, nested single quotes inside double,
quote broken across sentences, names and events inside a mixed quote, anonymous "according to")."""

from __future__ import annotations

from .common import LAB, SNP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "016_snp-msp-defects-to-scottish-labour.txt",
    [
        # headline
        pa("snp_h", SNP, "[[SNP]] MSP Fiona"),
        sp("fg_h", "Fiona Gallacher", "MSP [[Fiona Gallacher]] defects"),
        ev("defects", "defection", "Gallacher [[defects]] to"),
        pa("slab_h", LAB, "defects to [[Scottish Labour]]\n"),
        # P1
        sp("fg1", "Fiona Gallacher", "[[Fiona Gallacher]], the SNP member"),
        pa("snp1", SNP, "the [[SNP]] member of the Scottish Parliament"),
        ev("defected", "defection", "has [[defected]] to Scottish Labour"),
        pa("slab1", LAB, "defected to [[Scottish Labour]]. It is"),
        ev("defection1", "defection", "second Holyrood [[defection]] from"),
        # P2: broken across sentences; party name inside the quote is not annotated
        Q("q_fg1", "direct", '"[[I joined the SNP', 'party of fairness,]]"'),
        sp("fg2", "Fiona Gallacher", 'fairness," [[Ms Gallacher]] said'),
        Q("q_fg2", "direct", 'Glasgow. "[[Today it is', 'party of excuses.]]"'),
        # P3: pronoun whose antecedent is in the previous paragraph
        sp("she_fg", "Fiona Gallacher", "[[She]] said ministers"),
        Q("q_fg3", "mixed", "She said [[ministers had told", "Crosshouse Hospital]]."),
        # P4: nested single quotes are part of the outer quote
        pa("slab2", LAB, "[[Scottish Labour]] leader Iain"),
        sp("id", "Iain Dalgleish", "leader [[Iain Dalgleish]] welcomed"),
        sp("he_id", "Iain Dalgleish", '[[He]] said: "When Fiona'),
        Q("q_id", "direct", 'He said: "[[When Fiona came', 'in politics should want.]]"'),
        # P5: "resign" and "by-election" are inside the mixed quote
        pa("snp2", SNP, "The [[SNP]]'s business manager"),
        sp("er", "Ewan Rutherford", "Holyrood, [[Ewan Rutherford]], said"),
        Q("q_er", "mixed", "said [[Ms Gallacher should", "fight a by-election]]."),
        # P6: anonymous source, everything in the clause unannotated
        Q("q_spokesperson", "indirect", "[[Ms Gallacher will sit", "next Holyrood election]], according"),
        # P7
        ev("defection2", "defection", "The [[defection]] leaves"),
        pa("snp3", SNP, "leaves the [[SNP]] two seats"),
    ],
    member("fg_h", "snp_h")
    + member("fg1", "snp1")
    + member("id", "slab2")
    + member("er", "snp2")
    + part("defects", "fg_h", "snp_h", "slab_h")
    + part("defected", "fg1", "snp1", "slab1")
    + part("defection2", "snp3")
    + said("fg2", "q_fg1", "q_fg2")
    + said("she_fg", "q_fg3")
    + said("he_id", "q_id")
    + said("er", "q_er"),
)
