#pragma once

#include <QDateTime>
#include <QString>

namespace omnitill {

// One entry of the persistent print queue. Receipts are rendered when they print, from the
// stored sale, so a queued job survives restarts and printer changes.
struct PrintJob
{
    enum class Kind { Receipt, Copy, DrawerKick, TestPage };
    enum class State { Queued, Printed, Dropped };

    qint64 id = 0;
    Kind kind = Kind::Receipt;
    State state = State::Queued;
    QString reference; // the receipt id for receipts and copies
    QString language;
    QDateTime createdAt;
    int attempts = 0;
    QString lastError;
    QDateTime doneAt;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString& name);
    static QString stateName(State state);
    static State stateFromName(const QString& name);
};

} // namespace omnitill
