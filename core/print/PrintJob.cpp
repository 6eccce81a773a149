#include "PrintJob.h"

namespace omnitill {

QString PrintJob::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Receipt:
        return QStringLiteral("receipt");
    case Kind::Copy:
        return QStringLiteral("copy");
    case Kind::DrawerKick:
        return QStringLiteral("drawer");
    case Kind::TestPage:
        return QStringLiteral("test");
    }
    return {};
}

PrintJob::Kind PrintJob::kindFromName(const QString& name)
{
    if (name == QLatin1String("copy"))
        return Kind::Copy;
    if (name == QLatin1String("drawer"))
        return Kind::DrawerKick;
    if (name == QLatin1String("test"))
        return Kind::TestPage;
    return Kind::Receipt;
}

QString PrintJob::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Printed:
        return QStringLiteral("printed");
    case State::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

PrintJob::State PrintJob::stateFromName(const QString& name)
{
    if (name == QLatin1String("printed"))
        return State::Printed;
    if (name == QLatin1String("dropped"))
        return State::Dropped;
    return State::Queued;
}

} // namespace omnitill
