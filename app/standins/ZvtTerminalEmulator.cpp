#include "ZvtTerminalEmulator.h"

#include "VirtualSerialLine.h"
#include "ZvtBcd.h"
#include "ZvtFields.h"
#include "ZvtProtocolError.h"
#include "ZvtSerialFrame.h"
#include "ZvtStatusInformation.h"
#include "ZvtTlv.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <fcntl.h>
#include <functional>
#include <unistd.h>

namespace omnitill::standins {

using namespace omnitill::zvt;

namespace {

struct Card
{
    const char* brand;
    const char* last4;
    int type;
};
// Cards the customers "present", in turn: girocard, Mastercard, Visa.
const Card kCards[] = {{"girocard", "1234", 5}, {"Mastercard", "4444", 6}, {"VISA", "0119", 10}};

QString money(qint64 minor)
{
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

// One conversation with a till: over a TCP connection, or the pty with DLE/STX framing. Messages
// to the till go out one at a time, each waiting for the till's 80 00 00.
class ZvtTerminalEmulator::Session : public QObject
{
public:
    Session(ZvtTerminalEmulator& terminal, QTcpSocket* socket) : QObject(socket), m_terminal(terminal), m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { received(m_socket->readAll()); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
    Session(ZvtTerminalEmulator& terminal, VirtualSerialLine& line, QObject* parent) : QObject(parent), m_terminal(terminal), m_line(&line)
    {
        m_notifier = new QSocketNotifier(line.fd(), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] { received(m_line->readAvailable()); });
    }

private:
    struct Step
    {
        int delayMs = 0;
        std::function<void()> action;
    };

    void received(const QByteArray& bytes)
    {
        if (!m_line) {
            m_buffer += bytes;
            Apdu apdu;
            while (const qsizetype used = Apdu::decode(m_buffer, apdu)) {
                m_buffer.remove(0, used);
                handle(apdu);
            }
            return;
        }
        for (const serial::Reader::Item& item : m_reader.feed(bytes)) {
            if (item.kind == serial::Reader::Item::Kind::Block) {
                m_line->send(QByteArray(1, serial::kAck));
                Apdu apdu;
                if (Apdu::decode(item.apdu, apdu) == item.apdu.size())
                    handle(apdu);
            } else if (item.kind == serial::Reader::Item::Kind::BadBlock) {
                m_line->send(QByteArray(1, serial::kNak));
            } else if (item.kind == serial::Reader::Item::Kind::Nak && !m_lastFrame.isEmpty()) {
                m_line->send(m_lastFrame);
            }
        }
    }

    void write(const Apdu& apdu)
    {
        if (m_line) {
            m_lastFrame = serial::wrap(apdu.encode());
            m_line->send(m_lastFrame);
        } else if (m_socket) {
            m_socket->write(apdu.encode());
        }
    }

    void send(const Apdu& apdu)
    {
        m_awaitingAck = true;
        write(apdu);
    }

    void queue(int delayMs, std::function<void()> action) { m_steps.append({delayMs, std::move(action)}); }
    void queueSend(const Apdu& apdu, int delayMs = -1)
    {
        queue(delayMs < 0 ? m_terminal.m_options.stepDelayMs : delayMs, [this, apdu] { send(apdu); });
    }
    void runSteps()
    {
        if (m_awaitingAck || m_stepRunning || m_steps.isEmpty())
            return;
        const Step step = m_steps.takeFirst();
        m_stepRunning = true;
        const int generation = m_generation;
        QTimer::singleShot(step.delayMs, this, [this, step, generation] {
            if (generation != m_generation)
                return;
            m_stepRunning = false;
            step.action();
            runSteps();
        });
    }
    void reset()
    {
        ++m_generation;
        m_steps.clear();
        m_stepRunning = false;
        m_awaitingAck = false;
    }

    void handle(const Apdu& apdu)
    {
        if (apdu.isAck()) {
            m_awaitingAck = false;
            runSteps();
            return;
        }
        if (apdu.isNak()) {
            m_awaitingAck = false;
            runSteps();
            return;
        }
        try {
            dispatch(apdu);
        } catch (const ProtocolError&) {
            write(Apdu::nak(0x9A));
        }
        runSteps();
    }

    bool passwordOk(const QByteArray& data) const { return data.size() >= 3 && bcd::digits(data.left(3)) == m_terminal.m_options.password; }

    void dispatch(const Apdu& apdu)
    {
        switch (apdu.command()) {
        case Registration:
            if (!passwordOk(apdu.data)) {
                write(Apdu::nak(0x83));
                return;
            }
            write(Apdu::ack());
            queueSend(Apdu::make(Completion, Fields().add(bmp::TerminalId, bcd::fromDigits(m_terminal.m_options.terminalId)).encode()));
            return;
        case Authorization:
            authorize(Fields::decode(apdu.data));
            return;
        case RepeatReceipt:
            if (!passwordOk(apdu.data))
                return void(write(Apdu::nak(0x83)));
            write(Apdu::ack());
            repeatReceipt();
            return;
        case Reversal:
            if (!passwordOk(apdu.data))
                return void(write(Apdu::nak(0x83)));
            write(Apdu::ack());
            reverse(Fields::decode(apdu.data.mid(3)));
            return;
        case Refund:
            if (!passwordOk(apdu.data))
                return void(write(Apdu::nak(0x83)));
            write(Apdu::ack());
            refund(Fields::decode(apdu.data.mid(3)));
            return;
        case EndOfDay:
            if (!passwordOk(apdu.data))
                return void(write(Apdu::nak(0x83)));
            write(Apdu::ack());
            endOfDay();
            return;
        case Abort:
            write(Apdu::ack());
            abort();
            return;
        case StatusEnquiry: {
            write(Apdu::ack());
            StatusInformation ready;
            ready.resultCode = 0;
            ready.terminalId = m_terminal.m_options.terminalId;
            queueSend(statusApdu(ready));
            queueSend(Apdu::make(Completion));
            return;
        }
        case LogOff:
            write(Apdu::ack());
            return;
        default:
            write(Apdu::nak(0x83));
            return;
        }
    }

    StatusInformation infoOf(const Transaction& t) const
    {
        StatusInformation info;
        info.resultCode = 0;
        info.amount = t.amount;
        info.currency = QStringLiteral("0978");
        info.trace = QString::number(t.trace);
        info.receiptNumber = QString::number(t.receipt);
        info.terminalId = m_terminal.m_options.terminalId;
        info.contractNumber = QStringLiteral("455600001");
        info.approvalCode = t.approval;
        info.cardName = t.brand;
        info.cardLast4 = t.last4;
        info.date = t.date;
        info.time = t.time;
        if (t.originalTrace)
            info.originalTrace = QString::number(t.originalTrace);
        return info;
    }
    Apdu statusApdu(const StatusInformation& info) const { return Apdu::make(StatusInfo, info.toFields().encode()); }

    QStringList slipOf(const Transaction& t, const QString& title) const
    {
        QStringList lines{
            title, QStringLiteral("Terminal-ID %1").arg(m_terminal.m_options.terminalId),
            QStringLiteral("Trace %1  Beleg %2").arg(t.trace, 6, 10, QLatin1Char('0')).arg(t.receipt, 4, 10, QLatin1Char('0')),
            QStringLiteral("Datum %1.%2. Zeit %3:%4:%5")
                .arg(t.date.mid(2, 2), t.date.left(2), t.time.left(2), t.time.mid(2, 2), t.time.mid(4, 2))};
        if (!t.brand.isEmpty())
            lines.append(QStringLiteral("%1 ############%2").arg(t.brand, t.last4));
        if (!t.approval.isEmpty())
            lines.append(QStringLiteral("Genehmigungs-Nr. %1").arg(t.approval));
        lines.append(QStringLiteral("BETRAG EUR %1").arg(money(t.amount)));
        lines.append(QStringLiteral("Zahlung erfolgt"));
        return lines;
    }
    void queueSlip(const QStringList& lines)
    {
        // Print lines one by one (06 D1), the last one marked with attribute FF.
        for (qsizetype i = 0; i < lines.size(); ++i)
            queueSend(Apdu::make(PrintLine, QByteArray(1, char(i + 1 == lines.size() ? 0xFF : 0x00)) + lines.at(i).toLatin1()), 0);
    }

    // The card the customer holds to the terminal (see ZvtTerminalEmulator::presentCard).
    void presentCard(Transaction& t, bool refund) const
    {
        const Card* card = &kCards[m_terminal.m_nextTrace % 3];
        for (const Card& c : kCards)
            if (m_terminal.m_presentedCard.compare(QLatin1String(c.brand), Qt::CaseInsensitive) == 0)
                card = &c;
        if (refund && m_terminal.m_presentedCard.isEmpty()) {
            for (auto it = m_terminal.m_transactions.crbegin(); it != m_terminal.m_transactions.crend(); ++it)
                if (it->kind == QLatin1String("payment")) {
                    t.brand = it->brand;
                    t.last4 = it->last4;
                    return;
                }
        }
        t.brand = QString::fromLatin1(card->brand);
        t.last4 = QString::fromLatin1(card->last4);
    }

    Transaction newTransaction(const QString& kind, qint64 amount) const
    {
        Transaction t;
        t.kind = kind;
        t.amount = amount;
        const QDateTime now = QDateTime::currentDateTime();
        t.date = now.toString(QStringLiteral("MMdd"));
        t.time = now.toString(QStringLiteral("HHmmss"));
        return t;
    }

    void authorize(const Fields& fields)
    {
        const auto amount = bcd::decode(fields.value(bmp::Amount));
        if (!amount || *amount == 0) {
            write(Apdu::nak(0x83));
            return;
        }
        write(Apdu::ack());
        reset();
        m_charged = false;
        const Behaviour behaviour = m_terminal.m_behaviour;
        queueSend(Apdu::make(IntermediateStatus, QByteArray::fromHex("0A00")));
        if (behaviour == Behaviour::Timeout) {
            m_waitingForCard = true;
            return;
        }
        if (behaviour == Behaviour::Decline || *amount % 100 == 51) {
            queue(m_terminal.m_options.stepDelayMs,
                  [this, amount = qint64(*amount)] { m_terminal.book(newTransaction(QStringLiteral("decline"), amount)); });
            queueSend(Apdu::make(AbortFromTerminal, QByteArray(1, char(0x05))));
            return;
        }
        if (behaviour == Behaviour::Pin) {
            queueSend(Apdu::make(IntermediateStatus, QByteArray::fromHex("0100")));
            queueSend(Apdu::make(IntermediateStatus, QByteArray::fromHex("0400")), m_terminal.m_options.pinDelayMs);
        }
        queue(m_terminal.m_options.stepDelayMs, [this, amount = qint64(*amount), behaviour] {
            Transaction t = newTransaction(QStringLiteral("payment"), amount);
            presentCard(t, false);
            t.approval = QStringLiteral("%1").arg(100000 + m_terminal.m_nextTrace * 7 % 900000);
            const Transaction booked = m_terminal.book(t);
            m_charged = true;
            if (behaviour == Behaviour::DropAfterCharge) {
                reset();
                if (m_socket)
                    m_socket->abort();
                return;
            }
            if (behaviour == Behaviour::StatusOnly) {
                reset();
                m_mute = true;
                return;
            }
            StatusInformation info = infoOf(booked);
            m_steps.prepend({0, [this, info] { send(statusApdu(info)); }});
            queueSlip(slipOf(booked, QStringLiteral("Kartenzahlung")));
            queueSend(Apdu::make(Completion));
        });
    }

    void abort()
    {
        if (m_mute)
            return;
        if (m_charged)
            return; // too late: the payment goes through and its status follows
        reset();
        m_waitingForCard = false;
        m_terminal.book(newTransaction(QStringLiteral("abort"), 0));
        queueSend(Apdu::make(AbortFromTerminal, QByteArray(1, char(0x6C))));
    }

    void repeatReceipt()
    {
        reset();
        const Transaction* last = m_terminal.lastTransaction();
        if (!last) {
            queueSend(Apdu::make(AbortFromTerminal, QByteArray(1, char(0x83))));
            return;
        }
        const Transaction copy = *last;
        queueSend(statusApdu(infoOf(copy)));
        queueSlip(QStringList{QStringLiteral("** KOPIE **")} +
                  slipOf(copy, copy.kind == QLatin1String("payment") ? QStringLiteral("Kartenzahlung") : QStringLiteral("Storno")));
        queueSend(Apdu::make(Completion));
    }

    void reverse(const Fields& fields)
    {
        reset();
        const auto receipt = bcd::decode(fields.value(bmp::ReceiptNumber));
        Transaction* original = receipt ? m_terminal.findByReceipt(int(*receipt)) : nullptr;
        const bool reversible = original && (original->kind == QLatin1String("payment") || original->kind == QLatin1String("refund"));
        if (!reversible || original->settled) {
            queueSend(Apdu::make(AbortFromTerminal, QByteArray(1, char(0xB5))));
            return;
        }
        if (original->reversed) {
            queueSend(Apdu::make(AbortFromTerminal, QByteArray(1, char(0xB4))));
            return;
        }
        Transaction t = newTransaction(QStringLiteral("reversal"), original->amount);
        t.originalReceipt = original->receipt;
        t.originalTrace = original->trace;
        t.brand = original->brand;
        t.last4 = original->last4;
        const Transaction booked = m_terminal.book(t);
        queueSend(statusApdu(infoOf(booked)));
        queueSlip(slipOf(booked, QStringLiteral("Storno")));
        queueSend(Apdu::make(Completion));
    }

    void refund(const Fields& fields)
    {
        reset();
        const auto amount = bcd::decode(fields.value(bmp::Amount));
        if (!amount || *amount == 0) {
            queueSend(Apdu::make(AbortFromTerminal, QByteArray(1, char(0x83))));
            return;
        }
        queueSend(Apdu::make(IntermediateStatus, QByteArray::fromHex("0A00")));
        queue(m_terminal.m_options.stepDelayMs, [this, amount = qint64(*amount)] {
            Transaction t = newTransaction(QStringLiteral("refund"), amount);
            presentCard(t, true);
            const Transaction booked = m_terminal.book(t);
            m_steps.prepend({0, [this, booked] { send(statusApdu(infoOf(booked))); }});
            queueSlip(slipOf(booked, QStringLiteral("Gutschrift")));
            queueSend(Apdu::make(Completion));
        });
    }

    void endOfDay()
    {
        reset();
        StatusInformation info;
        info.resultCode = 0;
        info.terminalId = m_terminal.m_options.terminalId;
        qint64 total = 0;
        int first = 0;
        int last = 0;
        QHash<QString, CardGroupTotal> groups;
        for (Transaction* t : m_terminal.openForEndOfDay()) {
            first = first ? first : t->receipt;
            last = t->receipt;
            const qint64 signedAmount = t->kind == QLatin1String("payment") ? t->amount : -t->amount;
            if (t->reversed)
                continue;
            if (t->kind == QLatin1String("reversal"))
                continue; // the reversed payment is left out instead
            CardGroupTotal& g = groups[t->brand];
            g.group = t->brand == QLatin1String("VISA") ? QStringLiteral("Visa") : t->brand;
            g.count += 1;
            g.amount += signedAmount;
            total += signedAmount;
        }
        info.amount = qMax<qint64>(total, 0);
        info.firstReceipt = QString::number(first);
        info.lastReceipt = QString::number(last);
        for (const CardGroupTotal& g : groups)
            info.totals.append({g.group, g.count, qMax<qint64>(g.amount, 0)});
        Transaction t = newTransaction(QStringLiteral("end_of_day"), total);
        const Transaction booked = m_terminal.book(t);
        m_terminal.markSettled();
        info.trace = QString::number(booked.trace);
        info.date = booked.date;
        info.time = booked.time;
        queueSend(statusApdu(info));
        QStringList slip{QStringLiteral("Kassenschnitt"), QStringLiteral("Terminal-ID %1").arg(info.terminalId),
                         QStringLiteral("Belege %1 - %2").arg(first).arg(last)};
        for (const CardGroupTotal& g : info.totals)
            slip.append(QStringLiteral("%1 %2x EUR %3").arg(g.group).arg(g.count).arg(money(g.amount)));
        slip.append(QStringLiteral("GESAMT EUR %1").arg(money(total)));
        queueSlip(slip);
        queueSend(Apdu::make(Completion));
    }

    ZvtTerminalEmulator& m_terminal;
    QPointer<QTcpSocket> m_socket;
    VirtualSerialLine* m_line = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    serial::Reader m_reader;
    QByteArray m_buffer;
    QByteArray m_lastFrame;
    QList<Step> m_steps;
    bool m_awaitingAck = false;
    bool m_stepRunning = false;
    bool m_charged = false;
    bool m_waitingForCard = false;
    bool m_mute = false;
    int m_generation = 0;
};

ZvtTerminalEmulator::ZvtTerminalEmulator(Options options, QObject* parent) : QObject(parent), m_options(std::move(options))
{
    if (!m_options.logPath.isEmpty()) {
        loadLog();
        m_log.setFileName(m_options.logPath);
        if (!m_log.open(QIODevice::Append | QIODevice::WriteOnly))
            m_error = m_log.errorString();
    }
}

ZvtTerminalEmulator::~ZvtTerminalEmulator()
{
    if (m_ptyKeeper >= 0)
        ::close(m_ptyKeeper);
}

quint16 ZvtTerminalEmulator::listen(const QHostAddress& address, quint16 port)
{
    m_server = new QTcpServer(this);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        return 0;
    }
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection())
            new Session(*this, socket);
    });
    return m_server->serverPort();
}

