#!/usr/bin/env python3
"""Builds the real-text corpora the benchmarks and the hand checks read, outside the repository.

Third-party text is never committed: this script rebuilds it from the public repositories it comes from.

    python3 benchmarks/corpora/build-corpora.py [OUT]        # OUT defaults to /work/corpora

Each source is read from a git snapshot: $NEWSGEN_MIRRORS/<owner>+<name>/repo when it exists (the layout of this
team's mirror tool), otherwise a shallow `git clone` from GitHub into OUT/.sources. What it writes:

  bbc/<section>/<n>.txt       BBC News 2004-05 (Greene & Cunningham, ICML 2006), 2,225 files, one paragraph per line,
                              section folders as published; sport/199.txt is not UTF-8 (kept: it is real input).
  polnear/<name>.txt          PolNeAR (networkdynamics/PolNeAR) train+dev+test texts, 1,008 files.
  polnear-annotations/*.ann   their brat attribution annotations, 1,107 files (some texts have several annotators).
  wikinews/YYYY/MM/DD/<slug>.txt  Wikinews 2019-20 (vanatteveldt/wikinews, CC BY 2.5), 295 files: the title, a blank
                              line, then one paragraph per line, in the date folders a newsroom archive uses.
  wikinews-wrapped/...        the same articles hard-wrapped at 75 columns, a blank line between paragraphs.
"""
import csv
import io
import os
import re
import subprocess
import sys
import textwrap

SOURCES = {
    "bbc": "dejanbatanjac/bbc-article-classify-bert",
    "polnear": "networkdynamics/PolNeAR",
    "wikinews": "vanatteveldt/wikinews",
}


def git_dir(repo, out):
    """A git directory holding a snapshot of the repository: the team mirror, else a shallow clone."""
    mirrors = os.environ.get("NEWSGEN_MIRRORS", "/work/.mirror")
    mirror = os.path.join(mirrors, repo.replace("/", "+"), "repo")
    if os.path.isdir(mirror):
        return mirror
    clone = os.path.join(out, ".sources", repo.replace("/", "+"))
    if not os.path.isdir(clone):
        subprocess.run(["git", "clone", "--quiet", "--depth", "1", "https://github.com/" + repo, clone], check=True)
    return clone


def files(git, prefix):
    listing = subprocess.run(["git", "-C", git, "ls-tree", "-r", "--name-only", "HEAD", prefix],
                             check=True, capture_output=True).stdout.decode("utf-8")
    return [line for line in listing.splitlines() if line]


def blob(git, path):
    # Bytes, not text: a file that is not UTF-8 must arrive as it is.
    return subprocess.run(["git", "-C", git, "show", "HEAD:" + path], check=True, capture_output=True).stdout


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def bbc(out):
    git = git_dir(SOURCES["bbc"], out)
    count = 0
    for path in files(git, "bbc"):
        if path.endswith(".txt"):
            write(os.path.join(out, "bbc", path[len("bbc/"):]), blob(git, path))
            count += 1
    return count


def polnear(out):
    git = git_dir(SOURCES["polnear"], out)
    texts = annotations = 0
    for split in ("train", "dev", "test"):
        for path in files(git, "data/%s/text" % split):
            write(os.path.join(out, "polnear", os.path.basename(path)), blob(git, path))
            texts += 1
        for path in files(git, "data/%s/attributions" % split):
            write(os.path.join(out, "polnear-annotations", os.path.basename(path)), blob(git, path))
            annotations += 1
    return texts, annotations


def wikinews(out):
    git = git_dir(SOURCES["wikinews"], out)
    count = 0
    for path in files(git, "data"):
        if not path.endswith(".csv"):
            continue
        for row in csv.DictReader(io.StringIO(blob(git, path).decode("utf-8"))):
            year, month, day = row["date"].split("-")
            slug = re.sub(r"[^a-z0-9]+", "-", row["title"].lower()).strip("-")[:60].strip("-") or "untitled"
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n", row["text"]) if p.strip()]
            title = row["title"].strip()
            relative = os.path.join(year, month, day, slug + ".txt")
            flat = title + "\n\n" + "\n".join(" ".join(p.split()) for p in paragraphs) + "\n"
            wrapped = title + "\n\n" + "\n\n".join(
                textwrap.fill(" ".join(p.split()), width=75, break_long_words=False, break_on_hyphens=False)
                for p in paragraphs) + "\n"
            write(os.path.join(out, "wikinews", relative), flat.encode("utf-8"))
            write(os.path.join(out, "wikinews-wrapped", relative), wrapped.encode("utf-8"))
            count += 1
    return count


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/work/corpora"
    print("bbc: %d files" % bbc(out))
    print("polnear: %d texts, %d annotation files" % polnear(out))
    print("wikinews: %d articles (and wikinews-wrapped)" % wikinews(out))


if __name__ == "__main__":
    main()
