#!/usr/bin/env python3
"""Fails unless every file with translatable strings is in POTFILES.in and every .po file
is complete (no untranslated or fuzzy message) against the current sources.

Usage: check-translations.py SOURCE_ROOT
"""
import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1]
po_dir = os.path.join(root, 'po')
marker = re.compile(r'(\b_\(|\bN_\(|\bC_\(|\bNC_\(|translatable="yes")')
problems = []

with open(os.path.join(po_dir, 'POTFILES.in'), encoding='utf-8') as f:
    listed = [l.split('#')[0].strip() for l in f]
listed = [l for l in listed if l]

for path in listed:
    if not os.path.exists(os.path.join(root, path)):
        problems.append(f'POTFILES.in lists {path}, which does not exist')

for top in ('src', 'ui', 'data'):
    for dirpath, _, names in os.walk(os.path.join(root, top)):
        for name in names:
            if not name.endswith(('.c', '.ui', '.in', '.xml')) or name.endswith('.gresource.xml'):
                continue
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root)
            with open(full, encoding='utf-8', errors='replace') as f:
                text = f.read()
            if rel.endswith(('.desktop.in', '.metainfo.xml.in', '.mime.xml.in', '.gschema.xml')) or marker.search(text):
                if rel not in listed:
                    problems.append(f'{rel} has translatable strings but is not in po/POTFILES.in')

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'all.pot')
    files = os.path.join(tmp, 'files')
    with open(files, 'w', encoding='utf-8') as f:
        f.write('\n'.join(listed) + '\n')
    subprocess.run(['xgettext', '--files-from=' + files, '--directory=' + root, '--from-code=UTF-8',
                    '--add-comments', '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2',
                    '--keyword=NC_:1c,2', '--keyword=g_dngettext:2,3', '--keyword=ngettext:1,2',
                    '-o', pot], check=True)
    with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as f:
        languages = [l.strip() for l in f if l.strip() and not l.startswith('#')]
    for lang in languages:
        po = os.path.join(po_dir, lang + '.po')
        merged = os.path.join(tmp, lang + '.po')
        subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot], check=True)
        check = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, merged],
                               capture_output=True, text=True)
        stats = check.stderr.strip()
        if check.returncode != 0:
            problems.append(f'{lang}.po does not compile: {stats}')
        elif 'untranslated' in stats or 'fuzzy' in stats:
            missing = subprocess.run(['msgattrib', '--untranslated', merged],
                                     capture_output=True, text=True).stdout
            ids = re.findall(r'^msgid "(.+)"$', missing, re.M)[:10]
            problems.append(f'{lang}.po is not complete ({stats}); for example: ' + '; '.join(ids))

for p in problems:
    print(p)
print('translations: ' + ('ok' if not problems else f'{len(problems)} problem(s)'))
sys.exit(1 if problems else 0)