QString ZvtTerminalEmulator::openPty()
{
    m_pty = std::make_unique<VirtualSerialLine>();
    if (!m_pty->isValid()) {
        m_error = QStringLiteral("cannot open a pseudo-terminal");
        return {};
    }
    m_ptyKeeper = ::open(m_pty->port().toLocal8Bit().constData(), O_RDWR | O_NOCTTY);
    new Session(*this, *m_pty, this);
    return m_pty->port();
}

bool ZvtTerminalEmulator::presentCard(const QString& brand)
{
    if (brand.isEmpty()) {
        m_presentedCard.clear();
        return true;
    }
    for (const Card& c : kCards)
        if (brand.compare(QLatin1String(c.brand), Qt::CaseInsensitive) == 0) {
            m_presentedCard = QString::fromLatin1(c.brand);
            return true;
        }
    return false;
}

std::optional<ZvtTerminalEmulator::Behaviour> ZvtTerminalEmulator::behaviourFromName(const QString& name)
{
    static const QHash<QString, Behaviour> names{
        {QStringLiteral("approve"), Behaviour::Approve},
        {QStringLiteral("decline"), Behaviour::Decline},
        {QStringLiteral("pin"), Behaviour::Pin},
        {QStringLiteral("timeout"), Behaviour::Timeout},
        {QStringLiteral("drop-after-charge"), Behaviour::DropAfterCharge},
        {QStringLiteral("status-only"), Behaviour::StatusOnly},
    };
    if (const auto it = names.constFind(name); it != names.constEnd())
        return *it;
    return std::nullopt;
}

