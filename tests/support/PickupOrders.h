#pragma once

#include "Till.h"
#include "crypto/Signer.h"

#include <QJsonObject>

#include <memory>

namespace omnitill::test {

struct OrderLine
{
    QString sku;
    qint64 quantity = 0; // pieces, or grams of a PLU… product
    qint64 unitPrice = 0;
};

struct OrderCustomer
{
    QString name = QStringLiteral("Anna Schmidt");
    QString phone = QStringLiteral("+49 170 555 1234");
};

// Stands in for the hub in tests of the pickup desk without a hub process: signs pickup tokens with
// its own key, which the till trusts as the hub's, and delivers orders through the till's real
// feed applier in the form the hub's orders feed has.
class PickupOrders
{
public:
    explicit PickupOrders(Till& till, const QString& storeId = QStringLiteral("S1"));

    Signer& hubKey() { return *m_hubKey; }
    QJsonObject order(const QString& id, const QString& number, const QList<OrderLine>& lines, bool paid,
                      const QString& status = QStringLiteral("placed"), const QString& store = {},
                      const OrderCustomer& customer = {}) const;
    void deliver(const QList<QJsonObject>& orders);

private:
    Till& m_till;
    QString m_storeId;
    std::unique_ptr<EcdsaP256Signer> m_hubKey;
};

} // namespace omnitill::test
