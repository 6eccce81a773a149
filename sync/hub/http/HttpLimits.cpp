#include "HttpLimits.h"

#include <sys/resource.h>

#include <algorithm>

namespace omnitill::hub {

int HttpLimits::effectiveMaxConnections() const
{
    if (maxConnections > 0)
        return maxConnections;
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 4096;
    // Database connections, WAL files, logs and the listening sockets need descriptors too.
    constexpr rlim_t kReserved = 48;
    return int(std::clamp<rlim_t>(limit.rlim_cur > 2 * kReserved ? limit.rlim_cur - kReserved : limit.rlim_cur / 2, 8, 65536));
}

} // namespace omnitill::hub
