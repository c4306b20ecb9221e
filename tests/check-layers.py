#!/usr/bin/env python3
"""The layers' arrows point one way: gui -> export, import, stats, schedule -> core.
Fails when a file includes a header of a layer it may not use, or GTK outside src/gui.

Usage: check-layers.py SOURCE_ROOT
"""
import os
import re
import sys

root = os.path.join(sys.argv[1], 'src')
allowed = {
    'core': {'core'},
    'schedule': {'core', 'schedule'},
    'stats': {'core', 'schedule', 'stats'},
    'import': {'core', 'schedule', 'import'},
    'export': {'core', 'schedule', 'stats', 'export'},
    'gui': {'core', 'schedule', 'stats', 'import', 'export', 'gui'},
}
gtk = re.compile(r'#include\s*<(gtk/|adwaita|gdk/|gsk/)')
local = re.compile(r'#include\s*"([^"]+)"')

home = {}
for layer in allowed:
    for dirpath, _, names in os.walk(os.path.join(root, layer)):
        for name in names:
            home[name] = layer

problems = []
for layer, may_use in allowed.items():
    for dirpath, _, names in os.walk(os.path.join(root, layer)):
        for name in names:
            if not name.endswith(('.c', '.h')):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding='utf-8') as f:
                text = f.read()
            rel = os.path.relpath(path, sys.argv[1])
            if layer != 'gui' and gtk.search(text):
                problems.append(f'{rel} includes GTK, which only src/gui may use')
            for header in local.findall(text):
                target = home.get(os.path.basename(header))
                if target is not None and target not in may_use:
                    problems.append(f'{rel} includes {header} from src/{target}, which src/{layer} may not use')

for p in problems:
    print(p)
print('layers: ' + ('ok' if not problems else f'{len(problems)} problem(s)'))
sys.exit(1 if problems else 0)
