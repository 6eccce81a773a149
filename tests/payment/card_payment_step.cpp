// A till or kiosk paying one sale by card through a ZVT terminal, as a separate process that
// kills itself (SIGKILL, no clean-up) at the step it is told: tst_card_payment_kill's victim.
#include "Till.h"
#include "ZvtTerminal.h"
#include "common/Clock.h"
#include "common/DomainError.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace omnitill;

namespace {
QString g_dieAt;
void step(const char* name)
{
    if (g_dieAt == QLatin1String(name))
        ::kill(::getpid(), SIGKILL);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("store"), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("terminal"), QStringLiteral("payment.terminal"), QStringLiteral("ADDR")});
    parser.addOption({QStringLiteral("mode"), QStringLiteral("till or kiosk"), QStringLiteral("MODE")});
    parser.addOption({QStringLiteral("die-at"), QStringLiteral("step"), QStringLiteral("STEP")});
    parser.process(app);
    g_dieAt = parser.value(QStringLiteral("die-at"));
    try {
        FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 5), QTimeZone::utc()));
        Till till(parser.value(QStringLiteral("db")), clock);
        ZvtTerminalSettings settings = ZvtTerminalSettings::fromAddress(parser.value(QStringLiteral("terminal")));
        settings.silenceTimeoutMs = 60000; // the test kills this process while it waits
        ZvtTerminal terminal(settings);
        const bool kiosk = parser.value(QStringLiteral("mode")) == QLatin1String("kiosk");
        if (kiosk)
            till.kioskOrders().kioskSession(); // the kiosk opens its own shift
        Cart cart = till.sales().newCart();
        till.sales().scan(cart, QStringLiteral("4000000000013"));
        if (kiosk) {
            const CardRequest request = till.kioskPayments().begin(cart);
            step("before-request");
            const CardResult result = terminal.authorize(request);
            step("before-store");
            const KioskPaymentOutcome outcome = till.kioskPayments().finish(request, cart, result, terminal);
            step("after-sale");
            printf("kiosk %d\n", int(outcome.status));
            return 0;
        }
        const Session cashier = till.staff().login(QStringLiteral("1111"));
        const qint64 due = cart.totals().total.minor();
        const CardRequest request = till.cardPayments().begin(cashier, CardPayments::Kind::Payment, due);
        step("before-request");
        const CardResult result = terminal.authorize(request);
        step("before-store");
        till.cardPayments().record(request, result);
        step("before-sale");
        Payment payment(due);
        payment.addTerminalCard(CardPayments::tenderFor(request, result));
        till.sales().complete(cashier, cart, payment);
        step("after-sale");
        printf("till sold\n");
        return 0;
    } catch (const DomainError& e) {
        fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
}
