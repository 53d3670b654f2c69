"""Gold table of document 009: US governor steps down ("step down", surname-only mentions, "replied that")."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "009_governor-steps-down.txt",
    [
        sp("fd_h", "Frank Delaney", "Governor [[Frank Delaney]] to step"),
        ev("step_down_h", "resignation", "to [[step down]] after"),
        sp("fd1", "Frank Delaney", "[[Frank Delaney]], the Republican"),
        pa("rep1", REP, "the [[Republican]] governor"),
        ev("step_down1", "resignation", "will [[step down]] at"),
        sp("fd2", "Frank Delaney", "[[Delaney]], 61, told"),
        Q("q_fd_mixed", "mixed", "Columbus that [[he had", "broken the law]]."),
        Q("q_fd1", "direct", "“[[I love this state", "a year of this,]]”"),
        sp("he", "Frank Delaney", "of this,” [[he]] said"),
        Q("q_fd2", "direct", "he said. “[[It’s time", "else to lead.]]”"),
        sp("ar1", "Ana Ruiz", "Governor [[Ana Ruiz]], also"),
        pa("rep2", REP, "also a [[Republican]], will"),
        pa("dem1", DEM, "[[Democrats]] were quick"),
        pa("dem2", DEM, "State [[Democratic Party]] chair"),
        sp("lm", "Leon Marsh", "chair [[Leon Marsh]] tweeted"),
        Q("q_lm", "direct", "tweeted: “[[Ohio deserves", "Columbus \U0001F9F9]]”"),
        sp("fd3", "Frank Delaney", "whether [[Delaney]] should"),
        sp("ar2", "Ana Ruiz", "[[Ruiz]] replied"),
        Q("q_ar", "mixed", "replied that [[it was", "for the courts”]]."),
        sp("fd4", "Frank Delaney", "[[Delaney]]’s resignation"),
        ev("resignation", "resignation", "Delaney’s [[resignation]] leaves"),
        pa("rep3", REP, "Ohio [[Republicans]] without"),
    ],
    member("fd1", "rep1")
    + member("ar1", "rep2")
    + member("lm", "dem2")
    + part("step_down_h", "fd_h")
    + part("step_down1", "fd1")
    + part("resignation", "fd4")
    + said("fd2", "q_fd_mixed")
    + said("he", "q_fd1", "q_fd2")
    + said("lm", "q_lm")
    + said("ar2", "q_ar"),
)
