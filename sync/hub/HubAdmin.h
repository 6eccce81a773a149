#pragma once

#include <QStringList>

#include <cstdio>
#include <functional>

class QCommandLineParser;
class QJsonValue;

namespace omnitill::hub {

class HubService;

// `omnitill-hub admin <command> [options]`: the hub's administration commands, each a row of one
// table (name, what it takes, what it does), so that the usage text lists exactly what runs.
// Writes its answers (JSON, or a token) to out and its complaints to err; throws DomainError and
// HubError for what the service refuses.
class HubAdmin
{
public:
    HubAdmin(HubService& service, std::FILE* out, std::FILE* err) : m_service(service), m_out(out), m_err(err) {}

    // args: the command and its options. Returns the exit code: 0 done, 1 failed, 2 misused.
    int run(const QStringList& args);
    QString usage();

private:
    struct Command
    {
        const char* name;
        const char* takes; // for the usage text
        std::function<int(const QCommandLineParser&)> run;
    };
    QList<Command> commands();
    int importFile(const QString& path);
    int enrollToken(const QCommandLineParser& parser);
    int journalExport(const QCommandLineParser& parser);
    void print(const QJsonValue& value);

    HubService& m_service;
    std::FILE* m_out;
    std::FILE* m_err;
};

} // namespace omnitill::hub
