// The hub's check of pushed events (HubEventCheck) on any JSON a till or an attacker can send:
// every event type, bodies of every shape; a sale or return that passes decodes and encodes back unchanged.
// The input and each of its events as the hub's text reader reads a pushed sale (SaleEventText):
// whatever it takes, the general way takes alike.
#include "FuzzInput.h"
#include "HubEventCheck.h"
#include "ReturnEvent.h"
#include "SaleEvent.h"
#include "SaleReadAlike.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace omnitill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (!test::saleReadAlike(input))
        __builtin_trap();
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    const QJsonArray events = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("events")).toArray();
    for (const QJsonValue& v : events) {
        const QJsonObject event = v.toObject();
        (void)hub::HubEventCheck::problem(event.value(QStringLiteral("type")).toString(), event);
        if (!test::saleReadAlike(QJsonDocument(event).toJson(QJsonDocument::Compact)))
            __builtin_trap();
    }
    if (doc.isObject()) {
        // What the hub decodes, it can encode again without losing or changing a field.
        if (protocol::SaleEvent::problem(doc.object()).isEmpty()) {
            const protocol::SaleEvent sale = protocol::SaleEvent::fromJson(doc.object());
            if (!(protocol::SaleEvent::fromJson(sale.toJson()) == sale))
                __builtin_trap();
        }
        if (protocol::ReturnEvent::problem(doc.object()).isEmpty()) {
            const protocol::ReturnEvent returned = protocol::ReturnEvent::fromJson(doc.object());
            if (!(protocol::ReturnEvent::fromJson(returned.toJson()) == returned))
                __builtin_trap();
        }
    }
    return 0;
}
