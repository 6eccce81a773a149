#pragma once

#include "KioskPaymentService.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace omnitill {

class Cart;
class CardTerminal;

// One card payment without blocking the caller's thread (the kiosk's screen stays alive while the
// customer deals with the terminal): the attempt is recorded here, the terminal is asked on a
// worker thread, and its answer is recorded back on this thread. The cart must outlive the run.
class CardPaymentRunner : public QObject
{
    Q_OBJECT
public:
    explicit CardPaymentRunner(KioskPaymentService& payments, QObject* parent = nullptr) : QObject(parent), m_payments(payments) {}
    // Waits for a terminal still being asked: its answer is recorded at the next start (recover).
    ~CardPaymentRunner() override;

    // Records the attempt and asks the terminal; throws DomainError when the payment cannot start
    // (KioskPaymentService::begin). Returns the amount asked for; finished() follows.
    qint64 start(Cart& cart, CardTerminal& terminal);
    bool isRunning() const { return m_worker != nullptr; }

signals:
    // The payment's outcome as recorded; failed() instead when recording it refused.
    void finished(const omnitill::KioskPaymentOutcome& outcome);
    void failed(const QString& message);

private:
    KioskPaymentService& m_payments;
    QPointer<QThread> m_worker;
};

} // namespace omnitill
