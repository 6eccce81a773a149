#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QKeyEvent;

namespace omnitill::ui {

// Tells a keyboard-wedge scanner from a person typing by key timing, application-wide. Printable
// keys are held back for a moment: if they keep coming faster than maxIntervalMs and end with
// Enter (or a pause) after at least minLength characters, they were a scan and are delivered as
// scanned(); otherwise they are replayed to the widget that has the focus, unchanged.
class ScannerEventFilter : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int maxIntervalMs = 30;
        int minLength = 6;
        int terminatorTimeoutMs = 80; // a scanner without Enter: end of burst after this pause
    };

    explicit ScannerEventFilter(Settings settings, QObject* parent = nullptr);
    void setEnabled(bool enabled) { m_enabled = enabled; }

signals:
    void scanned(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey
    {
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };
    void finishBurst(bool enterSeen);
    void replay();

    Settings m_settings;
    bool m_enabled = true;
    bool m_replaying = false;
    QList<HeldKey> m_held;
    QPointer<QObject> m_target;
    QElapsedTimer m_sinceLastKey;
    qint64 m_slowestInterval = 0;
    QTimer m_timeout;
};

} // namespace omnitill::ui
