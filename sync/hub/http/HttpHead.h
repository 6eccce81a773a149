#pragma once

#include "HttpMessage.h"

#include <QByteArrayView>

#include <optional>

namespace omnitill::hub {

// The request line and headers of one HTTP/1.x request, read strictly: what a proxy and the hub
// could read differently (two lengths, a chunked body, folded or spaced header names) is refused.
struct HttpHead
{
    HttpRequest request; // without its body
    qint64 contentLength = 0;
    bool keepAlive = true;
    bool expectsContinue = false;

    // The head without its closing empty line; an error answer when it cannot be served.
    static std::optional<HttpResponse> parse(QByteArrayView text, int maxHeaders, HttpHead& head);
};

} // namespace omnitill::hub
