#pragma once

#include "HubProcess.h"
#include "SyncClient.h"
#include "TestStore.h"

class QNetworkAccessManager;

namespace omnitill::test {

// A demo store enrolled with a running hub as one of its tills, with its sync client, synced once.
class EnrolledTill
{
public:
    EnrolledTill(const HubProcess& hub, QNetworkAccessManager& network, const Clock& clock, const QString& store, const QString& till,
                 qint64 products = 20)
        : m_store(products), m_client(m_store.till().db(), m_store.till().settings(), clock, network)
    {
        m_store.clock().set(clock.nowUtc()); // a till synced with a hub keeps the hub's time (its codes are dated by it)
        m_ready = hub.enroll(m_client, store, till) && HubProcess::runSync(m_client);
    }

    bool isReady() const { return m_ready; } // the hub took it and the first sync went through
    TestStore& store() { return m_store; }
    SyncClient& client() { return m_client; }

private:
    TestStore m_store;
    SyncClient m_client;
    bool m_ready = false;
};

} // namespace omnitill::test
