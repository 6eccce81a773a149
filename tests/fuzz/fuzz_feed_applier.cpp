// The till's feed applier on any page a hub (or a man in the middle) could send: products,
// staff, settings, members, orders, stock, promotions, coupons, gift cards, offers, requests.
#include "DemoStore.h"
#include "FeedApplier.h"
#include "FuzzInput.h"
#include "Till.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace omnitill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_feed_applier";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static FixedClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc()));
    static const QString pristine = [] {
        DemoOptions options;
        options.products = 20;
        DemoStore::create(dir.filePath(QStringLiteral("pristine.db")), clock, options);
        return dir.filePath(QStringLiteral("pristine.db"));
    }();
    // Never destroyed at exit: Qt Sql's connection registry may be gone by then.
    static Till* till = nullptr;
    static int inputs = 0;
    if (inputs++ % fuzz::kInputsPerFreshStore == 0) {
        delete till;
        till = nullptr;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        QFile::copy(pristine, path);
        till = new Till(path, clock);
    }
    const QJsonObject input = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();
    try {
        FeedApplier(till->db(), till->settings())
            .apply(input.value(QStringLiteral("feed")).toString(), input.value(QStringLiteral("page")).toObject());
    } catch (const DomainError&) {
    }
    return 0;
}
