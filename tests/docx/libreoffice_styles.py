#!/usr/bin/env python3
"""The DOCX of every example, read back through LibreOffice: named styles and outline levels.

For every examples/<name>/data*.json: `vanthu render` writes the DOCX, one
`soffice --convert-to fodt` run converts them all (flat ODF: one XML file),
and this script compares what LibreOffice made of each paragraph with the DOCX:

- every paragraph the DOCX gives a style (w:pStyle) has, in LibreOffice, the
  paragraph style of that name (through LibreOffice's automatic styles);
- every heading is a text:h at the outline level of its "heading N" style
  and w:outlineLvl (ODF counts from 1), and no other paragraph is a heading;
- the parts hold what the decree puts there (Quốc hiệu, Tiêu ngữ, "Nơi
  nhận:", "Số: …"), each example has the parts its form has, and the styles
  LibreOffice read have the decree's formatting (sizes, bold, italic);
- the outline of the plans and reports is what their numbering says: "Phần I"
  with its title one level above the mục, mục above khoản.

Usage: libreoffice_styles.py <vanthu binary> <source dir>. Exit 77 (skipped)
when soffice is not installed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"

failures = []


def fail(where, message):
    failures.append(f"{where}: {message}")


def norm(s):
    return " ".join(s.split())


# --- the DOCX -------------------------------------------------------------

def docx_read(path):
    """(styles: id -> (name, outline level or None), paragraphs: [(style id, outline level, text)])."""
    with zipfile.ZipFile(path) as z:
        styles_root = ET.fromstring(z.read("word/styles.xml"))
        doc_root = ET.fromstring(z.read("word/document.xml"))
    styles = {}
    for s in styles_root.iter(W + "style"):
        if s.get(W + "type") != "paragraph":
            continue
        name = s.find(W + "name").get(W + "val")
        lvl = s.find(f"{W}pPr/{W}outlineLvl")
        styles[s.get(W + "styleId")] = (name, int(lvl.get(W + "val")) if lvl is not None else None)
    paragraphs = []
    for p in doc_root.iter(W + "p"):
        ppr = p.find(W + "pPr")
        sid, lvl = None, None
        if ppr is not None:
            ps = ppr.find(W + "pStyle")
            sid = ps.get(W + "val") if ps is not None else None
            ol = ppr.find(W + "outlineLvl")
            lvl = int(ol.get(W + "val")) if ol is not None else None
        if lvl is None and sid in styles:
            lvl = styles[sid][1]
        text = ""
        for e in p.iter():
            if e.tag == W + "t":
                text += e.text or ""
            elif e.tag in (W + "br", W + "tab"):
                text += " "
        paragraphs.append((sid, lvl, norm(text)))
    return styles, paragraphs


# --- what LibreOffice read ----------------------------------------------------

class Odf:
    def __init__(self, path):
        root = ET.parse(path).getroot()
        self.named = {}  # style:name -> element (office:styles)
        for s in root.find(OFFICE + "styles").iter(STYLE + "style"):
            if s.get(STYLE + "family") == "paragraph":
                self.named[s.get(STYLE + "name")] = s
        self.auto = {}
        auto = root.find(OFFICE + "automatic-styles")
        if auto is not None:
            for s in auto.iter(STYLE + "style"):
                if s.get(STYLE + "family") == "paragraph":
                    self.auto[s.get(STYLE + "name")] = s
        self.paragraphs = []  # (display name of the paragraph style, outline level or None, text)
        body = root.find(f"{OFFICE}body/{OFFICE}text")
        self._walk(body)

    def display_name(self, name):
        s = self.named.get(name)
        return s.get(STYLE + "display-name", name) if s is not None else name

    def style_of(self, auto_or_named):
        """The named (common) style behind a paragraph's style name."""
        s = self.auto.get(auto_or_named)
        if s is not None:
            return s.get(STYLE + "parent-style-name")
        return auto_or_named

    def _walk(self, element):
        for child in element:
            if child.tag in (TEXT + "p", TEXT + "h"):
                named = self.style_of(child.get(TEXT + "style-name"))
                level = int(child.get(TEXT + "outline-level", "0")) if child.tag == TEXT + "h" else None
                text = norm(self._text(child))
                self.paragraphs.append((self.display_name(named) if named else None, level, text))
            else:
                self._walk(child)

    def _text(self, e):
        # Line breaks, tabs and runs of spaces (text:s) read as one space.
        out = " " if e.tag in (TEXT + "line-break", TEXT + "tab", TEXT + "s") else (e.text or "")
        for c in e:
            if not c.tag.startswith(TEXT):  # a picture's frame: its data and description are not text
                out += c.tail or ""
                continue
            out += self._text(c)
            out += c.tail or ""
        return out

    def style_props(self, display):
        """(size in pt, bold, italic, centred, outline level) of a named style, following its parents."""
        by_display = {s.get(STYLE + "display-name", n): s for n, s in self.named.items()}
        s = by_display.get(display)
        props = {}
        while s is not None:
            t = s.find(STYLE + "text-properties")
            if t is not None:
                props.setdefault("size", t.get(FO + "font-size"))
                props.setdefault("bold", t.get(FO + "font-weight"))
                props.setdefault("italic", t.get(FO + "font-style"))
            pp = s.find(STYLE + "paragraph-properties")
            if pp is not None:
                props.setdefault("align", pp.get(FO + "text-align"))
            props.setdefault("outline", s.get(STYLE + "default-outline-level"))
            parent = s.get(STYLE + "parent-style-name")
            s = self.named.get(parent) if parent else None
        return {k: v for k, v in props.items() if v is not None}


