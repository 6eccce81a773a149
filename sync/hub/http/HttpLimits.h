#pragma once

#include <QtGlobal>

namespace omnitill::hub {

// What one hub process lets its HTTP clients hold. The production front (packaging/haproxy) sets
// tighter per-client limits before a request gets here; these bound the hub on its own.
struct HttpLimits
{
    int maxHeadBytes = 16 * 1024; // request line and headers
    int maxHeaders = 100;
    // Declared bodies being read at once, over all connections: beyond it a request waits its turn (503).
    qint64 maxBodyBytesInFlight = 256LL * 1024 * 1024;
    // 0: from the process's file descriptor limit, leaving room for the database and files.
    int maxConnections = 0;
    int headTimeoutMs = 10000;            // from a request's first byte to the end of its headers, however they trickle
    int idleTimeoutMs = 75000;            // a kept-alive connection without a request: longer than the tills' 30 s between syncs
    int stallTimeoutMs = 15000;           // a body that stops arriving
    int minBodyBytesPerSecond = 8 * 1024; // a 64 kbit/s link; a body may take 30 s plus its size at this rate
    int lingerMs = 2000;                  // after a refusal, how long the rest of an unread body is read and dropped
    // An answer that waits for another request (HttpResponse::askAgain): asked again at least this
    // often, and given as it stands after waitForAnotherMs.
    int askAgainMs = 50;
    int waitForAnotherMs = 5000;
    // Requests a second (and the burst allowed) per device, per API key, and per address for unsigned requests.
    double deviceRate = 20, keyRate = 20, addressRate = 5;
    int deviceBurst = 200, keyBurst = 200, addressBurst = 30;
    // Behind a proxy on this machine, the client is the last address of X-Forwarded-For.
    bool trustForwardedFor = false;

    // maxConnections, or what the descriptor limit allows when it is 0.
    int effectiveMaxConnections() const;
};

} // namespace omnitill::hub
