#pragma once

#include "ZvtFields.h"

#include <QString>
#include <QStringList>

namespace omnitill::zvt {

// One card group of the end-of-day's single totals (BMP 60).
struct CardGroupTotal
{
    QString group; // girocard, JCB, Mastercard, Amex, Visa, Diners, other
    int count = 0;
    qint64 amount = 0;
};

// What the terminal reports about a transaction (04 0F, PA00P015 §3.1): read from its bitmaps, and
// written back into them by the stand-in. The card number is never kept beyond its last four
// digits, whatever the terminal sends (standards §4.2).
struct StatusInformation
{
    int resultCode = -1; // BMP 27; -1 when it was not sent
    qint64 amount = 0;   // minor units
    QString currency;    // ISO 4217 numeric, "0978"
    QString trace;
    QString originalTrace;
    QString receiptNumber;
    QString turnoverNumber;
    QString terminalId;
    QString contractNumber; // the acquirer's merchant number (VU)
    QString approvalCode;
    QString cardName;
    int cardType = -1;
    QString cardLast4;
    QString date; // MMDD, the terminal's clock
    QString time; // HHMMSS
    QString additionalText;
    QStringList texts; // text lines of the TLV container
    // End of day only.
    QString firstReceipt;
    QString lastReceipt;
    QList<CardGroupTotal> totals;

    bool succeeded() const { return resultCode == 0; }

    static StatusInformation parse(const QByteArray& data); // throws ProtocolError
    Fields toFields() const;
};

} // namespace omnitill::zvt
