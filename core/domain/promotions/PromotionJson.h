#pragma once

#include "Promotion.h"

#include <QJsonObject>

namespace omnitill {

// The wire and storage form of a promotion (as the hub publishes it and the till keeps it).
// fromJson refuses what cannot be a promotion: an unknown kind, a percentage over 100 %,
// negative amounts, a buy X get Y without X or Y.
QJsonObject promotionToJson(const Promotion& promotion);
Promotion promotionFromJson(const QJsonObject& json); // throws DomainError

} // namespace omnitill
