// The hub's check of pushed events (HubEventCheck) on any JSON a till or an attacker can send:
// every event type, bodies of every shape.
#include "FuzzInput.h"
#include "HubEventCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace omnitill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    const QJsonArray events = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("events")).toArray();
    for (const QJsonValue& v : events) {
        const QJsonObject event = v.toObject();
        (void)hub::HubEventCheck::problem(event.value(QStringLiteral("type")).toString(), event);
    }
    if (doc.isObject())
        (void)hub::HubEventCheck::saleProblem(doc.object());
    return 0;
}