ZvtTerminalEmulator::Transaction& ZvtTerminalEmulator::book(Transaction t)
{
    if (t.kind != QLatin1String("decline") && t.kind != QLatin1String("abort"))
        t.receipt = m_nextReceipt++;
    t.trace = m_nextTrace++;
    if (t.kind == QLatin1String("reversal"))
        if (Transaction* original = findByReceipt(t.originalReceipt))
            original->reversed = true;
    append(t, t.kind);
    m_transactions.append(t);
    return m_transactions.last();
}

void ZvtTerminalEmulator::append(const Transaction& t, const QString& op)
{
    QJsonObject o{{QStringLiteral("op"), op},           {QStringLiteral("receipt"), t.receipt}, {QStringLiteral("trace"), t.trace},
                  {QStringLiteral("amount"), t.amount}, {QStringLiteral("date"), t.date},       {QStringLiteral("time"), t.time},
                  {QStringLiteral("brand"), t.brand},   {QStringLiteral("last4"), t.last4},     {QStringLiteral("approval"), t.approval}};
    if (t.originalReceipt)
        o.insert(QStringLiteral("original_receipt"), t.originalReceipt);
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (m_log.isOpen()) {
        m_log.write(line);
        m_log.flush();
        ::fsync(m_log.handle());
    }
    emit logged(QString::fromUtf8(line.trimmed()));
}

