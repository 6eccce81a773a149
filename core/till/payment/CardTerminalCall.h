#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace omnitill {

class CardPayments;
class CardTerminal;

// Hands the terminal's messages, which it gives on the thread that asks it, to show() on context's
// thread; nothing once context is gone.
void forwardTerminalStatus(CardTerminal& terminal, QObject* context, std::function<void(const QString&)> show);

// Talks to the card terminal off the screen's thread: the work runs on a worker thread (a payment
// can take a minute while the customer finds the card and types the PIN), the terminal's messages
// and the end arrive on the caller's thread. The terminal is shared so that a device reload while
// the customer is at the terminal cannot pull it away.
class CardTerminalCall : public QObject
{
    Q_OBJECT
public:
    explicit CardTerminalCall(QObject* parent = nullptr) : QObject(parent) {}
    // Waits for a terminal still being asked.
    ~CardTerminalCall() override;

    // work runs on the worker thread with the terminal; finished() follows on this thread.
    void start(std::shared_ptr<CardTerminal> terminal, std::function<void(CardTerminal&)> work);
    bool isRunning() const { return m_worker != nullptr; }
    // Asks the terminal to stop (06 B0); the work still ends with finished().
    void cancel();
    // Reverses the card payment or refund `id` on the terminal and records that; done(true) when
    // both happened, else done(false, why) (why is empty when the terminal did not reverse it);
    // an unreversed one stays open for CardPayments::settle().
    void reverse(std::shared_ptr<CardTerminal> terminal, CardPayments& payments, const QString& id,
                 std::function<void(bool reversed, const QString& why)> done);

signals:
    void message(const QString& text);
    void finished();

private:
    QPointer<QThread> m_worker;
    std::shared_ptr<CardTerminal> m_terminal;
};

} // namespace omnitill
