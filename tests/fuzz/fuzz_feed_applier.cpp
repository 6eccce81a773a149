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
    static const bool made = [] {
        DemoOptions options;
        options.products = 20;
        DemoStore::create(dir.filePath(QStringLiteral("store.db")), clock, options);
        return true;
    }();
    static Till till(dir.filePath(QStringLiteral("store.db")), clock);
    (void)made;
    const QJsonObject input = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();
    try {
        FeedApplier(till.db(), till.settings())
            .apply(input.value(QStringLiteral("feed")).toString(), input.value(QStringLiteral("page")).toObject());
    } catch (const DomainError&) {
    }
    return 0;
}
