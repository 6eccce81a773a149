#pragma once

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace omnitill::test {

// Every row of a query, its columns joined by tabs: whole states compared as text.
inline QStringList rows(QSqlQuery& q)
{
    QStringList out;
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns.append(q.value(i).toString());
        out.append(columns.join(u'\t'));
    }
    q.finish();
    return out;
}

} // namespace omnitill::test
