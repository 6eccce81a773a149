#include "KeyFile.h"

#include "common/DomainError.h"
#include "common/Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

#include <unistd.h>

namespace omnitill::KeyFile {

namespace {
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
}

void create(const QString& path, const QByteArray& pem)
{
    const QFileInfo info(path);
    if (info.exists())
        throw DomainError(QStringLiteral("key.exists"),
                          Tr::tr("The key file %1 exists already; a signing key is never replaced").arg(info.absoluteFilePath()));
    const QString folder = info.absolutePath();
    if (!QDir(folder).exists()) {
        if (!QDir().mkpath(folder))
            throw DomainError(QStringLiteral("key.write"), Tr::tr("Cannot create the key folder %1").arg(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // Written whole under a temporary name, then linked to its name: a process that starts at the
    // same moment (two hubs on one database) sees no file or the whole key, and one key wins.
    const QString temporary = path + QStringLiteral(".new-") + QString::number(::getpid());
    QFile file(temporary);
    // Created owner-only: the key is never readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw DomainError(QStringLiteral("key.write"),
                          Tr::tr("Cannot write the key file %1: %2").arg(info.absoluteFilePath(), file.errorString()));
    const bool written = file.write(pem) == pem.size() && file.flush() && ::fsync(file.handle()) == 0;
    file.close();
    const bool linked = written && ::link(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
    const bool taken = written && !linked && errno == EEXIST;
    QFile::remove(temporary);
    if (taken)
        throw DomainError(QStringLiteral("key.exists"),
                          Tr::tr("The key file %1 exists already; a signing key is never replaced").arg(info.absoluteFilePath()));
    if (!linked)
        throw DomainError(QStringLiteral("key.write"), Tr::tr("Cannot write the key file %1").arg(info.absoluteFilePath()));
}

QByteArray read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw DomainError(QStringLiteral("key.missing"),
                          Tr::tr("The signing key file %1 is missing. Restore it from the backup kept apart from the store "
                                 "database; without it the till cannot sign what it sells.")
                              .arg(info.absoluteFilePath()));
    if (info.permissions() & kOthers)
        throw DomainError(QStringLiteral("key.exposed"),
                          Tr::tr("The signing key file %1 may be read or changed by others than its owner. Run "
                                 "\"chmod 600 %1\" and check who had access.")
                              .arg(info.absoluteFilePath()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DomainError(QStringLiteral("key.unreadable"),
                          Tr::tr("Cannot read the signing key file %1: %2").arg(info.absoluteFilePath(), file.errorString()));
    return file.readAll();
}

} // namespace omnitill::KeyFile
