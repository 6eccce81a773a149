#pragma once

#include "staff/Role.h"

#include <QList>
#include <QString>

#include <functional>

namespace omnitill {

class Clock;
class Database;
class PromotionRepository;

struct DemoOptions
{
    qint64 products = 2000;
    quint32 seed = 42;
    QString currency = QStringLiteral("EUR");
    QString taxMode = QStringLiteral("inclusive"); // "exclusive" for a US-style store
    QString timeZone = QStringLiteral("Europe/Berlin");
    bool promotions = false; // a handful of typical promotions (off by default: tests expect list prices)
    QString keyFolder;       // TillIdentity::keyFolder
    std::function<void(qint64 done, qint64 total)> progress;
};

// Creates a realistic demo store: products in several categories and tax rates with valid
// EAN-13s, weighed goods with in-store price and weight labels, staff with known PINs, members.
// The PINs are documented in the README.
class DemoStore
{
public:
    static void create(const QString& path, const Clock& clock, const DemoOptions& options);

    struct StaffMember
    {
        QString code;
        QString name;
        Role role;
        QString pin;
    };
    // The demo staff, the same in every demo store and at the demo hub.
    static QList<StaffMember> staff();

    // EAN-13 of the n-th demo product (for tests and benchmarks).
    static QString eanFor(qint64 index);
    static void addDemoPromotions(PromotionRepository& promotions, Database& db, const Clock& clock);
    // The in-store label code of a weighed demo item with an embedded weight in grams.
    static QString weightLabel(int plu, int grams);
    static QString priceLabel(int plu, qint64 priceMinor);
};

} // namespace omnitill
