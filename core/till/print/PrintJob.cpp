#include "PrintJob.h"

namespace omnitill {

QString PrintJob::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Receipt:
        return QStringLiteral("receipt");
    case Kind::Copy:
        return QStringLiteral("copy");
    case Kind::DrawerKick:
        return QStringLiteral("drawer");
    case Kind::TestPage:
        return QStringLiteral("test");
    case Kind::KioskTicket:
        return QStringLiteral("kiosk_ticket");
    case Kind::ShiftReport:
        return QStringLiteral("shift_report");
    case Kind::CollectionSlip:
        return QStringLiteral("collection_slip");
    case Kind::CancellationSlip:
        return QStringLiteral("cancellation_slip");
    case Kind::CardSlip:
        return QStringLiteral("card_slip");
    }
    return {};
}

PrintJob::Kind PrintJob::kindFromName(const QString& name)
{
    if (name == QLatin1String("copy"))
        return Kind::Copy;
    if (name == QLatin1String("drawer"))
        return Kind::DrawerKick;
    if (name == QLatin1String("test"))
        return Kind::TestPage;
    if (name == QLatin1String("kiosk_ticket"))
        return Kind::KioskTicket;
    if (name == QLatin1String("shift_report"))
        return Kind::ShiftReport;
    if (name == QLatin1String("collection_slip"))
        return Kind::CollectionSlip;
    if (name == QLatin1String("cancellation_slip"))
        return Kind::CancellationSlip;
    if (name == QLatin1String("card_slip"))
        return Kind::CardSlip;
    return Kind::Receipt;
}

} // namespace omnitill
