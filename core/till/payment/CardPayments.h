#pragma once

#include "CardTerminal.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace omnitill {

class Clock;
class Database;
class Payment;
class PrintQueue;
class StoreSettings;
struct Session;
struct Tender;

struct CardPaymentRecord
{
    QString id;
    QString kind; // payment, refund, end_of_day
    qint64 amount = 0;
    QString status; // pending, approved, declined, failed, reversed, completed
    QString previousReceipt;
    QString receiptNumber;
    QString terminalId;
    QString trace;
    QString approvalCode;
    QString cardBrand;
    QString cardLast4;
    QStringList slip;
    QString message;
    QString saleId;
    QString createdAt;
};

// The terminal's end of day next to what this till recorded through it since the last one.
struct CardReconciliation
{
    bool ok = false; // the terminal closed its day
    QString message;
    qint64 terminalTotal = 0;
    int terminalCount = 0;
    qint64 recordedTotal = 0;
    int recordedCount = 0;
    qint64 difference() const { return terminalTotal - recordedTotal; }
    QList<CardTerminalTotals::Group> groups;
};

// Card payments and refunds through the till's terminal (table card_payments, its only writer).
// Every request is written down, committed, before the terminal is asked; its answer is recorded
// when it comes; an approved payment becomes a sale's tender in the sale's own transaction. What a
// crash or a lost answer leaves in between is settled by recover(): asked again, an approval no
// sale took is reversed. So a card is never charged twice and never charged without a sale.
class CardPayments
{
public:
    enum class Kind
    {
        Payment,
        Refund
    };

    CardPayments(Database& db, const Clock& clock, StoreSettings& settings, PrintQueue& printQueue)
        : m_db(db), m_clock(clock), m_settings(settings), m_printQueue(printQueue)
    {
    }

    // Refuses in training (a training sale never reaches the real terminal) and without a session.
    CardRequest begin(const Session& session, Kind kind, qint64 amount);
    // Records the terminal's answer (an approval queues the card slip); Unknown stays pending.
    void record(const CardRequest& request, const CardResult& result);
    // The tender an approved payment puts on the sale; it names the payment (reference).
    static Tender tenderFor(const CardRequest& request, const CardResult& result);
    // Inside the sale's or the return's transaction: the approved card payments or refunds its
    // tenders name become its own; a tender naming one that is not approved is refused.
    void attach(const QString& saleId, const QList<Tender>& tenders, Kind kind);
    // The cashier took the card tender off, or gave up the sale: the terminal reverses it.
    bool reverse(const QString& id, CardTerminal& terminal);
    // The same in steps, for a caller that asks the terminal on another thread: what to ask
    // (terminal.reverse(reversalOf(id))), then what it answered.
    std::pair<CardRequest, CardResult> reversalOf(const QString& id);
    void recordReversal(const QString& id);
    // After a crash or a lost answer: pending ones are asked about, approvals no sale took are
    // reversed. Returns how many were settled; the rest stay open (the terminal cannot tell yet).
    int recover(CardTerminal& terminal);
    // The same asked for by staff once the terminal answers again, without restarting the till;
    // nothing may be in the middle of a payment at this till (the screens ask it only then).
    int settle(const Session& session, CardTerminal& terminal);
    QList<CardPaymentRecord> open();
    CardPaymentRecord find(const QString& id);
    // The terminal's end of day, reconciled with the payments and refunds recorded since the last.
    CardReconciliation endOfDay(const Session& session, CardTerminal& terminal);
    // The same in steps (the terminal asked on another thread): may this session run it, then
    // what the terminal reported, recorded and reconciled.
    void checkEndOfDay(const Session& session) const;
    CardReconciliation reconcile(const Session& session, const CardTerminalTotals& totals);

private:
    QString lastReceipt();
    void mark(const QString& id, const QString& status, const QString& message, const CardResult* result = nullptr);
    CardRequest requestOf(const CardPaymentRecord& record) const;
    static CardResult resultOf(const CardPaymentRecord& record);

    Database& m_db;
    const Clock& m_clock;
    StoreSettings& m_settings;
    PrintQueue& m_printQueue;
};

} // namespace omnitill
