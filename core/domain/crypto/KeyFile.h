#pragma once

#include <QByteArray>
#include <QString>

namespace omnitill::KeyFile {

// A private key kept in a file of its own, never in the database it signs for: whoever copies or
// edits the store file does not get the key with it. The file is the owner's alone (0600, in a
// folder that is 0700 when it is created here).

// Writes a new key. Refuses to replace a file that exists (a key is never overwritten: the
// journal signed with it would no longer verify). Throws DomainError key.exists / key.write.
void create(const QString& path, const QByteArray& pem);

// Reads a key. Throws DomainError key.missing (with the path), key.exposed (group or others may
// read or write it: "chmod 600"), key.unreadable.
QByteArray read(const QString& path);

} // namespace omnitill::KeyFile
