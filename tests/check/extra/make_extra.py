#!/usr/bin/env python3
"""Extra documents for estimating the precision and recall of `vanthu check` on
documents it was not tuned on: a conforming document (the engine's ke-hoach
example) edited the way clerks edit in Word, either keeping it conforming
(soft line breaks, a tab for the first-line indent, condensed spacing, a
header as paragraphs, …) or putting in a mistake people make. Each output
NAME.docx comes with NAME.expected: the checks that must be reported (empty
for a conforming variant). Run: make_extra.py <clean.docx> <out dir>."""
import re
import sys
import zipfile

QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
TN = 'Độc lập - Tự do - Hạnh phúc'


def para_with(x, text):
    """(start, end) of the w:p holding `text`."""
    i = x.index(text)
    s = x.rfind('<w:p>', 0, i)
    s2 = x.rfind('<w:p ', 0, i)
    s = max(s, s2)
    e = x.index('</w:p>', i) + len('</w:p>')
    return s, e


def runs_of(p):
    return re.findall(r'<w:r>.*?</w:r>', p, re.S)


def join_with_break(x, a, b):
    """The paragraphs holding a and b become one, split by <w:br/> (same look on the page)."""
    sa, ea = para_with(x, a)
    sb, eb = para_with(x, b)
    pa, pb = x[sa:ea], x[sb:eb]
    merged = pa[:-len('</w:p>')] + '<w:r><w:br/></w:r>' + ''.join(runs_of(pb)) + '</w:p>'
    return x[:sa] + merged + x[ea:sb] + x[eb:]


def sub1(x, old, new):
    assert old in x, old
    return x.replace(old, new, 1)


def first_body(x):
    return para_with(x, 'Thực hiện')


VARIANTS = {}


def variant(name, expected):
    def deco(f):
        VARIANTS[name] = (f, expected)
        return f
    return deco


# Conforming variants: what people do that the decree allows.
@variant('ok-qh-tn-soft-break', [])
def _(x, parts):
    return join_with_break(x, QH, TN)


@variant('ok-noi-nhan-soft-breaks', [])
def _(x, parts):
    s, e = para_with(x, 'Nơi nhận:')
    first_item = re.search(r'<w:t>(- [^<]+)</w:t>', x[e:]).group(1)
    return join_with_break(x, 'Nơi nhận:', first_item)


@variant('ok-tab-indent', [])
def _(x, parts):
    s, e = first_body(x)
    p = x[s:e]
    p2 = re.sub(r'w:firstLine="\d+"', 'w:firstLine="0"', p)
    p2 = p2.replace('<w:t>Thực hiện', '<w:tab/><w:t>Thực hiện', 1) if '<w:t>Thực hiện' in p2 else \
        re.sub(r'(<w:r><w:rPr>.*?</w:rPr>)(<w:t[^>]*>Thực hiện)', r'\1<w:tab/>\2', p2, 1, re.S)
    return x[:s] + p2 + x[e:]


@variant('ok-condensed-quoc-hieu', [])
def _(x, parts):
    s, e = para_with(x, QH)
    p = x[s:e].replace('<w:b/><w:sz w:val="26"/>', '<w:b/><w:spacing w:val="-4"/><w:sz w:val="26"/>', 1)
    return x[:s] + p + x[e:]


@variant('ok-attachment-note-after-end', [])
def _(x, parts):
    s, e = para_with(x, 'năm 2018./.')
    p = x[s:e]
    note = re.sub(r'<w:t[^>]*>[^<]*</w:t>', '<w:t>Gửi kèm: Danh sách các đơn vị.</w:t>', p, 1)
    return x[:e] + note + x[e:]


@variant('ok-signer-soft-breaks', [])
def _(x, parts):
    return join_with_break(x, '<w:t>GIÁM ĐỐC</w:t>', 'Nguyễn Quang Huy')


# Mistakes people make.
# 14 pt bold, the Quốc hiệu no longer fits the 97,7 mm of the cell: it wraps too.
@variant('bad-qh-14pt', ['quoc-hieu.style', 'quoc-hieu.one-line'])
def _(x, parts):
    s, e = para_with(x, QH)
    return x[:s] + x[s:e].replace('w:val="26"', 'w:val="28"') + x[e:]


@variant('bad-qh-wrapped-by-break', ['quoc-hieu.one-line'])
def _(x, parts):
    return sub1(x, '<w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t>',
                '<w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA</w:t><w:br/><w:t>VIỆT NAM</w:t>')


