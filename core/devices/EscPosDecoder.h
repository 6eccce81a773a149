#pragma once

#include "PrinterProfile.h"
#include "receipt/Receipt.h"

#include <QByteArray>
#include <QImage>
#include <QList>

#include <functional>

namespace omnitill {

// One thing a printer would do with the bytes it was sent.
struct EscPosElement
{
    enum class Kind
    {
        Initialize,
        Text,
        Raster,
        Qr,
        Feed,
        Cut,
        DrawerKick,
        StatusRequest,
        Unknown
    };

    Kind kind = Kind::Unknown;
    QString text;    // Text: one printed line; Qr: the stored data; Unknown: the command in hex
    QImage image;    // Raster: 1-bit image, black dots black
    int value = 0;   // Feed: lines; DrawerKick: pin (2 or 5); StatusRequest: n; Cut: 1 partial, 0 full
    int pulseMs = 0; // DrawerKick
    ReceiptRow::Align align = ReceiptRow::Align::Left;
    bool bold = false;
    bool large = false;
};

// Reads ESC/POS back the way a printer of the given model interprets it: code tables, Chinese
// mode, raster images, native QR, drawer kicks and real-time status requests. Incremental, so a
// printer stand-in can answer DLE EOT as it arrives and never mistakes image data for a command.
class EscPosDecoder
{
public:
    explicit EscPosDecoder(PrinterProfile profile) : m_profile(std::move(profile)) {}

    // Decodes what is complete; an unfinished command waits for the next call.
    QList<EscPosElement> feed(const QByteArray& bytes);
    // Ends the stream: a line without LF is still text.
    QList<EscPosElement> finish();

    static QList<EscPosElement> decodeAll(const QByteArray& bytes, const PrinterProfile& profile);
    static QStringList textLines(const QList<EscPosElement>& elements);

private:
    enum class Step
    {
        Done,
        NeedMore
    };
    Step step(QList<EscPosElement>& out);
    Step simpleCommand(int length, const std::function<void(const QByteArray&)>& apply);
    void flushLine(QList<EscPosElement>& out, bool force);
    QString decodeSegment(const QByteArray& bytes, bool chinese) const;
    void reset();

    PrinterProfile m_profile;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    // The current line as segments, because Chinese mode may switch within a line.
    QList<std::pair<QByteArray, bool>> m_line;
    bool m_lineStarted = false;
    int m_table = 0;
    bool m_chinese = false;
    bool m_utf8 = false;
    bool m_bold = false;
    bool m_large = false;
    ReceiptRow::Align m_align = ReceiptRow::Align::Left;
    ReceiptRow::Align m_lineAlign = ReceiptRow::Align::Left;
    QByteArray m_qrData;
};

} // namespace omnitill
