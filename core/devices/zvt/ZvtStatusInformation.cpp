#include "ZvtStatusInformation.h"

#include "CodePage.h"
#include "ZvtBcd.h"
#include "ZvtProtocolError.h"
#include "ZvtTlv.h"

namespace omnitill::zvt {

namespace {

const char* const kGroups[] = {"girocard", "JCB", "Mastercard", "Amex", "Visa", "Diners", "other"};
constexpr int kGroupCount = 7;

QString trimmedText(const QByteArray& bytes)
{
    QByteArray text = bytes;
    while (!text.isEmpty() && (text.endsWith('\0') || text.endsWith(' ')))
        text.chop(1);
    return CodePage::decode(text, "CP437");
}

QString last4Of(const QByteArray& pan)
{
    QString digits = bcd::digits(pan);
    while (digits.endsWith(QLatin1Char('F')))
        digits.chop(1);
    const QString last = digits.right(4);
    for (const QChar c : last)
        if (!c.isDigit())
            return {};
    return last;
}

QString number(const QByteArray& bytes)
{
    const auto value = bcd::decode(bytes);
    return value ? QString::number(*value) : QString();
}

void readTotals(const QByteArray& bytes, StatusInformation& info)
{
    if (bytes.size() < 4 + kGroupCount * 7)
        throw ProtocolError(QStringLiteral("the single totals (BMP 60) are %1 bytes, not %2").arg(bytes.size()).arg(4 + kGroupCount * 7));
    info.firstReceipt = number(bytes.mid(0, 2));
    info.lastReceipt = number(bytes.mid(2, 2));
    for (int i = 0; i < kGroupCount; ++i) {
        const qsizetype at = 4 + i * 7;
        const auto amount = bcd::decode(bytes.mid(at + 1, 6));
        if (!amount)
            throw ProtocolError(QStringLiteral("a total of the end of day is not BCD"));
        info.totals.append({QString::fromLatin1(kGroups[i]), quint8(bytes.at(at)), qint64(*amount)});
    }
}

} // namespace

StatusInformation StatusInformation::parse(const QByteArray& data)
{
    StatusInformation info;
    const Fields fields = Fields::decode(data);
    for (const Fields::Field& f : fields.list()) {
        switch (f.bmp) {
        case bmp::ResultCode:
            info.resultCode = quint8(f.value.at(0));
            break;
        case bmp::Amount: {
            const auto amount = bcd::decode(f.value);
            if (!amount)
                throw ProtocolError(QStringLiteral("the amount (BMP 04) is not BCD"));
            info.amount = qint64(*amount);
            break;
        }
        case bmp::Currency:
            info.currency = bcd::digits(f.value);
            break;
        case bmp::Trace:
            info.trace = number(f.value);
            break;
        case bmp::OriginalTrace:
            info.originalTrace = number(f.value);
            break;
        case bmp::ReceiptNumber:
            info.receiptNumber = number(f.value);
            break;
        case bmp::TurnoverNumber:
            info.turnoverNumber = number(f.value);
            break;
        case bmp::TerminalId:
            info.terminalId = bcd::digits(f.value);
            break;
        case bmp::ContractNumber:
            info.contractNumber = trimmedText(f.value);
            break;
        case bmp::ApprovalCode:
            info.approvalCode = trimmedText(f.value);
            break;
        case bmp::CardName:
            info.cardName = trimmedText(f.value);
            break;
        case bmp::CardType:
            info.cardType = quint8(f.value.at(0));
            break;
        case bmp::Pan:
            info.cardLast4 = last4Of(f.value);
            break;
        case bmp::Date:
            info.date = bcd::digits(f.value);
            break;
        case bmp::Time:
            info.time = bcd::digits(f.value);
            break;
        case bmp::AdditionalText:
            info.additionalText = trimmedText(f.value);
            break;
        case bmp::SingleTotals:
            readTotals(f.value, info);
            break;
        case bmp::Tlv:
            for (const TlvNode& node : tlv::decode(f.value))
                info.texts += tlv::texts(node);
            break;
        default:
            break; // expiry, sequence number, track data and the like are not kept
        }
    }
    return info;
}

Fields StatusInformation::toFields() const
{
    Fields f;
    if (resultCode >= 0)
        f.add(bmp::ResultCode, QByteArray(1, char(resultCode)));
    if (!originalTrace.isEmpty())
        f.add(bmp::OriginalTrace, bcd::encode(originalTrace.toULongLong(), 3));
    if (amount > 0 || resultCode == 0)
        f.add(bmp::Amount, bcd::encode(quint64(amount), 6));
    if (!currency.isEmpty())
        f.add(bmp::Currency, bcd::fromDigits(currency));
    if (!trace.isEmpty())
        f.add(bmp::Trace, bcd::encode(trace.toULongLong(), 3));
    if (!time.isEmpty())
        f.add(bmp::Time, bcd::fromDigits(time));
    if (!date.isEmpty())
        f.add(bmp::Date, bcd::fromDigits(date));
    if (!cardLast4.isEmpty())
        f.add(bmp::Pan, bcd::fromDigits(QStringLiteral("672500000000") + cardLast4).replace(2, 4, QByteArray::fromHex("EEEEEEEE")));
    if (!terminalId.isEmpty())
        f.add(bmp::TerminalId, bcd::fromDigits(terminalId));
    if (!contractNumber.isEmpty())
        f.add(bmp::ContractNumber, contractNumber.toLatin1().leftJustified(15, ' ', true));
    if (!approvalCode.isEmpty())
        f.add(bmp::ApprovalCode, approvalCode.toLatin1().leftJustified(8, '\0', true));
    if (!receiptNumber.isEmpty())
        f.add(bmp::ReceiptNumber, bcd::encode(receiptNumber.toULongLong(), 2));
    if (!turnoverNumber.isEmpty())
        f.add(bmp::TurnoverNumber, bcd::encode(turnoverNumber.toULongLong(), 3));
    if (cardType >= 0)
        f.add(bmp::CardType, QByteArray(1, char(cardType)));
    if (!cardName.isEmpty())
        f.add(bmp::CardName, CodePage::encode(cardName, "CP437"));
    if (!totals.isEmpty()) {
        QByteArray single = bcd::encode(firstReceipt.toULongLong(), 2) + bcd::encode(lastReceipt.toULongLong(), 2);
        for (int i = 0; i < kGroupCount; ++i) {
            CardGroupTotal total;
            for (const CardGroupTotal& t : totals)
                if (t.group == QLatin1String(kGroups[i]))
                    total = t;
            single += QByteArray(1, char(qMin(total.count, 255))) + bcd::encode(quint64(total.amount), 6);
        }
        f.add(bmp::SingleTotals, single);
    }
    if (!additionalText.isEmpty())
        f.add(bmp::AdditionalText, CodePage::encode(additionalText, "CP437"));
    if (!texts.isEmpty())
        f.add(bmp::Tlv, tlv::encode({tlv::textLines(0x24, texts)}));
    return f;
}

} // namespace omnitill::zvt
