#pragma once

#include <QJsonObject>
#include <QString>

namespace omnitill::hub {

// Whether a pushed event has what the hub needs to apply it: the fields its tables require, of
// the right kind (texts, whole numbers in range, a date and time, a currency code). An event that
// fails is still stored as sent and opens a conflict naming its sequence; it never blocks the ones
// behind it. A sale's body is checked by protocol::SaleEvent::problem. Rules of the business (prices, promotions, points) are checked
// later, by their owners.
class HubEventCheck
{
public:
    // Empty when the event can be applied; otherwise what is wrong, in plain words.
    static QString problem(const QString& type, const QJsonObject& event);
};

} // namespace omnitill::hub
