#!/usr/bin/env python3
"""Proves check_layering.py fails for each of its rules: a small tree per rule, holding one
offending include (and a clean tree that must pass).

    check_layering_selftest.py CHECKER [QT_INCLUDE_DIR]
"""
import os
import subprocess
import sys
import tempfile

# Headers every tree has, so that quoted includes resolve to their library.
SKELETON = {
    "core/domain/money/Money.h": "",
    "core/till/store/Database.h": "",
    "core/till/outbox/Outbox.h": "",
    "core/till/journal/Journal.h": "",
    "core/till/Till.h": "",
    "core/demo/DemoStore.h": "",
    "core/devices/EscPos.h": "",
    "sync/protocol/RequestSignature.h": "",
    "sync/client/SyncClient.h": "",
    "sync/hub/HubService.h": "",
    "ui/till/CashierPage.h": "",
    "ui/common/PageWidgets.h": "",
    "app/pos/main.cpp": '#include "CashierPage.h"\n#include <QApplication>\n',
}
CLEAN = {
    "core/domain/money/Money.cpp": '#include "Money.h"\n#include <QString>\n',
    "core/till/sale/Sale.cpp": '#include "money/Money.h"\n#include "store/Database.h"\n#include <QSqlQuery>\n',
    "sync/hub/HubPush.cpp": '#include "HubService.h"\n#include "RequestSignature.h"\n#include "money/Money.h"\n',
    "ui/kiosk/Page.cpp": '#include "EscPos.h"\n#include "PageWidgets.h"\n#include "SyncClient.h"\n#include <QLabel>\n',
}
# rule: (file, text, what the checker must say)
CASES = {
    "domain uses no Sql": ("core/domain/tax/Bad.cpp", "#include <QSqlQuery>\n", "domain may not use QtSql"),
    "domain uses no till store": ("core/domain/tax/Bad.cpp", '#include "store/Database.h"\n', "domain may not use till"),
    "till uses no Widgets": ("core/till/sale/Bad.cpp", "#include <QLabel>\n", "till may not use QtWidgets"),
    "till uses no Widgets module header": ("core/till/sale/Bad.cpp", "#include <QtWidgets>\n", "till may not use QtWidgets"),
    "till uses no Network": ("core/till/sale/Bad.cpp", "#include <QNetworkReply>\n", "till may not use QtNetwork"),
    "till uses no Gui": ("core/till/sale/Bad.h", "#include <QImage>\n", "till may not use QtGui"),
    "till uses no devices": ("core/till/sale/Bad.cpp", '#include "EscPos.h"\n', "till may not use devices"),
    "till uses no demo": ("core/till/sale/Bad.cpp", '#include "DemoStore.h"\n', "till may not use demo"),
    "no relative paths": ("core/till/sale/Bad.cpp", '#include "../store/Database.h"\n', "relative path"),
    "devices use no Widgets": ("core/devices/Bad.cpp", "#include <QWidget>\n", "devices may not use QtWidgets"),
    "devices use no ui": ("core/devices/Bad.cpp", '#include "CashierPage.h"\n', "devices may not use ui-till"),
    "hub uses no till store": ("sync/hub/Bad.cpp", '#include "store/Database.h"\n', "hub may not use till"),
    "hub uses no outbox": ("sync/hub/Bad.cpp", '#include "outbox/Outbox.h"\n', "hub may not use till"),
    "hub uses no journal": ("sync/hub/Bad.cpp", '#include "journal/Journal.h"\n', "hub may not use till"),
    "hub uses no client": ("sync/hub/Bad.cpp", '#include "SyncClient.h"\n', "hub may not use client"),
    "hub uses no Gui": ("sync/hub/Bad.cpp", "#include <QGuiApplication>\n", "hub may not use QtGui"),
    "protocol uses no till": ("sync/protocol/Bad.cpp", '#include "Till.h"\n', "protocol may not use till"),
    "protocol uses no hub": ("sync/protocol/Bad.cpp", '#include "HubService.h"\n', "protocol may not use hub"),
    "client uses no hub": ("sync/client/Bad.cpp", '#include "HubService.h"\n', "client may not use hub"),
    "client uses no Widgets": ("sync/client/Bad.cpp", "#include <QMessageBox>\n", "client may not use QtWidgets"),
    "ui uses no hub": ("ui/common/Bad.cpp", '#include "HubService.h"\n', "ui-common may not use hub"),
    "ui uses no demo": ("ui/manager/Bad.cpp", '#include "DemoStore.h"\n', "ui-manager may not use demo"),
    "the kiosk uses no till screens": ("ui/kiosk/Bad.cpp", '#include "CashierPage.h"\n', "ui-kiosk may not use ui-till"),
    "shared widgets use no station": ("ui/common/Bad.cpp", '#include "CashierPage.h"\n', "ui-common may not use ui-till"),
    "hub program uses no Gui": ("app/hub/main.cpp", "#include <QGuiApplication>\n", "hub-app may not use QtGui"),
    "hub program uses no till": ("app/hub/main.cpp", '#include "Till.h"\n', "hub-app may not use till"),
    "pos program uses no hub": ("app/pos/Bad.cpp", '#include "HubService.h"\n', "pos may not use hub"),
    "business code reads no wall clock": ("core/till/sale/Bad.cpp", "auto t = QDateTime::currentDateTimeUtc();\n",
                                          "reads the wall clock"),
    "only the outbox writes the outbox": ("sync/client/Bad.cpp", 'db.exec(QStringLiteral("UPDATE outbox SET attempts = 0"));\n',
                                          "only core/till/outbox/Outbox.cpp writes outbox"),
    "only the gift card service writes gift cards": ("sync/client/Bad.cpp", '"INSERT INTO gift_cards(number) VALUES(?)"\n',
                                                     "only core/till/giftcards/GiftCardService.cpp writes gift_cards"),
    "only the member service writes members": ("sync/client/Bad.cpp", '"UPDATE members SET points_balance = ?"\n',
                                               "only core/till/member/MemberService.cpp writes members"),
    "no style sheet in code": ("ui/till/Bad.cpp", 'label->setStyleSheet(QStringLiteral("color: red"));\n', "belong in resources/styles"),
    "no colour in code": ("ui/kiosk/Bad.cpp", 'const char* kAccent = "#0b57d0";\n', "belong in resources/styles"),
    "screens open no transactions": ("ui/kiosk/Bad.cpp", "Transaction tx(m_till.db());\n", "screens open no transactions"),
    "screens do not wake the printer": ("ui/till/Bad.cpp", "m_devices->printer()->wake();\n", "wakes its spooler itself"),
    "till services name events from the protocol": ("core/till/sale/Bad.cpp", 'm_outbox.append(QStringLiteral("sale"), body);\n',
                                                    "spelled in sync/protocol"),
    "the hub names events from the protocol": ("sync/hub/Bad.cpp", 'if (in.type == QLatin1String("return"))\n',
                                               "spelled in sync/protocol"),
    "the hub reads no wall clock": ("sync/hub/Bad.cpp", "auto d = QDate::currentDate();\n", "reads the wall clock"),
}


def write(root, files):
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)


def run(checker, root, qt_dir):
    result = subprocess.run([sys.executable, checker, root, qt_dir], capture_output=True, text=True)
    return result.returncode, result.stdout


def main():
    checker = sys.argv[1]
    qt_dir = sys.argv[2] if len(sys.argv) > 2 else "/usr/include/x86_64-linux-gnu/qt6"
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        clean = os.path.join(tmp, "clean")
        write(clean, {**SKELETON, **CLEAN})
        code, out = run(checker, clean, qt_dir)
        if code != 0:
            print(f"FAIL clean tree: the checker refused it\n{out}")
            failures += 1
        for index, (rule, (path, text, expected)) in enumerate(CASES.items()):
            tree = os.path.join(tmp, f"case{index}")
            write(tree, {**SKELETON, **CLEAN, path: text})
            code, out = run(checker, tree, qt_dir)
            if code != 1 or expected not in out:
                print(f"FAIL {rule}: exit {code}, expected a line with \"{expected}\"\n{out}")
                failures += 1
            else:
                print(f"ok   {rule}")
    print(f"{len(CASES) + 1 - failures} of {len(CASES) + 1} rules proven")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
