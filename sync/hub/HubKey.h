#pragma once

#include "crypto/Signer.h"

#include <QString>

#include <memory>

namespace omnitill::hub {

class HubDatabase;

// The hub's token-signing key (pickup codes, member codes, coupons) lives in a file beside the hub,
// never in its database: whoever copies the database cannot sign tokens the tills trust.
class HubKey
{
public:
    // Loads the key, creating it when there is none. Two hub processes starting at once on one
    // database with the same file end with the same key. A key still in the database (hubs from
    // before) moves to the file and leaves the database. Throws DomainError key.* (KeyFile).
    static std::unique_ptr<EcdsaP256Signer> open(HubDatabase& db, const QString& path);
    // "<file>.keys/hub.pem" beside a SQLite database; empty for PostgreSQL, where it must be given.
    static QString defaultPath(const QString& databaseUrl);
};

} // namespace omnitill::hub
