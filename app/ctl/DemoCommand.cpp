#include "CtlCommand.h"
#include "DemoHubImport.h"
#include "DemoStore.h"
#include "common/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace omnitill::ctl {

int demo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("products"), QStringLiteral("Number of products (up to 1000000)."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("42")});
    parser.addOption({QStringLiteral("promotions"), QStringLiteral("Add a few typical promotions (dairy -10%, bakery 3 for 2, ...).")});
    parser.addOption({QStringLiteral("currency"), QStringLiteral("ISO 4217 currency."), QStringLiteral("CODE"), QStringLiteral("EUR")});
    parser.addOption({QStringLiteral("tax-mode"), QStringLiteral("inclusive (VAT in shelf prices) or exclusive (tax added)."),
                      QStringLiteral("MODE"), QStringLiteral("inclusive")});
    parser.addOption({QStringLiteral("timezone"), QStringLiteral("IANA time zone of the store."), QStringLiteral("TZ"),
                      QStringLiteral("Europe/Berlin")});
    if (!parse(parser, args, QStringLiteral("Creates a demo store with products, staff and members.")))
        return 2;
    bool ok = false;
    const qint64 products = parser.value(QStringLiteral("products")).toLongLong(&ok);
    if (!ok || products < 0 || products > 1000000) {
        err() << "omnitillctl: --products must be between 0 and 1000000" << Qt::endl;
        return 2;
    }
    const QString path = dbPath(parser);
    if (QFileInfo::exists(path)) {
        err() << "omnitillctl: " << path << " already exists; remove it first" << Qt::endl;
        return 1;
    }
    SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    DemoOptions options;
    options.products = products;
    options.seed = parser.value(QStringLiteral("seed")).toUInt();
    options.currency = parser.value(QStringLiteral("currency"));
    options.taxMode = parser.value(QStringLiteral("tax-mode"));
    options.timeZone = parser.value(QStringLiteral("timezone"));
    options.promotions = parser.isSet(QStringLiteral("promotions"));
    // The keys go where the finished store's name says, not the temporary one's.
    options.keyFolder = QFileInfo(path).fileName() + QStringLiteral(".keys");
    options.progress = [&](qint64 done, qint64 total) {
        err() << "\rproducts: " << done << " / " << total << " (" << (total ? done * 100 / total : 100) << " %)" << Qt::flush;
    };
    // Built under a temporary name so that a failed or interrupted run leaves no half store.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    const QString keyFile = QFileInfo(path).absoluteDir().filePath(options.keyFolder + QStringLiteral("/journal.pem"));
    const bool keyWasThere = QFileInfo::exists(keyFile); // another store's: never touched
    try {
        DemoStore::create(partial, clock, options);
    } catch (...) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        if (!keyWasThere)
            QFile::remove(keyFile); // the key of a store that was never finished
        throw;
    }
    if (!QFile::rename(partial, path)) {
        err() << "omnitillctl: cannot rename " << partial << " to " << path << Qt::endl;
        return 1;
    }
    err() << Qt::endl;
    out() << "created " << path << " with " << products << " products in " << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

int demoHub(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QStringLiteral("The hub import file to write (JSON)."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("store"), QStringLiteral("The hub's store the demo staff work at."), QStringLiteral("ID"), QStringLiteral("S1")});
    if (!parse(parser, args, QStringLiteral("Writes a demo store's catalog, promotions, members and staff for omnitill-hub admin import.")))
        return 2;
    const QString path = dbPath(parser);
    if (!QFileInfo::exists(path) || !parser.isSet(QStringLiteral("out"))) {
        err() << "omnitillctl: demo-hub needs an existing --db and --out" << Qt::endl;
        return 2;
    }
    Database db;
    db.open(path);
    const QByteArray json =
        QJsonDocument(DemoHubImport::document(db, parser.value(QStringLiteral("store")))).toJson(QJsonDocument::Compact);
    QSaveFile file(parser.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        err() << "omnitillctl: cannot write " << parser.value(QStringLiteral("out")) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace omnitill::ctl