# --- the comparison -------------------------------------------------------------

# Word's built-in styles that LibreOffice reads as its own: "heading 1" is
# "Heading 1", "Body Text" is "Text body" (LibreOffice 7.x) or "Body Text".
BUILT_IN = {"body text": ("body text", "text body")}


def same_name(docx_name, lo_name):
    if lo_name is None:
        return False
    return lo_name.lower() in BUILT_IN.get(docx_name.lower(), (docx_name.lower(),))


def compare(stem, styles, docx_paras, odf):
    lo = [p for p in odf.paragraphs if p[2]]
    dx = [p for p in docx_paras if p[2]]
    # LibreOffice keeps the paragraphs; the fillers and rules are empty and left out.
    if [p[2] for p in dx] != [p[2] for p in lo]:
        a = [p[2] for p in dx]
        b = [p[2] for p in lo]
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        fail(stem, f"LibreOffice's paragraphs differ from the DOCX's at #{i}: "
                   f"{a[i] if i < len(a) else None!r} / {b[i] if i < len(b) else None!r}")
        return
    styled = 0
    for (sid, lvl, text), (lo_style, lo_level, _) in zip(dx, lo):
        where = f"{stem}: {text[:50]!r}"
        if sid is not None:
            styled += 1
            name = styles[sid][0] if sid in styles else None
            if name is None:
                fail(where, f"w:pStyle {sid} is not defined in styles.xml")
            elif not same_name(name, lo_style):
                fail(where, f"style {name!r} in the DOCX, {lo_style!r} in LibreOffice")
        expected_level = lvl + 1 if lvl is not None else None
        if expected_level != lo_level:
            fail(where, f"outline level {expected_level} expected, LibreOffice has {lo_level}")
        if sid and sid.startswith("Heading") and lo_level != int(sid[len("Heading"):]) and (lvl or 0) < 4:
            fail(where, f"a {sid} at LibreOffice outline level {lo_level}")
    if styled == 0:
        fail(stem, "no paragraph has a named style")


def by_style(odf, display):
    return [p for p in odf.paragraphs if same_name(display, p[0]) and p[2]]


def expect_parts(stem, odf):
    header = not stem.startswith("phu-luc")  # a Phụ lục of its own has no header and no signature
    qh = by_style(odf, "Quốc hiệu")
    tn = by_style(odf, "Tiêu ngữ")
    if header:
        if not qh or any(p[2] != "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" for p in qh):
            fail(stem, f"Quốc hiệu style: {qh}")
        if not tn or any(p[2] != "Độc lập - Tự do - Hạnh phúc" for p in tn):
            fail(stem, f"Tiêu ngữ style: {tn}")
        if not by_style(odf, "Cơ quan ban hành"):
            fail(stem, "no Cơ quan ban hành")
        if not by_style(odf, "Họ tên người ký"):
            fail(stem, "no Họ tên người ký")
        if not by_style(odf, "Quyền hạn ký") and not by_style(odf, "Chức vụ người ký"):
            fail(stem, "no signer's title")
        labels = by_style(odf, "Nơi nhận")
        if not labels or any(p[2] != "Nơi nhận:" for p in labels):
            fail(stem, f"Nơi nhận style: {labels}")
        items = by_style(odf, "Nơi nhận - danh sách")
        if not items or not items[-1][2].startswith("- Lưu: VT"):
            fail(stem, f"the recipients' list does not end with Lưu: VT: {items[-1:] }")
        for p in by_style(odf, "Số, ký hiệu"):
            if not p[2].startswith("Số:"):
                fail(stem, f"Số style on {p[2]!r}")
        for p in by_style(odf, "Địa danh, ngày tháng"):
            if "ngày" not in p[2]:
                fail(stem, f"date style on {p[2]!r}")
        # The formatting LibreOffice read for the styles (PL1 §II.1, §II.9.b).
        checks = {
            "Quốc hiệu": {"size": "13pt", "bold": "bold", "align": "center"},
            "Tiêu ngữ": {"size": "14pt", "bold": "bold", "align": "center"},
            "Nơi nhận": {"size": "12pt", "bold": "bold", "italic": "italic"},
            "Nơi nhận - danh sách": {"size": "11pt"},
            "Họ tên người ký": {"size": "14pt", "bold": "bold", "align": "center"},
        }
        for display, want in checks.items():
            got = odf.style_props(display)
            for k, v in want.items():
                if got.get(k) != v:
                    fail(stem, f"style {display!r}: {k} is {got.get(k)!r}, expected {v!r} ({got})")
    for n in range(1, 5):
        got = odf.style_props(f"Heading {n}")
        if by_style(odf, f"Heading {n}") and got.get("outline") != str(n):
            fail(stem, f"Heading {n} has outline level {got.get('outline')!r}")
    if by_style(odf, "Body Text") == [] and not stem.startswith(("giay-", "phu-luc", "ban-sao")):
        fail(stem, "no Body Text paragraph")


