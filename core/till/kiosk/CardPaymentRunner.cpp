#include "CardPaymentRunner.h"

#include "common/DomainError.h"
#include "common/Tr.h"
#include "payment/CardTerminal.h"

#include <memory>

namespace omnitill {

CardPaymentRunner::~CardPaymentRunner()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker.data();
    }
}

qint64 CardPaymentRunner::start(Cart& cart, CardTerminal& terminal)
{
    if (m_worker)
        throw DomainError(QStringLiteral("kiosk.payment_open"), Tr::tr("A card payment is already running"));
    const CardRequest request = m_payments.begin(cart);
    auto result = std::make_shared<CardResult>();
    CardTerminal* asked = &terminal;
    QThread* worker = QThread::create([asked, request, result] {
        *result = request.amount == 0 ? CardResult::of(CardResult::Outcome::Approved) : asked->authorize(request);
    });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker, request, result, &cart, asked] {
        worker->deleteLater();
        m_worker = nullptr;
        try {
            emit finished(m_payments.finish(request, cart, *result, *asked));
        } catch (const DomainError& e) {
            emit failed(e.message());
        }
    });
    worker->start();
    return request.amount;
}

} // namespace omnitill
