#include "PrinterStatus.h"

#include "common/Tr.h"

#include <QStringList>

namespace omnitill {

PrinterStatus PrinterStatus::fromReplies(std::optional<uchar> printer, std::optional<uchar> offlineCause, std::optional<uchar> paper,
                                         bool drawerOpenIsHigh)
{
    PrinterStatus s;
    s.reachable = true;
    if (printer && isStatusByte(*printer)) {
        s.answersStatus = true;
        s.offline = (*printer & 0x08) != 0;
        const bool pinHigh = (*printer & 0x04) != 0;
        s.drawerOpen = pinHigh == drawerOpenIsHigh;
    }
    if (offlineCause && isStatusByte(*offlineCause)) {
        s.coverOpen = (*offlineCause & 0x04) != 0;
        s.paperEnd = (*offlineCause & 0x20) != 0;
        s.error = (*offlineCause & 0x40) != 0;
    }
    if (paper && isStatusByte(*paper)) {
        s.paperNearEnd = (*paper & 0x0C) != 0;
        s.paperEnd = s.paperEnd || (*paper & 0x60) != 0;
    }
    return s;
}

QString PrinterStatus::describe() const
{
    if (!reachable)
        return transportError.isEmpty() ? Tr::tr("printer not connected") : Tr::tr("printer not connected: %1").arg(transportError);
    QStringList problems;
    if (coverOpen)
        problems.append(Tr::tr("cover open"));
    if (paperEnd)
        problems.append(Tr::tr("out of paper"));
    else if (paperNearEnd)
        problems.append(Tr::tr("paper low"));
    if (error)
        problems.append(Tr::tr("printer error"));
    if (offline && problems.isEmpty())
        problems.append(Tr::tr("printer offline"));
    return problems.isEmpty() ? Tr::tr("printer ready") : problems.join(QStringLiteral(", "));
}

bool operator==(const PrinterStatus& a, const PrinterStatus& b)
{
    return a.reachable == b.reachable && a.answersStatus == b.answersStatus && a.offline == b.offline && a.coverOpen == b.coverOpen &&
           a.paperEnd == b.paperEnd && a.paperNearEnd == b.paperNearEnd && a.error == b.error && a.drawerOpen == b.drawerOpen &&
           a.transportError == b.transportError;
}

} // namespace omnitill
