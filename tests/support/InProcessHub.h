#pragma once

#include "HubService.h"
#include "crypto/Signer.h"

#include <QTemporaryDir>

#include <memory>

namespace omnitill::test {

// A hub in the test's own process: SQLite in a temporary folder, or PostgreSQL when
// OMNITILL_HUB_DB is set (tests/support/with-postgres.sh), with store S1 and till T1 enrolled.
// Header-only: only tests that link the hub library include it.
struct InProcessHub
{
    QTemporaryDir dir;
    QString url; // the database's
    std::unique_ptr<hub::HubDatabase> db;
    std::unique_ptr<hub::HubService> service;
    QString device; // T1's device id

    explicit InProcessHub(const Clock& clock)
    {
        db = std::make_unique<hub::HubDatabase>();
        url = qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hub.db")));
        db->open(url);
        service = std::make_unique<hub::HubService>(*db, clock, EcdsaP256Signer::generate());
        service->createStore(QStringLiteral("S1"), QStringLiteral("Store 1"));
        const QString token = service->createEnrollToken(QStringLiteral("S1"), QStringLiteral("T1"));
        device = service->enroll(token, EcdsaP256Signer::generate()->publicKeyDer()).value(QStringLiteral("device_id")).toString();
    }
};

} // namespace omnitill::test
