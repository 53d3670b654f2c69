"""One self-contained HTML page: leaderboard, per-label P/R/F1 bars with CI whiskers, and the error listing.

No scripts, fonts, images or stylesheets from elsewhere: inline CSS and SVG only, so the file can be mailed
or attached to a dataset card as it is.
"""

from __future__ import annotations

import math
from html import escape
from pathlib import Path

from schemas import atomic_writer

from .evaluate import Evaluation
from .report import comparison_table, errors_by_document, leaderboard, per_label_table

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f")
MAX_ERROR_DOCS = 200
CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
td:first-child,th:first-child{text-align:left}h2{margin-top:2em}
.fp{background:#fdd}.fn{background:#ddf}.ctx{color:#777}.doc{margin:.6em 0;padding:.3em;border-top:1px solid #eee}
.err{font-family:ui-monospace,monospace;font-size:12px;margin:2px 0}details{margin:.5em 0}
.legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
"""


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _bars(ev: Evaluation, metric: str) -> str:
    """Grouped horizontal bars: one group per label, one bar per system, CI whisker when bootstrapped."""
    labels = [lab for lab, keep in zip(ev.labels, ev.present, strict=True) if keep] or list(ev.labels)
    n = max(len(ev.systems), 1)
    bar, gap, left, width = 14, 12, 90, 420
    height = len(labels) * (n * bar + gap) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 60}" height="{height}" '
             f'role="img" aria-label="{escape(metric)} per label">']
    for t in (0, 0.25, 0.5, 0.75, 1.0):
        x = left + t * width
        parts.append(f'<line x1="{x}" y1="0" x2="{x}" y2="{height - 20}" stroke="#eee"/>')
        parts.append(f'<text x="{x}" y="{height - 6}" font-size="10" text-anchor="middle">{t:g}</text>')
    y = 0.0
    for lab in labels:
        parts.append(f'<text x="0" y="{y + n * bar / 2 + 4}" font-size="12">{escape(lab)}</text>')
        for i, s in enumerate(ev.systems):
            key = ("per_label", lab, metric)
            score = s.scores.get(key, math.nan)
            value = 0.0 if math.isnan(score) else score  # undefined: no bar, "–"
            shown = "–" if math.isnan(score) else f"{score:.3f}"
            colour = COLOURS[i % len(COLOURS)]
            parts.append(
                f'<rect x="{left}" y="{y}" width="{value * width:.1f}" height="{bar - 2}" fill="{colour}">'
                f"<title>{escape(s.name)} {escape(lab)} {metric} {shown}</title></rect>"
            )
            ci = s.ci.get(key)
            if ci:
                mid = y + (bar - 2) / 2
                x0, x1 = left + ci[0] * width, left + ci[1] * width
                parts.append(f'<line x1="{x0:.1f}" y1="{mid}" x2="{x1:.1f}" y2="{mid}" stroke="#000"/>')
                for x in (x0, x1):
                    parts.append(f'<line x1="{x:.1f}" y1="{mid - 4}" x2="{x:.1f}" y2="{mid + 4}" stroke="#000"/>')
            parts.append(f'<text x="{left + width + 4}" y="{y + bar - 4}" font-size="10">{shown}</text>')
            y += bar
        y += gap
    parts.append("</svg>")
    return "".join(parts)


def _errors(ev: Evaluation) -> str:
    out = []
    for s in ev.systems:
        docs = errors_by_document(ev, s)
        out.append(f"<details><summary>{escape(s.name)}: {len(docs)} documents with errors</summary>")
        for entry in docs[:MAX_ERROR_DOCS]:
            out.append(f'<div class="doc"><b>{escape(entry["id"])}</b>')
            for cls, key in (("fp", "false_positives"), ("fn", "false_negatives")):
                for e in entry[key]:
                    g = e["gold"]
                    gold = f" (gold {g['label']} [{g['start']}, {g['end']}))" if g else ""
                    out.append(
                        f'<div class="err">{e["kind"]} {escape(e["span"]["label"])} '
                        f'[{e["span"]["start"]}, {e["span"]["end"]}){escape(gold)}: '
                        f'<span class="ctx">…{escape(e["left"])}</span><span class="{cls}">{escape(e["text"])}</span>'
                        f'<span class="ctx">{escape(e["right"])}…</span></div>'
                    )
            out.append("</div>")
        if len(docs) > MAX_ERROR_DOCS:
            out.append(f"<p>… {len(docs) - MAX_ERROR_DOCS} more documents: see <code>--errors DIR</code>.</p>")
        out.append("</details>")
    return "".join(out)


def to_html(ev: Evaluation, title: str = "quotegold evaluation") -> str:
    legend = "".join(
        f'<span style="background:{COLOURS[i % len(COLOURS)]}"></span>{escape(s.name)}'
        for i, s in enumerate(ev.systems)
    )
    setup = f"scheme {ev.scheme.value}, {ev.n_docs} documents" + (
        f", 95% bootstrap intervals ({ev.bootstrap} resamples, seed {ev.seed})" if ev.bootstrap else ""
    )
    body = [
        f"<h1>{escape(title)}</h1><p>{escape(setup)}</p>",
        "<h2>Leaderboard</h2>",
        _table(*leaderboard(ev)),
        "<h2>Per label</h2>",
        _table(*per_label_table(ev)),
        f'<p class="legend">{legend}</p>',
    ]
    for metric in ("precision", "recall", "f1"):
        body.append(f"<h3>{metric}</h3>{_bars(ev, metric)}")
    if ev.p_values:
        body += ["<h2>Paired bootstrap p-values</h2>", _table(*comparison_table(ev))]
    body += ["<h2>Errors</h2>", _errors(ev)]
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{CSS}</style></head><body>{''.join(body)}</body></html>\n"
    )


def write_html(ev: Evaluation, path: str | Path) -> Path:
    path = Path(path)
    with atomic_writer(path) as fh:
        fh.write(to_html(ev))
    return path
