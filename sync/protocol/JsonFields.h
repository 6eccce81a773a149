#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// Reading and writing the fields of a wire body; a missing field or one of another kind reads as
// empty (bodies from outside are checked before they are decoded).
namespace omnitill::protocol::JsonFields {

inline QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

inline qint64 whole(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}

inline bool flag(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toBool();
}

// A text field written only when it says something.
inline void insertText(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

template <typename T, typename Read> QList<T> listOf(const QJsonObject& o, const char* key, Read read)
{
    QList<T> out;
    const QJsonArray array = o.value(QLatin1String(key)).toArray();
    out.reserve(array.size());
    for (const QJsonValue& v : array)
        out.append(read(v.toObject()));
    return out;
}

template <typename T, typename Write> QJsonArray arrayOf(const QList<T>& items, Write write)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(write(item));
    return out;
}

} // namespace omnitill::protocol::JsonFields