def headings(odf):
    return [(level, text) for _, level, text in odf.paragraphs if level is not None and text]


ROMAN = r"[IVXLC]+"


def expect_outline(stem, odf):
    """The outline follows the numbering: Phần/Chương/Phụ lục ≥ I. ≥ 1. ≥ a)."""
    hs = headings(odf)
    if stem in ("ke-hoach-atgt-2018", "bao-cao-tong-ket-atgt-2018", "quy-che-thi-dua-atgt-2018"):
        if not hs:
            fail(stem, "no headings")
    part_level = None
    for level, text in hs:
        if re.match(r"(Phần|Chương) " + ROMAN + r"\b", text):
            part_level = level
            if level != 1:
                fail(stem, f"{text!r} at level {level}, expected 1")
            if text.startswith("Phần") and not re.match(r"Phần " + ROMAN + r" \S", text):
                fail(stem, f"the Phần heading {text!r} does not carry its title")
        elif text.startswith("Phụ lục"):
            part_level = None
            if level != 1:
                fail(stem, f"{text!r} at level {level}, expected 1")
        elif re.match(ROMAN + r"\. ", text):
            want = 2 if part_level is not None and stem.startswith("bao-cao") else 1
            if level != want:
                fail(stem, f"the mục {text!r} at level {level}, expected {want}")
        elif re.match(r"Điều \d+\. ", text):
            if level != 2:
                fail(stem, f"the Điều {text!r} at level {level}, expected 2")
    if stem == "bao-cao-tong-ket-atgt-2018":
        parts = [t for l, t in hs if t.startswith("Phần ")]
        if len(parts) < 2:
            fail(stem, f"the Phần headings: {parts}")
        # khoản under a mục under a Phần: three levels.
        if 3 not in [l for l, _ in hs]:
            fail(stem, f"no khoản at level 3: {hs}")
    if stem == "ke-hoach-atgt-2018":
        if (1, "I. MỤC ĐÍCH, YÊU CẦU") not in hs or (2, "1. Mục đích") not in hs:
            fail(stem, f"the plan's outline: {hs[:4]}")


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    vanthu, source = sys.argv[1], sys.argv[2]
    if shutil.which("soffice") is None:
        print("LibreOffice (soffice) is not installed")
        return 77
    tmp = tempfile.mkdtemp(prefix="vanthu-lo-styles-")
    try:
        env = dict(os.environ, SOURCE_DATE_EPOCH="1522108800")
        stems = []
        examples = os.path.join(source, "examples")
        for name in sorted(os.listdir(examples)):
            d = os.path.join(examples, name)
            if not os.path.isfile(os.path.join(d, "template")):
                continue
            template = open(os.path.join(d, "template")).read().strip()
            for f in sorted(os.listdir(d)):
                if f.startswith("data") and f.endswith(".json"):
                    stem = name + f[len("data"):-len(".json")]
                    out = os.path.join(tmp, stem + ".docx")
                    r = subprocess.run([vanthu, "render", template, os.path.join(d, f), "-o", out], env=env,
                                       capture_output=True, text=True)
                    if r.returncode != 0:
                        fail(stem, "render failed: " + r.stderr)
                        continue
                    stems.append(stem)
        if not stems:
            fail("examples", "no example rendered")
        docx = [os.path.join(tmp, s + ".docx") for s in stems]
        cmd = ["timeout", "600", "soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
               "--norestore", "--convert-to", "fodt", "--outdir", os.path.join(tmp, "fodt")] + docx
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            fail("soffice", r.stdout + r.stderr)
        for stem in stems:
            fodt = os.path.join(tmp, "fodt", stem + ".fodt")
            if not os.path.exists(fodt):
                fail(stem, "LibreOffice wrote no " + fodt)
                continue
            styles, paragraphs = docx_read(os.path.join(tmp, stem + ".docx"))
            odf = Odf(fodt)
            compare(stem, styles, paragraphs, odf)
            expect_parts(stem, odf)
            expect_outline(stem, odf)
            print(f"{stem}: {sum(1 for p in paragraphs if p[0])} styled paragraphs, "
                  f"{len(headings(odf))} headings")
    finally:
        if os.environ.get("VANTHU_KEEP_TMP"):
            print("kept", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
