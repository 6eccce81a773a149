#include "CardTerminalCall.h"

#include "CardPayments.h"
#include "CardTerminal.h"
#include "common/DomainError.h"

namespace omnitill {

void forwardTerminalStatus(CardTerminal& terminal, QObject* context, std::function<void(const QString&)> show)
{
    QPointer<QObject> guard(context);
    terminal.setStatusHandler([guard, show](const QString& text) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, show, text] {
                if (guard)
                    show(text);
            },
            Qt::QueuedConnection);
    });
}

CardTerminalCall::~CardTerminalCall()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker.data();
    }
    if (m_terminal)
        m_terminal->setStatusHandler({});
}

void CardTerminalCall::start(std::shared_ptr<CardTerminal> terminal, std::function<void(CardTerminal&)> work)
{
    if (m_worker || !terminal)
        return;
    m_terminal = std::move(terminal);
    forwardTerminalStatus(*m_terminal, this, [this](const QString& text) { emit message(text); });
    CardTerminal* asked = m_terminal.get();
    QThread* worker = QThread::create([asked, work] { work(*asked); });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker] {
        worker->deleteLater();
        m_worker = nullptr;
        m_terminal->setStatusHandler({});
        emit finished();
    });
    worker->start();
}

void CardTerminalCall::cancel()
{
    if (m_worker && m_terminal)
        m_terminal->cancel();
}

void CardTerminalCall::reverse(std::shared_ptr<CardTerminal> terminal, CardPayments& payments, const QString& id,
                               std::function<void(bool, const QString&)> done)
{
    if (m_worker || !terminal) {
        done(false, {});
        return;
    }
    std::pair<CardRequest, CardResult> ask;
    try {
        ask = payments.reversalOf(id);
    } catch (const DomainError& e) {
        done(false, e.message());
        return;
    }
    auto reversed = std::make_shared<bool>(false);
    connect(
        this, &CardTerminalCall::finished, this,
        [&payments, id, reversed, done] {
            if (!*reversed) {
                done(false, {});
                return;
            }
            try {
                payments.recordReversal(id);
                done(true, {});
            } catch (const DomainError& e) {
                done(false, e.message());
            }
        },
        Qt::SingleShotConnection);
    start(std::move(terminal), [ask, reversed](CardTerminal& t) { *reversed = t.reverse(ask.first, ask.second); });
}

} // namespace omnitill
