#include "StoreHealth.h"

#include "common/Tr.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <atomic>

namespace omnitill {

namespace {

QMutex g_mutex;
// Read on every write transaction: with no damaged file (the normal case) the answer costs one
// atomic load, no lock and no file-system call.
std::atomic<int> g_damagedCount{0};

QHash<QString, QString>& damagedFiles()
{
    static QHash<QString, QString> files;
    return files;
}

QString key(const QString& path)
{
    const QFileInfo file(path);
    const QString canonical = file.canonicalFilePath();
    return canonical.isEmpty() ? file.absoluteFilePath() : canonical;
}

} // namespace

void StoreHealth::markDamaged(const QString& path, const QString& detail)
{
    const QMutexLocker lock(&g_mutex);
    damagedFiles().insert(key(path), detail);
    g_damagedCount.store(int(damagedFiles().size()));
}

std::optional<QString> StoreHealth::damage(const QString& path)
{
    if (g_damagedCount.load() == 0)
        return std::nullopt;
    const QMutexLocker lock(&g_mutex);
    const auto it = damagedFiles().constFind(key(path));
    if (it == damagedFiles().constEnd())
        return std::nullopt;
    return *it;
}

void StoreHealth::forget(const QString& path)
{
    const QMutexLocker lock(&g_mutex);
    damagedFiles().remove(key(path));
    g_damagedCount.store(int(damagedFiles().size()));
}

QString StoreHealth::message(const QString& path, const QString& detail)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    return Tr::tr("The store database %1 is damaged (%2). Selling is stopped so that nothing more is written to a "
                  "damaged file; everything recorded before stays in it. Close OmniTill and recover the store with "
                  "\"omnitillctl recover --db %1 --out NEW-FILE\" (see the README, \"A damaged store database\").")
        .arg(file, detail);
}

} // namespace omnitill
