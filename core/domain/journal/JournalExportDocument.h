#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill {

// The auditor's export of a journal period (packaging/audit/JOURNAL-FORMAT.md §4): written by the
// till (omnitillctl journal export) and by the hub (omnitill-hub admin journal-export) alike, read
// by the independent verifier. Only this struct spells the format's keys.
struct JournalExportDocument
{
    static constexpr int kVersion = 3;

    struct Entry
    {
        qint64 seq = 0;
        QString type;
        QString createdAt;
        QString reference;
        bool training = false;
        QString canonical;
        std::optional<QString> payload; // nullopt: the writer does not hold it (the hub, for most entries)
        QByteArray hash;
        QByteArray signature;
        QString unsignedReason;

        // Type, time, reference and training as the signed text says; empty without one.
        static std::optional<Entry> fromCanonical(const QString& canonical);
        QJsonObject toJson() const;
    };
    struct SaleLine
    {
        QString sku;
        QString name;
        qint64 quantity = 0;
        qint64 unitPrice = 0;
        qint64 gross = 0;
        qint64 net = 0;
        qint64 tax = 0;
        QString taxCode;
        qint64 taxBasisPoints = 0;
    };
    struct SaleTender
    {
        QString kind;
        qint64 amount = 0;
    };
    struct Sale
    {
        QString receiptId;
        qint64 receiptNumber = 0;
        qint64 journalSeq = 0;
        QString createdAt;
        QString currency;
        qint64 total = 0;
        bool training = false;
        QList<SaleLine> lines;
        QList<SaleTender> tenders;

        QJsonObject toJson() const;
    };

    QString source; // "till" or "hub": whose records the sales are
    QString store;
    QString till;
    QString deviceId;
    QString keyId;
    QDate from;
    QDate to;
    QString timeZone;
    QByteArray previousHash; // of the entry before the first exported one (32 zero bytes before entry 1)
    QList<Entry> entries;
    QList<Entry> keyChanges; // every key_change entry before the period
    QList<Sale> sales;

    QJsonObject toJson() const;
};

} // namespace omnitill
