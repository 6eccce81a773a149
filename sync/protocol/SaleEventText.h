#pragma once

#include "SaleEvent.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace omnitill::protocol {

// A pushed sale event read straight from its JSON text into a SaleEvent, without a QJsonDocument
// in between: most of what a till pushes is sales, and this is how the hub reads them. Only an event
// of type "sale" that the general way would take without a problem is read — its sequence a whole
// number from 1, its id 1 to 128 characters, a body SaleEvent::problem passes, every field of its
// own kind and none twice. For anything else (another type, a problem to report, text a JSON
// parser should judge) it answers nullopt, and the event is read the general way, which then
// gives the same result.
struct SaleEventText
{
    qint64 seq = 0;
    QString eventId;
    SaleEvent sale;

    static std::optional<SaleEventText> read(QByteArrayView event);
};

} // namespace omnitill::protocol
