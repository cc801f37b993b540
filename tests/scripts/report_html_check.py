"""Checks of `accords report --format html` for report_html_browser.sh; run by /usr/bin/python3
(Debian's python3-html5lib and python3-yaml). Each command prints one line per problem and
exits 1 if there is any:

  validate PAGE
      PAGE parses as HTML5 without a single parse error (html5lib, strict).
  dom PAGE DUMP EVENTS [FIXTURE]
      DUMP, the DOM a browser made of PAGE, has the report's sections and tables, one <svg>
      chart, EVENTS rows in the event table, nothing that fetches or runs anything (no
      script, img, iframe, link, object or embed element, no on* attribute, no href but the
      http(s) links of the sources), no element whose id starts with "pwned", and the title
      PAGE has (a script that ran would have changed it). With FIXTURE (a timeline file),
      each of its texts (treaty and entity names, titles, places, notes, sources) is in the
      page's text, as text (with the characters HTML refuses replaced, as the page does).
  html-holds FILE
      Prints FILE (UTF-8) with the characters HTML refuses replaced, as the page replaces them.
  netlog NETLOG
      The browser's net log (--log-net-log) holds no request that the page made: none whose
      site is file:// for any address but file:// ones.
"""

import json
import sys
import xml.etree.ElementTree as ElementTree

import html5lib

SVG = "{http://www.w3.org/2000/svg}"
SECTIONS = ["totals", "per-year", "per-type", "per-party", "first-and-last", "members", "chart", "events"]
FORBIDDEN = {"script", "img", "iframe", "link", "object", "embed", "frame", "base", "form", "input", "video",
             "audio", "source"}


def parse(text, strict=False):
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), strict=strict, namespaceHTMLElements=False)
    return parser.parse(text)


def validate(page_path):
    with open(page_path, "rb") as page:
        try:
            parse(page, strict=True)
        except html5lib.html5parser.ParseError as error:
            return [f"{page_path}: not valid HTML5: {error}"]
    return []


def text_of(element):
    return "".join(element.itertext())


def title_of(root):
    title = root.find("./head/title")
    return None if title is None else text_of(title)


def as_html_holds_it(text):
    """The text with the characters HTML refuses replaced, as the page replaces them: control
    characters but tab and line ends as spaces, noncharacters as U+FFFD."""

    def replaced(char):
        code = ord(char)
        if (code < 0x20 and char not in "\t\n\f\r") or 0x7F <= code <= 0x9F:
            return " "
        if 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE:
            return "\uFFFD"
        return char

    return "".join(replaced(char) for char in text)


def fixture_texts(path):
    import yaml  # Debian's python3-yaml; only the fixture check needs it

    with open(path, encoding="utf-8") as source:
        data = yaml.safe_load(source)
    texts = [data["treaty"]["name"]] + [entity["name"] for entity in data.get("entities", [])]
    for event in data["events"]:
        texts.append(event["title"])
        texts += [event[key].rstrip() for key in ("place", "notes") if key in event]
        texts += event.get("sources", [])
    return texts


def check_dom(page_path, dump_path, events, fixture=None):
    problems = []
    with open(page_path, "rb") as page:
        source_root = parse(page)
    with open(dump_path, "rb") as dump:
        root = parse(dump)
    elements = list(root.iter())
    if title_of(root) != title_of(source_root):
        problems.append(f"the title changed in the browser: {title_of(source_root)!r} became {title_of(root)!r}")
    for element in elements:
        tag = element.tag if isinstance(element.tag, str) else ""
        name = tag.removeprefix(SVG)
        if name in FORBIDDEN or name == "foreignObject":
            problems.append(f"a <{name}> element is in the page: {ElementTree.tostring(element)[:200]!r}")
        if (element.get("id") or "").startswith("pwned"):
            problems.append(f"an injected element is in the page: <{name} id={element.get('id')!r}>")
        for attribute, value in element.attrib.items():
            if attribute.lower().startswith("on"):
                problems.append(f"<{name}> has an event handler {attribute}={value!r}")
            if attribute.lower() == "http-equiv":
                problems.append(f"<{name}> has http-equiv={value!r}")
            if attribute.lower() in ("src", "srcset", "xlink:href", "action", "formaction", "background", "poster"):
                problems.append(f"<{name}> refers to something: {attribute}={value!r}")
    styles = [element for element in elements if element.tag in ("style", SVG + "style")]
    if len(styles) != 2:
        problems.append(f"expected 2 style sheets (the page's and the chart's), found {len(styles)}")
    # Links: only in the sources' lists, only to http(s) addresses.
    source_links = set()
    for item in root.iterfind(".//ul[@class='sources']/li/a"):
        source_links.add(id(item))
    for element in elements:
        href = element.get("href")
        if href is None:
            continue
        if element.tag != "a" or id(element) not in source_links:
            problems.append(f"<{element.tag}> has an href outside the sources' lists: {href!r}")
        elif not (href.startswith("https://") or href.startswith("http://")):
            problems.append(f"a source's link is not to an http(s) address: {href!r}")
        elif text_of(element) != href:
            problems.append(f"a source's link says {text_of(element)!r} but goes to {href!r}")
    # The report's structure.
    body = root.find("./body")
    if body is None:
        return problems + ["no <body>"]
    for section in SECTIONS:
        found = root.findall(f".//section[@id='{section}']")
        if len(found) != 1:
            problems.append(f"expected one section {section!r}, found {len(found)}")
        elif section != "chart" and not found[0].findall(".//table"):
            problems.append(f"section {section!r} has no table")
    charts = root.findall(f".//section[@id='chart']/figure/{SVG}svg")
    if len(charts) != 1:
        problems.append(f"expected one <svg> in the chart section, found {len(charts)}")
    elif not charts[0].findall(f".//{SVG}g[@class='row']"):
        problems.append("the chart has no rows")
    rows = root.findall(".//section[@id='events']//table/tbody/tr")
    if len(rows) != events:
        problems.append(f"expected {events} rows in the event table, found {len(rows)}")
    if any(len(row.findall("td")) != 6 for row in rows):
        problems.append("a row of the event table does not have 6 cells")
    if fixture:
        text = text_of(body)
        for expected in map(as_html_holds_it, fixture_texts(fixture)):
            if expected not in text:
                problems.append(f"not in the page's text: {expected!r}")
    return problems


def check_netlog(path):
    with open(path, encoding="utf-8") as log:
        netlog = json.load(log)
    start_job = netlog["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    problems = []
    for event in netlog["events"]:
        params = event.get("params", {})
        if event.get("type") != start_job or "url" not in params:
            continue
        from_page = "file://" in params.get("site_for_cookies", "") or "file://" in params.get(
            "network_isolation_key", ""
        )
        if from_page and not params["url"].startswith("file:"):
            problems.append(f"the page asked for {params['url']}")
    return problems


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    if command == "validate" and len(argv) == 3:
        problems = validate(argv[2])
    elif command == "dom" and len(argv) in (5, 6):
        problems = check_dom(argv[2], argv[3], int(argv[4]), argv[5] if len(argv) == 6 else None)
    elif command == "html-holds" and len(argv) == 3:
        with open(argv[2], encoding="utf-8", newline="") as text:
            sys.stdout.write(as_html_holds_it(text.read()))
        return 0
    elif command == "netlog" and len(argv) == 3:
        problems = check_netlog(argv[2])
    else:
        print(__doc__)
        return 2
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
