#include "SaleSimulator.h"

#include "Till.h"

#include <QRandomGenerator>

namespace omnitill {

SimulationResult SaleSimulator::run(const Session& session, int sales)
{
    QRandomGenerator random(m_seed);
    SimulationResult result;
    if (!m_till.shifts().current())
        m_till.shifts().open(session, 10000);
    const qint64 maxId = m_till.db().scalar(QStringLiteral("SELECT max(id) FROM products")).toLongLong();
    if (maxId <= 0)
        return result;
    SaleService& service = m_till.sales();
    for (int n = 0; n < sales; ++n) {
        Cart cart = service.newCart();
        const int lines = 1 + int(random.bounded(6));
        // Products that cannot be sold this way (inactive, the gift card) are skipped; a sale
        // gets at least one line unless nothing is sellable.
        for (int i = 0, tries = 0; i < lines || (cart.isEmpty() && tries < 1000); ++i, ++tries) {
            const qint64 id = 1 + qint64(random.bounded(quint32(maxId)));
            const std::optional<Product> product = m_till.catalog().findById(id);
            if (!product || !product->active || product->price <= 0) // not the gift card
                continue;
            const qint64 quantity = product->unit == Unit::Weight ? 100 + random.bounded(1900) : 1 + random.bounded(3);
            const int lineId = service.addProduct(cart, id, quantity);
            if (random.bounded(10) == 0)
                service.applyLineDiscount(session, cart, lineId, Discount::percent(500));
        }
        if (cart.isEmpty())
            continue;
        if (cart.needsAgeConfirmation())
            service.confirmAge(session, cart);
        const qint64 due = cart.totals().total.minor();
        Payment payment(due);
        switch (random.bounded(4)) {
        case 0:
            payment.addExactCash();
            break;
        case 1: {
            // rounded up to the next whole note of 5 major units
            const qint64 step = 500;
            payment.addCash(((due + step - 1) / step) * step);
            break;
        }
        case 2:
            payment.addCard(due, QStringLiteral("A%1").arg(random.bounded(100000)), QStringLiteral("VISA"),
                            QStringLiteral("%1").arg(random.bounded(10000), 4, 10, QLatin1Char('0')));
            break;
        default:
            if (due > 1) {
                payment.addCard(due / 2, QStringLiteral("S%1").arg(random.bounded(100000)), QStringLiteral("MC"), QStringLiteral("4242"));
            }
            payment.addExactCash();
            break;
        }
        const CompletedSale done = service.complete(session, cart, payment);
        ++result.sales;
        result.total += done.total;
        result.lastReceiptId = done.receiptId;
    }
    return result;
}

} // namespace omnitill
