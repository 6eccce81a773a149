#!/usr/bin/env python3
"""The layering rules of DESIGN.md §2 and README "Architecture", checked over every source folder.

The build already gives each library only the include roots of what it links; this check also
catches what an include root cannot: a Qt module a layer may not use, a header reached by a
relative path, a library folder a layer may not use, business code reading the wall clock, a
table of the till's store written by anyone but its owner, a style or colour written in C++, a
screen that opens a transaction or wakes the printer by hand, and an event name spelled outside
sync/protocol.

    check_layering.py SOURCE_DIR [QT_INCLUDE_DIR]

Exit 0 and "layering: PASS", or exit 1 and one line per offending line.
"""
import os
import re
import sys

UI_QT = ["QtCore", "QtSql", "QtGui", "QtNetwork", "QtSerialPort", "QtMultimedia", "QtWidgets"]
# Each library: its folder (= include root) and what it may use, libraries and Qt modules.
LIBRARIES = {
    "domain": ("core/domain", [], ["QtCore"]),
    "till": ("core/till", ["domain", "protocol"], ["QtCore", "QtSql"]),
    "demo": ("core/demo", ["domain", "protocol", "till"], ["QtCore", "QtSql"]),
    "devices": ("core/devices", ["domain", "protocol", "till"], ["QtCore", "QtSql", "QtGui", "QtNetwork", "QtSerialPort", "QtMultimedia"]),
    "protocol": ("sync/protocol", ["domain"], ["QtCore"]),
    "client": ("sync/client", ["domain", "till", "protocol"], ["QtCore", "QtSql", "QtNetwork"]),
    "hub": ("sync/hub", ["domain", "protocol"], ["QtCore", "QtSql", "QtNetwork"]),
    "ui-common": ("ui/common", ["domain", "till", "devices", "protocol", "client"], UI_QT),
    "ui-kiosk": ("ui/kiosk", ["domain", "till", "devices", "protocol", "client", "ui-common"], UI_QT),
    "ui-pickup": ("ui/pickup", ["domain", "till", "devices", "protocol", "client", "ui-common"], UI_QT),
    "ui-manager": ("ui/manager", ["domain", "till", "devices", "protocol", "client", "ui-common"], UI_QT),
    # The store desk's window (ui/till/MainWindow) brings the pickup and manager pages in.
    "ui-till": ("ui/till", ["domain", "till", "devices", "protocol", "client", "ui-common", "ui-pickup", "ui-manager"], UI_QT),
    "pos": ("app/pos", ["domain", "till", "devices", "protocol", "client", "ui-common", "ui-till", "ui-kiosk", "ui-pickup", "ui-manager"],
            ["QtCore", "QtGui", "QtWidgets"]),
    "hub-app": ("app/hub", ["domain", "protocol", "hub"], ["QtCore", "QtSql", "QtNetwork"]),
    "cli": ("app/cli", [], ["QtCore"]),
    # The headless tools load no display libraries; paper and devices are omnitill-devices.
    "ctl": ("app/ctl", ["domain", "till", "demo", "protocol", "client", "cli"], ["QtCore", "QtSql", "QtNetwork"]),
    "devices-app": ("app/devices", ["domain", "till", "devices", "protocol", "cli"], ["QtCore", "QtSql", "QtGui"]),
    "decoder": ("app/decoder", ["domain", "till", "devices"], ["QtCore", "QtGui"]),
    "standins": ("app/standins", ["domain", "till", "devices"],
                 ["QtCore", "QtGui", "QtNetwork", "QtSerialPort"]),
}
# Business code reads time through the injectable Clock (core/domain/common/Clock.cpp is the one exception).
CLOCK_FOLDERS = ["core/domain", "core/till", "sync"]
CLOCK_EXCEPTION = "core/domain/common/Clock.cpp"
WALL_CLOCK = re.compile(r"QDateTime::currentDateTime|QDate::currentDate|QTime::currentTime|system_clock::now")
# One owner per table of the till's store: only these files write to it.
TABLE_WRITERS = {
    "outbox": "core/till/outbox/Outbox.cpp",
    "outbox_acks": "core/till/outbox/Outbox.cpp",
    "gift_cards": "core/till/giftcards/GiftCardService.cpp",
    "members": "core/till/member/MemberService.cpp",
    "sync_conflicts": "sync/client/SyncClient.cpp",
}
# The migrations reshape the schema and carry the rows over; they are no table's writer in use.
MIGRATIONS = "core/till/store/Migrations.cpp"
TILL_FOLDERS = ["core/till", "core/demo", "core/devices", "sync/client", "ui", "app"]
TABLE_WRITE = re.compile(r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)", re.IGNORECASE)
# Styles and colours live in resources/styles; screens name a role (ui/common/Theme).
STYLE_FOLDERS = ["ui", "app"]
STYLE_IN_CODE = re.compile(r'setStyleSheet\(\s*QStringLiteral|"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?"|QColor\(\s*"#')
# Screens only show and ask: the services open transactions and the print queue wakes its spooler.
SCREEN_FOLDERS = ["ui", "app/pos"]
SCREEN_DOES_WORK = {
    re.compile(r"\bTransaction\s+\w+\s*\(|\bdb\(\)\s*\.\s*begin\(\)"): "screens open no transactions; a service does",
    re.compile(r"printer\(\)\s*->\s*wake\("): "the print queue wakes its spooler itself",
}
# An event's name is spelled once, in sync/protocol (EventType.h).
WIRE_FOLDERS = ["core", "sync/client", "sync/hub", "ui", "app"]
EVENT_NAME_LITERAL = re.compile(r'outbox\.append\(\s*QStringLiteral\(|\b[Tt]ype\s*[!=]=\s*QLatin1String\(')
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
SOURCES = (".h", ".cpp")


