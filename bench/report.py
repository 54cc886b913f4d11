#!/usr/bin/env python3
"""Turns one bench/run session's raw samples into the Markdown table of bench/RESULTS.md.

    report.py RUN_DIR      (RUN_DIR holds samples.csv, counts.csv and machine.txt)

Round 0 of every pair is the warm-up and is not counted.
"""
import csv
import json
import os
import statistics
import sys

run = sys.argv[1]
machine = {}
for line in open(os.path.join(run, "machine.txt"), encoding="utf-8"):
    k, _, v = line.rstrip("\n").partition("=")
    machine[k] = v
counts = {}
if os.path.exists(os.path.join(run, "counts.csv")):
    for row in csv.reader(open(os.path.join(run, "counts.csv"))):
        if len(row) == 3:
            counts[(row[0], row[1])] = row[2]

samples = {}   # (case, tool) -> {"t": [...], "m": [...], "status": set()}
for row in csv.DictReader(open(os.path.join(run, "samples.csv"))):
    s = samples.setdefault((row["case"], row["tool"]), {"t": [], "m": [], "status": set()})
    s["status"].add(row["status"])
    if row["status"] == "ok" and int(row["round"]) > 0:
        s["t"].append(float(row["seconds"]))
        s["m"].append(int(row["peak_kb"]))


def stats(case, tool):
    s = samples.get((case, tool))
    if not s or not s["t"]:
        return None
    return {"t": statistics.median(s["t"]), "t0": min(s["t"]), "t1": max(s["t"]),
            "m": statistics.median(s["m"]) / 1024, "m0": min(s["m"]) / 1024, "m1": max(s["m"]) / 1024,
            "n": len(s["t"])}


def status(case, tool):
    s = samples.get((case, tool))
    if not s:
        return "not run"
    if "unavailable" in s["status"]:
        return "not yet available"
    if "failed" in s["status"] and not s["t"]:
        return "failed (see log)"
    return "no samples"


def secs(x):
    return "%.0f ms" % (x * 1000) if x < 1 else "%.2f s" % x


def cell_time(st):
    return "%s (%s–%s)" % (secs(st["t"]), secs(st["t0"]), secs(st["t1"]))


def cell_mem(st):
    return "%.0f MB (%.0f–%.0f)" % (st["m"], st["m0"], st["m1"])


rows = []


def row(what, tool, case, note=""):
    st = stats(case, tool)
    if st:
        rows.append("| %s | %s | %s | %s | %d | %s |" % (what, tool, cell_time(st), cell_mem(st), st["n"], note))
    else:
        rows.append("| %s | %s | %s | – | 0 | %s |" % (what, tool, status(case, tool), note))
    return st


def verdict(ok):
    return "**met**" if ok else "**not met**"


targets = []
for n in ("1k", "10k"):
    case = "site" + n
    if not any(k[0] == case for k in samples):
        continue
    note_p = "%s files" % counts.get((case, "publish_files"), "?")
    note_h = "%s files" % counts.get((case, "hugo_files"), "?")
    p = row("Website, %s documents (`--no-pdf`)" % n, "publish", case, note_p)
    h = row("", "hugo", case, note_h)
    if p and h:
        speed, mem = h["t"] / p["t"], p["m"] / h["m"]
        rows.append("| | *ratio* | **%.2f× faster** | **%.2f× Hugo's peak** | | |" % (speed, mem))
        if n == "10k":
            targets.append(("10k site ≥ 2× faster than Hugo", "%.2f×" % speed, verdict(speed >= 2)))
            targets.append(("10k site peak memory ≤ ¼ of Hugo's", "%.2f×" % mem, verdict(mem <= 0.25)))

p1, p10 = stats("site1k", "publish"), stats("site10k", "publish")
h1, h10 = stats("site1k", "hugo"), stats("site10k", "hugo")
if p1 and p10:
    g = p10["t"] / p1["t"]
    gh = "; Hugo %.1f×" % (h10["t"] / h1["t"]) if h1 and h10 else ""
    rows.append("| Growth 1k → 10k documents | publish | %.1f× the time, %.1f× the memory%s | | | linear = 10× |"
                % (g, p10["m"] / p1["m"], gh))
    targets.append(("linear growth 1k → 10k (time ratio ≤ 10×, 10% tolerance)", "%.1f×" % g, verdict(g <= 11)))

