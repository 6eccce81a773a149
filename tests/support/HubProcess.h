#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

#include <memory>

namespace omnitill {
class SyncClient;
struct SyncSummary;
} // namespace omnitill

class QNetworkAccessManager;

namespace omnitill::test {

struct HubAnswer
{
    int status = 0;
    QJsonObject body;
};

// A real omnitill-hub process on loopback for integration tests, and its admin commands.
class HubProcess
{
public:
    explicit HubProcess(QString dbUrl) : m_db(std::move(dbUrl)) {}
    ~HubProcess() { kill(); }

    static QString bin(const char* name);

    // port 0: any free port the first time, the same port on a restart.
    bool start(const QStringList& extraArgs = {});
    void kill(); // SIGKILL: no chance to finish a batch in hand
    void terminate();

    // A command the hub is started through, e.g. {"prlimit", "--nofile=256:256"}; it must exec the hub.
    void setLauncher(const QStringList& launcher) { m_launcher = launcher; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QUrl url() const { return m_url; }
    quint16 port() const { return m_port; }
    const QString& db() const { return m_db; }

    QByteArray admin(const QStringList& args, int* exitCode = nullptr) const;
    // A new integrator API key (admin api-key --name NAME --scopes SCOPES); empty when the hub refused.
    QString
    createApiKey(const QString& name,
                 const QString& scopes = QStringLiteral("orders,members,coupons,gift-cards,catalog,prices,replenishment,feed")) const;
    QJsonObject stats() const;
    // An HTTP request to the hub (JSON body for anything but GET; key: an integrator's API key).
    HubAnswer call(QNetworkAccessManager& network, const QByteArray& verb, const QString& path, const QJsonObject& body = {},
                   const QString& key = {}) const;
    // For `admin import`: a piece-sold product at tax code A, with one barcode.
    static QJsonObject product(const QString& sku, const QString& name, qint64 price, const QString& barcode);
    // For `admin import`: a store's counted stock of a SKU.
    static QJsonObject stockLevel(const QString& store, const QString& sku, qint64 onHand);
    // For `admin import`: tax code A, 19 %.
    static QJsonArray standardTaxRate();
    // Starts the hub and creates the stores (named after their ids).
    bool startWithStores(const QStringList& storeIds);
    // `admin import` of a JSON document written to a file in dir; returns the exit code.
    int importJson(const QJsonObject& data, const QString& dir) const;
    // Enrolls the client as a till of the store; returns false when the hub refused.
    bool enroll(SyncClient& client, const QString& store, const QString& till) const;
    static bool runSync(SyncClient& client, SyncSummary* summary = nullptr, QString* error = nullptr);

private:
    QString m_db;
    std::unique_ptr<QProcess> m_process;
    QStringList m_launcher;
    QUrl m_url;
    quint16 m_port = 0;
};

} // namespace omnitill::test
