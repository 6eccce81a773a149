#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <functional>

#include <utility>

namespace omnitill::hub {

// One request as the hub's HTTP layer read it. Header names are lower case.
struct HttpRequest
{
    QByteArray method;
    QUrl url;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress remoteAddress;

    QByteArray value(const QByteArray& name) const { return headers.value(name.toLower()); }
    bool isPost() const { return method == "POST"; }
};

// A JSON answer (or an empty one) with its status and any extra headers.
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Set when the answer depends on a request still to come (a till's earlier push): the
    // connection asks it again after the server has answered another request, or after a moment,
    // and sends this answer as it is once HttpLimits::waitForAnotherMs has passed.
    std::function<HttpResponse()> askAgain;
    // With askAgain: the answer is being worked out off the server's thread (a push read on a
    // worker). Asked again when the server is woken (HttpServer::wakeWaiting), with no deadline:
    // HttpLimits::waitForAnotherMs counts from the last answer that is no longer under way.
    bool underWay = false;

    static HttpResponse json(const QJsonObject& object, int status = 200);
    static HttpResponse error(int status, const QString& code, const QString& message);
    // The status line's words for a status the hub answers with.
    static QByteArray reason(int status);
};

} // namespace omnitill::hub
