#pragma once

#include <QHash>
#include <QList>

namespace omnitill::hub {

// The items in first-seen order, each key once with its last value. PostgreSQL refuses a
// multi-row INSERT … ON CONFLICT DO UPDATE that touches one row twice.
template <typename T, typename KeyOf> QList<T> lastOfEachKey(const QList<T>& items, KeyOf keyOf)
{
    QList<T> unique;
    QHash<QString, qsizetype> index;
    for (const T& item : items) {
        const QString key = keyOf(item);
        const auto found = index.constFind(key);
        if (found != index.constEnd()) {
            unique[*found] = item;
        } else {
            index.insert(key, unique.size());
            unique.append(item);
        }
    }
    return unique;
}

} // namespace omnitill::hub
