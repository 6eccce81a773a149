#pragma once

#include <QLatin1String>

// The name of every event a till sends to the hub, as it travels in the envelope's "type". A
// name is spelled here only; the till appends with these and the hub dispatches on them.
namespace omnitill::protocol::EventType {

inline constexpr QLatin1String kSale{"sale"};
inline constexpr QLatin1String kReturn{"return"};
inline constexpr QLatin1String kMemberEnrolled{"member_enrolled"};
inline constexpr QLatin1String kShiftOpen{"shift_open"};
inline constexpr QLatin1String kShiftClose{"shift_close"};
inline constexpr QLatin1String kCashIn{"cash_in"};
inline constexpr QLatin1String kCashOut{"cash_out"};
inline constexpr QLatin1String kKioskOrderPlaced{"kiosk.order_placed"};
inline constexpr QLatin1String kAisleOrder{"aisle_order"};
inline constexpr QLatin1String kPickupReady{"pickup.ready"};
inline constexpr QLatin1String kPickupCollected{"pickup.collected"};
inline constexpr QLatin1String kPickupRestocked{"pickup.restocked"};
inline constexpr QLatin1String kStockReceived{"stock.received"};
inline constexpr QLatin1String kStockCounted{"stock.counted"};
inline constexpr QLatin1String kStockMarkedDown{"stock.marked_down"};
inline constexpr QLatin1String kStockWrittenOff{"stock.written_off"};
inline constexpr QLatin1String kReplenishmentSubmitted{"replenishment.submitted"};
inline constexpr QLatin1String kReplenishmentCancelled{"replenishment.cancelled"};
inline constexpr QLatin1String kTransferRequested{"transfer.requested"};
inline constexpr QLatin1String kTransferCancelled{"transfer.cancelled"};
inline constexpr QLatin1String kTransferRefused{"transfer.refused"};
inline constexpr QLatin1String kTransferShipped{"transfer.shipped"};

// Families the hub routes as a whole.
inline constexpr QLatin1String kPickupFamily{"pickup."};
inline constexpr QLatin1String kReplenishmentFamily{"replenishment."};
inline constexpr QLatin1String kTransferFamily{"transfer."};

} // namespace omnitill::protocol::EventType
