#!/usr/bin/env python3
"""Documents typed from scratch in LibreOffice Writer, for estimating the
precision and recall of `vanthu check` on documents it was not tuned on.

Each document is written as flat ODF (.fodt) the way a clerk lays it out in
Writer (a header table or tabs, rules drawn as lines, lists typed with "-"),
then saved as DOCX by LibreOffice itself:

    make_lodocs.py <out dir>      # writes NAME.fodt, converts to NAME.docx, removes the .fodt

NAME.expected lists the checks the real violations must give, one per line,
with a comment saying what was planted (a conforming document has none), and
the violations seen in the LibreOffice rendering that were not planted on
purpose, marked "not planted".
The mistakes are the ones people make: wrong sizes, a header laid out with
tabs, Quốc hiệu and Tiêu ngữ in one paragraph split by a break, a missing
Nơi nhận, an unpadded date, the marks of PL1 Mục III set wrongly, …"""
import os
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
TN = 'Độc lập - Tự do - Hạnh phúc'
TEXT_W = 16.5  # cm: A4 with 3 cm left and 1,5 cm right margins
LEFT_W, RIGHT_W = 6.3, 10.2


class Doc:
    def __init__(self, margin_left='3cm'):
        self.pstyles = {}
        self.tstyles = {}
        self.body = []
        self.margin_left = margin_left
        self.n_lines = 0

    def pstyle(self, size=14, bold=False, italic=False, align='justify', indent=0.0, before=0, after=0,
               font='Times New Roman', color=None, border_bottom=False, border_top=False, margin_left=0.0,
               margin_right=0.0, line='100%', caps=False, box=False):
        key = (size, bold, italic, align, indent, before, after, font, color, border_bottom, border_top,
               margin_left, margin_right, line, caps, box)
        if key not in self.pstyles:
            name = 'P%d' % (len(self.pstyles) + 1)
            para = 'fo:text-align="%s" fo:text-indent="%.3fcm" fo:margin-top="%dpt" fo:margin-bottom="%dpt" ' \
                   'fo:margin-left="%.3fcm" fo:margin-right="%.3fcm" fo:line-height="%s"' % (
                       align, indent, before, after, margin_left, margin_right, line)
            if border_bottom:
                para += ' fo:border-bottom="0.5pt solid #000000" fo:padding="0cm"'
            if border_top:
                para += ' fo:border-top="0.5pt solid #000000" fo:padding="0cm"'
            if box:
                para += ' fo:border="0.5pt solid #000000" fo:padding="0.05cm"'
            text = self.text_props(size, bold, italic, font, color, caps)
            self.pstyles[key] = (name, '<style:style style:name="%s" style:family="paragraph" '
                                 'style:parent-style-name="Standard"><style:paragraph-properties %s/>'
                                 '<style:text-properties %s/></style:style>' % (name, para, text))
        return self.pstyles[key][0]

    @staticmethod
    def text_props(size, bold, italic, font='Times New Roman', color=None, caps=False):
        t = 'style:font-name="%s" fo:font-size="%spt" style:font-size-complex="%spt" fo:font-weight="%s" ' \
            'fo:font-style="%s"' % (font, size, size, 'bold' if bold else 'normal', 'italic' if italic else 'normal')
        if color:
            t += ' fo:color="%s"' % color
        if caps:
            t += ' fo:text-transform="uppercase"'
        return t

    def tstyle(self, size, bold, italic):
        key = (size, bold, italic)
        if key not in self.tstyles:
            name = 'T%d' % (len(self.tstyles) + 1)
            self.tstyles[key] = (name, '<style:style style:name="%s" style:family="text"><style:text-properties %s/>'
                                 '</style:style>' % (name, self.text_props(size, bold, italic)))
        return self.tstyles[key][0]

    def p(self, content, line_cm=None, **kw):
        """A paragraph; content is a string (\\t = tab, \\n = line break) or a list of
        (text, dict(size=, bold=, italic=)) spans. line_cm = (length, offset below the top in cm):
        a line drawn under the paragraph, centred on it."""
        style = self.pstyle(**kw)
        spans = content if isinstance(content, list) else [(content, None)]
        out = []
        if line_cm:
            out.append(self.line(*line_cm, width=kw.get('_w', None)))
        for text, props in spans:
            inner = ''.join(self.inline(text))
            if props:
                out.append('<text:span text:style-name="%s">%s</text:span>' % (
                    self.tstyle(props.get('size', kw.get('size', 14)), props.get('bold', False),
                                props.get('italic', False)), inner))
            else:
                out.append(inner)
        return '<text:p text:style-name="%s">%s</text:p>' % (style, ''.join(out))

    @staticmethod
    def inline(text):
        parts = []
        buf = ''
        for ch in text:
            if ch in '\t\n':
                if buf:
                    parts.append(escape(buf))
                    buf = ''
                parts.append('<text:tab/>' if ch == '\t' else '<text:line-break/>')
            else:
                buf += ch
        if buf:
            parts.append(escape(buf))
        return parts

    def line(self, length, y, width=None):
        self.n_lines += 1
        w = width if width is not None else self.cur_width
        x1 = (w - length) / 2
        return ('<draw:line draw:style-name="gr1" draw:z-index="%d" text:anchor-type="paragraph" '
                'svg:x1="%.3fcm" svg:y1="%.3fcm" svg:x2="%.3fcm" svg:y2="%.3fcm"/>' % (
                    self.n_lines, x1, y, x1 + length, y))

    cur_width = TEXT_W

    def add(self, *xs):
        self.body.extend(xs)

    def table(self, widths, rows, border=False, align='left', margin_right=0.0):
        """rows: list of rows, each a list of cell contents (lists of paragraph xml)."""
        n = len(self.body)
        name = 'Tab%d' % n
        cols = ''.join('<table:table-column table:style-name="%s.C%d"/>' % (name, i) for i in range(len(widths)))
        self.col_styles = getattr(self, 'col_styles', [])
        self.col_styles.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                               'style:width="%.2fcm" table:align="%s" fo:margin-right="%.2fcm"/></style:style>'
                               % (name, sum(widths), align, margin_right))
        for i, w in enumerate(widths):
            self.col_styles.append('<style:style style:name="%s.C%d" style:family="table-column">'
                                   '<style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                                   % (name, i, w))
        cell_style = '%s.A1' % name
        self.col_styles.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
                               'fo:padding-left="0.1cm" fo:padding-right="0.1cm" fo:padding-top="0cm" '
                               'fo:padding-bottom="0cm" fo:border="%s"/></style:style>' % (
                                   cell_style, '0.5pt solid #000000' if border else 'none'))
        trs = []
        for row in rows:
            tds = ''.join('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                          % (cell_style, ''.join(c)) for c in row)
            trs.append('<table:table-row>%s</table:table-row>' % tds)
        self.body.append('<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (
            name, name, cols, ''.join(trs)))

    def fodt(self):
        autos = ''.join(s for _, s in self.pstyles.values()) + ''.join(s for _, s in self.tstyles.values()) + \
            ''.join(getattr(self, 'col_styles', []))
        return '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>
 <style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="1.27cm"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" fo:language="vi" fo:country="VN"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/></style:style>
 <style:style style:name="gr1" style:family="graphic"><style:graphic-properties svg:stroke-width="0.02cm" svg:stroke-color="#000000" draw:stroke="solid"
   style:wrap="run-through" style:vertical-pos="from-top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="%s" fo:margin-right="1.5cm"/></style:page-layout>
 %s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>
