#pragma once

#include "crypto/Signer.h"

#include <QString>

#include <memory>

namespace omnitill {

class Database;
class StoreSettings;

// Where the till's private keys live: in files of their own beside the store, never in the store
// database (whoever copies or edits the database does not get the key that signs its journal).
// The settings name the files (journal.key_file, sync.key_file; a relative path is taken from the
// database's folder); new keys go to the folder the journal key went to ("<database file>.keys" by
// default), owner-only.
class SigningKeys
{
public:
    static constexpr const char* kJournalKeyFile = "journal.key_file";
    static constexpr const char* kDeviceKeyFile = "sync.key_file";

    SigningKeys(Database& db, StoreSettings& settings);

    // A new store's journal key: written to its file and named in the settings (in the caller's
    // transaction). Throws DomainError key.exists when a key file is already there.
    std::unique_ptr<EcdsaP256Signer> createJournalKey(const QString& folder = {});
    // Throws DomainError key.missing / key.exposed / key.unreadable / crypto.bad_key.
    std::unique_ptr<Signer> journalSigner() const;

    // The key the till signs its requests to the hub with, from enrolment.
    void storeDeviceKey(const EcdsaP256Signer& key);
    std::unique_ptr<Signer> deviceSigner() const;
    bool hasDeviceKey() const;

    // Stores made before the keys left the database: each key still in the settings is written to
    // its file and erased from the database (overwritten on disk). Its own transaction.
    void moveLegacyKeys();

    QString path(const char* setting) const;

private:
    QString keyFolder() const;
    std::unique_ptr<EcdsaP256Signer> load(const char* setting) const;

    Database& m_db;
    StoreSettings& m_settings;
};

} // namespace omnitill
