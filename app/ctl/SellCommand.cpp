#include "CtlCommand.h"
#include "Till.h"
#include "common/DomainError.h"

namespace omnitill::ctl {

namespace {
qint64 amountArg(const QString& text, const Currency& currency)
{
    return Money::parse(text, currency).minor();
}

void addTender(Payment& payment, const QString& spec, const Currency& currency)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    const QString kind = parts.value(0);
    if (kind == QLatin1String("cash") && parts.size() <= 2) {
        if (parts.size() == 1)
            payment.addExactCash();
        else
            payment.addCash(amountArg(parts[1], currency));
    } else if (kind == QLatin1String("card") && parts.size() == 4) {
        payment.addCard(amountArg(parts[1], currency), parts[2], QStringLiteral("CARD"), parts[3]);
    } else if (kind == QLatin1String("qr") && parts.size() == 3) {
        payment.addQr(amountArg(parts[1], currency), parts[2]);
    } else {
        throw DomainError(QStringLiteral("ctl.pay"), QStringLiteral("cannot read --pay %1").arg(spec));
    }
}
} // namespace

int sell(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("pin"), QStringLiteral("PIN of the cashier."), QStringLiteral("PIN")});
    parser.addOption({QStringLiteral("item"), QStringLiteral("Barcode, SKU or PLU, optionally *QTY (grams for weighed goods)."),
                      QStringLiteral("CODE[*QTY]")});
    parser.addOption(
        {QStringLiteral("pay"), QStringLiteral("cash[:AMOUNT] | card:AMOUNT:APPROVAL:LAST4 | qr:AMOUNT:REF"), QStringLiteral("TENDER")});
    parser.addOption({QStringLiteral("confirm-age"), QStringLiteral("The cashier has checked the customer's age.")});
    if (!parse(parser, args, QStringLiteral("Rings one sale and prints its receipt number.")))
        return 2;
    if (!parser.isSet(QStringLiteral("pin")) || parser.values(QStringLiteral("item")).isEmpty() ||
        parser.values(QStringLiteral("pay")).isEmpty()) {
        err() << "omnitillctl: sell needs --pin, at least one --item and one --pay" << Qt::endl;
        return 2;
    }
    SystemClock clock;
    Till till(dbPath(parser), clock);
    const Session session = till.staff().login(parser.value(QStringLiteral("pin")));
    if (!till.shifts().current()) {
        till.shifts().open(session, 0);
        err() << "opened a shift with an empty float" << Qt::endl;
    }
    SaleService& sales = till.sales();
    Cart cart = sales.newCart();
    for (const QString& item : parser.values(QStringLiteral("item"))) {
        const qsizetype star = item.lastIndexOf(QLatin1Char('*'));
        const QString code = star < 0 ? item : item.left(star);
        const int lineId = sales.scan(cart, code);
        if (star >= 0) {
            bool ok = false;
            const qint64 quantity = item.mid(star + 1).toLongLong(&ok);
            if (!ok)
                throw DomainError(QStringLiteral("ctl.quantity"), QStringLiteral("bad quantity in %1").arg(item));
            sales.setQuantity(session, cart, lineId, quantity);
        }
    }
    if (cart.needsAgeConfirmation()) {
        if (!parser.isSet(QStringLiteral("confirm-age")))
            throw DomainError(QStringLiteral("sale.age_unconfirmed"),
                              QStringLiteral("the sale has age-restricted items: add --confirm-age"));
        sales.confirmAge(session, cart);
    }
    Payment payment(cart.totals().total.minor());
    for (const QString& spec : parser.values(QStringLiteral("pay")))
        addTender(payment, spec, cart.currency());
    const CompletedSale done = sales.complete(session, cart, payment);
    out() << done.receiptNumber << Qt::endl;
    err() << "receipt " << done.receiptId << " total " << Money(done.total, till.settings().currency()).toPlainString() << " change "
          << Money(done.change, till.settings().currency()).toPlainString() << Qt::endl;
    return 0;
}

} // namespace omnitill::ctl
