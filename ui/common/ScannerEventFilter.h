#pragma once

#include "common/Timer.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QKeyEvent;

namespace omnitill {
class StoreSettings;
}

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
        // Member cards are as short as five characters (M0001); no person types four keys 30 ms apart.
        int minLength = 4;
        int terminatorTimeoutMs = 80; // a scanner without Enter: end of burst after this pause
        QString prefix;               // characters the scanner is set to send before/after a code
        QString suffix;
    };

    // The scanner.* device settings of the store.
    static Settings settingsFrom(const StoreSettings& store);

    // A field with this property set to true (an amount a person counts) never receives a burst
    // that came at scanner speed: it is dropped and scanRefused() says so.
    static constexpr const char* kRefusesScans = "omnitillRefusesScans";

    explicit ScannerEventFilter(Settings settings, QObject* parent = nullptr);
    // Time (the gaps between keys, the pause that ends a burst) comes from timers: Qt's event loop
    // unless a test takes it in hand. Call between bursts.
    void useTimers(TimerFactory& timers);
    void setEnabled(bool enabled) { m_enabled = enabled; }
    void setSettings(const Settings& settings) { m_settings = settings; }
    // Asked when a burst is complete: when nobody can take a scan now (a dialog is open), the
    // burst is typed into the focused field instead, so a code is never swallowed.
    void setScanAccepted(std::function<bool()> accepted) { m_accepted = std::move(accepted); }

signals:
    void scanned(const QString& code);
    void scanRefused(QWidget* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey
    {
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };
    static bool isModifierOnly(int key);
    void finishBurst(bool enterSeen);
    void replay();

    Settings m_settings;
    std::function<bool()> m_accepted;
    bool m_enabled = true;
    bool m_replaying = false;
    QList<HeldKey> m_held;
    QPointer<QObject> m_target;
    TimerFactory* m_timers = nullptr;
    qint64 m_lastKeyAt = 0;
    qint64 m_slowestInterval = 0;
    std::unique_ptr<Timer> m_timeout;
};

} // namespace omnitill::ui
