#pragma once

#include "ZvtApdu.h"

#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QTcpServer;

namespace omnitill::standins {

class VirtualSerialLine;

// A ZVT card terminal in software (the payment terminal's side of PA00P015/PA00P016), over TCP and
// over a pseudo-terminal with the serial framing. It registers the till, takes payments, reversals,
// refunds and the end of day, repeats its last receipt, prints its slips through the till, and can
// be told to misbehave the ways real terminals do. Every charge, reversal and refund is appended
// to a log (one JSON object per line, synced) before the till hears of it: the record a test
// compares the store's sales with. State is rebuilt from that log at start.
class ZvtTerminalEmulator : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour
    {
        Approve,
        Decline,         // the bank declines every payment
        Pin,             // the customer takes pinDelayMs to enter the PIN, then approved
        Timeout,         // the customer never presents a card: silent until the till aborts
        DropAfterCharge, // charges, then the line drops before the till hears anything
        StatusOnly,      // charges but never answers the payment; only 06 20 tells
    };
    struct Options
    {
        QString password = QStringLiteral("000000");
        QString terminalId = QStringLiteral("52500038");
        QString logPath;
        int pinDelayMs = 1500;
        int stepDelayMs = 20;
    };
    struct Transaction
    {
        QString kind; // payment, reversal, refund, end_of_day, decline, abort
        int receipt = 0;
        int trace = 0;
        qint64 amount = 0;
        QString approval;
        QString brand;
        QString last4;
        int originalReceipt = 0;
        int originalTrace = 0;
        bool reversed = false;
        bool settled = false; // included in an end of day
        QString date;         // MMDD
        QString time;         // HHMMSS
    };

    explicit ZvtTerminalEmulator(Options options, QObject* parent = nullptr);
    ~ZvtTerminalEmulator() override;

    quint16 listen(const QHostAddress& address, quint16 port); // 0 when it cannot
    QString openPty();                                         // the device to give the till; empty when it cannot
    QString error() const { return m_error; }

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    // The card the next customer presents: girocard, Mastercard or VISA; empty: payments take
    // turns, and a refund is presented the card of the last payment (the customer came back).
    bool presentCard(const QString& brand);
    QString presentedCard() const { return m_presentedCard; }
    Behaviour behaviour() const { return m_behaviour; }
    static std::optional<Behaviour> behaviourFromName(const QString& name);
    const QList<Transaction>& transactions() const { return m_transactions; }
    const Options& options() const { return m_options; }

    // For a session: the terminal's bookkeeping, shared by every connection.
    Transaction& book(Transaction t); // numbers it, logs it (synced), returns the stored one
    Transaction* findByReceipt(int receipt);
    const Transaction* lastTransaction() const;
    QList<Transaction*> openForEndOfDay();
    void markSettled();

signals:
    void logged(const QString& line);

private:
    class Session;
    void loadLog();
    void append(const Transaction& t, const QString& op);

    Options m_options;
    Behaviour m_behaviour = Behaviour::Approve;
    QString m_presentedCard;
    QTcpServer* m_server = nullptr;
    std::unique_ptr<VirtualSerialLine> m_pty;
    int m_ptyKeeper = -1; // the emulator holds the pty's other end open so it never hangs up
    QList<Transaction> m_transactions;
    QFile m_log;
    QString m_error;
    int m_nextReceipt = 1;
    int m_nextTrace = 1;
};

} // namespace omnitill::standins
