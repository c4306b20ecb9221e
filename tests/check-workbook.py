#!/usr/bin/env python3
"""Reads a follow-up workbook back with a real reader (openpyxl) and checks it.

Usage:
  check-workbook.py WORKBOOK.xlsx EXPECTED.json   check one workbook against the figures
                                                   that src/stats computed (test-export
                                                   writes EXPECTED.json)
  check-workbook.py --same A.xlsx B.xlsx          the two packages hold the same XML, part
                                                   for part (the locale must not matter)

Prints one line per problem and exits 1 if there is any.

What every workbook must have, whatever EXPECTED says:
  * every XML part well-formed (xmllint --noout);
  * valid, unique sheet names; landscape, fit to one page wide, page numbers in the
    footer, the frozen rows repeated on every printed page;
  * no formulas (totals are values), no text that could be read as a number's locale;
  * document properties: title, author, company.
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

problems = []


def problem(text):
    problems.append(text)


def xml_parts(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n.endswith('.xml') or n.endswith('.rels')}


def check_xml(path):
    parts = xml_parts(path)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, (name, data) in enumerate(sorted(parts.items())):
            f = os.path.join(tmp, f'{i}.xml')
            with open(f, 'wb') as out:
                out.write(data)
            files.append((name, f))
        result = subprocess.run(['xmllint', '--noout'] + [f for _, f in files],
                                capture_output=True, text=True)
        if result.returncode != 0:
            problem('xmllint: ' + result.stderr.strip()[:400])
    for name, data in parts.items():
        if name.startswith('xl/worksheets/') and b'<f>' in data:
            problem(f'{name} holds a formula')
        if name.startswith('xl/worksheets/'):
            # A number written under a comma locale would read <v>1,5</v>.
            for v in re.findall(rb'<v>([^<]*)</v>', data):
                try:
                    float(v)
                except ValueError:
                    problem(f'{name}: <v>{v.decode(errors="replace")}</v> is not a number in C notation')
                    break
    return parts


def charts_per_sheet(path):
    """{sheet name: number of charts} through workbook → sheet → drawing → chart."""
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        wb = z.read('xl/workbook.xml').decode()
        rels = z.read('xl/_rels/workbook.xml.rels').decode()
        targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
        targets.update({k: v for v, k in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)})
        result = {}
        for name, rid in re.findall(r'<sheet name="([^"]+)" sheetId="\d+" r:id="(rId\d+)"', wb):
            sheet_file = 'xl/' + targets[rid]
            rel_file = sheet_file.replace('worksheets/', 'worksheets/_rels/') + '.rels'
            count = 0
            if rel_file in names:
                srels = z.read(rel_file).decode()
                for drawing in re.findall(r'Target="\.\./drawings/([^"]+)"', srels):
                    drel = f'xl/drawings/_rels/{drawing}.rels'
                    if drel in names:
                        for chart in re.findall(r'Target="\.\./charts/([^"]+)"', z.read(drel).decode()):
                            data = z.read('xl/charts/' + chart).decode()
                            if re.search(r'<c:(bar|line|pie|area)Chart>', data) and '<c:ser>' in data:
                                count += 1
            result[name.replace('&amp;', '&')] = count
        return result


def ooxml(text):
    """Decodes the _xHHHH_ escapes of OOXML strings, as Excel and LibreOffice do; openpyxl
    decodes them in shared strings only, and the workbook writes its strings inline."""
    return re.sub(r'_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), text)


def cell_text(value):
    return '' if value is None else ooxml(str(value))


def find_value(ws, row_labels, column_label):
    """The cell in the first row whose first cells are row_labels, under the nearest
    header above it that holds column_label."""
    rows = list(ws.iter_rows())
    for r, row in enumerate(rows):
        cells = [cell_text(c.value).strip() for c in row[:len(row_labels)]]
        if cells != row_labels:
            continue
        for h in range(r - 1, -1, -1):
            for c in rows[h]:
                if cell_text(c.value) == column_label:
                    return rows[r][c.column - 1]
        return None
    return None


def close(a, b):
    return isinstance(a, (int, float)) and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def check_common(path, wb):
    seen = set()
    for ws in wb.worksheets:
        name = ws.title
        if len(name) > 31 or re.search(r'[\[\]:*?/\\]', name) or name.lower() in seen:
            problem(f'bad or repeated sheet name {name!r}')
        seen.add(name.lower())
        if ws.page_setup.orientation != 'landscape':
            problem(f'{name}: not landscape')
        if not (ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage):
            problem(f'{name}: not fitted to the page')
        if ws.page_setup.fitToWidth not in (1, None) or ws.page_setup.fitToHeight != 0:
            problem(f'{name}: not one page wide ({ws.page_setup.fitToWidth}×{ws.page_setup.fitToHeight})')
        footer = ws.oddFooter.center.text or ''
        if '&P' not in footer or '&N' not in footer:
            problem(f'{name}: no page numbers in the footer ({footer!r})')
        if not ws.freeze_panes:
            problem(f'{name}: no frozen header')
        elif ws.freeze_panes != 'A1':
            frozen = int(re.sub(r'[A-Z]+', '', ws.freeze_panes)) - 1
            if frozen > 0 and ws.print_title_rows != f'1:{frozen}' and ws.print_title_rows != f'$1:${frozen}':
                problem(f'{name}: prints rows {ws.print_title_rows} on every page, freezes {frozen}')
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, float) and not math.isfinite(c.value):
                    problem(f'{name}!{c.coordinate}: {c.value}')
                if isinstance(c.value, str) and len(c.value) > 32767:
                    problem(f'{name}!{c.coordinate}: text longer than Excel allows')
    props = wb.properties
    if not props.title or not props.creator:
        problem('document properties: no title or author')
    with zipfile.ZipFile(path) as z:
        app = z.read('docProps/app.xml').decode()
        if '<Company>' not in app or '<Company></Company>' in app:
            problem('document properties: no company')


def check_expected(wb, expected, charts):
    if wb.sheetnames != expected['sheets']:
        problem(f'sheets {wb.sheetnames} are not {expected["sheets"]}')
    for sheet, n in expected.get('charts', {}).items():
        if charts.get(sheet, 0) != n:
            problem(f'{sheet}: {charts.get(sheet, 0)} charts, expected {n}')
    for sheet, ref in expected.get('autofilter', {}).items():
        if wb[sheet].auto_filter.ref != ref:
            problem(f'{sheet}: autofilter {wb[sheet].auto_filter.ref}, expected {ref}')
    for sheet, cell in expected.get('frozen', {}).items():
        if wb[sheet].freeze_panes != cell:
            problem(f'{sheet}: frozen at {wb[sheet].freeze_panes}, expected {cell}')
    for check in expected.get('values', []):
        ws = wb[check['sheet']]
        cell = find_value(ws, check['row'], check['col'])
        where = f'{check["sheet"]} {check["row"]} / {check["col"]}'
        if cell is None:
            problem(f'{where}: no such cell')
            continue
        want = check['value']
        if isinstance(want, str):
            if cell.data_type != 's' or ooxml(cell.value) != want:
                problem(f'{where}: {cell.value!r} ({cell.data_type}), expected the text {want!r}')
        elif want is None:
            if cell.value is not None:
                problem(f'{where}: {cell.value!r}, expected an empty cell')
        elif not close(cell.value, want):
            problem(f'{where}: {cell.value!r}, expected {want!r}')
        if 'format' in check and cell.number_format != check['format']:
            problem(f'{where}: format {cell.number_format!r}, expected {check["format"]!r}')
    for check in expected.get('columns', []):
        # Every cell below the header of a column holds the given type and format.
        ws = wb[check['sheet']]
        rows = list(ws.iter_rows(min_row=check['header_row']))
        header = [cell_text(c.value) for c in rows[0]]
        if check['col'] not in header:
            problem(f'{check["sheet"]}: no column {check["col"]!r} in row {check["header_row"]}')
            continue
        index = header.index(check['col'])
        n = 0
        for row in rows[1:check.get('rows', len(rows)) + 1]:
            c = row[index]
            if c.value is None:
                continue
            n += 1
            if check['type'] == 'date' and not hasattr(c.value, 'year'):
                problem(f'{check["sheet"]}!{c.coordinate}: {c.value!r} is not a date')
            if check['type'] == 'number' and not isinstance(c.value, (int, float)):
                problem(f'{check["sheet"]}!{c.coordinate}: {c.value!r} is not a number')
            if check['type'] == 'text' and c.data_type != 's':
                problem(f'{check["sheet"]}!{c.coordinate}: {c.value!r} is not text')
            if 'format' in check and c.number_format != check['format']:
                problem(f'{check["sheet"]}!{c.coordinate}: format {c.number_format!r}, expected {check["format"]!r}')
        if n != check.get('count', n):
            problem(f'{check["sheet"]} {check["col"]!r}: {n} values, expected {check["count"]}')
    if 'today' in expected:
        # Today's week stands out in the Gantt chart's header, and only that week.
        ws = wb[expected['today']['sheet']]
        header = list(ws.iter_rows(min_row=1, max_row=1))[0]
        weeks = [c for c in header if isinstance(c.value, str) and re.fullmatch(r'\d{4}-W\d\d', c.value)]
        today = [c for c in weeks if c.value == expected['today']['week']]
        fills = {c.fill.fgColor.rgb for c in weeks if c not in today}
        if len(today) != 1:
            problem(f'no week {expected["today"]["week"]} in the Gantt header')
        elif today[0].fill.fgColor.rgb in fills or len(fills) != 1:
            problem(f'today\'s week {today[0].coordinate} is not marked ({today[0].fill.fgColor.rgb} among {fills})')
    for check in expected.get('texts', []):
        ws = wb[check['sheet']]
        found = [c for row in ws.iter_rows() for c in row
                 if isinstance(c.value, str) and ooxml(c.value) == check['text']]
        if not found:
            problem(f'{check["sheet"]}: the text {check["text"]!r} is not there')
        elif any(c.data_type != 's' for c in found):
            problem(f'{check["sheet"]}: {check["text"]!r} is not stored as text')


def main():
    if sys.argv[1] == '--same':
        a, b = xml_parts(sys.argv[2]), xml_parts(sys.argv[3])
        if a.keys() != b.keys():
            problem(f'the parts differ: {sorted(set(a) ^ set(b))}')
        for name in sorted(set(a) & set(b)):
            if a[name] != b[name]:
                problem(f'{name} differs')
    else:
        path, expected_path = sys.argv[1], sys.argv[2]
        with open(expected_path, encoding='utf-8') as f:
            expected = json.load(f)
        check_xml(path)
        wb = openpyxl.load_workbook(path)
        check_common(path, wb)
        check_expected(wb, expected, charts_per_sheet(path))
    for p in problems:
        print(p)
    print('check-workbook: ' + ('ok' if not problems else f'{len(problems)} problem(s)'))
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
