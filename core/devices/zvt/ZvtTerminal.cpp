#include "ZvtTerminal.h"

#include "CodePage.h"
#include "ZvtBcd.h"
#include "ZvtLink.h"
#include "ZvtMessages.h"
#include "ZvtProtocolError.h"
#include "ZvtTlv.h"
#include "common/Tr.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

namespace omnitill {

using namespace zvt;

namespace {

// Registration's config byte: the till prints the payment and administration receipts (02, 04),
// the terminal sends intermediate status (08), amounts come from the till only (10), the
// administration is the till's (20), print text blocks allowed (80).
constexpr quint8 kConfigByte = 0x02 | 0x04 | 0x08 | 0x10 | 0x20 | 0x80;
// Payment type: the terminal decides (girocard, credit card, contactless).
constexpr quint8 kPaymentTypeByTerminal = 0x40;
constexpr int kSliceMs = 100;

QStringList printLines(const Apdu& apdu)
{
    if (apdu.command() == PrintLine) // an attribute byte, then the line
        return {CodePage::decode(apdu.data.mid(1), "CP437")};
    QStringList lines;
    const Fields fields = Fields::decode(apdu.data);
    for (const TlvNode& node : tlv::decode(fields.value(bmp::Tlv))) {
        if (node.tag == 0x25)
            lines += tlv::texts(node);
        else if (const TlvNode* print = node.find(0x25))
            lines += tlv::texts(*print);
    }
    return lines;
}

QString intermediateText(const Apdu& apdu)
{
    if (apdu.data.isEmpty())
        return messages::intermediate(0x0E);
    // 04 FF: the status byte, a timeout byte, then optionally the terminal's own display texts.
    if (apdu.data.size() > 2) {
        try {
            const Fields fields = Fields::decode(apdu.data.mid(2));
            for (const TlvNode& node : tlv::decode(fields.value(bmp::Tlv)))
                if (const QStringList texts = tlv::texts(node); node.tag == 0x24 && !texts.isEmpty())
                    return texts.join(QLatin1Char('\n'));
        } catch (const ProtocolError&) {
            // fall back to the status byte's meaning
        }
    }
    return messages::intermediate(quint8(apdu.data.at(0)));
}

} // namespace

bool ZvtTerminal::isAvailable() const
{
    return true; // configured; whether it answers shows in the first command
}

std::unique_ptr<Link> ZvtTerminal::makeLink() const
{
    if (m_settings.transport == ZvtTerminalSettings::Transport::Serial)
        return std::make_unique<SerialLink>(m_settings.device, m_settings.baud);
    return std::make_unique<TcpLink>(m_settings.host, m_settings.port);
}

QByteArray ZvtTerminal::password() const
{
    return bcd::fromDigits(m_settings.password);
}

bool ZvtTerminal::follow(Link& link, Exchange& ex, bool mayCancel)
{
    QDeadlineTimer silence(m_settings.silenceTimeoutMs);
    bool abortSent = false;
    for (;;) {
        if (mayCancel && !abortSent && (m_cancel || silence.hasExpired())) {
            // The customer gave up or the terminal fell silent: ask it to stop (06 B0), then keep
            // listening for how the transaction ended.
            abortSent = true;
            if (!link.write(Apdu::make(Abort), m_settings.ackTimeoutMs))
                return false;
            silence.setRemainingTime(m_settings.ackTimeoutMs * 2);
        } else if (silence.hasExpired()) {
            return false;
        }
        const std::optional<Apdu> apdu = link.read(kSliceMs);
        if (!apdu) {
            if (link.failed())
                return false;
            continue;
        }
        if (apdu->isAck() || apdu->isNak())
            continue; // the terminal's answer to our abort
        if (!abortSent)
            silence.setRemainingTime(m_settings.silenceTimeoutMs);
        try {
            switch (apdu->command()) {
            case IntermediateStatus:
                showStatus(intermediateText(*apdu));
                break;
            case StatusInfo:
                ex.infos.append(StatusInformation::parse(apdu->data));
                break;
            case PrintLine:
            case PrintTextBlock:
                ex.slip += printLines(*apdu);
                break;
            case Completion:
                ex.completed = true;
                break;
            case AbortFromTerminal:
                ex.abortCode = apdu->data.isEmpty() ? 0x6C : quint8(apdu->data.at(0));
                break;
            default:
                break;
            }
        } catch (const ProtocolError& e) {
            ex.failure = e.text();
            link.write(Apdu::nak(0x9A), m_settings.ackTimeoutMs);
            return false;
        }
        if (!link.write(Apdu::ack(), m_settings.ackTimeoutMs))
            return false;
        if (ex.completed || ex.abortCode >= 0)
            return true;
    }
}

bool ZvtTerminal::registerAt(Link& link, Exchange& ex)
{
    QByteArray data = password();
    data.append(char(kConfigByte));
    data += bcd::fromDigits(m_settings.currency);
    if (!link.write(Apdu::make(Registration, data), m_settings.ackTimeoutMs))
        return false;
    const std::optional<Apdu> ack = link.read(m_settings.ackTimeoutMs);
    if (!ack || !ack->isAck()) {
        ex.failure = ack ? messages::result(ack->instr) : Tr::tr("The card terminal did not answer");
        return false;
    }
    Exchange registration;
    if (!follow(link, registration, false) || !registration.completed) {
        ex.failure = registration.abortCode >= 0 ? messages::result(registration.abortCode) : Tr::tr("The card terminal did not answer");
        return false;
    }
    return true;
}

ZvtTerminal::Exchange ZvtTerminal::run(const Apdu& command)
{
    Exchange ex;
    m_cancel = false;
    std::unique_ptr<Link> link = makeLink();
    if (!link->open(m_settings.connectTimeoutMs)) {
        ex.failure = Tr::tr("The card terminal at %1 cannot be reached: %2").arg(m_settings.describe(), link->error());
        return ex;
    }
    if (!registerAt(*link, ex)) {
        link->close();
        return ex;
    }
    ex.opened = true;
    // From here on the terminal may have the command, whatever the line does: no answer is Unknown.
    if (!link->write(command, m_settings.ackTimeoutMs)) {
        ex.failure = link->error();
        link->close();
        return ex;
    }
    const std::optional<Apdu> ack = link->read(m_settings.ackTimeoutMs);
    if (ack && ack->isNak()) {
        ex.refused = true; // nothing was done
        ex.abortCode = ack->instr;
    } else if (ack && ack->isAck()) {
        follow(*link, ex, true);
    } else if (ack) {
        ex.failure = Tr::tr("The card terminal answered %1 instead of acknowledging the command")
                         .arg(QString::fromLatin1(ack->encode().left(2).toHex(' ')));
    }
    if (!ex.completed && ex.abortCode < 0 && ex.failure.isEmpty())
        ex.failure = link->failed() ? link->error() : Tr::tr("The card terminal did not answer in time");
    link->close();
    return ex;
}

CardResult ZvtTerminal::paymentResult(const Exchange& ex, const CardRequest& request)
{
    CardResult result;
    const StatusInformation info = ex.infos.isEmpty() ? StatusInformation{} : ex.infos.last();
    result.approvalCode = info.approvalCode;
    result.cardBrand = info.cardName;
    result.cardLast4 = info.cardLast4;
    result.terminalId = info.terminalId;
    result.trace = info.trace;
    result.receiptNumber = info.receiptNumber;
    result.resultCode = info.resultCode;
    result.terminalTime = info.date.isEmpty() ? QString() : info.date + QLatin1Char(' ') + info.time;
    result.slip = ex.slip;
    if (!ex.opened || ex.refused) {
        result.outcome = CardResult::Outcome::Unavailable;
        result.resultCode = ex.abortCode;
        result.message = ex.refused ? messages::result(ex.abortCode) : ex.failure;
        return result;
    }
    if (ex.completed && info.succeeded()) {
        if (info.amount != request.amount) {
            // A terminal that charged another amount than asked: not this sale's payment.
            result.outcome = CardResult::Outcome::Unknown;
            result.message = Tr::tr("The card terminal charged %1 instead of %2").arg(info.amount).arg(request.amount);
            return result;
        }
        result.outcome = CardResult::Outcome::Approved;
        result.message = Tr::tr("Approved");
        return result;
    }
    const int code = ex.abortCode >= 0 ? ex.abortCode : (ex.completed ? info.resultCode : -1);
    if (code > 0) {
        result.resultCode = code;
        result.outcome =
            messages::meaningOf(code) == messages::Meaning::Unavailable ? CardResult::Outcome::Unavailable : CardResult::Outcome::Declined;
        result.message = messages::result(code);
        return result;
    }
    result.outcome = CardResult::Outcome::Unknown;
    result.message = Tr::tr("No answer from the card terminal: %1").arg(ex.failure);
    return result;
}

CardResult ZvtTerminal::authorize(const CardRequest& request)
{
    QMutexLocker lock(&m_busy);
    if (const auto known = m_answers.constFind(request.idempotencyKey); known != m_answers.constEnd()) {
        if (known->outcome != CardResult::Outcome::Unknown)
            return *known;
        lock.unlock();
        return status(request); // asked before without an answer: never ask to charge again
    }
    Fields fields;
    fields.add(bmp::Amount, bcd::encode(quint64(request.amount), 6));
    fields.add(bmp::Currency, bcd::fromDigits(m_settings.currency));
    fields.add(bmp::PaymentType, QByteArray(1, char(kPaymentTypeByTerminal)));
    const CardResult result = paymentResult(run(Apdu::make(Authorization, fields.encode())), request);
    if (result.outcome != CardResult::Outcome::Unavailable)
        m_answers.insert(request.idempotencyKey, result);
    return result;
}

CardResult ZvtTerminal::status(const CardRequest& request)
{
    QMutexLocker lock(&m_busy);
    if (const auto known = m_answers.constFind(request.idempotencyKey);
        known != m_answers.constEnd() && known->outcome != CardResult::Outcome::Unknown)
        return *known;
    const Exchange ex = run(Apdu::make(RepeatReceipt, password()));
    CardResult result;
    if (!ex.completed || ex.infos.isEmpty() || ex.infos.last().receiptNumber.isEmpty()) {
        // The terminal cannot say (unreachable, or no transaction to repeat): undecided.
        result.outcome = ex.abortCode >= 0 && ex.opened ? CardResult::Outcome::Declined : CardResult::Outcome::Unknown;
        result.message = ex.abortCode >= 0 ? Tr::tr("The card terminal has no payment to report") : ex.failure;
        if (result.outcome == CardResult::Outcome::Declined && !request.previousReceipt.isEmpty())
            result.outcome = CardResult::Outcome::Unknown; // it had transactions before: do not guess
        return result;
    }
    const StatusInformation& last = ex.infos.last();
    const bool ours =
        last.receiptNumber != request.previousReceipt && last.amount == request.amount && last.succeeded() && last.originalTrace.isEmpty();
    Exchange asPayment = ex;
    asPayment.infos = {last};
    result = paymentResult(asPayment, request);
    if (!ours) {
        result = CardResult{};
        result.outcome = CardResult::Outcome::Declined;
        result.message = Tr::tr("The card terminal did not take this payment");
    }
    m_answers.insert(request.idempotencyKey, result);
    return result;
}

bool ZvtTerminal::reverse(const CardRequest& request, const CardResult& approved)
{
    QMutexLocker lock(&m_busy);
    if (approved.receiptNumber.isEmpty())
        return false;
    Fields fields;
    fields.add(bmp::ReceiptNumber, bcd::encode(approved.receiptNumber.toULongLong(), 2));
    const Exchange ex = run(Apdu::make(Reversal, password() + fields.encode()));
    const bool reversed = (ex.completed && !ex.infos.isEmpty() && ex.infos.last().succeeded()) || ex.abortCode == 0xB4;
    if (reversed) {
        CardResult gone;
        gone.outcome = CardResult::Outcome::Declined;
        gone.message = Tr::tr("Reversed");
        gone.slip = ex.slip;
        m_answers.insert(request.idempotencyKey, gone);
    }
    return reversed;
}

CardResult ZvtTerminal::refund(const CardRequest& request)
{
    QMutexLocker lock(&m_busy);
    if (const auto known = m_answers.constFind(request.idempotencyKey);
        known != m_answers.constEnd() && known->outcome != CardResult::Outcome::Unknown)
        return *known;
    Fields fields;
    fields.add(bmp::Amount, bcd::encode(quint64(request.amount), 6));
    fields.add(bmp::Currency, bcd::fromDigits(m_settings.currency));
    const CardResult result = paymentResult(run(Apdu::make(Refund, password() + fields.encode())), request);
    if (result.outcome != CardResult::Outcome::Unavailable)
        m_answers.insert(request.idempotencyKey, result);
    return result;
}

CardTerminalTotals ZvtTerminal::endOfDay()
{
    QMutexLocker lock(&m_busy);
    const Exchange ex = run(Apdu::make(EndOfDay, password()));
    CardTerminalTotals totals;
    totals.slip = ex.slip;
    const StatusInformation info = ex.infos.isEmpty() ? StatusInformation{} : ex.infos.last();
    totals.terminalId = info.terminalId;
    if (!ex.completed || !info.succeeded()) {
        totals.message = ex.abortCode >= 0 ? messages::result(ex.abortCode) : ex.completed ? messages::result(info.resultCode) : ex.failure;
        return totals;
    }
    totals.ok = true;
    totals.total = info.amount;
    for (const CardGroupTotal& group : info.totals) {
        if (group.count == 0 && group.amount == 0)
            continue;
        totals.groups.append({group.group, group.count, group.amount});
        totals.count += group.count;
    }
    return totals;
}

QStringList ZvtTerminal::repeatLastReceipt()
{
    QMutexLocker lock(&m_busy);
    return run(Apdu::make(RepeatReceipt, password())).slip;
}

} // namespace omnitill