void ZvtTerminalEmulator::loadLog()
{
    QFile file(m_options.logPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (o.isEmpty())
            continue; // a line cut short by a crash
        Transaction t;
        t.kind = o.value(QStringLiteral("op")).toString();
        t.receipt = o.value(QStringLiteral("receipt")).toInt();
        t.trace = o.value(QStringLiteral("trace")).toInt();
        t.amount = o.value(QStringLiteral("amount")).toInteger();
        t.date = o.value(QStringLiteral("date")).toString();
        t.time = o.value(QStringLiteral("time")).toString();
        t.brand = o.value(QStringLiteral("brand")).toString();
        t.last4 = o.value(QStringLiteral("last4")).toString();
        t.approval = o.value(QStringLiteral("approval")).toString();
        t.originalReceipt = o.value(QStringLiteral("original_receipt")).toInt();
        if (t.kind == QLatin1String("reversal"))
            if (Transaction* original = findByReceipt(t.originalReceipt))
                original->reversed = true;
        m_transactions.append(t);
        if (t.kind == QLatin1String("end_of_day"))
            markSettled();
        m_nextReceipt = qMax(m_nextReceipt, t.receipt + 1);
        m_nextTrace = qMax(m_nextTrace, t.trace + 1);
    }
}

ZvtTerminalEmulator::Transaction* ZvtTerminalEmulator::findByReceipt(int receipt)
{
    for (Transaction& t : m_transactions)
        if (t.receipt == receipt && receipt > 0 && t.kind != QLatin1String("end_of_day"))
            return &t;
    return nullptr;
}

const ZvtTerminalEmulator::Transaction* ZvtTerminalEmulator::lastTransaction() const
{
    for (auto it = m_transactions.crbegin(); it != m_transactions.crend(); ++it)
        if (it->kind == QLatin1String("payment") || it->kind == QLatin1String("reversal") || it->kind == QLatin1String("refund"))
            return &*it;
    return nullptr;
}

QList<ZvtTerminalEmulator::Transaction*> ZvtTerminalEmulator::openForEndOfDay()
{
    QList<Transaction*> open;
    for (Transaction& t : m_transactions)
        if (!t.settled && t.receipt > 0 && t.kind != QLatin1String("end_of_day"))
            open.append(&t);
    return open;
}

void ZvtTerminalEmulator::markSettled()
{
    for (Transaction& t : m_transactions)
        t.settled = true;
}

} // namespace omnitill::standins
