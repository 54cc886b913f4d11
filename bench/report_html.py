#!/usr/bin/env python3
"""One long HTML file holding a whole report bundle, for Chromium's print-to-pdf.

    report_html.py OUTPUT_DIR BUNDLE_PATH OUT.html     (BUNDLE_PATH e.g. annual-reports/2024-25)

publish writes a bundle as one web page per section. This takes the bundle's index page and every
section page it links to (in the order of its contents list), keeps each page's <main> content,
and joins them under the index page's <head> (stylesheet links made absolute file:// paths,
Content-Security-Policy dropped because it blocks file:// styles, scripts dropped, A4 @page rule
added): the same report and the same CSS that publish typesets into its PDF.
"""
import os
import re
import sys


def main_of(html):
    m = re.search(r"<main\b[^>]*>(.*?)</main>", html, re.S)
    if not m:
        raise SystemExit("no <main> element")
    return m.group(1)


def main():
    out_dir, bundle, target = os.path.abspath(sys.argv[1]), sys.argv[2].strip("/"), sys.argv[3]
    index_path = os.path.join(out_dir, bundle, "index.html")
    index = open(index_path, encoding="utf-8").read()
    head = re.search(r"<head>(.*?)</head>", index, re.S).group(1)
    head = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", head)
    head = re.sub(r"<script\b.*?</script>", "", head, flags=re.S)
    head = re.sub(r'(href|src)="/', r'\1="file://%s/' % out_dir, head)
    head += "\n<style>@page { size: A4; margin: 20mm } .report-section { break-before: page }</style>\n"

    body = main_of(index)
    sections = []
    for href in re.findall(r'href="(/%s/[^"#]+/)"' % re.escape(bundle), body):
        if href not in sections:
            sections.append(href)
    if not sections:
        raise SystemExit("%s: no section links found" % index_path)
    parts = ['<section class="report-index">%s</section>' % body]
    for href in sections:
        page = open(os.path.join(out_dir, href.strip("/"), "index.html"), encoding="utf-8").read()
        parts.append('<section class="report-section">%s</section>' % main_of(page))
    html = "<!doctype html>\n<html lang=\"en-GB\">\n<head>%s</head>\n<body>\n<main>\n%s\n</main>\n</body>\n</html>\n" % (
        head, "\n".join(parts))
    html = re.sub(r"<script\b.*?</script>", "", html, flags=re.S)
    html = re.sub(r'(href|src)="/(?!/)', r'\1="file://%s/' % out_dir, html)
    with open(target, "w", encoding="utf-8") as f:
        f.write(html)
    print("%s: %d sections, %d bytes" % (target, len(sections), len(html)), file=sys.stderr)


if __name__ == "__main__":
    main()