if any(k[0] == "pdf" for k in samples):
    pp = counts.get(("pdf", "publish_pages"), "?")
    cp = counts.get(("pdf", "chromium_pages"), "?")
    p = row("PDF of a ~100-page report", "publish", "pdf", "%s A4 pages; whole build of a site holding only the report" % pp)
    c = row("", "chromium", "pdf", "%s A4 pages; `--print-to-pdf` of the report as one HTML page" % cp)
    if p and c:
        rows.append("| | *ratio* | **%.1f× faster** | %.2f× Chromium's peak | | |" % (c["t"] / p["t"], p["m"] / c["m"]))
        targets.append(("100-page PDF ≥ 20× faster than Chromium", "%.1f×" % (c["t"] / p["t"]), verdict(c["t"] / p["t"] >= 20)))

if any(k[0] == "example" for k in samples):
    row("Example site (repository root), with PDFs", "publish", "example")

if any(k[0] == "incremental" for k in samples):
    st = row("Incremental rebuild after editing one briefing (10k site)", "publish-serve", "incremental",
             "through `publish serve`")
    if st:
        targets.append(("incremental rebuild < 50 ms", secs(st["t"]), verdict(st["t"] < 0.05)))
    else:
        targets.append(("incremental rebuild < 50 ms", status("incremental", "publish-serve"), "–"))
    row("", "publish-engine", "incremental",
        "the engine alone: `publish serve --measure-edit`, no file watching or re-reading")
    row("", "publish-full", "incremental", "for reference: a whole `publish build --no-pdf` after the same edit")

corp = []
for c, label in (("c1k", "1k"), ("c10k", "10k"), ("r100", "report")):
    if "corpus_" + c in machine:
        m = json.loads(machine["corpus_" + c])
        corp.append("%s: %d documents (%d briefings, %d bulletins, %d report bundles of 13 files, %d pages), "
                    "%.1f MB of Markdown" % (label, m["documents"], m["briefings"], m["bulletins"], m["bundles"],
                                             m["pages"], m["markdown_bytes"] / 1e6))

ram = int(machine.get("ram_kb", "0") or 0) / 1024 / 1024
out = []
out.append("# Benchmark results\n")
out.append("Written by `make bench` (bench/run) on %s. Do not edit: run it again.\n" % machine.get("date", "?"))
out.append("| machine | |\n| --- | --- |")
out.append("| CPU | %s |" % machine.get("cpu", "?"))
out.append("| cores | %s |" % machine.get("cores", "?"))
out.append("| RAM | %.1f GB |" % ram)
out.append("| load average at the end | %s |" % machine.get("load", "?"))
out.append("| publish | %s (%s) |" % (machine.get("publish", "?"), machine.get("commit", "?")))
out.append("| Hugo | %s |" % machine.get("hugo", "?"))
out.append("| Chromium | %s |" % machine.get("chromium", "?"))
out.append("")
out.append("Medians of the measured rounds (column runs; %s requested) after one warm-up round; each pair alternates its two commands "
           "(A B, B A, …) in the same session. Wall time of the whole process; peak memory is the maximum "
           "resident set size from `/usr/bin/time -f %%M` (for Chromium, its largest single process).\n"
           % machine.get("runs", "?"))
out.append("| case | tool | wall time, median (min–max) | peak memory, median (min–max) | runs | notes |")
out.append("| --- | --- | --- | --- | ---: | --- |")
out.extend(rows)
out.append("")
if targets:
    out.append("| target (issue 7) | measured | |\n| --- | --- | --- |")
    for t in targets:
        out.append("| %s | %s | %s |" % t)
    out.append("")
out.append("Corpora (bench/make_corpus, seed %s): %s." % (json.loads(machine.get("corpus_c1k", "{}") or "{}").get("seed", "7"),
                                                    "; ".join(corp) if corp else "none"))
out.append("")
out.append("How it was measured: the publish and Hugo sites hold the same Markdown (Hugo's copy has the "
           "`value` shortcode replaced by the figure, bundle `index.md` renamed `_index.md`); Hugo's plain "
           "templates (bench/hugo) write a page per document, section lists, theme and priority taxonomy "
           "pages, sitemap and one RSS feed, and rewrite relative `.md` links with a render hook. The PDF pair "
           "prints the same report: publish builds a site holding only that bundle (its web pages and its "
           "PDF); Chromium prints one HTML file made from publish's own pages for the bundle (the index "
           "page's `<main>` followed by every section page's `<main>`, with the site's CSS; "
           "bench/report_html.py), so page counts differ with the two style sheets. Build output goes to "
           "a folder emptied before each run by moving the previous output aside (deleted after the session, so that the file system's work for a deletion never lands in a timed run). Raw samples and logs: bench/.cache/runs/.")
print("\n".join(out))
