#include "ChainWideStaffWithdrawal.h"

#include "HubDatabase.h"
#include "crypto/Crypto.h"
#include "staff/PinPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace omnitill::hub {

namespace {
struct Item
{
    QString scope;
    QString key;
    QJsonObject body;
};

QList<Item> staffItems(HubDatabase& db, const QString& condition)
{
    QList<Item> items;
    QSqlQuery& q = db.exec(QStringLiteral("SELECT scope, item_key, body FROM feed_items WHERE feed = 'staff' AND ") + condition +
                           QStringLiteral(" ORDER BY change_seq"));
    while (q.next())
        items.append({q.value(QStringLiteral("scope")).toString(), q.value(QStringLiteral("item_key")).toString(),
                      QJsonDocument::fromJson(q.value(QStringLiteral("body")).toString().toUtf8()).object()});
    q.finish();
    return items;
}

void republish(HubDatabase& db, const Item& item)
{
    db.exec(QStringLiteral("UPDATE feed_items SET body = ?, change_seq = ? WHERE feed = 'staff' AND scope = ? AND item_key = ?"),
            {QString::fromUtf8(QJsonDocument(item.body).toJson(QJsonDocument::Compact)), db.reserveSequence(QStringLiteral("feed"), 1),
             item.scope, item.key});
}
} // namespace

void withdrawChainWideStaff(HubDatabase& db)
{
    const QList<Item> chainWide = staffItems(db, QStringLiteral("scope = '*'"));
    if (chainWide.isEmpty())
        return;
    QSet<QString> codes;
    for (Item item : chainWide) {
        codes.insert(item.key);
        item.body.insert(QStringLiteral("pin_salt"), QString::fromLatin1(crypto::randomBytes(16).toBase64()));
        item.body.insert(QStringLiteral("pin_hash"), QString::fromLatin1(crypto::randomBytes(32).toBase64()));
        item.body.insert(QStringLiteral("pin_iterations"), PinPolicy::kIterations);
        item.body.insert(QStringLiteral("active"), false);
        republish(db, item);
    }
    for (const Item& own : staffItems(db, QStringLiteral("scope <> '*'")))
        if (codes.contains(own.key))
            republish(db, own);
}

} // namespace omnitill::hub
