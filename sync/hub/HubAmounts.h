#pragma once

#include "HubError.h"

#include <QJsonObject>

namespace omnitill::hub {

// Amounts and points that reach the hub from outside (an integrator, an admin): whole numbers in
// a range that every sum the hub keeps of them fits in, checked before anything is posted; and the
// sums themselves, checked (core's Money for money). Out of range is a 400, never a wrapped or
// rounded number.
class HubAmounts
{
public:
    // 10^12 minor units: ten billion in the major unit — far above any order, card or adjustment.
    static constexpr qint64 kMaxMoney = 1'000'000'000'000;
    static constexpr qint64 kMaxPoints = 1'000'000'000'000;

    // The whole number under key within [min, max]; HubError 400 (code) naming key otherwise.
    static qint64 wholeNumber(const QJsonObject& object, const char* key, qint64 min, qint64 max, const QString& code);
    // a + b within ±limit; HubError (status, code) otherwise.
    static qint64 add(qint64 a, qint64 b, qint64 limit, int status, const QString& code);
};

} // namespace omnitill::hub
