#pragma once

namespace omnitill::hub {

class HubDatabase;

// Hub schema 12 (#19). Before staff were imported per store, a person listed without a store was
// published to every till of the chain with their PIN hash, which any till's file then gave away
// to an offline attack. Each such item becomes an inactive record whose hash matches no PIN, so a
// till of any version deactivates the person at its next sync; a record the person has at their
// own store is published again after it and stays in force. Runs inside the migration's transaction.
void withdrawChainWideStaff(HubDatabase& db);

} // namespace omnitill::hub
