#pragma once

#include <QString>

namespace omnitill::PinPolicy {

// PBKDF2-SHA256 rounds for a new PIN hash, at the till and the hub (#19: twice the 30,000 of
// before). A PIN-only login works out every active hash of the store's staff, in parallel:
// bench_login measures it (≤ 150 ms). Hashes made with fewer rounds keep working with their own count.
inline constexpr int kIterations = 60000;

bool isValidFormat(const QString& pin); // 4 to 8 ASCII digits

} // namespace omnitill::PinPolicy