@variant('bad-qh-typo-and-date', ['quoc-hieu.text', 'date.padding'])
def _(x, parts):
    x = sub1(x, QH, 'CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    return sub1(x, 'ngày 27 tháng 3 năm 2018', 'ngày 27 tháng 03 năm 2018')


# Mistakes made in one paragraph: (name, expected checks, a text of the
# paragraph (None = the first body paragraph), pattern, replacement).
PARAGRAPH_EDITS = [
    ('bad-so-14pt', ['so.style'], 'Số: 293/KH-STTTT', 'w:val="26"', 'w:val="28"'),
    ('bad-body-no-indent', ['body.indent'], None, r'w:firstLine="\d+"', 'w:firstLine="0"'),
    ('bad-body-arial', ['font.family'], None, '<w:r><w:rPr>', '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'),
    ('bad-noi-nhan-12pt', ['noi-nhan.items'], '- Lưu: VT, VP.', 'w:val="22"', 'w:val="24"'),
    ('bad-red-text', ['font.colour'], None, '<w:r><w:rPr>', '<w:r><w:rPr><w:color w:val="FF0000"/>'),
]


def edit_paragraph(x, text, pattern, replacement):
    s, e = first_body(x) if text is None else para_with(x, text)
    return x[:s] + re.sub(pattern, replacement, x[s:e]) + x[e:]


for _name, _expected, _text, _pattern, _repl in PARAGRAPH_EDITS:
    VARIANTS[_name] = ((lambda *a: lambda x, parts: edit_paragraph(x, *a))(_text, _pattern, _repl), _expected)


@variant('bad-margin-left-25', ['page.margins'])
def _(x, parts):
    return re.sub(r'(<w:pgMar[^>]*w:left=")\d+"', r'\g<1>1417"', x, 1)


@variant('bad-letter-paper', ['page.size'])
def _(x, parts):
    return re.sub(r'<w:pgSz w:w="11906" w:h="16838"', '<w:pgSz w:w="12240" w:h="15840"', x, 1)


@variant('bad-signer-name-upper', ['signer.name'])
def _(x, parts):
    m = re.search(r'<w:t>([A-ZĐ][a-zà-ỹ]+ [A-ZĐ][a-zà-ỹ]+ [A-ZĐ][a-zà-ỹ]+)</w:t>\s*</w:r>\s*</w:p>\s*</w:tc>\s*</w:tr>\s*</w:tbl>\s*<w:sectPr', x)
    if not m:
        m = list(re.finditer(r'<w:t>([^<]+)</w:t>', x))[-1]
    name = m.group(1)
    return x.replace('<w:t>%s</w:t>' % name, '<w:t>%s</w:t>' % name.upper())


@variant('bad-trich-yeu-italic', ['trich-yeu.style'])
def _(x, parts):
    s, e = para_with(x, 'KẾ HOẠCH')
    s2 = x.index('<w:p>', e)
    e2 = x.index('</w:p>', s2) + 6
    return x[:s2] + x[s2:e2].replace('<w:b/>', '<w:b/><w:i/>') + x[e2:]


@variant('bad-quoc-hieu-not-bold-and-qh-br', ['quoc-hieu.style', 'quoc-hieu.one-line'])
def _(x, parts):
    x = sub1(x, '<w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t>',
             '<w:t>CỘNG HÒA XÃ HỘI</w:t><w:br/><w:t>CHỦ NGHĨA VIỆT NAM</w:t>')
    s, e = para_with(x, 'CỘNG HÒA XÃ HỘI')
    return x[:s] + x[s:e].replace('<w:b/>', '') + x[e:]


# Mistakes that are one replacement of text: (name, expected checks, old, new).
ONE_REPLACEMENT = [
    ('bad-qh-typo', ['quoc-hieu.text'], QH, 'CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    ('bad-date-no-space', ['date.form'], 'ngày 27 tháng 3 năm 2018', 'ngày 27 tháng 3năm 2018'),
    ('bad-tieu-ngu-en-dash', ['tieu-ngu.text'], TN, 'Độc lập – Tự do – Hạnh phúc'),
    ('bad-luu-removed', ['noi-nhan.luu'], '<w:t>- Lưu: VT, VP.</w:t>', '<w:t xml:space="preserve">- </w:t>'),
    ('bad-luu-without-vt', ['noi-nhan.luu'], '<w:t>- Lưu: VT, VP.</w:t>', '<w:t>- Lưu: VP.</w:t>'),
    ('bad-so-no-colon', ['so.form'], '<w:t>Số: 293/KH-STTTT</w:t>', '<w:t>Số 293/KH-STTTT</w:t>'),
    ('bad-no-end-mark', ['body.ending'], 'năm 2018./.', 'năm 2018.'),
]

for _name, _expected, _old, _new in ONE_REPLACEMENT:
    VARIANTS[_name] = ((lambda old, new: lambda x, parts: sub1(x, old, new))(_old, _new), _expected)



# Documents typed from scratch the way people lay them out without a header
# table: the header's two columns set apart with tabs, or a biên bản whose
# Quốc hiệu and Tiêu ngữ are plain centred paragraphs. Nobody drew the rules,
# so those findings are expected (real violations).
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def run(text, size, bold=False, italic=False):
    props = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>' + ('<w:b/>' if bold else '') + \
        ('<w:i/>' if italic else '') + '<w:sz w:val="%d"/>' % (2 * size)
    parts = []
    for k, piece in enumerate(text.split('\t')):
        if k:
            parts.append('<w:r><w:rPr>%s</w:rPr><w:tab/></w:r>' % props)
        if piece:
            parts.append('<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (props, piece))
    return ''.join(parts)


def para(runs, align='both', first=0, before=0, tabs=()):
    tab_xml = ''.join('<w:tab w:val="center" w:pos="%d"/>' % t for t in tabs)
    return ('<w:p><w:pPr>%s<w:spacing w:before="%d" w:after="0"/><w:ind w:firstLine="%d"/><w:jc w:val="%s"/></w:pPr>%s</w:p>'
            % ('<w:tabs>%s</w:tabs>' % tab_xml if tabs else '', before, first, align, runs))


def closing(title, name):
    left = para(run('Nơi nhận:', 12, True, True), 'left') + para(run('- Như trên;', 11), 'left') + \
        para(run('- Lưu: VT, VP.', 11), 'left')
    right = para(run(title, 14, True), 'center') + para('', 'center') + para('', 'center') + \
        para(run(name, 14, True), 'center')
    cell = '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
    return ('<w:tbl><w:tblPr><w:tblW w:w="9354" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4677"/>'
            '<w:gridCol w:w="4677"/></w:tblGrid><w:tr>%s%s</w:tr></w:tbl>' % (cell % (4677, left), cell % (4677, right)))


def body(paragraphs):
    return ''.join(para(run(t, 14), 'both', 567, 120) for t in paragraphs)


def typed_package(xml_body):
    document = ('<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="720" w:footer="720"/>'
                '</w:sectPr></w:body></w:document>' % (W, xml_body))
    return {
        '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>',
        'word/document.xml': document,
    }


BODY = ['Thực hiện Kế hoạch số 20/KH-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh, Sở Nội vụ thông báo '
        'lịch kiểm tra công tác văn thư, lưu trữ năm 2024 tại các cơ quan, đơn vị như sau.',
        'Đề nghị các cơ quan, đơn vị chuẩn bị hồ sơ, tài liệu và bố trí người làm việc với Đoàn kiểm tra./.']


def tabs_header_document():
    tabs = (2268, 6804)
    head = para(run('\tUBND TỈNH LẠNG SƠN', 13) + run('\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, True), 'left', tabs=tabs)
    head += para(run('\tSỞ NỘI VỤ', 13, True) + run('\tĐộc lập - Tự do - Hạnh phúc', 14, True), 'left', tabs=tabs)
    head += para(run('\tSố: 12/TB-SNV', 13) + run('\tLạng Sơn, ngày 05 tháng 02 năm 2024', 14, False, True), 'left',
                 before=120, tabs=tabs)
    title = para(run('THÔNG BÁO', 14, True), 'center', before=360) + \
        para(run('Lịch kiểm tra công tác văn thư, lưu trữ năm 2024', 14, True), 'center')
    return typed_package(head + title + body(BODY) + closing('GIÁM ĐỐC', 'Hoàng Văn Nam'))


def paragraph_header_bien_ban():
    head = para(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, True), 'center') + \
        para(run('Độc lập - Tự do - Hạnh phúc', 14, True), 'center')
    title = para(run('BIÊN BẢN', 14, True), 'center', before=360) + \
        para(run('Họp liên ngành về công tác văn thư, lưu trữ năm 2024', 14, True), 'center')
    return typed_package(head + title + body(BODY) + closing('CHỦ TỌA', 'Hoàng Văn Nam'))


TYPED = {
    'typed-tabs-header': (tabs_header_document, ['organ.rule', 'tieu-ngu.rule', 'trich-yeu.rule']),
    'typed-bien-ban-paragraph-header': (paragraph_header_bien_ban, ['organ.missing', 'tieu-ngu.rule', 'trich-yeu.rule']),
}


def write_package(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            zi = zipfile.ZipInfo(n, date_time=(2018, 3, 27, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))


def main():
    src, out = sys.argv[1], sys.argv[2]
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    doc = parts['word/document.xml'].decode('utf-8')
    for name, (f, expected) in sorted(VARIANTS.items()):
        x = f(doc, parts)
        assert x != doc, name
        write_package('%s/%s.docx' % (out, name), dict(parts, **{'word/document.xml': x}))
        with open('%s/%s.expected' % (out, name), 'w') as fh:
            fh.write(''.join(c + '\n' for c in expected))
    for name, (make, expected) in sorted(TYPED.items()):
        write_package('%s/%s.docx' % (out, name), make())
        with open('%s/%s.expected' % (out, name), 'w') as fh:
            fh.write(''.join(c + '\n' for c in expected))


if __name__ == '__main__':
    main()
