#include "KioskOrderCode.h"

#include "common/DomainError.h"
#include "common/Tr.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <openssl/crypto.h>

namespace omnitill {

namespace {

const QLatin1String kUnkeyed("OTK1|");
const QLatin1String kKeyed("OTK2|");

QString check(const QString& body, const QByteArray& key)
{
    if (key.isEmpty())
        return QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    return QString::fromLatin1(QMessageAuthenticationCode::hash(body.toUtf8(), key, QCryptographicHash::Sha256).toHex().left(16));
}

QString encoded(const QString& field)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(field));
}

[[noreturn]] void bad(const QString& why)
{
    throw DomainError(QStringLiteral("kiosk.bad_code"), Tr::tr("This is not a readable kiosk order: %1").arg(why));
}

} // namespace

QString KioskOrderCode::numberFor(qint64 sequence)
{
    return QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
}

QString KioskOrderCode::orderId() const
{
    return QStringLiteral("%1-%2-%3").arg(store, kiosk).arg(sequence, 6, 10, QLatin1Char('0'));
}

QString KioskOrderCode::number() const
{
    return numberFor(sequence);
}

QString KioskOrderCode::encode(const QByteArray& key) const
{
    QStringList items;
    for (const Line& l : lines)
        items.append(encoded(l.sku) + QLatin1Char('*') + QString::number(l.quantity));
    const QString body =
        (key.isEmpty() ? kUnkeyed : kKeyed) +
        QStringList{encoded(store), encoded(kiosk), QString::number(sequence), encoded(memberId), items.join(QLatin1Char(';'))}.join(
            QLatin1Char('|'));
    return body + QLatin1Char('|') + check(body, key);
}

bool KioskOrderCode::looksLikeOne(const QString& code)
{
    return code.startsWith(kUnkeyed) || code.startsWith(kKeyed);
}

KioskOrderCode KioskOrderCode::decode(const QString& code, const QByteArray& key)
{
    if (!looksLikeOne(code))
        bad(Tr::tr("it does not start with OTK1 or OTK2"));
    if (!key.isEmpty() && code.startsWith(kUnkeyed))
        bad(Tr::tr("it was made by a kiosk that is not enrolled with the hub"));
    if (key.isEmpty() && code.startsWith(kKeyed))
        bad(Tr::tr("this till is not enrolled with the hub, so it cannot check the code"));
    const int lastBar = code.lastIndexOf(QLatin1Char('|'));
    const QString expected = check(code.left(lastBar), key);
    // Compared in constant time: the check is a key's work.
    const QByteArray given = code.mid(lastBar + 1).toLatin1();
    if (given.size() != expected.size() || CRYPTO_memcmp(given.constData(), expected.toLatin1().constData(), size_t(given.size())) != 0)
        bad(Tr::tr("the check digits do not match (a damaged print?)"));
    const QStringList fields = code.left(lastBar).split(QLatin1Char('|'));
    if (fields.size() != 6)
        bad(Tr::tr("it has %1 fields instead of 6").arg(fields.size()));
    KioskOrderCode order;
    order.store = QUrl::fromPercentEncoding(fields[1].toLatin1());
    order.kiosk = QUrl::fromPercentEncoding(fields[2].toLatin1());
    bool ok = false;
    order.sequence = fields[3].toLongLong(&ok);
    if (!ok || order.sequence <= 0 || order.store.isEmpty() || order.kiosk.isEmpty())
        bad(Tr::tr("the order number is missing"));
    order.memberId = QUrl::fromPercentEncoding(fields[4].toLatin1());
    const QStringList items = fields[5].split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (items.isEmpty())
        bad(Tr::tr("the order has no items"));
    if (items.size() > kMaxLines)
        bad(Tr::tr("the order has more than %1 lines").arg(kMaxLines));
    for (const QString& item : items) {
        const int star = item.lastIndexOf(QLatin1Char('*'));
        Line line{QUrl::fromPercentEncoding(item.left(star).toLatin1()), item.mid(star + 1).toLongLong(&ok)};
        if (star <= 0 || !ok || line.quantity <= 0 || line.quantity > kMaxQuantity)
            bad(Tr::tr("the item \"%1\" is unreadable").arg(item.left(40)));
        order.lines.append(line);
    }
    return order;
}

} // namespace omnitill
