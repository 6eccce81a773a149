#include "StoreSettings.h"

#include "Database.h"
#include "common/DomainError.h"

namespace omnitill {

StoreSettings::StoreSettings(Database& db) : m_db(db)
{
    reload();
}

void StoreSettings::reload()
{
    m_values.clear();
    QSqlQuery& query = m_db.exec(QStringLiteral("SELECT key, value FROM settings"));
    while (query.next())
        m_values.insert(query.value(QStringLiteral("key")).toString(), query.value(QStringLiteral("value")).toString());
    query.finish();
    parseTyped();
}

void StoreSettings::parseTyped()
{
    m_currency = Currency::fromCode(value(QStringLiteral("store.currency"), QStringLiteral("EUR")));
    m_taxMode = taxModeFromName(value(QStringLiteral("store.tax_mode"), QStringLiteral("inclusive")));
    m_timeZone = QTimeZone(value(QStringLiteral("store.timezone"), QStringLiteral("UTC")).toUtf8());
    if (!m_timeZone.isValid())
        m_timeZone = QTimeZone::utc();
    m_rules = VariableMeasureRule::listFromText(value(QStringLiteral("barcode.rules")));
}

QString StoreSettings::value(const QString& key, const QString& fallback) const
{
    // An empty value means "not set": the screens store a cleared field as ''.
    const QString stored = m_values.value(key);
    return stored.isEmpty() ? fallback : stored;
}

void StoreSettings::setValue(const QString& key, const QString& value)
{
    m_db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
              {key, value.isNull() ? QStringLiteral("") : value}); // an empty value, never SQL NULL
    m_values.insert(key, value);
    parseTyped();
}

void StoreSettings::setKioskCodeKey(const QString& base64)
{
    const QString present = value(QStringLiteral("sync.kiosk_code_key"));
    if (base64 == present)
        return;
    if (!present.isEmpty())
        setValue(QStringLiteral("sync.kiosk_code_key_previous"), present);
    setValue(QStringLiteral("sync.kiosk_code_key"), base64);
}

void StoreSettings::erase(const QString& key)
{
    // Overwritten on disk, not only unlinked: what is erased here was a secret.
    m_db.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    m_db.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    m_values.remove(key);
    parseTyped();
}

bool StoreSettings::hubReachedRecently(const QDateTime& now) const
{
    const QDateTime lastSync = QDateTime::fromString(value(QStringLiteral("sync.last_success")), Qt::ISODateWithMs);
    const qint64 freshMinutes = value(QStringLiteral("coupons.sync_fresh_minutes"), QStringLiteral("60")).toLongLong();
    return lastSync.isValid() && lastSync.secsTo(now) <= freshMinutes * 60;
}

QDate StoreSettings::businessDay(const QDateTime& utc) const
{
    return localTime(utc).date();
}

QLocale StoreSettings::locale() const
{
    const QString name = value(QStringLiteral("store.locale"));
    if (!name.isEmpty())
        return QLocale(name);
    const QLocale::Territory territory = m_timeZone.territory();
    return territory == QLocale::AnyTerritory ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                              : QLocale(QLocale::AnyLanguage, territory);
}

QDateTime StoreSettings::localTime(const QDateTime& utc) const
{
    return utc.toTimeZone(m_timeZone);
}

} // namespace omnitill
