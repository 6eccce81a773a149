#include "PickupWire.h"

#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "money/Currency.h"
#include "money/Money.h"
#include "sale/Tender.h"
#include "store/StoreSettings.h"
#include "tax/TaxCalculator.h"

namespace omnitill {

QList<protocol::PickupEventLine> PickupWire::lines(const PickupOrder& order)
{
    QList<protocol::PickupEventLine> out;
    for (const PickupLine& l : order.lines)
        out.append({l.line, l.sku, l.ordered, l.picked, l.deliveredValue(), l.shortConsent, l.substituteSku, l.substituteQuantity,
                    l.substituteUnitPrice, l.substituteConsent, l.refused});
    return out;
}

protocol::PickupEventOrder PickupWire::order(const Session& session, const PickupOrder& order) const
{
    return {order.id, order.number, m_settings.storeCode(), m_settings.tillCode(), session.staffId};
}

protocol::SaleEvent PickupWire::onlineSale(const Session& session, const PickupOrder& order, const QDateTime& at) const
{
    // Web shop prices include tax.
    const TaxCalculator tax(TaxMode::Inclusive);
    const Currency currency = Currency::fromCode(order.currency);
    protocol::SaleEvent sale;
    sale.saleId = QStringLiteral("order:") + order.id;
    sale.receiptId = order.number;
    sale.store = m_settings.storeCode();
    sale.till = m_settings.tillCode();
    sale.staffId = session.staffId;
    sale.currency = order.currency;
    sale.taxMode = taxModeName(TaxMode::Inclusive);
    sale.createdAt = isoUtc(at);
    sale.pricedAt = isoUtc(order.createdAt.isValid() ? order.createdAt : at);
    sale.channel = QStringLiteral("online");
    sale.onlineOrder = order.id;
    auto addLine = [&](qint64 productId, const QString& sku, const QString& name, Unit unit, qint64 quantity, qint64 unitPrice,
                       qint64 value) {
        const std::optional<Product> p = productId ? m_catalog.findById(productId) : std::nullopt;
        const TaxRate rate = p ? m_catalog.taxRate(p->taxRateId) : TaxRate{};
        const LineTax t = tax.lineTax(Money(value, currency), rate.basisPoints);
        protocol::SaleEventLine line;
        line.line = int(sale.lines.size()) + 1;
        line.productId = productId;
        line.sku = sku;
        line.categoryId = p ? p->categoryId : 0;
        line.name = name;
        line.unit = unitName(unit);
        line.quantity = quantity;
        line.unitPrice = unitPrice;
        line.listPrice = unitPrice;
        line.amount = value;
        line.promotionExcluded = true;
        line.net = t.net.minor();
        line.tax = t.tax.minor();
        line.gross = t.gross.minor();
        line.taxCode = rate.code;
        line.taxBasisPoints = rate.basisPoints;
        sale.lines.append(line);
    };
    for (const PickupLine& l : order.lines) {
        if (l.refused)
            continue;
        if (l.picked > 0)
            addLine(l.productId, l.sku, l.name, l.unit, l.picked, l.unitPrice, l.pickedValue());
        if (l.substituteQuantity > 0)
            addLine(l.substituteProductId, l.substituteSku, l.substituteName, l.unit, l.substituteQuantity, l.substituteUnitPrice,
                    l.substituteValue());
        sale.total += l.deliveredValue();
    }
    protocol::SaleEventTender paid;
    paid.kind = Tender::kindName(Tender::Kind::Online);
    paid.amount = sale.total;
    paid.tendered = sale.total;
    paid.reference = order.id;
    sale.tenders.append(paid);
    return sale;
}

} // namespace omnitill
