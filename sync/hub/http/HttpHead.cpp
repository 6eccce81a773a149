#include "HttpHead.h"

namespace omnitill::hub {

namespace {
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControlCharacters(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

HttpResponse bad(const QString& message)
{
    return HttpResponse::error(400, QStringLiteral("request.malformed"), message);
}
} // namespace

std::optional<HttpResponse> HttpHead::parse(QByteArrayView text, int maxHeaders, HttpHead& head)
{
    const QList<QByteArrayView> lines = [&] {
        QList<QByteArrayView> out;
        qsizetype from = 0;
        while (from <= text.size()) {
            const qsizetype end = text.indexOf(QByteArrayView("\r\n"), from);
            out.append(text.sliced(from, (end < 0 ? text.size() : end) - from));
            if (end < 0)
                break;
            from = end + 2;
        }
        return out;
    }();
    const QByteArrayView requestLine = lines.first();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return bad(QStringLiteral("the request line is not METHOD TARGET VERSION"));
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(method))
        return bad(QStringLiteral("the request method is not a word"));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return HttpResponse::error(505, QStringLiteral("request.version"), QStringLiteral("the hub speaks HTTP/1.1"));
    if (!target.startsWith('/') || target.contains(' ') || hasControlCharacters(target))
        return bad(QStringLiteral("the request target is not a path"));
    const QUrl url = QUrl::fromEncoded(target.toByteArray(), QUrl::StrictMode);
    if (!url.isValid() || !url.isRelative())
        return bad(QStringLiteral("the request target is not a valid path"));
    head.request.method = method.toByteArray();
    head.request.url = url;
    head.keepAlive = version == "HTTP/1.1";

    if (lines.size() - 1 > maxHeaders)
        return HttpResponse::error(431, QStringLiteral("request.headers"),
                                   QStringLiteral("at most %1 headers are accepted").arg(maxHeaders));
    std::optional<qint64> length;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return bad(QStringLiteral("header line %1 is not NAME: VALUE").arg(i));
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (hasControlCharacters(value))
            return bad(QStringLiteral("header line %1 holds control characters").arg(i));
        const QByteArray name = line.first(colon).toByteArray().toLower();
        if (name == "transfer-encoding")
            return HttpResponse::error(411, QStringLiteral("request.length"),
                                       QStringLiteral("send the body with a Content-Length; transfer encodings are not accepted"));
        if (name == "content-length") {
            bool ok = value.size() <= 15 && !value.isEmpty();
            for (const char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 declared = ok ? value.toLongLong(&ok) : -1;
            if (!ok || (length && *length != declared))
                return bad(QStringLiteral("the Content-Length is not one whole number"));
            length = declared;
        }
        if (name == "connection") {
            const QByteArray option = value.toByteArray().toLower();
            if (option.contains("close"))
                head.keepAlive = false;
            else if (option.contains("keep-alive"))
                head.keepAlive = true;
        }
        if (name == "expect") {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return HttpResponse::error(417, QStringLiteral("request.expect"),
                                           QStringLiteral("only Expect: 100-continue is understood"));
            head.expectsContinue = true;
        }
        QByteArray& stored = head.request.headers[name];
        stored = stored.isEmpty() ? value.toByteArray() : stored + ", " + value.toByteArray();
    }
    head.contentLength = length.value_or(0);
    return std::nullopt;
}

} // namespace omnitill::hub
