"""Gold table of document 002: SNP leadership election (straight quotes, tweet with a flag emoji, indirect without
"that")."""

from __future__ import annotations

from .common import LAB, SNP, Gold, Q, ev, member, pa, part, said, sp

FLAG_SCOTLAND = "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"
GOLD = Gold(
    "002_snp-elects-new-leader.txt",
    [
        pa("snp_h", SNP, "[[SNP]] elects"),
        ev("elects", "election", "SNP [[elects]] Morag"),
        sp("ml_h", "Morag Lindsay", "elects [[Morag Lindsay]] as"),
        sp("ml1", "Morag Lindsay", "[[Morag Lindsay]] has been"),
        ev("elected", "election", "has been [[elected]] leader"),
        pa("snp1", SNP, "of the [[Scottish National Party]], narrowly"),
        sp("cr1", "Callum Reid", "health secretary [[Callum Reid]]."),
        sp("ml2", "Morag Lindsay", "[[Ms Lindsay]], 44, told"),
        Q("q_ml1", "direct", 'activists: "[[This is a new chapter', "and for Scotland.]]"),
        Q("q_ml2", "direct", '"[[Independence is not', 'every community.]]"'),
        sp("cr2", "Callum Reid", "[[Mr Reid]] congratulated"),
        Q("q_reid", "direct", 'tweeted: "[[Morag will be', "get behind her \U0001F49B" + FLAG_SCOTLAND + ']]"'),
        sp("ab", "Alan Baird", "treasurer [[Alan Baird]] said"),
        Q("q_baird", "mixed", "said that [[the narrow margin", "second referendum]]."),
        pa("lab", LAB, "[[Labour]]'s Scottish leader"),
        sp("id", "Iain Dalgleish", "leader, [[Iain Dalgleish]], said"),
        Q("q_id_indirect", "indirect", "said [[the result changed", "changed nothing]]:"),
        Q("q_id_direct", "direct", 'nothing: "[[The SNP is still', 'and hospitals.]]"'),
        sp("ml3", "Morag Lindsay", "[[Ms Lindsay]] is expected"),
        ev("vote", "vote", "after a [[vote]] at Holyrood"),
    ],
    member("ml_h", "snp_h")
    + member("ml1", "snp1")
    + member("id", "lab")
    + part("elects", "snp_h", "ml_h")
    + part("elected", "ml1", "snp1", "cr1")
    + part("vote", "ml3")
    + said("ml2", "q_ml1", "q_ml2")
    + said("cr2", "q_reid")
    + said("ab", "q_baird")
    + said("id", "q_id_indirect", "q_id_direct"),
)
