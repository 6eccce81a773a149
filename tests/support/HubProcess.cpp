#include "HubProcess.h"

#include "SyncClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace omnitill::test {

QString HubProcess::bin(const char* name)
{
    return qEnvironmentVariable("OMNITILL_BIN_DIR") + QLatin1Char('/') + QLatin1String(name);
}

bool HubProcess::start(const QStringList& extraArgs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList command = m_launcher;
    command << bin("omnitill-hub") << QStringLiteral("serve") << QStringLiteral("--db") << m_db << QStringLiteral("--listen")
            << QStringLiteral("127.0.0.1:%1").arg(m_port) << extraArgs;
    m_process->start(command.takeFirst(), command);
    if (!m_process->waitForReadyRead(30000))
        return false;
    const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("listening on (https?://\\S+:(\\d+))$")).match(line);
    if (!m.hasMatch()) {
        qWarning("hub did not start: %s", qPrintable(line));
        return false;
    }
    m_url = QUrl(m.captured(1));
    m_port = quint16(m.captured(2).toUInt());
    return true;
}

void HubProcess::kill()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished();
        m_process.reset();
    }
}

void HubProcess::terminate()
{
    if (m_process) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process.reset();
    }
}

QString HubProcess::createApiKey(const QString& name, const QString& scopes) const
{
    return QJsonDocument::fromJson(admin({QStringLiteral("api-key"), QStringLiteral("--name"), name, QStringLiteral("--scopes"), scopes}))
        .object()
        .value(QStringLiteral("key"))
        .toString();
}

QByteArray HubProcess::admin(const QStringList& args, int* exitCode) const
{
    QProcess p;
    p.start(bin("omnitill-hub"), QStringList{QStringLiteral("admin"), QStringLiteral("--db"), m_db} + args);
    const bool finished = p.waitForFinished(120000);
    if (exitCode)
        *exitCode = finished ? p.exitCode() : -1;
    if ((!finished || p.exitCode() != 0) && !exitCode)
        qWarning("hub admin %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
    return p.readAllStandardOutput().trimmed();
}

QJsonObject HubProcess::product(const QString& sku, const QString& name, qint64 price, const QString& barcode)
{
    return {{QStringLiteral("sku"), sku},
            {QStringLiteral("name_en"), name},
            {QStringLiteral("unit"), QStringLiteral("piece")},
            {QStringLiteral("price"), price},
            {QStringLiteral("tax_code"), QStringLiteral("A")},
            {QStringLiteral("barcodes"), QJsonArray{barcode}}};
}

QJsonObject HubProcess::stockLevel(const QString& store, const QString& sku, qint64 onHand)
{
    return {{QStringLiteral("store_id"), store}, {QStringLiteral("sku"), sku}, {QStringLiteral("on_hand"), onHand}};
}

QJsonArray HubProcess::standardTaxRate()
{
    return {QJsonObject{{QStringLiteral("code"), QStringLiteral("A")},
                        {QStringLiteral("name"), QStringLiteral("Standard")},
                        {QStringLiteral("basis_points"), 1900}}};
}

bool HubProcess::startWithStores(const QStringList& storeIds)
{
    if (!start())
        return false;
    for (const QString& store : storeIds) {
        int exitCode = -1;
        admin({QStringLiteral("create-store"), QStringLiteral("--id"), store, QStringLiteral("--name"), store}, &exitCode);
        if (exitCode != 0)
            return false;
    }
    return true;
}

int HubProcess::importJson(const QJsonObject& data, const QString& dir) const
{
    QFile f(dir + QStringLiteral("/import.json"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    f.write(QJsonDocument(data).toJson());
    f.close();
    int exitCode = 0;
    admin({QStringLiteral("import"), QStringLiteral("--file"), f.fileName()}, &exitCode);
    return exitCode;
}

HubAnswer HubProcess::call(QNetworkAccessManager& network, const QByteArray& verb, const QString& path, const QJsonObject& body,
                           const QString& key) const
{
    QNetworkRequest request(m_url.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    QNetworkReply* reply = verb == "GET" ? network.get(request) : network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(30000);
    HubAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return answer;
}

QJsonObject HubProcess::stats() const
{
    return QJsonDocument::fromJson(admin({QStringLiteral("stats")})).object();
}

bool HubProcess::enroll(SyncClient& client, const QString& store, const QString& till) const
{
    const QString token =
        QString::fromUtf8(admin({QStringLiteral("enroll-token"), QStringLiteral("--store"), store, QStringLiteral("--till"), till}));
    QSignalSpy enrolled(&client, &SyncClient::enrolled);
    client.enroll(m_url, token);
    return enrolled.wait(30000);
}

bool HubProcess::runSync(SyncClient& client, SyncSummary* summary, QString* error)
{
    QSignalSpy finished(&client, &SyncClient::finished);
    QSignalSpy failed(&client, &SyncClient::failed);
    client.syncNow();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 120000))
        return false;
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.first().first().toString();
        return false;
    }
    if (summary)
        *summary = finished.first().first().value<SyncSummary>();
    return true;
}

} // namespace omnitill::test
