#pragma once

#include <QString>

#include <optional>

namespace omnitill {

// What a receipt printer reports through DLE EOT (standards.md §1.5), or that it did not answer.
struct PrinterStatus
{
    bool reachable = false; // the connection is up and the printer answered (or cannot answer)
    bool answersStatus = false;
    bool offline = false;
    bool coverOpen = false;
    bool paperEnd = false;
    bool paperNearEnd = false;
    bool error = false;
    std::optional<bool> drawerOpen; // only where the printer reports the drawer switch
    QString transportError;

    bool canPrint() const { return reachable && !offline && !coverOpen && !paperEnd && !error; }
    // One line for the status bar, translated; "ready" when nothing is wrong.
    QString describe() const;

    // Parses the replies to DLE EOT 1, 2 and 4. Replies that are missing leave their flags
    // unset; a byte whose fixed bits are wrong is not a status reply and is ignored.
    static PrinterStatus fromReplies(std::optional<uchar> printer, std::optional<uchar> offlineCause, std::optional<uchar> paper,
                                     bool drawerOpenIsHigh = true);
    static bool isStatusByte(uchar b) { return (b & 0x93) == 0x12; }
};

bool operator==(const PrinterStatus& a, const PrinterStatus& b);

} // namespace omnitill