''' % (self.margin_left, autos, '\n'.join(self.body))


# ---- building blocks -------------------------------------------------------

def header_table(d, organ_sup, organ, so, date, vv=None, qh_size=12, qh_bold=True, tn_size=13, so_size=13,
                 qh_tn_break=False, tn=TN, organ_rule=2.2, tn_rule=6.0, date_text=None, vv_size=13):
    """The two-column header of PL3: organ | Quốc hiệu, Số | date."""
    d.cur_width = LEFT_W - 0.2
    left = []
    if organ_sup:
        left.append(d.p(organ_sup, size=12, align='center'))
    left.append(d.p(organ, size=12, bold=True, align='center', line_cm=(organ_rule, 0.55)))
    left.append(d.p('', size=12, align='center'))
    left.append(d.p(so, size=so_size, align='center'))
    if vv:
        left.append(d.p(vv, size=vv_size, align='center', before=6))
    d.cur_width = RIGHT_W - 0.2
    right = []
    if qh_tn_break:
        right.append(d.p([(QH, dict(size=qh_size, bold=qh_bold)), ('\n' + tn, dict(size=tn_size, bold=True))],
                         size=qh_size, bold=qh_bold, align='center', line_cm=(tn_rule, 1.05)))
    else:
        right.append(d.p(QH, size=qh_size, bold=qh_bold, align='center'))
        right.append(d.p(tn, size=tn_size, bold=True, align='center', line_cm=(tn_rule, 0.55)))
    right.append(d.p('', size=13, align='center'))
    right.append(d.p(date_text or date, size=14, italic=True, align='center'))
    d.table([LEFT_W, RIGHT_W], [[left, right]])
    d.cur_width = TEXT_W


def title(d, ten_loai, trich_yeu, rule=4.0, ty_italic=False, tl_size=14):
    d.add(d.p('', size=14))
    d.add(d.p(ten_loai, size=tl_size, bold=True, align='center'))
    d.add(d.p(trich_yeu, size=14, bold=True, italic=ty_italic, align='center', line_cm=(rule, 0.6)))
    d.add(d.p('', size=14))


def body(d, paras, size=14, indent=1.27, align='justify', font='Times New Roman'):
    for t in paras:
        d.add(d.p(t, size=size, indent=indent, align=align, after=6, font=font))


def closing(d, recipients, title_lines, name, label=True, item_size=11, label_size=12, label_italic=True,
            name_upper=False, luu='- Lưu: VT, VP.'):
    left = []
    if label:
        left.append(d.p([('Nơi nhận:', dict(size=label_size, bold=True, italic=label_italic))], size=label_size,
                        align='start'))
    for r in recipients + [luu]:
        left.append(d.p(r, size=item_size, align='start'))
    right = [d.p(t, size=14, bold=True, align='center') for t in title_lines]
    right += [d.p('', size=14, align='center')] * 3
    right.append(d.p(name.upper() if name_upper else name, size=14, bold=True, align='center'))
    d.table([7.5, 9.0], [[left, right]])


BODY_CV = [
    'Thực hiện Kế hoạch số 45/KH-UBND ngày 12 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh về bảo đảm trật tự, '
    'an toàn giao thông năm 2024, Sở Giao thông vận tải đề nghị các đơn vị triển khai các nội dung sau:',
    '1. Tăng cường tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông tới cán bộ, công chức, '
    'viên chức và người lao động của đơn vị.',
    '2. Báo cáo kết quả thực hiện về Sở Giao thông vận tải trước ngày 15 tháng 6 năm 2024 để tổng hợp.',
    'Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.',
]


def kinh_gui(d, addressees, size=14):
    d.add(d.p('Kính gửi:', size=size, align='start', margin_left=3.5, before=6))
    for i, a in enumerate(addressees):
        d.add(d.p('- ' + a + (';' if i + 1 < len(addressees) else '.'), size=size, align='start',
                  margin_left=5.2))
    d.add(d.p('', size=14))


DOCS = {}


def doc(name, planted):
    def deco(f):
        DOCS[name] = (f, planted)
        return f
    return deco


SGT = ('UBND TỈNH LÀO CAI', 'SỞ GIAO THÔNG VẬN TẢI')


@doc('ok-cong-van', [])
def _(d):
    header_table(d, *SGT, 'Số: 215/SGTVT-VP', 'Lào Cai, ngày 05 tháng 3 năm 2024',
                 vv='V/v triển khai công tác bảo đảm\ntrật tự, an toàn giao thông')
    d.add(d.p('', size=14))
    kinh_gui(d, ['Các phòng, đơn vị thuộc Sở', 'Thanh tra Sở'])
    body(d, BODY_CV)
    d.add(d.p('', size=14))
    closing(d, ['- Như trên;', '- Giám đốc Sở;'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Văn An')


@doc('ok-quyet-dinh-qh-break', [])
def _(d):
    header_table(d, *SGT, 'Số: 38/QĐ-SGTVT', 'Lào Cai, ngày 27 tháng 3 năm 2024', qh_tn_break=True)
    title(d, 'QUYẾT ĐỊNH', 'Về việc thành lập Tổ kiểm tra liên ngành')
    d.add(d.p('GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI', size=14, bold=True, align='center', after=6))
    for t in ['Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 10 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh quy định '
              'chức năng, nhiệm vụ, quyền hạn của Sở Giao thông vận tải;',
              'Theo đề nghị của Chánh Văn phòng Sở.']:
        d.add(d.p(t, size=14, italic=True, indent=1.27, after=6))
    d.add(d.p('QUYẾT ĐỊNH:', size=14, bold=True, align='center', after=6))
    body(d, ['Điều 1. Thành lập Tổ kiểm tra liên ngành về trật tự, an toàn giao thông gồm các ông, bà có tên '
             'trong danh sách kèm theo.',
             'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
             'Điều 3. Chánh Văn phòng Sở, Trưởng các phòng và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi '
             'hành Quyết định này./.'])
    d.add(d.p('', size=14))
    closing(d, ['- Như Điều 3;', '- UBND tỉnh (b/c);'], ['GIÁM ĐỐC'], 'Trần Thị Bình')


@doc('ok-thong-bao-marks', [])
def _(d):
    # LƯU HÀNH NỘI BỘ framed above the header, the drafter's mark after the Lưu line.
    d.cur_width = 6.0
    # a paragraph boxed on its four sides, 6 cm wide, centred over the right column of the header
    d.add(d.p('LƯU HÀNH NỘI BỘ', size=13, bold=True, align='center', box=True, margin_left=TEXT_W - RIGHT_W / 2 - 3.0,
              margin_right=RIGHT_W / 2 - 3.0, after=6))
    d.cur_width = TEXT_W
    header_table(d, *SGT, 'Số: 07/TB-SGTVT', 'Lào Cai, ngày 18 tháng 4 năm 2024')
    title(d, 'THÔNG BÁO', 'Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4')
    body(d, ['Ngày 15 tháng 4 năm 2024, Giám đốc Sở chủ trì cuộc họp giao ban tháng 4 với các phòng, đơn vị '
             'thuộc Sở. Sau khi nghe báo cáo, Giám đốc Sở kết luận như sau:',
             '1. Các phòng, đơn vị tiếp tục thực hiện tốt nhiệm vụ được giao trong tháng 5.',
             'Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.'])
    d.add(d.p('', size=14))
    closing(d, ['- Giám đốc, các PGĐ Sở;', '- Các phòng, đơn vị thuộc Sở;'], ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'],
            'Lê Văn Cường', luu='- Lưu: VT, VP. HT.(25).')


@doc('bad-tabs-header-sizes', [
    ('so.style', 'Số line typed at 14 pt'),
    ('quoc-hieu.style', 'Quốc hiệu at 14 pt'),
    ('date.padding', '"ngày 5 tháng 3": day under 10 not padded'),
    ('organ.rule', 'no rule under the organ (header typed with tabs)'),
    ('tieu-ngu.rule', 'no rule under the Tiêu ngữ'),
    ('trich-yeu.rule', 'the trích yếu rule drawn at 2 cm under a 100 mm line'),
    ('quoc-hieu.one-line', 'not planted: seen in the rendering, the 14 pt Quốc hiệu after the tabs wraps ("NAM")'),
])
def _(d):
    # The header typed with tabs, no table, no rules drawn.
    tabs = dict(align='start', size=12)
    d.add(d.p([('UBND TỈNH LÀO CAI', dict(size=12)), ('\t\t', None), (QH, dict(size=14, bold=True))], **tabs))
    d.add(d.p([('SỞ GIAO THÔNG VẬN TẢI', dict(size=12, bold=True)), ('\t\t\t', None), (TN, dict(size=13, bold=True))],
              **tabs))
    d.add(d.p('', size=12))
    d.add(d.p([('Số: 216/TB-SGTVT', dict(size=14)), ('\t\t\t', None),
               ('Lào Cai, ngày 5 tháng 3 năm 2024', dict(size=14, italic=True))], **tabs))
    title(d, 'THÔNG BÁO', 'Kết quả tuần tra, kiểm soát tháng 02 năm 2024', rule=2.0)
    body(d, ['Trong tháng 02 năm 2024, Thanh tra Sở phối hợp với Phòng Cảnh sát giao thông Công an tỉnh tuần '
             'tra, kiểm soát trên các tuyến quốc lộ, phát hiện và xử lý 125 trường hợp vi phạm.',
             'Sở Giao thông vận tải thông báo để các đơn vị biết, phối hợp thực hiện./.'])
    closing(d, ['- Như trên;', '- Giám đốc Sở;'], ['GIÁM ĐỐC'], 'Nguyễn Văn An')


@doc('bad-to-trinh-closing', [
    ('noi-nhan.items', 'Nơi nhận items at 13 pt'),
    ('noi-nhan.label', '"Nơi nhận:" not italic'),
    ('signer.name', "the signer's name in capitals"),
    ('body.size', 'body at 12 pt'),
    ('kinh-gui.form', 'not planted: seen in the rendering, the one addressee on a "-" line of its own'),
])
def _(d):
    header_table(d, *SGT, 'Số: 19/TTr-SGTVT', 'Lào Cai, ngày 20 tháng 5 năm 2024')
    title(d, 'TỜ TRÌNH', 'Về việc đề nghị khen thưởng năm 2024')
    kinh_gui(d, ['Ủy ban nhân dân tỉnh Lào Cai'][:1])
    body(d, ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022, Sở Giao thông vận tải kính trình Ủy ban '
             'nhân dân tỉnh xem xét, tặng Bằng khen cho 03 tập thể và 05 cá nhân có thành tích xuất sắc.',
             'Sở Giao thông vận tải kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.'], size=12)
    d.add(d.p('', size=14))
    closing(d, ['- Như trên;', '- Lãnh đạo Sở;'], ['GIÁM ĐỐC'], 'Nguyễn Văn An', item_size=13, label_italic=False,
            name_upper=True)


@doc('bad-cong-van-no-noi-nhan', [
    ('noi-nhan.missing', 'no Nơi nhận at all (the signer alone)'),
    ('tieu-ngu.text', 'Tiêu ngữ typed with en dashes'),
    ('vv.style', 'V/v at 14 pt'),
])
def _(d):
    header_table(d, *SGT, 'Số: 301/SGTVT-QLVT', 'Lào Cai, ngày 12 tháng 6 năm 2024',
                 vv='V/v tăng cường kiểm tra\nphương tiện vận tải', vv_size=14, tn='Độc lập – Tự do – Hạnh phúc')
    d.add(d.p('', size=14))
    kinh_gui(d, ['Các doanh nghiệp kinh doanh vận tải', 'Các bến xe khách trên địa bàn tỉnh'])
    body(d, BODY_CV)
    d.add(d.p('', size=14))
    right = [d.p(t, size=14, bold=True, align='center') for t in ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']]
    right += [d.p('', size=14)] * 3 + [d.p('Phạm Văn Dũng', size=14, bold=True, align='center')]
    d.table([7.5, 9.0], [[[d.p('', size=11)], right]])


@doc('bad-ke-hoach-body', [
    ('body.indent', 'body paragraphs without first-line indent'),
    ('body.ending', 'no "./." at the end'),
    ('font.family', 'body typed in Arial'),
    ('page.margins', 'left margin 2 cm'),
])
def _(d):
    d.margin_left = '2cm'
    header_table(d, *SGT, 'Số: 88/KH-SGTVT', 'Lào Cai, ngày 02 tháng 01 năm 2024')
    title(d, 'KẾ HOẠCH', 'Bảo đảm trật tự, an toàn giao thông năm 2024')
    body(d, ['I. MỤC ĐÍCH, YÊU CẦU'], indent=0, align='start')
    body(d, ['Nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông của cán bộ, công chức, viên '
             'chức và người lao động; kiềm chế, giảm tai nạn giao thông trên cả ba tiêu chí.',
             'Các phòng, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị và tổ chức thực hiện.'],
         indent=0, font='Arial')
    d.add(d.p('', size=14))
    closing(d, ['- UBND tỉnh (b/c);', '- Các phòng, đơn vị thuộc Sở;'], ['GIÁM ĐỐC'], 'Nguyễn Văn An')


@doc('bad-giay-moi-style', [
    ('quoc-hieu.style', 'Quốc hiệu not bold'),
    ('ten-loai.style', 'tên loại at 16 pt'),
    ('date.style', 'date line not italic'),
])
def _(d):
    header_table(d, *SGT, 'Số: 45/GM-SGTVT', 'Lào Cai, ngày 08 tháng 7 năm 2024', qh_bold=False)
    # the date line in this document is upright: patch the italic style by a separate header
    d.body.pop()
    d.cur_width = LEFT_W - 0.2
    left = [d.p(SGT[0], size=12, align='center'),
            d.p(SGT[1], size=12, bold=True, align='center', line_cm=(2.2, 0.55)),
            d.p('', size=12), d.p('Số: 45/GM-SGTVT', size=13, align='center')]
    d.cur_width = RIGHT_W - 0.2
    right = [d.p(QH, size=12, align='center'),
             d.p(TN, size=13, bold=True, align='center', line_cm=(6.0, 0.55)),
             d.p('', size=13), d.p('Lào Cai, ngày 08 tháng 7 năm 2024', size=14, align='center')]
    d.table([LEFT_W, RIGHT_W], [[left, right]])
    d.cur_width = TEXT_W
    title(d, 'GIẤY MỜI', 'Dự hội nghị sơ kết công tác 6 tháng đầu năm 2024', tl_size=16)
    body(d, ['Sở Giao thông vận tải trân trọng kính mời đại diện lãnh đạo các phòng, đơn vị dự hội nghị sơ kết '
             'công tác 6 tháng đầu năm 2024.',
             'Thời gian: 08 giờ 00 phút, ngày 12 tháng 7 năm 2024.',
             'Địa điểm: Hội trường tầng 3, Sở Giao thông vận tải./.'])
    d.add(d.p('', size=14))
    closing(d, ['- Như trên;', '- Giám đốc Sở;'], ['GIÁM ĐỐC'], 'Nguyễn Văn An')


@doc('bad-marks', [
    ('luu-hanh.frame', '"XEM XONG TRẢ LẠI" typed as a plain bold line, no frame'),
    ('drafter.form', "drafter's mark in lower case without the dot: \"ht(25)\""),
])
def _(d):
    # "Dự thảo" typed plain at the top: the decree sets no style for it; it must not disturb the reading.
    d.add(d.p('Dự thảo', size=13, align='start'))
    d.add(d.p('XEM XONG TRẢ LẠI', size=13, bold=True, align='end'))
    header_table(d, *SGT, 'Số:      /TB-SGTVT', 'Lào Cai, ngày      tháng      năm 2024')
    title(d, 'THÔNG BÁO', 'Kết quả kiểm tra công tác bảo đảm an toàn giao thông')
    body(d, ['Thực hiện Kế hoạch kiểm tra năm 2024, Đoàn kiểm tra của Sở đã kiểm tra tại 05 đơn vị. Sở thông báo '
             'kết quả kiểm tra để các đơn vị biết, thực hiện./.'])
    d.add(d.p('', size=14))
    closing(d, ['- Các đơn vị được kiểm tra;'], ['GIÁM ĐỐC'], 'Nguyễn Văn An', luu='- Lưu: VT, VP. ht(25).')


@doc('bad-narrow-header', [
    ('quoc-hieu.one-line', 'Quốc hiệu at 13 pt in a 75 mm column: it wraps to two lines'),
    ('so.form', '"Số 05/TB-SGTVT" without the colon'),
    ('date.padding', '"tháng 03": months 3–12 are not padded'),
])
def _(d):
    global LEFT_W, RIGHT_W
    saved = LEFT_W, RIGHT_W
    LEFT_W, RIGHT_W = 9.0, 7.5
    header_table(d, *SGT, 'Số 05/TB-SGTVT', 'Lào Cai, ngày 14 tháng 03 năm 2024', qh_size=13, tn_rule=5.8)
    LEFT_W, RIGHT_W = saved
    title(d, 'THÔNG BÁO', 'Lịch tiếp công dân tháng 3 năm 2024')
    body(d, ['Sở Giao thông vận tải thông báo lịch tiếp công dân định kỳ của Giám đốc Sở vào ngày 15 tháng 3 năm '
             '2024 tại trụ sở Sở.',
             'Sở Giao thông vận tải thông báo để các cơ quan, tổ chức và công dân biết./.'])
    d.add(d.p('', size=14))
    closing(d, ['- Giám đốc Sở;', '- Cổng thông tin điện tử Sở;'], ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'], 'Lê Văn Cường')


@doc('ok-bien-ban', [])
def _(d):
    d.cur_width = LEFT_W - 0.2
    left = [d.p(SGT[0], size=12, align='center'),
            d.p(SGT[1], size=12, bold=True, align='center', line_cm=(2.2, 0.55)),
            d.p('', size=12), d.p('Số: 03/BB-SGTVT', size=13, align='center')]
    d.cur_width = RIGHT_W - 0.2
    right = [d.p(QH, size=12, bold=True, align='center'),
             d.p(TN, size=13, bold=True, align='center', line_cm=(6.0, 0.55))]
    d.table([LEFT_W, RIGHT_W], [[left, right]])
    d.cur_width = TEXT_W
    title(d, 'BIÊN BẢN', 'Họp Hội đồng Thi đua - Khen thưởng Sở')
    body(d, ['Thời gian bắt đầu: 14 giờ 00 phút, ngày 10 tháng 12 năm 2024.',
             'Địa điểm: Phòng họp số 2, Sở Giao thông vận tải.',
             'Thành phần tham dự: các thành viên Hội đồng Thi đua - Khen thưởng Sở (có mặt 07/07 thành viên).',
             'Chủ trì: ông Nguyễn Văn An, Giám đốc Sở, Chủ tịch Hội đồng. Thư ký: bà Lê Thị Hoa, chuyên viên Văn '
             'phòng Sở.',
             'Hội đồng đã thảo luận và thống nhất đề nghị tặng danh hiệu Tập thể lao động xuất sắc cho 03 tập thể.',
             'Cuộc họp kết thúc vào 16 giờ 00 phút cùng ngày./.'])
    d.add(d.p('', size=14))
    sig = lambda t, n: [d.p(t, size=14, bold=True, align='center')] + [d.p('', size=14)] * 3 + \
        [d.p(n, size=14, bold=True, align='center')]
    d.table([8.25, 8.25], [[sig('THƯ KÝ', 'Lê Thị Hoa'), sig('CHỦ TỌA', 'Nguyễn Văn An')]])
    d.add(d.p('', size=14))
    d.add(d.p([('Nơi nhận:', dict(size=12, bold=True, italic=True))], size=12, align='start'))
    for r in ['- Các thành viên Hội đồng;', '- Lưu: VT, VP.']:
        d.add(d.p(r, size=11, align='start'))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    only = sys.argv[2:]
    with tempfile.TemporaryDirectory() as tmp:
        for name, (f, planted) in DOCS.items():
            if only and name not in only:
                continue
            d = Doc()
            f(d)
            src = os.path.join(tmp, name + '.fodt')
            with open(src, 'w', encoding='utf-8') as fh:
                fh.write(d.fodt())
            subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, src],
                           check=True, stdout=subprocess.DEVNULL)
            with open(os.path.join(out, name + '.expected'), 'w', encoding='utf-8') as fh:
                fh.write('# Real violations of %s.docx (made by make_lodocs.py), one check per line: the ones\n'
                         '# planted, and any seen in its LibreOffice rendering (marked "not planted").\n' % name)
                for check, why in planted:
                    fh.write('%s  # %s\n' % (check, why))


if __name__ == '__main__':
    main()
