#pragma once

#include "HubOffers.h"
#include "PushRequest.h"
#include "ReturnEvent.h"
#include "SaleEvent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill::hub {

// A push read and checked as far as it can be without the database: each event decoded once, its
// shape checked, a sale's amounts recomputed, its stock movement and its basket worked out. It
// touches nothing shared, so the hub reads one push on a worker thread while it applies the one
// before it (HubServer::push); HubService::push then applies it in one transaction.
struct PreparedPush
{
    static constexpr qsizetype kMaxEvents = 5000;

    struct Event
    {
        qint64 seq = 0;
        QString eventId;
        QString type;
        QJsonObject event;
        QByteArray bytes; // as the till sent it, when known
        QString problem;  // found before it reached the database: kept, not applied
        // Decoded once: a sale, or the sale of a pickup paid at the desk.
        std::optional<protocol::SaleEvent> sale;
        std::optional<protocol::ReturnEvent> returned;
        QString saleProblem;       // a sale whose amounts do not recompute: applied, and a conflict opened
        QString stockDelta;        // what it did to stock, for the integrator feed
        HubOffers::Baskets basket; // the sale's products bought together (none or one)
    };

    QList<Event> events;
    qint64 lastSeq = 0; // the highest device sequence among them

    // Throws HubError when the batch cannot be read at all (too many events, one without a
    // sequence); an event that is only malformed is kept with its problem.
    static PreparedPush read(const QString& deviceId, const QList<protocol::PushRequest::Event>& events);
    // The same from a push's body (a body that is not a JSON object is refused). Sales laid out
    // as tills write them are read straight from their text (SaleEventText), the rest parsed.
    static PreparedPush fromBody(const QString& deviceId, const QByteArray& body);
    // Empty when a sale's tax, promotions, coupons and tenders recompute to what it says.
    static QString saleProblem(const protocol::SaleEvent& sale);

private:
    static PreparedPush fromParsed(const QString& deviceId, const std::optional<QList<protocol::PushRequest::Event>>& events);
    // An event decoded from its parsed JSON; index is its place in the batch.
    void addParsed(const QString& deviceId, qsizetype index, const protocol::PushRequest::Event& parsed);
    // What follows the decoding, either way: stock movement, the sale's check, its basket.
    void add(const QString& deviceId, Event in);
};

} // namespace omnitill::hub
