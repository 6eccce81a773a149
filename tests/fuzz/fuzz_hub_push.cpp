// The hub's push and import on any JSON: a real HubService on a SQLite file, an enrolled device,
// every input pushed as a batch and imported as reference data. Whatever comes in, the hub answers
// with a result or a refusal (HubError/DomainError) — never a crash, never a wrapped number.
// A push body is read as the hub's route reads it (PushRequest::parse, which takes each event's
// bytes out of the body): what it accepts must be what the JSON parser reads from the whole body,
// and each event's bytes must parse to that event.
#include "FuzzInput.h"
#include "HubDatabase.h"
#include "HubService.h"
#include "PushRequest.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "crypto/Signer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace omnitill;

namespace {
struct Hub
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc())};
    hub::HubDatabase db;
    std::unique_ptr<hub::HubService> service;
    QString device;

    Hub()
    {
        db.open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hub.db")));
        service = std::make_unique<hub::HubService>(db, clock, EcdsaP256Signer::generate());
        service->createStore(QStringLiteral("S1"), QStringLiteral("Store"));
        const QString token = service->createEnrollToken(QStringLiteral("S1"), QStringLiteral("T1"));
        device = service->enroll(token, EcdsaP256Signer::generate()->publicKeyDer()).value(QStringLiteral("device_id")).toString();
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_hub_push";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // QSqlDatabase wants one
    // Never destroyed at exit: Qt Sql's connection registry may be gone by then.
    static Hub* fresh = nullptr;
    static int inputs = 0;
    if (inputs++ % fuzz::kInputsPerFreshStore == 0) {
        delete fresh;
        fresh = new Hub();
    }
    Hub& hub = *fresh;
    const QByteArray bytes = fuzz::bytes(data, size);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const std::optional<QList<protocol::PushRequest::Event>> events = protocol::PushRequest::parse(bytes);
    if (events.has_value() != doc.isObject())
        abort();
    if (events) {
        const QJsonArray parsed = doc.object().value(QStringLiteral("events")).toArray();
        if (parsed.size() != events->size())
            abort();
        for (qsizetype i = 0; i < events->size(); ++i) {
            const protocol::PushRequest::Event& event = events->at(i);
            if (event.object != parsed.at(i).toObject() ||
                (!event.bytes.isEmpty() && QJsonDocument::fromJson(event.bytes).object() != event.object))
                abort();
        }
    }
    try {
        if (doc.isArray())
            (void)hub.service->push(hub.device, doc.array());
        else if (events && doc.object().contains(QStringLiteral("events")))
            (void)hub.service->push(hub.device, *events);
        else if (doc.isObject())
            (void)hub.service->importData(doc.object());
    } catch (const DomainError&) {
    }
    return 0;
}
