#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace omnitill::protocol {

// The body of a push, {"events": [event, …]}: each event the compact JSON the till queued it as.
// The hub keeps every event as the till sent it, so it reads each event's bytes out of the body
// instead of writing the parsed event out again.
struct PushRequest
{
    struct Event
    {
        QJsonObject object;
        QByteArray bytes; // exactly as sent; empty when the body's layout did not allow taking them
    };

    // The query parameter of a push sent while an earlier one is on its way: the last sequence the
    // earlier one holds. The hub applies this push only once it holds every event up to there, and
    // otherwise refuses it with kAhead (the till sends it again after the earlier one's answer), so
    // a till's events are applied in its order whichever request arrives first.
    static constexpr auto kAfterParameter = "after";
    static constexpr auto kAhead = "push.ahead";

    // The body for events already held as JSON texts.
    static QByteArray body(const QList<QByteArray>& events);
    // The events of a body; nullopt when it is not a JSON object. A missing or non-array "events"
    // is an empty list, and an element that is not an object an empty object, as the hub always
    // read them.
    static std::optional<QList<Event>> parse(const QByteArray& body);
    // The body laid out as the till writes it, {"events":[{…},{…}]} with any spacing: each
    // element's text, unparsed (whether it is valid JSON is for its reader to say). nullopt for
    // anything else.
    static std::optional<QList<QByteArrayView>> eventTexts(QByteArrayView body);
    // parse() when the body is not laid out as a till writes it, or an element is not an object.
    static std::optional<QList<Event>> wholeBody(const QByteArray& body);
};

} // namespace omnitill::protocol
