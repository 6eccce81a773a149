#pragma once

#include "Receipt.h"
#include "shift/ShiftService.h"

#include <QJsonObject>

namespace omnitill {

class Database;
class StoreSettings;

struct KioskTicket
{
    QString number;
    qint64 total = 0;
    QString currency;
    QString code;
    QDateTime createdAt; // store-local
    QString storeName;
};

class ReceiptRepository
{
public:
    ReceiptRepository(Database& db, const StoreSettings& settings) : m_db(db), m_settings(settings) {}

    // By receipt number of this till (training receipts have their own numbers).
    // A refund receipt's id gives the refund receipt.
    // language: product names in it where the catalog has them (empty: as they were sold).
    Receipt byNumber(qint64 number, bool training = false, const QString& language = {});
    Receipt byReceiptId(const QString& receiptId, const QString& language = {});
    QStringList recentReceiptIds(int limit);
    // A kiosk order to pay at the counter: its number, total and QR (throws for an unknown order).
    KioskTicket kioskTicket(const QString& orderId);
    // An X or Z report as its journal entry recorded it (throws for any other entry).
    ShiftReport shiftReport(qint64 journalSeq);
    // What an order paid online was when handed over here, from its journal entry (throws for any other).
    Receipt collectionSlip(qint64 journalSeq);
    // What a sale voided before payment held, from its journal entry (throws for any other entry).
    Receipt cancellationSlip(qint64 journalSeq);
    // The card terminal's slip of a card payment, refund or end of day (the till's), or of a
    // kiosk's card payment, as the terminal sent it (throws for an unknown payment).
    QStringList cardSlip(const QString& cardPaymentId);
    QString storeName() const;
    Currency currency() const;
    // The store's way of writing amounts and dates, on paper as on the screen.
    QLocale locale() const;

private:
    Receipt blank() const; // the store's name, address and VAT id
    QDateTime localTimeOf(const QString& isoUtc) const;
    Receipt load(const QString& saleId, const QString& language);
    Receipt loadRefund(const QString& returnId);
    // The journal entry's check code, and why it is unsigned when the signing device had failed.
    // Returns the entry's payload.
    QJsonObject setCheckCode(Receipt& receipt, qint64 journalSeq);

    Database& m_db;
    const StoreSettings& m_settings;
};

} // namespace omnitill