def sources(root, folder):
    for base, _dirs, files in os.walk(os.path.join(root, folder)):
        for name in sorted(files):
            if name.endswith(SOURCES):
                yield os.path.join(base, name)


def qt_module(qt_dir, header):
    """The Qt module a <header> comes from, or None when it is not a Qt header."""
    if "/" in header:
        module = header.split("/", 1)[0]
        return module if module.startswith("Qt") else None
    if os.path.isdir(os.path.join(qt_dir, header)) and header.startswith("Qt"):
        return header  # <QtWidgets>, the whole module
    for module in sorted(os.listdir(qt_dir)):
        if os.path.isfile(os.path.join(qt_dir, module, header)):
            return module
    return None


def owner(root, header):
    """The library whose include root holds the quoted header, or None (generated files, moc)."""
    for name, (folder, _uses, _qt) in LIBRARIES.items():
        if os.path.isfile(os.path.join(root, folder, header)):
            return name
    return None


def check(root, qt_dir):
    problems = []
    module_cache = {}
    for name, (folder, uses, qt_modules) in LIBRARIES.items():
        allowed = set(uses) | {name}
        for path in sources(root, folder):
            rel = os.path.relpath(path, root)
            with open(path, encoding="utf-8", errors="replace") as f:
                lines = f.read().splitlines()
            for number, line in enumerate(lines, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                kind, header = m.groups()
                where = f"{rel}:{number}: {line.strip()}"
                if kind == '"':
                    if ".." in header.split("/"):
                        problems.append(f"{where}  -- a relative path around the include roots")
                        continue
                    if os.path.isfile(os.path.join(os.path.dirname(path), header)):
                        continue  # a file of the same folder
                    lib = owner(root, header)
                    if lib is not None and lib not in allowed:
                        problems.append(f"{where}  -- {name} may not use {lib}")
                else:
                    if header not in module_cache:
                        module_cache[header] = qt_module(qt_dir, header)
                    module = module_cache[header]
                    if module is not None and module not in qt_modules:
                        problems.append(f"{where}  -- {name} may not use {module}")
    def wall_clock(rel, line):
        if rel != CLOCK_EXCEPTION and WALL_CLOCK.search(line):
            yield "business code reads the wall clock"

    def table_writes(rel, line):
        for m in TABLE_WRITE.finditer(line):
            owner_file = TABLE_WRITERS.get(m.group(1).lower())
            if owner_file is not None and rel not in (owner_file, MIGRATIONS):
                yield f"only {owner_file} writes {m.group(1)}"

    def styles(_rel, line):
        if STYLE_IN_CODE.search(line):
            yield "styles and colours belong in resources/styles"

    def screen_work(_rel, line):
        for pattern, why in SCREEN_DOES_WORK.items():
            if pattern.search(line):
                yield why

    def event_names(_rel, line):
        if EVENT_NAME_LITERAL.search(line):
            yield "event names are spelled in sync/protocol/EventType.h"

    for folders, rule in ((CLOCK_FOLDERS, wall_clock), (TILL_FOLDERS, table_writes), (STYLE_FOLDERS, styles),
                          (SCREEN_FOLDERS, screen_work), (WIRE_FOLDERS, event_names)):
        for folder in folders:
            for path in sources(root, folder):
                rel = os.path.relpath(path, root)
                with open(path, encoding="utf-8", errors="replace") as f:
                    for number, line in enumerate(f, 1):
                        for why in rule(rel, line):
                            problems.append(f"{rel}:{number}: {line.strip()}  -- {why}")
    return problems


def main():
    root = sys.argv[1]
    qt_dir = sys.argv[2] if len(sys.argv) > 2 else "/usr/include/x86_64-linux-gnu/qt6"
    if not os.path.isdir(os.path.join(qt_dir, "QtCore")):
        print(f"no Qt headers under {qt_dir}")
        return 2
    problems = check(root, qt_dir)
    for p in problems:
        print(p)
    if problems:
        print(f"layering: FAIL ({len(problems)})")
        return 1
    print("layering: PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
