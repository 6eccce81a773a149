#include "PushRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace omnitill::protocol {

namespace {
constexpr QByteArrayView kEventsKey = "\"events\"";

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && isSpace(text[at]))
        ++at;
    return at;
}

// Just past the '}' that closes the object opening at `at`, or -1. Finds only the object's extent
// (strings and nesting): whether it is valid JSON is for the parser to say.
qsizetype skipObject(QByteArrayView text, qsizetype at)
{
    int depth = 0;
    for (qsizetype i = at; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            // To the closing quote: the next quote not escaped (after an even run of backslashes).
            for (;;) {
                const void* quote = std::memchr(text.data() + i + 1, '"', size_t(text.size() - i - 1));
                if (!quote)
                    return -1;
                i = static_cast<const char*>(quote) - text.data();
                qsizetype backslashes = 0;
                while (text[i - 1 - backslashes] == '\\')
                    ++backslashes;
                if (backslashes % 2 == 0)
                    break;
            }
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

} // namespace

std::optional<QList<QByteArrayView>> PushRequest::eventTexts(QByteArrayView text)
{
    qsizetype at = skipSpace(text, 0);
    if (at >= text.size() || text[at] != '{')
        return std::nullopt;
    at = skipSpace(text, at + 1);
    if (!text.sliced(at).startsWith(kEventsKey))
        return std::nullopt;
    at = skipSpace(text, at + kEventsKey.size());
    if (at >= text.size() || text[at] != ':')
        return std::nullopt;
    at = skipSpace(text, at + 1);
    if (at >= text.size() || text[at] != '[')
        return std::nullopt;
    at = skipSpace(text, at + 1);
    QList<QByteArrayView> events;
    if (at < text.size() && text[at] == ']') {
        at = skipSpace(text, at + 1);
    } else {
        for (;;) {
            if (at >= text.size() || text[at] != '{')
                return std::nullopt;
            const qsizetype end = skipObject(text, at);
            if (end < 0)
                return std::nullopt;
            events.append(text.sliced(at, end - at));
            at = skipSpace(text, end);
            if (at < text.size() && text[at] == ',') {
                at = skipSpace(text, at + 1);
                continue;
            }
            if (at >= text.size() || text[at] != ']')
                return std::nullopt;
            at = skipSpace(text, at + 1);
            break;
        }
    }
    if (at >= text.size() || text[at] != '}')
        return std::nullopt;
    if (skipSpace(text, at + 1) != text.size())
        return std::nullopt;
    return events;
}

QByteArray PushRequest::body(const QList<QByteArray>& events)
{
    qsizetype size = 16;
    for (const QByteArray& event : events)
        size += event.size() + 1;
    QByteArray body;
    body.reserve(size);
    body += '{';
    body += kEventsKey;
    body += ":[";
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (i > 0)
            body += ',';
        body += events.at(i);
    }
    body += "]}";
    return body;
}

std::optional<QList<PushRequest::Event>> PushRequest::parse(const QByteArray& body)
{
    if (const auto texts = eventTexts(body)) {
        QList<Event> events;
        events.reserve(texts->size());
        for (const QByteArrayView text : *texts) {
            const QByteArray bytes = text.toByteArray();
            QJsonParseError error;
            const QJsonDocument event = QJsonDocument::fromJson(bytes, &error);
            if (error.error != QJsonParseError::NoError || !event.isObject())
                return wholeBody(body);
            events.append({event.object(), bytes});
        }
        return events;
    }
    return wholeBody(body);
}

std::optional<QList<PushRequest::Event>> PushRequest::wholeBody(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    QList<Event> events;
    for (const QJsonValue& event : doc.object().value(QLatin1String(kEventsKey.sliced(1).chopped(1))).toArray())
        events.append({event.toObject(), {}});
    return events;
}

} // namespace omnitill::protocol
