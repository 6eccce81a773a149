#pragma once

#include "barcode/VariableMeasureRule.h"
#include "money/Currency.h"
#include "tax/TaxRate.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace omnitill {

class Database;

// Typed view of the settings table: who this till is and the store's rules.
class StoreSettings
{
public:
    explicit StoreSettings(Database& db);

    QString value(const QString& key, const QString& fallback = {}) const; // fallback when unset or empty
    void setValue(const QString& key, const QString& value);               // within the caller's transaction
    void erase(const QString& key);                                        // within the caller's transaction
    void reload();

    QString storeCode() const { return value(QStringLiteral("store.code"), QStringLiteral("S1")); }
    QString tillCode() const { return value(QStringLiteral("till.code"), QStringLiteral("T1")); }
    QString storeName() const { return value(QStringLiteral("store.name"), QStringLiteral("OmniTill")); }
    QString storeAddress() const { return value(QStringLiteral("store.address")); }
    QString vatId() const { return value(QStringLiteral("store.vat_id")); } // printed on every receipt
    QString deviceId() const { return value(QStringLiteral("device.id")); }
    // The hub's public key from enrolment (DER), which checks its tokens offline; empty before.
    QByteArray hubPublicKey() const { return QByteArray::fromBase64(value(QStringLiteral("sync.hub_public_key")).toLatin1()); }
    // The store's key for kiosk order codes (KioskOrderCode), from the hub; empty without a hub.
    QByteArray kioskCodeKey() const { return QByteArray::fromBase64(value(QStringLiteral("sync.kiosk_code_key")).toLatin1()); }
    // The key before the hub last changed it (its key moved onto a token): tickets printed with it
    // are still read until the next change.
    QByteArray previousKioskCodeKey() const
    {
        return QByteArray::fromBase64(value(QStringLiteral("sync.kiosk_code_key_previous")).toLatin1());
    }
    // Within the caller's transaction; keeps the key it replaces as the previous one.
    void setKioskCodeKey(const QString& base64);
    Currency currency() const { return m_currency; }
    TaxMode taxMode() const { return m_taxMode; }
    QTimeZone timeZone() const { return m_timeZone; }
    // How money, numbers and dates are written in this store, whatever language the screen
    // speaks: store.locale (for example de_DE), else the usual one of the time zone's country.
    QLocale locale() const;
    QList<VariableMeasureRule> barcodeRules() const { return m_rules; }
    // The largest discount a cashier may give without approval, in basis points of the line.
    int cashierDiscountLimitBp() const { return value(QStringLiteral("limits.cashier_discount_bp"), QStringLiteral("1000")).toInt(); }
    int maxPinAttempts() const { return value(QStringLiteral("staff.max_pin_attempts"), QStringLiteral("5")).toInt(); }
    int lockoutMinutes() const { return value(QStringLiteral("staff.lockout_minutes"), QStringLiteral("15")).toInt(); }
    int ageLimitYears() const { return value(QStringLiteral("sale.age_limit_years"), QStringLiteral("18")).toInt(); }
    QString spoolDirectory() const { return value(QStringLiteral("receipt.spool_dir")); }
    bool isConfigured() const { return !deviceId().isEmpty(); }

    // Whether the till synced with the hub within coupons.sync_fresh_minutes (60) of `now`: what
    // coupons and gift cards trust beyond their offline limits.
    bool hubReachedRecently(const QDateTime& now) const;

    // The store's local calendar day of an instant: sales and shifts are reported by it.
    QDate businessDay(const QDateTime& utc) const;
    QDateTime localTime(const QDateTime& utc) const;

private:
    void parseTyped();

    Database& m_db;
    QHash<QString, QString> m_values;
    Currency m_currency;
    TaxMode m_taxMode = TaxMode::Inclusive;
    QTimeZone m_timeZone;
    QList<VariableMeasureRule> m_rules;
};

} // namespace omnitill
