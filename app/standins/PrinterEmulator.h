#pragma once

#include "EscPosDecoder.h"
#include "PrinterProfile.h"

#include <QHostAddress>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QThread>

namespace omnitill::standins {

// What came out of the emulated printer between two cuts (or two ESC @ on a model without cutter).
struct PrintedDocument
{
    QStringList lines;
    QList<QImage> images;
    QStringList qrCodes; // printed natively (GS ( k)
};

// A stand-in for an ESC/POS network printer (raw TCP): it interprets what it receives with the
// model's code pages, records each printed document, answers DLE EOT status requests from its
// simulated state, and discards print data while it is offline, out of paper or open, exactly
// as a real printer loses it. Runs on a thread of its own; every method is thread-safe.
class PrinterEmulator : public QObject
{
    Q_OBJECT
public:
    enum class Paper
    {
        Ok,
        NearEnd,
        End
    };

    explicit PrinterEmulator(PrinterProfile profile);
    ~PrinterEmulator() override;

    // Listens (port 0: any free one) and returns the port; 0 when it cannot listen.
    quint16 start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    // Also a printer on a serial or USB line: a virtual serial line whose far end the till opens as
    // usb:///dev/pts/N or serial:///dev/pts/N. Returns that path (empty when no pty is available).
    QString openLine();
    QString address() const;

    void setOnline(bool online);
    void setPaper(Paper paper);
    void setCoverOpen(bool open);
    void setDrawerOpen(bool open);
    // Off: drops every connection and stops listening. On: listens on the same port again.
    void setPowered(bool powered);
    // Goes offline by itself as the document after this many more starts (a fault in mid-queue:
    // that document is lost on the printer's side).
    void goOfflineAfter(int documents);

    // Every document printed, the last one possibly still on the roll (no cut yet).
    QList<PrintedDocument> documents() const;
    int drawerKicks() const;
    int statusRequests() const;
    qint64 discardedBytes() const;

signals:
    void documentPrinted(int index);
    void drawerKicked();

private:
    class Server;
    friend class Server;

    struct State
    {
        bool online = true;
        Paper paper = Paper::Ok;
        bool coverOpen = false;
        bool drawerOpen = false;
        int offlineAfter = -1;
        bool offlineAtNextDocument = false;
        QList<PrintedDocument> documents;
        PrintedDocument current;
        bool currentHasContent = false;
        int kicks = 0;
        int statusRequests = 0;
        qint64 discarded = 0;
    };
    bool accepting() const; // with m_mutex held
    QByteArray handle(const QList<EscPosElement>& elements, qsizetype bytes);
    void finishDocument(); // with m_mutex held

    PrinterProfile m_profile;
    mutable QMutex m_mutex;
    State m_state;
    QThread m_thread;
    Server* m_server = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace omnitill::standins
